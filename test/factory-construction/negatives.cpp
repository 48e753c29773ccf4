// What is not a bypass: same-named classes elsewhere, pointers and
// references, copies and moves of existing objects, and construction inside
// the factory (each overload, a function factory's lambdas, every member of a
// class factory) or inside the class's own members. The two functions at the
// end are look-alikes of the factory and are reported.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::pool::Conn=::pool::ConnPool;::pool::Point=::pool::makePoint;::app::Session=::app::openSession'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include "Inputs/pool.h"
#include <memory>
#include <vector>

// Look-alikes in other namespaces.
namespace other {
class Engine {
public:
  Engine(const char *, int) {}
};
} // namespace other
namespace core::detail {
class Engine {
public:
  Engine() = default;
};
} // namespace core::detail

int lookalikes() {
  other::Engine A("a", 1);
  auto B = std::make_unique<other::Engine>("b", 2);
  core::detail::Engine C;
  other::Conn D(1);
  other::Point E{1, 2};
  std::vector<other::Engine> F;
  F.emplace_back("f", 3);
  return E.X;
}

// Pointers, references, copies and moves of engines that already exist.
int uses(core::Engine &Ref, const core::Engine *Ptr,
         std::unique_ptr<core::Engine> Owned) {
  core::Engine *P = &Ref;
  const core::Engine &R = *Ptr;
  core::Engine Copy = Ref;
  core::Engine Moved(std::move(Copy));
  core::Engine Assigned = *Owned;
  Assigned = R;
  auto Defaults = core::Engine::defaults();
  std::vector<core::Engine> V{Ref, *Ptr};
  V.push_back(Assigned);
  return P->threads() + Defaults.threads() + static_cast<int>(V.size());
}

// A class factory: all its members may construct (Inputs/pool.h defines
// some); a function factory: every overload may construct.
namespace pool {
std::unique_ptr<Point> makePoint(int X, int Y) {
  return std::unique_ptr<Point>(new Point{X, Y});
}
std::unique_ptr<Point> makePoint(int X) {
  auto Make = [X] { return Point{X, X}; };
  return std::make_unique<Point>(Make());
}
} // namespace pool

// Members defined outside the class, a nested class and a lambda in a
// member all belong to the class.
namespace app {
class Session;
std::unique_ptr<Session> openSession(int Id);
class Session {
public:
  explicit Session(int Id) : Id(Id) {}
  static Session guest();
  Session fork() const {
    auto Make = [this] { return Session(Id + 1); };
    return Make();
  }
  struct Builder {
    Session build(int Id) const { return Session(Id); }
  };
  int Id;
};
Session Session::guest() { return Session(0); }
std::unique_ptr<Session> openSession(int Id) {
  return std::make_unique<Session>(Id);
}

// An overload of the factory is part of the factory.
std::unique_ptr<Session> openSession(const char *) {
  return std::make_unique<Session>(1);
}

// A function that only shares the factory's name is not the factory.
namespace detail {
std::unique_ptr<Session> openSession(int Id) {
  return std::make_unique<Session>(Id);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'app::Session' is constructed through 'std::make_unique'; create it through its factory 'app::openSession'
}
} // namespace detail
} // namespace app
namespace other {
std::unique_ptr<app::Session> openSession(int Id) {
  return std::unique_ptr<app::Session>(new app::Session(Id + 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'app::Session' is constructed with 'new'; create it through its factory 'app::openSession'
}
} // namespace other
