#pragma once
// An umbrella header: the part comes before the accessor's own header.
#include "part.h"
#include "cfg_env.h"
