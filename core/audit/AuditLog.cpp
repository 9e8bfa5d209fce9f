#include "core/audit/AuditLog.h"

#include "core/vault/FileErrors.h"
#include "core/vault/Migrations.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Transaction.h"
#include "core/vault/Rows.h"
#include "core/vault/StoredText.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <map>

namespace habeas {

namespace {

bool mustEscape(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029
           || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
           || c == 0xFEFF;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, std::shared_ptr<const Clock> clock) : m_db(std::move(db)), m_clock(std::move(clock)) {}

QString AuditLog::replacedHeadDetail(const AuditHead &head)
{
    return QStringLiteral("replaced head %1 %2").arg(head.seq).arg(QString::fromLatin1(head.hash));
}

Result<void> AuditLog::verifyGuards(const QSqlDatabase &db, int schemaVersion)
{
    const auto tampered = [](const QString &why) {
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("The protection of the audit log has been removed or altered: the vault has been tampered "
                            "with. Restore it from a backup and report it to the DPO."),
                         why);
    };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                   " WHERE tbl_name = 'audit_log' OR name = 'audit_log'")))
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    bool table = false;
    std::map<QString, QString> triggers;
    if (auto read = forEachRow(query, tr("The audit log cannot be read."), [&] {
            const QString type = query.value(0).toString();
            if (type == QLatin1String("table") && query.value(1).toString() == QLatin1String("audit_log"))
                table = true;
            else if (type == QLatin1String("trigger"))
                triggers[query.value(1).toString()] = query.value(3).toString();
        });
        !read)
        return read.error();
    if (schemaVersion >= 1 && !table)
        return tampered(QStringLiteral("audit_log table missing"));
    for (const GuardTrigger &guard : Migrations::guardTriggers()) {
        if (schemaVersion < guard.sinceVersion)
            continue;
        const auto found = triggers.find(guard.name);
        if (found == triggers.end())
            return tampered(QStringLiteral("trigger %1 missing").arg(guard.name));
        if (found->second != guard.sql)
            return tampered(QStringLiteral("trigger %1 altered").arg(guard.name));
        triggers.erase(found);
    }
    // Another trigger on the log could rewrite entries as they are written.
    if (!triggers.empty())
        return tampered(QStringLiteral("unknown trigger %1 on audit_log").arg(triggers.begin()->first));
    return {};
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(64, '0');
}

QString AuditLog::encode(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (mustEscape(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QChar(u'0'));
        else
            out += ch;
    }
    return out;
}

QByteArray AuditLog::computeHash(const AuditEntry &entry)
{
    // Fields are encoded, so the unit separator cannot occur inside one.
    const QChar separator(u'\x1f');
    const QString canonical = QString::number(entry.seq) + separator + entry.atUtc + separator + entry.account
                              + separator + entry.action + separator + entry.objectType + separator
                              + entry.objectId + separator + entry.detail;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(entry.prevHash);
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical.toUtf8());
    return hash.result().toHex();
}

Result<AuditHead> AuditLog::head() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    if (!query.next())
        return AuditHead{0, genesisHash()};
    return AuditHead{query.value(0).toLongLong(), query.value(1).toString().toLatin1()};
}

Result<qint64> AuditLog::append(const QString &account, AuditAction action, const QString &objectType,
                                const QString &objectId, const QString &detail)
{
    const QString failure = tr("The action could not be recorded in the audit log.");
    // Inside the caller's transaction the entry joins it; otherwise it gets
    // its own, and failing to start one is an error like any other.
    const auto *cipher = qobject_cast<const SqlCipherDriver *>(m_db.driver());
    std::optional<Transaction> own;
    if (!(cipher && cipher->inTransaction())) {
        auto begun = Transaction::begin(m_db, failure);
        if (!begun)
            return begun.error();
        own.emplace(std::move(begun).value());
    }
    auto last = head();
    if (!last)
        return last.error();
    AuditEntry entry;
    entry.seq = last->seq + 1;
    entry.atUtc = m_clock->stamp();
    entry.account = encode(account);
    entry.action = encode(AuditActions::key(action));
    entry.objectType = encode(objectType);
    entry.objectId = encode(objectId);
    entry.detail = encode(detail);
    entry.prevHash = last->hash;
    entry.hash = computeHash(entry);

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at_utc, account, action, object_type, object_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.seq);
    query.addBindValue(entry.atUtc);
    query.addBindValue(storedText(entry.account));
    query.addBindValue(entry.action);
    query.addBindValue(storedText(entry.objectType));
    query.addBindValue(storedText(entry.objectId));
    query.addBindValue(storedText(entry.detail));
    query.addBindValue(QString::fromLatin1(entry.prevHash));
    query.addBindValue(QString::fromLatin1(entry.hash));
    if (!query.exec())
        return sqlFailure(query.lastError(), m_db.databaseName(), failure);
    query.finish();
    if (own) {
        if (auto committed = own->commit(); !committed)
            return committed.error();
    }
    return entry.seq;
}

Result<AuditVerification> AuditLog::verify(const std::optional<AuditHead> &expected) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at_utc, account, action, object_type, object_id, detail, prev_hash, hash"
                                   " FROM audit_log ORDER BY seq")))
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    AuditVerification result;
    QByteArray previous = genesisHash();
    qint64 expectedSeq = 1;
    std::optional<QByteArray> hashAtExpected;
    QString restoredOn; // when a restore replaced the chain whose head is `expected`
    const QString restoreKey = AuditActions::key(AuditAction::BackupRestore);
    if (auto read = forEachRow(query, tr("The audit log cannot be read."), [&]() -> bool {
            AuditEntry entry;
            entry.seq = query.value(0).toLongLong();
            entry.atUtc = query.value(1).toString();
            entry.account = query.value(2).toString();
            entry.action = query.value(3).toString();
            entry.objectType = query.value(4).toString();
            entry.objectId = query.value(5).toString();
            entry.detail = query.value(6).toString();
            entry.prevHash = query.value(7).toString().toLatin1();
            entry.hash = query.value(8).toString().toLatin1();
            ++result.entries;
            if (entry.seq != expectedSeq) {
                result.firstBadSeq = expectedSeq;
                result.reason = entry.seq > expectedSeq ? QStringLiteral("entry missing") : QStringLiteral("sequence out of order");
                return false;
            }
            if (entry.prevHash != previous) {
                result.firstBadSeq = entry.seq;
                result.reason = QStringLiteral("does not follow the previous entry");
                return false;
            }
            if (computeHash(entry) != entry.hash) {
                result.firstBadSeq = entry.seq;
                result.reason = QStringLiteral("content altered");
                return false;
            }
            if (expected && entry.seq == expected->seq)
                hashAtExpected = entry.hash;
            if (expected && entry.action == restoreKey && entry.detail.startsWith(replacedHeadDetail(*expected)))
                restoredOn = entry.atUtc;
            previous = entry.hash;
            ++expectedSeq;
            return true;
        });
        !read)
        return read.error();
    if (!result.ok())
        return result; // the first bad entry ends the walk
    if (expected && expected->seq > 0 && !(hashAtExpected && *hashAtExpected == expected->hash) && !restoredOn.isEmpty()) {
        result.restoredOnUtc = restoredOn;
    } else if (expected && expected->seq > 0) {
        if (!hashAtExpected) {
            result.firstBadSeq = expectedSeq;
            result.reason = QStringLiteral("entries up to %1 were recorded, the log ends before").arg(expected->seq);
        } else if (*hashAtExpected != expected->hash) {
            result.firstBadSeq = expected->seq;
            result.reason = QStringLiteral("history differs from the exported head");
        }
    }
    return result;
}

Result<std::vector<AuditEntry>> AuditLog::latest(int limit, qint64 beforeSeq) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, at_utc, account, action, object_type, object_id, detail, prev_hash, hash"
                                 " FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    std::vector<AuditEntry> entries;
    if (auto read = forEachRow(query, tr("The audit log cannot be read."), [&] {
            entries.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString(), query.value(7).toString().toLatin1(),
                               query.value(8).toString().toLatin1()});
        });
        !read)
        return read.error();
    return entries;
}

Result<void> AuditLog::exportHead(const AuditHead &head, const QString &path)
{
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("habeas-audit-head")},
        {QStringLiteral("seq"), head.seq},
        {QStringLiteral("hash"), QString::fromLatin1(head.hash)},
        {QStringLiteral("exported_utc"), Clock::system()->stamp()},
    };
    return writeFileAtomically(path, QJsonDocument(json).toJson(),
                               tr("The audit log head cannot be written to %1.").arg(path));
}

Result<AuditHead> AuditLog::readHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return makeError(ErrorCode::Io, tr("The audit log head %1 cannot be read.").arg(path), file.errorString());
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray hash = json.value(QLatin1String("hash")).toString().toLatin1();
    const qint64 seq = json.value(QLatin1String("seq")).toInteger(-1);
    if (json.value(QLatin1String("format")).toString() != QLatin1String("habeas-audit-head") || seq < 0
        || hash.size() != 64)
        return makeError(ErrorCode::InvalidArgument, tr("%1 is not an audit log head exported by Habeas.").arg(path));
    return AuditHead{seq, hash};
}

} // namespace habeas
