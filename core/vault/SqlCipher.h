#pragma once

// The one include of the SQLCipher C API. SQLITE_HAS_CODEC must be defined
// before the header for sqlite3_key() to be declared, and the SQLCipher header
// is named explicitly because a plain SQLite sqlite3.h may also be installed.

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif

#if __has_include(<sqlcipher/sqlite3.h>)
#include <sqlcipher/sqlite3.h>
#else
#error "SQLCipher's header <sqlcipher/sqlite3.h> was not found"
#endif
