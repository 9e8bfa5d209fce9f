#pragma once

// The consistency checks of the register: what the DPO should look at in
// the description of a processing (a link to a processing nobody described,
// a data category kept longer here than in the processing it is linked to,
// maintenance access with no security measure, a processing in operation
// the authority never deliberated on, a retention the program cannot
// count). Plain rules over plain values; ProcessingService reads the
// register and the deliberations for them.

#include "core/register/Processing.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <vector>

namespace habeas {

enum class ConsistencyKind {
    UndescribedLink,              // a linked processing is not described in the register
    LongerRetention,              // a category kept longer here than in a linked processing
    MaintenanceWithoutSecurity,   // a recipient with maintenance access, no security measure
    OperatingWithoutDeliberation, // in operation, no deliberation of the authority
    UncountedRetention,           // a retention in words with no number of days
};

struct ConsistencyFlag final {
    ConsistencyKind kind = ConsistencyKind::UndescribedLink;
    qint64 processingId = 0;
    // What the flag is about: the linked processing's name, the data
    // category's or the recipient's; empty for a missing deliberation.
    QString detail;
    QString sentence; // for the person, translated
    bool operator==(const ConsistencyFlag &) const = default;
};

class RegisterConsistency final {
    Q_DECLARE_TR_FUNCTIONS(RegisterConsistency)

public:
    // The flags of every described processing of `processings` (the whole
    // register: links are resolved by name among them), in their order;
    // `deliberated`: the ids of the processings some deliberation is about.
    // Referenced-only processings get no flag of their own.
    static std::vector<ConsistencyFlag> check(const std::vector<Processing> &processings,
                                              const QSet<qint64> &deliberated);
};

} // namespace habeas
