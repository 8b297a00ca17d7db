// cy_id_tuples(blob): the rows packed by cy_distinct_ids (id_sets.c), as a table-valued
// function with columns c0 … c15 (NULL beyond the tuple's width).
//
// An eponymous virtual table: `SELECT t.c0, t.c1 FROM cy_id_tuples((SELECT cy_distinct_ids(…) …)) t`.
// The argument is the hidden column `tuples`, which the planner must supply (xBestIndex
// refuses a plan without it).

#include "CSQLFunctions.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum { column_count = CG_ID_TUPLE_COLUMNS, hidden_tuples = column_count };

typedef struct {
    sqlite3_vtab_cursor base;
    sqlite3_int64 *tuples;   // a copy of the BLOB: width, then (mask, values…) per tuple
    sqlite3_int64 width;     // values per tuple
    sqlite3_int64 count;     // tuples
    sqlite3_int64 row;       // the current tuple
} Cursor;

static int connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err) {
    (void)aux; (void)argc; (void)argv; (void)err;
    // one column per CG_ID_TUPLE_COLUMNS, then the argument
    _Static_assert(CG_ID_TUPLE_COLUMNS == 16, "the declared columns must match CG_ID_TUPLE_COLUMNS");
    int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, tuples HIDDEN)");
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab *table = sqlite3_malloc(sizeof *table);
    if (!table) return SQLITE_NOMEM;
    memset(table, 0, sizeof *table);
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    *out = table;
    return SQLITE_OK;
}

static int disconnect(sqlite3_vtab *table) {
    sqlite3_free(table);
    return SQLITE_OK;
}

static int best_index(sqlite3_vtab *table, sqlite3_index_info *info) {
    (void)table;
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        if (c->iColumn != hidden_tuples || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
        if (!c->usable) return SQLITE_CONSTRAINT;   // try another join order
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->estimatedCost = 10;
        info->estimatedRows = 1000;
        return SQLITE_OK;
    }
    table->zErrMsg = sqlite3_mprintf("cy_id_tuples needs its argument");
    return SQLITE_ERROR;
}

static int open_cursor(sqlite3_vtab *table, sqlite3_vtab_cursor **out) {
    (void)table;
    Cursor *cursor = sqlite3_malloc(sizeof *cursor);
    if (!cursor) return SQLITE_NOMEM;
    memset(cursor, 0, sizeof *cursor);
    *out = &cursor->base;
    return SQLITE_OK;
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
    cursor->count = cursor->row = cursor->width = 0;
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
    cursor->count = (words - 1) / (cursor->width + 1);
    return SQLITE_OK;
}

static int next(sqlite3_vtab_cursor *base) {
    ((Cursor *)base)->row += 1;
    return SQLITE_OK;
}

static int eof(sqlite3_vtab_cursor *base) {
    Cursor *cursor = (Cursor *)base;
    return cursor->row >= cursor->count;
}

static int column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int i) {
    Cursor *cursor = (Cursor *)base;
    if (i >= cursor->width) { sqlite3_result_null(ctx); return SQLITE_OK; }
    const sqlite3_int64 *tuple = cursor->tuples + 1 + cursor->row * (cursor->width + 1);
    if (tuple[0] >> i & 1) sqlite3_result_null(ctx);
    else sqlite3_result_int64(ctx, tuple[1 + i]);
    return SQLITE_OK;
}

static int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *out) {
    *out = ((Cursor *)base)->row;
    return SQLITE_OK;
}

static sqlite3_module module = {
    .iVersion = 0,
    .xConnect = connect,
    .xBestIndex = best_index,
    .xDisconnect = disconnect,
    .xOpen = open_cursor,
    .xClose = close_cursor,
    .xFilter = filter,
    .xNext = next,
    .xEof = eof,
    .xColumn = column,
    .xRowid = rowid,
};

int cg_register_id_tuples(sqlite3 *db) {
    return sqlite3_create_module(db, "cy_id_tuples", &module, NULL);
}
