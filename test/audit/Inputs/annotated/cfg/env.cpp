#include "cfg/env.h"
#include <cstdlib>

namespace cfg {
const char *read_env(const char *name) { return std::getenv(name); }
} // namespace cfg
