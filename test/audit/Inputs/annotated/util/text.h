#pragma once
#include <ssot/annotations.h>

namespace util {
SSOT_UTILITY int count_spaces(const char *s);
} // namespace util
