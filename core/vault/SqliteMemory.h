#pragma once

// SQLite's memory, zeroed when it is freed. SQLCipher 3.4 has no
// cipher_memory_security: its own key buffers are wiped, but the page cache
// (decrypted pages), bound values and record buffers are freed as they are.
// Habeas gives SQLite an allocator that zeroes every block before releasing
// it, and zeroes the old block when one is moved by a reallocation. It must
// be installed before SQLite initialises; the driver does so before its
// first connection.

#include <QtGlobal>

namespace habeas {

// Idempotent; false when SQLite had already been initialised by someone
// else (the blocks are then not wiped; the caller reports it).
bool installWipingAllocator();
bool wipingAllocatorInstalled();
// Bytes zeroed on release since the process started (for tests).
quint64 sqliteBytesWiped();

} // namespace habeas
