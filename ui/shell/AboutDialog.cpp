#include "ui/shell/AboutDialog.h"

#include "core/administration/SoftwareVersions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace habeas {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Habeas"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    QSvgRenderer svg(QStringLiteral(":/icons/habeas.svg"));
    if (svg.isValid()) {
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap(QSize(64, 64) * ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        pixmap.setDevicePixelRatio(ratio);
        icon->setPixmap(pixmap);
    }
    icon->setAlignment(Qt::AlignTop);
    auto *name = new QLabel(QStringLiteral("<b style='font-size:large'>Habeas</b>"), this);
    auto *version = new QLabel(tr("Version %1").arg(habeasVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *purpose = new QLabel(tr("Case desk for a data-protection office: the register of processings, the "
                                  "authority's deliberations and their conditions, and requests from people "
                                  "exercising their rights."),
                               this);
    purpose->setWordWrap(true);

    auto *libraries = new QGroupBox(tr("Libraries in use"), this);
    auto *form = new QFormLayout(libraries);
    for (const SoftwareComponent &component : softwareComponents()) {
        auto *value = new QLabel(component.version.isEmpty() ? tr("unknown") : component.version, libraries);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(component.name, value);
    }

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addWidget(purpose);
    text->addWidget(libraries);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace habeas
