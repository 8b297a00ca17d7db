#include <libxml/xmlversion.h>
/* Debian's libxml2 pulls in system ICU headers that clash with Foundation's ICU. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
static inline void cg_xmlFree(void *p) { xmlFree(p); }
