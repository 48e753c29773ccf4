// core/engine.h - the request-processing engine and its factory.
#ifndef CORE_ENGINE_H
#define CORE_ENGINE_H

#include <ssot/annotations.h>

#include <memory>
#include <string>
#include <utility>

namespace core {

/// Engines are created only by EngineFactory::create, which wires in the
/// configuration; constructing one directly skips that step.
class SSOT_FACTORY("::core::EngineFactory::create") Engine {
public:
  Engine(std::string name, int threads)
      : name_(std::move(name)), threads_(threads) {}

  const std::string &name() const { return name_; }
  int threads() const { return threads_; }
  std::string handle(const std::string &request) const {
    return name_ + ": " + request;
  }

private:
  std::string name_;
  int threads_;
};

struct Config;

class EngineFactory {
public:
  /// The designated way to obtain an Engine.
  static std::unique_ptr<Engine> create(const Config &config);
  /// An engine with an explicit name and thread count (at least one thread),
  /// for callers that do not hold the whole configuration.
  static std::unique_ptr<Engine> create(std::string name, int threads);
};

} // namespace core

#endif // CORE_ENGINE_H
