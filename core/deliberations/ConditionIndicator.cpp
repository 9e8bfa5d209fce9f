#include "core/deliberations/ConditionIndicator.h"

#include "core/requests/Deadline.h"

#include "core/EnumKeys.h"

#include <QLocale>

#include <algorithm>

namespace habeas {

namespace {

constexpr std::pair<Indicator, const char *> Keys[] = {
    {Indicator::AccessRepliesOnTime, "access-on-time"},
    {Indicator::ExportsEncrypted, "exports-encrypted"},
};

bool concerns(const std::vector<qint64> &processingIds, qint64 processingId)
{
    return std::find(processingIds.begin(), processingIds.end(), processingId) != processingIds.end();
}

// Lower case without accents: "Répondre" → "repondre".
QString folded(const QString &text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c.toLower();
    }
    return plain;
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&](const char *word) { return text.contains(QLatin1String(word)); });
}

} // namespace

QString indicatorKey(Indicator indicator)
{
    return enumKey(indicator, Keys);
}

std::optional<Indicator> indicatorFromKey(const QString &key)
{
    return enumFromKey(key, Keys);
}

QString ConditionIndicator::label(Indicator indicator)
{
    switch (indicator) {
    case Indicator::AccessRepliesOnTime: return tr("Access replies on time");
    case Indicator::ExportsEncrypted: return tr("Exports encrypted");
    }
    return {};
}

QString ConditionIndicator::description(Indicator indicator)
{
    switch (indicator) {
    case Indicator::AccessRepliesOnTime:
        return tr("This year's access requests concerning the deliberation's processing answered by their deadline, "
                  "extensions included.");
    case Indicator::ExportsEncrypted:
        return tr("Every extract of the register and every letter Habeas exported for the deliberation's processing "
                  "was encrypted.");
    }
    return {};
}

std::optional<Indicator> ConditionIndicator::suggest(const QString &conditionText)
{
    const QString text = folded(conditionText);
    if (containsAny(text, {"chiffr", "encrypt"}) &&
        containsAny(text, {"extraction", "extrait", "copie", "support", "extract", "export", "cop", "medium"}))
        return Indicator::ExportsEncrypted;
    if (containsAny(text, {"acces", "access"}) && containsAny(text, {"mois", "month"}))
        return Indicator::AccessRepliesOnTime;
    return std::nullopt;
}

AccessTimeliness ConditionIndicator::accessTimeliness(const std::vector<MeasuredRequest> &requests, qint64 processingId,
                                                      int year, const QDate &today)
{
    AccessTimeliness result;
    result.year = year;
    for (const MeasuredRequest &request : requests) {
        if (request.received.year() != year || !request.rights.contains(QLatin1String("access")) ||
            !concerns(request.processingIds, processingId))
            continue;
        switch (replyTimeliness(request.due, request.replied, request.withdrawn, today)) {
        case ReplyTimeliness::OnTime:
            ++result.counted;
            ++result.onTime;
            break;
        case ReplyTimeliness::Late:
            ++result.counted;
            result.late.push_back({request.reference, request.received, request.due, request.replied,
                                   int(request.due.daysTo(request.replied))});
            break;
        case ReplyTimeliness::Overdue:
            ++result.counted;
            result.late.push_back(
                {request.reference, request.received, request.due, QDate(), int(request.due.daysTo(today))});
            break;
        case ReplyTimeliness::EndedWithoutReply:
            ++result.withdrawn;
            break;
        case ReplyTimeliness::Pending:
            ++result.notYetDue;
            break;
        }
    }
    std::stable_sort(result.late.begin(), result.late.end(), [](const LateRequest &a, const LateRequest &b) {
        return a.daysLate != b.daysLate ? a.daysLate > b.daysLate : a.reference < b.reference;
    });
    return result;
}

ExportEncryption ConditionIndicator::encryptionOfDetail(const QString &detail)
{
    // Entries name the cipher first ("aes-256" or "aes-256, file"); an
    // export written in clear would say "plain".
    const QString first = detail.section(u',', 0, 0).trimmed();
    if (first.startsWith(QLatin1String("aes-")))
        return ExportEncryption::Encrypted;
    if (first == QLatin1String("plain"))
        return ExportEncryption::NotEncrypted;
    return ExportEncryption::Unknown;
}

ExportsEncryption ConditionIndicator::exportsEncryption(const std::vector<MeasuredExport> &exports, qint64 processingId)
{
    ExportsEncryption result;
    for (const MeasuredExport &exported : exports) {
        if (exported.kind != MeasuredExport::Kind::WholeRegister && !concerns(exported.processingIds, processingId))
            continue;
        ++result.counted;
        switch (exported.encryption) {
        case ExportEncryption::Encrypted: ++result.encrypted; break;
        case ExportEncryption::Unknown:
            ++result.unknown;
            result.notEncrypted.push_back(exported);
            break;
        case ExportEncryption::NotEncrypted: result.notEncrypted.push_back(exported); break;
        }
    }
    std::stable_sort(result.notEncrypted.begin(), result.notEncrypted.end(),
                     [](const MeasuredExport &a, const MeasuredExport &b) { return a.at < b.at; });
    return result;
}

QString ConditionIndicator::figure(const ConditionMeasure &measure)
{
    if (measure.needsProcessing)
        return tr("Needs the deliberation's processing");
    switch (measure.indicator) {
    case Indicator::AccessRepliesOnTime: {
        const AccessTimeliness &a = measure.access;
        if (a.counted == 0)
            return tr("No access request to measure in %1").arg(a.year);
        return tr("%1 of %2 on time (%3 %)").arg(a.onTime).arg(a.counted).arg(a.percent());
    }
    case Indicator::ExportsEncrypted: {
        const ExportsEncryption &e = measure.exports;
        if (e.counted == 0)
            return tr("No export yet");
        if (e.encrypted == e.counted)
            return tr("%n export(s), all encrypted", nullptr, e.counted);
        const int plain = e.counted - e.encrypted - e.unknown;
        if (plain == 0)
            return tr("%1 of %n export(s) encrypted, %2 not known", nullptr, e.counted).arg(e.encrypted).arg(e.unknown);
        return tr("%1 of %n export(s) not encrypted", nullptr, e.counted).arg(plain);
    }
    }
    return {};
}

QString ConditionIndicator::explanation(const ConditionMeasure &measure)
{
    if (measure.needsProcessing)
        return tr("Link the deliberation to its processing of the register: the figure counts what concerns that "
                  "processing.");
    switch (measure.indicator) {
    case Indicator::AccessRepliesOnTime: {
        const AccessTimeliness &a = measure.access;
        QString text = tr("Access requests received in %1 whose findings name the processing: replied by the date in "
                          "force (extensions included), or still open past it.")
                           .arg(a.year);
        if (a.notYetDue > 0)
            text += u' ' + tr("%n request(s) still open and not yet due are not counted.", nullptr, a.notYetDue);
        if (a.withdrawn > 0)
            text += u' ' + tr("%n request(s) withdrawn before a reply are not counted.", nullptr, a.withdrawn);
        return text;
    }
    case Indicator::ExportsEncrypted: {
        QString text = tr("Extracts of the processing's register entry or of the whole register, and letters of "
                          "requests concerning it, as the audit log records their export.");
        if (measure.exports.unknown > 0)
            text += u' ' + tr("%n older entry(ies) do not say whether the file was encrypted.", nullptr,
                              measure.exports.unknown);
        return text;
    }
    }
    return {};
}

} // namespace habeas
