#pragma once
#include <stdlib.h>

inline const char *pagerPart() { return getenv("PAGER"); }
