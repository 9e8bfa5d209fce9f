#include "ui/register/InspectionFileDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace habeas {

InspectionFileDialog::InspectionFileDialog(const QString &processing, int thisYear, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Inspection file for the authority"));
    setObjectName(QStringLiteral("inspectionFileDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("One PDF, encrypted with a password, for the supervisory authority: the register's entries, the "
                      "deliberations and their conditions, the figures of the rights requests, the identity documents "
                      "destroyed and the head of the audit log, verified now. It names no requester."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *scope = new QGroupBox(tr("Scope"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    m_processing = new QRadioButton(processing.isEmpty() ? tr("The processing chosen (none is chosen)")
                                                         : tr("The processing chosen: %1").arg(processing),
                                    scope);
    m_processing->setObjectName(QStringLiteral("inspectionProcessing"));
    m_processing->setEnabled(!processing.isEmpty());
    m_register = new QRadioButton(tr("The whole register"), scope);
    m_register->setObjectName(QStringLiteral("inspectionRegister"));
    (processing.isEmpty() ? m_register : m_processing)->setChecked(true);
    scopeLayout->addWidget(m_processing);
    scopeLayout->addWidget(m_register);
    layout->addWidget(scope);

    auto *period = new QGroupBox(tr("Requests and destroyed documents counted"), this);
    auto *periodLayout = new QVBoxLayout(period);
    m_twoYears = new QRadioButton(tr("%1 and %2 so far").arg(thisYear - 1).arg(thisYear), period);
    m_twoYears->setObjectName(QStringLiteral("inspectionTwoYears"));
    m_twoYears->setChecked(true);
    m_all = new QRadioButton(tr("Every request since the first"), period);
    m_all->setObjectName(QStringLiteral("inspectionAll"));
    periodLayout->addWidget(m_twoYears);
    periodLayout->addWidget(m_all);
    layout->addWidget(period);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next = m_buttons->addButton(tr("&Choose a password…"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("inspectionNext"));
    next->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

InspectionChoice InspectionFileDialog::choice() const
{
    return {!m_processing->isChecked(), m_all->isChecked()};
}

std::optional<InspectionChoice> InspectionFileDialog::ask(const QString &processing, int thisYear, QWidget *parent)
{
    InspectionFileDialog dialog(processing, thisYear, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

} // namespace habeas
