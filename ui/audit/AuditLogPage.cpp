#include "ui/audit/AuditLogPage.h"

#include "ui/audit/AuditLogModel.h"
#include "ui/common/HeaderState.h"
#include "ui/common/MessageBox.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditService.h"
#include "ui/common/FileDialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace habeas {

AuditLogPage::AuditLogPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>Audit log</h2>Every sign-in, change, view of personal data, export, backup and "
                                  "destruction, newest first. Entries are chained: any later change shows."),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_model = new AuditLogModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setAccessibleName(tr("Audit log"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *verify = new QPushButton(tr("&Verify the chain"), this);
    auto *exportButton = new QPushButton(tr("&Export the head…"), this);
    buttons->addWidget(verify);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    connect(verify, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::exportHead);
}

QString AuditLogPage::title() const
{
    return tr("Audit log");
}

void AuditLogPage::reload()
{
    if (!m_session.can(Permission::ViewAuditLog)) {
        m_model->clear();
        return;
    }
    m_model->setSession(&m_session);
    if (!m_keepWidths)
        m_view->resizeColumnsToContents();
}

void AuditLogPage::restoreState(const AccountLocalSettings &settings)
{
    m_keepWidths = HeaderState::restore(*m_view->horizontalHeader(), settings.value(AccountSetting::AuditLogHeader));
}

void AuditLogPage::saveState(AccountLocalSettings &settings) const
{
    settings.setValue(AccountSetting::AuditLogHeader, HeaderState::save(*m_view->horizontalHeader()));
}

void AuditLogPage::clear()
{
    m_model->clear();
    m_result->clear();
}

void AuditLogPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    AuditService audit(m_session);
    auto result = audit.verify();
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_result->setText(result.error().message);
        return;
    }
    if (result->ok()) {
        auto head = audit.head();
        m_result->setText(tr("The chain is whole: %n entries verified.", nullptr, int(result->entries))
                          + (head ? u' ' + tr("Head: entry %1, %2").arg(head->seq).arg(QString::fromLatin1(head->hash)) : QString()));
        m_result->setStyleSheet(QStringLiteral("color: #1f6f2b;"));
    } else {
        m_result->setText(tr("The chain is BROKEN at entry %1: the log was altered. Keep this vault as it is and alert the DPO.")
                              .arg(result->firstBadSeq));
        m_result->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
    }
    reload();
}

void AuditLogPage::exportHead()
{
    if (auto allowed = m_session.require(Permission::ViewAuditLog, QStringLiteral("audit-log")); !allowed) {
        m_result->setText(allowed.error().message);
        return;
    }
    const QString path = FileDialog::saveFile(this, tr("Export the audit log head"), QStringLiteral("audit-head.json"),
                                              tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    auto head = AuditService(m_session).exportHead(path);
    if (!head) {
        MessageBox::critical(this, tr("Audit log"), head.error().message);
        return;
    }
    m_result->setText(tr("Head exported: entry %1. Vault creator's key: %2.").arg(head->seq).arg(head->creator));
    reload();
}

} // namespace habeas
