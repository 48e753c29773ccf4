#include "cfg/env.h"
#include <cstdlib>

namespace cfg {
const char *env(const char *name) { return std::getenv(name); }
} // namespace cfg
