#pragma once

// How a long operation reports how far it has gone: `done` of `total` units
// (rows copied, for a change of the vault key). Called on the thread doing
// the work.

#include <QtGlobal>

#include <functional>

namespace habeas {

using Progress = std::function<void(qint64 done, qint64 total)>;

} // namespace habeas
