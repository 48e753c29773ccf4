#include "prim.h"

long parsed(const char *text) { return raw::parse(text); }
