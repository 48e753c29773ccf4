// An umbrella without an include guard: included again, it is read again.
#include "part_ng.h"
#include "cfg_env.h"
