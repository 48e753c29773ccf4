#pragma once
#include "raw.h"
namespace late {
inline int up(int C) { return raw::up(C); }
} // namespace late
// Includes part.h only after it declares the utility.
#include "part.h"
