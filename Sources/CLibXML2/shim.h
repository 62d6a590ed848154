#ifndef BROADSHEET_CLIBXML2_SHIM_H
#define BROADSHEET_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its UErrorCode clashes with Foundation's. */
#undef LIBXML_ICU_ENABLED
#include <stdlib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer, which Swift 6 rejects; call it through here. */
static inline void broadsheet_xmlFree(void *pointer) { xmlFree(pointer); }
#endif
