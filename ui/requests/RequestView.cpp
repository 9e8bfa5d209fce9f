#include "ui/requests/RequestView.h"

#include "core/accounts/Session.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditLog.h"
#include "core/requests/NextStep.h"
#include "core/requests/RequestService.h"
#include "core/requests/Workflow.h"
#include "ui/common/MessageBox.h"
#include "core/letters/LetterComposer.h"
#include "ui/documents/IdentityPanel.h"
#include "ui/letters/LetterActions.h"
#include "ui/letters/LettersPanel.h"
#include "ui/requests/FindingsPanel.h"
#include "ui/requests/PersonForms.h"
#include "ui/requests/ReasonDialog.h"
#include "ui/requests/RequestLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace habeas {

namespace {

// What the button that makes a move says.
QString moveLabel(RequestState to)
{
    switch (to) {
    case RequestState::IdentityCheck: return RequestView::tr("Check the &identity");
    case RequestState::InProgress: return RequestView::tr("Identity &verified: examine");
    case RequestState::Answered: return RequestView::tr("Mark as &answered");
    case RequestState::Closed: return RequestView::tr("&Close the request");
    case RequestState::Refused: return RequestView::tr("Re&fuse…");
    case RequestState::Withdrawn: return RequestView::tr("&Withdrawn…");
    case RequestState::Received: break;
    }
    return Workflow::stateName(to);
}

// A form in a scroll area, so that a small window scrolls rather than clips.
QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

RequestView::RequestView(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    build();
    clear();
}

void RequestView::build()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("requestTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_nextStep = new QLabel(this);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setWordWrap(true);
    m_nextStep->setTextFormat(Qt::PlainText);
    layout->addWidget(m_nextStep);
    // The letter a transition calls for (an acknowledgement at intake, the
    // notice of an extension, the refusal) is named here until issued.
    m_owed = new QWidget(this);
    auto *owed = new QHBoxLayout(m_owed);
    owed->setContentsMargins(0, 0, 0, 0);
    m_owedText = new QLabel(m_owed);
    m_owedText->setObjectName(QStringLiteral("owedLetters"));
    m_owedText->setTextFormat(Qt::PlainText);
    m_owedText->setWordWrap(false);
    m_owedButton = new QPushButton(tr("Prepare the letter…"), m_owed);
    m_owedButton->setAccessibleName(tr("Prepare the letter to send"));
    m_owedButton->setObjectName(QStringLiteral("prepareOwedLetter"));
    connect(m_owedButton, &QPushButton::clicked, this, [this] {
        if (!m_letters->owed().empty() && m_letters->prepare(m_letters->owed().front()))
            m_tabs->setCurrentWidget(m_letters);
    });
    owed->addWidget(m_owedText);
    owed->addWidget(m_owedButton);
    owed->addStretch(1);
    layout->addWidget(m_owed);

    auto *actions = new QHBoxLayout;
    // One button per move, made once in the workflow's order (so they come
    // first in the tab order too); only the legal ones are shown.
    for (RequestState to : AllRequestStates) {
        if (to == RequestState::Received)
            continue;
        auto *button = new QPushButton(moveLabel(to), this);
        button->setObjectName(QStringLiteral("move-") + requestStateKey(to));
        connect(button, &QPushButton::clicked, this, [this, to] { moveTo(to); });
        actions->addWidget(button);
        m_moveButtons.emplace_back(to, button);
    }
    m_extend = new QPushButton(tr("E&xtend the deadline…"), this);
    connect(m_extend, &QPushButton::clicked, this, [this] { extend(); });
    actions->addWidget(m_extend);
    actions->addStretch(1);
    m_reload = new QPushButton(tr("Reload"), this);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (!m_request)
            return;
        // A reload drops the edits on screen: said first.
        if (hasUnsavedChanges()
            && MessageBox::question(this, tr("Request"), tr("Reload the request and drop your changes?"),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                   != QMessageBox::Yes)
            return;
        reread();
    });
    actions->addWidget(m_reload);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    actions->addWidget(m_save);
    layout->addLayout(actions);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->addTab(scrolled(buildSummary()), tr("S&ummary"));
    m_tabs->addTab(scrolled(buildPeople()), tr("Requester and a&gent"));
    m_identity = new IdentityPanel(m_session);
    m_identity->setObjectName(QStringLiteral("identityPanel"));
    m_tabs->addTab(m_identity, tr("Identit&y"));
    m_findings = new FindingsPanel(m_session);
    m_tabs->addTab(m_findings, tr("Pr&ocessings"));
    m_letters = new LettersPanel(m_session);
    m_tabs->addTab(m_letters, tr("L&etters"));
    connect(m_letters, &LettersPanel::letterIssued, this, [this] {
        showHistory();
        showOwedLetters();
    });
    connect(m_identity, &IdentityPanel::documentChanged, this, &RequestView::showHistory);
    // (The copy is shown only while its tab is: IdentityPanel wipes it when
    // hidden.)
    m_tabs->addTab(buildNotes(), tr("&Notes"));
    m_tabs->addTab(buildHistory(), tr("&History"));
    layout->addWidget(m_tabs, 1);
}

QWidget *RequestView::buildSummary()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_channel = new QComboBox(page);
    m_channel->setAccessibleName(tr("Channel"));
    for (Channel channel : {Channel::Post, Channel::Email, Channel::OnlineForm, Channel::OnSite, Channel::Other})
        m_channel->addItem(RequestLabels::channel(channel), int(channel));
    form->addRow(tr("C&hannel:"), m_channel);
    m_received = new QDateEdit(page);
    m_received->setAccessibleName(tr("Date of receipt"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Received on:"), m_received);
    m_rightsBox = new QWidget(page);
    m_rightsBox->setAccessibleName(tr("Rights"));
    auto *rights = new QVBoxLayout(m_rightsBox);
    rights->setContentsMargins(0, 0, 0, 0);
    auto listed = RequestService(m_session).rights();
    const RequestLabels labels(listed ? *listed : std::vector<Right>{});
    for (const Right &right : labels.all()) {
        auto *box = new QCheckBox(labels.right(right.key), m_rightsBox);
        box->setAccessibleName(labels.right(right.key));
        rights->addWidget(box);
        m_rights.emplace_back(right.key, box);
    }
    form->addRow(tr("Rights:"), m_rightsBox);
    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Language of correspondence"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    form->addRow(tr("&Letters in:"), m_language);
    m_assignee = new QComboBox(page);
    m_assignee->setEditable(true);
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setMinimumContentsLength(16);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("&Assigned to:"), m_assignee);
    m_words = new QPlainTextEdit(page);
    m_words->setAccessibleName(tr("The request in the requester's words"));
    m_words->setTabChangesFocus(true);
    m_words->setMinimumHeight(80);
    form->addRow(tr("The request, in the requester's &words:"), m_words);
    m_deadline = new QLabel(page);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setAccessibleName(tr("Deadline"));
    m_deadline->setWordWrap(true);
    m_deadline->setTextFormat(Qt::PlainText);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    form->addRow(tr("Deadline:"), m_deadline);
    for (QWidget *field : std::initializer_list<QWidget *>{m_channel, m_received, m_language})
        field->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return page;
}

QWidget *RequestView::buildPeople()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *requester = new QGroupBox(tr("Requester"), page);
    auto *requesterLayout = new QVBoxLayout(requester);
    m_requester = new RequesterForm(requester);
    requesterLayout->addWidget(m_requester);
    layout->addWidget(requester);

    m_agentBox = new QGroupBox(tr("Agent acting for the requester"), page);
    auto *agentLayout = new QVBoxLayout(m_agentBox);
    m_agent = new AgentForm(m_session.clock()->today(), m_agentBox);
    agentLayout->addWidget(m_agent);
    auto *checklist = new QFormLayout;
    m_checklist = new QLabel(m_agentBox);
    m_checklist->setObjectName(QStringLiteral("mandateChecklist"));
    m_checklist->setAccessibleName(tr("Mandate checklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setTextFormat(Qt::PlainText);
    checklist->addRow(tr("Checklist:"), m_checklist);
    agentLayout->addLayout(checklist);
    layout->addWidget(m_agentBox);
    layout->addStretch(1);
    connect(m_requester, &RequesterForm::changed, this, &RequestView::showChecklist);
    connect(m_agent, &AgentForm::changed, this, &RequestView::showChecklist);
    return page;
}

QWidget *RequestView::buildNotes()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Internal notes: never printed in a letter."), page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_notes = new QTextBrowser(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setOpenLinks(false);
    layout->addWidget(m_notes, 1);
    auto *label = new QLabel(tr("New &note:"), page);
    m_newNote = new QPlainTextEdit(page);
    m_newNote->setAccessibleName(tr("New note"));
    m_newNote->setTabChangesFocus(true);
    m_newNote->setMaximumHeight(80);
    label->setBuddy(m_newNote);
    layout->addWidget(label);
    layout->addWidget(m_newNote);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_addNote = new QPushButton(tr("A&dd the note"), page);
    connect(m_addNote, &QPushButton::clicked, this, &RequestView::addNote);
    row->addWidget(m_addNote);
    layout->addLayout(row);
    return page;
}

QWidget *RequestView::buildHistory()
{
    // Read-only tables: the state changes with their reasons, then every
    // entry of the audit log about the request (views, edits, documents).
    const auto table = [](int columns, const QString &name, const QString &accessibleName, const QStringList &headers) {
        auto *view = new QTableWidget(0, columns);
        view->setTabKeyNavigation(false);
        view->setObjectName(name);
        view->setAccessibleName(accessibleName);
        view->setHorizontalHeaderLabels(headers);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setWordWrap(false);
        return view;
    };
    m_history = table(4, QStringLiteral("history"), tr("History of the request"),
                      {tr("When"), tr("Who"), tr("State"), tr("Reason")});
    // The entries' technical detail (stable keys, in English) only as a
    // tooltip: what happened reads in the table, in the person's language.
    m_trail = table(3, QStringLiteral("auditTrail"), tr("Audit log entries about the request"),
                    {tr("When"), tr("Who"), tr("Action")});
    const auto section = [](const QString &heading, QTableWidget *view) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(heading, box);
        label->setBuddy(view);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(tr("&State changes:"), m_history));
    // The audit log's entries are for those who read the audit log (the
    // DPO); a clerk's History is the state changes.
    QWidget *trail = section(tr("Recorded in the a&udit log:"), m_trail);
    trail->setVisible(m_session.can(Permission::ViewAuditLog));
    splitter->addWidget(trail);
    return splitter;
}

void RequestView::open(qint64 requestId)
{
    if (!mayLeave())
        return;
    auto request = RequestService(m_session).view(requestId);
    if (!request) {
        // Nothing of the request shown before stays, nor can be saved.
        clear();
        MessageBox::critical(this, tr("Request"), request.error().message);
        return;
    }
    display(*request);
}

void RequestView::reread()
{
    if (!m_request)
        return;
    auto request = RequestService(m_session).view(m_request->id);
    if (!request) {
        clear();
        MessageBox::critical(this, tr("Request"), request.error().message);
        return;
    }
    display(*request);
}

bool RequestView::mayLeave()
{
    m_findings->commitPendingEdit();
    if (!hasUnsavedChanges())
        return true;
    const auto answer =
        MessageBox::question(this, tr("Request"),
                             tr("Your changes to the request %1 are not saved. Save them?").arg(m_request->reference),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void RequestView::display(const Request &request)
{
    m_request = request;
    m_loaded = RequestEdit::of(request);
    const QString who = request.anonymisedOn.isValid()
                            ? tr("anonymised")
                            : QStringLiteral("%1 %2").arg(request.requester.firstName, request.requester.surname);
    m_title->setText(tr("%1 — %2 — %3").arg(request.reference, who, Workflow::stateName(request.state)).simplified());
    // The assignees offered: those of other requests, and oneself.
    m_assignee->clear();
    m_assignee->addItem(QString());
    auto assignees = RequestService(m_session).assignees();
    QStringList known = assignees ? *assignees : QStringList();
    if (!known.contains(m_session.account().login))
        known << m_session.account().login;
    m_assignee->addItems(known);
    fillEdit(m_loaded);

    const RequestService service(m_session);
    const DeadlineCalculator &deadlines = service.deadlines();
    QStringList deadline;
    deadline << tr("Reply due %1.").arg(shortDate(request.effectiveDue()));
    deadline << deadlines.due(request.received, request.pausedDays).explanation();
    if (request.pausedDays > 0)
        deadline << tr("Paused %n day(s) while identity proof was awaited.", nullptr, request.pausedDays);
    if (request.extendedUntil.isValid())
        deadline << tr("Extended to %1: %2").arg(shortDate(request.extendedUntil), request.extensionReason);
    if (request.state == RequestState::Refused && !request.refusalReason.isEmpty())
        deadline << tr("Refused: %1").arg(request.refusalReason);
    if (request.anonymisedOn.isValid())
        deadline << tr("Its personal data was cleared on %1, once the case file's retention period was over.")
                        .arg(shortDate(request.anonymisedOn));
    m_deadline->setText(deadline.join(u'\n'));
    m_identity->display(request);
    m_letters->display(request);
    showOwedLetters();
    showNotes();
    showHistory();
    updateActions();
}

void RequestView::fillEdit(const RequestEdit &edit)
{
    m_channel->setCurrentIndex(m_channel->findData(int(edit.channel)));
    m_received->setDate(edit.received);
    for (const auto &[key, box] : m_rights)
        box->setChecked(edit.rights.contains(key));
    m_language->setCurrentIndex(std::max(0, m_language->findData(edit.language)));
    m_assignee->setCurrentText(edit.assignee);
    m_words->setPlainText(edit.notes);
    m_requester->setRequester(edit.requester);
    m_agent->setAgent(edit.agent);
    m_findings->setFindings(edit.findings);
    showChecklist();
}

RequestEdit RequestView::edited() const
{
    RequestEdit edit;
    edit.channel = Channel(m_channel->currentData().toInt());
    edit.received = m_received->date();
    for (const auto &[key, box] : m_rights) {
        if (box->isChecked())
            edit.rights << key;
    }
    edit.language = m_language->currentData().toString();
    edit.assignee = m_assignee->currentText().trimmed();
    edit.notes = m_words->toPlainText();
    edit.requester = m_requester->requester();
    edit.agent = m_agent->agent();
    edit.findings = m_findings->findings();
    return edit;
}

bool RequestView::hasUnsavedChanges() const
{
    if (!m_request)
        return false;
    // Compared as the vault keeps them: surrounding spaces do not count.
    const auto normalised = [](RequestEdit edit) {
        for (QString *text : {&edit.requester.civility, &edit.requester.surname, &edit.requester.firstName,
                              &edit.requester.birthName, &edit.requester.address, &edit.requester.email,
                              &edit.requester.phone, &edit.requester.staffNumber, &edit.agent.name,
                              &edit.agent.mandateObject, &edit.assignee})
            *text = text->trimmed();
        if (edit.agent.name.isEmpty())
            edit.agent.mayReceiveReply = false;
        for (Finding &finding : edit.findings)
            finding.action = finding.action.trimmed();
        return edit;
    };
    return !(normalised(edited()) == normalised(m_loaded));
}

void RequestView::showChecklist()
{
    // Sovereign Ordinance 11.327, art. 1: what a mandate must state.
    m_checklist->setText(m_agent->checklist(!m_requester->requester().surname.trimmed().isEmpty()));
}

void RequestView::showOwedLetters()
{
    const std::vector<LetterKind> &owed = m_letters->owed();
    const bool shown = m_request && !owed.empty() && m_session.can(Permission::HandleRequests);
    m_owed->setVisible(shown);
    if (!shown)
        return;
    m_owedText->setText(tr("Letter(s) to send: %1.", nullptr, int(owed.size())).arg(LetterActions::kindNames(owed)));
    m_owedButton->setToolTip(LetterComposer::kindName(owed.front()));
}

bool RequestView::print()
{
    if (!m_request || m_tabs->currentWidget() != m_letters)
        return false;
    const auto letter = m_letters->selected();
    return letter && !letter->cleared && m_letters->print(letter->id);
}

void RequestView::showNotes()
{
    m_notes->clear();
    if (!m_request)
        return;
    auto notes = RequestService(m_session).notes(m_request->id);
    if (!notes) {
        m_notes->setPlainText(notes.error().message);
        return;
    }
    if (notes->empty()) {
        m_notes->setPlainText(tr("No note yet."));
        return;
    }
    QString html;
    for (const RequestNote &note : *notes) {
        html += QStringLiteral("<p><b>%1 — %2</b><br>%3</p>")
                    .arg(QLocale().toString(note.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                         note.author.toHtmlEscaped(), note.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_notes->setHtml(html);
}

void RequestView::showHistory()
{
    m_history->setRowCount(0);
    if (!m_request)
        return;
    auto history = RequestService(m_session).history(m_request->id);
    if (!history) {
        m_nextStep->setText(history.error().message);
        return;
    }
    m_history->setRowCount(int(history->size()));
    for (int row = 0; row < int(history->size()); ++row) {
        const StateChange &change = (*history)[std::size_t(row)];
        const QString state = change.from ? tr("%1 → %2").arg(Workflow::stateName(*change.from), Workflow::stateName(change.to))
                                          : Workflow::stateName(change.to);
        const QStringList cells{QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat), change.account, state,
                                change.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_history->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_history->resizeColumnsToContents();
    showAuditTrail();
    // The line that says what comes next needs when the state began.
    m_nextStep->setText(NextStep::describe(*m_request, *history, m_session.clock()->today(),
                                           RequestService(m_session).deadlines().calendar(), m_identity->copy()));
}

void RequestView::showAuditTrail()
{
    m_trail->setRowCount(0);
    if (!m_session.can(Permission::ViewAuditLog))
        return;
    auto trail = RequestService(m_session).auditTrail(m_request->id);
    if (!trail) {
        m_trail->setRowCount(1);
        m_trail->setItem(0, 2, new QTableWidgetItem(trail.error().message));
        return;
    }
    m_trail->setRowCount(int(trail->size()));
    for (int row = 0; row < int(trail->size()); ++row) {
        const AuditEntry &entry = (*trail)[std::size_t(row)];
        const QDateTime at = QDateTime::fromString(entry.atUtc, Qt::ISODateWithMs);
        const QStringList cells{QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), entry.account,
                                AuditActions::labelForKey(entry.action)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(tr("Technical detail: %1").arg(entry.detail));
            m_trail->setItem(row, column, item);
        }
    }
    m_trail->resizeColumnsToContents();
}

bool RequestView::offers(RequestState to) const
{
    return m_request && m_session.can(Permission::HandleRequests) && Workflow::allowed(m_request->state, to);
}

bool RequestView::offersExtension() const
{
    if (!m_request || !m_session.can(Permission::HandleRequests) || Workflow::isEnd(m_request->state)
        || m_request->extendedUntil.isValid())
        return false;
    return RequestService(m_session).deadlines().extensionStillPossible(m_request->received, m_session.clock()->today(),
                                                                         m_request->pausedDays);
}

void RequestView::updateActions()
{
    const bool open = m_request && !Workflow::isEnd(m_request->state);
    const bool editable = open && m_session.can(Permission::HandleRequests);
    for (const auto &[to, button] : m_moveButtons)
        button->setVisible(offers(to));
    m_extend->setVisible(offersExtension());
    m_save->setEnabled(editable);
    m_reload->setEnabled(m_request.has_value());
    m_addNote->setEnabled(m_request && m_session.can(Permission::HandleRequests));
    m_newNote->setEnabled(m_addNote->isEnabled());
    for (QWidget *field : std::initializer_list<QWidget *>{m_channel, m_rightsBox, m_language, m_assignee, m_agentBox})
        field->setEnabled(editable);
    m_requester->setReadOnly(!editable);
    m_findings->setReadOnly(!editable);
    m_words->setReadOnly(!editable);
    // The date of receipt moves the deadline: until it was extended.
    m_received->setEnabled(editable && !m_request->extendedUntil.isValid());
    m_tabs->setEnabled(m_request.has_value());
}

QWidget *RequestView::fieldOf(const QString &field) const
{
    if (field == QLatin1String("requester.surname"))
        return m_requester->surname();
    if (field == QLatin1String("rights"))
        return m_rightsBox;
    if (field == QLatin1String("received"))
        return m_received;
    if (field == QLatin1String("language"))
        return m_language;
    if (field == QLatin1String("agent.mandate"))
        return m_agent->mandateObject();
    return nullptr;
}

void RequestView::reportRefusal(const Error &error)
{
    if (error.code == ErrorCode::Conflict) {
        const auto answer = MessageBox::question(this, tr("Request changed meanwhile"),
                                                 error.message + u'\n' + u'\n'
                                                     + tr("Reload the request now? Your changes will be lost."),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            reread();
        return;
    }
    MessageBox::critical(this, tr("Request"), error.message);
    if (QWidget *field = fieldOf(error.field)) {
        for (QWidget *tab = field; tab; tab = tab->parentWidget()) {
            const int index = m_tabs->indexOf(tab);
            if (index >= 0) {
                m_tabs->setCurrentIndex(index);
                break;
            }
        }
        field->setFocus(Qt::OtherFocusReason);
    }
}

bool RequestView::save()
{
    if (!m_request)
        return false;
    m_findings->commitPendingEdit();
    auto saved = RequestService(m_session).update(m_request->id, edited(), m_request->version);
    if (!saved) {
        reportRefusal(saved.error());
        return false;
    }
    display(*saved);
    Q_EMIT requestChanged(saved->id);
    return true;
}

bool RequestView::moveTo(RequestState to)
{
    if (!offers(to))
        return false;
    m_findings->commitPendingEdit();
    if (hasUnsavedChanges()) {
        const auto answer = MessageBox::question(this, Workflow::stateName(to),
                                                 tr("Your changes to this request are not saved yet. Save them first?"),
                                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return false;
    }
    QString reason;
    const QString destroyed =
        tr("The copy of the identity document kept for this request will be destroyed now, and cannot be recovered.");
    if (to == RequestState::Refused) {
        ReasonDialog dialog(tr("Refuse the request"),
                            tr("Say why the request is refused: the reason is printed in the reply, which also tells "
                               "the requester of their right to refer the matter to the APDP.")
                                + u' ' + destroyed,
                            tr("&Refuse"), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.reason();
    } else if (Workflow::isEnd(to)) {
        const QString ends = to == RequestState::Closed
                                 ? tr("Closing the request %1 ends it.").arg(m_request->reference)
                                 : tr("Recording that the requester withdrew the request %1 ends it.").arg(m_request->reference);
        const auto answer = MessageBox::question(this, Workflow::stateName(to),
                                                 ends + u' ' + destroyed + u'\n' + u'\n' + tr("Go on?"),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const qint64 id = m_request->id;
    if (auto moved = RequestService(m_session).transition(id, to, reason); !moved) {
        reportRefusal(moved.error());
        return false;
    }
    open(id);
    Q_EMIT requestChanged(id);
    // A refusal is written to the requester: the letter is the next step.
    if (to == RequestState::Refused && m_owed->isVisible())
        m_owedButton->setFocus(Qt::OtherFocusReason);
    return true;
}

bool RequestView::extend()
{
    if (!offersExtension())
        return false;
    const DeadlineComputation until =
        RequestService(m_session).deadlines().extended(m_request->received, m_request->pausedDays);
    ReasonDialog dialog(tr("Extend the deadline"),
                        tr("The deadline can be extended once, with reasons, before the first deadline passes. "
                           "The new deadline would be %1 (%2). The requester is told of it and of the reasons.")
                            .arg(shortDate(until.due), until.explanation()),
                        tr("E&xtend"), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const qint64 id = m_request->id;
    if (auto extended = RequestService(m_session).extend(id, dialog.reason()); !extended) {
        reportRefusal(extended.error());
        return false;
    }
    open(id);
    Q_EMIT requestChanged(id);
    // The requester must be told before the first deadline: the notice is next.
    if (m_owed->isVisible())
        m_owedButton->setFocus(Qt::OtherFocusReason);
    return true;
}

void RequestView::addNote()
{
    if (!m_request)
        return;
    if (auto added = RequestService(m_session).addNote(m_request->id, m_newNote->toPlainText()); !added) {
        MessageBox::critical(this, tr("Notes"), added.error().message);
        return;
    }
    m_newNote->clear();
    showNotes();
}

void RequestView::clear()
{
    m_request.reset();
    m_loaded = {};
    m_title->setText(tr("No request open"));
    m_nextStep->setText(tr("Open a request from the list (Enter or a double click)."));
    fillEdit({});
    m_received->setDate(QDate::currentDate());
    m_deadline->clear();
    m_identity->clear();
    m_letters->clear();
    showOwedLetters();
    m_notes->clear();
    m_newNote->clear();
    m_history->setRowCount(0);
    m_trail->setRowCount(0);
    m_assignee->clear();
    updateActions();
}

} // namespace habeas
