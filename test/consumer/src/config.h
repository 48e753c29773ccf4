#pragma once
#include <ssot/annotations.h>

namespace app {
// The one place that reads the environment.
SSOT_ENV_ACCESSOR const char *env(const char *name);
} // namespace app
