// The scaffolding of ClaimGraph's table-valued functions (see table_function.h).

#include "table_function.h"

#include <string.h>

int cg_table_connect(sqlite3 *db, const char *argument, sqlite3_vtab **out) {
    _Static_assert(CG_ID_TUPLE_COLUMNS == 16, "the declared columns must match CG_ID_TUPLE_COLUMNS");
    char *schema = sqlite3_mprintf(
        "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, %s HIDDEN)", argument);
    if (!schema) return SQLITE_NOMEM;
    int rc = sqlite3_declare_vtab(db, schema);
    sqlite3_free(schema);
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab *table = sqlite3_malloc(sizeof *table);
    if (!table) return SQLITE_NOMEM;
    memset(table, 0, sizeof *table);
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    *out = table;
    return SQLITE_OK;
}

int cg_table_disconnect(sqlite3_vtab *table) {
    sqlite3_free(table);
    return SQLITE_OK;
}

int cg_table_best_index(sqlite3_vtab *table, sqlite3_index_info *info, double rows, const char *name) {
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        if (c->iColumn != cg_table_argument || c->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
        if (!c->usable) return SQLITE_CONSTRAINT;   // try another join order
        info->aConstraintUsage[i].argvIndex = 1;
        info->aConstraintUsage[i].omit = 1;
        info->estimatedCost = 10;
        info->estimatedRows = (sqlite3_int64)rows;
        return SQLITE_OK;
    }
    table->zErrMsg = sqlite3_mprintf("%s needs its argument", name);
    return SQLITE_ERROR;
}

int cg_table_open(size_t size, sqlite3_vtab_cursor **out) {
    sqlite3_vtab_cursor *cursor = sqlite3_malloc64(size);
    if (!cursor) return SQLITE_NOMEM;
    memset(cursor, 0, size);
    *out = cursor;
    return SQLITE_OK;
}

int cg_table_next(sqlite3_vtab_cursor *cursor) {
    ((cg_table_rows *)cursor)->row += 1;
    return SQLITE_OK;
}

int cg_table_eof(sqlite3_vtab_cursor *cursor) {
    const cg_table_rows *rows = (const cg_table_rows *)cursor;
    return rows->row >= rows->count;
}

int cg_table_rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out) {
    *out = ((const cg_table_rows *)cursor)->row;
    return SQLITE_OK;
}
