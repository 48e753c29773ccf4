// Reads the environment without including the accessor's header.
#include "../fake_stdlib.h"
const char *home() { return getenv("HOME"); }
