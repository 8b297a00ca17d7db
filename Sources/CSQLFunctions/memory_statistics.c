// SQLite's memory statistics, off for the whole process.
//
// With statistics on (the default of Debian's build), every allocation SQLite makes takes a
// global mutex to update its counters: 4% of a short graph query's instructions, for numbers
// ClaimGraph never reads (sqlite3_memory_used, sqlite3_status64 and the heap limits).
// sqlite3_config is variadic, hence not callable from Swift.

#include "CSQLFunctions.h"

int cg_disable_memory_statistics(void) {
    // Only before SQLite initialises (the first connection opened); later it returns
    // SQLITE_MISUSE and changes nothing, which is harmless.
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
