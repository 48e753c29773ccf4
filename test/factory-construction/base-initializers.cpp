// A derived class's constructor initialising its designated base builds the
// base part of a Derived, not a designated object of its own: not reported by
// default; FlagBaseInitializers: true reports it (and the implicit
// constructor of a derived class, at the class).
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=DEFAULT -- -- -std=c++17 -I%ssot_include
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=FLAG -- -config="{CheckOptions: {ssot-factory-construction.FlagBaseInitializers: 'true'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"

struct Derived : core::Engine {
  Derived() : core::Engine("derived", 1) {}
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:15: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'
};
struct ImplicitBase : core::Engine {
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:8: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'
  int X = 0;
};
struct VirtualBase : virtual core::Engine {
  VirtualBase() : core::Engine(2) {}
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:19: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'
};
// A template deriving from the designated class.
template <typename T> struct Wrapped : core::Engine {
  Wrapped() : core::Engine(sizeof(T)) {}
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:15: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'
};
// A base initialiser written through a macro.
#define ENGINE_BASE(N) core::Engine(N)
struct Macro : core::Engine {
  Macro() : ENGINE_BASE(3) {}
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:13: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'
};

// Not a base initialiser: a member, and a temporary inside a constructor,
// are still constructions of an engine.
struct Member {
  Member() : E("member", 1) {}
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:14: warning: 'core::Engine' is constructed directly;
  // CHECK-MESSAGES-FLAG: :[[@LINE-2]]:14: warning: 'core::Engine' is constructed directly;
  core::Engine E;
};
struct Temp : core::Engine {
  Temp() : core::Engine(core::Engine("t", 1).threads()) {}
  // CHECK-MESSAGES-FLAG: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed directly;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:25: warning: 'core::Engine' is constructed directly;
  // CHECK-MESSAGES-FLAG: :[[@LINE-3]]:25: warning: 'core::Engine' is constructed directly;
};

int use() {
  Derived D;
  ImplicitBase I;
  VirtualBase V;
  Wrapped<long> W;
  Macro M;
  Member B;
  Temp T;
  return D.threads() + I.X + V.threads() + W.threads() + M.threads() +
         B.E.threads() + T.threads();
}
