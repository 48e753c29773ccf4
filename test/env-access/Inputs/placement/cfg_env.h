// The accessor's own header reads the environment before declaring it (no
// fix there: it is declared only after) and after (the fix includes nothing).
#pragma once
#include <stdlib.h>

inline const char *shellBefore() { return getenv("SHELL"); }

namespace cfg {
inline const char *env(const char *Key) { return getenv(Key); }
} // namespace cfg

inline const char *shellAfter() { return getenv("SHELL"); }
