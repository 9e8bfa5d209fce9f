#include "core/register/Processing.h"

#include "core/EnumKeys.h"

namespace habeas {

namespace {

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

QString processingStatusKey(ProcessingStatus status) { return enumKey(status, Statuses); }
std::optional<ProcessingStatus> processingStatusFromKey(const QString &key) { return enumFromKey(key, Statuses); }
QString legalBasisKey(LegalBasis basis) { return enumKey(basis, Bases); }
std::optional<LegalBasis> legalBasisFromKey(const QString &key) { return enumFromKey(key, Bases); }
QString linkKindKey(LinkKind kind) { return enumKey(kind, Links); }
std::optional<LinkKind> linkKindFromKey(const QString &key) { return enumFromKey(key, Links); }

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
    check(before.dataSource != after.dataSource, "data_source");
    check(before.dataMandatory != after.dataMandatory, "data_mandatory");
    check(before.mandatoryReason != after.mandatoryReason, "mandatory_reason");
    return fields;
}

QString fieldText(const Processing &p, const QString &field)
{
    // Each line a QString: with QStringBuilder, `a + b` returned as auto
    // would refer to temporaries gone by then.
    const auto lines = [](const auto &items, const auto &line) -> QString {
        QStringList out;
        for (const auto &item : items)
            out << line(item);
        return out.join(u'\n');
    };
    if (field == QLatin1String("reference"))
        return p.reference;
    if (field == QLatin1String("name"))
        return p.name;
    if (field == QLatin1String("controller"))
        return p.controller;
    if (field == QLatin1String("status"))
        return processingStatusKey(p.status);
    if (field == QLatin1String("described"))
        return p.described ? QStringLiteral("yes") : QStringLiteral("no");
    if (field == QLatin1String("functionalities"))
        return p.functionalities.join(u'\n');
    if (field == QLatin1String("legal_basis"))
        return p.legalBasis ? legalBasisKey(*p.legalBasis) : QString();
    if (field == QLatin1String("legal_justification"))
        return p.legalJustification;
    if (field == QLatin1String("legal_texts"))
        return lines(p.legalTexts, [](const LegalText &text) -> QString {
            QStringList parts{text.title};
            if (text.date.isValid())
                parts << text.date.toString(Qt::ISODate);
            if (!text.reference.isEmpty())
                parts << text.reference;
            return parts.join(QStringLiteral(" | "));
        });
    if (field == QLatin1String("subject_categories"))
        return p.subjectCategories.join(u'\n');
    if (field == QLatin1String("data_categories"))
        return lines(p.dataCategories, [](const DataCategory &category) -> QString {
            QString line = category.name + QStringLiteral(" | ") + category.retention;
            if (category.retentionDays)
                line += QStringLiteral(" | %1").arg(*category.retentionDays);
            return line;
        });
    if (field == QLatin1String("recipients"))
        return lines(p.recipients, [](const Recipient &recipient) -> QString {
            return recipient.name + QStringLiteral(" | ") + recipient.access.join(QStringLiteral(", "));
        });
    if (field == QLatin1String("links"))
        return lines(p.links,
                     [](const ProcessingLink &link) -> QString { return linkKindKey(link.kind) + QStringLiteral(" | ") + link.target; });
    if (field == QLatin1String("transfers"))
        return p.transfers;
    if (field == QLatin1String("security_measures"))
        return p.securityMeasures;
    if (field == QLatin1String("information_of_subjects"))
        return p.informationOfSubjects;
    if (field == QLatin1String("rights_exercise"))
        return p.rightsExercise;
    if (field == QLatin1String("data_source"))
        return p.dataSource;
    if (field == QLatin1String("data_mandatory"))
        return p.dataMandatory ? (*p.dataMandatory ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
    if (field == QLatin1String("mandatory_reason"))
        return p.mandatoryReason;
    return {};
}

} // namespace habeas
