#pragma once
// A header that constructs before its own includes, and again after them.
inline app::Widget *early() { return new app::Widget("early", 1); }

#include "zzz_last.h"

inline app::Widget *later() { return new app::Widget("later", 2); }
