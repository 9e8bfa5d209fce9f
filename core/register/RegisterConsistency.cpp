#include "core/register/RegisterConsistency.h"

#include "core/requests/Request.h"

#include <QHash>

namespace habeas {

std::vector<ConsistencyFlag> RegisterConsistency::check(const std::vector<Processing> &processings,
                                                        const QSet<qint64> &deliberated)
{
    QHash<QString, const Processing *> byName;
    for (const Processing &p : processings)
        byName.insert(searchKey(p.name.trimmed()), &p);

    std::vector<ConsistencyFlag> flags;
    for (const Processing &p : processings) {
        if (!p.described)
            continue;
        const auto flag = [&](ConsistencyKind kind, const QString &detail, const QString &sentence) {
            flags.push_back({kind, p.id, detail, sentence});
        };
        for (const ProcessingLink &link : p.links) {
            const Processing *other = byName.value(searchKey(link.target.trimmed()));
            if (!other || !other->described) {
                flag(ConsistencyKind::UndescribedLink, link.target,
                     tr("The linked processing \"%1\" is not described in the register.").arg(link.target));
                continue;
            }
            for (const DataCategory &here : p.dataCategories) {
                if (!here.retentionDays)
                    continue;
                const QString key = searchKey(here.name.trimmed());
                for (const DataCategory &there : other->dataCategories) {
                    if (there.retentionDays && *here.retentionDays > *there.retentionDays &&
                        searchKey(there.name.trimmed()) == key) {
                        flag(ConsistencyKind::LongerRetention, here.name,
                             tr("\"%1\" is kept %n day(s) here, longer than in the linked processing \"%2\" (%3 days).",
                                nullptr, *here.retentionDays)
                                 .arg(here.name, other->name, QString::number(*there.retentionDays)));
                        break;
                    }
                }
            }
        }
        if (p.securityMeasures.trimmed().isEmpty()) {
            for (const Recipient &recipient : p.recipients) {
                if (recipient.access.contains(QStringLiteral("maintenance")))
                    flag(ConsistencyKind::MaintenanceWithoutSecurity, recipient.name,
                         tr("\"%1\" has maintenance access, but no security measure is written.").arg(recipient.name));
            }
        }
        if (p.status == ProcessingStatus::InOperation && !deliberated.contains(p.id))
            flag(ConsistencyKind::OperatingWithoutDeliberation, QString(),
                 tr("The processing is in operation, but no deliberation of the authority is linked to it."));
        for (const DataCategory &category : p.dataCategories) {
            if (!category.retention.trimmed().isEmpty() && !category.retentionDays)
                flag(ConsistencyKind::UncountedRetention, category.name,
                     tr("The retention of \"%1\" is written in words, with no number of days to count with.")
                         .arg(category.name));
        }
    }
    return flags;
}

} // namespace habeas
