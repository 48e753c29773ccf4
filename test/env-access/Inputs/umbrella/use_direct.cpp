#include "part.h"
#include "cfg_all.h"
