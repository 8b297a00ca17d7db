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

static void release(sqlite3_vtab_cursor *base) {
    Cursor *cursor = (Cursor *)base;
    sqlite3_free(cursor->tuples);
    cursor->tuples = NULL;
    cursor->width = 0;
}

static int read_blob(sqlite3_vtab_cursor *base, sqlite3_value *blob) {
    Cursor *cursor = (Cursor *)base;
    int bytes = sqlite3_value_bytes(blob);
    if (bytes == 0) return SQLITE_OK;
    if (bytes % (int)sizeof(sqlite3_int64) != 0) return cg_table_error(base, "not a BLOB of cy_distinct_ids");
    cursor->tuples = sqlite3_malloc(bytes);
    if (!cursor->tuples) return SQLITE_NOMEM;
    memcpy(cursor->tuples, sqlite3_value_blob(blob), (size_t)bytes);
    sqlite3_int64 words = bytes / (int)sizeof(sqlite3_int64);
    cursor->width = cursor->tuples[0];
    if (cursor->width < 1 || cursor->width > column_count || (words - 1) % (cursor->width + 1) != 0) {
        return cg_table_error(base, "not a BLOB of cy_distinct_ids");
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

static const cg_table_function id_tuples = {
    .name = "cy_id_tuples", .argument = "tuples", .rows = 1000, .cursor_size = sizeof(Cursor),
    .read = read_blob, .column = column, .release = release,
};

int cg_register_id_tuples(sqlite3 *db) {
    return cg_register_table_function(db, &id_tuples);
}
