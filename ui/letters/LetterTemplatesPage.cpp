#include "ui/letters/LetterTemplatesPage.h"

#include "core/letters/LetterComposer.h"
#include "core/letters/LetterService.h"
#include "core/letters/LetterTemplate.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/LetterActions.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

namespace {

// As the service keeps a text: no blank at either end, Unix line ends.
QString tidy(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.trimmed();
}

QTableWidget *listTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

int selectedRow(const QTableWidget *table)
{
    const auto rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

} // namespace

LetterTemplatesPage::LetterTemplatesPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *heading = new QLabel(tr("<h2>Letter templates</h2>The text each kind of letter is made from, in French and "
                                  "in English. Saving adds a version; letters already issued keep the text they were "
                                  "printed with."),
                               content);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *choices = new QHBoxLayout;
    m_kindChoice = new QComboBox(content);
    m_kindChoice->setObjectName(QStringLiteral("templateKind"));
    m_kindChoice->setAccessibleName(tr("Letter"));
    for (LetterKind kind : allLetterKinds())
        m_kindChoice->addItem(LetterComposer::kindName(kind), int(kind));
    m_languageChoice = new QComboBox(content);
    m_languageChoice->setObjectName(QStringLiteral("templateLanguage"));
    m_languageChoice->setAccessibleName(tr("Language"));
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")})
        m_languageChoice->addItem(LetterActions::languageName(language), language);
    auto *kindLabel = new QLabel(tr("&Letter:"), content);
    kindLabel->setBuddy(m_kindChoice);
    auto *languageLabel = new QLabel(tr("La&nguage:"), content);
    languageLabel->setBuddy(m_languageChoice);
    choices->addWidget(kindLabel);
    choices->addWidget(m_kindChoice);
    choices->addSpacing(12);
    choices->addWidget(languageLabel);
    choices->addWidget(m_languageChoice);
    choices->addSpacing(12);
    m_inForceLabel = new QLabel(content);
    m_inForceLabel->setObjectName(QStringLiteral("templateInForce"));
    m_inForceLabel->setWordWrap(true);
    choices->addWidget(m_inForceLabel, 1);
    layout->addLayout(choices);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto *editor = new QVBoxLayout;
    columns->addLayout(editor, 1);
    m_subject = new QLineEdit(content);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setToolTip(tr("The \"Subject:\" line of the letter, on one line; placeholders are allowed."));
    auto *subjectLabel = new QLabel(tr("S&ubject:"), content);
    subjectLabel->setBuddy(m_subject);
    editor->addWidget(subjectLabel);
    editor->addWidget(m_subject);
    m_body = new QPlainTextEdit(content);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Body"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 12);
    auto *bodyLabel = new QLabel(tr("&Body, paragraphs separated by a blank line:"), content);
    bodyLabel->setBuddy(m_body);
    editor->addWidget(bodyLabel);
    editor->addWidget(m_body, 1);
    m_check = new QLabel(content);
    m_check->setObjectName(QStringLiteral("templateCheck"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    editor->addWidget(m_check);

    auto *offered = new QVBoxLayout;
    columns->addLayout(offered, 1);
    // Two columns, whether it is required under the name, so that the
    // descriptions stay readable beside the editor in a small window.
    m_placeholders = listTable({tr("Placeholder"), tr("What it holds")}, content);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholders"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_placeholders->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_placeholders->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_placeholders->setMinimumHeight(m_body->minimumHeight());
    auto *placeholdersLabel = new QLabel(tr("&Placeholders this letter may use:"), content);
    placeholdersLabel->setBuddy(m_placeholders);
    offered->addWidget(placeholdersLabel);
    offered->addWidget(m_placeholders, 1);
    auto *insertRow = new QHBoxLayout;
    m_insert = new QPushButton(tr("&Insert in the body"), content);
    m_insert->setObjectName(QStringLiteral("templateInsert"));
    insertRow->addWidget(m_insert);
    auto *insertHint = new QLabel(tr("or double-click, or press Enter."), content);
    insertHint->setWordWrap(true);
    insertRow->addWidget(insertHint, 1);
    offered->addLayout(insertRow);
    auto *requiredNote =
        new QLabel(tr("A letter is not printed while a required placeholder has nothing to put in it."), content);
    requiredNote->setWordWrap(true);
    offered->addWidget(requiredNote);

    auto *versionsLabel = new QLabel(tr("&Versions:"), content);
    layout->addWidget(versionsLabel);
    auto *history = new QHBoxLayout;
    m_versionList = listTable({tr("Version"), tr("Saved"), tr("By")}, content);
    m_versionList->setObjectName(QStringLiteral("templateVersions"));
    m_versionList->setAccessibleName(tr("Versions"));
    m_versionList->setWordWrap(false);
    m_versionList->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_versionList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_versionList->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // Room for a few versions; the editor takes the rest of the height.
    m_versionList->setFixedHeight(m_versionList->horizontalHeader()->sizeHint().height() +
                                  5 * (m_versionList->fontMetrics().lineSpacing() + 8) +
                                  2 * m_versionList->frameWidth());
    versionsLabel->setBuddy(m_versionList);
    history->addWidget(m_versionList, 1);
    auto *historyButtons = new QVBoxLayout;
    m_load = new QPushButton(tr("&Open in the editor"), content);
    m_load->setObjectName(QStringLiteral("templateLoad"));
    m_load->setToolTip(tr("Put the chosen version in the editor, to start from it."));
    m_builtIn = new QPushButton(tr("Start again from &Habeas's text"), content);
    m_builtIn->setObjectName(QStringLiteral("templateBuiltIn"));
    m_builtIn->setToolTip(tr("Put the text Habeas comes with in the editor."));
    historyButtons->addWidget(m_load);
    historyButtons->addWidget(m_builtIn);
    historyButtons->addStretch(1);
    history->addLayout(historyButtons);
    layout->addLayout(history);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save as a new version"), content);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    actions->addWidget(m_save);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);

    setTabOrder(m_kindChoice, m_languageChoice);
    setTabOrder(m_languageChoice, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_placeholders);
    setTabOrder(m_placeholders, m_insert);
    setTabOrder(m_insert, m_versionList);
    setTabOrder(m_versionList, m_load);
    setTabOrder(m_load, m_builtIn);
    setTabOrder(m_builtIn, m_save);

    m_placeholders->installEventFilter(this);
    m_versionList->installEventFilter(this);
    connect(m_kindChoice, &QComboBox::currentIndexChanged, this, &LetterTemplatesPage::choiceChanged);
    connect(m_languageChoice, &QComboBox::currentIndexChanged, this, &LetterTemplatesPage::choiceChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &LetterTemplatesPage::updateState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterTemplatesPage::updateState);
    connect(m_placeholders, &QTableWidget::itemSelectionChanged, this, &LetterTemplatesPage::updateState);
    connect(m_placeholders, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem *item = m_placeholders->item(row, 0))
            insertPlaceholder(item->data(Qt::UserRole).toString());
    });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_placeholders->item(selectedRow(m_placeholders), 0))
            insertPlaceholder(item->data(Qt::UserRole).toString());
    });
    connect(m_versionList, &QTableWidget::itemSelectionChanged, this, &LetterTemplatesPage::updateState);
    connect(m_versionList, &QTableWidget::cellDoubleClicked, this, [this](int row) { loadVersion(row); });
    connect(m_load, &QPushButton::clicked, this, [this] { loadVersion(selectedRow(m_versionList)); });
    connect(m_builtIn, &QPushButton::clicked, this, &LetterTemplatesPage::startFromBuiltIn);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });

    showPlaceholders();
    updateState();
}

QString LetterTemplatesPage::title() const
{
    return tr("Letter templates");
}

bool LetterTemplatesPage::read()
{
    LetterService letters(m_session);
    auto current = letters.currentTemplate(m_kind, m_language);
    if (!current) {
        m_status->setText(current.error().message);
        return false;
    }
    auto versions = letters.templateVersions(m_kind, m_language);
    if (!versions) {
        m_status->setText(versions.error().message);
        return false;
    }
    m_inForce = *current;
    m_versions = std::move(*versions);
    // Habeas's own text is listed once: as the version it was stored as
    // with the first letter made from it, or else as version 0.
    if (std::none_of(m_versions.begin(), m_versions.end(),
                     [](const LetterTemplateVersion &version) { return version.savedBy.isEmpty(); }))
        m_versions.push_back(LetterService::builtIn(m_kind, m_language));
    showVersions();
    return true;
}

void LetterTemplatesPage::reload()
{
    // Edits not saved yet stay; they are compared with what is in force now.
    const bool keepEdits = hasUnsavedChanges();
    if (!read())
        return;
    if (!keepEdits) {
        putInEditor(m_inForce.subject, m_inForce.body);
        m_status->clear();
    }
    updateState();
}

void LetterTemplatesPage::clear()
{
    m_inForce = LetterTemplateVersion{};
    m_versions.clear();
    m_versionList->setRowCount(0);
    putInEditor(QString(), QString());
    m_status->clear();
    updateState();
}

bool LetterTemplatesPage::mayLeave()
{
    return mayDropEdits();
}

bool LetterTemplatesPage::showTemplate(LetterKind kind, const QString &language)
{
    if (kind == m_kind && language == m_language)
        return true;
    if (!mayDropEdits()) {
        selectCurrentChoice();
        return false;
    }
    m_kind = kind;
    m_language = language;
    selectCurrentChoice();
    showPlaceholders();
    m_status->clear();
    if (read())
        putInEditor(m_inForce.subject, m_inForce.body);
    updateState();
    return true;
}

void LetterTemplatesPage::selectCurrentChoice()
{
    const QSignalBlocker kindBlocker(m_kindChoice);
    const QSignalBlocker languageBlocker(m_languageChoice);
    m_kindChoice->setCurrentIndex(m_kindChoice->findData(int(m_kind)));
    m_languageChoice->setCurrentIndex(m_languageChoice->findData(m_language));
}

void LetterTemplatesPage::choiceChanged()
{
    const auto kind = static_cast<LetterKind>(m_kindChoice->currentData().toInt());
    showTemplate(kind, m_languageChoice->currentData().toString());
}

void LetterTemplatesPage::showPlaceholders()
{
    const QStringList offered = LetterComposer::placeholdersFor(m_kind);
    m_placeholders->setRowCount(0);
    for (const Placeholder &placeholder : LetterTemplate::placeholders()) {
        if (!offered.contains(placeholder.name))
            continue;
        const int row = m_placeholders->rowCount();
        m_placeholders->insertRow(row);
        const QString description = LetterTemplate::tr(placeholder.description);
        const QString required = placeholder.required ? tr("required") : tr("may be empty");
        auto *name = cell(QStringLiteral("{{") + placeholder.name + QStringLiteral("}}\n") + required);
        name->setData(Qt::UserRole, placeholder.name);
        name->setToolTip(placeholder.required
                             ? tr("Required: a letter is not printed while it has nothing to put here.")
                             : tr("May be empty in a letter."));
        m_placeholders->setItem(row, 0, name);
        auto *what = cell(description);
        what->setToolTip(description);
        m_placeholders->setItem(row, 1, what);
    }
}

void LetterTemplatesPage::showVersions()
{
    m_versionList->setRowCount(0);
    for (const LetterTemplateVersion &version : m_versions) {
        const int row = m_versionList->rowCount();
        m_versionList->insertRow(row);
        QString number = QString::number(version.version);
        if (version.version == m_inForce.version)
            number = tr("%1 (in force)").arg(number);
        m_versionList->setItem(row, 0, cell(number));
        const bool stored = version.savedAt.isValid();
        m_versionList->setItem(
            row, 1, cell(stored ? QLocale().toString(version.savedAt.toLocalTime(), QLocale::ShortFormat) : QString()));
        // Habeas's own text: not stored yet (version 0), or stored with the
        // first letter made from it, by nobody.
        m_versionList->setItem(row, 2, cell(version.savedBy.isEmpty() ? tr("Habeas's own text") : version.savedBy));
    }
}

void LetterTemplatesPage::putInEditor(const QString &subject, const QString &body)
{
    m_subject->setText(subject);
    m_subject->setCursorPosition(0);
    m_body->setPlainText(body);
}

QString LetterTemplatesPage::problem() const
{
    if (m_subject->text().trimmed().isEmpty())
        return tr("The letter needs a subject.");
    if (auto valid = LetterComposer::check(m_kind, m_subject->text(), m_body->toPlainText()); !valid)
        return valid.error().message;
    return {};
}

bool LetterTemplatesPage::hasUnsavedChanges() const
{
    return tidy(m_subject->text()) != tidy(m_inForce.subject) || tidy(m_body->toPlainText()) != tidy(m_inForce.body);
}

void LetterTemplatesPage::updateState()
{
    const bool shown = !m_versions.empty();
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(shown && dirty);
    if (dirty)
        m_status->setText(tr("Changes not saved yet."));
    else if (m_status->text() == tr("Changes not saved yet."))
        m_status->clear();
    if (!shown) {
        m_check->clear();
        m_inForceLabel->clear();
    } else {
        const QString why = problem();
        m_check->setText(why.isEmpty() ? tr("The text can be saved: every placeholder is one this letter offers.")
                                       : tr("This text cannot be saved yet. %1").arg(why));
        QFont font = m_check->font();
        font.setBold(!why.isEmpty());
        m_check->setFont(font);
        m_inForceLabel->setText(m_inForce.version == 0 ? tr("In force: Habeas's own text.")
                                                       : tr("In force: version %1, saved %2.")
                                                             .arg(m_inForce.version)
                                                             .arg(QLocale().toString(m_inForce.savedAt.toLocalTime(),
                                                                                     QLocale::ShortFormat)));
    }
    m_insert->setEnabled(selectedRow(m_placeholders) >= 0);
    m_load->setEnabled(selectedRow(m_versionList) >= 0);
    m_builtIn->setEnabled(shown);
}

void LetterTemplatesPage::insertPlaceholder(const QString &name)
{
    if (name.isEmpty())
        return;
    QTextCursor cursor = m_body->textCursor();
    cursor.insertText(QStringLiteral("{{") + name + QStringLiteral("}}"));
    m_body->setTextCursor(cursor);
    m_body->setFocus(Qt::OtherFocusReason);
}

bool LetterTemplatesPage::mayReplaceEdits(const QString &with)
{
    if (!hasUnsavedChanges())
        return true;
    return MessageBox::question(this, tr("Letter templates"),
                                tr("Put %1 in the editor? Your changes are not saved and will be lost.").arg(with),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void LetterTemplatesPage::loadVersion(int row)
{
    if (row < 0 || row >= int(m_versions.size()))
        return;
    const LetterTemplateVersion version = m_versions[std::size_t(row)];
    const QString which = version.version == 0 ? tr("Habeas's own text") : tr("version %1").arg(version.version);
    if (!mayReplaceEdits(which))
        return;
    putInEditor(version.subject, version.body);
    updateState();
    if (hasUnsavedChanges())
        m_status->setText(
            version.version == 0
                ? tr("Habeas's own text is in the editor: save it to put it in force.")
                : tr("Version %1 is in the editor: save it to put it in force again.").arg(version.version));
    else
        m_status->setText(tr("The text in force is in the editor."));
    m_body->setFocus(Qt::OtherFocusReason);
}

void LetterTemplatesPage::startFromBuiltIn()
{
    loadVersion(int(m_versions.size()) - 1);
}

bool LetterTemplatesPage::mayDropEdits()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer =
        MessageBox::question(this, tr("Letter templates"),
                             tr("Your changes to the %1 in %2 are not saved. Save them as a new version?")
                                 .arg(LetterComposer::kindName(m_kind).toLower(),
                                      LetterActions::languageName(m_language)),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    putInEditor(m_inForce.subject, m_inForce.body);
    m_status->clear();
    updateState();
    return true;
}

bool LetterTemplatesPage::save()
{
    if (m_versions.empty())
        return false;
    if (!hasUnsavedChanges()) {
        m_status->setText(tr("Nothing to save: the editor holds the text in force."));
        return false;
    }
    auto saved = LetterService(m_session).saveTemplate(m_kind, m_language, m_subject->text(), m_body->toPlainText());
    if (!saved) {
        const QString message = saved.error().message;
        m_status->setText(message);
        MessageBox::critical(this, tr("Letter templates"), message);
        // The service names the body for any placeholder fault: the subject
        // is at fault when it is refused with a body that is plain words.
        const bool subjectAtFault = saved.error().field == QLatin1String("subject") ||
                                    !LetterComposer::check(m_kind, m_subject->text(), QStringLiteral("."));
        if (saved.error().field == QLatin1String("language"))
            m_languageChoice->setFocus(Qt::OtherFocusReason);
        else
            (subjectAtFault ? static_cast<QWidget *>(m_subject) : m_body)->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const LetterTemplateVersion version = *saved;
    if (read())
        putInEditor(m_inForce.subject, m_inForce.body);
    updateState();
    m_status->setText(tr("Saved as version %1: the next letters are made from it.").arg(version.version));
    Q_EMIT this->saved(version);
    return true;
}

bool LetterTemplatesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_placeholders) {
                m_insert->click();
                return true;
            }
            if (watched == m_versionList) {
                loadVersion(selectedRow(m_versionList));
                return true;
            }
        }
    }
    return Page::eventFilter(watched, event);
}

} // namespace habeas
