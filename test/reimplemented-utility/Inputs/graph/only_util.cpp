#include "cyc_util.h"
