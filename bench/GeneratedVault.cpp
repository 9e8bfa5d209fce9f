#include "bench/GeneratedVault.h"

#include "core/accounts/AccountGrants.h"
#include "core/accounts/AccountRepository.h"
#include "core/accounts/Session.h"
#include "core/administration/VaultService.h"
#include "core/audit/AuditLog.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/register/ProcessingRepository.h"
#include "core/requests/Deadline.h"
#include "core/requests/Request.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/Vault.h"

#include <QHash>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace habeas::bench {

namespace {

const char *const Surnames[] = {"Rossi", "Bianchi", "Lorenzi", "Médecin", "Gaggero", "Notari", "Boisson", "Vatrican",
                                "Palmaro", "Cellario", "Pastorelli", "Gastaud", "Bernardi", "Testa", "Fissore", "Lavagna",
                                "Martin", "Lefèvre", "Dupont", "Guérin", "Hébert", "Moreau", "Garnier", "Faure"};
const char *const Rights[] = {"access", "rectification", "erasure", "limitation", "objection"};

} // namespace

bool generate(GeneratedVault &f)
{
    const NewAccount admin{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator};
    auto vault = Vault::create(f.path(), admin.login, GeneratedVault::adminPassword(),
                               VaultService::firstRows(admin, QStringLiteral("Bench"), Clock::system()),
                               KdfParams::fastForTests());
    if (!vault)
        return false;
    f.vault = std::move(vault).value();
    QSqlDatabase db = f.vault->database();
    QRandomGenerator random(20261122);
    const DeadlineCalculator deadlines;
    if (!db.transaction())
        return false;
    ProcessingRepository processings(db);
    // The links have a generator of their own: the requests stay those of
    // the vaults generated before the register had links.
    QRandomGenerator linking(20261207);
    for (int i = 0; i < GeneratedProcessings; ++i) {
        Processing p;
        p.name = QStringLiteral("Traitement %1").arg(i);
        p.controller = QStringLiteral("Direction %1").arg(i % 40);
        p.status = ProcessingStatus::InOperation;
        p.dataCategories = {{QStringLiteral("Identité"), QStringLiteral("Un an"), 365}};
        p.recipients = {{QStringLiteral("Service"), {QStringLiteral("consultation")}}};
        // 0–3 links to processings generated shortly before (a department
        // links to its neighbours), one in ten to one of 100 processings
        // only named, never described.
        const int links = int(linking.bounded(4));
        for (int n = 0; n < links; ++n) {
            const LinkKind kind = linking.bounded(3) == 0 ? LinkKind::Matching : LinkKind::Interconnection;
            QString target;
            if (linking.bounded(10) == 0)
                target = QStringLiteral("Traitement externe %1").arg(linking.bounded(GeneratedReferencedOnly));
            else if (i > 0)
                target = QStringLiteral("Traitement %1").arg(i - 1 - int(linking.bounded(std::min(i, 40))));
            if (!target.isEmpty() && std::none_of(p.links.begin(), p.links.end(),
                                                  [&](const ProcessingLink &link) { return link.target == target; }))
                p.links.push_back({kind, target});
        }
        if (!processings.save(p))
            return false;
    }
    DeliberationRepository deliberations(db);
    for (int i = 0; i < GeneratedDeliberations; ++i) {
        Deliberation d;
        d.number = QStringLiteral("%1-%2").arg(2010 + i % 15).arg(i);
        d.date = QDate(2010 + i % 15, 1 + i % 12, 1 + i % 28);
        d.title = QStringLiteral("Avis %1").arg(i);
        for (int c = 0; c < 5; ++c) {
            Condition condition;
            condition.kind = c < 4 ? ConditionKind::Reminder : ConditionKind::Request;
            condition.text = QStringLiteral("Prescription %1.%2").arg(i).arg(c);
            condition.status = (i + c) % 3 == 0 ? ConditionStatus::Met : ConditionStatus::Open;
            d.conditions.push_back(condition);
        }
        if (!deliberations.insert(d, std::nullopt, QStringLiteral("admin")))
            return false;
    }
    RequestRepository requests(db);
    // One signed audit entry per request, as intake writes at least one.
    AuditLog log = AuditLog::of(*f.vault);
    const RequestState states[] = {RequestState::Received, RequestState::IdentityCheck, RequestState::InProgress,
                                   RequestState::Answered, RequestState::Closed,        RequestState::Closed,
                                   RequestState::Closed,   RequestState::Refused,       RequestState::Withdrawn};
    QHash<int, int> sequences;
    for (int i = 0; i < GeneratedRequests; ++i) {
        Request r;
        r.received = QDate(2016, 1, 1).addDays(random.bounded(3950));
        const int year = r.received.year();
        const int sequence = ++sequences[year];
        r.reference = QStringLiteral("%1-%2").arg(year).arg(sequence, 5, 10, QChar(u'0'));
        r.channel = Channel(random.bounded(5));
        r.due = deadlines.due(r.received).due;
        r.state = states[random.bounded(int(std::size(states)))];
        r.requester.surname = QString::fromUtf8(Surnames[random.bounded(int(std::size(Surnames)))])
                              + (random.bounded(3) == 0 ? QStringLiteral("-%1").arg(random.bounded(100)) : QString());
        r.requester.firstName = QStringLiteral("Prénom");
        r.language = QStringLiteral("fr");
        r.rights << QLatin1String(Rights[random.bounded(5)]);
        if (random.bounded(4) == 0)
            r.rights << QLatin1String(Rights[(random.bounded(4) + 1) % 5]);
        r.rights.removeDuplicates();
        if (!requests.insert(r, year, sequence, QStringLiteral("clerk")))
            return false;
        if (!log.append(AuditAction::RequestCreate, QStringLiteral("request"), r.reference))
            return false;
    }
    return db.commit();
}

Result<void> addAccount(Vault &vault, const QString &login, const QString &fullName, Role role,
                        const SecureBytes &password)
{
    const NewAccount account{login, fullName, role};
    return vault.addSlot(login, password, KdfParams::fastForTests(), [&](const Vault::NewSlotKey &key) -> Result<void> {
        if (auto inserted = AccountRepository(vault.database()).insert(account, Clock::system()->nowUtc()); !inserted)
            return inserted;
        AuditLog log = AuditLog::of(vault);
        return AccountGrants::record(log, login, role, true, key.publicKey);
    });
}

Result<std::unique_ptr<Session>> signInAs(GeneratedVault &generated, const QString &login, const QString &fullName,
                                          Role role, const SecureBytes &password)
{
    if (auto added = addAccount(*generated.vault, login, fullName, role, password); !added)
        return added.error();
    // The session opens the vault itself: the generator's handle goes first.
    generated.vault.reset();
    return Session::login(generated.path(), login, password);
}

std::nullptr_t fail(const char *step, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", step, qPrintable(error.message));
    return nullptr;
}

int runBenchmarks(const std::function<std::unique_ptr<Session>(GeneratedVault &)> &signIn, Session *&session)
{
    // The vault's folder outlives the session opened in it.
    GeneratedVault generated;
    std::fprintf(stderr, "generating %d requests, %d processings, %d deliberations...\n", GeneratedRequests,
                 GeneratedProcessings, GeneratedDeliberations);
    if (!generate(generated)) {
        std::fprintf(stderr, "generation failed\n");
        return 1;
    }
    const std::unique_ptr<Session> signedIn = signIn(generated);
    if (!signedIn)
        return 1;
    session = signedIn.get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    session = nullptr;
    return 0;
}

} // namespace habeas::bench
