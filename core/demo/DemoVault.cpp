#include "core/demo/DemoVault.h"

#include "core/requests/RequestService.h"
#include "core/accounts/Session.h"
#include "core/accounts/AccountGrants.h"
#include "core/accounts/AccountRepository.h"
#include "core/administration/VaultService.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/SecureBytes.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/letters/LetterService.h"
#include "core/letters/Letterhead.h"
#include "core/register/PrivacyNoticeService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/Workflow.h"
#include "core/vault/Vault.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>

namespace habeas {

namespace {

// Fictitious staff; the passwords are public (README) and meet the password
// policy, so the demo shows real behaviour.
constexpr DemoAccount Accounts[] = {
    {"admin", "Camille Bernardi", Role::Administrator, "Rocher-Azur-1297"},
    {"dpo", "Hélène Gastaud", Role::Dpo, "Palais-Vigie-4471"},
    {"clerk", "Julien Pastor", Role::Clerk, "Guichet-Mimosa-3385"},
};

// What the administrator first gave the clerk and the DPO; each changed it
// to their published password at their first sign-in, as the office asks,
// which gives them key pairs of their own and so the key to identity
// documents.
QString firstPassword(const DemoAccount &account)
{
    return QString::fromUtf8(account.password) + QStringLiteral("-premier");
}

// A fictitious identity card, drawn for the demo (never a real document):
// a photograph's place, the holder's name and dates, "SPÉCIMEN" across it.
// Encoded in memory; needs a QGuiApplication for its fonts.
QByteArray specimenCard(const QString &surname, const QString &firstName, const QDate &validUntil)
{
    QImage card(1200, 760, QImage::Format_RGB32);
    card.fill(QColor(0xe8, 0xee, 0xf4));
    {
        QPainter painter(&card);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x33, 0x55, 0x88), 6));
        painter.drawRoundedRect(QRectF(12, 12, 1176, 736), 36, 36);
        painter.fillRect(QRect(60, 170, 330, 420), QColor(0xbb, 0xc4, 0xcc));
        painter.setBrush(QColor(0x77, 0x80, 0x88));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(150, 230, 150, 180));
        painter.drawChord(QRectF(95, 420, 260, 300), 0, 180 * 16);
        QFont font = painter.font();
        font.setPixelSize(44);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(0x22, 0x33, 0x55));
        painter.drawText(QRect(60, 50, 1080, 80), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("CARTE D'IDENTITÉ — DOCUMENT FICTIF"));
        font.setPixelSize(38);
        font.setBold(false);
        painter.setFont(font);
        const QStringList lines{QStringLiteral("Nom : ") + surname.toUpper(), QStringLiteral("Prénom : ") + firstName,
                                QStringLiteral("Né(e) le : 14.03.1981"),
                                QStringLiteral("Valable jusqu'au : ") + validUntil.toString(QStringLiteral("dd.MM.yyyy"))};
        for (int line = 0; line < lines.size(); ++line)
            painter.drawText(QPoint(440, 240 + 80 * line), lines[line]);
        font.setPixelSize(150);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(200, 40, 40, 90));
        painter.translate(600, 400);
        painter.rotate(-18);
        painter.drawText(QRect(-600, -100, 1200, 200), Qt::AlignCenter, QStringLiteral("SPÉCIMEN"));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    card.save(&buffer, "PNG");
    return png;
}

// The demo office's logo: a monogram in a roundel, drawn for the demo.
// Needs a QGuiApplication for its font.
QByteArray demoLogo()
{
    QImage logo(480, 480, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xb0, 0x1c, 0x2e));
        painter.drawEllipse(QRectF(8, 8, 464, 464));
        painter.setPen(QPen(Qt::white, 10));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(36, 36, 408, 408));
        QFont font(QStringLiteral("Serif"));
        font.setPixelSize(210);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, 480, 480), Qt::AlignCenter, QStringLiteral("PD"));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return png;
}

} // namespace

std::span<const DemoAccount> DemoVault::accounts()
{
    return Accounts;
}

QString DemoVault::organisation()
{
    return tr("Demo department (fictitious)");
}

QString DemoVault::defaultPath()
{
    // Machine-local data folder (~/.local/share, %LOCALAPPDATA%), not the
    // roaming profile: a vault is never copied around by the profile.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Habeas/demo/demo.habeas"));
}

Result<void> DemoVault::create(const QString &path, KeyDerivation cost)
{
    const DemoAccount &first = Accounts[0];
    const KdfParams kdf = cost == KeyDerivation::FastForTests ? KdfParams::fastForTests() : KdfParams::standard();
    auto seeded = [&]() -> Result<void> {
        const NewAccount administrator{QString::fromUtf8(first.login), QString::fromUtf8(first.fullName), first.role};
        auto vault = Vault::create(path, administrator.login, SecureBytes::copyOf(first.password),
                                   VaultService::firstRows(administrator, organisation(), Clock::system()), kdf);
        if (!vault)
            return vault.error();
        for (const DemoAccount &account : accounts().subspan(1)) {
            QSqlDatabase db = (*vault)->database();
            const NewAccount added{QString::fromUtf8(account.login), QString::fromUtf8(account.fullName), account.role};
            auto slotted = (*vault)->addSlot(added.login, SecureBytes::fromText(firstPassword(account)), kdf,
                                             [&](const Vault::NewSlotKey &key) -> Result<void> {
                if (auto inserted = AccountRepository(db).insert(added, Clock::system()->nowUtc()); !inserted)
                    return inserted;
                AuditLog log = AuditLog::of(**vault);
                if (auto appended = log.append(AuditAction::AccountCreate, QStringLiteral("account"), added.login,
                                               QStringLiteral("role ") + roleKey(account.role));
                    !appended)
                    return appended.error();
                return AccountGrants::record(log, added.login, added.role, true, key.publicKey);
            });
            if (!slotted)
                return slotted;
        }
        (*vault)->close();
        // Each of them signs in with what the administrator gave them and
        // changes it (so the clerk makes the key to identity documents).
        const DemoAccount &dpo = Accounts[1];
        const DemoAccount &clerk = Accounts[2];
        for (const DemoAccount *account : {&clerk, &dpo}) {
            auto session = Session::login(path, QString::fromUtf8(account->login),
                                          SecureBytes::fromText(firstPassword(*account)));
            if (!session)
                return session.error();
            if (auto changed = (*session)->changeOwnPassword(SecureBytes::fromText(firstPassword(*account)),
                                                             QString::fromUtf8(account->password), kdf);
                !changed)
                return changed;
        }
        // The demo requests are entered by the demo clerk (whose sign-in
        // gives the DPO the key too), and the register by the demo DPO,
        // through the services a person uses, so their history and audit
        // entries are real.
        auto clerkSession = Session::login(path, QString::fromUtf8(clerk.login), SecureBytes::copyOf(clerk.password));
        if (!clerkSession)
            return clerkSession.error();
        if (auto requests = seedRequests(**clerkSession); !requests)
            return requests;
        clerkSession->reset();
        auto dpoSession = Session::login(path, QString::fromUtf8(dpo.login), SecureBytes::copyOf(dpo.password));
        if (!dpoSession)
            return dpoSession.error();
        if (auto registered = seedRegister(**dpoSession); !registered)
            return registered;
        if (auto found = seedFindings(**dpoSession); !found)
            return found;
        dpoSession->reset();
        auto adminSession = Session::login(path, QString::fromUtf8(first.login), SecureBytes::copyOf(first.password));
        if (!adminSession)
            return adminSession.error();
        if (auto letterhead = seedLetterhead(**adminSession); !letterhead)
            return letterhead;
        adminSession->reset();
        // (A command-line demo has no fonts to lay a letter out with.)
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return {};
        clerkSession = Session::login(path, QString::fromUtf8(clerk.login), SecureBytes::copyOf(clerk.password));
        if (!clerkSession)
            return clerkSession.error();
        return seedLetters(**clerkSession);
    }();
    if (!seeded) {
        // A half-seeded demo would be reused at every start: remove it.
        if (seeded.error().code != ErrorCode::AlreadyExists) {
            const VaultPaths paths = VaultPaths::of(path);
            for (const QString &file : QStringList{paths.database, paths.database + QStringLiteral("-wal"),
                                                   paths.database + QStringLiteral("-shm"),
                                                   paths.database + QStringLiteral("-throttle"), paths.keys})
                QFile::remove(file);
        }
        return seeded.error();
    }
    return {};
}

Result<void> DemoVault::seedLetters(Session &clerk)
{
    RequestFilter all;
    all.limit = 1000;
    auto rows = RequestService(clerk).list(all);
    if (!rows)
        return rows.error();
    const QDate today = clerk.clock()->today();
    LetterService letters(clerk);
    for (const RequestRow &row : *rows) {
        // The newest requests still wait for theirs: the demo shows a letter
        // owed. (An ended request takes no acknowledgement any more.)
        std::optional<LetterKind> kind;
        if (row.state == RequestState::Refused)
            kind = LetterKind::Refusal;
        else if (!Workflow::isEnd(row.state) && row.state != RequestState::Received && row.received.daysTo(today) >= 5)
            kind = LetterKind::Acknowledgement;
        if (!kind)
            continue;
        if (auto issued = letters.issue(row.id, *kind); !issued)
            return issued.error();
    }
    return {};
}

Result<void> DemoVault::seedLetterhead(Session &administrator)
{
    // A fictitious office and signatory (the demo DPO); the authority's
    // name and town only, as Habeas ships no address of it that was checked
    // (VaultSetting::LetterheadAuthorityAddress).
    Letterhead letterhead;
    letterhead.officeName = QStringLiteral("Délégué à la protection des données");
    letterhead.address = QStringLiteral("Département fictif de démonstration\n"
                                        "Service du Délégué à la protection des données\n"
                                        "1 rue de l'Exemple\nMC 98000 Monaco");
    letterhead.place = QStringLiteral("Monaco");
    letterhead.signatoryName = QString::fromUtf8(Accounts[1].fullName);
    letterhead.signatoryTitle = QStringLiteral("Déléguée à la protection des données (démonstration)");
    letterhead.footer = QStringLiteral("Département fictif de démonstration — 1 rue de l'Exemple, MC 98000 Monaco\n"
                                       "dpo@exemple.invalid — lettre de démonstration, sans valeur officielle");
    letterhead.authorityAddress = QStringLiteral("Autorité de Protection des Données Personnelles (APDP)\n"
                                                 "MC 98000 Monaco");
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        auto logo = LetterheadService::prepareLogo(demoLogo());
        if (!logo)
            return logo.error();
        letterhead.logoPng = *logo;
    }
    if (auto saved = LetterheadService(administrator).save(letterhead); !saved)
        return saved;
    // The privacy notice's online form: a fictitious address.
    return PrivacyNoticeService(administrator).saveSettings({QStringLiteral("https://exemple.invalid/droits"), true});
}

Result<void> DemoVault::seedRequests(Session &session)
{
    using S = RequestState;
    struct Demo {
        int daysAgo;
        Channel channel;
        const char *rights;
        const char *civility;
        const char *surname;
        const char *firstName;
        S state;
        const char *reason = nullptr; // refusal reason, or the extension's
        bool agent = false;
        const char *staffNumber = "";
        const char *language = "fr";
        // A copy of a fictitious identity card captured (and, for an
        // ended request, verified and then destroyed by the ending).
        bool document = false;
    };
    // Fictitious people; the dates follow today, so some requests are
    // overdue whenever the demo is opened.
    const Demo demos[] = {
        {0, Channel::Email, "access", "Mme", "Rossi", "Elena", S::Received},
        {3, Channel::Post, "rectification", "M.", "Bianchi", "Marco", S::IdentityCheck, nullptr, false, "", "fr", true},
        {10, Channel::OnlineForm, "access,objection", "Mme", "Lorenzi", "Sophie", S::InProgress},
        {40, Channel::Post, "access", "M.", "Médecin", "Louis", S::InProgress},
        {45, Channel::OnSite, "erasure", "Mme", "Gaggero", "Anne", S::InProgress, "Nombre de traitements concernés"},
        {20, Channel::Email, "limitation", "M.", "Notari", "Paul", S::Answered},
        {60, Channel::Post, "access", "Mme", "Boisson", "Claire", S::Closed, nullptr, false, "", "fr", true},
        {50, Channel::Email, "objection", "M.", "Vatrican", "Jean", S::Refused,
         "Le traitement répond à une obligation légale (art. 17 non applicable)."},
        {15, Channel::Other, "rectification", "Mme", "Palmaro", "Lucie", S::Withdrawn},
        {35, Channel::Email, "access", "M.", "Cellario", "Pierre", S::IdentityCheck, nullptr, true},
        {5, Channel::OnlineForm, "erasure,limitation", "Mrs", "Whitfield", "Emma", S::Received, nullptr, false, "", "en"},
        {2, Channel::OnSite, "access", "M.", "Pastorelli", "Marc", S::InProgress, nullptr, false, "AG-10442"},
    };
    RequestService requests(session);
    IdentityDocumentService documents(session);
    const QDate today = session.clock()->today();
    // The specimen needs fonts: a command-line demo has no copies.
    const bool drawable = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    for (const Demo &demo : demos) {
        NewRequest input;
        input.channel = demo.channel;
        input.received = today.addDays(-demo.daysAgo);
        input.rights = QString::fromLatin1(demo.rights).split(u',');
        input.requester.civility = QString::fromUtf8(demo.civility);
        input.requester.surname = QString::fromUtf8(demo.surname);
        input.requester.firstName = QString::fromUtf8(demo.firstName);
        input.requester.address = QStringLiteral("Boulevard fictif, 98000 Monaco");
        input.requester.email = QString::fromUtf8(demo.surname).toLower() + QStringLiteral("@exemple.invalid");
        input.requester.staffNumber = QString::fromUtf8(demo.staffNumber);
        input.language = QString::fromLatin1(demo.language);
        if (demo.agent) {
            input.agent = {QStringLiteral("Maître Anne Testa, avocat-défenseur"),
                           QStringLiteral("Exercice du droit d'accès au nom de M. Cellario"), today.addMonths(6), true,
                           QStringLiteral("Étude Testa\n4 boulevard des Moulins\n98000 Monaco")};
        }
        auto created = requests.create(input);
        if (!created)
            return created.error();
        if (demo.state == S::InProgress && demo.reason) {
            auto extended = requests.extend(created->id, QString::fromUtf8(demo.reason), input.received.addDays(20));
            if (!extended)
                return extended.error();
        }
        // Walk the workflow to the demo's state, as a clerk would.
        const S path[] = {S::IdentityCheck, S::InProgress, S::Answered, S::Closed};
        for (S next : path) {
            if (demo.state == S::Received || demo.state == S::Refused || demo.state == S::Withdrawn)
                break;
            if (auto moved = requests.transition(created->id, next); !moved)
                return moved;
            if (next == S::IdentityCheck && demo.document && drawable) {
                auto captured = documents.capture(created->id,
                                                  specimenCard(input.requester.surname, input.requester.firstName,
                                                               today.addYears(6)),
                                                  QStringLiteral("Carte d'identité"));
                if (!captured)
                    return captured.error();
                if (demo.state != S::IdentityCheck) {
                    const IdentityChecks checks{true, true, IdentityChecks::BirthDate::NotKnown, true};
                    if (auto verified = documents.markVerified(created->id, checks); !verified)
                        return verified;
                }
            }
            if (next == demo.state)
                break;
        }
        if (demo.state == S::Refused || demo.state == S::Withdrawn) {
            if (auto ended = requests.transition(created->id, demo.state,
                                                 demo.reason ? QString::fromUtf8(demo.reason) : QString());
                !ended)
                return ended;
        }
    }
    return {};
}

} // namespace habeas

namespace habeas {

Result<void> DemoVault::seedFindings(Session &session)
{
    // One request under examination already searched in the register: the
    // data is in the first processing, not in the second.
    auto processings = ProcessingService(session).list();
    if (!processings)
        return processings.error();
    RequestService requests(session);
    RequestFilter filter;
    filter.text = QStringLiteral("Lorenzi");
    auto found = requests.list(filter);
    if (!found)
        return found.error();
    if (found->empty() || processings->size() < 2)
        return {};
    std::vector<Finding> findings{
        {processings->at(0).id, {}, true, QStringLiteral("Extraction des données préparée pour la réponse")},
        {processings->at(1).id, {}, false, QString()}};
    if (auto set = requests.setFindings(found->front().id, findings); !set)
        return set;
    // Access requests still open about the meal vouchers, the processing of
    // deliberation 2023-133, whose condition on replying within the month
    // is measured: two past their date, one not yet due.
    const auto meals = std::find_if(processings->begin(), processings->end(), [](const ProcessingSummary &p) {
        return p.name == QLatin1String("Gestion des titres restaurant");
    });
    if (meals == processings->end())
        return {};
    for (const char *surname : {"Médecin", "Cellario", "Pastorelli"}) {
        filter.text = QString::fromUtf8(surname);
        auto named = requests.list(filter);
        if (!named)
            return named.error();
        if (named->empty())
            continue;
        if (auto set = requests.setFindings(named->front().id, {{meals->id, {}, true, QString()}}); !set)
            return set;
    }
    return {};
}

} // namespace habeas
