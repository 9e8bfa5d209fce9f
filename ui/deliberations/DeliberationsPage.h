#pragma once

// Deliberations: the authority's opinions in a list (number, date,
// authority, kind, title, processing, conditions open of all), the one
// selected read below with its outline and its conditions. Clerks read;
// the DPO follows the conditions up and links each deliberation to its
// processing. The DPO imports a deliberation's text from a file, the
// clipboard or a drop onto the page (DeliberationImportDialog).

#include "ui/shell/Page.h"

class QLabel;
class QSplitter;
class QToolButton;
class QTableView;

namespace habeas {

class DeliberationView;
class DeliberationsModel;
class Session;

class DeliberationsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliberationsPage)

public:
    explicit DeliberationsPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    // Reads the list again; the deliberation shown stays (the first is
    // shown when none is).
    void reload() override;
    void clear() override;
    bool mayLeave() override;

    // Shows the deliberation and selects its condition (from the board).
    bool open(qint64 deliberationId, qint64 conditionId = 0);

    // Imports a text through DeliberationImportDialog, then shows what was
    // saved or the deliberation chosen; false when nothing came of it.
    bool importText(const QString &text, const QString &source);
    // Reads the file (DeliberationImport::readFile), problems said in a
    // message, then imports its text.
    bool importFile(const QString &path);
    // "From a file…" (through FileDialog) and "From the clipboard".
    bool importFromFile();
    bool importFromClipboard();

    QToolButton *importButton() const { return m_import; }
    DeliberationsModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    DeliberationView *viewer() const { return m_viewer; }

Q_SIGNALS:
    // A condition or a link was saved: the board and the dashboard read again.
    void deliberationsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refreshList();
    void rowChosen(int row);
    void selectRow(int row);

    Session &m_session;
    DeliberationsModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QSplitter *m_splitter = nullptr;
    DeliberationView *m_viewer = nullptr;
    QLabel *m_problem = nullptr;
    QToolButton *m_import = nullptr;
    bool m_selecting = false;
    bool m_sized = false;
};

} // namespace habeas
