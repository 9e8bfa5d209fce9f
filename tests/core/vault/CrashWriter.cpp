// A child process for the durability tests. Reads the admin password from
// standard input, opens the vault, prints "ready", then:
//   write  commits numbered rows one transaction each, printing
//          "committed N" after each commit has returned;
//   hold   keeps the vault open until killed;
//   close  signs in as "clerk", then creates requests with an identity
//          document and takes each to Closed (which destroys the document),
//          printing "closed N" after each;
//   forget signs in as "clerk", deletes every identity document in one
//          committed transaction, prints "destroyed N" and stops at once,
//          without the write-back of the WAL, as a crash there would;
//   rekey  changes the database key again and again (begin, complete),
//          printing "rekeyed N" after each change has completed.

#include "core/accounts/SessionStorage.h"
#include "core/requests/RequestService.h"
#include "core/accounts/Session.h"
#include "core/documents/DocumentRepository.h"
#include "core/crypto/SecureBytes.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace habeas;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: habeas_crash_writer VAULT write|hold\n");
        return 1;
    }
    std::string password;
    std::getline(std::cin, password);
    if (std::string(argv[2]) == "forget") {
        auto session = Session::login(QString::fromLocal8Bit(argv[1]), QStringLiteral("clerk"),
                                      SecureBytes::copyOf(QByteArrayView(password.data(), qsizetype(password.size()))));
        if (!session) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(session.error().message));
            return 2;
        }
        QSqlDatabase db = SessionStorage::vault(**session).database();
        QSqlQuery ids(db);
        if (!ids.exec(QStringLiteral("SELECT request_id FROM identity_documents")))
            return 3;
        QList<qint64> requests;
        while (ids.next())
            requests << ids.value(0).toLongLong();
        ids.finish();
        if (!db.transaction())
            return 4;
        for (qint64 id : requests) {
            if (!DocumentRepository(db).destroy(id))
                return 5;
        }
        if (!db.commit())
            return 6;
        std::printf("destroyed %lld\n", static_cast<long long>(requests.size()));
        std::fflush(stdout);
        std::_Exit(0);
    }
    if (std::string(argv[2]) == "close") {
        auto session = Session::login(QString::fromLocal8Bit(argv[1]), QStringLiteral("clerk"),
                                      SecureBytes::copyOf(QByteArrayView(password.data(), qsizetype(password.size()))));
        if (!session) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(session.error().message));
            return 2;
        }
        RequestService requests(**session);
        std::printf("ready\n");
        std::fflush(stdout);
        for (int n = 1;; ++n) {
            NewRequest input;
            input.received = QDate::currentDate();
            input.rights = {QStringLiteral("access")};
            input.requester.surname = QStringLiteral("Crash");
            auto request = requests.create(input);
            if (!request)
                return 3;
            QSqlDatabase db = SessionStorage::vault(**session).database();
            // A stored copy as capture would leave it (the image itself
            // does not matter here: the closing does).
            if (!db.transaction() || !DocumentRepository(db).store({request->id, QStringLiteral("card"),
                                                                    QByteArray(20000, char('a' + n % 26)), 10, 10,
                                                                    QStringLiteral("clerk"), {}, {}, QByteArray(72, 'k'), {}, {}})
                                         .ok()
                || !db.commit())
                return 4;
            for (RequestState next : {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered,
                                      RequestState::Closed}) {
                if (!requests.transition(request->id, next))
                    return 5;
            }
            std::printf("closed %d\n", n);
            std::fflush(stdout);
        }
    }
    auto vault = Vault::open(QString::fromLocal8Bit(argv[1]), QStringLiteral("admin"),
                             SecureBytes::copyOf(QByteArrayView(password.data(), qsizetype(password.size()))));
    if (!vault) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(vault.error().message));
        return 2;
    }
    QSqlDatabase db = (*vault)->database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS crash_rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)"))
        || !query.exec(QStringLiteral("SELECT coalesce(max(n), 0) FROM crash_rows")) || !query.next()) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(query.lastError().text()));
        return 3;
    }
    qint64 next = query.value(0).toLongLong() + 1;
    query.finish();
    std::printf("ready\n");
    std::fflush(stdout);
    if (std::string(argv[2]) == "hold") {
        for (;;)
            QThread::sleep(1);
    }
    if (std::string(argv[2]) == "rekey") {
        for (int n = 1;; ++n) {
            if (auto begun = (*vault)->beginKeyChange(); !begun) {
                std::fprintf(stderr, "begin failed: %s\n", qPrintable(begun.error().message));
                return 6;
            }
            if (auto completed = (*vault)->completeKeyChange(); !completed) {
                std::fprintf(stderr, "complete failed: %s\n", qPrintable(completed.error().message));
                return 7;
            }
            std::printf("rekeyed %d\n", n);
            std::fflush(stdout);
        }
    }
    // Rows of varied size so that commits span one or several pages.
    for (;; ++next) {
        if (!db.transaction())
            return 4;
        query.prepare(QStringLiteral("INSERT INTO crash_rows (n, payload) VALUES (?, ?)"));
        query.addBindValue(next);
        query.addBindValue(QString(int(100 + (next * 7919) % 6000), QChar(u'a' + int(next % 26))));
        if (!query.exec() || !db.commit()) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(query.lastError().text()));
            return 5;
        }
        std::printf("committed %lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
}
