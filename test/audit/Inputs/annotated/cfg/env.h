#pragma once
#include <ssot/annotations.h>

namespace cfg {
// The project's one environment reader.
SSOT_ENV_ACCESSOR const char *read_env(const char *name);
} // namespace cfg
