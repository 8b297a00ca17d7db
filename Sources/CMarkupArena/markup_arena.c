// An arena for the trees libxml2 builds of HTML pages.
//
// Parsing a page makes libxml2 allocate tens of thousands of small blocks (a node, a name,
// the text of every element and attribute), and freeing the tree frees each again: an
// ingest of the corpus spent 5% of its CPU in malloc and free for libxml2, much of it
// waiting for cache misses on the free lists of memory last used many pages before. Here
// a parse takes its memory by moving a pointer through a region of the calling thread,
// the same addresses page after page, and a tree held whole in its arena is dropped at
// once instead of node by node.
//
// The functions are libxml2's allocator (xmlMemSetup) for the whole process. A block is
// in an arena when its address is in the one region reserved for all of them; outside a
// parse, or when a thread's share is full, blocks come from malloc, and free() gives back
// only those, so a stale pointer into an arena (libxml2 keeps its last error's strings
// in a global) is never passed to the C library. A thread's arena starts over at the
// next parse once no tree built in it is alive.

#include "markup_arena.h"

#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum {
    // Threads with an arena of their own; others (rare) parse into the heap.
    ARENA_SLOTS = 16,
    // Address space per thread, committed by the kernel only where written: a page of
    // the corpus takes well under a megabyte.
    ARENA_BYTES = 64 << 20,
    // Blocks start at this alignment, after a header holding their size (for realloc).
    ALIGN = 16,
    // What an arena keeps of its memory when it starts over; the rest, touched by some
    // unusually large page, goes back to the system.
    ARENA_KEPT = 4 << 20,
};

typedef struct {
    size_t used;           // bytes handed out since the arena last started over
    size_t touched;        // bytes ever handed out and not given back to the system
    atomic_int live;       // trees built in this arena and not yet released
    bool overflowed;       // the current parse took memory from the heap
} Arena;

static char *region;        // ARENA_SLOTS * ARENA_BYTES of address space, or NULL
static Arena arenas[ARENA_SLOTS];
static atomic_int slotsTaken;
static pthread_once_t installed = PTHREAD_ONCE_INIT;

static _Thread_local int slot = -1;        // this thread's arena; -1 before its first parse, -2 for none
static _Thread_local bool parsing;         // allocating into that arena now

static bool inArena(const void *p) {
    return region != NULL && (const char *)p >= region && (const char *)p < region + (size_t)ARENA_SLOTS * ARENA_BYTES;
}

/// The size recorded before an arena block.
static size_t *header(void *p) { return (size_t *)((char *)p - ALIGN); }

/// Bytes an arena block of `size` takes, header included.
static size_t footprint(size_t size) { return ALIGN + ((size + ALIGN - 1) & ~(size_t)(ALIGN - 1)); }

/// A block of `size` bytes from this thread's arena, or NULL when it is full.
static void *arenaAlloc(size_t size) {
    Arena *a = &arenas[slot];
    if (size > ARENA_BYTES || a->used + footprint(size) > ARENA_BYTES) {
        a->overflowed = true;
        return NULL;
    }
    char *block = region + (size_t)slot * ARENA_BYTES + a->used + ALIGN;
    a->used += footprint(size);
    *header(block) = size;
    return block;
}

static void *arenaMalloc(size_t size) {
    if (parsing) {
        void *p = arenaAlloc(size);
        if (p != NULL) return p;
    }
    return malloc(size);
}

static void arenaFree(void *p) {
    if (!inArena(p)) free(p);
}

static void *arenaRealloc(void *p, size_t size) {
    if (p == NULL) return arenaMalloc(size);
    if (!inArena(p)) return realloc(p, size);
    size_t old = *header(p);
    if (size <= old) return p;
    // The block last handed out grows in place (libxml2 grows its text buffers so).
    Arena *a = parsing ? &arenas[slot] : NULL;
    char *end = a != NULL ? region + (size_t)slot * ARENA_BYTES + a->used : NULL;
    if (end == (char *)p - ALIGN + footprint(old) && size <= ARENA_BYTES
        && a->used - footprint(old) + footprint(size) <= ARENA_BYTES) {
        a->used += footprint(size) - footprint(old);
        *header(p) = size;
        return p;
    }
    void *grown = arenaMalloc(size);
    if (grown != NULL) memcpy(grown, p, old);
    return grown;
}

static char *arenaStrdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *copy = arenaMalloc(n);
    if (copy != NULL) memcpy(copy, s, n);
    return copy;
}

static void install(void) {
    void *reserved = mmap(NULL, (size_t)ARENA_SLOTS * ARENA_BYTES, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    region = reserved == MAP_FAILED ? NULL : reserved;
    xmlMemSetup(arenaFree, arenaMalloc, arenaRealloc, arenaStrdup);
}

/// Empties an arena no tree lives in, handing back the pages beyond `ARENA_KEPT`.
static void startOver(Arena *a) {
    if (a->used > a->touched) a->touched = a->used;
    a->used = 0;
    if (a->touched > ARENA_KEPT) {
        madvise(region + (size_t)slot * ARENA_BYTES + ARENA_KEPT, a->touched - ARENA_KEPT, MADV_DONTNEED);
        a->touched = ARENA_KEPT;
    }
}

void cg_markup_arena_install(void) { pthread_once(&installed, install); }

int cg_markup_arena_begin(void) {
    if (region == NULL) return 0;
    if (slot == -1) {
        int taken = atomic_fetch_add(&slotsTaken, 1);
        slot = taken < ARENA_SLOTS ? taken : -2;
    }
    if (slot < 0) return 0;
    Arena *a = &arenas[slot];
    if (atomic_load(&a->live) == 0) startOver(a);
    atomic_fetch_add(&a->live, 1);
    a->overflowed = false;
    parsing = true;
    return slot + 1;
}

bool cg_markup_arena_end(int token) {
    parsing = false;
    return token > 0 && !arenas[token - 1].overflowed;
}

void cg_markup_arena_release(int token) {
    if (token > 0) atomic_fetch_sub(&arenas[token - 1].live, 1);
}
