#pragma once
#include "raw.h"
namespace util {
inline int up(int C) { return raw::up(C); }
} // namespace util
