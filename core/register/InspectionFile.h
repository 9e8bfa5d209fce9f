#pragma once

// The inspection file handed to the supervisory authority, in the
// interface's language: a cover (letterhead, when, by whom, scope, period,
// contents), the register's entries as the extract shows them, the
// authority's deliberations with every condition and how it stands, the
// figures of the rights requests received in the period, the identity
// documents destroyed (counts by month, nothing else) and the head of the
// audit chain with the outcome of its verification. For one processing or
// the whole register. Laid out by the letters' renderer; nothing here reads
// the vault: InspectionFileService gathers the facts.
//
// No personal data: requests are counted, never listed; a refusal's reason
// that names its requester is withheld by the service before it gets here.

#include "core/deliberations/Deliberation.h"
#include "core/letters/LetterRenderer.h"
#include "core/register/RegisterExtract.h"
#include "core/requests/Request.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace habeas {

// The period the figures cover: received (requests) or destroyed
// (documents) from `from` to `until`, both included; `from` invalid: since
// the first.
struct InspectionPeriod final {
    QDate from;
    QDate until;
    // The default: the previous calendar year and the current one up to
    // `today`, so that a full year is always there to compare.
    static InspectionPeriod lastTwoYears(const QDate &today);
    static InspectionPeriod all(const QDate &today);
    bool contains(const QDate &day) const;
};

// One request as counted: right keys, dates, end, refusal reason.
struct InspectionRequest final {
    QStringList rights;
    QDate received;
    QDate due; // in force, extension included
    bool extended = false;
    RequestState state = RequestState::Received;
    QDate repliedOn; // invalid: no reply yet
    QString refusalReason;
    bool reasonWithheld = false; // it named the requester
};

// The figures of one right (or of all requests, each once).
struct InspectionFigures final {
    int received = 0;
    int ended = 0;   // closed, refused or withdrawn
    int replied = 0; // answered or refused
    int onTime = 0;  // replied by the date in force
    int late = 0;    // replied after it
    int overdue = 0; // no reply yet and the date in force is past
    int extended = 0;
    int refused = 0;
    int withdrawn = 0;
    bool operator==(const InspectionFigures &) const = default;
};

struct InspectionRightFigures final {
    QString key;
    QString label;
    InspectionFigures figures;
};

struct InspectionStatistics final {
    std::vector<InspectionRightFigures> byRight; // every right, in the rights' order
    InspectionFigures total;                     // each request once
    // Refusals by reason as written, most frequent first; a withheld or
    // cleared reason under its own line.
    std::vector<std::pair<QString, int>> refusals;
};

struct InspectionAudit final {
    qint64 entries = 0;  // the head's sequence number
    QByteArray headHash; // hex
    QString headAtUtc;   // ISO 8601
    QString creator;     // fingerprint of the vault creator's key
    bool whole = false;  // the chain verified, end to end
    qint64 firstBadSeq = 0;
    QString reason; // why that entry is bad (not translated)
};

struct InspectionFileFacts final {
    RegisterExtractFacts register_; // entries, letterhead, today, whole register or not
    std::vector<Deliberation> deliberations;
    std::vector<Right> rights;               // for the rights' order and labels
    std::vector<InspectionRequest> requests; // received in the period
    std::vector<QDate> destroyed;            // local days, in the period
    InspectionPeriod period;
    InspectionAudit audit;
    QDateTime generatedAt; // local time
    QString generatedBy;   // the account's full name
};

class InspectionFile final {
    Q_DECLARE_TR_FUNCTIONS(InspectionFile)

public:
    // Counts the requests of `facts` (a request of several rights counts
    // once under each, and once in the total).
    static InspectionStatistics statistics(const InspectionFileFacts &facts);
    // Documents destroyed by month (the first of the month), oldest first.
    static std::vector<std::pair<QDate, int>> destroyedByMonth(const InspectionFileFacts &facts);
    // "Inspection file: register of processings" or "…: %1 (the processing)".
    static QString title(const InspectionFileFacts &facts);
    // The parts after the cover, in order: what the contents list names.
    static QStringList sectionHeadings();
    static QString bodyHtml(const InspectionFileFacts &facts);
    // What LetterRenderer lays out.
    static LetterContent content(const InspectionFileFacts &facts);
};

} // namespace habeas
