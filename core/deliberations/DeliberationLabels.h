#pragma once

// What a person reads for the stable keys of the deliberations feature:
// authorities, kinds of deliberation and of condition, condition statuses,
// in the interface's language.

#include "core/deliberations/Deliberation.h"

#include <QCoreApplication>
#include <QString>

namespace habeas {

class DeliberationLabels final {
    Q_DECLARE_TR_FUNCTIONS(DeliberationLabels)

public:
    DeliberationLabels() = delete;

    static QString authority(Authority authority);
    static QString kind(DeliberationKind kind);
    static QString subject(DeliberationSubject subject);
    static QString conditionKind(ConditionKind kind);
    static QString conditionStatus(ConditionStatus status);
};

} // namespace habeas
