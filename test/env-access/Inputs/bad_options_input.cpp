// Input for bad-options.test.
#include "fake_stdlib.h"
const char *home() { return getenv("HOME"); }
