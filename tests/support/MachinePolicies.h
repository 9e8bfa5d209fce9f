#pragma once

// Machine policies in tests: read from the text of a Linux policy file, and
// put in force for one test, so that the machine running the tests (and its
// /etc/habeas/policy.ini) never decides what they see.

#include "core/settings/MachinePolicy.h"

#include <QByteArray>

namespace habeas::test {

// The policy a /etc/habeas/policy.ini holding `ini` gives ([Policies] group).
MachinePolicy policyFromIni(const QByteArray &ini);

// In force from construction; no policy again after.
class PolicyInForce final {
public:
    explicit PolicyInForce(const MachinePolicy &policy) { MachinePolicy::setCurrent(policy); }
    ~PolicyInForce() { MachinePolicy::setCurrent(MachinePolicy()); }
    PolicyInForce(const PolicyInForce &) = delete;
    PolicyInForce &operator=(const PolicyInForce &) = delete;
};

} // namespace habeas::test
