#pragma once

// Ctrl+F: one field searching request references, requesters' surnames
// (accents and case ignored) and processings' names as the person types,
// the results grouped under "Requests" and "Processings". The arrow keys go
// from the field into the results, Enter opens the current one (the first
// when none is), Escape closes.
//
// A request chosen, or "all the requests" matching the text, is what the
// dialog returns, for the main window to show on the Requests page. A
// processing opens in a read-only summary over the search, which stays open
// (until the Register page comes). The dialog is modal: the lock closes it,
// and closing forgets the text and the results.

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace habeas {

class GlobalSearchModel;
class Session;

struct GlobalSearchChoice final {
    enum class Kind {
        Request,     // requestId: open it
        AllRequests, // text: the request list filtered by it
    };
    Kind kind = Kind::Request;
    qint64 requestId = 0;
    QString text;
};

class GlobalSearchDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalSearchDialog)

public:
    // Runs the dialog; returns what to show, or nothing when it was closed
    // (Escape, the lock). The session must allow viewing requests.
    static std::optional<GlobalSearchChoice> choose(Session &session, QWidget *parent);

    explicit GlobalSearchDialog(Session &session, QWidget *parent = nullptr);

    GlobalSearchModel *model() const { return m_model; }
    // What was chosen, once the dialog is accepted.
    const std::optional<GlobalSearchChoice> &choice() const { return m_choice; }
    // Searches now rather than after the typing pause (Enter does too).
    void searchNow();

    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Opens the current result, or the first when none is current.
    void openCurrent();
    void open(const QModelIndex &index);
    void showResults();
    void showProcessing(qint64 id);

    Session &m_session;
    GlobalSearchModel *m_model = nullptr;
    QLineEdit *m_field = nullptr;
    QTreeView *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_typing = nullptr;
    std::optional<GlobalSearchChoice> m_choice;
};

} // namespace habeas
