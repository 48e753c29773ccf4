// Declares the utility, then calls its primitive in a function that is no
// part of it: the fix names the utility and includes nothing here.
#pragma once
#include <unistd.h>

namespace port {
inline int IsATTY(int Fd) { return isatty(Fd); }
} // namespace port

inline int termWidth(int Fd) { return isatty(Fd) ? 80 : 0; }
