// The pkg-config cflags for libgvc add -I/usr/include/graphviz, so the
// headers are included by their bare names; gvc.h pulls in the rest of the
// Graphviz headers with quoted includes relative to that directory.
#include <gvc.h>
#include <cgraph.h>
