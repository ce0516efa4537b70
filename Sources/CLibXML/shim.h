#ifndef GOVSWEEP_CLIBXML_SHIM_H
#define GOVSWEEP_CLIBXML_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
