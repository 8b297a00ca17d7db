#ifndef CPROPJSON_H
#define CPROPJSON_H

#include <sqlite3.h>

/// Registers cy_prop(props, key) and cy_propkey(props, key) on a connection (see props.c).
int cg_register_prop_functions(sqlite3 *db);

#endif
