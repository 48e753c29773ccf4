// A utility that hands the primitive's call to helpers, two levels deep.
#pragma once
#include <unistd.h>

namespace port {
inline int doIsATTY(int Fd) { return isatty(Fd); }
inline int keepErrno(int Fd) { return doIsATTY(Fd); }
inline int IsATTY(int Fd) { return keepErrno(Fd); }
} // namespace port
