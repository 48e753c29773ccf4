// core/engine.cpp - the factory: the one place that constructs an Engine.
#include "core/engine.h"

#include "core/config.h"

namespace core {

std::unique_ptr<Engine> EngineFactory::create(const Config &config) {
  return create("engine", config.worker_threads);
}

std::unique_ptr<Engine> EngineFactory::create(std::string name, int threads) {
  return std::make_unique<Engine>(std::move(name), threads > 0 ? threads : 1);
}

} // namespace core
