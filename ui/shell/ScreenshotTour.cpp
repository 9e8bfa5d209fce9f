#include "ui/shell/ScreenshotTour.h"

#include "ui/import/DeliberationImportDialog.h"
#include "ui/deliberations/DeliberationView.h"
#include "ui/deliberations/DeliberationsPage.h"
#include "ui/documents/IdentityPanel.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/LettersPanel.h"
#include "ui/letters/PdfPasswordDialog.h"
#include "ui/letters/LetterTemplatesPage.h"
#include "ui/register/InspectionFileDialog.h"
#include "ui/register/PrivacyNoticeDialog.h"
#include "ui/register/ProcessingEditor.h"
#include "ui/register/ProcessingSummaryDialog.h"
#include "ui/register/RegisterGraphPanel.h"
#include "ui/register/RegisterPage.h"
#include "ui/requests/NewRequestWizard.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsModel.h"
#include "ui/requests/RequestsPage.h"
#include "ui/requests/RetentionPage.h"

#include "core/Clock.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/Permissions.h"
#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/demo/DemoVault.h"
#include "core/letters/LetterService.h"
#include "core/letters/PdfPages.h"
#include "core/register/InspectionFileService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/requests/Workflow.h"
#include "ui/accounts/AccountDialogs.h"
#include "ui/login/LoginWindow.h"
#include "ui/shell/GlobalSearchDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/settings/SecuritySettingsPage.h"
#include "core/settings/MachinePolicy.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Page.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace habeas {

namespace {

struct WindowSize {
    const char *name;
    QSize size;
};

constexpr WindowSize Sizes[] = {{"default", {1280, 800}}, {"small", {1024, 640}}};

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget &widget, const QString &path)
{
    settle();
    const bool saved = widget.grab().save(path, "PNG");
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(QDir::toNativeSeparators(path)));
    return saved;
}

// The demo request whose requester is `surname`, whatever its state.
qint64 demoRequest(Session &session, const QString &surname)
{
    RequestFilter filter;
    filter.text = surname;
    auto found = RequestService(session).list(filter);
    return found && !found->empty() ? found->front().id : 0;
}

// The print preview of every kind of letter, in the tour's language, from
// a demo vault of its own: the requests' language of correspondence is set
// to the tour's, and a request is refused for the English refusal, which
// the tour's main vault must not see. Also the Letters tab of a request
// with its letters issued, and the export's password dialog.
int letterPreviews(const QString &vault, const QDir &out, const QString &language)
{
    if (auto created = DemoVault::create(vault); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    const auto accounts = DemoVault::accounts();
    const DemoAccount &clerk =
        *std::find_if(accounts.begin(), accounts.end(), [](const DemoAccount &one) { return one.role == Role::Clerk; });
    auto signedIn = Session::login(vault, QString::fromUtf8(clerk.login), SecureBytes::copyOf(clerk.password));
    if (!signedIn) {
        std::fprintf(stderr, "%s: %s\n", clerk.login, qPrintable(signedIn.error().message));
        return 1;
    }
    MainWindow window(std::move(signedIn).value());
    window.resize(Sizes[0].size);
    window.show();
    Session &session = window.session();
    RequestService requests(session);
    const auto inLanguage = [&](const QString &surname) -> qint64 {
        const qint64 id = demoRequest(session, surname);
        auto request = requests.view(id);
        if (request && request->language != language && !Workflow::isEnd(request->state)) {
            RequestEdit edit = RequestEdit::of(*request);
            edit.language = language;
            (void)requests.update(id, edit, request->version);
        }
        return id;
    };
    const QString english = QStringLiteral("Whitfield");
    const bool french = language == QLatin1String("fr");
    struct Shot {
        LetterKind kind;
        QString surname;
    };
    const Shot shots[] = {{LetterKind::Acknowledgement, french ? QStringLiteral("Rossi") : english},
                          {LetterKind::IdentityRequest, french ? QStringLiteral("Rossi") : english},
                          {LetterKind::Extension, QStringLiteral("Gaggero")},
                          {LetterKind::Refusal, french ? QStringLiteral("Vatrican") : english},
                          {LetterKind::Reply, QStringLiteral("Lorenzi")}};
    int failures = 0;
    for (const Shot &shot : shots) {
        const qint64 id = inLanguage(shot.surname);
        if (shot.kind == LetterKind::Refusal && !french)
            (void)requests.transition(id, RequestState::Refused,
                                      QStringLiteral("The same request was answered three weeks ago and nothing has "
                                                     "changed since."));
        auto request = requests.view(id);
        auto draft = LetterService(session).draft(id, shot.kind);
        if (!request || !draft) {
            std::fprintf(stderr, "letter %s: %s\n", qPrintable(letterKindKey(shot.kind)),
                         qPrintable(draft ? request.error().message : draft.error().message));
            ++failures;
            continue;
        }
        LetterPreviewDialog preview(session, std::move(*draft), request->reference, &window);
        preview.show();
        failures += save(preview, out.filePath(language + QStringLiteral("-letter-%1.png").arg(letterKindKey(shot.kind)))) ? 0 : 1;
        // The acknowledgement issued: the archived letter, to print or export.
        if (shot.kind == LetterKind::Acknowledgement && preview.issue())
            failures += save(preview, out.filePath(language + QStringLiteral("-letter-issued.png"))) ? 0 : 1;
        preview.close();
    }
    // The Letters tab of the request whose acknowledgement was issued.
    for (Page *page : window.pages()) {
        auto *list = qobject_cast<RequestsPage *>(page);
        if (!list)
            continue;
        window.showPage(int(std::find(window.pages().begin(), window.pages().end(), page) - window.pages().begin()));
        list->detail()->open(demoRequest(session, french ? QStringLiteral("Rossi") : english));
        list->detail()->tabs()->setCurrentWidget(list->detail()->letters());
        list->detail()->letters()->table()->selectRow(0);
        failures += save(window, out.filePath(language + QStringLiteral("-letters-tab.png"))) ? 0 : 1;
    }
    PdfPasswordDialog password(session, &window);
    password.show();
    failures += save(password, out.filePath(language + QStringLiteral("-letter-password.png"))) ? 0 : 1;
    return failures;
}

// The register's editor as the DPO uses it, at each size, from a demo vault
// of its own (the change saved there must not show in the other pictures):
// the demo's meal-voucher processing on its data tab and in the links
// graph, then a retention
// changed and saved, and the history that keeps it.
int registerEditor(const QString &vault, const QDir &out, const QString &language)
{
    if (auto created = DemoVault::create(vault); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    const auto accounts = DemoVault::accounts();
    const DemoAccount &dpo =
        *std::find_if(accounts.begin(), accounts.end(), [](const DemoAccount &one) { return one.role == Role::Dpo; });
    auto signedIn = Session::login(vault, QString::fromUtf8(dpo.login), SecureBytes::copyOf(dpo.password));
    if (!signedIn) {
        std::fprintf(stderr, "%s: %s\n", dpo.login, qPrintable(signedIn.error().message));
        return 1;
    }
    MainWindow window(std::move(signedIn).value());
    window.show();
    RegisterPage *page = nullptr;
    int index = 0;
    for (; index < int(window.pages().size()) && !page; ++index)
        page = qobject_cast<RegisterPage *>(window.pages()[std::size_t(index)]);
    auto meals = ProcessingService(window.session()).search(QStringLiteral("titres restaurant"));
    if (!page || !meals || meals->empty()) {
        std::fprintf(stderr, "register: the demo's meal-voucher processing is missing\n");
        return 1;
    }
    window.showPage(index - 1);
    int failures = 0;
    ProcessingEditor *editor = page->editor();
    page->openProcessing(meals->front().id);
    const auto prefix = [&](const WindowSize &size) -> QString {
        return language + u'-' + QLatin1String(size.name) + u'-' + QString::fromUtf8(dpo.login);
    };
    editor->tabs()->setCurrentIndex(ProcessingEditor::DataTab);
    for (const WindowSize &size : Sizes) {
        window.resize(size.size);
        failures += save(window, out.filePath(prefix(size) + QStringLiteral("-ProcessingEditor-data.png"))) ? 0 : 1;
    }
    // Its links graph: the email processing it is interconnected with, and
    // the processings its deliberation names that nobody described yet.
    page->detail()->setCurrentWidget(page->graph());
    for (const WindowSize &size : Sizes) {
        window.resize(size.size);
        failures += save(window, out.filePath(prefix(size) + QStringLiteral("-RegisterGraph.png"))) ? 0 : 1;
    }
    // Two links away: from the email processing, the meal vouchers that
    // link to it and what they link to.
    if (auto mail = ProcessingService(window.session()).search(QStringLiteral("Exchange business email"));
        mail && !mail->empty() && page->openProcessing(mail->front().id)) {
        for (const WindowSize &size : Sizes) {
            window.resize(size.size);
            failures +=
                save(window, out.filePath(prefix(size) + QStringLiteral("-RegisterGraph-two-links.png"))) ? 0 : 1;
        }
    } else {
        std::fprintf(stderr, "register: the demo's email processing is missing\n");
        ++failures;
    }
    page->openProcessing(meals->front().id);
    page->detail()->setCurrentWidget(editor);
    // A longer retention for the time records, entered in the table.
    auto *categories = editor->findChild<QTableWidget *>(QStringLiteral("processingCategories"));
    for (int row = 0; categories && row < categories->rowCount(); ++row) {
        if (categories->item(row, ProcessingEditor::CategoryName)->text() != QLatin1String("Informations temporelles"))
            continue;
        categories->item(row, ProcessingEditor::CategoryRetention)->setText(QStringLiteral("Treize mois glissants"));
        categories->item(row, ProcessingEditor::CategoryDays)->setText(QStringLiteral("395"));
    }
    const bool changed = editor->save();
    editor->tabs()->setCurrentIndex(ProcessingEditor::HistoryTab);
    for (const WindowSize &size : Sizes) {
        window.resize(size.size);
        failures += save(window, out.filePath(prefix(size) + QStringLiteral("-ProcessingEditor-history.png"))) ? 0 : 1;
    }
    // The inspection file: its scope and period, then its first pages (of
    // the demo's fictitious register) as the authority reads them.
    {
        InspectionFileDialog scope(meals->front().name, window.session().clock()->today().year(), &window);
        scope.show();
        failures += save(scope, out.filePath(language + QStringLiteral("-inspection-scope.png"))) ? 0 : 1;
    }
    auto inspection = InspectionFileService(window.session()).pdf(InspectionFileService::WholeRegister);
    if (!inspection) {
        std::fprintf(stderr, "inspection file: %s\n", qPrintable(inspection.error().message));
        ++failures;
    } else {
        const QByteArray pdf = inspection->bytes.view().toByteArray();
        for (int sheet = 0; sheet < std::min(inspection->pages, 2); ++sheet) {
            auto image = PdfPages::render(pdf, sheet, 80);
            const QString path = out.filePath(language + QStringLiteral("-inspection-page-%1.png").arg(sheet + 1));
            const bool saved = image && image->save(path, "PNG");
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "FAILED", qPrintable(path));
            failures += saved ? 0 : 1;
        }
    }
    window.close();
    return failures + (changed ? 0 : 1);
}

// What a person sees on a computer where the IT department set policies
// (docs/DEPLOYMENT.md): the sign-in window that may not remember the vault,
// and the idle-lock delay limited on the settings page. The policy is the
// tour's own, put back as it was afterwards.
int machinePolicies(const QString &vault, const QString &work, const QDir &out, const QString &language)
{
    const QString file = work + QStringLiteral("/policy.ini");
    {
        QSettings ini(file, QSettings::IniFormat);
        ini.beginGroup(QStringLiteral("Policies"));
        ini.setValue(QStringLiteral("DefaultVaultFolder"), work);
        ini.setValue(QStringLiteral("MaximumIdleLockMinutes"), 3);
        ini.setValue(QStringLiteral("DisableRememberVault"), true);
        ini.endGroup();
    }
    const MachinePolicy before = MachinePolicy::current();
    MachinePolicy::setCurrent(MachinePolicy::fromIniFile(file));
    int failures = 0;
    {
        LoginWindow login(vault);
        login.resize(login.sizeHint());
        login.show();
        failures += save(login, out.filePath(language + QStringLiteral("-policy-login.png"))) ? 0 : 1;
    }
    const auto accounts = DemoVault::accounts();
    const DemoAccount &admin = *std::find_if(accounts.begin(), accounts.end(),
                                             [](const DemoAccount &one) { return one.role == Role::Administrator; });
    auto signedIn = Session::login(vault, QString::fromUtf8(admin.login), SecureBytes::copyOf(admin.password));
    if (!signedIn) {
        std::fprintf(stderr, "%s: %s\n", admin.login, qPrintable(signedIn.error().message));
        ++failures;
    } else {
        MainWindow window(std::move(signedIn).value());
        window.resize(Sizes[0].size);
        window.show();
        for (int index = 0; index < int(window.pages().size()); ++index) {
            if (!qobject_cast<SecuritySettingsPage *>(window.pages()[std::size_t(index)]))
                continue;
            window.showPage(index);
            failures +=
                save(window, out.filePath(language + QStringLiteral("-policy-SecuritySettingsPage.png"))) ? 0 : 1;
        }
        window.close();
    }
    MachinePolicy::setCurrent(before);
    return failures;
}

QString pageName(const Page &page)
{
    return QString::fromLatin1(page.metaObject()->className()).section(QStringLiteral("::"), -1);
}

} // namespace

int ScreenshotTour::run(const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(folder));
        return 1;
    }
    const QDir out(folder);
    const QString language = QLocale().name().section(u'_', 0, 0);
    QTemporaryDir work;
    // The tour's windows keep their layout in settings of their own: the
    // person's window, layouts and recent vaults stay as they were.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.path());
    const QString vault = work.filePath(QStringLiteral("demo.habeas"));
    if (auto created = DemoVault::create(vault); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    int failures = 0;
    for (const WindowSize &size : Sizes) {
        const QString prefix = language + u'-' + QLatin1String(size.name) + u'-';
        {
            LoginWindow login(vault);
            login.resize(login.sizeHint());
            login.show();
            failures += save(login, out.filePath(prefix + QStringLiteral("login.png"))) ? 0 : 1;
        }
        for (const DemoAccount &account : DemoVault::accounts()) {
            auto session = Session::login(vault, QString::fromUtf8(account.login), SecureBytes::copyOf(account.password));
            if (!session) {
                std::fprintf(stderr, "%s: %s\n", account.login, qPrintable(session.error().message));
                ++failures;
                continue;
            }
            MainWindow window(std::move(session).value());
            window.resize(size.size);
            window.show();
            for (int index = 0; index < int(window.pages().size()); ++index) {
                window.showPage(index);
                const QString name = prefix + QString::fromUtf8(account.login) + u'-'
                                     + pageName(*window.pages()[std::size_t(index)]) + QStringLiteral(".png");
                failures += save(window, out.filePath(name)) ? 0 : 1;
            }
            if (window.session().role() == Role::Clerk) {
                // A request open below the list, one picture per tab.
                for (int index = 0; index < int(window.pages().size()); ++index) {
                    auto *requests = qobject_cast<RequestsPage *>(window.pages()[std::size_t(index)]);
                    if (!requests || requests->model()->rowCount() == 0)
                        continue;
                    window.showPage(index);
                    // A request under examination, its processings searched.
                    requests->detail()->open(demoRequest(window.session(), QStringLiteral("Lorenzi")));
                    QTabWidget *tabs = requests->detail()->tabs();
                    for (int tab = 0; tab < tabs->count(); ++tab) {
                        tabs->setCurrentIndex(tab);
                        failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                              + QStringLiteral("-RequestView-%1.png").arg(tab + 1)))
                                        ? 0
                                        : 1;
                    }
                    // The identity tab: a copy shown (of a fictitious card),
                    // then an ended request's record of its destruction.
                    int identityTab = 0;
                    while (identityTab < tabs->count()
                           && !tabs->widget(identityTab)->isAncestorOf(requests->detail()->identity()))
                        ++identityTab;
                    const std::pair<const char *, const char *> identities[] = {{"Bianchi", "identity"},
                                                                                {"Boisson", "identity-destroyed"}};
                    for (const auto &[surname, picture] : identities) {
                        requests->detail()->open(demoRequest(window.session(), QString::fromLatin1(surname)));
                        tabs->setCurrentIndex(identityTab);
                        requests->detail()->identity()->showImage();
                        failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                              + QStringLiteral("-RequestView-%1.png")
                                                                    .arg(QLatin1String(picture))))
                                        ? 0
                                        : 1;
                    }
                    tabs->setCurrentIndex(0);
                }
                // The new-request wizard, page by page, as a clerk fills it in.
                NewRequestWizard wizard(window.session(), &window);
                wizard.show();
                for (int page = 0; page <= NewRequestWizard::SummaryId; ++page) {
                    if (page == NewRequestWizard::IntakeId) {
                        if (auto *box = wizard.currentPage()->findChild<QCheckBox *>())
                            box->setChecked(true);
                    } else if (page == NewRequestWizard::RequesterId) {
                        for (QLineEdit *edit : wizard.currentPage()->findChildren<QLineEdit *>()) {
                            if (edit->accessibleName() == NewRequestWizard::tr("Surname"))
                                edit->setText(QStringLiteral("Rossi"));
                            else if (edit->accessibleName() == NewRequestWizard::tr("First name"))
                                edit->setText(QStringLiteral("Chiara"));
                        }
                    }
                    failures += save(wizard, out.filePath(prefix + QString::fromUtf8(account.login)
                                                          + QStringLiteral("-NewRequestWizard-%1.png").arg(page + 1)))
                                    ? 0
                                    : 1;
                    wizard.next();
                }
                wizard.reject();
                // The global search (Ctrl+F), a text found in both groups:
                // Médecin's request, and processings with "me" in their names.
                GlobalSearchDialog search(window.session(), &window);
                search.show();
                if (auto *field = search.findChild<QLineEdit *>(QStringLiteral("globalSearchField")))
                    field->setText(QStringLiteral("Mé"));
                search.searchNow();
                failures += save(search, out.filePath(prefix + QString::fromUtf8(account.login)
                                                      + QStringLiteral("-GlobalSearchDialog.png")))
                                ? 0
                                : 1;
                search.reject();
                // A processing opened from it.
                auto meals = ProcessingService(window.session()).search(QStringLiteral("titres restaurant"));
                if (meals && !meals->empty()) {
                    if (auto processing = ProcessingService(window.session()).find(meals->front().id)) {
                        ProcessingSummaryDialog summary(*processing, &window);
                        summary.show();
                        failures += save(summary, out.filePath(prefix + QString::fromUtf8(account.login)
                                                               + QStringLiteral("-ProcessingSummaryDialog.png")))
                                        ? 0
                                        : 1;
                    }
                }
            }
            if (window.session().role() == Role::Administrator) {
                AboutDialog about(&window);
                about.show();
                failures += save(about, out.filePath(prefix + QStringLiteral("AboutDialog.png"))) ? 0 : 1;
            }
            if (window.session().role() == Role::Dpo) {
                // The public privacy notice of the seed notice's department,
                // in the tour's language.
                {
                    PrivacyNoticeDialog notice(window.session(), &window);
                    notice.show();
                    if (notice.showNotice(QStringLiteral("Information Technologies Department"),
                                          language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en")))
                        failures += save(notice, out.filePath(prefix + QString::fromUtf8(account.login)
                                                              + QStringLiteral("-PrivacyNoticeDialog.png")))
                                        ? 0
                                        : 1;
                    else
                        ++failures;
                }
                // History as the DPO reads it: the request's audit entries.
                for (int index = 0; index < int(window.pages().size()); ++index) {
                    auto *requests = qobject_cast<RequestsPage *>(window.pages()[std::size_t(index)]);
                    if (!requests)
                        continue;
                    window.showPage(index);
                    requests->detail()->open(demoRequest(window.session(), QStringLiteral("Lorenzi")));
                    QTabWidget *tabs = requests->detail()->tabs();
                    tabs->setCurrentIndex(tabs->count() - 1);
                    failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                          + QStringLiteral("-RequestView-history.png")))
                                    ? 0
                                    : 1;
                    tabs->setCurrentIndex(0);
                    requests->detail()->clear();
                }
                // Deliberation no. 2023-133 read at its section on security,
                // the condition on encrypted extracts selected for follow-up.
                for (int index = 0; index < int(window.pages().size()); ++index) {
                    auto *deliberations = qobject_cast<DeliberationsPage *>(window.pages()[std::size_t(index)]);
                    auto listed = DeliberationService(window.session()).list();
                    if (!deliberations || !listed)
                        continue;
                    const auto seed = std::find_if(listed->begin(), listed->end(), [](const DeliberationSummary &one) {
                        return one.number == QLatin1String("2023-133");
                    });
                    auto opinion = seed != listed->end() ? DeliberationService(window.session()).find(seed->id)
                                                         : Result<Deliberation>(makeError(ErrorCode::NotFound, {}));
                    if (!opinion || opinion->conditions.size() < 4)
                        continue;
                    window.showPage(index);
                    deliberations->open(opinion->id, opinion->conditions[3].id);
                    DeliberationView *viewer = deliberations->viewer();
                    viewer->outline()->setCurrentRow(viewer->outline()->count() - 2);
                    failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                          + QStringLiteral("-DeliberationsPage-condition.png")))
                                    ? 0
                                    : 1;
                    // The condition on replying within the month, measured:
                    // its figure and the requests past their date.
                    if (viewer->selectCondition(opinion->conditions[0].id)) {
                        viewer->conditionTabs()->setCurrentWidget(viewer->measurePane());
                        failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                              + QStringLiteral("-DeliberationsPage-measured.png")))
                                        ? 0
                                        : 1;
                        viewer->conditionTabs()->setCurrentIndex(0);
                    }
                }
                // The import of a deliberation's text: the demo's text with
                // another number (what a new deliberation looks like, its
                // last condition chosen), then as it is, already recorded.
                {
                    QFile demo(QStringLiteral(":/demo/deliberation-2023-133.txt"));
                    const QString text = demo.open(QIODevice::ReadOnly) ? QString::fromUtf8(demo.readAll()) : QString();
                    QString renumbered = text;
                    renumbered.replace(QStringLiteral("2023-133"), QStringLiteral("2024-201"));
                    const std::pair<QString, const char *> imports[] = {{renumbered, "new"}, {text, "recorded"}};
                    for (const auto &[body, picture] : imports) {
                        if (body.isEmpty()) {
                            ++failures;
                            continue;
                        }
                        DeliberationImportDialog dialog(window.session(), body,
                                                        QStringLiteral("deliberation-2023-133.txt"), &window);
                        dialog.resize(window.size() * 95 / 100);
                        dialog.show();
                        dialog.conditions()->setFocus();
                        if (dialog.conditions()->rowCount() > 0)
                            dialog.conditions()->setCurrentCell(dialog.conditions()->rowCount() - 1,
                                                                DeliberationImportDialog::TextColumn);
                        failures += save(dialog, out.filePath(prefix + QString::fromUtf8(account.login)
                                                              + QStringLiteral("-DeliberationImportDialog-%1.png")
                                                                    .arg(QLatin1String(picture))))
                                        ? 0
                                        : 1;
                        dialog.reject();
                    }
                }
                // A template being edited: a refusal's text using a
                // placeholder Habeas does not know, refused as it is typed.
                // Put back before leaving, so that nothing asks to save it.
                for (int index = 0; index < int(window.pages().size()); ++index) {
                    auto *templates = qobject_cast<LetterTemplatesPage *>(window.pages()[std::size_t(index)]);
                    if (!templates)
                        continue;
                    window.showPage(index);
                    templates->showTemplate(LetterKind::Refusal, QStringLiteral("fr"));
                    auto *body = templates->findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));
                    if (!body)
                        continue;
                    const QString before = body->toPlainText();
                    body->appendPlainText(QStringLiteral("\nVotre dossier : {{dossier.numero}}"));
                    failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                          + QStringLiteral("-LetterTemplatesPage-refused.png")))
                                    ? 0
                                    : 1;
                    body->setPlainText(before);
                    templates->showTemplate(LetterKind::Acknowledgement, QStringLiteral("fr"));
                }
                // The case files as the DPO sees them years from now, when the
                // demo's ended requests are past their retention period (the
                // demo cannot hold requests that ended years ago). Read only.
                for (int index = 0; index < int(window.pages().size()); ++index) {
                    if (!qobject_cast<RetentionPage *>(window.pages()[std::size_t(index)]))
                        continue;
                    const auto now = window.session().clock();
                    window.session().setClock(std::make_shared<FixedClock>(now->nowUtc().addYears(6)));
                    window.showPage(index);
                    failures += save(window, out.filePath(prefix + QString::fromUtf8(account.login)
                                                          + QStringLiteral("-RetentionPage-expired.png")))
                                    ? 0
                                    : 1;
                    window.session().setClock(now);
                    window.showPage(index);
                }
            }
            if (window.session().can(Permission::ManageAccounts)) {
                // The reset dialog, with its choice to change the vault key.
                auto accounts = AccountService(window.session()).list();
                if (accounts && !accounts->empty()) {
                    const Account &someone = accounts->back();
                    ResetPasswordDialog dialog(window.session(), someone, ResetPasswordDialog::Purpose::Reset, &window);
                    dialog.show();
                    failures += save(dialog, out.filePath(prefix + QString::fromUtf8(account.login)
                                                          + QStringLiteral("-ResetPasswordDialog.png")))
                                    ? 0
                                    : 1;
                }
            }
            window.close();
        }
    }
    failures += letterPreviews(work.filePath(QStringLiteral("letters.habeas")), out, language);
    failures += registerEditor(work.filePath(QStringLiteral("register.habeas")), out, language);
    failures += machinePolicies(vault, work.path(), out, language);
    return failures == 0 ? 0 : 1;
}

} // namespace habeas
