// core/config.h - the service's configuration, read from the environment.
//
// core::env is the one place the service reads its environment: every
// setting's name, default and parsing is visible from here.
#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H

#include <ssot/annotations.h>

#include <string>

namespace core {

/// The designated environment accessor. Returns nullptr for unset variables.
SSOT_ENV_ACCESSOR const char *env(const char *name);

/// Typed settings built on top of env().
struct Config {
  int port = 8080;
  std::string log_level = "info";
  int worker_threads = 4;
};

/// Reads every setting once, at startup.
Config load_config();

} // namespace core

#endif // CORE_CONFIG_H
