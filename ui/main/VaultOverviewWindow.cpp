#include "main/VaultOverviewWindow.h"

#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace habeas {

VaultOverviewWindow::VaultOverviewWindow(std::unique_ptr<Vault> vault, QWidget *parent)
    : QMainWindow(parent), m_vault(std::move(vault))
{
    setWindowTitle(tr("%1 — Habeas").arg(m_vault->paths().database.section(u'/', -1)));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("vaultSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tables = new QTableWidget(0, 2, central);
    m_tables->setObjectName(QStringLiteral("vaultTables"));
    m_tables->setAccessibleName(tr("Tables of the vault"));
    m_tables->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_tables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->verticalHeader()->hide();
    m_tables->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tables->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_tables, 1);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    refresh();
    resize(720, 480);
}

VaultOverviewWindow::~VaultOverviewWindow() = default;

void VaultOverviewWindow::refresh()
{
    const VaultPaths &paths = m_vault->paths();
    m_summary->setText(
        tr("<b>Vault</b> %1<br><b>Format</b> Habeas vault, key file format %2, SQLCipher %3 file format "
           "(library %4), %5-byte pages<br><b>Schema version</b> %6<br><b>Key slots</b> %7<br><b>Signed in as</b> %8")
            .arg(paths.database.toHtmlEscaped())
            .arg(KeyFile::FormatVersion)
            .arg(KeyFile::CipherFormat)
            .arg(SqlCipherDriver::cipherVersion().toHtmlEscaped())
            .arg(SqlCipherDriver::PageSize)
            .arg(m_vault->schemaVersion())
            .arg(m_vault->keyFile().slotCount())
            .arg(m_vault->login().toHtmlEscaped()));
    auto tables = m_vault->tables();
    m_tables->setRowCount(0);
    if (!tables) {
        statusBar()->showMessage(tables.error().message);
        return;
    }
    m_tables->setRowCount(int(tables->size()));
    for (int row = 0; row < int(tables->size()); ++row) {
        const TableSummary &table = tables->at(std::size_t(row));
        m_tables->setItem(row, 0, new QTableWidgetItem(table.name));
        auto *count = new QTableWidgetItem(QLocale().toString(table.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_tables->setItem(row, 1, count);
    }
    statusBar()->showMessage(tr("Encrypted vault open; %n table(s).", nullptr, int(tables->size())));
}

} // namespace habeas
