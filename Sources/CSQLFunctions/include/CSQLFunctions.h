#ifndef CSQLFUNCTIONS_H
#define CSQLFUNCTIONS_H

#include <sqlite3.h>

/// Registers cy_prop(props, key) and cy_propkey(props, key) on a connection (see props.c).
int cg_register_prop_functions(sqlite3 *db);

/// Columns of a cy_distinct_ids tuple at most (cy_id_tuples has this many columns); the
/// compiler keeps SQLite's DISTINCT for wider rows.
enum { CG_ID_TUPLE_COLUMNS = 16 };

/// Registers the aggregates cy_count_ids(id) and cy_distinct_ids(a, …): count(DISTINCT id) and
/// DISTINCT over id tuples, in a hash set (see id_sets.c).
int cg_register_id_set_functions(sqlite3 *db);

/// Registers the table-valued function cy_id_tuples(blob), the rows of cy_distinct_ids (see id_tuples.c).
int cg_register_id_tuples(sqlite3 *db);

/// Registers the aggregate cy_top(n, directions, key…, value…), the n rows that sort first,
/// and the table-valued function cy_top_rows(blob) that reads them back (see top_rows.c).
int cg_register_top_rows(sqlite3 *db);

/// Turns SQLite's memory statistics off for the process, if no connection is open yet
/// (see memory_statistics.c); SQLITE_OK when it did.
int cg_disable_memory_statistics(void);

#endif
