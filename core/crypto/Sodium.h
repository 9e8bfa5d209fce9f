#pragma once

// The one place that includes libsodium, so that sodium_init() is guaranteed
// to have run before any primitive is used.

#include <sodium.h>

namespace habeas {

// Initialises libsodium once per process; safe to call from any thread.
void ensureSodium();

} // namespace habeas
