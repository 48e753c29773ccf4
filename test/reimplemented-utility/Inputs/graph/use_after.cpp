#include "part.h"
#include "late_util.h"
