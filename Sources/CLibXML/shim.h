#ifndef GOVSWEEP_CLIBXML_SHIM_H
#define GOVSWEEP_CLIBXML_SHIM_H

// Debian's libxml2 is built with ICU, so <libxml/encoding.h> would include the system's
// <unicode/ucnv.h>. Its UErrorCode clashes with the one in Foundation's own ICU module
// (_FoundationICU) whenever a Swift module imports both. GovSweep never touches libxml2's
// encoding handlers (pages arrive as UTF-8), so the ICU parts of the headers are switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
