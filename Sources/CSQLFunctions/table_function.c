// The module behind ClaimGraph's table-valued functions (see table_function.h).

#include "table_function.h"

#include <string.h>

enum { argument_column = CG_ID_TUPLE_COLUMNS };

typedef struct {
    sqlite3_vtab base;
    const cg_table_function *function;
} Table;

static const cg_table_function *function_of(sqlite3_vtab *table) { return ((Table *)table)->function; }

static int connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err) {
    (void)argc; (void)argv; (void)err;
    const cg_table_function *function = aux;
    _Static_assert(CG_ID_TUPLE_COLUMNS == 16, "the declared columns must match CG_ID_TUPLE_COLUMNS");
    char *schema = sqlite3_mprintf(
        "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, %s HIDDEN)",
        function->argument);
    if (!schema) return SQLITE_NOMEM;
    int rc = sqlite3_declare_vtab(db, schema);
    sqlite3_free(schema);
    if (rc != SQLITE_OK) return rc;
    Table *table = sqlite3_malloc(sizeof *table);
    if (!table) return SQLITE_NOMEM;
    memset(table, 0, sizeof *table);
    table->function = function;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    *out = &table->base;
    return SQLITE_OK;
}

static int disconnect(sqlite3_vtab *table) {
    sqlite3_free(table);
    return SQLITE_OK;
}

static int best_index(sqlite3_vtab *table, sqlite3_index_info *info) {
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        if (c->iColumn != argument_column || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
        if (!c->usable) return SQLITE_CONSTRAINT;   // try another join order
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->estimatedCost = 10;
        info->estimatedRows = (sqlite3_int64)function_of(table)->rows;
        return SQLITE_OK;
    }
    table->zErrMsg = sqlite3_mprintf("%s needs its argument", function_of(table)->name);
    return SQLITE_ERROR;
}

static int open_cursor(sqlite3_vtab *table, sqlite3_vtab_cursor **out) {
    size_t size = function_of(table)->cursor_size;
    sqlite3_vtab_cursor *cursor = sqlite3_malloc64(size);
    if (!cursor) return SQLITE_NOMEM;
    memset(cursor, 0, size);
    *out = cursor;
    return SQLITE_OK;
}

static int close_cursor(sqlite3_vtab_cursor *cursor) {
    function_of(cursor->pVtab)->release(cursor);
    sqlite3_free(cursor);
    return SQLITE_OK;
}

static int filter(sqlite3_vtab_cursor *cursor, int plan, const char *plan_text, int argc, sqlite3_value **argv) {
    (void)plan; (void)plan_text;
    const cg_table_function *function = function_of(cursor->pVtab);
    function->release(cursor);
    cg_table_rows *rows = (cg_table_rows *)cursor;
    rows->row = rows->count = 0;
    if (argc < 1 || sqlite3_value_type(argv[0]) != SQLITE_BLOB) return SQLITE_OK;   // no rows
    return function->read(cursor, argv[0]);
}

static int next(sqlite3_vtab_cursor *cursor) {
    ((cg_table_rows *)cursor)->row += 1;
    return SQLITE_OK;
}

static int eof(sqlite3_vtab_cursor *cursor) {
    const cg_table_rows *rows = (const cg_table_rows *)cursor;
    return rows->row >= rows->count;
}

static int column(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int i) {
    return function_of(cursor->pVtab)->column(cursor, ctx, i);
}

static int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out) {
    *out = ((const cg_table_rows *)cursor)->row;
    return SQLITE_OK;
}

static const sqlite3_module module = {
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

int cg_register_table_function(sqlite3 *db, const cg_table_function *function) {
    return sqlite3_create_module(db, function->name, &module, (void *)function);
}

int cg_table_error(sqlite3_vtab_cursor *cursor, const char *reason) {
    const cg_table_function *function = function_of(cursor->pVtab);
    sqlite3_free(cursor->pVtab->zErrMsg);
    cursor->pVtab->zErrMsg = sqlite3_mprintf("%s: %s", function->name, reason);
    return SQLITE_ERROR;
}
