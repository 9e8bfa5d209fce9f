#include "ui/shell/MainWindow.h"

#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ChangePasswordDialog.h"
#include "ui/accounts/AccountsModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/deliberations/ConditionsBoardPage.h"
#include "ui/deliberations/DeliberationsPage.h"
#include "ui/letters/LetterheadPage.h"
#include "ui/letters/LetterTemplatesPage.h"
#include "ui/register/PrivacyNoticeDialog.h"
#include "ui/requests/NewRequestWizard.h"
#include "ui/requests/RequestView.h"
#include "ui/register/RegisterPage.h"
#include "ui/requests/RequestsPage.h"
#include "ui/requests/RetentionPage.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/GlobalSearchDialog.h"
#include "ui/shell/InactivityFilter.h"
#include "ui/common/LongOperation.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SecureClipboard.h"
#include "ui/shell/LockOverlay.h"
#include "ui/administration/VaultOverviewPage.h"
#include "core/accounts/Session.h"
#include "core/requests/RequestService.h"
#include "core/settings/MachinePolicy.h"
#include "ui/settings/SecuritySettingsPage.h"

#include <QAction>

#include <QApplication>
#include <QTimer>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace habeas {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget *parent)
    : QMainWindow(parent), m_session(std::move(session))
{
    setWindowTitle(tr("%1 — Habeas").arg(m_session->vaultPath().section(u'/', -1)));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMaximumWidth(200);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Each page needs a permission; a person sees the pages of their role
    // and lands on the first (clerks and the DPO on the Dashboard, an
    // administrator on Accounts). The vault's technical overview is part of
    // Administration, nobody's first page.
    const Role role = m_session->role();
    if (roleAllows(role, Permission::ViewRequests)) {
        auto *dashboard = new DashboardPage(*m_session, m_stack);
        addPage(dashboard);
        m_requests = new RequestsPage(*m_session, m_stack);
        addPage(m_requests);
        connect(dashboard, &DashboardPage::openRequested, this, &MainWindow::openRequest);
    }
    if (roleAllows(role, Permission::ViewRegister))
        addPage(new RegisterPage(*m_session, m_stack));
    if (roleAllows(role, Permission::ViewDeliberations)) {
        m_deliberations = new DeliberationsPage(*m_session, m_stack);
        addPage(m_deliberations);
    }
    if (m_deliberations && roleAllows(role, Permission::ManageDeliberations)) {
        auto *board = new ConditionsBoardPage(*m_session, m_stack);
        addPage(board);
        connect(board, &ConditionsBoardPage::openRequested, this, &MainWindow::openDeliberation);
    }
    if (roleAllows(role, Permission::ManageAccounts))
        addPage(new AccountsPage(*m_session, m_stack));
    if (roleAllows(role, Permission::ManageSettings)) {
        auto *settings = new SecuritySettingsPage(*m_session, m_stack);
        connect(settings, &SecuritySettingsPage::saved, this, &MainWindow::applyIdleDelay);
        addPage(settings);
        addPage(new LetterheadPage(*m_session, m_stack));
        addPage(new VaultOverviewPage(*m_session, m_stack));
    }
    if (roleAllows(role, Permission::ManageLetterTemplates))
        addPage(new LetterTemplatesPage(*m_session, m_stack));
    if (roleAllows(role, Permission::AnonymiseCases)) {
        m_retention = new RetentionPage(*m_session, m_stack);
        addPage(m_retention);
        // A request anonymised while open below the list is read again.
        connect(m_retention, &RetentionPage::anonymised, this, [this](const QList<qint64> &ids) {
            if (m_requests && ids.contains(m_requests->detail()->requestId()))
                m_requests->detail()->open(m_requests->detail()->requestId());
        });
    }
    if (roleAllows(role, Permission::ViewAuditLog))
        addPage(new AuditLogPage(*m_session, m_stack));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_changePasswordAction = file->addAction(tr("&Change my password…"));
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    m_lockAction = file->addAction(tr("&Lock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    if (m_requests && roleAllows(role, Permission::HandleRequests)) {
        QAction *create = file->addAction(tr("&New request…"));
        create->setShortcut(QKeySequence::New);
        connect(create, &QAction::triggered, this, &MainWindow::newRequest);
    }
    if (m_requests) {
        QAction *find = file->addAction(tr("&Search…"));
        find->setObjectName(QStringLiteral("globalSearchAction"));
        find->setShortcut(QKeySequence::Find);
        connect(find, &QAction::triggered, this, [this] {
            if (isLocked())
                return;
            const auto chosen = GlobalSearchDialog::choose(*m_session, this);
            // A lock while the dialog was open closed it: nothing opens then.
            if (!chosen || isLocked())
                return;
            if (chosen->kind == GlobalSearchChoice::Kind::Request) {
                openRequest(chosen->requestId);
                return;
            }
            if (showPage(int(std::find(m_pages.begin(), m_pages.end(), m_requests) - m_pages.begin())))
                m_requests->showMatching(chosen->text);
        });
        QAction *refresh = file->addAction(tr("&Refresh"));
        refresh->setShortcut(QKeySequence::Refresh);
        connect(refresh, &QAction::triggered, this, [this] { showPage(m_stack->currentIndex()); });
    }
    // Public, and made from what clerks and the DPO already read.
    if (roleAllows(role, Permission::ViewRegister)) {
        QAction *notice = file->addAction(tr("Public privacy &notice…"));
        notice->setObjectName(QStringLiteral("privacyNoticeAction"));
        connect(notice, &QAction::triggered, this, [this] {
            if (isLocked())
                return;
            PrivacyNoticeDialog dialog(*m_session, this);
            dialog.exec();
        });
    }
    QAction *print = file->addAction(tr("&Print…"));
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, [this] {
        if (isLocked())
            return;
        Page *page = m_pages[std::size_t(m_stack->currentIndex())];
        if (!page->print())
            statusBar()->showMessage(tr("Nothing shown here can be printed. Letters are printed from a request's "
                                        "Letters tab."),
                                     8000);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Habeas…"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt…"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_overlay = new LockOverlay(central);
    connect(m_overlay, &LockOverlay::unlockRequested, this, &MainWindow::unlock);
    m_idle = new InactivityFilter(this);
    connect(m_idle, &InactivityFilter::timedOut, this, &MainWindow::lock);
    applyIdleDelay();

    auto *who = new QLabel(tr("Signed in as %1 (%2, %3)")
                               .arg(m_session->account().fullName, m_session->account().login,
                                    AccountsModel::roleName(m_session->role())),
                           this);
    who->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addWidget(who);
    auto *vault = new QLabel(tr("Vault: %1").arg(m_session->vaultPath().section(u'/', -1)), this);
    vault->setObjectName(QStringLiteral("vaultName"));
    vault->setToolTip(QDir::toNativeSeparators(m_session->vaultPath()));
    statusBar()->addWidget(vault);
    if (m_requests) {
        m_overdue = new QLabel(this);
        m_overdue->setObjectName(QStringLiteral("overdueCount"));
        statusBar()->addPermanentWidget(m_overdue);
        connect(m_requests, &RequestsPage::requestsChanged, this, &MainWindow::showStatus);
    }
    // Before the first page loads, so that it loads as it was left.
    restoreViewState();
    m_navigation->setCurrentRow(0);
    showExpiredCases();
    // The key for identity documents could not be made, replaced or given
    // at sign-in: said once the window is up, not buried in a log.
    if (const auto &problem = m_session->caseKeyProblem()) {
        const QString text = tr("The key that protects identity documents could not be brought up to date at sign-in: "
                                "%1 Habeas will try again at your next sign-in; until then, tell the administrator.")
                                 .arg(problem->message);
        QTimer::singleShot(0, this, [this, text] { MessageBox::warning(this, tr("Identity documents"), text); });
    }
}

MainWindow::~MainWindow()
{
    // Pages let go of the connection before the session closes the vault.
    for (Page *page : m_pages)
        page->clear();
    m_session->logout();
}

void MainWindow::addPage(Page *page)
{
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_navigation->addItem(page->title());
}

bool MainWindow::showPage(int index)
{
    if (index < 0 || index >= int(m_pages.size()) || isLocked())
        return false;
    // The page left may hold edits not saved yet: it asks, and may stay.
    const int current = m_stack->currentIndex();
    if (current != index && current >= 0 && current < int(m_pages.size())
        && !m_pages[std::size_t(current)]->mayLeave()) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(current);
        return false;
    }
    if (m_navigation->currentRow() != index) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_stack->setCurrentIndex(index);
    m_pages[std::size_t(index)]->reload();
    showStatus();
    return true;
}

void MainWindow::showExpiredCases()
{
    if (!m_retention)
        return;
    // Listed at sign-in; nothing is cleared until the person confirms there.
    m_retention->reload();
    if (m_retention->expiredCount() > 0)
        showPage(int(std::find(m_pages.begin(), m_pages.end(), m_retention) - m_pages.begin()));
}

void MainWindow::newRequest()
{
    if (isLocked())
        return;
    NewRequestWizard wizard(*m_session, this);
    // A lock while the wizard was open rejected it; nothing opens then.
    if (wizard.exec() != QDialog::Accepted || wizard.createdId() == 0 || isLocked())
        return;
    openRequest(wizard.createdId());
}

void MainWindow::openRequest(qint64 requestId)
{
    if (!m_requests || isLocked())
        return;
    if (!showPage(int(std::find(m_pages.begin(), m_pages.end(), m_requests) - m_pages.begin())))
        return;
    m_requests->detail()->open(requestId);
}

void MainWindow::openDeliberation(qint64 deliberationId, qint64 conditionId)
{
    if (!m_deliberations || isLocked())
        return;
    if (!showPage(int(std::find(m_pages.begin(), m_pages.end(), m_deliberations) - m_pages.begin())))
        return;
    m_deliberations->open(deliberationId, conditionId);
}

void MainWindow::showStatus()
{
    if (!m_overdue)
        return;
    if (isLocked()) {
        m_overdue->clear();
        return;
    }
    RequestFilter overdue;
    overdue.overdueOn = m_session->clock()->today();
    auto count = RequestService(*m_session).count(overdue);
    m_overdue->setText(count ? tr("%n overdue request(s)", nullptr, int(*count)) : QString());
}

bool MainWindow::isLocked() const
{
    return m_session->isLocked();
}

void MainWindow::applyIdleDelay()
{
    if (m_session->isLocked())
        return;
    // A machine policy may shorten the vault's delay, or impose one (docs/DEPLOYMENT.md).
    const int minutes =
        MachinePolicy::current().effectiveIdleLockMinutes(m_session->settings().value(VaultSetting::IdleLockMinutes));
    m_idle->setDelay(minutes > 0 ? minutes * 60 * 1000 : 0);
    m_idle->start();
}

void MainWindow::restoreViewState()
{
    const AccountLocalSettings local = m_session->localSettings();
    if (!restoreGeometry(local.value(AccountSetting::MainWindowGeometry))
        && !restoreGeometry(LocalSettings::value(LocalSetting::MainWindowGeometry)))
        resize(960, 640);
    for (Page *page : m_pages)
        page->restoreState(local);
}

void MainWindow::saveViewState()
{
    AccountLocalSettings local = m_session->localSettings();
    const QByteArray geometry = saveGeometry();
    local.setValue(AccountSetting::MainWindowGeometry, geometry);
    LocalSettings::setValue(LocalSetting::MainWindowGeometry, geometry);
    for (Page *page : m_pages)
        page->saveState(local);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Locking closes the vault: never under a change of the vault key.
    if (LongOperation::isRunning()) {
        QTimer::singleShot(1000, this, &MainWindow::lock);
        return;
    }
    // Modal dialogs may hold personal data or a half-typed password.
    for (int guard = 0; guard < 16; ++guard) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == this)
            break;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
    SecureClipboard::instance().clear();
    saveViewState();
    for (Page *page : m_pages)
        page->clear();
    m_session->lock();
    showStatus();
    m_idle->stop();
    m_navigation->setEnabled(false);
    m_lockAction->setEnabled(false);
    m_changePasswordAction->setEnabled(false);
    m_overlay->showFor(m_session->account().fullName, m_session->account().login);
}

void MainWindow::unlock(const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto unlocked = m_session->unlock(SecureBytes::fromText(password));
    QApplication::restoreOverrideCursor();
    if (!unlocked) {
        m_overlay->showError(unlocked.error().message);
        return;
    }
    m_overlay->dismiss();
    m_navigation->setEnabled(true);
    m_lockAction->setEnabled(true);
    m_changePasswordAction->setEnabled(true);
    applyIdleDelay();
    showPage(m_stack->currentIndex());
}

void MainWindow::changePassword()
{
    ChangePasswordDialog::run(*m_session, QString(), this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Edits not saved yet are asked about first; the lock drops them instead.
    if (!isLocked()) {
        for (Page *page : m_pages) {
            if (!page->mayLeave()) {
                event->ignore();
                return;
            }
        }
    }
    saveViewState();
    SecureClipboard::instance().clear();
    for (Page *page : m_pages)
        page->clear();
    m_session->logout();
    event->accept();
}

} // namespace habeas
