#pragma once

// The tamper-evident audit log: append-only (SQL triggers refuse UPDATE and
// DELETE) and hash-chained: each entry stores the SHA-256 of the previous
// entry's hash and its own canonical content. verify() walks the chain and
// names the first entry that was edited, deleted, reordered or inserted; a
// head (sequence and hash) exported beside backups or printed on reports
// shows a history rewritten from scratch or cut short.
//
// Entries say who did what to which object, never the personal data itself;
// every text field is encoded so that no entry can carry a line break, a
// control character or a bidirectional override.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/audit/AuditAction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace habeas {

struct AuditEntry final {
    qint64 seq = 0;
    QString atUtc; // ISO 8601, UTC, milliseconds
    QString account;
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
    QByteArray prevHash; // hex
    QByteArray hash;     // hex
};

struct AuditHead final {
    qint64 seq = 0;
    QByteArray hash; // hex; the genesis hash when seq is 0
    bool operator==(const AuditHead &) const = default;
};

struct AuditVerification final {
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when the chain is whole
    QString reason;         // why that entry is bad (not translated: for the report)
    // Set when the expected head is the head of a vault that a restore
    // replaced (named by that restore's entry): the cut is explained, not
    // verified (an entry can be forged by anyone holding the key until
    // entries are signed), so callers report it apart from a match.
    QString restoredOnUtc;
    bool ok() const { return firstBadSeq == 0; }
};

class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // The connection must stay open while the log is used.
    explicit AuditLog(QSqlDatabase db, std::shared_ptr<const Clock> clock = Clock::system());

    // Appends one entry; joins the caller's transaction when one is open.
    // Errors: DiskFull, ReadOnlyLocation, Locked, Io, Sql.
    Result<qint64> append(const QString &account, AuditAction action, const QString &objectType = {},
                          const QString &objectId = {}, const QString &detail = {});
    Result<AuditHead> head() const;
    // Walks the whole chain; with `expected`, also checks that the entry at
    // expected.seq still has expected.hash (a cut tail or a rewritten
    // history shows there).
    Result<AuditVerification> verify(const std::optional<AuditHead> &expected = std::nullopt) const;
    // Newest first; for the audit page.
    Result<std::vector<AuditEntry>> latest(int limit, qint64 beforeSeq = 0) const;

    // The triggers that refuse any change to past entries must be there
    // exactly as the schema made them, and the log itself must exist: a
    // vault where they were dropped or edited (DROP TRIGGER, writable_schema,
    // DROP TABLE) is refused as tampered before anything is written to it.
    // Errors: DatabaseCorrupt, Sql.
    static Result<void> verifyGuards(const QSqlDatabase &db, int schemaVersion);

    static QByteArray genesisHash();
    // How a restore entry names the head of the chain it replaced; verify()
    // reads it back to explain an exported head that the log no longer has.
    static QString replacedHeadDetail(const AuditHead &head);
    // Escapes control characters, line and paragraph separators,
    // bidirectional controls and the backslash as \uXXXX / \\.
    static QString encode(const QString &text);
    static QByteArray computeHash(const AuditEntry &entry);

    // The head as a small JSON document, written atomically.
    static Result<void> exportHead(const AuditHead &head, const QString &path);
    static Result<AuditHead> readHead(const QString &path);

private:
    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace habeas
