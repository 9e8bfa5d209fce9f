#pragma once

// One deliberation as the DPO and clerks read it: its particulars, the full
// text with its sections as an outline (choosing a section scrolls the text
// to it), the conditions it imposes and, for the condition selected, its
// history. Those who manage deliberations also follow the condition up
// (status, owner, due date, evidence, with a note for the history) and link
// the deliberation to a processing of the register; marking a condition met
// asks for its evidence first. A condition about something Habeas records
// may be measured by an indicator the DPO chooses (its Measure tab): the
// figure shows beside the condition, with the late requests or the exports
// not encrypted listed under it.
//
// It holds what the deliberation says and who follows what: clear() forgets
// all of it, edits included (the lock calls it through the page).

#include "core/deliberations/Deliberation.h"

#include <QWidget>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace habeas {

class ConditionsModel;
class Session;

class DeliberationView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliberationView)

public:
    explicit DeliberationView(Session &session, QWidget *parent = nullptr);

    // Shows the deliberation, and selects the condition `conditionId` when
    // it is one of its own (else the first). False, with the reason shown,
    // when it cannot be read.
    bool open(qint64 deliberationId, qint64 conditionId = 0);
    void clear();
    qint64 deliberationId() const { return m_deliberation ? m_deliberation->id : 0; }
    qint64 selectedConditionId() const;
    bool selectCondition(qint64 conditionId);

    // The follow-up typed differs from the condition selected.
    bool hasUnsavedChanges() const;
    // Asks what to do with unsaved follow-up (save, drop or stay); true
    // when the view may show something else.
    bool confirmLeave();
    // Saves the follow-up of the selected condition; false, with the
    // reason shown at the field concerned, when it is refused.
    bool saveCondition();
    // Links the deliberation to the processing chosen (none unlinks).
    bool linkProcessing();
    // Measures the selected condition by the indicator chosen in the
    // Measured by list (none unlinks); false, with the reason shown, when
    // it is refused.
    bool setIndicator();

    QListWidget *outline() const { return m_outline; }
    QTextBrowser *text() const { return m_text; }
    QTableView *conditions() const { return m_conditionsView; }
    ConditionsModel *conditionsModel() const { return m_conditions; }
    QTableWidget *history() const { return m_history; }
    QTabWidget *conditionTabs() const { return m_conditionTabs; }
    QWidget *measurePane() const { return m_measurePane; }
    QComboBox *indicator() const { return m_indicator; }
    QLabel *figure() const { return m_figure; }
    QTableWidget *figureRows() const { return m_figureRows; }

Q_SIGNALS:
    // A condition or the link to a processing was saved.
    void changed();

private:
    void showParticulars();
    void showText();
    void fillProcessings();
    void conditionSelected(int row);
    void fillEditor(const Condition *condition);
    void showHistory(qint64 conditionId);
    void showEvidenceError(const QString &message);
    // Measures every condition of the deliberation linked to an indicator
    // for the table's Figure column, and fills the Measure tab.
    void measureConditions();
    void showMeasure(const Condition *condition);

    Session &m_session;
    const bool m_manages;
    std::optional<Deliberation> m_deliberation;
    int m_currentRow = -1;

    QLabel *m_particulars = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_linkRow = nullptr;
    QComboBox *m_processing = nullptr;
    QPushButton *m_link = nullptr;
    QListWidget *m_outline = nullptr;
    QTextBrowser *m_text = nullptr;
    ConditionsModel *m_conditions = nullptr;
    QTableView *m_conditionsView = nullptr;
    QTabWidget *m_conditionTabs = nullptr;
    QWidget *m_editor = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QLabel *m_evidenceError = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_historyNote = nullptr;
    QTableWidget *m_history = nullptr;
    // The figures of the deliberation's measured conditions, by condition.
    std::map<qint64, ConditionMeasure> m_measures;
    QWidget *m_measurePane = nullptr;
    QComboBox *m_indicator = nullptr;
    QLabel *m_suggestion = nullptr;
    QLabel *m_figure = nullptr;
    QLabel *m_figureNote = nullptr;
    QTableWidget *m_figureRows = nullptr;
};

} // namespace habeas
