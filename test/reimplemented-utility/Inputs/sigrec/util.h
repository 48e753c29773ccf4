#pragma once
#include "prim.h"
// The designated utilities wrapping the primitives of prim.h.
namespace util {
long parse_number(const char *text);
long parse_number(const char *text, int base);
void nap(long ms);
int count(const char *text);
// Re-exported as it is: util::up is raw::up.
using raw::up;
} // namespace util
