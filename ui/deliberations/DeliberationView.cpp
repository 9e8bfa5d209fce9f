#include "ui/deliberations/DeliberationView.h"

#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "ui/common/MessageBox.h"
#include "ui/deliberations/ConditionsModel.h"
#include "core/deliberations/DeliberationLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace habeas {

namespace {

QString anchorOf(std::size_t section)
{
    return QStringLiteral("section-%1").arg(section);
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>") + line.trimmed().toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html;
}

QString sectionHeading(std::size_t index, const QString &heading)
{
    return QStringLiteral("<h4><a name=\"") + anchorOf(index) + QStringLiteral("\">") + heading.toHtmlEscaped() +
           QStringLiteral("</a></h4>");
}

// The full text with an anchor at each section's heading, found in order
// by its numeral ("IV. Sur …", whatever spaces follow the point); empty
// when a heading is not found, and the sections are then shown as stored.
QString fullTextWithSections(const Deliberation &d)
{
    QString html;
    std::size_t next = 0;
    for (QString line : d.fullText.split(u'\n')) {
        line.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        line = line.simplified();
        if (line.isEmpty())
            continue;
        if (next < d.sections.size()) {
            const QString numeral = d.sections[next].heading.section(u'.', 0, 0).trimmed();
            if (!numeral.isEmpty() && line.startsWith(numeral + QStringLiteral(". "))) {
                html += sectionHeading(next++, line);
                continue;
            }
        }
        html += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    }
    return next == d.sections.size() ? html : QString();
}

} // namespace

DeliberationView::DeliberationView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_manages(session.can(Permission::ManageDeliberations))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_particulars = new QLabel(this);
    m_particulars->setObjectName(QStringLiteral("deliberationParticulars"));
    m_particulars->setWordWrap(true);
    m_particulars->setTextFormat(Qt::RichText);
    m_particulars->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_particulars);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("deliberationProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_linkRow = new QWidget(this);
    auto *link = new QHBoxLayout(m_linkRow);
    link->setContentsMargins(0, 0, 0, 0);
    m_processing = new QComboBox(m_linkRow);
    m_processing->setObjectName(QStringLiteral("deliberationProcessing"));
    m_processing->setAccessibleName(tr("Processing concerned"));
    m_processing->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *processingLabel = new QLabel(tr("Processing of the &register:"), m_linkRow);
    processingLabel->setBuddy(m_processing);
    m_link = new QPushButton(tr("&Link"), m_linkRow);
    m_link->setObjectName(QStringLiteral("deliberationLink"));
    link->addWidget(processingLabel);
    link->addWidget(m_processing);
    link->addWidget(m_link);
    link->addStretch(1);
    layout->addWidget(m_linkRow);
    m_linkRow->setVisible(m_manages);
    connect(m_link, &QPushButton::clicked, this, &DeliberationView::linkProcessing);

    // The text, its outline on the left and the condition selected on the
    // right; below, the conditions across the whole width, where their
    // texts read on one or two lines.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("deliberationSplitter"));
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    auto *upper = new QSplitter(Qt::Horizontal, split);
    upper->setChildrenCollapsible(false);
    m_outline = new QListWidget(upper);
    m_outline->setObjectName(QStringLiteral("deliberationOutline"));
    m_outline->setAccessibleName(tr("Sections"));
    // A heading a line, cut short where the pane is narrow (a small
    // window): the whole heading in its tooltip and in the text beside.
    m_outline->setWordWrap(false);
    m_outline->setTextElideMode(Qt::ElideRight);
    m_outline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outline->setMinimumWidth(m_outline->fontMetrics().horizontalAdvance(QStringLiteral("VIII. Sur la durée de")));
    m_text = new QTextBrowser(upper);
    m_text->setObjectName(QStringLiteral("deliberationText"));
    m_text->setAccessibleName(tr("Text of the deliberation"));
    m_text->setOpenLinks(false);
    connect(m_outline, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_text->scrollToAnchor(anchorOf(std::size_t(row)));
    });
    // A click on the section already current scrolls back to it too.
    connect(m_outline, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { m_text->scrollToAnchor(anchorOf(std::size_t(m_outline->row(item)))); });

    auto *conditionsPane = new QWidget(split);
    auto *right = new QVBoxLayout(conditionsPane);
    right->setContentsMargins(0, 0, 0, 0);
    m_conditions = new ConditionsModel(this);
    m_conditions->setToday(m_session.clock()->today());
    m_conditionsView = new QTableView(conditionsPane);
    m_conditionsView->setObjectName(QStringLiteral("deliberationConditions"));
    m_conditionsView->setAccessibleName(tr("Conditions"));
    m_conditionsView->setModel(m_conditions);
    m_conditionsView->setColumnHidden(ConditionsModel::DeliberationColumn, true);
    m_conditionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conditionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conditionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conditionsView->setTabKeyNavigation(false);
    m_conditionsView->setWordWrap(true);
    m_conditionsView->verticalHeader()->hide();
    m_conditionsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_conditionsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConditionsModel::Text, QHeaderView::Stretch);
    header->setSectionResizeMode(ConditionsModel::Evidence, QHeaderView::Interactive);
    header->resizeSection(ConditionsModel::Evidence, 180);
    auto *conditionsLabel = new QLabel(tr("C&onditions:"), conditionsPane);
    conditionsLabel->setBuddy(m_conditionsView);
    right->addWidget(conditionsLabel);
    right->addWidget(m_conditionsView, 1);
    connect(m_conditionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { conditionSelected(current.row()); });

    m_conditionTabs = new QTabWidget(upper);
    m_conditionTabs->setObjectName(QStringLiteral("conditionTabs"));

    m_editor = new QWidget;
    auto *form = new QFormLayout(m_editor);
    m_status = new QComboBox(m_editor);
    m_status->setAccessibleName(tr("Status"));
    for (ConditionStatus status :
         {ConditionStatus::Open, ConditionStatus::InProgress, ConditionStatus::Met, ConditionStatus::NotApplicable})
        m_status->addItem(DeliberationLabels::conditionStatus(status), int(status));
    form->addRow(tr("&Status:"), m_status);
    m_owner = new QLineEdit(m_editor);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setPlaceholderText(tr("Who sees to it"));
    form->addRow(tr("O&wner:"), m_owner);
    auto *dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("&Due on"), m_editor);
    m_due = new QDateEdit(m_editor);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(false);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);
    form->addRow(tr("Due date:"), dueRow);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_evidence = new QPlainTextEdit(m_editor);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setPlaceholderText(tr("How the condition was met: a document, a decision, a date"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 3 + 12);
    m_evidenceError = new QLabel(m_editor);
    m_evidenceError->setObjectName(QStringLiteral("evidenceError"));
    m_evidenceError->setWordWrap(true);
    m_evidenceError->hide();
    auto *evidence = new QVBoxLayout;
    evidence->addWidget(m_evidence);
    evidence->addWidget(m_evidenceError);
    auto *evidenceLabel = new QLabel(tr("&Evidence:"), m_editor);
    evidenceLabel->setBuddy(m_evidence);
    form->addRow(evidenceLabel, evidence);
    connect(m_evidence, &QPlainTextEdit::textChanged, m_evidenceError, &QWidget::hide);
    m_note = new QLineEdit(m_editor);
    m_note->setAccessibleName(tr("Note for the history"));
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Sa&ve the follow-up"), m_editor);
    m_save->setObjectName(QStringLiteral("conditionSave"));
    m_saved = new QLabel(m_editor);
    m_saved->setObjectName(QStringLiteral("conditionSaved"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_saved, 1);
    form->addRow(buttons);
    connect(m_save, &QPushButton::clicked, this, &DeliberationView::saveCondition);
    if (m_manages) {
        // Scrolls rather than clips in a small window.
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(m_editor);
        m_conditionTabs->addTab(scroll, tr("&Follow-up"));
    } else {
        m_editor->setParent(this);
        m_editor->hide();
    }

    auto *historyPane = new QWidget(m_conditionTabs);
    auto *historyLayout = new QVBoxLayout(historyPane);
    m_historyNote = new QLabel(historyPane);
    m_historyNote->setObjectName(QStringLiteral("conditionHistoryNote"));
    m_historyNote->setWordWrap(true);
    historyLayout->addWidget(m_historyNote);
    m_history = new QTableWidget(0, 4, historyPane);
    historyLayout->addWidget(m_history, 1);
    m_history->setObjectName(QStringLiteral("conditionHistory"));
    m_history->setAccessibleName(tr("History of the condition"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("By"), tr("Change"), tr("Note")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setTabKeyNavigation(false);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_conditionTabs->addTab(historyPane, tr("&History"));

    // What Habeas measures itself for the condition: everyone reads the
    // figure; the DPO chooses the indicator.
    m_measurePane = new QWidget(m_conditionTabs);
    m_measurePane->setObjectName(QStringLiteral("conditionMeasure"));
    auto *measure = new QVBoxLayout(m_measurePane);
    auto *chooser = new QHBoxLayout;
    m_indicator = new QComboBox(m_measurePane);
    m_indicator->setObjectName(QStringLiteral("conditionIndicator"));
    m_indicator->setAccessibleName(tr("Measured by"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicator->addItem(tr("None"), QVariant());
    for (Indicator indicator : AllIndicators) {
        m_indicator->addItem(ConditionIndicator::label(indicator), indicatorKey(indicator));
        m_indicator->setItemData(m_indicator->count() - 1, ConditionIndicator::description(indicator), Qt::ToolTipRole);
    }
    auto *indicatorLabel = new QLabel(tr("Measured &by:"), m_measurePane);
    indicatorLabel->setBuddy(m_indicator);
    chooser->addWidget(indicatorLabel);
    chooser->addWidget(m_indicator);
    chooser->addStretch(1);
    measure->addLayout(chooser);
    connect(m_indicator, &QComboBox::activated, this, &DeliberationView::setIndicator);
    m_suggestion = new QLabel(m_measurePane);
    m_suggestion->setObjectName(QStringLiteral("conditionIndicatorSuggestion"));
    m_suggestion->setWordWrap(true);
    measure->addWidget(m_suggestion);
    m_figure = new QLabel(m_measurePane);
    m_figure->setObjectName(QStringLiteral("conditionFigure"));
    m_figure->setAccessibleName(tr("Figure"));
    m_figure->setWordWrap(true);
    m_figure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_figure->font();
    bold.setBold(true);
    m_figure->setFont(bold);
    measure->addWidget(m_figure);
    m_figureNote = new QLabel(m_measurePane);
    m_figureNote->setObjectName(QStringLiteral("conditionFigureNote"));
    m_figureNote->setWordWrap(true);
    measure->addWidget(m_figureNote);
    m_figureRows = new QTableWidget(0, 0, m_measurePane);
    m_figureRows->setObjectName(QStringLiteral("conditionFigureRows"));
    m_figureRows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figureRows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figureRows->setTabKeyNavigation(false);
    m_figureRows->verticalHeader()->hide();
    m_figureRows->setWordWrap(false);
    // As narrow as their values: the pane is a third of a small window.
    m_figureRows->horizontalHeader()->setMinimumSectionSize(24);
    measure->addWidget(m_figureRows, 1);
    measure->addStretch(0);
    m_conditionTabs->addTab(m_measurePane, tr("&Measure"));

    upper->addWidget(m_outline);
    upper->addWidget(m_text);
    upper->addWidget(m_conditionTabs);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 3);
    upper->setStretchFactor(2, 2);
    split->addWidget(upper);
    split->addWidget(conditionsPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    clear();
}

bool DeliberationView::open(qint64 deliberationId, qint64 conditionId)
{
    auto found = DeliberationService(m_session).find(deliberationId);
    if (!found) {
        clear();
        m_problem->setText(found.error().message);
        m_problem->show();
        return false;
    }
    m_problem->hide();
    const bool same = m_deliberation && m_deliberation->id == deliberationId;
    const int outlineRow = m_outline->currentRow();
    const int scrolled = m_text->verticalScrollBar()->value();
    m_deliberation = std::move(found).value();
    showParticulars();
    showText();
    if (same) {
        // Read again after a change: the reader stays where they were.
        const QSignalBlocker quiet(m_outline);
        m_outline->setCurrentRow(outlineRow);
        m_text->verticalScrollBar()->setValue(scrolled);
    }
    fillProcessings();
    m_conditionsView->setEnabled(true);
    m_conditions->setConditions(m_deliberation->conditions);
    measureConditions();
    m_currentRow = -1;
    if (!selectCondition(conditionId) && m_conditions->rowCount() > 0)
        selectCondition(m_conditions->condition(0)->id);
    if (m_conditions->rowCount() == 0)
        fillEditor(nullptr);
    return true;
}

void DeliberationView::clear()
{
    m_deliberation.reset();
    m_currentRow = -1;
    m_particulars->setText(tr("Choose a deliberation in the list to read it and follow its conditions."));
    m_problem->clear();
    m_problem->hide();
    m_processing->clear();
    m_link->setEnabled(false);
    m_outline->clear();
    m_text->clear();
    m_conditions->clear();
    m_conditionsView->setEnabled(false);
    m_history->setRowCount(0);
    m_historyNote->clear();
    m_measures.clear();
    showMeasure(nullptr);
    fillEditor(nullptr);
    m_saved->clear();
}

qint64 DeliberationView::selectedConditionId() const
{
    const Condition *condition = m_conditions->condition(m_currentRow);
    return condition ? condition->id : 0;
}

bool DeliberationView::selectCondition(qint64 conditionId)
{
    const int row = m_conditions->rowOf(conditionId);
    if (row < 0)
        return false;
    m_conditionsView->setCurrentIndex(m_conditions->index(row, ConditionsModel::Text));
    m_conditionsView->scrollTo(m_conditions->index(row, ConditionsModel::Text));
    // The selection signal does not come when the row was current already.
    if (m_currentRow != row)
        conditionSelected(row);
    return m_currentRow == row;
}

void DeliberationView::conditionSelected(int row)
{
    if (row == m_currentRow)
        return;
    const Condition *target = m_conditions->condition(row);
    const qint64 targetId = target ? target->id : 0;
    if (m_currentRow >= 0 && !confirmLeave()) {
        // Stay on the condition being followed up.
        const QSignalBlocker quiet(m_conditionsView->selectionModel());
        m_conditionsView->setCurrentIndex(m_conditions->index(m_currentRow, ConditionsModel::Text));
        m_conditionsView->viewport()->update();
        return;
    }
    // Saving read the conditions again: the row may have moved.
    const int now = m_conditions->rowOf(targetId);
    m_currentRow = now;
    if (m_conditionsView->currentIndex().row() != now && now >= 0) {
        const QSignalBlocker quiet(m_conditionsView->selectionModel());
        m_conditionsView->setCurrentIndex(m_conditions->index(now, ConditionsModel::Text));
        m_conditionsView->viewport()->update();
    }
    m_saved->clear();
    fillEditor(m_conditions->condition(now));
    showHistory(targetId);
    showMeasure(m_conditions->condition(now));
}

void DeliberationView::showParticulars()
{
    const Deliberation &d = *m_deliberation;
    QString html =
        QStringLiteral("<b>") +
        (d.version > 1 ? tr("Deliberation no. %1 (version %3) of %2")
                             .arg(d.number.toHtmlEscaped(), QLocale().toString(d.date, QLocale::LongFormat))
                             .arg(d.version)
                       : tr("Deliberation no. %1 of %2")
                             .arg(d.number.toHtmlEscaped(), QLocale().toString(d.date, QLocale::LongFormat))) +
        QStringLiteral("</b> — ") +
        tr("%1, %2 (%3)")
            .arg(DeliberationLabels::authority(d.authority), DeliberationLabels::kind(d.kind),
                 DeliberationLabels::subject(d.subject).toLower()) +
        QStringLiteral("<br>") + d.title.toHtmlEscaped();
    QStringList more;
    if (!d.presentedBy.isEmpty())
        more << tr("Presented by: %1.").arg(d.presentedBy.toHtmlEscaped());
    if (!d.journalNumber.isEmpty())
        more << (d.journalDate.isValid() ? tr("Journal de Monaco no. %1 of %2.")
                                               .arg(d.journalNumber.toHtmlEscaped(),
                                                    QLocale().toString(d.journalDate, QLocale::ShortFormat))
                                         : tr("Journal de Monaco no. %1.").arg(d.journalNumber.toHtmlEscaped()));
    more << (d.processing.isEmpty() ? tr("Linked to no processing of the register.")
                                    : tr("Processing: %1.").arg(d.processing.toHtmlEscaped()));
    html += QStringLiteral("<br>") + more.join(u' ');
    m_particulars->setText(html);
}

void DeliberationView::showText()
{
    const Deliberation &d = *m_deliberation;
    {
        const QSignalBlocker quiet(m_outline);
        m_outline->clear();
        for (const DeliberationSection &section : d.sections) {
            m_outline->addItem(section.heading);
            m_outline->item(m_outline->count() - 1)->setToolTip(section.heading);
        }
    }
    QString html = QStringLiteral("<h3>") + d.title.toHtmlEscaped() + QStringLiteral("</h3>");
    const QString full = d.fullText.trimmed().isEmpty() ? QString() : fullTextWithSections(d);
    if (!full.isEmpty()) {
        html += full;
    } else {
        for (std::size_t i = 0; i < d.sections.size(); ++i)
            html += sectionHeading(i, d.sections[i].heading) + paragraphs(d.sections[i].text);
        // A text whose headings were not found is still shown, after them.
        if (!d.fullText.trimmed().isEmpty())
            html += QStringLiteral("<h4>") + tr("Full text").toHtmlEscaped() + QStringLiteral("</h4>") +
                    paragraphs(d.fullText);
    }
    if (!d.citations.empty()) {
        html += QStringLiteral("<h4>") + tr("Deliberations cited").toHtmlEscaped() + QStringLiteral("</h4><ul>");
        for (const CitedDeliberation &cited : d.citations) {
            const QString when =
                cited.date.isValid() ? QLocale().toString(cited.date, QLocale::ShortFormat) : QString();
            html += QStringLiteral("<li>") +
                    (when.isEmpty() ? tr("No. %1").arg(cited.number) : tr("No. %1 of %2").arg(cited.number, when))
                        .toHtmlEscaped() +
                    (cited.title.isEmpty() ? QString() : QStringLiteral(" — ") + cited.title.toHtmlEscaped()) +
                    QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    // The texts a republished one replaced, newest first, each reachable
    // from the outline after the sections.
    if (d.version > 1) {
        auto earlier = DeliberationService(m_session).versions(d.id);
        if (earlier) {
            std::size_t anchor = d.sections.size();
            for (auto it = earlier->rbegin(); it != earlier->rend(); ++it, ++anchor) {
                const QString heading =
                    tr("Earlier text, version %1 (replaced on %2 by %3)")
                        .arg(it->version)
                        .arg(QLocale().toString(it->replacedAt.toLocalTime().date(), QLocale::ShortFormat), it->account);
                m_outline->addItem(heading);
                m_outline->item(m_outline->count() - 1)->setToolTip(heading);
                html += sectionHeading(anchor, heading);
                if (!it->journalNumber.isEmpty())
                    html += QStringLiteral("<p><i>") +
                            tr("Journal de Monaco no. %1 of %2")
                                .arg(it->journalNumber, QLocale().toString(it->journalDate, QLocale::ShortFormat))
                                .toHtmlEscaped() +
                            QStringLiteral("</i></p>");
                html += paragraphs(it->fullText);
            }
        }
    }
    m_text->setHtml(html);
}

void DeliberationView::fillProcessings()
{
    m_processing->clear();
    m_link->setEnabled(false);
    if (!m_manages || !m_deliberation)
        return;
    m_processing->addItem(tr("None"), QVariant());
    auto processings = ProcessingService(m_session).list();
    if (!processings) {
        m_problem->setText(processings.error().message);
        m_problem->show();
        return;
    }
    for (const ProcessingSummary &processing : *processings) {
        m_processing->addItem(processing.reference.isEmpty() ? processing.name
                                                             : tr("%1 (%2)").arg(processing.name, processing.reference),
                              processing.id);
        if (processing.name == m_deliberation->processing)
            m_processing->setCurrentIndex(m_processing->count() - 1);
    }
    m_link->setEnabled(true);
}

bool DeliberationView::linkProcessing()
{
    // Reading the deliberation again would drop a follow-up being typed.
    if (!m_manages || !m_deliberation || !confirmLeave())
        return false;
    const QVariant chosen = m_processing->currentData();
    const std::optional<qint64> processing =
        chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
    auto linked = DeliberationService(m_session).linkProcessing(m_deliberation->id, processing);
    if (!linked) {
        MessageBox::warning(this, tr("Deliberation"), linked.error().message);
        return false;
    }
    const qint64 condition = selectedConditionId();
    open(m_deliberation->id, condition);
    Q_EMIT changed();
    return true;
}

void DeliberationView::fillEditor(const Condition *condition)
{
    m_evidenceError->hide();
    m_editor->setEnabled(m_manages && condition);
    m_status->setCurrentIndex(m_status->findData(int(condition ? condition->status : ConditionStatus::Open)));
    m_owner->setText(condition ? condition->owner : QString());
    m_hasDue->setChecked(condition && condition->due.isValid());
    m_due->setDate(condition && condition->due.isValid() ? condition->due : m_session.clock()->today());
    m_evidence->setPlainText(condition ? condition->evidence : QString());
    m_evidenceError->hide();
    // setText, not clear(): a cleared line edit keeps the text in its undo
    // history, and Ctrl+Z would bring it back after a lock.
    m_note->setText(QString());
}

void DeliberationView::showHistory(qint64 conditionId)
{
    m_history->setRowCount(0);
    m_historyNote->clear();
    if (conditionId == 0)
        return;
    auto changes = DeliberationService(m_session).conditionHistory(conditionId);
    if (!changes) {
        m_problem->setText(changes.error().message);
        m_problem->show();
        return;
    }
    // Newest first: the last change is what a reader wants.
    m_historyNote->setText(changes->empty() ? tr("The status of this condition has not changed since it was recorded.")
                                            : tr("Changes of status of this condition, the latest first."));
    m_history->setRowCount(int(changes->size()));
    int row = 0;
    for (auto change = changes->rbegin(); change != changes->rend(); ++change, ++row) {
        const QString cells[] = {QLocale().toString(change->at.toLocalTime(), QLocale::ShortFormat), change->account,
                                 // The status kept: another change (the indicator), said in the note.
                                 change->from == change->to
                                     ? tr("%1, unchanged").arg(DeliberationLabels::conditionStatus(change->to))
                                     : tr("%1 → %2").arg(DeliberationLabels::conditionStatus(change->from),
                                                         DeliberationLabels::conditionStatus(change->to)),
                                 change->note};
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 3)
                item->setToolTip(cells[column]); // a long note is elided in a narrow pane
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeColumnsToContents();
}

bool DeliberationView::hasUnsavedChanges() const
{
    const Condition *condition = m_conditions->condition(m_currentRow);
    if (!m_manages || !condition)
        return false;
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    return ConditionStatus(m_status->currentData().toInt()) != condition->status ||
           m_owner->text().trimmed() != condition->owner.trimmed() || due != condition->due ||
           m_evidence->toPlainText() != condition->evidence || !m_note->text().trimmed().isEmpty();
}

bool DeliberationView::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    switch (MessageBox::question(this, tr("Condition"),
                                 tr("The follow-up of this condition is not saved. Save it now?"),
                                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
    case QMessageBox::Save: return saveCondition();
    case QMessageBox::Discard: fillEditor(m_conditions->condition(m_currentRow)); return true;
    default: return false;
    }
}

void DeliberationView::showEvidenceError(const QString &message)
{
    m_evidenceError->setText(message);
    m_evidenceError->show();
    m_evidence->setFocus(Qt::OtherFocusReason);
}

bool DeliberationView::saveCondition()
{
    const Condition *current = m_conditions->condition(m_currentRow);
    if (!m_manages || !current || !m_deliberation)
        return false;
    Condition wanted = *current;
    wanted.status = ConditionStatus(m_status->currentData().toInt());
    wanted.owner = m_owner->text().trimmed();
    wanted.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    wanted.evidence = m_evidence->toPlainText().trimmed();
    // Asked here before core refuses it, at the field that needs it.
    if (wanted.status == ConditionStatus::Met && wanted.evidence.isEmpty()) {
        showEvidenceError(tr("Say how the condition was met before marking it met: the evidence is required."));
        return false;
    }
    auto updated = DeliberationService(m_session).updateCondition(wanted, m_note->text().trimmed());
    if (!updated) {
        if (updated.error().code == ErrorCode::InvalidArgument)
            showEvidenceError(updated.error().message);
        else
            MessageBox::warning(this, tr("Condition"), updated.error().message);
        return false;
    }
    const qint64 id = updated->id;
    auto found = DeliberationService(m_session).find(m_deliberation->id);
    if (found) {
        m_deliberation = std::move(found).value();
        const QSignalBlocker quiet(m_conditionsView->selectionModel());
        m_conditions->setConditions(m_deliberation->conditions);
        measureConditions();
        m_currentRow = m_conditions->rowOf(id);
        m_conditionsView->setCurrentIndex(m_conditions->index(m_currentRow, ConditionsModel::Text));
    }
    fillEditor(m_conditions->condition(m_currentRow));
    showHistory(id);
    m_saved->setText(tr("Saved."));
    Q_EMIT changed();
    return true;
}

void DeliberationView::measureConditions()
{
    m_measures.clear();
    if (!m_deliberation)
        return;
    DeliberationService service(m_session);
    for (const Condition &condition : m_deliberation->conditions) {
        if (!condition.indicator)
            continue;
        auto measured = service.measureCondition(condition.id);
        if (!measured) {
            m_conditions->setFigure(condition.id, tr("Not measured"), measured.error().message);
            continue;
        }
        m_conditions->setFigure(condition.id, ConditionIndicator::figure(*measured),
                                ConditionIndicator::explanation(*measured));
        m_measures.emplace(condition.id, std::move(measured).value());
    }
}

void DeliberationView::showMeasure(const Condition *condition)
{
    {
        const QSignalBlocker quiet(m_indicator);
        m_indicator->setCurrentIndex(
            condition && condition->indicator ? m_indicator->findData(indicatorKey(*condition->indicator)) : 0);
    }
    m_indicator->setEnabled(m_manages && condition);
    m_figureRows->setRowCount(0);
    m_figureRows->setColumnCount(0);
    m_figureRows->setMinimumWidth(0);
    m_figureRows->hide();
    m_figure->clear();
    m_figureNote->clear();
    m_suggestion->clear();
    m_suggestion->hide();
    if (!condition)
        return;
    if (!condition->indicator) {
        // A suggestion only: the DPO chooses.
        const std::optional<Indicator> suggested = ConditionIndicator::suggest(condition->text);
        if (suggested && m_manages) {
            m_suggestion->setText(tr("Its wording suggests: %1. Choose it above to measure the condition.")
                                      .arg(ConditionIndicator::label(*suggested)));
            m_suggestion->show();
        }
        m_figureNote->setText(tr("Habeas measures this condition only when an indicator is chosen for it."));
        return;
    }
    const auto found = m_measures.find(condition->id);
    if (found == m_measures.end()) {
        m_figure->setText(tr("Not measured"));
        return;
    }
    const ConditionMeasure &measure = found->second;
    m_figure->setText(ConditionIndicator::figure(measure));
    m_figureNote->setText(ConditionIndicator::explanation(measure));
    if (measure.needsProcessing)
        return;
    const QLocale locale;
    const auto day = [&](const QDate &date) { return locale.toString(date, QLocale::ShortFormat); };
    std::vector<QStringList> rows;
    if (measure.indicator == Indicator::AccessRepliesOnTime) {
        m_figureRows->setAccessibleName(tr("Late access requests"));
        m_figureRows->setColumnCount(5);
        m_figureRows->setHorizontalHeaderLabels({tr("Request"), tr("Received"), tr("Due"), tr("Answered"),
                                                 // On two lines: the column is as wide as its numbers.
                                                 tr("Days\nlate")});
        for (const LateRequest &late : measure.access.late)
            rows.push_back({late.reference, day(late.received), day(late.due),
                            late.replied.isValid() ? day(late.replied) : tr("Still open"),
                            locale.toString(late.daysLate)});
    } else {
        m_figureRows->setAccessibleName(tr("Exports not known to be encrypted"));
        m_figureRows->setColumnCount(3);
        m_figureRows->setHorizontalHeaderLabels({tr("Exported"), tr("What"), tr("Encryption")});
        for (const MeasuredExport &exported : measure.exports.notEncrypted) {
            QString what;
            switch (exported.kind) {
            case MeasuredExport::Kind::RegisterEntry: what = tr("Extract of the processing's entry"); break;
            case MeasuredExport::Kind::WholeRegister: what = tr("Extract of the whole register"); break;
            case MeasuredExport::Kind::Letter: what = tr("Letter for request %1").arg(exported.requestReference); break;
            }
            rows.push_back(
                {locale.toString(exported.at.toLocalTime(), QLocale::ShortFormat), what,
                 exported.encryption == ExportEncryption::NotEncrypted ? tr("Not encrypted") : tr("Not recorded")});
        }
    }
    if (rows.empty())
        return;
    m_figureRows->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        for (int column = 0; column < int(rows[std::size_t(row)].size()); ++column) {
            auto *item = new QTableWidgetItem(rows[std::size_t(row)][column]);
            if (measure.indicator == Indicator::AccessRepliesOnTime && column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figureRows->setItem(row, column, item);
        }
    }
    m_figureRows->resizeColumnsToContents();
    m_figureRows->resizeRowsToContents();
    // The pane widens (the text beside it gives way) rather than hiding a
    // column behind a scroll bar.
    m_figureRows->setMinimumWidth(m_figureRows->horizontalHeader()->length() + 2 * m_figureRows->frameWidth() +
                                  m_figureRows->verticalScrollBar()->sizeHint().width());
    m_figureRows->show();
}

bool DeliberationView::setIndicator()
{
    const Condition *current = m_conditions->condition(m_currentRow);
    if (!m_manages || !current || !m_deliberation)
        return false;
    const qint64 id = current->id;
    const QVariant chosen = m_indicator->currentData();
    const std::optional<Indicator> indicator = chosen.isValid() ? indicatorFromKey(chosen.toString()) : std::nullopt;
    auto updated = DeliberationService(m_session).setConditionIndicator(id, indicator);
    if (!updated) {
        showMeasure(current);
        MessageBox::warning(this, tr("Condition"), updated.error().message);
        return false;
    }
    // The follow-up being typed stays: only the conditions are read again.
    auto found = DeliberationService(m_session).find(m_deliberation->id);
    if (found) {
        m_deliberation = std::move(found).value();
        const QSignalBlocker quiet(m_conditionsView->selectionModel());
        m_conditions->setConditions(m_deliberation->conditions);
        measureConditions();
        m_currentRow = m_conditions->rowOf(id);
        m_conditionsView->setCurrentIndex(m_conditions->index(m_currentRow, ConditionsModel::Text));
    }
    showMeasure(m_conditions->condition(m_currentRow));
    showHistory(id);
    Q_EMIT changed();
    return true;
}

} // namespace habeas
