// app/server.cpp - the request loop.
#include "app/app.h"

#include "core/engine.h"

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

namespace app {

namespace {
// Re-reads PORT instead of using config.port: two sources of truth, and a
// different variable name from the one core::load_config documents.
int listen_port(const core::Config &config) {
  if (const char *port = getenv("PORT"))
    return std::atoi(port);
  return config.port;
}

bool debug_logging() {
  const char *level = std::getenv("LOG_LEVEL");
  return level != nullptr && std::string(level) == "debug";
}
} // namespace

int run_server(const core::Config &config, int max_requests) {
  // Builds its own engine and so skips EngineFactory::create's wiring.
  auto engine = std::make_unique<core::Engine>("server", config.worker_threads);

  std::cout << "listening on port " << listen_port(config) << '\n';
  int handled = 0;
  for (; handled < max_requests; ++handled) {
    std::string reply = engine->handle("request " + std::to_string(handled));
    if (debug_logging())
      std::cout << reply << '\n';
  }
  return handled;
}

} // namespace app
