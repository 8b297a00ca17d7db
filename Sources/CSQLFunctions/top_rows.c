// ORDER BY … LIMIT n kept in a heap in C: the aggregate cy_top and its reader cy_top_rows.
//
// cy_top(n, directions, key…, value…): the n rows that sort first by the keys, in SQLite's
// order of values (NULL, numbers, text by bytes, BLOBs by bytes), one direction per key in
// `directions` ('A' ascending, 'D' descending; its length is the number of keys). Returns
// them best first, keys then values, packed in a BLOB.
// cy_top_rows(blob): those rows as a table-valued function, columns c0 … c15.
//
// Why: for ORDER BY … LIMIT SQLite keeps the rows in an ephemeral B-tree, inserting each row
// that beats the worst kept and deleting that one: ~2,500 instructions a row when rows come
// in the order they sort (the newest claims about an actor, read by claim id). A heap of n
// rows compares against its root and sifts in log n steps.
//
// Limits: CG_ID_TUPLE_COLUMNS cells a row; n at most 2^24 rows (SQLITE_TOOBIG beyond).

#include "table_function.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { max_cells = CG_ID_TUPLE_COLUMNS, max_rows = 1 << 24 };

/// One value: numbers in place, text and BLOBs in the row's slot buffer (or borrowed from
/// SQLite while a candidate row is compared).
typedef struct {
    int type;
    int bytes;
    sqlite3_int64 i;
    double d;
    const unsigned char *data;
} Cell;

/// A kept row: its cells, and one buffer for their bytes, reused by the rows that replace it.
typedef struct {
    Cell *cells;
    unsigned char *buffer;
    size_t capacity;
} Slot;

typedef struct {
    int started;
    int limit;
    int keys;
    int width;
    char directions[max_cells];
    int count;
    int capacity;
    Cell *cells;   // capacity × width
    Slot *slots;   // capacity
    int *heap;     // count slot numbers; the root (heap[0]) is the kept row that sorts last
} Top;

static int type_class(int type) {
    switch (type) {
    case SQLITE_NULL: return 0;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: return 1;
    case SQLITE_TEXT: return 2;
    default: return 3;
    }
}

static int compare_numbers(const Cell *a, const Cell *b) {
    if (a->type == SQLITE_INTEGER && b->type == SQLITE_INTEGER) return (a->i > b->i) - (a->i < b->i);
    double x = a->type == SQLITE_INTEGER ? (double)a->i : a->d;
    double y = b->type == SQLITE_INTEGER ? (double)b->i : b->d;
    if (x == y && a->type != b->type) {
        // an integer past 2^53 and a double that rounds to it: compare exactly
        sqlite3_int64 i = a->type == SQLITE_INTEGER ? a->i : b->i;
        double d = a->type == SQLITE_INTEGER ? b->d : a->d;
        if (d >= 9.2e18) return a->type == SQLITE_INTEGER ? -1 : 1;
        if (d <= -9.2e18) return a->type == SQLITE_INTEGER ? 1 : -1;
        sqlite3_int64 whole = (sqlite3_int64)d;
        int c = (i > whole) - (i < whole);
        return a->type == SQLITE_INTEGER ? c : -c;
    }
    return (x > y) - (x < y);
}

/// SQLite's order of two values (BINARY collation for text).
static int compare_cells(const Cell *a, const Cell *b) {
    int ca = type_class(a->type), cb = type_class(b->type);
    if (ca != cb) return ca < cb ? -1 : 1;
    if (ca == 0) return 0;
    if (ca == 1) return compare_numbers(a, b);
    int n = a->bytes < b->bytes ? a->bytes : b->bytes;
    int c = n > 0 ? memcmp(a->data, b->data, (size_t)n) : 0;
    if (c != 0) return c < 0 ? -1 : 1;
    return (a->bytes > b->bytes) - (a->bytes < b->bytes);
}

/// Negative when row a sorts before row b.
static int compare_rows(const Top *top, const Cell *a, const Cell *b) {
    for (int k = 0; k < top->keys; k++) {
        int c = compare_cells(a + k, b + k);
        if (c != 0) return top->directions[k] == 'D' ? -c : c;
    }
    return 0;
}

static const Cell *kept(const Top *top, int heapIndex) { return top->slots[top->heap[heapIndex]].cells; }

/// Restores the heap below position r (among the first `count`).
static void sift_down(Top *top, int r, int count) {
    for (;;) {
        int worst = r, left = 2 * r + 1, right = left + 1;
        if (left < count && compare_rows(top, kept(top, left), kept(top, worst)) > 0) worst = left;
        if (right < count && compare_rows(top, kept(top, right), kept(top, worst)) > 0) worst = right;
        if (worst == r) return;
        int held = top->heap[r];
        top->heap[r] = top->heap[worst];
        top->heap[worst] = held;
        r = worst;
    }
}

static void sift_up(Top *top, int r) {
    while (r > 0) {
        int parent = (r - 1) / 2;
        if (compare_rows(top, kept(top, r), kept(top, parent)) <= 0) return;
        int held = top->heap[r];
        top->heap[r] = top->heap[parent];
        top->heap[parent] = held;
        r = parent;
    }
}

/// The argument as a cell borrowing its bytes (valid during this step).
static Cell borrow(sqlite3_value *v) {
    Cell cell;
    memset(&cell, 0, sizeof cell);
    cell.type = sqlite3_value_type(v);
    switch (cell.type) {
    case SQLITE_INTEGER: cell.i = sqlite3_value_int64(v); break;
    case SQLITE_FLOAT: cell.d = sqlite3_value_double(v); break;
    case SQLITE_TEXT:
        cell.data = sqlite3_value_text(v);
        cell.bytes = sqlite3_value_bytes(v);
        break;
    case SQLITE_BLOB:
        cell.data = sqlite3_value_blob(v);
        cell.bytes = sqlite3_value_bytes(v);
        break;
    default: break;
    }
    return cell;
}

/// Copies the candidate row into a slot, its bytes into the slot's buffer; 0 when out of memory.
static int store(Top *top, Slot *slot, const Cell *row) {
    size_t need = 0;
    for (int c = 0; c < top->width; c++) if (row[c].data) need += (size_t)row[c].bytes;
    if (need > slot->capacity) {
        unsigned char *grown = sqlite3_realloc64(slot->buffer, need);
        if (!grown) return 0;
        slot->buffer = grown;
        slot->capacity = need;
    }
    size_t at = 0;
    for (int c = 0; c < top->width; c++) {
        slot->cells[c] = row[c];
        if (!row[c].data) continue;
        if (row[c].bytes > 0) memcpy(slot->buffer + at, row[c].data, (size_t)row[c].bytes);
        slot->cells[c].data = slot->buffer + at;
        at += (size_t)row[c].bytes;
    }
    return 1;
}

static int grow(Top *top) {
    int capacity = top->capacity == 0 ? 16 : 2 * top->capacity;
    if (capacity > top->limit) capacity = top->limit;
    Cell *cells = sqlite3_realloc64(top->cells, sizeof(Cell) * (sqlite3_uint64)capacity * (sqlite3_uint64)top->width);
    if (!cells) return 0;
    top->cells = cells;
    Slot *slots = sqlite3_realloc64(top->slots, sizeof(Slot) * (sqlite3_uint64)capacity);
    if (!slots) return 0;
    top->slots = slots;
    int *heap = sqlite3_realloc64(top->heap, sizeof(int) * (sqlite3_uint64)capacity);
    if (!heap) return 0;
    top->heap = heap;
    for (int s = 0; s < capacity; s++) {
        // the cells moved with the realloc: point every slot at its row again
        if (s >= top->capacity) { top->slots[s].buffer = NULL; top->slots[s].capacity = 0; }
        top->slots[s].cells = top->cells + (size_t)s * (size_t)top->width;
        if (s < top->count) {
            size_t at = 0;
            for (int c = 0; c < top->width; c++) {
                if (!top->slots[s].cells[c].data) continue;
                top->slots[s].cells[c].data = top->slots[s].buffer + at;
                at += (size_t)top->slots[s].cells[c].bytes;
            }
        }
    }
    top->capacity = capacity;
    return 1;
}

static int start(Top *top, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    top->started = 1;
    sqlite3_int64 limit = sqlite3_value_type(argv[0]) == SQLITE_NULL ? 0 : sqlite3_value_int64(argv[0]);
    const char *directions = (const char *)sqlite3_value_text(argv[1]);
    int keys = directions ? (int)strlen(directions) : 0;
    top->width = argc - 2;
    if (keys < 1 || keys > top->width || top->width > max_cells) {
        sqlite3_result_error(ctx, "cy_top: directions must name 1 to 16 keys among the arguments", -1);
        return 0;
    }
    if (limit > max_rows) {
        sqlite3_result_error_toobig(ctx);
        return 0;
    }
    for (int k = 0; k < keys; k++) top->directions[k] = directions[k];
    top->keys = keys;
    top->limit = limit < 0 ? 0 : (int)limit;
    return 1;
}

static void top_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    Top *top = sqlite3_aggregate_context(ctx, sizeof(Top));
    if (!top) { sqlite3_result_error_nomem(ctx); return; }
    if (!top->started && !start(top, ctx, argc, argv)) return;
    if (top->limit == 0 || argc - 2 != top->width) return;
    Cell row[max_cells];
    for (int c = 0; c < top->width; c++) row[c] = borrow(argv[2 + c]);
    if (top->count == top->limit) {
        if (compare_rows(top, row, kept(top, 0)) >= 0) return;   // not before the worst kept
        if (!store(top, &top->slots[top->heap[0]], row)) { sqlite3_result_error_nomem(ctx); return; }
        sift_down(top, 0, top->count);
        return;
    }
    if (top->count == top->capacity && !grow(top)) { sqlite3_result_error_nomem(ctx); return; }
    if (!store(top, &top->slots[top->count], row)) { sqlite3_result_error_nomem(ctx); return; }
    top->heap[top->count] = top->count;
    top->count += 1;
    sift_up(top, top->count - 1);
}

static size_t packed_size(const Cell *cell) {
    switch (cell->type) {
    case SQLITE_INTEGER:
    case SQLITE_FLOAT: return 1 + 8;
    case SQLITE_TEXT:
    case SQLITE_BLOB: return 1 + 4 + (size_t)cell->bytes;
    default: return 1;
    }
}

static unsigned char *pack_cell(unsigned char *out, const Cell *cell) {
    *out++ = (unsigned char)cell->type;
    switch (cell->type) {
    case SQLITE_INTEGER: memcpy(out, &cell->i, 8); return out + 8;
    case SQLITE_FLOAT: memcpy(out, &cell->d, 8); return out + 8;
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        int32_t n = cell->bytes;
        memcpy(out, &n, 4);
        if (n > 0) memcpy(out + 4, cell->data, (size_t)n);
        return out + 4 + n;
    }
    default: return out;
    }
}

/// The packed rows, best first: int32 width, int32 count, then each cell as a type byte and
/// its value (8 bytes for a number, an int32 length and the bytes for text and BLOBs).
static void top_final(sqlite3_context *ctx) {
    Top *top = sqlite3_aggregate_context(ctx, 0);
    if (!top || !top->started) { sqlite3_result_null(ctx); return; }
    // heap sort: moving the root (the row that sorts last) to the end orders heap[] best first
    for (int n = top->count - 1; n > 0; n--) {
        int held = top->heap[0];
        top->heap[0] = top->heap[n];
        top->heap[n] = held;
        sift_down(top, 0, n);
    }
    size_t size = 8;
    for (int r = 0; r < top->count; r++)
        for (int c = 0; c < top->width; c++) size += packed_size(kept(top, r) + c);
    unsigned char *packed = sqlite3_malloc64(size);
    if (packed) {
        int32_t header[2] = { top->width, top->count };
        memcpy(packed, header, 8);
        unsigned char *out = packed + 8;
        for (int r = 0; r < top->count; r++)
            for (int c = 0; c < top->width; c++) out = pack_cell(out, kept(top, r) + c);
        sqlite3_result_blob64(ctx, packed, size, sqlite3_free);
    } else {
        sqlite3_result_error_nomem(ctx);
    }
    for (int s = 0; s < top->capacity; s++) sqlite3_free(top->slots[s].buffer);
    sqlite3_free(top->slots);
    sqlite3_free(top->cells);
    sqlite3_free(top->heap);
}

// --- cy_top_rows(blob): the packed rows as a table


typedef struct {
    cg_table_rows rows;      // the current row, and how many there are
    unsigned char *packed;   // a copy of the BLOB
    int width;
    size_t *offsets;         // where each cell starts, count × width
} Cursor;

static void release(sqlite3_vtab_cursor *base) {
    Cursor *cursor = (Cursor *)base;
    sqlite3_free(cursor->packed);
    sqlite3_free(cursor->offsets);
    cursor->packed = NULL;
    cursor->offsets = NULL;
    cursor->width = 0;
}

static int malformed(sqlite3_vtab_cursor *base) { return cg_table_error(base, "not a BLOB of cy_top"); }

static int read_blob(sqlite3_vtab_cursor *base, sqlite3_value *blob) {
    Cursor *cursor = (Cursor *)base;
    int bytes = sqlite3_value_bytes(blob);
    if (bytes < 8) return malformed(base);
    cursor->packed = sqlite3_malloc(bytes);
    if (!cursor->packed) return SQLITE_NOMEM;
    memcpy(cursor->packed, sqlite3_value_blob(blob), (size_t)bytes);
    int32_t header[2];
    memcpy(header, cursor->packed, 8);
    if (header[0] < 1 || header[0] > max_cells || header[1] < 0 || header[1] > max_rows) return malformed(base);
    cursor->width = header[0];
    cursor->offsets = sqlite3_malloc64(sizeof(size_t) * (sqlite3_uint64)cursor->width * (sqlite3_uint64)(header[1] + 1));
    if (!cursor->offsets) return SQLITE_NOMEM;
    size_t at = 8;
    for (size_t cell = 0; cell < (size_t)cursor->width * (size_t)header[1]; cell++) {
        if (at >= (size_t)bytes) return malformed(base);
        cursor->offsets[cell] = at;
        int type = cursor->packed[at];
        if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
            at += 9;
        } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
            if (at + 5 > (size_t)bytes) return malformed(base);
            int32_t n;
            memcpy(&n, cursor->packed + at + 1, 4);
            if (n < 0) return malformed(base);
            at += 5 + (size_t)n;
        } else {
            at += 1;
        }
        if (at > (size_t)bytes) return malformed(base);
    }
    cursor->rows.count = header[1];   // only once every cell is known to be in the BLOB
    return SQLITE_OK;
}

static int column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int i) {
    Cursor *cursor = (Cursor *)base;
    if (i >= cursor->width) { sqlite3_result_null(ctx); return SQLITE_OK; }
    const unsigned char *cell = cursor->packed + cursor->offsets[(size_t)cursor->rows.row * (size_t)cursor->width + (size_t)i];
    switch (cell[0]) {
    case SQLITE_INTEGER: { sqlite3_int64 v; memcpy(&v, cell + 1, 8); sqlite3_result_int64(ctx, v); break; }
    case SQLITE_FLOAT: { double v; memcpy(&v, cell + 1, 8); sqlite3_result_double(ctx, v); break; }
    case SQLITE_TEXT:
    case SQLITE_BLOB: {
        int32_t n;
        memcpy(&n, cell + 1, 4);
        if (cell[0] == SQLITE_TEXT) sqlite3_result_text(ctx, (const char *)cell + 5, n, SQLITE_TRANSIENT);
        else sqlite3_result_blob(ctx, cell + 5, n, SQLITE_TRANSIENT);
        break;
    }
    default: sqlite3_result_null(ctx);
    }
    return SQLITE_OK;
}

static const cg_table_function top_rows = {
    .name = "cy_top_rows", .argument = "packed", .rows = 100, .cursor_size = sizeof(Cursor),
    .read = read_blob, .column = column, .release = release,
};

int cg_register_top_rows(sqlite3 *db) {
    int rc = sqlite3_create_function_v2(db, "cy_top", -1, SQLITE_UTF8 | SQLITE_INNOCUOUS, NULL, NULL, top_step, top_final, NULL);
    if (rc != SQLITE_OK) return rc;
    return cg_register_table_function(db, &top_rows);
}
