#ifndef CSQLFUNCTIONS_H
#define CSQLFUNCTIONS_H

#include <sqlite3.h>

/// Registers cy_prop(props, key) and cy_propkey(props, key) on a connection (see props.c).
int cg_register_prop_functions(sqlite3 *db);

/// Registers the aggregate cy_count_ids(id), count(DISTINCT id) in a hash set (see distinct_ids.c).
int cg_register_id_set_functions(sqlite3 *db);

#endif
