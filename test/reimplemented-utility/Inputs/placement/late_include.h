// Includes port.h only below its call: the inserter would find that include
// and add none, so the call gets no fix.
#pragma once
#include <unistd.h>

inline int lateCall(int Fd) { return isatty(Fd) * 3; }

#include "port.h"
