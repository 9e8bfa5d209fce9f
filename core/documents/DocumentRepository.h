#pragma once

// The identity_documents and document_destructions tables.

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace habeas {

// What the clerk checked on the copy before calling the identity verified.
struct IdentityChecks final {
    enum class BirthDate { NotChecked, Matches, NotKnown };
    bool photograph = false;  // the holder's photograph is on it
    bool nameMatches = false; // the name is the requester's
    BirthDate birthDate = BirthDate::NotChecked; // matches, where the office knows it
    bool stillValid = false;  // not expired

    // Every check made (the date of birth matching, or not known).
    bool complete() const;
    // As stored: "photograph,name,birth-date,valid" ("birth-date-unknown").
    QString key() const;
    static IdentityChecks fromKey(const QString &key);
    bool operator==(const IdentityChecks &) const = default;
};

struct StoredDocument final {
    qint64 requestId = 0;
    QString kind; // "identity card", "passport", … as entered
    // As stored: the encrypted PNG; as viewed: the PNG. Wiped by its last
    // holder.
    QByteArray image;
    int width = 0;
    int height = 0;
    QString capturedBy;
    QString verifiedBy;
    QDate verifiedOn;
    QByteArray sealedKey; // the document key under the case key (see CaseKeys)
    QDateTime capturedAt;
    IdentityChecks checks;

    ~StoredDocument();
};

struct DestructionRecord final {
    qint64 requestId = 0;
    QString kind;
    QString verifiedBy;
    QDate verifiedOn;
    QDateTime destroyedOn;
};

class DocumentRepository final {
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock = Clock::system());

    // The tables whose rows never go into a backup: the copies themselves.
    static QStringList tablesLeftOutOfBackups();

    // Replaces any earlier copy for the request.
    Result<void> store(const StoredDocument &document);
    Result<std::optional<StoredDocument>> find(qint64 requestId) const;
    // What is known of the copy, without the image or its key.
    Result<std::optional<StoredDocument>> describe(qint64 requestId) const;
    Result<bool> exists(qint64 requestId) const;
    Result<void> markVerified(qint64 requestId, const QString &by, const QDate &on, const IdentityChecks &checks);
    // Deletes the copy and keeps the destruction record; false when there
    // was no copy.
    Result<bool> destroy(qint64 requestId);
    Result<std::optional<DestructionRecord>> destruction(qint64 requestId) const;
    // The sealed document keys of every copy, by request, and their
    // replacement when the case key changes.
    Result<std::vector<std::pair<qint64, QByteArray>>> sealedKeys() const;
    Result<void> replaceSealedKey(qint64 requestId, const QByteArray &sealedKey);
    // Every request that holds a copy.
    Result<std::vector<qint64>> requestsWithDocuments() const;
    // When each document was destroyed, oldest first: of every request, or
    // of those whose findings concern `processingId`. Nothing else of the
    // record (no request, no kind, no one's name).
    Result<std::vector<QDateTime>> destructionTimes(const std::optional<qint64> &processingId) const;
    // Requests that have ended but still hold a copy (after a crash).
    Result<std::vector<qint64>> leftOnEndedRequests() const;

private:
    Result<std::optional<StoredDocument>> read(qint64 requestId, bool withImage) const;

    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace habeas
