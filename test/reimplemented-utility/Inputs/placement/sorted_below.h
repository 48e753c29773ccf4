// Includes another header below its call: the inserter sorts port.h above
// that include, which is still below the call, so the call gets no fix.
#pragma once
#include <unistd.h>

inline int sortedBelow(int Fd) { return isatty(Fd) * 5; }

#include "zzz_last.h"
