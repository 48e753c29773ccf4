// Includes the accessor's header only below its read: the inserter adds no
// second include, so the read gets no fix.
#pragma once
#include <stdlib.h>

inline const char *pagerBelow() { return getenv("PAGER"); }

#include "cfg_env.h"
