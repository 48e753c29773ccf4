// A header that reads the environment itself.
#ifndef USES_ENV_H
#define USES_ENV_H
#include "fake_stdlib.h"
inline const char *headerHome() { return getenv("HOME"); }
inline char **headerBlock() { return environ; }
#endif
