// core/engine.cpp - the factory: the one place that constructs an Engine.
#include "core/engine.h"

#include "core/config.h"

namespace core {

std::unique_ptr<Engine> EngineFactory::create(const Config &config) {
  int threads = config.worker_threads > 0 ? config.worker_threads : 1;
  return std::make_unique<Engine>("engine", threads);
}

} // namespace core
