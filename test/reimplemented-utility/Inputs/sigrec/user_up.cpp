// Calls the primitive that util::up re-exports, without util.h.
#include "prim.h"
void shout(const char *text) { raw::up(text); }
