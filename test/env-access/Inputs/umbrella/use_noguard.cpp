#include "cfg_noguard.h"
