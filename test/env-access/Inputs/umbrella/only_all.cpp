#include "cfg_all.h"
