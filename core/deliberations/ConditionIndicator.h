#pragma once

// Figures Habeas computes itself for a condition about something it records:
// the DPO links the condition to one indicator of a short list, and the
// figure shown beside it is measured from the vault, never typed. This file
// holds the list, the labels and the computation over plain values, so that
// a figure is tested without a vault; DeliberationService reads the values.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace habeas {

enum class Indicator {
    AccessRepliesOnTime, // "reply to an access request within a month"
    ExportsEncrypted,    // "extracts encrypted on their medium"
};

inline constexpr std::array AllIndicators = {Indicator::AccessRepliesOnTime, Indicator::ExportsEncrypted};

// Stable keys stored in conditions.indicator ("access-on-time", …).
QString indicatorKey(Indicator indicator);
std::optional<Indicator> indicatorFromKey(const QString &key);

// An access request as the measure reads it. A request concerns a
// processing when one of its findings names it.
struct MeasuredRequest final {
    QString reference;
    QStringList rights; // right keys
    std::vector<qint64> processingIds;
    QDate received;
    QDate due;     // the date in force: the first deadline, or the extension's
    QDate replied; // the day of its first move to answered or refused; invalid when none
    bool withdrawn = false;
};

struct LateRequest final {
    QString reference;
    QDate received;
    QDate due;
    QDate replied; // invalid: still open, overdue
    int daysLate = 0;
};

// This year's access requests about one processing, by their reply.
struct AccessTimeliness final {
    int year = 0;                  // of receipt
    int counted = 0;               // replied, or open past their date
    int onTime = 0;                // replied on or before the date in force
    int notYetDue = 0;             // open, their date not passed: not counted
    int withdrawn = 0;             // withdrawn before any reply: not counted
    std::vector<LateRequest> late; // replied late, or open and overdue; most days late first
    int percent() const { return counted == 0 ? 0 : int((onTime * 100 + counted / 2) / counted); }
};

enum class ExportEncryption { Encrypted, NotEncrypted, Unknown };

// One export of the audit log (register.export, letter.export).
struct MeasuredExport final {
    enum class Kind { RegisterEntry, WholeRegister, Letter };
    Kind kind = Kind::RegisterEntry;
    QDateTime at;                      // UTC
    qint64 objectId = 0;               // the processing, or the letter
    QString requestReference;          // the letter's request
    std::vector<qint64> processingIds; // the processing extracted, or those the letter's request concerns
    ExportEncryption encryption = ExportEncryption::Unknown;
};

struct ExportsEncryption final {
    int counted = 0;
    int encrypted = 0;
    std::vector<MeasuredExport> notEncrypted; // and those whose entry does not say, oldest first
    int unknown = 0;                          // entries that do not say
};

// A condition's figure.
struct ConditionMeasure final {
    Indicator indicator = Indicator::AccessRepliesOnTime;
    bool needsProcessing = false; // its deliberation is linked to no processing
    AccessTimeliness access;
    ExportsEncryption exports;
};

class ConditionIndicator final {
    Q_DECLARE_TR_FUNCTIONS(ConditionIndicator)

public:
    static QString label(Indicator indicator);
    // What the indicator measures, in a sentence (the combo's tooltip).
    static QString description(Indicator indicator);

    // The indicator a condition's wording speaks of (French or English),
    // for the DPO to confirm; nullopt when none fits.
    static std::optional<Indicator> suggest(const QString &conditionText);

    // Access requests received in `year` concerning `processingId`: on
    // time when replied on or before their date in force; late when replied
    // after it, or still open on `today` with it passed.
    static AccessTimeliness accessTimeliness(const std::vector<MeasuredRequest> &requests, qint64 processingId,
                                             int year, const QDate &today);
    // Exports for `processingId`: its register entry, the whole register,
    // letters of requests concerning it.
    static ExportsEncryption exportsEncryption(const std::vector<MeasuredExport> &exports, qint64 processingId);
    // What an export entry's detail says ("aes-256, file": encrypted).
    static ExportEncryption encryptionOfDetail(const QString &detail);

    // "3 of 4 on time (75 %)", "5 exports, all encrypted", …
    static QString figure(const ConditionMeasure &measure);
    // What the figure leaves out or how it is read, in a sentence or two.
    static QString explanation(const ConditionMeasure &measure);
};

} // namespace habeas
