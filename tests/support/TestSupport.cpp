#include "tests/support/TestSupport.h"

#include "core/Clock.h"
#include "core/accounts/AccountGrants.h"
#include "core/accounts/AccountRepository.h"
#include "core/vault/Vault.h"
#include "core/administration/VaultService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace habeas::test {

Result<std::unique_ptr<Vault>> createVault(const QString &path, const NewAccount &administrator,
                                           const SecureBytes &password, const QString &organisation,
                                           const KdfParams &kdf)
{
    return Vault::create(path, administrator.login, password,
                         VaultService::firstRows(administrator, organisation, Clock::system()), kdf);
}

Result<void> addAccount(Vault &vault, const NewAccount &account, const SecureBytes &password, const KdfParams &kdf)
{
    return vault.addSlot(account.login, password, kdf, [&](const Vault::NewSlotKey &key) -> Result<void> {
        if (auto inserted = AccountRepository(vault.database()).insert(account, Clock::system()->nowUtc()); !inserted)
            return inserted;
        AuditLog log = AuditLog::of(vault);
        return AccountGrants::record(log, account.login, account.role, true, key.publicKey);
    });
}

std::string describe(const Error &error)
{
    QString text = QStringLiteral("code %1: %2").arg(int(error.code)).arg(error.message);
    if (!error.detail.isEmpty())
        text += QStringLiteral(" [") + error.detail + u']';
    if (!error.field.isEmpty())
        text += QStringLiteral(" at ") + error.field;
    return text.toStdString();
}

QString seedsDir()
{
    return QStringLiteral(HABEAS_SEEDS_DIR);
}

std::map<QString, QByteArray> fingerprint(const QString &folder)
{
    std::map<QString, QByteArray> hashes;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        hashes[name] = hash.result().toHex();
    }
    return hashes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray keyFileWithChecksum(QJsonObject json)
{
    json.remove(QStringLiteral("checksum"));
    const QByteArray sum = QCryptographicHash::hash(QJsonDocument(json).toJson(QJsonDocument::Compact),
                                                    QCryptographicHash::Blake2b_256);
    json.insert(QStringLiteral("checksum"), QString::fromLatin1(sum.toBase64()));
    return QJsonDocument(json).toJson();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace habeas::test
