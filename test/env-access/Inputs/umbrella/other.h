#pragma once
#include <stdlib.h>

inline const char *editorOther() { return getenv("EDITOR"); }
