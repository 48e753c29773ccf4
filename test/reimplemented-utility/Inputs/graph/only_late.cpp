#include "late_util.h"
