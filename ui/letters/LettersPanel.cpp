#include "ui/letters/LettersPanel.h"

#include "core/accounts/Session.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterService.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/LetterActions.h"
#include "ui/letters/LetterPreviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

LettersPanel::LettersPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("lettersHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);

    auto *choice = new QHBoxLayout;
    auto *label = new QLabel(tr("&Letter:"), this);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Letter to prepare"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_kind);
    m_prepare = new QPushButton(tr("&Prepare…"), this);
    m_prepare->setToolTip(tr("Write the letter from the request and the register, and show it before it is issued"));
    connect(m_prepare, &QPushButton::clicked, this, [this] {
        if (m_kind->currentIndex() >= 0)
            prepare(LetterKind(m_kind->currentData().toInt()));
    });
    choice->addWidget(label);
    choice->addWidget(m_kind);
    choice->addWidget(m_prepare);
    choice->addStretch(1);
    layout->addLayout(choice);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("letters"));
    m_table->setAccessibleName(tr("Letters issued"));
    m_table->setHorizontalHeaderLabels(
        {tr("Issued"), tr("Letter"), tr("Language"), tr("Template"), tr("Issued by"), tr("Pages")});
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LettersPanel::updateActions);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) {
        if (const auto letter = selected())
            showLetter(letter->id);
    });
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    m_show = new QPushButton(tr("Show…"), this);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const auto letter = selected())
            showLetter(letter->id);
    });
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setToolTip(tr("Print the letter as it was issued (Ctrl+P)"));
    m_show->setToolTip(tr("The letter as it was issued (Enter)"));
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (const auto letter = selected())
            print(letter->id);
    });
    m_export = new QPushButton(tr("Export as P&DF…"), this);
    m_export->setToolTip(tr("A PDF that opens only with a password you choose"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const auto letter = selected())
            exportPdf(letter->id);
    });
    for (QPushButton *button : {m_show, m_print, m_export})
        actions->addWidget(button);
    layout->addLayout(actions);
    clear();
}

void LettersPanel::display(const Request &request)
{
    m_request = request;
    refresh();
}

void LettersPanel::clear()
{
    m_request.reset();
    m_letters.clear();
    m_owed.clear();
    m_table->setRowCount(0);
    m_kind->clear();
    m_hint->clear();
    updateActions();
}

void LettersPanel::refresh()
{
    const qint64 chosen = selected() ? selected()->id : 0;
    m_letters.clear();
    m_owed.clear();
    m_table->setRowCount(0);
    m_kind->clear();
    if (!m_request)
        return updateActions();
    auto letters = LetterService(m_session).list(m_request->id);
    if (!letters) {
        m_hint->setText(letters.error().message);
        return updateActions();
    }
    m_letters = std::move(*letters);
    m_owed = LetterComposer::owed(*m_request, m_letters);

    m_table->setRowCount(int(m_letters.size()));
    for (int row = 0; row < int(m_letters.size()); ++row) {
        const IssuedLetter &letter = m_letters[std::size_t(row)];
        QString kind = LetterComposer::kindName(letter.kind);
        if (letter.cleared)
            kind = tr("%1 (cleared with the case file)").arg(kind);
        const QStringList cells{QLocale().toString(letter.issuedAt.toLocalTime(), QLocale::ShortFormat), kind,
                                LetterActions::languageName(letter.language),
                                tr("version %1").arg(letter.templateVersion), letter.issuedBy,
                                QString::number(letter.pages)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, letter.id);
            if (letter.cleared)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    // What can be prepared: the letters owed first, then the others that apply.
    if (m_session.can(Permission::HandleRequests)) {
        auto available = LetterService(m_session).available(m_request->id);
        std::vector<LetterKind> offered = m_owed;
        if (available) {
            for (LetterKind kind : *available) {
                if (std::find(offered.begin(), offered.end(), kind) == offered.end())
                    offered.push_back(kind);
            }
        }
        for (LetterKind kind : offered) {
            const bool isOwed = std::find(m_owed.begin(), m_owed.end(), kind) != m_owed.end();
            m_kind->addItem(isOwed ? tr("%1 (to send)").arg(LetterComposer::kindName(kind)) : LetterComposer::kindName(kind),
                            int(kind));
        }
    }

    QStringList hint;
    if (m_letters.empty())
        hint << tr("No letter has been issued for this request yet.");
    if (!m_owed.empty())
        hint << tr("To send: %1.").arg(LetterActions::kindNames(m_owed));
    if (m_session.can(Permission::HandleRequests))
        hint << tr("A letter is shown before it is issued; once issued it is archived with the request as printed, "
                   "and printed or exported from that archive.");
    m_hint->setText(hint.join(u' '));
    if (chosen != 0)
        select(chosen);
    updateActions();
}

std::optional<IssuedLetter> LettersPanel::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.front().row();
    if (row < 0 || row >= int(m_letters.size()))
        return std::nullopt;
    return m_letters[std::size_t(row)];
}

void LettersPanel::select(qint64 letterId)
{
    for (int row = 0; row < int(m_letters.size()); ++row) {
        if (m_letters[std::size_t(row)].id == letterId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void LettersPanel::updateActions()
{
    const bool handles = m_request && m_session.can(Permission::HandleRequests);
    const auto letter = selected();
    const bool readable = handles && letter && !letter->cleared;
    m_kind->setEnabled(handles && m_kind->count() > 0);
    m_prepare->setEnabled(handles && m_kind->count() > 0);
    m_show->setEnabled(readable);
    m_print->setEnabled(readable);
    m_export->setEnabled(readable);
}

bool LettersPanel::prepare(LetterKind kind)
{
    if (!m_request)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto draft = LetterService(m_session).draft(m_request->id, kind);
    QApplication::restoreOverrideCursor();
    if (!draft) {
        MessageBox::critical(this, LetterComposer::kindName(kind),
                             tr("The letter cannot be prepared: %1").arg(draft.error().message));
        return false;
    }
    const qint64 requestId = m_request->id;
    LetterPreviewDialog dialog(m_session, std::move(*draft), m_request->reference, this);
    dialog.exec();
    const auto issued = dialog.issued();
    // A lock while the letter was shown closed it and cleared this tab.
    if (!issued || !m_request || m_request->id != requestId || m_session.isLocked())
        return issued.has_value();
    refresh();
    select(issued->id);
    Q_EMIT letterIssued(requestId);
    return true;
}

const IssuedLetter *LettersPanel::listed(qint64 letterId) const
{
    const auto letter = std::find_if(m_letters.begin(), m_letters.end(),
                                     [letterId](const IssuedLetter &one) { return one.id == letterId; });
    return m_request && letter != m_letters.end() ? &*letter : nullptr;
}

bool LettersPanel::showLetter(qint64 letterId)
{
    const IssuedLetter *letter = listed(letterId);
    if (!letter)
        return false;
    auto pdf = LetterService(m_session).archived(letterId);
    if (!pdf) {
        MessageBox::critical(this, LetterComposer::kindName(letter->kind), pdf.error().message);
        return false;
    }
    LetterPreviewDialog dialog(m_session, *letter, std::move(*pdf), m_request->reference, this);
    dialog.exec();
    return true;
}

bool LettersPanel::print(qint64 letterId)
{
    const IssuedLetter *letter = listed(letterId);
    if (!letter)
        return false;
    auto pdf = LetterService(m_session).printable(letterId);
    if (!pdf) {
        MessageBox::critical(this, LetterComposer::kindName(letter->kind), pdf.error().message);
        return false;
    }
    return LetterActions::print(m_session, *letter, pdf->view(), m_request->reference, this);
}

bool LettersPanel::exportPdf(qint64 letterId)
{
    const IssuedLetter *letter = listed(letterId);
    return letter && LetterActions::exportPdf(m_session, *letter, m_request->reference, this);
}

} // namespace habeas
