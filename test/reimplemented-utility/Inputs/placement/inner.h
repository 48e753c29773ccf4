#pragma once
#include <unistd.h>

inline int keepStderr() { return dup(2) + 0; }
