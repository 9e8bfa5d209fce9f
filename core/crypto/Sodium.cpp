#include "core/crypto/Sodium.h"

#include <cstdlib>
#include <mutex>

namespace habeas {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // sodium_init only fails when the system offers no source of
        // randomness; nothing in Habeas can be done safely then.
        if (sodium_init() < 0)
            std::abort();
    });
}

} // namespace habeas
