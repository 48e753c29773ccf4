#include "config.h"
#include <cstdlib>

namespace app {
const char *env(const char *name) { return std::getenv(name); }
} // namespace app
