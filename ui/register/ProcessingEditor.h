#pragma once

// The editor of one processing of the register, its tabs following the
// sections of a deliberation of the authority (I purpose … VIII retention),
// then its history. Each committed field edit (a line left, a choice made,
// a table cell or row changed) is one step of an undo stack over the whole
// editor; Save sends the processing to ProcessingService and shows a
// refusal at the field it names. Read only without ManageRegister. Above
// the tabs, what the register's consistency checks say about the
// processing as saved.
//
// clear() drops what is shown, the edits and the undo steps (the lock).

#include "core/register/Processing.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace habeas {

class Session;

class ProcessingEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessingEditor)

public:
    enum Tab {
        PurposeTab,
        LawfulnessTab,
        DataTab,
        InformationTab,
        RecipientsTab,
        LinksTab,
        SecurityTab,
        RetentionTab,
        HistoryTab
    };
    enum LegalTextColumn { LegalTextTitle, LegalTextDate, LegalTextReference };
    enum CategoryColumn { CategoryName, CategoryRetention, CategoryDays };
    enum RecipientColumn { RecipientName, RecipientAccess }; // then one column per kind of access
    enum LinkColumn { LinkKindColumn, LinkTarget };
    enum HistoryColumn { HistoryWhen, HistoryWho, HistoryField, HistoryBefore, HistoryAfter };

    explicit ProcessingEditor(Session &session, QWidget *parent = nullptr);
    ~ProcessingEditor() override;

    // Reads the processing and shows it, dropping the undo steps; false
    // (the status line says why) when it cannot be read.
    bool open(qint64 id);
    // A blank processing, created by the next save (ManageRegister only).
    void startNew();
    void clear();
    // Commits the field being edited, then saves; a refusal is said in the
    // status line and the focus put on its field. Returns whether it saved.
    bool save();
    // Save, Discard or Cancel when there are edits not saved; true when the
    // editor may show something else.
    bool mayDrop();

    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const;
    qint64 processingId() const { return m_current.id; }
    const Processing &current() const { return m_current; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *history() const { return m_history; }
    QString statusText() const;

    // Puts `processing` in the fields; the undo steps call it.
    void display(const Processing &processing);
    // Reads the fields; pushes an undo step when they differ from what the
    // editor holds.
    void commit();

Q_SIGNALS:
    void saved(qint64 id);
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Processing fromFields() const;
    void showHistory();
    void showRelated();
    void showRetention(const Processing &processing);
    void updateState();
    void applyReadOnly();
    void addRow(QTableWidget *table);
    void removeRow(QTableWidget *table);
    // Where a refusal's field is: its tab, its widget, its row.
    void showField(const QString &field);
    void setStatus(const QString &text, bool error = false);

    Session &m_session;
    const bool m_readOnly;
    bool m_open = false;
    bool m_displaying = false;
    bool m_wasModified = false;
    Processing m_saved;   // as last read or saved
    Processing m_current; // as the committed edits left it
    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_modified = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_save = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_checks = nullptr; // the consistency flags of the processing shown
    QLabel *m_referencedOnly = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_controller = nullptr;
    QComboBox *m_statusChoice = nullptr;
    QPlainTextEdit *m_functionalities = nullptr;
    QPlainTextEdit *m_subjects = nullptr;
    QLabel *m_deliberations = nullptr;
    QComboBox *m_basis = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QTableWidget *m_legalTexts = nullptr;
    QTableWidget *m_categories = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QPlainTextEdit *m_information = nullptr;
    QPlainTextEdit *m_rights = nullptr;
    QComboBox *m_mandatory = nullptr;
    QPlainTextEdit *m_mandatoryReason = nullptr;
    QTableWidget *m_recipients = nullptr;
    QPlainTextEdit *m_transfers = nullptr;
    QTableWidget *m_links = nullptr;
    QLabel *m_linkedFrom = nullptr;
    QPlainTextEdit *m_security = nullptr;
    QTableWidget *m_retention = nullptr;
    QTableWidget *m_history = nullptr;
    QList<QPushButton *> m_rowButtons;
    QLabel *m_statusLine = nullptr;
};

} // namespace habeas
