// core/config.cpp - the accessor and the settings parsed from it.
#include "core/config.h"

#include <cstdlib>

namespace core {

const char *env(const char *name) {
  // The only direct read of the environment in the service; ssot-env-access
  // does not report the accessor's own body.
  return std::getenv(name);
}

namespace {
int int_setting(const char *name, int fallback) {
  const char *value = env(name);
  if (value == nullptr || *value == '\0')
    return fallback;
  char *end = nullptr;
  long parsed = std::strtol(value, &end, 10);
  return *end == '\0' ? static_cast<int>(parsed) : fallback;
}
} // namespace

Config load_config() {
  Config config;
  config.port = int_setting("SERVICE_PORT", config.port);
  config.worker_threads = int_setting("SERVICE_WORKERS", config.worker_threads);
  if (const char *level = env("SERVICE_LOG_LEVEL"))
    config.log_level = level;
  return config;
}

} // namespace core
