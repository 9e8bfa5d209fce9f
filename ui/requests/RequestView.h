#pragma once

// One request, as the clerk works on it: what it waits for in one line, the
// moves the workflow allows from where it stands, and tabs for the summary
// (with the deadline explained), the requester and the agent (with the
// mandate checklist of Sovereign Ordinance 11.327, art. 1), internal notes
// and the history of its states. Fields stay editable while the request is
// open; a save over a request someone changed since it was opened is
// refused, and reloading it is offered.

#include "core/Result.h"
#include "core/requests/Request.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace habeas {

class AgentForm;
class FindingsPanel;
class IdentityPanel;
class LettersPanel;
class RequesterForm;
class Session;

class RequestView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestView)

public:
    explicit RequestView(Session &session, QWidget *parent = nullptr);

    // Reads the request (an audited view) and shows it.
    void open(qint64 requestId);
    // Forgets the request: nothing of it stays on screen or in memory.
    void clear();
    qint64 requestId() const { return m_request ? m_request->id : 0; }
    bool hasUnsavedChanges() const;
    QTabWidget *tabs() const { return m_tabs; }
    IdentityPanel *identity() const { return m_identity; }
    FindingsPanel *findings() const { return m_findings; }
    LettersPanel *letters() const { return m_letters; }
    // The button that prepares the letter the request is owed first
    // (shown while one is owed).
    QPushButton *owedLetterButton() const { return m_owedButton; }

    // Saves the edits; false when refused (the reason was shown).
    bool save();
    // Moves the request to `to`, asking what the move needs (a reason, a
    // confirmation that the identity document will be destroyed).
    bool moveTo(RequestState to);
    // Offers the one extension (reasons, then the new date to confirm).
    bool extend();
    // Whether the workflow offers a move or the extension now.
    bool offers(RequestState to) const;
    bool offersExtension() const;
    // Ctrl+P: prints the letter chosen on the Letters tab, when that tab is
    // shown; false when nothing shown is printable.
    bool print();

Q_SIGNALS:
    // After a save, a move or an extension, for the list to read again.
    void requestChanged(qint64 requestId);

private:
    // Whether the shown request may give way to another: unsaved edits are
    // saved, dropped or kept (the person chooses).
    bool mayLeave();
    // Reads the shown request again, edits on screen dropped.
    void reread();
    void build();
    QWidget *buildSummary();
    QWidget *buildPeople();
    QWidget *buildNotes();
    QWidget *buildHistory();
    void display(const Request &request);
    void showNotes();
    void showHistory();
    void showAuditTrail();
    void showChecklist();
    // The line under the next step that names the letters owed, and its button.
    void showOwedLetters();
    void updateActions();
    RequestEdit edited() const;
    void fillEdit(const RequestEdit &edit);
    void addNote();
    void reportRefusal(const Error &error);
    QWidget *fieldOf(const QString &field) const;

    Session &m_session;
    std::optional<Request> m_request;
    RequestEdit m_loaded;

    QLabel *m_title = nullptr;
    QLabel *m_nextStep = nullptr;
    std::vector<std::pair<RequestState, QPushButton *>> m_moveButtons;
    QPushButton *m_extend = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_reload = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_owed = nullptr;
    QLabel *m_owedText = nullptr;
    QPushButton *m_owedButton = nullptr;

    // Summary
    QComboBox *m_channel = nullptr;
    QDateEdit *m_received = nullptr;
    QWidget *m_rightsBox = nullptr;
    std::vector<std::pair<QString, QCheckBox *>> m_rights;
    QComboBox *m_language = nullptr;
    QComboBox *m_assignee = nullptr;
    QPlainTextEdit *m_words = nullptr;
    QLabel *m_deadline = nullptr;

    // Requester and agent
    RequesterForm *m_requester = nullptr;
    QGroupBox *m_agentBox = nullptr;
    AgentForm *m_agent = nullptr;
    QLabel *m_checklist = nullptr;

    IdentityPanel *m_identity = nullptr;
    FindingsPanel *m_findings = nullptr;
    LettersPanel *m_letters = nullptr;

    // Notes and history
    QTextBrowser *m_notes = nullptr;
    QPlainTextEdit *m_newNote = nullptr;
    QPushButton *m_addNote = nullptr;
    QTableWidget *m_history = nullptr;
    QTableWidget *m_trail = nullptr;
};

} // namespace habeas
