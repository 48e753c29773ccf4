#include "other.h"
#include "cfg_all.h"

const char *home() { return getenv("HOME"); }
