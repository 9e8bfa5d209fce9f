#include "ui/administration/VaultOverviewPage.h"

#include "core/accounts/Session.h"
#include "core/administration/VaultService.h"
#include "core/accounts/Permissions.h"
#include "ui/common/LongOperation.h"
#include "ui/common/MessageBox.h"

#include <QHBoxLayout>
#include <QPushButton>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace habeas {

VaultOverviewPage::VaultOverviewPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("vaultSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tables = new QTableWidget(0, 2, this);
    m_tables->setTabKeyNavigation(false);
    m_tables->setObjectName(QStringLiteral("vaultTables"));
    m_tables->setAccessibleName(tr("Tables of the vault"));
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->verticalHeader()->hide();
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_tables, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    m_changeKey = new QPushButton(tr("Change the vault &key…"), this);
    m_changeKey->setObjectName(QStringLiteral("changeVaultKey"));
    m_changeKey->setToolTip(tr("A new key for the database, given to every account still in the vault, so that "
                               "older copies of the key file no longer open it."));
    m_changeKey->setVisible(session.can(Permission::ManageAccounts));
    actions->addWidget(m_changeKey);
    layout->addLayout(actions);
    connect(m_changeKey, &QPushButton::clicked, this, &VaultOverviewPage::changeKey);
}

void VaultOverviewPage::changeKey()
{
    if (MessageBox::question(this, tr("Change the vault key"),
                             tr("Give the vault a new key? Every account keeps its password. Copies of the key file "
                                "made before (in backups, or kept by someone who has left) will no longer open the "
                                "vault. The database is copied under the new key, which takes about as long as a "
                                "backup; keep Habeas open until it is done."))
        != QMessageBox::Yes)
        return;
    auto changed = LongOperation::run(this, tr("Changing the vault key…"),
                                      [&](const Progress &progress) { return VaultService(m_session).changeKey(progress); });
    reload();
    if (!changed) {
        MessageBox::critical(this, tr("Change the vault key"), changed.error().message);
        return;
    }
    MessageBox::information(this, tr("Change the vault key"),
                            tr("The vault key is changed. Make a new backup: earlier backups still open with the "
                               "passwords that were valid when they were made."));
}

QString VaultOverviewPage::title() const
{
    return tr("Vault");
}

void VaultOverviewPage::reload()
{
    m_tables->setRowCount(0);
    auto overview = VaultService(m_session).overview();
    if (!overview) {
        m_summary->setText(overview.error().message.toHtmlEscaped());
        return;
    }
    m_summary->setText(
        tr("<h2>Vault</h2><b>File</b> %1<br><b>Format</b> Habeas vault, key file format %2, SQLCipher %3 file format "
           "(library %4), %5-byte pages<br><b>Schema version</b> %6<br><b>Key slots</b> %7")
            .arg(overview->databasePath.toHtmlEscaped())
            .arg(overview->info.keyFormat)
            .arg(overview->info.cipherFormat)
            .arg(overview->cipherLibrary.toHtmlEscaped())
            .arg(overview->info.pageSize)
            .arg(overview->schemaVersion)
            .arg(overview->info.slotCount));
    m_tables->setRowCount(int(overview->tables.size()));
    for (int row = 0; row < int(overview->tables.size()); ++row) {
        const TableSummary &table = overview->tables.at(std::size_t(row));
        m_tables->setItem(row, 0, new QTableWidgetItem(table.name));
        auto *count = new QTableWidgetItem(QLocale().toString(table.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(row, 1, count);
    }
}

void VaultOverviewPage::clear()
{
    m_summary->clear();
    m_tables->setRowCount(0);
}

} // namespace habeas
