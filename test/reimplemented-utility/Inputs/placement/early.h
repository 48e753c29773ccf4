// Included before port.h: the fix includes port.h here.
#pragma once
#include <unistd.h>

inline bool colorOutput(int Fd) { return isatty(Fd) != 0; }
