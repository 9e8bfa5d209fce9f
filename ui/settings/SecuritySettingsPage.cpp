#include "ui/settings/SecuritySettingsPage.h"

#include "core/settings/MachinePolicy.h"
#include "core/settings/SettingsService.h"
#include "ui/common/PolicyNote.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace habeas {

SecuritySettingsPage::SecuritySettingsPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>Settings</h2>These settings are kept in the vault and apply to every desk."), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    m_organisation = new QLineEdit(this);
    m_organisation->setAccessibleName(tr("Organisation"));
    m_idle = new QSpinBox(this);
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setAccessibleName(tr("Lock after idle time"));
    m_minimumLength = new QSpinBox(this);
    m_minimumLength->setRange(8, 128);
    m_minimumLength->setAccessibleName(tr("Minimum password length"));
    m_renewal = new QSpinBox(this);
    m_renewal->setRange(0, 3650);
    m_renewal->setSuffix(tr(" days"));
    m_renewal->setSpecialValueText(tr("never"));
    m_renewal->setAccessibleName(tr("Password renewal period"));
    // Short values: fields sized to them, not stretched across the page.
    m_organisation->setMaximumWidth(480);
    for (QSpinBox *box : {m_idle, m_minimumLength, m_renewal})
        box->setMaximumWidth(160);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Lock after idle time:"), m_idle);
    // The vault's delay stays editable (other desks may have no policy); this
    // computer applies the shorter one (MachinePolicy::effectiveIdleLockMinutes).
    if (const auto maximum = MachinePolicy::current().maximumIdleLockMinutes()) {
        const QString limit =
            tr("Limited to %n minute(s) on this computer (set by your organisation).", nullptr, *maximum);
        form->addRow(QString(), new PolicyNote(limit, this));
    }
    form->addRow(tr("&Minimum password length:"), m_minimumLength);
    form->addRow(tr("Password &renewal period:"), m_renewal);
    layout->addLayout(form);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(saveButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(saveButton, &QPushButton::clicked, this, &SecuritySettingsPage::save);
}

QString SecuritySettingsPage::title() const
{
    return tr("Settings");
}

void SecuritySettingsPage::reload()
{
    const SecuritySettings settings = SettingsService(m_session).current();
    m_organisation->setText(settings.organisation);
    m_idle->setValue(settings.idleLockMinutes);
    m_minimumLength->setValue(settings.passwordMinimumLength);
    m_renewal->setValue(settings.passwordRenewalDays);
    m_status->clear();
}

void SecuritySettingsPage::clear()
{
    m_organisation->clear();
    m_status->clear();
}

void SecuritySettingsPage::save()
{
    auto saved = SettingsService(m_session).save(
        {m_organisation->text(), m_idle->value(), m_minimumLength->value(), m_renewal->value()});
    if (!saved) {
        m_status->setText(saved.error().message);
        return;
    }
    m_status->setText(tr("Settings saved."));
    Q_EMIT this->saved();
}

} // namespace habeas
