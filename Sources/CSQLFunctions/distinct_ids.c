// cy_count_ids(id): count(DISTINCT id) for node and relationship ids, in a hash set.
//
// SQLite counts DISTINCT values by inserting each into a temporary B-tree: over a thousand
// instructions a row, most of an ego-network or a per-speaker outlet count. Node and
// relationship ids are plain 64-bit integers that compare as themselves, so an open-addressing
// hash set gives the same count for a fraction of that. NULL is skipped as count() skips it;
// any other non-integer is an error (the compiler only passes ids).

#include "CSQLFunctions.h"

#include <stddef.h>
#include <stdint.h>

/// The set of one group. `slots` holds the ids; `empty` marks a free slot, and the one id
/// equal to it is remembered in `has_empty` instead.
typedef struct {
    sqlite3_int64 *slots;
    sqlite3_uint64 capacity;   // a power of two, or 0 before the first id
    sqlite3_uint64 count;      // ids in `slots`
    int has_empty;
} IdSet;

static const sqlite3_int64 empty = INT64_MIN;
/// First table size; it doubles when half full, so a probe run stays short.
static const sqlite3_uint64 initial_capacity = 64;
/// A group of more than half this many ids (134 M) is refused with SQLITE_TOOBIG rather
/// than allocating without bound (2^28 slots = 2 GiB).
static const sqlite3_uint64 max_capacity = (sqlite3_uint64)1 << 28;

static sqlite3_uint64 slot_of(sqlite3_int64 id, sqlite3_uint64 capacity) {
    // Fibonacci hashing: ids are often consecutive; the multiply spreads them over the
    // product's high bits, which pick the slot.
    return ((sqlite3_uint64)id * 0x9E3779B97F4A7C15ull) >> (64 - __builtin_ctzll(capacity));
}

static void put(sqlite3_int64 *slots, sqlite3_uint64 capacity, sqlite3_int64 id, sqlite3_uint64 *count) {
    sqlite3_uint64 i = slot_of(id, capacity);
    while (slots[i] != empty) {
        if (slots[i] == id) return;
        i = (i + 1) & (capacity - 1);
    }
    slots[i] = id;
    *count += 1;
}

/// Doubles the table; 0 on success, else an SQLite error code.
static int grow(IdSet *set) {
    sqlite3_uint64 capacity = set->capacity ? set->capacity * 2 : initial_capacity;
    if (capacity > max_capacity) return SQLITE_TOOBIG;
    sqlite3_int64 *slots = sqlite3_malloc64(capacity * sizeof *slots);
    if (!slots) return SQLITE_NOMEM;
    for (sqlite3_uint64 i = 0; i < capacity; i++) slots[i] = empty;
    sqlite3_uint64 count = 0;
    for (sqlite3_uint64 i = 0; i < set->capacity; i++) {
        if (set->slots[i] != empty) put(slots, capacity, set->slots[i], &count);
    }
    sqlite3_free(set->slots);
    set->slots = slots;
    set->capacity = capacity;
    return SQLITE_OK;
}

static void count_ids_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    int type = sqlite3_value_type(argv[0]);
    if (type == SQLITE_NULL) return;
    if (type != SQLITE_INTEGER) {
        sqlite3_result_error(ctx, "cy_count_ids: a node or relationship id was expected", -1);
        return;
    }
    IdSet *set = sqlite3_aggregate_context(ctx, sizeof *set);
    if (!set) { sqlite3_result_error_nomem(ctx); return; }
    sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    if (id == empty) { set->has_empty = 1; return; }
    if (2 * (set->count + 1) > set->capacity) {
        int rc = grow(set);
        if (rc == SQLITE_NOMEM) { sqlite3_result_error_nomem(ctx); return; }
        if (rc != SQLITE_OK) { sqlite3_result_error_toobig(ctx); return; }
    }
    put(set->slots, set->capacity, id, &set->count);
}

static void count_ids_final(sqlite3_context *ctx) {
    IdSet *set = sqlite3_aggregate_context(ctx, 0);
    if (!set) { sqlite3_result_int64(ctx, 0); return; }
    sqlite3_result_int64(ctx, (sqlite3_int64)(set->count + (set->has_empty ? 1 : 0)));
    sqlite3_free(set->slots);
    set->slots = NULL;
}

int cg_register_id_set_functions(sqlite3 *db) {
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(db, "cy_count_ids", 1, flags, NULL, NULL, count_ids_step, count_ids_final, NULL);
}
