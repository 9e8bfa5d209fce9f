#include "core/audit/AuditLog.h"

#include "core/vault/FileErrors.h"
#include "core/vault/Migrations.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Transaction.h"
#include "core/vault/Rows.h"
#include "core/vault/StoredText.h"
#include "core/vault/Vault.h"
#include "core/crypto/Sodium.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <map>
#include <variant>

namespace habeas {

namespace {

bool mustEscape(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029
           || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
           || c == 0xFEFF;
}

constexpr auto Columns = "seq, at_utc, account, action, object_type, object_id, detail, prev_hash, hash, signature";

AuditEntry readEntry(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),  query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),  query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString().toLatin1(), query.value(8).toString().toLatin1(),
            query.value(9).toString().toLatin1()};
}

// Every row of an executed query, or the error that stopped the reading.
Result<std::vector<AuditEntry>> readEntries(QSqlQuery &query)
{
    std::vector<AuditEntry> entries;
    if (auto read = forEachRow(query, AuditLog::tr("The audit log cannot be read."),
                               [&] { entries.push_back(readEntry(query)); });
        !read)
        return read.error();
    return entries;
}

bool signatureValid(const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey)
{
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES
           && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                          reinterpret_cast<const unsigned char *>(message.constData()),
                                          static_cast<unsigned long long>(message.size()),
                                          reinterpret_cast<const unsigned char *>(publicKey.constData()))
                  == 0;
}

bool signatureValid(const AuditEntry &entry, const QByteArray &publicKey)
{
    return signatureValid(QByteArray::fromHex(entry.signature), AuditLog::signedMessage(entry.hash), publicKey);
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db, std::shared_ptr<const Clock> clock, QByteArray rootKey, AuditSigner signer)
    : m_db(std::move(db)), m_clock(std::move(clock)), m_root(std::move(rootKey)), m_signer(std::move(signer))
{
    ensureSodium();
}

AuditLog AuditLog::of(const Vault &vault, std::shared_ptr<const Clock> clock)
{
    const Vault *signer = &vault;
    return AuditLog(vault.database(), std::move(clock), vault.keyFile().rootKey(),
                    AuditSigner{vault.login(), [signer](const QByteArray &message) { return signer->sign(message); }});
}

QByteArray AuditLog::signedMessage(const QByteArray &hash)
{
    return QByteArrayLiteral("habeas-audit-entry/") + hash;
}

QString AuditLog::fingerprint(const QByteArray &publicKey)
{
    const QByteArray digest = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (qsizetype i = 0; i < digest.size(); i += 4)
        groups << QString::fromLatin1(digest.mid(i, 4));
    return groups.join(u' ');
}

QString AuditLog::grantDetail(const AuditGrant &grant)
{
    return QStringLiteral("key %1 role %2 enabled %3 grants %4")
        .arg(QString::fromLatin1(grant.publicKey.toHex()), grant.role, grant.enabled ? QStringLiteral("1") : QStringLiteral("0"),
             grant.mayGrant ? QStringLiteral("1") : QStringLiteral("0"));
}

std::optional<AuditGrant> AuditLog::parseGrant(const AuditEntry &entry)
{
    const QStringList words = entry.detail.split(u' ');
    const auto flag = [](const QString &word) -> std::optional<bool> {
        if (word == QLatin1String("1"))
            return true;
        if (word == QLatin1String("0"))
            return false;
        return std::nullopt;
    };
    if (entry.action != AuditActions::key(AuditAction::AccountGrant) || words.size() != 8
        || words[0] != QLatin1String("key") || words[2] != QLatin1String("role") || words[4] != QLatin1String("enabled")
        || words[6] != QLatin1String("grants") || entry.objectId.isEmpty())
        return std::nullopt;
    const QByteArray key = QByteArray::fromHex(words[1].toLatin1());
    const auto enabled = flag(words[5]);
    const auto mayGrant = flag(words[7]);
    if (key.size() != crypto_sign_PUBLICKEYBYTES || key.toHex() != words[1].toLatin1() || !enabled || !mayGrant)
        return std::nullopt;
    return AuditGrant{entry.objectId, key, words[3], *enabled, *mayGrant, entry.seq, entry.account};
}

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
    // Every trigger, on any table: one on identity_documents could keep a
    // copy of what a destruction deletes, one on the log could rewrite
    // entries as they are written.
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                   " WHERE name = 'audit_log' OR type = 'trigger'")))
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
    // Habeas makes no other trigger.
    if (!triggers.empty())
        return tampered(QStringLiteral("unknown trigger %1").arg(triggers.begin()->first));
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
    const QString creator = m_root.isEmpty() ? QString() : fingerprint(m_root);
    if (!query.next())
        return AuditHead{0, genesisHash(), creator};
    return AuditHead{query.value(0).toLongLong(), query.value(1).toString().toLatin1(), creator};
}

Result<qint64> AuditLog::append(AuditAction action, const QString &objectType, const QString &objectId,
                                const QString &detail)
{
    const QString failure = tr("The action could not be recorded in the audit log.");
    if (m_signer.login.isEmpty() || !m_signer.sign)
        return makeError(ErrorCode::NotOpen, failure, QStringLiteral("no account to sign the entry"));
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
    entry.account = encode(m_signer.login);
    entry.action = encode(AuditActions::key(action));
    entry.objectType = encode(objectType);
    entry.objectId = encode(objectId);
    entry.detail = encode(detail);
    entry.prevHash = last->hash;
    entry.hash = computeHash(entry);
    const QByteArray signature = m_signer.sign(signedMessage(entry.hash));
    if (signature.size() != crypto_sign_BYTES)
        return makeError(ErrorCode::NotOpen, failure, QStringLiteral("the signing key is not available"));
    entry.signature = signature.toHex();

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(Columns)));
    query.addBindValue(entry.seq);
    query.addBindValue(entry.atUtc);
    query.addBindValue(storedText(entry.account));
    query.addBindValue(entry.action);
    query.addBindValue(storedText(entry.objectType));
    query.addBindValue(storedText(entry.objectId));
    query.addBindValue(storedText(entry.detail));
    query.addBindValue(QString::fromLatin1(entry.prevHash));
    query.addBindValue(QString::fromLatin1(entry.hash));
    query.addBindValue(QString::fromLatin1(entry.signature));
    if (!query.exec())
        return sqlFailure(query.lastError(), m_db.databaseName(), failure);
    query.finish();
    if (own) {
        if (auto committed = own->commit(); !committed)
            return committed.error();
    }
    return entry.seq;
}

Result<qint64> AuditLog::appendGrant(const AuditGrant &grant)
{
    return append(AuditAction::AccountGrant, QStringLiteral("account"), grant.login, grantDetail(grant));
}

Result<AuditGrant> AuditLog::currentGrant(const QString &login) const
{
    return grantBefore(storedText(encode(login)), std::numeric_limits<qint64>::max());
}

Result<std::optional<AuditEntry>> AuditLog::lastOf(AuditAction action) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1").arg(QLatin1String(Columns)));
    query.addBindValue(AuditActions::key(action));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid())
            return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
        return std::optional<AuditEntry>();
    }
    return std::optional<AuditEntry>(readEntry(query));
}

Result<std::vector<AuditEntry>> AuditLog::entriesOf(AuditAction action, qint64 afterSeq) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE action = ? AND seq > ? ORDER BY seq").arg(QLatin1String(Columns)));
    query.addBindValue(AuditActions::key(action));
    query.addBindValue(afterSeq);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    return readEntries(query);
}

Result<std::vector<AuditEntry>> AuditLog::entriesAbout(const QString &objectType, const QString &objectId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE object_type = ? AND object_id = ? ORDER BY seq")
                      .arg(QLatin1String(Columns)));
    query.addBindValue(storedText(encode(objectType)));
    query.addBindValue(storedText(encode(objectId)));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    return readEntries(query);
}

Result<AuditGrant> AuditLog::signerGrant(const AuditEntry &entry) const
{
    const auto forged = [&](const QString &why) {
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("An entry of the audit log is not signed by the account it names: the vault has been edited "
                            "outside Habeas. Ask the DPO to verify the audit log."),
                         why);
    };
    if (computeHash(entry) != entry.hash)
        return forged(QStringLiteral("entry %1 altered").arg(entry.seq));
    auto signer = grantBefore(entry.account, entry.seq);
    if (!signer) {
        if (signer.error().code == ErrorCode::Sql)
            return signer.error();
        return forged(QStringLiteral("entry %1 by %2, who has no valid grant").arg(entry.seq).arg(entry.account));
    }
    if (!signer->enabled || !signatureValid(entry, signer->publicKey))
        return forged(QStringLiteral("entry %1 not signed by %2").arg(entry.seq).arg(entry.account));
    return signer;
}

namespace {

// A grant may be signed by an enabled account that may grant, or by the
// account itself when only its key changes (its own new key pair after a
// password change), its rights staying as they were.
bool maySign(const AuditGrant &signer, const AuditGrant &grant, const QString &signerLogin)
{
    if (!signer.enabled)
        return false;
    if (signer.mayGrant)
        return true;
    return grant.login == signerLogin && grant.role == signer.role && grant.enabled == signer.enabled
           && grant.mayGrant == signer.mayGrant;
}

} // namespace

Result<AuditGrant> AuditLog::grantBefore(const QString &login, qint64 beforeSeq) const
{
    const QString unreadable = tr("The audit log cannot be read.");
    const auto forged = [&](const QString &why) {
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("The rights of the account \"%1\" are not signed by an administrator: the vault has been "
                            "edited outside Habeas. Ask the DPO to verify the audit log.")
                             .arg(login),
                         why);
    };
    // The chain of grants back to the creator's: the login's latest grant
    // before `beforeSeq`, then its signer's latest grant before that entry,
    // and so on. Each step goes to a strictly earlier entry, so the walk
    // ends; it is a loop, not a recursion, however long the chain.
    struct Step {
        AuditEntry entry;
        AuditGrant grant;
    };
    std::vector<Step> chain;
    QString who = login;
    qint64 before = beforeSeq;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE action = ? AND object_id = ? AND seq < ?"
                                 " ORDER BY seq DESC LIMIT 1")
                      .arg(QLatin1String(Columns)));
    QSqlQuery earlier(m_db);
    earlier.setForwardOnly(true);
    earlier.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE action = ? AND seq < ? LIMIT 1"));
    const QString grantKey = AuditActions::key(AuditAction::AccountGrant);
    for (;;) {
        query.addBindValue(grantKey);
        query.addBindValue(who);
        query.addBindValue(before);
        if (!query.exec())
            return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
        if (!query.next()) {
            if (query.lastError().isValid())
                return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
            if (chain.empty())
                return makeError(ErrorCode::NotFound,
                                 tr("No administrator has signed the rights of the account \"%1\".").arg(login),
                                 QStringLiteral("no grant"));
            return forged(QStringLiteral("grant entry %1 signed by %2, who has no valid grant")
                              .arg(chain.back().entry.seq)
                              .arg(who));
        }
        AuditEntry entry = readEntry(query);
        query.finish();
        if (computeHash(entry) != entry.hash)
            return forged(QStringLiteral("grant entry %1 altered").arg(entry.seq));
        auto grant = parseGrant(entry);
        if (!grant)
            return forged(QStringLiteral("grant entry %1 malformed").arg(entry.seq));
        earlier.addBindValue(grantKey);
        earlier.addBindValue(entry.seq);
        if (!earlier.exec())
            return makeError(ErrorCode::Sql, unreadable, earlier.lastError().text());
        const bool first = !earlier.next();
        earlier.finish();
        chain.push_back({std::move(entry), *grant});
        if (first)
            break;
        who = chain.back().entry.account;
        before = chain.back().entry.seq;
    }
    // The creator's own grant is the first of all, under the root key.
    const Step &root = chain.back();
    if (root.entry.account != root.grant.login || root.grant.publicKey != m_root || !root.grant.mayGrant
        || !root.grant.enabled)
        return forged(QStringLiteral("the first grant, entry %1, is not the creator's").arg(root.entry.seq));
    if (!signatureValid(root.entry, m_root))
        return forged(QStringLiteral("grant entry %1 has a bad signature").arg(root.entry.seq));
    // Then each grant, signed by the grant after it in the chain.
    for (std::size_t i = chain.size() - 1; i-- > 0;) {
        const Step &step = chain[i];
        const AuditGrant &signer = chain[i + 1].grant;
        if (!maySign(signer, step.grant, step.entry.account))
            return forged(QStringLiteral("grant entry %1 signed by %2, who may not grant").arg(step.entry.seq).arg(step.entry.account));
        if (!signatureValid(step.entry, signer.publicKey))
            return forged(QStringLiteral("grant entry %1 has a bad signature").arg(step.entry.seq));
    }
    return chain.front().grant;
}

namespace {

constexpr AuditAction TrustActions[] = {AuditAction::AccountGrant, AuditAction::DocumentCaseKey,
                                       AuditAction::DocumentCaseKeyShare};

bool isTrustEntry(const QString &action)
{
    return std::any_of(std::begin(TrustActions), std::end(TrustActions),
                       [&](AuditAction trust) { return AuditActions::key(trust) == action; });
}

// One walk along the chain: the state a verification carries from entry to
// entry, so that a walk can begin at the genesis or at a checkpoint.
struct ChainWalk {
    QByteArray root;
    QByteArray previous = AuditLog::genesisHash();
    QString previousAt;
    qint64 expectedSeq = 1;
    // A running digest of the hash of every entry of trust so far (grants,
    // the case key made and given): a checkpoint stores it, so that none
    // before a checkpoint can be dropped.
    QByteArray grants = AuditLog::genesisHash();
    // Every account's key and rights as the grants so far record them.
    std::map<QString, AuditGrant> accounts;
    // A clock set back on one desk dates an entry before the previous one:
    // check reports it, a sign-in does not refuse the vault for it.
    bool checkTime = true;
    std::optional<AuditHead> expected;
    std::optional<QByteArray> hashAtExpected;
    QString restoredOn; // when a restore replaced the chain whose head is `expected`

    static QByteArray chained(const QByteArray &digest, const QByteArray &hash)
    {
        QCryptographicHash next(QCryptographicHash::Sha256);
        next.addData(digest);
        next.addData(hash);
        return next.result().toHex();
    }

    // Checks one entry; false (with the reason in `result`) ends the walk.
    bool step(const AuditEntry &entry, AuditVerification &result)
    {
        ++result.entries;
        const auto bad = [&](qint64 seq, const QString &reason) {
            result.firstBadSeq = seq;
            result.reason = reason;
            return false;
        };
        if (entry.seq != expectedSeq)
            return bad(expectedSeq, entry.seq > expectedSeq ? QStringLiteral("entry missing")
                                                            : QStringLiteral("sequence out of order"));
        if (entry.prevHash != previous)
            return bad(entry.seq, QStringLiteral("does not follow the previous entry"));
        if (AuditLog::computeHash(entry) != entry.hash)
            return bad(entry.seq, QStringLiteral("content altered"));
        if (checkTime && entry.atUtc < previousAt)
            return bad(entry.seq, QStringLiteral("dated before the previous entry"));
        QByteArray signerKey;
        std::optional<AuditGrant> grant;
        if (entry.action == AuditActions::key(AuditAction::AccountGrant)) {
            grant = AuditLog::parseGrant(entry);
            if (!grant)
                return bad(entry.seq, QStringLiteral("malformed grant"));
        }
        const auto signer = accounts.find(entry.account);
        if (accounts.empty()) {
            // The first grant is the creator's own, under the root key.
            if (!grant || grant->login != entry.account || grant->publicKey != root || !grant->mayGrant)
                return bad(entry.seq, QStringLiteral("the log does not begin with the creator's grant"));
            signerKey = root;
        } else if (signer == accounts.end()) {
            return bad(entry.seq, QStringLiteral("written by %1, whose key no administrator signed").arg(entry.account));
        } else if (!signer->second.enabled) {
            return bad(entry.seq, QStringLiteral("written by %1 while disabled").arg(entry.account));
        } else if (grant && !maySign(signer->second, *grant, entry.account)) {
            return bad(entry.seq, QStringLiteral("grant signed by %1, who may not grant").arg(entry.account));
        } else {
            signerKey = signer->second.publicKey;
        }
        if (!signatureValid(entry, signerKey))
            return bad(entry.seq, QStringLiteral("not signed by %1").arg(entry.account));
        if (grant)
            accounts[grant->login] = *grant;
        if (isTrustEntry(entry.action))
            grants = chained(grants, entry.hash);
        if (expected && entry.seq == expected->seq)
            hashAtExpected = entry.hash;
        // Only an administrator restores: a restore entry by anyone else
        // explains nothing.
        if (expected && entry.action == AuditActions::key(AuditAction::BackupRestore)
            && entry.detail.startsWith(AuditLog::replacedHeadDetail(*expected)) && accounts[entry.account].mayGrant)
            restoredOn = entry.atUtc;
        previous = entry.hash;
        previousAt = entry.atUtc;
        ++expectedSeq;
        return true;
    }
};

QByteArray checkpointMessage(const QString &login, qint64 seq, const QByteArray &hash, const QByteArray &grants)
{
    return QByteArrayLiteral("habeas-audit-checkpoint/") + login.toUtf8() + '/' + QByteArray::number(seq) + '/'
           + hash + '/' + grants;
}

Result<AuditVerification> walk(const QSqlDatabase &db, ChainWalk &walk, qint64 afterSeq)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq").arg(QLatin1String(Columns)));
    query.addBindValue(afterSeq);
    if (!query.exec())
        return makeError(ErrorCode::Sql, AuditLog::tr("The audit log cannot be read."), query.lastError().text());
    AuditVerification result;
    if (auto read = forEachRow(query, AuditLog::tr("The audit log cannot be read."),
                               [&]() -> bool { return walk.step(readEntry(query), result); });
        !read)
        return read.error();
    return result;
}

} // namespace

Result<AuditVerification> AuditLog::verify(const std::optional<AuditHead> &expected) const
{
    if (m_root.size() != crypto_sign_PUBLICKEYBYTES)
        return makeError(ErrorCode::Internal, tr("The audit log cannot be verified without the vault's key file."));
    ChainWalk chain;
    chain.root = m_root;
    chain.expected = expected;
    auto walked = walk(m_db, chain, 0);
    if (!walked)
        return walked.error();
    AuditVerification result = *walked;
    if (!result.ok())
        return result; // the first bad entry ends the walk
    if (expected && !expected->creator.isEmpty() && expected->creator != fingerprint(m_root)) {
        result.firstBadSeq = 1;
        result.reason = QStringLiteral("the exported head names another creator");
    } else if (expected && expected->seq > 0 && !(chain.hashAtExpected && *chain.hashAtExpected == expected->hash)
               && !chain.restoredOn.isEmpty()) {
        result.restoredOnUtc = chain.restoredOn;
    } else if (expected && expected->seq > 0) {
        if (!chain.hashAtExpected) {
            result.firstBadSeq = chain.expectedSeq;
            result.reason = QStringLiteral("entries up to %1 were recorded, the log ends before").arg(expected->seq);
        } else if (*chain.hashAtExpected != expected->hash) {
            result.firstBadSeq = expected->seq;
            result.reason = QStringLiteral("history differs from the exported head");
        }
    }
    return result;
}

namespace {

// Sets `chain` to resume after the checkpoint of `login` (encoded) that
// `publicKey` signed, checking what the checkpoint vouches for; without
// one (none, another key's, a vault from before checkpoints), the chain
// starts at the first entry. Returns where the walk goes on from, or the
// verification that failed.
Result<std::variant<qint64, AuditVerification>> resume(const QSqlDatabase &db, const QString &login,
                                                       const QByteArray &publicKey, ChainWalk &chain)
{
    const QString unreadable = AuditLog::tr("The audit log cannot be read.");
    if (!db.tables().contains(QLatin1String("audit_checkpoints")))
        return std::variant<qint64, AuditVerification>(qint64(0));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, hash, grants, signature FROM audit_checkpoints WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec())
        return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid())
            return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
        return std::variant<qint64, AuditVerification>(qint64(0));
    }
    const qint64 seq = query.value(0).toLongLong();
    const QByteArray hash = query.value(1).toString().toLatin1();
    const QByteArray digest = query.value(2).toString().toLatin1();
    const QByteArray signature = QByteArray::fromHex(query.value(3).toString().toLatin1());
    query.finish();
    if (seq <= 0 || !signatureValid(signature, checkpointMessage(login, seq, hash, digest), publicKey))
        return std::variant<qint64, AuditVerification>(qint64(0));
    AuditVerification result;
    const auto changed = [&](const QString &why) {
        result.firstBadSeq = seq;
        result.reason = why;
        return std::variant<qint64, AuditVerification>(result);
    };
    // The entry the checkpoint names, as it was then.
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(QLatin1String(Columns)));
    query.addBindValue(seq);
    if (!query.exec())
        return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid())
            return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
        return changed(QStringLiteral("the log ends before the last sign-in of %1").arg(login));
    }
    const AuditEntry entry = readEntry(query);
    query.finish();
    if (entry.hash != hash || AuditLog::computeHash(entry) != hash)
        return changed(QStringLiteral("history differs from the last sign-in of %1").arg(login));
    // The entries of trust up to it, none dropped, none altered: their
    // digest is the checkpoint's.
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE action IN (?, ?, ?) AND seq <= ? ORDER BY seq")
                      .arg(QLatin1String(Columns)));
    for (AuditAction trust : TrustActions)
        query.addBindValue(AuditActions::key(trust));
    query.addBindValue(seq);
    if (!query.exec())
        return makeError(ErrorCode::Sql, unreadable, query.lastError().text());
    bool whole = true;
    if (auto read = forEachRow(query, unreadable, [&]() -> bool {
            const AuditEntry trusted = readEntry(query);
            if (AuditLog::computeHash(trusted) != trusted.hash)
                return whole = false;
            if (trusted.action == AuditActions::key(AuditAction::AccountGrant)) {
                const auto grant = AuditLog::parseGrant(trusted);
                if (!grant)
                    return whole = false;
                chain.accounts[grant->login] = *grant;
            }
            chain.grants = ChainWalk::chained(chain.grants, trusted.hash);
            return true;
        });
        !read)
        return read.error();
    if (!whole || chain.grants != digest)
        return changed(QStringLiteral("grants or case keys before the last sign-in of %1 were changed").arg(login));
    chain.previous = entry.hash;
    chain.previousAt = entry.atUtc;
    chain.expectedSeq = seq + 1;
    return std::variant<qint64, AuditVerification>(seq);
}

Error alteredAt(const AuditVerification &walked)
{
    return makeError(ErrorCode::DatabaseCorrupt,
                     AuditLog::tr("The audit log has been altered at entry %1: the vault has been edited outside "
                                  "Habeas. Restore it from a backup and report it to the DPO (\"habeas-cli check\" "
                                  "names the entry).")
                         .arg(walked.firstBadSeq),
                     walked.reason);
}

Result<void> storeCheckpoint(const QSqlDatabase &db, const QString &login, const ChainWalk &chain,
                             const std::function<QByteArray(const QByteArray &)> &sign)
{
    const qint64 seq = chain.expectedSeq - 1;
    if (seq == 0)
        return {};
    const QByteArray signature = sign ? sign(checkpointMessage(login, seq, chain.previous, chain.grants)) : QByteArray();
    if (signature.size() != crypto_sign_BYTES)
        return makeError(ErrorCode::NotOpen, AuditLog::tr("The audit log cannot be verified."),
                         QStringLiteral("the signing key is not available"));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_checkpoints (login, seq, hash, grants, signature)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    write.addBindValue(login);
    write.addBindValue(seq);
    write.addBindValue(QString::fromLatin1(chain.previous));
    write.addBindValue(QString::fromLatin1(chain.grants));
    write.addBindValue(QString::fromLatin1(signature.toHex()));
    if (!write.exec())
        return sqlFailure(write.lastError(), db.databaseName(), AuditLog::tr("The audit log cannot be verified."));
    return {};
}

} // namespace

Result<AuditVerification> AuditLog::walkFromCheckpoint(const QByteArray &publicKey, const QString &recordFor,
                                                       const std::function<QByteArray(const QByteArray &)> &sign) const
{
    if (m_root.size() != crypto_sign_PUBLICKEYBYTES || m_signer.login.isEmpty())
        return makeError(ErrorCode::Internal, tr("The audit log cannot be verified without the vault's key file."));
    ChainWalk chain;
    chain.root = m_root;
    chain.checkTime = false;
    auto from = resume(m_db, encode(m_signer.login), publicKey, chain);
    if (!from)
        return from.error();
    if (const auto *bad = std::get_if<AuditVerification>(&*from))
        return *bad;
    auto walked = walk(m_db, chain, std::get<qint64>(*from));
    if (!walked || !walked->ok() || recordFor.isEmpty())
        return walked;
    if (auto stored = storeCheckpoint(m_db, encode(recordFor), chain, sign); !stored)
        return stored.error();
    return walked;
}

Result<AuditVerification> AuditLog::verifySinceCheckpoint(const QByteArray &publicKey, bool store) const
{
    return walkFromCheckpoint(publicKey, store ? m_signer.login : QString(), m_signer.sign);
}

Result<void> AuditLog::recordCheckpointFor(const QString &login, const QByteArray &ownPublicKey,
                                           const std::function<QByteArray(const QByteArray &)> &sign) const
{
    auto walked = walkFromCheckpoint(ownPublicKey, login, sign);
    if (!walked)
        return walked.error();
    if (!walked->ok())
        return alteredAt(*walked);
    return {};
}

Result<void> AuditLog::requireWholeSinceCheckpoint(const QByteArray &publicKey, bool store) const
{
    auto walked = verifySinceCheckpoint(publicKey, store);
    if (!walked)
        return walked.error();
    if (!walked->ok())
        return alteredAt(*walked);
    return {};
}

Result<std::vector<AuditEntry>> AuditLog::latest(int limit, qint64 beforeSeq) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?").arg(QLatin1String(Columns)));
    query.addBindValue(beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The audit log cannot be read."), query.lastError().text());
    return readEntries(query);
}

Result<void> AuditLog::exportHead(const AuditHead &head, const QString &path)
{
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("habeas-audit-head")},
        {QStringLiteral("seq"), head.seq},
        {QStringLiteral("hash"), QString::fromLatin1(head.hash)},
        {QStringLiteral("creator"), head.creator},
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
    return AuditHead{seq, hash, json.value(QLatin1String("creator")).toString()};
}

} // namespace habeas
