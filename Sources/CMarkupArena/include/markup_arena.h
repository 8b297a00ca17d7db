#ifndef CLAIMGRAPH_MARKUP_ARENA_H
#define CLAIMGRAPH_MARKUP_ARENA_H

#include <stdbool.h>

/// Memory for the trees libxml2 builds of HTML pages, taken from a per-thread arena: see
/// markup_arena.c. Every function is safe to call from any thread.

/// Makes the arena's allocation functions libxml2's (once; later calls do nothing). Outside
/// a parse they are the C library's, so what libxml2 allocated before is freed as before.
void cg_markup_arena_install(void);

/// Starts a parse on the calling thread: until `cg_markup_arena_end`, libxml2 allocates in
/// the thread's arena, which starts over empty when no tree built in it is alive. Returns a
/// token for `cg_markup_arena_end` and `cg_markup_arena_release`, or 0 when the thread has
/// no arena (then libxml2 allocates from the heap, as without one).
int cg_markup_arena_begin(void);

/// Ends the parse started with `token`; true when all of its memory came from the arena
/// (the tree then need not be freed node by node), false when the arena ran out.
bool cg_markup_arena_end(int token);

/// The tree parsed under `token` is gone (freed, or dropped whole with its arena).
void cg_markup_arena_release(int token);

#endif
