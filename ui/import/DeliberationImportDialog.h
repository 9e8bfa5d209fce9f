#pragma once

// Importing one deliberation from its text (a file, the clipboard, a drop):
// the cleaned text on the left with what was recognised highlighted, every
// field on the right for the DPO to check and correct, the processing to
// link chosen among suggestions, the conditions to import ticked, and what
// the text lacks said in words. Nothing is saved before Import; a number
// already recorded offers to open that deliberation or to import the text
// as its new version. A typed factory: what became of the import, or
// nothing when cancelled. The DPO's only (ManageDeliberations).

#include "core/deliberations/Deliberation.h"
#include "core/import/DeliberationImport.h"
#include "core/import/DeliberationParser.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTextEdit;
class QWidget;

namespace habeas {

class Session;

struct ImportedDeliberation final {
    enum class Outcome { Created, NewVersion, OpenExisting };
    Outcome outcome = Outcome::Created;
    qint64 deliberationId = 0; // the one saved, or the one to open
};

class DeliberationImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliberationImportDialog)

public:
    // Condition table's columns.
    enum ConditionColumn { ImportColumn, KindColumn, TextColumn, RecordedColumn, ConditionColumnCount };

    // `source` names where the text came from ("2023-133.txt", "the clipboard").
    DeliberationImportDialog(Session &session, const QString &text, const QString &source, QWidget *parent = nullptr);

    // Nothing when cancelled, or when the session may not import.
    static std::optional<ImportedDeliberation> run(Session &session, const QString &text, const QString &source,
                                                   QWidget *parent);

    std::optional<ImportedDeliberation> result() const { return m_result; }
    const ParsedDeliberation &parsed() const { return m_parsed; }
    // The deliberation as the fields now say it (the processing chosen
    // included, the conditions unticked left out).
    Deliberation edited() const;
    // The deliberation already recorded under the number typed, if any.
    qint64 recordedId() const { return m_recordedId; }

    // The buttons' actions, for the keyboard and for tests.
    bool importNew();
    bool importVersion();
    void openRecorded();
    // Asks before dropping edits; true when the dialog was closed.
    bool cancel();

    QTextEdit *text() const { return m_text; }
    // The part of the text marked for the field or condition chosen.
    QString shownPart() const;
    QLabel *missingBanner() const { return m_missing; }
    QWidget *recordedBanner() const { return m_recordedBanner; }
    QLabel *recordedText() const { return m_recordedText; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *versionButton() const { return m_version; }
    QPushButton *importButton() const { return m_import; }
    QLineEdit *number() const { return m_number; }
    QDateEdit *date() const { return m_date; }
    QComboBox *authority() const { return m_authority; }
    QLabel *authorityNote() const { return m_authorityNote; }
    QComboBox *kind() const { return m_kind; }
    QComboBox *subject() const { return m_subject; }
    QLineEdit *title() const { return m_title; }
    QLineEdit *presentedBy() const { return m_presentedBy; }
    QLineEdit *department() const { return m_department; }
    QLineEdit *journalNumber() const { return m_journalNumber; }
    QDateEdit *journalDate() const { return m_journalDate; }
    QComboBox *processing() const { return m_processing; }
    QListWidget *citations() const { return m_citations; }
    QListWidget *sections() const { return m_sections; }
    QTableWidget *conditions() const { return m_conditions; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildText();
    void highlight();
    void fillFields();
    void fillConditions();
    void fillCitations();
    void refreshSuggestions();
    void refreshRecorded();
    void showSpan(const TextSpan &span);
    bool validate();
    bool confirmIncomplete();
    void markEdited() { m_edited = true; }

    Session &m_session;
    ParsedDeliberation m_parsed;
    std::optional<ImportedDeliberation> m_result;
    qint64 m_recordedId = 0;
    std::optional<Deliberation> m_recorded;
    bool m_edited = false;
    bool m_filling = false;

    QTextEdit *m_text = nullptr;
    QLabel *m_missing = nullptr;
    QWidget *m_recordedBanner = nullptr;
    QLabel *m_recordedText = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_version = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_numberError = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_dateError = nullptr;
    QComboBox *m_authority = nullptr;
    QLabel *m_authorityNote = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindNote = nullptr;
    QComboBox *m_subject = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleError = nullptr;
    QLineEdit *m_presentedBy = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_journalNumber = nullptr;
    QDateEdit *m_journalDate = nullptr;
    QComboBox *m_processing = nullptr;
    QLabel *m_processingNote = nullptr;
    QListWidget *m_citations = nullptr;
    QListWidget *m_sections = nullptr;
    QTableWidget *m_conditions = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace habeas
