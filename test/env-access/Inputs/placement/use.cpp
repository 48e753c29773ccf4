#include "sorted_below.h"
#include "first.h"
#include "below.h"

const char *home() { return getenv("HOME"); }
