// habeas_bench_qsqlite: the storage workload through Qt's own QSQLITE driver
// on an unencrypted file (path c), as a baseline for the Habeas driver.
//
// This program must not link habeas_core or SQLCipher: Qt's plugin loads the
// system SQLite, which exports the same sqlite3_* symbols as SQLCipher.

#include "QtSqlWorkload.h"
#include "StorageWorkload.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

using namespace habeas::bench;

const qt::QtPath &qsqlitePath()
{
    static const qt::QtPath path{
        "c_qsqlite",
        QStringLiteral("QSQLITE"),
        {},
        "PRAGMA page_size = 4096", // before the first write, so it applies
        false,
    };
    return path;
}

// Runs one query on a scratch in-memory connection: the SQLite version in use,
// and a check that this process really has plain SQLite (no codec).
QString scalar(const char *statement)
{
    const QString name = QStringLiteral("habeas-bench-probe");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(qt::sql(statement)) && query.next())
                value = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        std::fprintf(stderr, "Qt's QSQLITE driver is not available (install libqt6sql6-sqlite)\n");
        return 1;
    }
    if (!scalar("PRAGMA cipher_version").isEmpty()) {
        std::fprintf(stderr, "QSQLITE runs over SQLCipher in this process; the baseline would be wrong\n");
        return 1;
    }
    benchmark::AddCustomContext("sqlite_version", scalar("SELECT sqlite_version()").toStdString());
    benchmark::AddCustomContext("qt_version", qVersion());
    benchmark::AddCustomContext("database_folder", databaseFolder().string());

    qt::registerQtPath(qsqlitePath());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    removeDatabase(databaseFolder() / "c_qsqlite_read.db");
    return 0;
}
