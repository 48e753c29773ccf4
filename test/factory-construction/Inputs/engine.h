// A class designated in code: only its factory and its own members create it.
#ifndef ENGINE_H
#define ENGINE_H
#include <ssot/annotations.h>
#include <memory>
#include <string>
#include <utility>

namespace core {
class Engine;

class EngineFactory {
public:
  static std::unique_ptr<Engine> create(std::string Name, int Threads);
  static std::unique_ptr<Engine> create(const char *Name);
  static std::shared_ptr<Engine> shared(std::string Name, int Threads);
};

class SSOT_FACTORY("::core::EngineFactory::create") Engine {
public:
  Engine() = default;
  Engine(std::string Name, int Threads)
      : Name(std::move(Name)), Threads(Threads) {}
  explicit Engine(int Threads) : Threads(Threads) {}
  explicit Engine(const char *Name) : Name(Name), Threads(1) {}

  // The class's own members may construct it.
  static Engine defaults() { return Engine("default", 1); }
  Engine withThreads(int N) const;
  int threads() const { return Threads; }

private:
  std::string Name;
  int Threads = 0;
};

// The factory may construct it.
inline std::unique_ptr<Engine> EngineFactory::create(std::string Name,
                                                     int Threads) {
  return std::make_unique<Engine>(std::move(Name), Threads);
}
inline std::unique_ptr<Engine> EngineFactory::create(const char *Name) {
  return std::unique_ptr<Engine>(new Engine(Name));
}
// Not the factory: shared() is another member of EngineFactory.
inline std::shared_ptr<Engine> EngineFactory::shared(std::string Name,
                                                     int Threads) {
  return std::shared_ptr<Engine>(create(std::move(Name), Threads));
}

inline Engine Engine::withThreads(int N) const { return Engine(Name, N); }
} // namespace core
#endif
