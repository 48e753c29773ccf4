#include "part.h"
#include "cyc_util.h"
