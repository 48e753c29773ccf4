#pragma once
// Includes part.h before it declares the utility.
#include "part.h"
namespace cyc {
inline int up(int C) { return raw::up(C); }
} // namespace cyc
