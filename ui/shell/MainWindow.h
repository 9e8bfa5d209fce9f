#pragma once

// The main window: navigation between pages, the signed-in person, and the
// one lock pipeline (Ctrl+L, idle time): close modal dialogs, clear the
// clipboard and every page, close the database and wipe the key, then show
// only the unlock prompt.

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace habeas {

class DeliberationsPage;
class InactivityFilter;
class LockOverlay;
class Page;
class RequestsPage;
class RetentionPage;
class Session;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() { return *m_session; }
    void lock();
    bool isLocked() const;
    InactivityFilter *inactivity() const { return m_idle; }
    // The pages in navigation order (tests and keyboard navigation).
    const std::vector<Page *> &pages() const { return m_pages; }
    // Shows the page at `index`, once the page shown agrees to be left
    // (Page::mayLeave). Returns whether it is shown.
    bool showPage(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void unlock(const QString &password);
    void changePassword();
    void applyIdleDelay();
    // The window's and the pages' layout, this account's on this machine
    // (the machine's last window when the account has none yet).
    void restoreViewState();
    void saveViewState();
    // The permanent part of the status bar: who, and how many requests are
    // overdue (for those who handle requests).
    void showStatus();
    // Ctrl+N: the new-request wizard; the saved request opens.
    void newRequest();
    // At sign-in of those who anonymise case files: the ended requests
    // past their retention period, when there are any.
    void showExpiredCases();
    // Shows the request on the Requests page, below the list.
    void openRequest(qint64 requestId);
    // Shows the deliberation on the Deliberations page, that condition selected.
    void openDeliberation(qint64 deliberationId, qint64 conditionId);

    std::unique_ptr<Session> m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::vector<Page *> m_pages;
    RequestsPage *m_requests = nullptr;
    RetentionPage *m_retention = nullptr;
    DeliberationsPage *m_deliberations = nullptr;
    LockOverlay *m_overlay = nullptr;
    InactivityFilter *m_idle = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QLabel *m_overdue = nullptr;
};

} // namespace habeas
