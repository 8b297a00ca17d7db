#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
/* Agdirected is a C global that Swift 6 refuses to read directly. */
static inline Agraph_t *cg_agopen_directed(char *name) { return agopen(name, Agdirected, NULL); }
