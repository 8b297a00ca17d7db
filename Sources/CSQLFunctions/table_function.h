// What the table-valued functions cy_id_tuples and cy_top_rows share: sixteen result columns
// and one hidden argument, which the planner must supply.

#ifndef CG_TABLE_FUNCTION_H
#define CG_TABLE_FUNCTION_H

#include "CSQLFunctions.h"

#include <stddef.h>

/// The position of the hidden argument column, after the CG_ID_TUPLE_COLUMNS results.
enum { cg_table_argument = CG_ID_TUPLE_COLUMNS };

/// Declares columns c0 … c15 and the hidden column `argument`, and makes the table.
int cg_table_connect(sqlite3 *db, const char *argument, sqlite3_vtab **out);

int cg_table_disconnect(sqlite3_vtab *table);

/// Plans a scan given the argument; refuses a plan without it (`name` says whose).
int cg_table_best_index(sqlite3_vtab *table, sqlite3_index_info *info, double rows, const char *name);

/// The start of every cursor: the current row and how many rows there are.
typedef struct {
    sqlite3_vtab_cursor base;
    sqlite3_int64 row;
    sqlite3_int64 count;
} cg_table_rows;

/// A zeroed cursor of `size` bytes (a struct starting with cg_table_rows).
int cg_table_open(size_t size, sqlite3_vtab_cursor **out);

/// xNext, xEof and xRowid over a cursor starting with cg_table_rows.
int cg_table_next(sqlite3_vtab_cursor *cursor);
int cg_table_eof(sqlite3_vtab_cursor *cursor);
int cg_table_rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out);

#endif
