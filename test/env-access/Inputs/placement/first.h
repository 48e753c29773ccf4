// Included before the accessor's header: the fix includes that header here.
#pragma once
#include <stdlib.h>

inline const char *editorFirst() { return getenv("EDITOR"); }
