#include "core/deliberations/DeliberationLabels.h"

namespace habeas {

QString DeliberationLabels::authority(Authority authority)
{
    switch (authority) {
    case Authority::Ccin: return tr("CCIN");
    case Authority::Apdp: return tr("APDP");
    }
    return {};
}

QString DeliberationLabels::kind(DeliberationKind kind)
{
    switch (kind) {
    case DeliberationKind::FavourableOpinion: return tr("Favourable opinion");
    case DeliberationKind::UnfavourableOpinion: return tr("Unfavourable opinion");
    case DeliberationKind::Authorisation: return tr("Authorisation");
    case DeliberationKind::Recommendation: return tr("Recommendation");
    case DeliberationKind::Decision: return tr("Decision");
    case DeliberationKind::Other: return tr("Other");
    case DeliberationKind::DraftOpinion: return tr("Opinion on a draft text");
    }
    return {};
}

QString DeliberationLabels::subject(DeliberationSubject subject)
{
    switch (subject) {
    case DeliberationSubject::Implementation: return tr("Implementation");
    case DeliberationSubject::Modification: return tr("Modification");
    }
    return {};
}

QString DeliberationLabels::conditionKind(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Reminder: return tr("Reminder");
    case ConditionKind::Request: return tr("Request");
    case ConditionKind::Condition: return tr("Condition");
    case ConditionKind::Invitation: return tr("Invitation");
    case ConditionKind::Other: return tr("Other");
    case ConditionKind::Consideration: return tr("Consideration");
    }
    return {};
}

QString DeliberationLabels::conditionStatus(ConditionStatus status)
{
    switch (status) {
    case ConditionStatus::Open: return tr("Open");
    case ConditionStatus::InProgress: return tr("In progress");
    case ConditionStatus::Met: return tr("Met");
    case ConditionStatus::NotApplicable: return tr("Not applicable");
    }
    return {};
}

} // namespace habeas
