#include "ui/register/ProcessingEditor.h"

#include "core/accounts/Permissions.h"
#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "ui/common/MessageBox.h"
#include "ui/register/ProcessingEditCommand.h"
#include "ui/register/ProcessingSummaryDialog.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace habeas {

namespace {

constexpr ProcessingStatus Statuses[] = {ProcessingStatus::Draft, ProcessingStatus::Submitted,
                                         ProcessingStatus::OpinionReceived, ProcessingStatus::InOperation,
                                         ProcessingStatus::Retired};
constexpr LegalBasis Bases[] = {LegalBasis::LegalObligation, LegalBasis::PublicInterest,     LegalBasis::Consent,
                                LegalBasis::Contract,        LegalBasis::LegitimateInterest, LegalBasis::VitalInterest};

// A list written one item a line, as the core keeps it: no blank lines,
// no blanks around an item.
QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QString textOf(const QPlainTextEdit *edit)
{
    return edit->toPlainText().trimmed();
}

void putText(QPlainTextEdit *edit, const QString &text)
{
    if (textOf(edit) != text.trimmed())
        edit->setPlainText(text);
}

void putText(QLineEdit *edit, const QString &text)
{
    if (edit->text().trimmed() != text.trimmed()) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// A date as a person types it: ISO or the locale's short or long form.
QDate dateOf(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(text, QLocale::ShortFormat);
    if (!date.isValid())
        date = QLocale().toDate(text, QLocale::LongFormat);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    return date;
}

std::optional<int> daysOf(const QString &text)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(days) : std::nullopt;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().lineSpacing() * 7);
    return table;
}

QPlainTextEdit *makeText(const QString &accessibleName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    // Room for a few lines more, then it scrolls: the boxes do not swallow
    // the tab's height.
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 3) + 12);
    return edit;
}

// A tab's content in a scroll area, so that a small window scrolls rather
// than squeezes the fields.
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ProcessingEditor::ProcessingEditor(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_readOnly(!session.can(Permission::ManageRegister))
{
    m_undo = new QUndoStack(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("processingHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    top->addWidget(m_heading, 1);
    m_modified = new QLabel(tr("Modified, not saved"), this);
    m_modified->setObjectName(QStringLiteral("processingModified"));
    m_modified->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    top->addWidget(m_modified);
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("processingUndo"));
    m_undoButton->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_redoButton = new QPushButton(tr("Redo"), this);
    m_redoButton->setObjectName(QStringLiteral("processingRedo"));
    m_redoButton->setToolTip(tr("Redo the change undone (Ctrl+Shift+Z)"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("processingSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the processing in the register (Ctrl+S)"));
    top->addWidget(m_undoButton);
    top->addWidget(m_redoButton);
    top->addWidget(m_save);
    layout->addLayout(top);

    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("processingChecks"));
    m_checks->setTextFormat(Qt::PlainText);
    m_checks->setWordWrap(true);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checks->hide();
    layout->addWidget(m_checks);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("processingTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // I. Purpose and functionalities.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        m_referencedOnly = note(tr("Other processings name this one, but it is not described yet: describe it and "
                                   "save to enter it in the register."),
                                page);
        m_referencedOnly->setObjectName(QStringLiteral("processingReferencedOnly"));
        form->addRow(m_referencedOnly);
        m_reference = new QLineEdit(page);
        m_reference->setAccessibleName(tr("Reference"));
        m_name = new QLineEdit(page);
        m_name->setObjectName(QStringLiteral("processingName"));
        m_name->setAccessibleName(tr("Purpose"));
        m_name->setToolTip(tr("The purpose of the processing, which is its name in the register."));
        m_controller = new QLineEdit(page);
        m_controller->setAccessibleName(tr("Department"));
        m_statusChoice = new QComboBox(page);
        m_statusChoice->setObjectName(QStringLiteral("processingStatus"));
        m_statusChoice->setAccessibleName(tr("Status"));
        for (ProcessingStatus status : Statuses)
            m_statusChoice->addItem(ProcessingSummaryDialog::statusName(status), int(status));
        m_functionalities = makeText(tr("Functionalities"), 4, page);
        m_subjects = makeText(tr("People concerned"), 3, page);
        m_deliberations = note(QString(), page);
        m_deliberations->setObjectName(QStringLiteral("processingDeliberations"));
        m_deliberations->setTextFormat(Qt::PlainText);
        form->addRow(tr("&Reference:"), m_reference);
        form->addRow(tr("&Purpose:"), m_name);
        form->addRow(tr("&Department (controller):"), m_controller);
        form->addRow(tr("S&tatus:"), m_statusChoice);
        m_functionalities->setPlaceholderText(tr("One functionality a line"));
        m_subjects->setPlaceholderText(tr("One category of people a line"));
        form->addRow(tr("&Functionalities:"), m_functionalities);
        form->addRow(tr("People &concerned:"), m_subjects);
        form->addRow(tr("Deliberations:"), m_deliberations);
        m_tabs->addTab(scrolled(page, m_tabs), tr("I. Purpose"));
    }
    // II. Lawfulness.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        m_basis = new QComboBox(page);
        m_basis->setAccessibleName(tr("Legal basis"));
        m_basis->addItem(tr("Not stated"), -1);
        for (LegalBasis basis : Bases)
            m_basis->addItem(ProcessingSummaryDialog::legalBasisName(basis), int(basis));
        m_justification = makeText(tr("Justification"), 4, page);
        m_legalTexts =
            makeTable({tr("Title"), tr("Date"), tr("Reference")}, QStringLiteral("processingLegalTexts"), page);
        m_legalTexts->setAccessibleName(tr("Legal texts"));
        m_legalTexts->horizontalHeader()->setSectionResizeMode(LegalTextTitle, QHeaderView::Stretch);
        m_legalTexts->horizontalHeader()->setSectionResizeMode(LegalTextDate, QHeaderView::ResizeToContents);
        m_legalTexts->horizontalHeader()->setStretchLastSection(false);
        m_legalTexts->horizontalHeader()->setSectionResizeMode(LegalTextReference, QHeaderView::ResizeToContents);
        m_legalTexts->setToolTip(tr("Dates as 2020-03-12 or as your system writes them."));
        form->addRow(tr("Legal &basis:"), m_basis);
        form->addRow(tr("&Justification:"), m_justification);
        form->addRow(tr("Legal &texts cited:"), m_legalTexts);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add a legal text"), page);
        auto *remove = new QPushButton(tr("Remove the legal text"), page);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        form->addRow(QString(), buttons);
        m_rowButtons << add << remove;
        connect(add, &QPushButton::clicked, this, [this] { addRow(m_legalTexts); });
        connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_legalTexts); });
        m_tabs->addTab(scrolled(page, m_tabs), tr("II. Lawfulness"));
    }
    // III. Data.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        m_categories = makeTable({tr("Category of data"), tr("Retention, as written"), tr("Days")},
                                 QStringLiteral("processingCategories"), page);
        m_categories->setAccessibleName(tr("Data categories"));
        m_categories->horizontalHeader()->setStretchLastSection(false);
        m_categories->horizontalHeader()->setSectionResizeMode(CategoryName, QHeaderView::Stretch);
        m_categories->horizontalHeader()->setSectionResizeMode(CategoryRetention, QHeaderView::Stretch);
        m_categories->horizontalHeader()->setSectionResizeMode(CategoryDays, QHeaderView::ResizeToContents);
        m_categories->setMinimumHeight(m_categories->fontMetrics().lineSpacing() * 10);
        m_categories->setToolTip(
            tr("Days: the retention as a number of days, when it is one; leave it empty otherwise."));
        form->addRow(note(tr("Each category of data with its retention period as the deliberation writes it and, "
                             "where it is a fixed duration, that duration in days."),
                          page));
        form->addRow(tr("&Data:"), m_categories);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add a category"), page);
        auto *remove = new QPushButton(tr("Remove the category"), page);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        form->addRow(QString(), buttons);
        m_rowButtons << add << remove;
        connect(add, &QPushButton::clicked, this, [this] { addRow(m_categories); });
        connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_categories); });
        m_source = makeText(tr("Source of the data"), 2, page);
        form->addRow(tr("&Source of the data:"), m_source);
        m_tabs->addTab(scrolled(page, m_tabs), tr("III. Data"));
    }
    // IV. Information and rights.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        m_information = makeText(tr("Information of the people concerned"), 5, page);
        m_rights = makeText(tr("Exercise of rights"), 5, page);
        form->addRow(tr("&Information of the people concerned:"), m_information);
        form->addRow(tr("&Exercise of their rights:"), m_rights);
        // The public notice tells people whether they must give the data,
        // and what follows when they do not.
        m_mandatory = new QComboBox(page);
        m_mandatory->setObjectName(QStringLiteral("processingMandatory"));
        m_mandatory->setAccessibleName(tr("Whether the data must be given"));
        m_mandatory->addItem(tr("Not stated"), -1);
        m_mandatory->addItem(tr("Yes: the person must give it"), 1);
        m_mandatory->addItem(tr("No: giving it is optional"), 0);
        m_mandatoryReason = makeText(tr("What follows when the data is not given"), 2, page);
        m_mandatoryReason->setObjectName(QStringLiteral("processingMandatoryReason"));
        m_mandatoryReason->setPlaceholderText(
            tr("For instance: without it the application cannot be examined."));
        form->addRow(tr("Data &mandatory:"), m_mandatory);
        form->addRow(tr("When &not given:"), m_mandatoryReason);
        m_tabs->addTab(scrolled(page, m_tabs), tr("IV. Rights"));
    }
    // V. Recipients and access.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        QStringList headers{tr("Who")};
        for (const QString &kind : accessKinds())
            headers << ProcessingSummaryDialog::accessName(kind);
        m_recipients = makeTable(headers, QStringLiteral("processingRecipients"), page);
        m_recipients->setAccessibleName(tr("Recipients"));
        m_recipients->horizontalHeader()->setStretchLastSection(false);
        m_recipients->horizontalHeader()->setSectionResizeMode(RecipientName, QHeaderView::Stretch);
        for (int column = RecipientAccess; column < m_recipients->columnCount(); ++column)
            m_recipients->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_recipients->setMinimumHeight(m_recipients->fontMetrics().lineSpacing() * 9);
        form->addRow(tr("&Recipients and their access:"), m_recipients);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add a recipient"), page);
        auto *remove = new QPushButton(tr("Remove the recipient"), page);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        form->addRow(QString(), buttons);
        m_rowButtons << add << remove;
        connect(add, &QPushButton::clicked, this, [this] { addRow(m_recipients); });
        connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_recipients); });
        m_transfers = makeText(tr("Transfers"), 3, page);
        form->addRow(tr("&Transfers outside Monaco:"), m_transfers);
        m_tabs->addTab(scrolled(page, m_tabs), tr("V. Recipients"));
    }
    // VI. Interconnections and matchings.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        m_links = makeTable({tr("Kind"), tr("Other processing")}, QStringLiteral("processingLinks"), page);
        m_links->setAccessibleName(tr("Links"));
        m_links->horizontalHeader()->setSectionResizeMode(LinkKindColumn, QHeaderView::ResizeToContents);
        form->addRow(note(tr("A processing not in the register yet is entered as referenced only, to be described "
                             "later."),
                          page));
        form->addRow(tr("&Links to other processings:"), m_links);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add a link"), page);
        auto *remove = new QPushButton(tr("Remove the link"), page);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        form->addRow(QString(), buttons);
        m_rowButtons << add << remove;
        connect(add, &QPushButton::clicked, this, [this] { addRow(m_links); });
        connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_links); });
        m_linkedFrom = note(QString(), page);
        m_linkedFrom->setObjectName(QStringLiteral("processingLinkedFrom"));
        m_linkedFrom->setTextFormat(Qt::PlainText);
        form->addRow(tr("Linked from:"), m_linkedFrom);
        m_tabs->addTab(scrolled(page, m_tabs), tr("VI. Links"));
    }
    // VII. Security.
    {
        auto *page = new QWidget(m_tabs);
        auto *form = new QFormLayout(page);
        m_security = makeText(tr("Security measures"), 8, page);
        form->addRow(tr("Security &measures:"), m_security);
        m_tabs->addTab(scrolled(page, m_tabs), tr("VII. Security"));
    }
    // VIII. Retention, read only: what section III says, gathered.
    {
        auto *page = new QWidget(m_tabs);
        auto *box = new QVBoxLayout(page);
        box->addWidget(note(tr("The retention of each category of data, as entered in section III."), page));
        m_retention = makeTable({tr("Category of data"), tr("Retention"), tr("Days")},
                                QStringLiteral("processingRetention"), page);
        m_retention->setAccessibleName(tr("Retention"));
        m_retention->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_retention->horizontalHeader()->setStretchLastSection(false);
        m_retention->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_retention->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        m_retention->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        box->addWidget(m_retention, 1);
        m_tabs->addTab(page, tr("VIII. Retention"));
    }
    // The history of saved changes.
    {
        auto *page = new QWidget(m_tabs);
        auto *box = new QVBoxLayout(page);
        m_history = makeTable({tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After")},
                              QStringLiteral("processingHistory"), page);
        m_history->setAccessibleName(tr("History"));
        m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_history->horizontalHeader()->setStretchLastSection(false);
        for (int column : {HistoryWhen, HistoryWho, HistoryField})
            m_history->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_history->horizontalHeader()->setSectionResizeMode(HistoryBefore, QHeaderView::Stretch);
        m_history->horizontalHeader()->setSectionResizeMode(HistoryAfter, QHeaderView::Stretch);
        box->addWidget(m_history, 1);
        m_tabs->addTab(page, tr("History"));
    }

    // The tabs' titles are short, for a small window; their tooltips name
    // the deliberation's sections in full.
    const QString sections[] = {tr("I. Purpose and functionalities"),
                                tr("II. Lawfulness: legal basis, justification and texts"),
                                tr("III. Data processed, their retention and their source"),
                                tr("IV. Information of the people concerned and exercise of their rights"),
                                tr("V. Recipients, access and transfers"),
                                tr("VI. Interconnections and matchings"),
                                tr("VII. Security measures"),
                                tr("VIII. Retention of the data"),
                                tr("The changes saved: who, when, what before and after")};
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabToolTip(tab, sections[tab]);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("processingStatus"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLine);

    for (QLineEdit *edit : {m_reference, m_name, m_controller})
        connect(edit, &QLineEdit::editingFinished, this, &ProcessingEditor::commit);
    for (QComboBox *choice : {m_statusChoice, m_basis, m_mandatory})
        connect(choice, &QComboBox::currentIndexChanged, this, &ProcessingEditor::commit);
    // A text box has no "editing finished": leaving it commits.
    for (QPlainTextEdit *edit :
         {m_functionalities, m_subjects, m_justification, m_source, m_information, m_rights, m_mandatoryReason,
          m_transfers, m_security})
        edit->installEventFilter(this);
    connect(m_legalTexts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_displaying)
            return;
        // A date that cannot be read is put back as it was.
        if (item->column() == LegalTextDate && !item->text().trimmed().isEmpty() && !dateOf(item->text()).isValid()) {
            setStatus(tr("\"%1\" is not a date: write it as 2020-03-12.").arg(item->text()), true);
            const QSignalBlocker blocker(m_legalTexts);
            const std::size_t row = std::size_t(item->row());
            item->setText(row < m_current.legalTexts.size() && m_current.legalTexts[row].date.isValid()
                              ? m_current.legalTexts[row].date.toString(Qt::ISODate)
                              : QString());
            return;
        }
        commit();
    });
    connect(m_categories, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_displaying)
            return;
        if (item->column() == CategoryDays && !item->text().trimmed().isEmpty() && !daysOf(item->text())) {
            setStatus(
                tr("\"%1\" is not a number of days: leave it empty when the retention is not one.").arg(item->text()),
                true);
            const QSignalBlocker blocker(m_categories);
            const std::size_t row = std::size_t(item->row());
            item->setText(row < m_current.dataCategories.size() && m_current.dataCategories[row].retentionDays
                              ? QString::number(*m_current.dataCategories[row].retentionDays)
                              : QString());
            return;
        }
        commit();
    });
    for (QTableWidget *table : {m_recipients, m_links}) {
        connect(table, &QTableWidget::itemChanged, this, [this] {
            if (!m_displaying)
                commit();
        });
    }
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_undoAction, &QAction::triggered, this, [this] {
        // What is being typed becomes a step first, so that undo takes it back.
        commit();
        m_undo->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        commit();
        m_undo->redo();
    });
    connect(m_undoButton, &QPushButton::clicked, m_undoAction, &QAction::trigger);
    connect(m_redoButton, &QPushButton::clicked, m_redoAction, &QAction::trigger);
    connect(m_undo, &QUndoStack::indexChanged, this, &ProcessingEditor::updateState);

    applyReadOnly();
    clear();
}

ProcessingEditor::~ProcessingEditor() = default;

void ProcessingEditor::applyReadOnly()
{
    if (!m_readOnly)
        return;
    for (QLineEdit *edit : {m_reference, m_name, m_controller})
        edit->setReadOnly(true);
    for (QPlainTextEdit *edit :
         {m_functionalities, m_subjects, m_justification, m_source, m_information, m_rights, m_mandatoryReason,
          m_transfers, m_security})
        edit->setReadOnly(true);
    for (QComboBox *choice : {m_statusChoice, m_basis, m_mandatory})
        choice->setEnabled(false);
    for (QTableWidget *table : {m_legalTexts, m_categories, m_recipients, m_links})
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : m_rowButtons)
        button->hide();
    for (QPushButton *button : {m_save, m_undoButton, m_redoButton})
        button->hide();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
}

QString ProcessingEditor::statusText() const
{
    return m_statusLine->text();
}

void ProcessingEditor::setStatus(const QString &text, bool error)
{
    m_statusLine->setText(text);
    m_statusLine->setStyleSheet(error ? QStringLiteral("color: #a00000;") : QString());
}

bool ProcessingEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(watched))
        commit();
    return QWidget::eventFilter(watched, event);
}

Processing ProcessingEditor::fromFields() const
{
    Processing p = m_current;
    p.reference = m_reference->text().trimmed();
    p.name = m_name->text().trimmed();
    p.controller = m_controller->text().trimmed();
    p.status = static_cast<ProcessingStatus>(m_statusChoice->currentData().toInt());
    p.functionalities = linesOf(m_functionalities);
    p.subjectCategories = linesOf(m_subjects);
    const int basis = m_basis->currentData().toInt();
    p.legalBasis = basis < 0 ? std::nullopt : std::optional<LegalBasis>(static_cast<LegalBasis>(basis));
    p.legalJustification = textOf(m_justification);
    p.legalTexts.clear();
    for (int row = 0; row < m_legalTexts->rowCount(); ++row)
        p.legalTexts.push_back({cellText(m_legalTexts, row, LegalTextTitle),
                                dateOf(cellText(m_legalTexts, row, LegalTextDate)),
                                cellText(m_legalTexts, row, LegalTextReference)});
    p.dataCategories.clear();
    for (int row = 0; row < m_categories->rowCount(); ++row)
        p.dataCategories.push_back({cellText(m_categories, row, CategoryName),
                                    cellText(m_categories, row, CategoryRetention),
                                    daysOf(cellText(m_categories, row, CategoryDays))});
    p.dataSource = textOf(m_source);
    p.informationOfSubjects = textOf(m_information);
    p.rightsExercise = textOf(m_rights);
    const int mandatory = m_mandatory->currentData().toInt();
    p.dataMandatory = mandatory < 0 ? std::nullopt : std::optional<bool>(mandatory == 1);
    p.mandatoryReason = textOf(m_mandatoryReason);
    p.recipients.clear();
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        Recipient recipient{cellText(m_recipients, row, RecipientName), {}};
        for (int kind = 0; kind < int(accessKinds().size()); ++kind) {
            const QTableWidgetItem *item = m_recipients->item(row, RecipientAccess + kind);
            if (item && item->checkState() == Qt::Checked)
                recipient.access << accessKinds().at(kind);
        }
        p.recipients.push_back(recipient);
    }
    p.transfers = textOf(m_transfers);
    p.links.clear();
    for (int row = 0; row < m_links->rowCount(); ++row) {
        const auto *kind = qobject_cast<const QComboBox *>(m_links->cellWidget(row, LinkKindColumn));
        p.links.push_back({kind ? static_cast<LinkKind>(kind->currentData().toInt()) : LinkKind::Interconnection,
                           cellText(m_links, row, LinkTarget)});
    }
    p.securityMeasures = textOf(m_security);
    return p;
}

void ProcessingEditor::display(const Processing &p)
{
    m_displaying = true;
    m_current = p;
    putText(m_reference, p.reference);
    putText(m_name, p.name);
    putText(m_controller, p.controller);
    {
        const QSignalBlocker blocker(m_statusChoice);
        m_statusChoice->setCurrentIndex(m_statusChoice->findData(int(p.status)));
    }
    {
        const QSignalBlocker blocker(m_basis);
        m_basis->setCurrentIndex(m_basis->findData(p.legalBasis ? int(*p.legalBasis) : -1));
    }
    if (linesOf(m_functionalities) != p.functionalities)
        m_functionalities->setPlainText(p.functionalities.join(u'\n'));
    if (linesOf(m_subjects) != p.subjectCategories)
        m_subjects->setPlainText(p.subjectCategories.join(u'\n'));
    putText(m_justification, p.legalJustification);
    putText(m_source, p.dataSource);
    putText(m_information, p.informationOfSubjects);
    putText(m_rights, p.rightsExercise);
    {
        const QSignalBlocker blocker(m_mandatory);
        m_mandatory->setCurrentIndex(m_mandatory->findData(p.dataMandatory ? int(*p.dataMandatory) : -1));
    }
    putText(m_mandatoryReason, p.mandatoryReason);
    putText(m_transfers, p.transfers);
    putText(m_security, p.securityMeasures);

    // Tables are refilled only where they differ, so that the one whose
    // cell was just edited is left alone (its item is still in use).
    const Processing shown = fromFields();
    const auto editable = [this](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (m_readOnly)
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        return item;
    };
    if (shown.legalTexts != p.legalTexts) {
        const QSignalBlocker blocker(m_legalTexts);
        m_legalTexts->setRowCount(int(p.legalTexts.size()));
        for (int row = 0; row < int(p.legalTexts.size()); ++row) {
            const LegalText &text = p.legalTexts[std::size_t(row)];
            m_legalTexts->setItem(row, LegalTextTitle, editable(text.title));
            m_legalTexts->setItem(row, LegalTextDate,
                                  editable(text.date.isValid() ? text.date.toString(Qt::ISODate) : QString()));
            m_legalTexts->setItem(row, LegalTextReference, editable(text.reference));
        }
    }
    if (shown.dataCategories != p.dataCategories) {
        const QSignalBlocker blocker(m_categories);
        m_categories->setRowCount(int(p.dataCategories.size()));
        for (int row = 0; row < int(p.dataCategories.size()); ++row) {
            const DataCategory &category = p.dataCategories[std::size_t(row)];
            m_categories->setItem(row, CategoryName, editable(category.name));
            m_categories->setItem(row, CategoryRetention, editable(category.retention));
            auto *days = editable(category.retentionDays ? QString::number(*category.retentionDays) : QString());
            days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_categories->setItem(row, CategoryDays, days);
        }
    }
    if (shown.recipients != p.recipients) {
        const QSignalBlocker blocker(m_recipients);
        m_recipients->setRowCount(int(p.recipients.size()));
        for (int row = 0; row < int(p.recipients.size()); ++row) {
            const Recipient &recipient = p.recipients[std::size_t(row)];
            m_recipients->setItem(row, RecipientName, editable(recipient.name));
            for (int kind = 0; kind < int(accessKinds().size()); ++kind) {
                auto *item = new QTableWidgetItem;
                item->setFlags(m_readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(recipient.access.contains(accessKinds().at(kind)) ? Qt::Checked : Qt::Unchecked);
                m_recipients->setItem(row, RecipientAccess + kind, item);
            }
        }
    }
    if (shown.links != p.links) {
        const QSignalBlocker blocker(m_links);
        m_links->setRowCount(int(p.links.size()));
        for (int row = 0; row < int(p.links.size()); ++row) {
            const ProcessingLink &link = p.links[std::size_t(row)];
            auto *kind = new QComboBox(m_links);
            kind->setAccessibleName(tr("Kind of link"));
            for (LinkKind each : {LinkKind::Interconnection, LinkKind::Matching})
                kind->addItem(ProcessingSummaryDialog::linkName(each), int(each));
            kind->setCurrentIndex(kind->findData(int(link.kind)));
            kind->setEnabled(!m_readOnly);
            connect(kind, &QComboBox::currentIndexChanged, this, &ProcessingEditor::commit);
            m_links->setCellWidget(row, LinkKindColumn, kind);
            m_links->setItem(row, LinkTarget, editable(link.target));
        }
    }
    showRetention(p);
    m_referencedOnly->setVisible(m_open && !p.described);
    m_displaying = false;
    updateState();
}

void ProcessingEditor::showRetention(const Processing &p)
{
    m_retention->setRowCount(int(p.dataCategories.size()));
    for (int row = 0; row < int(p.dataCategories.size()); ++row) {
        const DataCategory &category = p.dataCategories[std::size_t(row)];
        m_retention->setItem(row, 0, new QTableWidgetItem(category.name));
        m_retention->setItem(row, 1, new QTableWidgetItem(category.retention));
        auto *days = new QTableWidgetItem(category.retentionDays ? tr("%n day(s)", nullptr, *category.retentionDays)
                                                                 : QString());
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_retention->setItem(row, 2, days);
    }
}

void ProcessingEditor::commit()
{
    if (!m_open || m_readOnly || m_displaying)
        return;
    const Processing after = fromFields();
    const QStringList fields = changedFields(m_current, after);
    if (fields.isEmpty())
        return;
    m_undo->push(new ProcessingEditCommand(*this, m_current, after, tr("Change")));
}

bool ProcessingEditor::isModified() const
{
    return m_open && !m_readOnly && !changedFields(m_saved, m_current).isEmpty();
}

void ProcessingEditor::updateState()
{
    const bool modified = isModified();
    if (!m_open)
        m_heading->setText(tr("No processing chosen: choose one in the list."));
    else if (m_current.id == 0)
        m_heading->setText(m_current.name.isEmpty() ? tr("New processing")
                                                    : tr("New processing: %1").arg(m_current.name));
    else
        m_heading->setText(m_current.name);
    m_modified->setVisible(modified);
    m_tabs->setEnabled(m_open);
    m_save->setEnabled(m_open && !m_readOnly && (modified || m_current.id == 0));
    m_undoButton->setEnabled(m_open && m_undo->canUndo());
    m_redoButton->setEnabled(m_open && m_undo->canRedo());
    if (!m_readOnly) {
        m_undoAction->setEnabled(m_open);
        m_redoAction->setEnabled(m_open);
    }
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ProcessingEditor::addRow(QTableWidget *table)
{
    if (!m_open || m_readOnly)
        return;
    commit();
    Processing after = m_current;
    if (table == m_legalTexts)
        after.legalTexts.push_back({});
    else if (table == m_categories)
        after.dataCategories.push_back({});
    else if (table == m_recipients)
        after.recipients.push_back({});
    else if (table == m_links)
        after.links.push_back({});
    m_undo->push(new ProcessingEditCommand(*this, m_current, after, tr("Add a row")));
    const int row = table->rowCount() - 1;
    table->setCurrentCell(row, table == m_links ? int(LinkTarget) : 0);
    table->setFocus(Qt::OtherFocusReason);
    table->editItem(table->currentItem());
}

void ProcessingEditor::removeRow(QTableWidget *table)
{
    const int row = table->currentRow();
    if (!m_open || m_readOnly || row < 0)
        return;
    commit();
    Processing after = m_current;
    const auto drop = [row](auto &list) {
        if (row < int(list.size()))
            list.erase(list.begin() + row);
    };
    if (table == m_legalTexts)
        drop(after.legalTexts);
    else if (table == m_categories)
        drop(after.dataCategories);
    else if (table == m_recipients)
        drop(after.recipients);
    else if (table == m_links)
        drop(after.links);
    m_undo->push(new ProcessingEditCommand(*this, m_current, after, tr("Remove a row")));
}

bool ProcessingEditor::open(qint64 id)
{
    auto found = ProcessingService(m_session).find(id);
    if (!found) {
        setStatus(found.error().message, true);
        return false;
    }
    m_open = true;
    m_saved = *found;
    m_undo->clear();
    display(*found);
    showHistory();
    showRelated();
    setStatus(QString());
    return true;
}

void ProcessingEditor::startNew()
{
    if (m_readOnly)
        return;
    m_open = true;
    m_saved = Processing{};
    m_undo->clear();
    display(m_saved);
    showHistory();
    showRelated();
    m_tabs->setCurrentIndex(PurposeTab);
    m_name->setFocus(Qt::OtherFocusReason);
    setStatus(tr("A new processing: give at least its purpose, then save it."));
}

void ProcessingEditor::clear()
{
    m_open = false;
    m_saved = Processing{};
    m_undo->clear();
    display(Processing{});
    // Each field keeps an undo history of its own, which display() leaves
    // alone where the text did not change: after a lock nothing typed may
    // come back with Ctrl+Z.
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) && !qobject_cast<QComboBox *>(edit->parentWidget()))
            edit->setText(QString());
    }
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->document()->clearUndoRedoStacks();
    m_history->setRowCount(0);
    m_deliberations->clear();
    m_linkedFrom->clear();
    m_checks->clear();
    m_checks->hide();
    m_tabs->setCurrentIndex(PurposeTab);
    setStatus(QString());
    updateState();
}

bool ProcessingEditor::mayDrop()
{
    commit();
    if (!isModified())
        return true;
    const auto answer =
        MessageBox::question(this, tr("Register"),
                             tr("Your changes to \"%1\" are not saved. Save them?")
                                 .arg(m_current.name.isEmpty() ? tr("the new processing") : m_current.name),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_undo->clear();
    display(m_saved);
    return true;
}

bool ProcessingEditor::save()
{
    if (!m_open || m_readOnly)
        return false;
    commit();
    const bool creating = m_current.id == 0;
    ProcessingService service(m_session);
    auto result = creating ? service.create(m_current) : service.update(m_current);
    if (!result) {
        setStatus(result.error().message, true);
        showField(result.error().field);
        return false;
    }
    m_saved = *result;
    // The steps of a new processing would undo it back to one without an
    // id; those of an update stay, undoing to an unsaved state.
    if (creating)
        m_undo->clear();
    display(*result);
    m_undo->setClean();
    showHistory();
    showRelated();
    setStatus(tr("Saved."));
    Q_EMIT saved(result->id);
    return true;
}

void ProcessingEditor::showField(const QString &field)
{
    const QString name = field.section(u'.', 0, 0);
    bool hasRow = false;
    const int row = field.section(u'.', 1, 1).toInt(&hasRow);
    QWidget *target = nullptr;
    if (name == QLatin1String("name")) {
        m_tabs->setCurrentIndex(PurposeTab);
        m_name->selectAll();
        target = m_name;
    } else if (name == QLatin1String("reference")) {
        m_tabs->setCurrentIndex(PurposeTab);
        target = m_reference;
    } else if (name == QLatin1String("data_categories")) {
        m_tabs->setCurrentIndex(DataTab);
        if (hasRow)
            m_categories->setCurrentCell(row, CategoryName);
        target = m_categories;
    } else if (name == QLatin1String("links")) {
        m_tabs->setCurrentIndex(LinksTab);
        if (hasRow)
            m_links->setCurrentCell(row, LinkTarget);
        target = m_links;
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

namespace {

QString fieldLabel(const QString &field)
{
    static const std::pair<const char *, const char *> Labels[] = {
        {"created", QT_TRANSLATE_NOOP("ProcessingEditor", "Entered in the register")},
        {"reference", QT_TRANSLATE_NOOP("ProcessingEditor", "Reference")},
        {"name", QT_TRANSLATE_NOOP("ProcessingEditor", "Purpose")},
        {"controller", QT_TRANSLATE_NOOP("ProcessingEditor", "Department")},
        {"status", QT_TRANSLATE_NOOP("ProcessingEditor", "Status")},
        {"described", QT_TRANSLATE_NOOP("ProcessingEditor", "Described")},
        {"functionalities", QT_TRANSLATE_NOOP("ProcessingEditor", "Functionalities")},
        {"legal_basis", QT_TRANSLATE_NOOP("ProcessingEditor", "Legal basis")},
        {"legal_justification", QT_TRANSLATE_NOOP("ProcessingEditor", "Justification")},
        {"legal_texts", QT_TRANSLATE_NOOP("ProcessingEditor", "Legal texts")},
        {"subject_categories", QT_TRANSLATE_NOOP("ProcessingEditor", "People concerned")},
        {"data_categories", QT_TRANSLATE_NOOP("ProcessingEditor", "Data and retention")},
        {"recipients", QT_TRANSLATE_NOOP("ProcessingEditor", "Recipients")},
        {"links", QT_TRANSLATE_NOOP("ProcessingEditor", "Links")},
        {"transfers", QT_TRANSLATE_NOOP("ProcessingEditor", "Transfers")},
        {"security_measures", QT_TRANSLATE_NOOP("ProcessingEditor", "Security measures")},
        {"information_of_subjects", QT_TRANSLATE_NOOP("ProcessingEditor", "Information of the people concerned")},
        {"rights_exercise", QT_TRANSLATE_NOOP("ProcessingEditor", "Exercise of rights")},
        {"data_source", QT_TRANSLATE_NOOP("ProcessingEditor", "Source of the data")},
        {"data_mandatory", QT_TRANSLATE_NOOP("ProcessingEditor", "Whether the data must be given")},
        {"mandatory_reason", QT_TRANSLATE_NOOP("ProcessingEditor", "What follows when it is not given")},
    };
    for (const auto &[key, label] : Labels) {
        if (field == QLatin1String(key))
            return ProcessingEditor::tr(label);
    }
    return field;
}

// A value as the history keeps it (fieldText), with its keys named in the
// interface's language.
QString readable(const QString &field, const QString &text)
{
    if (field == QLatin1String("status")) {
        const auto status = processingStatusFromKey(text);
        return status ? ProcessingSummaryDialog::statusName(*status) : text;
    }
    if (field == QLatin1String("legal_basis")) {
        const auto basis = legalBasisFromKey(text);
        return basis ? ProcessingSummaryDialog::legalBasisName(*basis) : ProcessingEditor::tr("Not stated");
    }
    if (field == QLatin1String("data_mandatory")) {
        if (text == QLatin1String("yes"))
            return ProcessingEditor::tr("Mandatory");
        return text == QLatin1String("no") ? ProcessingEditor::tr("Optional") : ProcessingEditor::tr("Not stated");
    }
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        QStringList parts = line.split(QStringLiteral(" | "));
        if (field == QLatin1String("links") && parts.size() == 2) {
            const auto kind = linkKindFromKey(parts[0]);
            line = ProcessingEditor::tr("%1: %2", "link kind, other processing")
                       .arg(kind ? ProcessingSummaryDialog::linkName(*kind) : parts[0], parts[1]);
        } else if (field == QLatin1String("recipients") && parts.size() == 2) {
            QStringList access;
            for (const QString &key : parts[1].split(QStringLiteral(", "), Qt::SkipEmptyParts))
                access << ProcessingSummaryDialog::accessName(key);
            line = ProcessingEditor::tr("%1: %2", "recipient, access").arg(parts[0], access.join(QStringLiteral(", ")));
        } else if (field == QLatin1String("data_categories") && parts.size() >= 2) {
            line = parts.size() == 3 ? ProcessingEditor::tr("%1 — %2 (%3 days)", "category, retention, days")
                                           .arg(parts[0], parts[1], parts[2])
                                     : ProcessingEditor::tr("%1 — %2", "category, retention").arg(parts[0], parts[1]);
        } else {
            line = parts.join(QStringLiteral(", "));
        }
    }
    return lines.join(u'\n');
}

// For a list, the lines that changed: those only before, those only after
// (a whole list of eight categories for one retention changed would hide
// the change). A list only reordered is shown whole.
FieldChange changedLines(FieldChange value)
{
    static const QStringList Lists{QStringLiteral("functionalities"), QStringLiteral("subject_categories"),
                                   QStringLiteral("legal_texts"),     QStringLiteral("data_categories"),
                                   QStringLiteral("recipients"),      QStringLiteral("links")};
    if (!Lists.contains(value.field))
        return value;
    const QStringList before = value.before.split(u'\n', Qt::SkipEmptyParts);
    const QStringList after = value.after.split(u'\n', Qt::SkipEmptyParts);
    QStringList removed;
    QStringList added;
    for (const QString &line : before) {
        if (!after.contains(line))
            removed << line;
    }
    for (const QString &line : after) {
        if (!before.contains(line))
            added << line;
    }
    if (removed.isEmpty() && added.isEmpty())
        return value;
    return {value.field, removed.join(u'\n'), added.join(u'\n')};
}

} // namespace

void ProcessingEditor::showHistory()
{
    m_history->setRowCount(0);
    if (!m_open || m_current.id == 0)
        return;
    auto changes = ProcessingService(m_session).history(m_current.id);
    if (!changes) {
        setStatus(changes.error().message, true);
        return;
    }
    const auto cell = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setToolTip(text);
        return item;
    };
    // Newest first: the change just saved is on top.
    for (auto change = changes->rbegin(); change != changes->rend(); ++change) {
        std::vector<FieldChange> values = change->values;
        if (values.empty()) {
            for (const QString &field : change->fields)
                values.push_back({field, {}, {}});
        }
        for (FieldChange value : values) {
            value = changedLines(std::move(value));
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            m_history->setItem(row, HistoryWhen,
                               cell(QLocale().toString(change->at.toLocalTime(), QLocale::ShortFormat)));
            m_history->setItem(row, HistoryWho, cell(change->account));
            m_history->setItem(row, HistoryField, cell(fieldLabel(value.field)));
            m_history->setItem(row, HistoryBefore, cell(readable(value.field, value.before)));
            m_history->setItem(row, HistoryAfter, cell(readable(value.field, value.after)));
        }
    }
}

void ProcessingEditor::showRelated()
{
    m_deliberations->clear();
    m_linkedFrom->clear();
    m_checks->clear();
    m_checks->hide();
    if (!m_open || m_current.id == 0)
        return;
    ProcessingService service(m_session);
    if (auto flags = service.consistency()) {
        QStringList lines;
        for (const ConsistencyFlag &flag : *flags) {
            if (flag.processingId == m_current.id)
                lines << QStringLiteral("\u2022 ") + flag.sentence;
        }
        if (!lines.isEmpty()) {
            m_checks->setText(tr("To check:") + u'\n' + lines.join(u'\n'));
            m_checks->show();
        }
    }
    if (auto deliberations = service.deliberations(m_current.id)) {
        QStringList lines;
        for (const DeliberationSummary &deliberation : *deliberations) {
            QString line = tr("No. %1 of %2: %3")
                               .arg(deliberation.number, QLocale().toString(deliberation.date, QLocale::ShortFormat),
                                    deliberation.title);
            if (deliberation.openConditions > 0)
                line += u' ' + tr("(%n condition(s) open)", nullptr, deliberation.openConditions);
            lines << line;
        }
        m_deliberations->setText(lines.isEmpty() ? tr("None recorded.") : lines.join(u'\n'));
    }
    if (auto linking = service.linkedFrom(m_current.id)) {
        QStringList names;
        for (const ProcessingSummary &other : *linking)
            names << other.name;
        m_linkedFrom->setText(names.isEmpty() ? tr("No other processing links to this one.") : names.join(u'\n'));
    }
}

} // namespace habeas
