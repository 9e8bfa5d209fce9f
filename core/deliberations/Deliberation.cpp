#include "core/deliberations/Deliberation.h"

#include "core/EnumKeys.h"
#include "core/requests/Request.h"

#include <QRegularExpression>


namespace habeas {

namespace {

constexpr std::pair<Authority, const char *> Authorities[] = {{Authority::Ccin, "ccin"}, {Authority::Apdp, "apdp"}};
constexpr std::pair<DeliberationKind, const char *> Kinds[] = {
    {DeliberationKind::FavourableOpinion, "favourable-opinion"},
    {DeliberationKind::UnfavourableOpinion, "unfavourable-opinion"},
    {DeliberationKind::Authorisation, "authorisation"},
    {DeliberationKind::Recommendation, "recommendation"},
    {DeliberationKind::Decision, "decision"},
    {DeliberationKind::Other, "other"},
    {DeliberationKind::DraftOpinion, "draft-opinion"},
};
constexpr std::pair<DeliberationSubject, const char *> Subjects[] = {
    {DeliberationSubject::Implementation, "implementation"},
    {DeliberationSubject::Modification, "modification"},
};
constexpr std::pair<ConditionKind, const char *> ConditionKinds[] = {
    {ConditionKind::Reminder, "reminder"}, {ConditionKind::Request, "request"}, {ConditionKind::Condition, "condition"},
    {ConditionKind::Invitation, "invitation"}, {ConditionKind::Other, "other"},
    {ConditionKind::Consideration, "consideration"},
};
constexpr std::pair<ConditionStatus, const char *> Statuses[] = {
    {ConditionStatus::Open, "open"},
    {ConditionStatus::InProgress, "in-progress"},
    {ConditionStatus::Met, "met"},
    {ConditionStatus::NotApplicable, "not-applicable"},
};

} // namespace

QString authorityKey(Authority value) { return enumKey(value, Authorities); }
std::optional<Authority> authorityFromKey(const QString &key) { return enumFromKey(key, Authorities); }
QString deliberationKindKey(DeliberationKind value) { return enumKey(value, Kinds); }
std::optional<DeliberationKind> deliberationKindFromKey(const QString &key) { return enumFromKey(key, Kinds); }
QString deliberationSubjectKey(DeliberationSubject value) { return enumKey(value, Subjects); }
std::optional<DeliberationSubject> deliberationSubjectFromKey(const QString &key) { return enumFromKey(key, Subjects); }
QString conditionKindKey(ConditionKind value) { return enumKey(value, ConditionKinds); }
std::optional<ConditionKind> conditionKindFromKey(const QString &key) { return enumFromKey(key, ConditionKinds); }
QString conditionStatusKey(ConditionStatus value) { return enumKey(value, Statuses); }
std::optional<ConditionStatus> conditionStatusFromKey(const QString &key) { return enumFromKey(key, Statuses); }

QString deliberationNumberKey(const QString &printed)
{
    static const QRegularExpression Number(QStringLiteral("^\\s*(\\d{1,4})\\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*(\\d{1,4})\\s*$"));
    const auto match = Number.match(printed);
    if (!match.hasMatch())
        return {};
    const QString year = match.captured(1);
    const int sequence = match.captured(2).toInt();
    if (year.size() == 4)
        return year + u'-' + QString::number(sequence);
    if (year.size() <= 2)
        return QStringLiteral("%1-%2").arg(year.toInt(), 2, 10, QLatin1Char('0')).arg(sequence, 2, 10, QLatin1Char('0'));
    return {};
}

QString conditionTextKey(const QString &text)
{
    QString plain = text.simplified();
    plain.replace(QChar(0x2019), u'\'');
    QString key = searchKey(plain);
    while (!key.isEmpty() && (key.back() == u'.' || key.back() == u';' || key.back() == u',' || key.back() == u' '))
        key.chop(1);
    return key;
}

} // namespace habeas
