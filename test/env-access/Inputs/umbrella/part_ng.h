#pragma once
#include <stdlib.h>

inline const char *langPart() { return getenv("LANG"); }
