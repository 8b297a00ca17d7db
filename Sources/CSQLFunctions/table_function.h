// One module for ClaimGraph's table-valued functions (cy_id_tuples, cy_top_rows): sixteen
// result columns c0 … c15 and one hidden argument, a BLOB the planner must supply. Each
// function gives only what differs (a cg_table_function); the module does the rest.

#ifndef CG_TABLE_FUNCTION_H
#define CG_TABLE_FUNCTION_H

#include "CSQLFunctions.h"

#include <stddef.h>

/// The start of every cursor: the current row and how many rows there are.
typedef struct {
    sqlite3_vtab_cursor base;
    sqlite3_int64 row;
    sqlite3_int64 count;
} cg_table_rows;

typedef struct {
    const char *name;        // as SQL calls it; errors name it too
    const char *argument;    // the hidden argument column
    double rows;             // the planner's estimate of rows per call
    size_t cursor_size;      // a struct starting with cg_table_rows
    /// Reads the BLOB argument into the cursor and sets rows.count; errors go to the vtab.
    int (*read)(sqlite3_vtab_cursor *cursor, sqlite3_value *blob);
    int (*column)(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int i);
    /// Frees what the cursor holds (before each read, and when it closes).
    void (*release)(sqlite3_vtab_cursor *cursor);
} cg_table_function;

/// Registers `function` (static: the module keeps a pointer to it) on a connection.
int cg_register_table_function(sqlite3 *db, const cg_table_function *function);

/// Fails the current read with "<name>: <reason>".
int cg_table_error(sqlite3_vtab_cursor *cursor, const char *reason);

#endif
