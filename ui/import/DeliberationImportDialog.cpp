#include "ui/import/DeliberationImportDialog.h"

#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationLabels.h"
#include "core/deliberations/DeliberationService.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

namespace {

// The date a date field shows as "Not found".
const QDate NoDate(1980, 1, 1);

constexpr int KindRole = Qt::UserRole;
constexpr int SpanRole = Qt::UserRole + 1;
constexpr int ProcessingAddRole = Qt::UserRole + 1;

constexpr ConditionKind AllConditionKinds[] = {ConditionKind::Reminder,      ConditionKind::Request,
                                               ConditionKind::Condition,     ConditionKind::Invitation,
                                               ConditionKind::Consideration, ConditionKind::Other};
constexpr DeliberationKind AllKinds[] = {DeliberationKind::FavourableOpinion,
                                         DeliberationKind::UnfavourableOpinion,
                                         DeliberationKind::Authorisation,
                                         DeliberationKind::Recommendation,
                                         DeliberationKind::Decision,
                                         DeliberationKind::DraftOpinion,
                                         DeliberationKind::Other};

// Light backgrounds, each with black text over it whatever the palette.
QColor headlineColour()
{
    return QColor(0xff, 0xef, 0xa0);
}
QColor journalColour()
{
    return QColor(0xc8, 0xe2, 0xff);
}
QColor headingColour()
{
    return QColor(0xdc, 0xcf, 0xff);
}
QColor closingColour()
{
    return QColor(0xe4, 0xe4, 0xe4);
}
QColor conditionColour(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Reminder: return QColor(0xff, 0xd3, 0xa8);
    case ConditionKind::Request: return QColor(0xbf, 0xee, 0xbf);
    case ConditionKind::Condition: return QColor(0xff, 0xc4, 0xc4);
    case ConditionKind::Invitation: return QColor(0xbd, 0xef, 0xec);
    case ConditionKind::Consideration: return QColor(0xf6, 0xcd, 0xf0);
    case ConditionKind::Other: return QColor(0xe6, 0xe6, 0xb8);
    }
    return QColor(0xe6, 0xe6, 0xb8);
}

QString swatch(const QColor &colour, const QString &label)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#000000\">&nbsp;%2&nbsp;</span>")
        .arg(colour.name(), label.toHtmlEscaped());
}

// The kinds a condition's combo offers, in the table's editor.
class ConditionKindDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(DeliberationImportDialog::tr("Kind of condition"));
        for (ConditionKind kind : AllConditionKinds)
            combo->addItem(DeliberationLabels::conditionKind(kind), int(kind));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(KindRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), KindRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
        model->setData(index, conditionColour(ConditionKind(combo->currentData().toInt())), Qt::BackgroundRole);
    }
};

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *note = new QLabel(parent);
    note->setObjectName(name);
    note->setWordWrap(true);
    QFont italic = note->font();
    italic.setItalic(true);
    note->setFont(italic);
    note->hide();
    return note;
}

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *error = new QLabel(parent);
    error->setObjectName(name);
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    error->setPalette(palette);
    error->hide();
    return error;
}

QWidget *withNote(QWidget *parent, QWidget *field, QLabel *note)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(note);
    return box;
}

// The locale's short form, but with the year whole: "9/20/23" could be 1923.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QDateEdit *dateField(QWidget *parent, const QString &name)
{
    auto *date = new QDateEdit(parent);
    date->setAccessibleName(name);
    date->setCalendarPopup(true);
    date->setMinimumDate(NoDate);
    date->setSpecialValueText(DeliberationImportDialog::tr("Not found"));
    date->setDisplayFormat(dateFormat());
    return date;
}

QDate dateOf(const QDateEdit *field)
{
    return field->date() == NoDate ? QDate() : field->date();
}

QFrame *banner(QWidget *parent, const QString &name, const QColor &colour)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::black);
    frame->setPalette(palette);
    return frame;
}

} // namespace

DeliberationImportDialog::DeliberationImportDialog(Session &session, const QString &text, const QString &source,
                                                   QWidget *parent)
    : QDialog(parent), m_session(session), m_parsed(DeliberationParser::parse(text))
{
    setObjectName(QStringLiteral("deliberationImportDialog"));
    setWindowTitle(source.isEmpty() ? tr("Import a deliberation") : tr("Import a deliberation from %1").arg(source));
    auto *layout = new QVBoxLayout(this);

    // What the text lacks, or that nothing expected is missing.
    auto *missingFrame = banner(this, QStringLiteral("importMissingBanner"),
                                m_parsed.complete() ? QColor(0xdf, 0xf3, 0xdf) : QColor(0xff, 0xf0, 0xc8));
    auto *missingLayout = new QHBoxLayout(missingFrame);
    m_missing = new QLabel(missingFrame);
    m_missing->setObjectName(QStringLiteral("importMissing"));
    m_missing->setWordWrap(true);
    m_missing->setText(
        m_parsed.complete()
            ? tr("Everything expected in a deliberation was found in this text. Check each field before importing.")
            : tr("Not found in the text: %1. Everything found is shown; fill in what is needed, nothing else is "
                 "guessed.")
                  .arg(DeliberationParser::describeMissing(m_parsed.missing)));
    missingLayout->addWidget(m_missing, 1);
    layout->addWidget(missingFrame);

    // A number already recorded: open it, or import the text as its new version.
    m_recordedBanner = banner(this, QStringLiteral("importRecordedBanner"), QColor(0xff, 0xdc, 0xdc));
    auto *recordedLayout = new QHBoxLayout(m_recordedBanner);
    m_recordedText = new QLabel(m_recordedBanner);
    m_recordedText->setObjectName(QStringLiteral("importRecorded"));
    m_recordedText->setWordWrap(true);
    m_open = new QPushButton(tr("&Open it"), m_recordedBanner);
    m_open->setObjectName(QStringLiteral("importOpenRecorded"));
    m_version = new QPushButton(tr("Import as a new &version"), m_recordedBanner);
    m_version->setObjectName(QStringLiteral("importNewVersion"));
    m_version->setToolTip(tr("Replaces the recorded text, keeps its conditions and their follow-up, adds the "
                             "conditions that are new and keeps the text replaced."));
    recordedLayout->addWidget(m_recordedText, 1);
    recordedLayout->addWidget(m_open);
    recordedLayout->addWidget(m_version);
    m_recordedBanner->hide();
    layout->addWidget(m_recordedBanner);
    connect(m_open, &QPushButton::clicked, this, &DeliberationImportDialog::openRecorded);
    connect(m_version, &QPushButton::clicked, this, &DeliberationImportDialog::importVersion);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    layout->addWidget(vertical, 1);
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    horizontal->setChildrenCollapsible(false);

    // Left: the text as read, what was recognised highlighted, a legend.
    auto *left = new QWidget(horizontal);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextEdit(left);
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setAccessibleName(tr("Text as read"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *textLabel = new QLabel(tr("Te&xt as read:"), left);
    textLabel->setBuddy(m_text);
    leftLayout->addWidget(textLabel);
    leftLayout->addWidget(m_text, 1);
    auto *legend = new QLabel(left);
    legend->setObjectName(QStringLiteral("importLegend"));
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    QStringList keys{swatch(headlineColour(), tr("Headline")), swatch(journalColour(), tr("Journal")),
                     swatch(headingColour(), tr("Section headings")), swatch(closingColour(), tr("Closing decision"))};
    QSet<int> kinds;
    for (const ParsedCondition &condition : m_parsed.conditions)
        kinds.insert(int(condition.kind));
    for (ConditionKind kind : AllConditionKinds) {
        if (kinds.contains(int(kind)))
            keys << swatch(conditionColour(kind), DeliberationLabels::conditionKind(kind));
    }
    legend->setText(keys.join(QStringLiteral(" ")));
    leftLayout->addWidget(legend);

    // Right: every field, editable.
    auto *scroll = new QScrollArea(horizontal);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *fields = new QWidget(scroll);
    auto *form = new QFormLayout(fields);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_number = new QLineEdit(fields);
    m_number->setAccessibleName(tr("Number"));
    m_numberError = errorLabel(fields, QStringLiteral("importNumberError"));
    form->addRow(tr("&Number:"), withNote(fields, m_number, m_numberError));
    m_date = dateField(fields, tr("Date"));
    m_dateError = errorLabel(fields, QStringLiteral("importDateError"));
    form->addRow(tr("&Date:"), withNote(fields, m_date, m_dateError));
    m_authority = new QComboBox(fields);
    m_authority->setAccessibleName(tr("Authority"));
    for (Authority authority : {Authority::Ccin, Authority::Apdp})
        m_authority->addItem(DeliberationLabels::authority(authority), int(authority));
    m_authorityNote = noteLabel(fields, QStringLiteral("importAuthorityNote"));
    form->addRow(tr("&Authority:"), withNote(fields, m_authority, m_authorityNote));
    m_kind = new QComboBox(fields);
    m_kind->setAccessibleName(tr("Kind"));
    for (DeliberationKind kind : AllKinds)
        m_kind->addItem(DeliberationLabels::kind(kind), int(kind));
    m_kindNote = noteLabel(fields, QStringLiteral("importKindNote"));
    form->addRow(tr("&Kind:"), withNote(fields, m_kind, m_kindNote));
    m_subject = new QComboBox(fields);
    m_subject->setAccessibleName(tr("Subject"));
    for (DeliberationSubject subject : {DeliberationSubject::Implementation, DeliberationSubject::Modification})
        m_subject->addItem(DeliberationLabels::subject(subject), int(subject));
    auto *subjectNote = noteLabel(fields, QStringLiteral("importSubjectNote"));
    form->addRow(tr("&Subject:"), withNote(fields, m_subject, subjectNote));
    m_title = new QLineEdit(fields);
    m_title->setAccessibleName(tr("Title"));
    m_titleError = errorLabel(fields, QStringLiteral("importTitleError"));
    form->addRow(tr("&Title:"), withNote(fields, m_title, m_titleError));
    m_presentedBy = new QLineEdit(fields);
    m_presentedBy->setAccessibleName(tr("Presented by"));
    form->addRow(tr("&Presented by:"), m_presentedBy);
    m_department = new QLineEdit(fields);
    m_department->setAccessibleName(tr("Operating department"));
    m_department->setToolTip(tr("Used to suggest the processing to link; not recorded with the deliberation."));
    form->addRow(tr("Operating d&epartment:"), m_department);
    m_journalNumber = new QLineEdit(fields);
    m_journalNumber->setAccessibleName(tr("Journal de Monaco number"));
    form->addRow(tr("&Journal no.:"), m_journalNumber);
    m_journalDate = dateField(fields, tr("Journal de Monaco date"));
    form->addRow(tr("Journal's p&ublication:"), m_journalDate);
    m_processing = new QComboBox(fields);
    m_processing->setAccessibleName(tr("Processing to link"));
    m_processing->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_processing->setMinimumContentsLength(24);
    m_processingNote = noteLabel(fields, QStringLiteral("importProcessingNote"));
    form->addRow(tr("P&rocessing to link:"), withNote(fields, m_processing, m_processingNote));
    m_citations = new QListWidget(fields);
    m_citations->setObjectName(QStringLiteral("importCitations"));
    m_citations->setAccessibleName(tr("Deliberations cited"));
    m_citations->setMaximumHeight(m_citations->fontMetrics().lineSpacing() * 4 + 8);
    form->addRow(tr("&Cited:"), m_citations);
    m_sections = new QListWidget(fields);
    m_sections->setObjectName(QStringLiteral("importSections"));
    m_sections->setAccessibleName(tr("Sections found"));
    m_sections->setMaximumHeight(m_sections->fontMetrics().lineSpacing() * 6 + 8);
    form->addRow(tr("Sections &found:"), m_sections);
    scroll->setWidget(fields);
    horizontal->addWidget(left);
    horizontal->addWidget(scroll);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);

    // Below, across the width: the conditions, each to import or not.
    auto *conditionsPane = new QWidget(vertical);
    auto *conditionsLayout = new QVBoxLayout(conditionsPane);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    m_conditions = new QTableWidget(0, ConditionColumnCount, conditionsPane);
    m_conditions->setObjectName(QStringLiteral("importConditions"));
    m_conditions->setAccessibleName(tr("Conditions to import"));
    m_conditions->setHorizontalHeaderLabels({tr("Import"), tr("Kind"), tr("Text"), tr("In the vault")});
    m_conditions->setItemDelegateForColumn(KindColumn, new ConditionKindDelegate(m_conditions));
    m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conditions->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_conditions->setTabKeyNavigation(false);
    m_conditions->setWordWrap(true);
    m_conditions->verticalHeader()->hide();
    m_conditions->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    auto *conditionsLabel = new QLabel(tr("Conditions to i&mport (space ticks, F2 edits):"), conditionsPane);
    conditionsLabel->setBuddy(m_conditions);
    conditionsLayout->addWidget(conditionsLabel);
    conditionsLayout->addWidget(m_conditions, 1);
    vertical->addWidget(horizontal);
    vertical->addWidget(conditionsPane);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({520, 260});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importSave"));
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &DeliberationImportDialog::importNew);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeliberationImportDialog::cancel);
    layout->addWidget(m_buttons);

    buildText();
    fillFields();

    // Choosing a field shows where the text says it.
    const auto spanOfField = [this](QWidget *widget) -> std::optional<TextSpan> {
        for (QWidget *w = widget; w && w != this; w = w->parentWidget()) {
            if (w == m_journalNumber || w == m_journalDate)
                return m_parsed.journal;
            if (w == m_number || w == m_date || w == m_authority || w == m_kind || w == m_subject || w == m_title ||
                w == m_presentedBy || w == m_department)
                return m_parsed.headline;
        }
        return std::nullopt;
    };
    connect(qApp, &QApplication::focusChanged, this, [this, spanOfField](QWidget *, QWidget *now) {
        if (!now || !isAncestorOf(now))
            return;
        if (const auto span = spanOfField(now); span && span->length > 0)
            showSpan(*span);
    });
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_parsed.sections.size()))
            showSpan(m_parsed.sections[std::size_t(row)].span);
    });
    connect(m_conditions, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (QTableWidgetItem *item = m_conditions->item(row, TextColumn)) {
            const int index = item->data(SpanRole).toInt();
            if (index >= 0 && index < int(m_parsed.conditions.size()))
                showSpan(m_parsed.conditions[std::size_t(index)].span);
        }
    });

    // What the DPO changes makes Cancel ask.
    for (QLineEdit *line : {m_number, m_title, m_presentedBy, m_department, m_journalNumber})
        connect(line, &QLineEdit::textEdited, this, &DeliberationImportDialog::markEdited);
    connect(m_processing, &QComboBox::currentIndexChanged, this,
            [this] { m_processing->setToolTip(m_processing->currentText()); });
    for (QComboBox *combo : {m_authority, m_kind, m_subject, m_processing})
        connect(combo, &QComboBox::activated, this, &DeliberationImportDialog::markEdited);
    for (QDateEdit *date : {m_date, m_journalDate})
        connect(date, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                markEdited();
        });
    connect(m_conditions, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            markEdited();
    });
    connect(m_authority, &QComboBox::activated, m_authorityNote, &QWidget::hide);
    connect(m_kind, &QComboBox::activated, m_kindNote, &QWidget::hide);
    connect(m_subject, &QComboBox::activated, subjectNote, &QWidget::hide);
    connect(m_number, &QLineEdit::textChanged, this, [this] {
        m_numberError->hide();
        refreshRecorded();
    });
    connect(m_title, &QLineEdit::textChanged, m_titleError, &QWidget::hide);
    connect(m_date, &QDateEdit::dateChanged, m_dateError, &QWidget::hide);
    connect(m_title, &QLineEdit::editingFinished, this, &DeliberationImportDialog::refreshSuggestions);
    connect(m_department, &QLineEdit::editingFinished, this, &DeliberationImportDialog::refreshSuggestions);

    // Notes for what the text does not say.
    const bool opinion =
        m_parsed.kind == DeliberationKind::FavourableOpinion || m_parsed.kind == DeliberationKind::UnfavourableOpinion;
    if (!m_parsed.subject && opinion) {
        subjectNote->setText(tr("Not found in the text: choose it."));
        subjectNote->show();
    }

    setTabOrder(m_number, m_date);
    setTabOrder(m_date, m_authority);
    setTabOrder(m_authority, m_kind);
    setTabOrder(m_kind, m_subject);
    setTabOrder(m_subject, m_title);
    setTabOrder(m_title, m_presentedBy);
    setTabOrder(m_presentedBy, m_department);
    setTabOrder(m_department, m_journalNumber);
    setTabOrder(m_journalNumber, m_journalDate);
    setTabOrder(m_journalDate, m_processing);
    setTabOrder(m_processing, m_citations);
    setTabOrder(m_citations, m_sections);
    setTabOrder(m_sections, m_conditions);
    setTabOrder(m_conditions, m_text);
    m_number->setFocus(Qt::OtherFocusReason);
    resize(1180, 760);
}

std::optional<ImportedDeliberation> DeliberationImportDialog::run(Session &session, const QString &text,
                                                                  const QString &source, QWidget *parent)
{
    if (!session.can(Permission::ManageDeliberations))
        return std::nullopt;
    DeliberationImportDialog dialog(session, text, source, parent);
    if (parent) {
        const QSize room = parent->window()->size();
        dialog.resize(std::max(640, room.width() * 95 / 100), std::max(480, room.height() * 95 / 100));
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.result();
}

void DeliberationImportDialog::buildText()
{
    m_text->setPlainText(m_parsed.text);
    highlight();
}

void DeliberationImportDialog::highlight()
{
    QTextDocument *document = m_text->document();
    const qsizetype size = m_parsed.text.size();
    const auto paint = [&](const TextSpan &span, const QColor &colour) {
        if (span.length <= 0 || span.start < 0 || span.start >= size)
            return;
        QTextCursor cursor(document);
        cursor.setPosition(int(span.start));
        cursor.setPosition(int(std::min(size, span.start + span.length)), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(colour);
        format.setForeground(Qt::black);
        cursor.mergeCharFormat(format);
    };
    paint(m_parsed.closing, closingColour());
    paint(m_parsed.headline, headlineColour());
    paint(m_parsed.journal, journalColour());
    for (const ParsedSection &section : m_parsed.sections)
        paint(section.span, headingColour());
    for (const ParsedCondition &condition : m_parsed.conditions)
        paint(condition.span, conditionColour(condition.kind));
}

void DeliberationImportDialog::fillFields()
{
    m_filling = true;
    const Deliberation d = m_parsed.toDeliberation();
    m_number->setText(m_parsed.number);
    m_date->setDate(m_parsed.date.isValid() ? m_parsed.date : NoDate);
    m_authority->setCurrentIndex(m_authority->findData(int(d.authority)));
    if (!m_parsed.authority) {
        m_authorityNote->setText(m_parsed.date.isValid()
                                     ? tr("The text names no authority: chosen by date, not found in the text.")
                                     : tr("The text names no authority and gives no date: choose it."));
        m_authorityNote->show();
    }
    m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    if (!m_parsed.kind) {
        m_kindNote->setText(tr("Not found in the text: choose it."));
        m_kindNote->show();
    }
    m_subject->setCurrentIndex(m_subject->findData(int(d.subject)));
    m_title->setText(m_parsed.title);
    m_presentedBy->setText(m_parsed.presentedBy);
    m_department->setText(m_parsed.operatedBy);
    // Long names read from their start.
    for (QLineEdit *line : {m_title, m_presentedBy, m_department})
        line->setCursorPosition(0);
    m_journalNumber->setText(m_parsed.journalNumber);
    m_journalDate->setDate(m_parsed.journalDate.isValid() ? m_parsed.journalDate : NoDate);
    m_sections->clear();
    for (const ParsedSection &section : m_parsed.sections)
        m_sections->addItem(section.heading);
    if (m_parsed.sections.empty()) {
        auto *none = new QListWidgetItem(tr("No section found"), m_sections);
        none->setFlags(Qt::NoItemFlags);
    }
    fillCitations();
    fillConditions();
    refreshSuggestions();
    refreshRecorded();
    m_filling = false;
}

void DeliberationImportDialog::fillCitations()
{
    m_citations->clear();
    DeliberationImport import(m_session);
    for (const ParsedCitation &cited : m_parsed.citations) {
        QString line = cited.date.isValid()
                           ? tr("No. %1 of %2").arg(cited.number, QLocale().toString(cited.date, dateFormat()))
                           : tr("No. %1").arg(cited.number);
        if (auto recorded = import.recorded(cited.number); recorded && *recorded)
            line = tr("%1 (recorded)", "a deliberation cited that the vault holds").arg(line);
        m_citations->addItem(line);
    }
    if (m_parsed.citations.empty()) {
        auto *none = new QListWidgetItem(tr("None cited"), m_citations);
        none->setFlags(Qt::NoItemFlags);
    }
}

void DeliberationImportDialog::fillConditions()
{
    const bool filling = m_filling;
    m_filling = true;
    m_conditions->setRowCount(int(m_parsed.conditions.size()));
    for (int row = 0; row < int(m_parsed.conditions.size()); ++row) {
        const ParsedCondition &condition = m_parsed.conditions[std::size_t(row)];
        auto *import = new QTableWidgetItem;
        import->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        import->setCheckState(Qt::Checked);
        import->setData(Qt::AccessibleTextRole, tr("Import this condition"));
        m_conditions->setItem(row, ImportColumn, import);
        auto *kind = new QTableWidgetItem(DeliberationLabels::conditionKind(condition.kind));
        kind->setData(KindRole, int(condition.kind));
        kind->setBackground(conditionColour(condition.kind));
        kind->setForeground(Qt::black);
        m_conditions->setItem(row, KindColumn, kind);
        auto *text = new QTableWidgetItem(condition.text);
        text->setData(SpanRole, row);
        m_conditions->setItem(row, TextColumn, text);
        auto *recorded = new QTableWidgetItem;
        recorded->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_conditions->setItem(row, RecordedColumn, recorded);
    }
    if (m_parsed.conditions.empty())
        m_conditions->setToolTip(tr("No condition was found in the text."));
    m_conditions->setColumnHidden(RecordedColumn, true);
    m_filling = filling;
}

void DeliberationImportDialog::refreshSuggestions()
{
    ParsedDeliberation wanted = m_parsed;
    wanted.title = m_title->text().trimmed();
    wanted.operatedBy = m_department->text().trimmed();
    const QString before = m_processing->currentData().toString();
    const bool chosen = m_processing->count() > 0 && m_edited;
    m_processing->clear();
    auto suggested = DeliberationImport(m_session).suggestions(wanted);
    bool sameName = false;
    if (suggested) {
        for (const ProcessingSuggestion &s : *suggested) {
            const QString department = s.controller.isEmpty() ? tr("no department given") : s.controller;
            m_processing->addItem(
                tr("%1 — %2 (%3)", "processing, its department, why it is suggested").arg(s.name, department, s.reason),
                s.name);
            m_processing->setItemData(m_processing->count() - 1, s.reason, Qt::ToolTipRole);
            if (s.score >= 100)
                sameName = true;
        }
    }
    if (!wanted.title.isEmpty() && !sameName) {
        m_processing->addItem(tr("Add to the register as «%1»").arg(wanted.title), wanted.title);
        m_processing->setItemData(m_processing->count() - 1, true, ProcessingAddRole);
        m_processing->setItemData(m_processing->count() - 1,
                                  tr("Recorded in the register as a processing only referenced, to describe later."),
                                  Qt::ToolTipRole);
    }
    m_processing->addItem(tr("No processing"), QString());
    int index = -1;
    if (chosen)
        index = m_processing->findData(before);
    if (index < 0 && suggested && !suggested->empty() && suggested->front().score >= 90)
        index = 0; // the same name, or the name the text says it is known by
    if (index < 0)
        index = m_processing->count() > 1 ? m_processing->count() - 2 : 0;
    m_processing->setCurrentIndex(index);
    m_processing->setToolTip(m_processing->currentText());
    if (!suggested) {
        m_processingNote->setText(suggested.error().message);
        m_processingNote->show();
    }
}

void DeliberationImportDialog::refreshRecorded()
{
    m_recordedId = 0;
    m_recorded.reset();
    auto recorded = DeliberationImport(m_session).recorded(m_number->text());
    if (recorded && *recorded) {
        m_recordedId = (*recorded)->id;
        if (auto found = DeliberationService(m_session).find(m_recordedId))
            m_recorded = std::move(found).value();
    }
    const bool already = m_recordedId != 0;
    m_recordedBanner->setVisible(already);
    m_import->setEnabled(!already);
    m_import->setDefault(!already);
    m_open->setDefault(already);
    m_processing->setEnabled(!already);
    m_processingNote->setVisible(already);
    if (!already) {
        m_conditions->setColumnHidden(RecordedColumn, true);
        m_processingNote->clear();
        return;
    }
    const DeliberationSummary &summary = **recorded;
    m_recordedText->setText(
        tr("Deliberation no. %1 of %2 is already recorded (%n condition(s) followed). Open it, or import this text "
           "as its new version: its conditions and their follow-up are kept, the new ones added.",
           nullptr, summary.conditions)
            .arg(summary.version > 1 ? tr("%1 (version %2)").arg(summary.number).arg(summary.version) : summary.number,
                 QLocale().toString(summary.date, dateFormat())));
    m_processingNote->setText(summary.processing.isEmpty()
                                  ? tr("A new version keeps the link as it is: no processing.")
                                  : tr("A new version keeps the link as it is: %1.").arg(summary.processing));
    QSet<QString> known;
    if (m_recorded) {
        for (const Condition &condition : m_recorded->conditions)
            known.insert(conditionTextKey(condition.text));
    }
    const bool filling = m_filling;
    m_filling = true;
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        const bool there = known.contains(conditionTextKey(m_conditions->item(row, TextColumn)->text()));
        m_conditions->item(row, RecordedColumn)
            ->setText(there ? tr("Recorded: its follow-up is kept") : tr("New: added, open"));
    }
    m_filling = filling;
    m_conditions->setColumnHidden(RecordedColumn, false);
}

void DeliberationImportDialog::showSpan(const TextSpan &span)
{
    if (span.length <= 0 || span.start < 0 || span.start >= m_parsed.text.size())
        return;
    // Marked over its colour (a selection would hide the colour), and the
    // cursor put at its start for the keyboard and screen readers.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(std::min(m_parsed.text.size(), span.start + span.length)), QTextCursor::KeepAnchor);
    QTextCursor inside(m_text->document());
    inside.setPosition(int(span.start) + 1);
    const QBrush background = inside.charFormat().background();
    QTextEdit::ExtraSelection marked;
    marked.cursor = cursor;
    marked.format.setBackground(background.style() == Qt::NoBrush ? QColor(0xff, 0xef, 0xa0)
                                                                  : background.color().darker(118));
    marked.format.setForeground(Qt::black);
    marked.format.setFontUnderline(true);
    m_text->setExtraSelections({marked});
    QTextCursor start(m_text->document());
    start.setPosition(int(span.start));
    m_text->setTextCursor(start);
    // Its start near the top of the view, the lines before it out of the way.
    QScrollBar *bar = m_text->verticalScrollBar();
    bar->setValue(bar->value() + m_text->cursorRect(start).top() - m_text->fontMetrics().lineSpacing() / 2);
}

QString DeliberationImportDialog::shownPart() const
{
    const QList<QTextEdit::ExtraSelection> marked = m_text->extraSelections();
    return marked.isEmpty() ? QString() : marked.front().cursor.selectedText();
}

Deliberation DeliberationImportDialog::edited() const
{
    Deliberation d = m_parsed.toDeliberation();
    d.number = m_number->text().trimmed();
    d.date = dateOf(m_date);
    d.authority = Authority(m_authority->currentData().toInt());
    d.kind = DeliberationKind(m_kind->currentData().toInt());
    d.subject = DeliberationSubject(m_subject->currentData().toInt());
    d.title = m_title->text().trimmed();
    d.presentedBy = m_presentedBy->text().trimmed();
    d.journalNumber = m_journalNumber->text().trimmed();
    d.journalDate = dateOf(m_journalDate);
    d.processing = m_processing->currentData().toString();
    d.conditions.clear();
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        if (m_conditions->item(row, ImportColumn)->checkState() != Qt::Checked)
            continue;
        Condition condition;
        condition.kind = ConditionKind(m_conditions->item(row, KindColumn)->data(KindRole).toInt());
        condition.text = m_conditions->item(row, TextColumn)->text().trimmed();
        d.conditions.push_back(condition);
    }
    return d;
}

bool DeliberationImportDialog::validate()
{
    // Shown at each field, the first one focused.
    QWidget *first = nullptr;
    const auto fail = [&](QLabel *error, QWidget *field, const QString &message) {
        error->setText(message);
        error->show();
        if (!first)
            first = field;
    };
    if (deliberationNumberKey(m_number->text()).isEmpty())
        fail(m_numberError, m_number, tr("A deliberation number looks like 2023-133."));
    if (!dateOf(m_date).isValid())
        fail(m_dateError, m_date, tr("The date of the deliberation is required."));
    if (m_title->text().trimmed().isEmpty())
        fail(m_titleError, m_title, tr("The title is required: the purpose of the processing, as the text quotes it."));
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        if (m_conditions->item(row, ImportColumn)->checkState() == Qt::Checked &&
            m_conditions->item(row, TextColumn)->text().trimmed().isEmpty()) {
            MessageBox::warning(this, tr("Import a deliberation"),
                                tr("Condition %1 has no text: write it, or untick it.").arg(row + 1));
            m_conditions->setCurrentCell(row, TextColumn);
            m_conditions->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

bool DeliberationImportDialog::confirmIncomplete()
{
    if (m_parsed.complete())
        return true;
    return MessageBox::question(this, tr("Import a deliberation"),
                                tr("Not found in the text: %1. Import it as the fields now say?")
                                    .arg(DeliberationParser::describeMissing(m_parsed.missing)),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

bool DeliberationImportDialog::importNew()
{
    if (m_recordedId != 0 || !validate() || !confirmIncomplete())
        return false;
    auto created = DeliberationService(m_session).create(edited());
    if (!created) {
        if (created.error().code == ErrorCode::AlreadyExists) {
            refreshRecorded();
            return false;
        }
        MessageBox::warning(this, tr("Import a deliberation"), created.error().message);
        return false;
    }
    m_result = ImportedDeliberation{ImportedDeliberation::Outcome::Created, created->id};
    QDialog::accept();
    return true;
}

bool DeliberationImportDialog::importVersion()
{
    if (m_recordedId == 0 || !validate() || !confirmIncomplete())
        return false;
    auto updated = DeliberationService(m_session).addVersion(m_recordedId, edited());
    if (!updated) {
        MessageBox::warning(this, tr("Import a deliberation"), updated.error().message);
        return false;
    }
    m_result = ImportedDeliberation{ImportedDeliberation::Outcome::NewVersion, updated->id};
    QDialog::accept();
    return true;
}

void DeliberationImportDialog::openRecorded()
{
    if (m_recordedId == 0)
        return;
    if (m_edited && MessageBox::question(this, tr("Import a deliberation"),
                                         tr("Open the recorded deliberation and drop this import? Nothing of it has "
                                            "been saved."),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_result = ImportedDeliberation{ImportedDeliberation::Outcome::OpenExisting, m_recordedId};
    QDialog::accept();
}

bool DeliberationImportDialog::cancel()
{
    if (m_edited && MessageBox::question(this, tr("Import a deliberation"),
                                         tr("Drop this import? What you changed is lost; nothing has been saved."),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    m_result.reset();
    QDialog::reject();
    return true;
}

void DeliberationImportDialog::keyPressEvent(QKeyEvent *event)
{
    // Escape asks as Cancel does (QDialog would reject at once); the lock
    // still rejects without asking.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        cancel();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void DeliberationImportDialog::closeEvent(QCloseEvent *event)
{
    if (!m_edited || MessageBox::question(this, tr("Import a deliberation"),
                                          tr("Drop this import? What you changed is lost; nothing has been saved."),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
        event->accept();
        return;
    }
    event->ignore();
}

} // namespace habeas
