// cy_id_tuples(blob): the rows packed by cy_distinct_ids (id_sets.c), as a table-valued
// function with columns c0 … c15 (NULL beyond the tuple's width).
//
// An eponymous virtual table: `SELECT t.c0, t.c1 FROM cy_id_tuples((SELECT cy_distinct_ids(…) …)) t`.
// The argument is the hidden column `tuples`, which the planner must supply (xBestIndex
// refuses a plan without it).

#include "table_function.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { column_count = CG_ID_TUPLE_COLUMNS };

typedef struct {
    cg_table_rows rows;      // the current tuple, and how many there are
    sqlite3_int64 *tuples;   // a copy of the BLOB: width, then (mask, values…) per tuple
    sqlite3_int64 width;     // values per tuple
} Cursor;

static int connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err) {
    (void)aux; (void)argc; (void)argv; (void)err;
    return cg_table_connect(db, "tuples", out);
}

static int best_index(sqlite3_vtab *table, sqlite3_index_info *info) {
    return cg_table_best_index(table, info, 1000, "cy_id_tuples");
}

static int open_cursor(sqlite3_vtab *table, sqlite3_vtab_cursor **out) {
    (void)table;
    return cg_table_open(sizeof(Cursor), out);
}

static int close_cursor(sqlite3_vtab_cursor *base) {
    Cursor *cursor = (Cursor *)base;
    sqlite3_free(cursor->tuples);
    sqlite3_free(cursor);
    return SQLITE_OK;
}

static int filter(sqlite3_vtab_cursor *base, int plan, const char *plan_text, int argc, sqlite3_value **argv) {
    (void)plan; (void)plan_text;
    Cursor *cursor = (Cursor *)base;
    sqlite3_free(cursor->tuples);
    cursor->tuples = NULL;
    cursor->rows.count = cursor->rows.row = cursor->width = 0;
    if (argc < 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) return SQLITE_OK;   // no rows
    int bytes = sqlite3_value_bytes(argv[0]);
    if (bytes == 0) return SQLITE_OK;
    if (bytes % (int)sizeof(sqlite3_int64) != 0) {
        base->pVtab->zErrMsg = sqlite3_mprintf("cy_id_tuples: not a BLOB of cy_distinct_ids");
        return SQLITE_ERROR;
    }
    cursor->tuples = sqlite3_malloc(bytes);
    if (!cursor->tuples) return SQLITE_NOMEM;
    memcpy(cursor->tuples, sqlite3_value_blob(argv[0]), (size_t)bytes);
    sqlite3_int64 words = bytes / (int)sizeof(sqlite3_int64);
    cursor->width = cursor->tuples[0];
    if (cursor->width < 1 || cursor->width > column_count || (words - 1) % (cursor->width + 1) != 0) {
        base->pVtab->zErrMsg = sqlite3_mprintf("cy_id_tuples: not a BLOB of cy_distinct_ids");
        return SQLITE_ERROR;
    }
    cursor->rows.count = (words - 1) / (cursor->width + 1);
    return SQLITE_OK;
}

static int column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int i) {
    Cursor *cursor = (Cursor *)base;
    if (i >= cursor->width) { sqlite3_result_null(ctx); return SQLITE_OK; }
    const sqlite3_int64 *tuple = cursor->tuples + 1 + cursor->rows.row * (cursor->width + 1);
    if (tuple[0] >> i & 1) sqlite3_result_null(ctx);
    else sqlite3_result_int64(ctx, tuple[1 + i]);
    return SQLITE_OK;
}

static sqlite3_module module = {
    .iVersion = 0,
    .xConnect = connect,
    .xBestIndex = best_index,
    .xDisconnect = cg_table_disconnect,
    .xOpen = open_cursor,
    .xClose = close_cursor,
    .xFilter = filter,
    .xNext = cg_table_next,
    .xEof = cg_table_eof,
    .xColumn = column,
    .xRowid = cg_table_rowid,
};

int cg_register_id_tuples(sqlite3 *db) {
    return sqlite3_create_module(db, "cy_id_tuples", &module, NULL);
}
