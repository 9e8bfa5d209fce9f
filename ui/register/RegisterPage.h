#pragma once

// Register: the processings of the register in a table, searched by name or
// reference and filtered by status, department and open conditions of the
// authority's deliberations; the processing chosen is shown below in its
// editor, which the DPO edits and clerks read. Through ProcessingService;
// for ViewRegister.
//
// The processing chosen, or the whole register, is printed (Ctrl+P: the
// processing) or exported as a PDF encrypted with a password; the extract
// shows the register as saved. The DPO also makes the inspection file for
// the authority here, of the processing chosen or of the whole register.
//
// Choosing another processing or leaving the page with edits not saved
// asks first; clear() at the lock drops the list, the filters' choices and
// the editor with its edits.
//
// Below the list, two tabs: "Description" (the editor) and "Links graph"
// (RegisterGraphPanel), the neighbourhood of the processing chosen. A
// click on a node chooses that processing in the list and recentres the
// graph; a double click or Enter opens it in the editor's tab; "Add to
// register" opens a referenced-only processing there to be described.

#include "ui/shell/Page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace habeas {

class ProcessingEditor;
class RegisterGraphPanel;
class RegisterModel;
class Session;

class RegisterPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)

public:
    explicit RegisterPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    bool mayLeave() override;
    // Ctrl+P: the extract of the processing chosen.
    bool print() override;
    // Prints the extract of the processing chosen, or of the whole
    // register. False when there is none, or cancelled or refused (said).
    bool printExtract(bool wholeRegister);
    // Asks for the password and the file, then writes the extract
    // encrypted. False when cancelled or refused (said).
    bool exportExtract(bool wholeRegister);
    // The inspection file for the authority (only offered to those
    // InspectionFileService allows): its scope and period, its password and
    // its file asked for, then made under a progress dialog. False when
    // cancelled or refused (said).
    bool exportInspection();

    RegisterModel *model() const { return m_model; }
    ProcessingEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    RegisterGraphPanel *graph() const { return m_graph; }
    // The tabs below the list: the editor's and the graph's.
    QTabWidget *detail() const { return m_detail; }
    // Shows the processing in the editor and selects its row, asking first
    // when the editor holds unsaved edits. Returns whether it did.
    bool openProcessing(qint64 id);
    // "New processing…": a blank one in the editor (ManageRegister).
    bool newProcessing();

private:
    // Reads the list (or the search's matches) again, keeping the choices.
    void readRows();
    void fillDepartments();
    void applyFilter();
    void selectionChanged();
    void selectRow(qint64 id);
    void showCount();
    // Opens the processing in the editor's tab (a double click in the
    // graph), its purpose ready to type when `describe` (Add to register).
    void openInEditor(qint64 id, bool describe);
    // The processing the extract is of; 0 when none is chosen (said).
    qint64 chosenForExtract();

    Session &m_session;
    RegisterModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_inspection = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_detail = nullptr;
    ProcessingEditor *m_editor = nullptr;
    RegisterGraphPanel *m_graph = nullptr;
    QStringList m_departments;
    bool m_selecting = false;
};

} // namespace habeas
