// Distinct node and relationship ids in a hash set, for DISTINCT and count(DISTINCT …).
//
// SQLite removes duplicates by inserting every row into a temporary B-tree: over a thousand
// instructions a row, most of the time of a two-hop DISTINCT or an ego network's count.
// Node and relationship ids are 64-bit integers that compare as themselves, so a hash set of
// id tuples gives the same rows for a fraction of that.
//
// cy_count_ids(id): count(DISTINCT id); NULL is skipped, as count() skips it.
// cy_distinct_ids(a, b, …): the distinct tuples, in the order first seen, packed in a BLOB
//   that the table-valued function cy_id_tuples(blob) reads back as rows (columns c0 … c15).
//   NULL is a value here, as it is for DISTINCT. Reading JSON back instead (json_each and
//   json_extract) cost ten times what the set itself did.
// cy_id_set(id): the distinct non-NULL ids as such a BLOB (count(DISTINCT id) of one share
//   of a split query, see PartitionedAggregation.swift).
// cy_union_ids(blob) / cy_union_count(blob): the union of such BLOBs, as a BLOB / its size;
//   how a split query's shares are merged.
// Any argument that is neither an integer nor NULL is an error: the compiler passes ids only.

#include "CSQLFunctions.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/// Tuples in one set at most; more is refused with SQLITE_TOOBIG rather than allocating
/// without bound (2^27 tuples of one column take 2 GiB with their hash slots).
static const sqlite3_uint64 max_tuples = (sqlite3_uint64)1 << 27;
/// First hash table size; it doubles when half full, so a probe run stays short.
static const sqlite3_uint64 initial_slots = 64;

/// One group's distinct tuples: `tuples` holds them in the order first seen, each as a null
/// mask (bit i: column i is NULL) followed by its values; `slots` is the hash table over them
/// (tuple number + 1, 0 for a free slot).
typedef struct {
    int columns;
    sqlite3_int64 *tuples;
    sqlite3_uint64 count, room;
    uint32_t *slots;
    sqlite3_uint64 slot_count;
} IdSet;

static sqlite3_uint64 hash(const sqlite3_int64 *tuple, int width) {
    sqlite3_uint64 h = 0;
    for (int i = 0; i < width; i++) h = (h ^ (sqlite3_uint64)tuple[i]) * 0x9E3779B97F4A7C15ull;
    return h;
}

static int same(const sqlite3_int64 *a, const sqlite3_int64 *b, int width) {
    for (int i = 0; i < width; i++) if (a[i] != b[i]) return 0;
    return 1;
}

/// The slot of `tuple`: the one holding it, or the free one where it belongs.
static sqlite3_uint64 find(const IdSet *set, const sqlite3_int64 *tuple, int width) {
    // Fibonacci hashing: the product's high bits pick the slot.
    sqlite3_uint64 mask = set->slot_count - 1;
    sqlite3_uint64 i = hash(tuple, width) >> (64 - __builtin_ctzll(set->slot_count));
    while (set->slots[i] && !same(set->tuples + (set->slots[i] - 1) * width, tuple, width)) i = (i + 1) & mask;
    return i;
}

/// Doubles the hash table; SQLITE_OK or an SQLite error code.
static int grow_slots(IdSet *set, int width) {
    sqlite3_uint64 n = set->slot_count ? set->slot_count * 2 : initial_slots;
    uint32_t *slots = sqlite3_malloc64(n * sizeof *slots);
    if (!slots) return SQLITE_NOMEM;
    for (sqlite3_uint64 i = 0; i < n; i++) slots[i] = 0;
    sqlite3_free(set->slots);
    set->slots = slots;
    set->slot_count = n;
    for (sqlite3_uint64 t = 0; t < set->count; t++) set->slots[find(set, set->tuples + t * width, width)] = (uint32_t)(t + 1);
    return SQLITE_OK;
}

/// Adds `tuple` unless present; SQLITE_OK or an SQLite error code.
static int add(IdSet *set, const sqlite3_int64 *tuple, int width) {
    if (2 * (set->count + 1) > set->slot_count) {
        if (set->count >= max_tuples) return SQLITE_TOOBIG;
        int rc = grow_slots(set, width);
        if (rc != SQLITE_OK) return rc;
    }
    sqlite3_uint64 i = find(set, tuple, width);
    if (set->slots[i]) return SQLITE_OK;
    if (set->count == set->room) {
        sqlite3_uint64 room = set->room ? set->room * 2 : initial_slots / 2;
        sqlite3_int64 *tuples = sqlite3_realloc64(set->tuples, room * width * sizeof *tuples);
        if (!tuples) return SQLITE_NOMEM;
        set->tuples = tuples;
        set->room = room;
    }
    for (int k = 0; k < width; k++) set->tuples[set->count * width + k] = tuple[k];
    set->count += 1;
    set->slots[i] = (uint32_t)set->count;
    return SQLITE_OK;
}

static void release(IdSet *set) {
    sqlite3_free(set->tuples);
    sqlite3_free(set->slots);
    set->tuples = NULL;
    set->slots = NULL;
}

static void report(sqlite3_context *ctx, int rc) {
    if (rc == SQLITE_NOMEM) sqlite3_result_error_nomem(ctx);
    else if (rc == SQLITE_TOOBIG) sqlite3_result_error_toobig(ctx);
    else sqlite3_result_error_code(ctx, rc);
}

/// Reads one row's arguments into `tuple` (null mask first); 0 when one is not an id.
static int read_tuple(sqlite3_context *ctx, int argc, sqlite3_value **argv, sqlite3_int64 *tuple) {
    sqlite3_int64 nulls = 0;
    for (int i = 0; i < argc; i++) {
        switch (sqlite3_value_type(argv[i])) {
        case SQLITE_NULL: nulls |= (sqlite3_int64)1 << i; tuple[i + 1] = 0; break;
        case SQLITE_INTEGER: tuple[i + 1] = sqlite3_value_int64(argv[i]); break;
        default:
            sqlite3_result_error(ctx, "cy_count_ids/cy_distinct_ids: a node or relationship id was expected", -1);
            return 0;
        }
    }
    tuple[0] = nulls;
    return 1;
}

static void step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    if (argc < 1 || argc > CG_ID_TUPLE_COLUMNS) { sqlite3_result_error(ctx, "cy_distinct_ids: 1 to 16 columns", -1); return; }
    sqlite3_int64 tuple[CG_ID_TUPLE_COLUMNS + 1];
    if (!read_tuple(ctx, argc, argv, tuple)) return;
    IdSet *set = sqlite3_aggregate_context(ctx, sizeof *set);
    if (!set) { sqlite3_result_error_nomem(ctx); return; }
    set->columns = argc;
    int rc = add(set, tuple, argc + 1);
    if (rc != SQLITE_OK) report(ctx, rc);
}

static void count_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
    step(ctx, argc, argv);
}

static void count_final(sqlite3_context *ctx) {
    IdSet *set = sqlite3_aggregate_context(ctx, 0);
    sqlite3_result_int64(ctx, set ? (sqlite3_int64)set->count : 0);
    if (set) release(set);
}

/// The BLOB of the distinct tuples: the width, then each tuple as its null mask and values,
/// all as native 64-bit integers (it never leaves the process: cy_id_tuples reads it).
static void distinct_final(sqlite3_context *ctx) {
    IdSet *set = sqlite3_aggregate_context(ctx, 0);
    if (!set || set->count == 0) {
        if (set) release(set);
        sqlite3_result_zeroblob(ctx, 0);
        return;
    }
    sqlite3_uint64 width = (sqlite3_uint64)set->columns + 1;
    sqlite3_uint64 bytes = (1 + set->count * width) * sizeof(sqlite3_int64);
    sqlite3_int64 *out = sqlite3_malloc64(bytes);
    if (!out) { release(set); sqlite3_result_error_nomem(ctx); return; }
    out[0] = set->columns;
    for (sqlite3_uint64 i = 0; i < set->count * width; i++) out[1 + i] = set->tuples[i];
    release(set);
    sqlite3_result_blob64(ctx, out, bytes, sqlite3_free);
}

/// Adds every tuple of a BLOB made by distinct_final; NULL and the empty BLOB add nothing.
static void union_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    int type = sqlite3_value_type(argv[0]);
    const unsigned char *blob = sqlite3_value_blob(argv[0]);
    sqlite3_uint64 bytes = (sqlite3_uint64)sqlite3_value_bytes(argv[0]);
    if (type == SQLITE_NULL || bytes == 0) return;
    sqlite3_int64 columns = 0;
    if (type == SQLITE_BLOB && bytes >= sizeof columns && bytes % sizeof columns == 0) memcpy(&columns, blob, sizeof columns);
    sqlite3_uint64 width = (sqlite3_uint64)columns + 1;
    if (columns < 1 || columns > CG_ID_TUPLE_COLUMNS || (bytes / sizeof columns - 1) % width != 0) {
        sqlite3_result_error(ctx, "cy_union_ids: not a set of ids made by cy_distinct_ids", -1);
        return;
    }
    IdSet *set = sqlite3_aggregate_context(ctx, sizeof *set);
    if (!set) { sqlite3_result_error_nomem(ctx); return; }
    if (set->columns != 0 && set->columns != columns) {
        sqlite3_result_error(ctx, "cy_union_ids: sets of different widths", -1);
        return;
    }
    set->columns = (int)columns;
    sqlite3_int64 tuple[CG_ID_TUPLE_COLUMNS + 1];
    sqlite3_uint64 count = (bytes / sizeof(sqlite3_int64) - 1) / width;
    for (sqlite3_uint64 t = 0; t < count; t++) {
        memcpy(tuple, blob + (1 + t * width) * sizeof(sqlite3_int64), width * sizeof(sqlite3_int64));
        int rc = add(set, tuple, (int)width);
        if (rc != SQLITE_OK) { report(ctx, rc); return; }
    }
}

int cg_register_id_set_functions(sqlite3 *db) {
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "cy_count_ids", 1, flags, NULL, NULL, count_step, count_final, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "cy_distinct_ids", -1, flags, NULL, NULL, step, distinct_final, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "cy_id_set", 1, flags, NULL, NULL, count_step, distinct_final, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "cy_union_ids", 1, flags, NULL, NULL, union_step, distinct_final, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "cy_union_count", 1, flags, NULL, NULL, union_step, count_final, NULL);
    return rc;
}
