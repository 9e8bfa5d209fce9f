#include "domain/Processing.h"

namespace habeas {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &key, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString toKey(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

constexpr std::pair<ProcessingStatus, const char *> Statuses[] = {
    {ProcessingStatus::Draft, "draft"},
    {ProcessingStatus::Submitted, "submitted"},
    {ProcessingStatus::OpinionReceived, "opinion-received"},
    {ProcessingStatus::InOperation, "in-operation"},
    {ProcessingStatus::Retired, "retired"},
};
constexpr std::pair<LegalBasis, const char *> Bases[] = {
    {LegalBasis::LegalObligation, "legal-obligation"}, {LegalBasis::PublicInterest, "public-interest"},
    {LegalBasis::Consent, "consent"},                  {LegalBasis::Contract, "contract"},
    {LegalBasis::LegitimateInterest, "legitimate-interest"}, {LegalBasis::VitalInterest, "vital-interest"},
};
constexpr std::pair<LinkKind, const char *> Links[] = {
    {LinkKind::Interconnection, "interconnection"},
    {LinkKind::Matching, "matching"},
};

} // namespace

QString processingStatusKey(ProcessingStatus status) { return toKey(status, Statuses); }
std::optional<ProcessingStatus> processingStatusFromKey(const QString &key) { return fromKey(key, Statuses); }
QString legalBasisKey(LegalBasis basis) { return toKey(basis, Bases); }
std::optional<LegalBasis> legalBasisFromKey(const QString &key) { return fromKey(key, Bases); }
QString linkKindKey(LinkKind kind) { return toKey(kind, Links); }
std::optional<LinkKind> linkKindFromKey(const QString &key) { return fromKey(key, Links); }

const QStringList &accessKinds()
{
    static const QStringList kinds{QStringLiteral("entry"), QStringLiteral("update"), QStringLiteral("consultation"),
                                   QStringLiteral("maintenance")};
    return kinds;
}

QStringList changedFields(const Processing &before, const Processing &after)
{
    QStringList fields;
    const auto check = [&](bool differs, const char *name) {
        if (differs)
            fields << QLatin1String(name);
    };
    check(before.reference != after.reference, "reference");
    check(before.name != after.name, "name");
    check(before.controller != after.controller, "controller");
    check(before.status != after.status, "status");
    check(before.described != after.described, "described");
    check(before.functionalities != after.functionalities, "functionalities");
    check(before.legalBasis != after.legalBasis, "legal_basis");
    check(before.legalJustification != after.legalJustification, "legal_justification");
    check(before.legalTexts != after.legalTexts, "legal_texts");
    check(before.subjectCategories != after.subjectCategories, "subject_categories");
    check(before.dataCategories != after.dataCategories, "data_categories");
    check(before.recipients != after.recipients, "recipients");
    check(before.links != after.links, "links");
    check(before.transfers != after.transfers, "transfers");
    check(before.securityMeasures != after.securityMeasures, "security_measures");
    check(before.informationOfSubjects != after.informationOfSubjects, "information_of_subjects");
    check(before.rightsExercise != after.rightsExercise, "rights_exercise");
    return fields;
}

} // namespace habeas
