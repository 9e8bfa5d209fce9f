#include "ui/requests/RetentionPage.h"

#include "ui/common/MessageBox.h"
#include "ui/requests/RequestLabels.h"
#include "core/accounts/Session.h"
#include "core/requests/CaseRetention.h"
#include "core/requests/Workflow.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace habeas {

namespace {

enum Column { Reference, Rights, State, Ended, KeptUntil, ColumnCount };

} // namespace

RetentionPage::RetentionPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("<h2>Case files</h2>Habeas is itself a processing of personal data. An ended request is kept for the years "
           "below, counted from the day it ended; then its personal data is cleared: requester, agent, contact, the "
           "request's own words, notes and what was written about each processing. The reference, the rights, the "
           "dates, the state and the record of the identity document's destruction stay, for the statistics."),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Keep ended requests for:"), this);
    m_years = new QSpinBox(this);
    m_years->setRange(CaseRetention::MinimumYears, CaseRetention::MaximumYears);
    const auto unit = [this](int years) { m_years->setSuffix(tr(" year(s)", nullptr, years)); };
    unit(m_years->value());
    connect(m_years, &QSpinBox::valueChanged, this, unit);
    m_years->setAccessibleName(tr("Years an ended request is kept"));
    m_years->setMaximumWidth(160);
    label->setBuddy(m_years);
    m_save = new QPushButton(tr("&Save the period"), this);
    row->addWidget(label);
    row->addWidget(m_years);
    row->addWidget(m_save);
    row->addStretch(1);
    layout->addLayout(row);
    m_yearsNote = new QLabel(this);
    m_yearsNote->setWordWrap(true);
    layout->addWidget(m_yearsNote);
    // Only the DPO decides how long the office keeps its case files.
    const bool mayChange = roleAllows(m_session.role(), Permission::SetCaseRetention);
    m_years->setReadOnly(!mayChange);
    m_save->setVisible(mayChange);
    if (!mayChange)
        m_yearsNote->setText(tr("The data protection officer sets this period."));
    else
        m_yearsNote->hide();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("expiredCases"));
    m_table->setAccessibleName(tr("Ended requests past the period"));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Rights"), tr("State"), tr("Ended on"), tr("Kept until")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_anonymise = new QPushButton(this);
    m_anonymise->setObjectName(QStringLiteral("anonymise"));
    actions->addWidget(m_anonymise);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("retentionStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    // Keeps the page at the top while the list is hidden (nothing to do).
    layout->addStretch(0);

    connect(m_save, &QPushButton::clicked, this, &RetentionPage::saveYears);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionPage::anonymiseListed);
}

QString RetentionPage::title() const
{
    return tr("Case files");
}

void RetentionPage::reload()
{
    clear();
    CaseRetention retention(m_session);
    const int years = retention.years();
    m_years->setValue(years);
    const QDate today = m_session.clock()->today();
    auto expired = retention.expired(today);
    auto rights = retention.rights();
    if (!expired || !rights) {
        m_summary->setText(!expired ? expired.error().message : rights.error().message);
        m_anonymise->setEnabled(false);
        return;
    }
    const RequestLabels labels(*rights);
    const QLocale locale;
    m_table->setRowCount(int(expired->size()));
    for (int row = 0; row < int(expired->size()); ++row) {
        const ExpiredCase &item = (*expired)[std::size_t(row)];
        m_expired.push_back(item.id);
        const QStringList cells{item.reference, labels.rights(item.rights), Workflow::stateName(item.state),
                                locale.toString(item.endedOn, QLocale::ShortFormat),
                                locale.toString(item.endedOn.addYears(years), QLocale::ShortFormat)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    const int count = int(m_expired.size());
    m_summary->setText(
        count == 0 ? tr("No ended request is past the period: every request that ended after %1 is kept.")
                         .arg(locale.toString(retention.lastExpiredEnd(today), QLocale::LongFormat))
                   : tr("%n request(s) ended on or before %1 and are past the period; their personal data should "
                        "be cleared now.",
                        nullptr, count)
                         .arg(locale.toString(retention.lastExpiredEnd(today), QLocale::LongFormat)));
    m_anonymise->setText(count == 0 ? tr("&Anonymise…") : tr("&Anonymise %n request(s)…", nullptr, count));
    m_anonymise->setEnabled(count > 0);
    m_table->setVisible(count > 0);
    m_anonymise->setVisible(count > 0);
}

void RetentionPage::clear()
{
    m_table->setRowCount(0);
    m_expired.clear();
    m_summary->clear();
    m_status->clear();
    m_anonymise->setText(tr("&Anonymise…"));
    m_anonymise->setEnabled(false);
}

void RetentionPage::saveYears()
{
    const int years = m_years->value();
    if (auto saved = CaseRetention(m_session).setYears(years); !saved) {
        MessageBox::warning(this, tr("Case files"), saved.error().message);
        return;
    }
    reload();
    m_status->setText(tr("Ended requests are now kept %n year(s) after their end.", nullptr, years));
}

void RetentionPage::anonymiseListed()
{
    if (m_expired.empty())
        return;
    const int count = int(m_expired.size());
    const auto answer = MessageBox::question(
        this, tr("Anonymise the case files"),
        tr("The personal data of %n request(s) will be cleared now: requester, agent, contact, the request's own "
           "words, notes and what was written about each processing. This cannot be undone. The reference, rights, "
           "dates and state stay.\n\nAnonymise them?",
           nullptr, count));
    if (answer != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QList<qint64> ids(m_expired.begin(), m_expired.end());
    auto done = CaseRetention(m_session).anonymise(m_expired);
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBox::warning(this, tr("Anonymise the case files"), done.error().message);
        reload();
        return;
    }
    reload();
    m_status->setText(tr("%n request(s) anonymised.", nullptr, *done));
    Q_EMIT anonymised(ids);
}

} // namespace habeas
