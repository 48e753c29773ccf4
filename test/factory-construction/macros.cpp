// Macros: a construction in a macro body is reported at each expansion site,
// one written in a macro argument where it is written; no fix-it is placed in
// a macro.
// RUN: %check_ssot %s ssot-factory-construction %t -- -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include <memory>

#define MAKE_ENGINE(Name) core::Engine(Name, 1)
#define OWN(Expr) std::unique_ptr<core::Engine>(Expr)
#define NEW_ENGINE new core::Engine("macro", 1)
#define IDENTITY(X) X

int expansions() {
  int N = MAKE_ENGINE("first").threads();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'core::Engine' is constructed directly;
  N += MAKE_ENGINE("second").threads();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'core::Engine' is constructed directly;
  auto A = OWN(new core::Engine("argument", 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed with 'new';
  auto B = OWN(NEW_ENGINE);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed with 'new';
  auto C = IDENTITY(std::make_unique<core::Engine>("identity", 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed through 'std::make_unique';
  return N + A->threads() + B->threads() + C->threads();
}
// CHECK-FIXES: auto A = OWN(new core::Engine("argument", 1));
// CHECK-FIXES: auto B = OWN(NEW_ENGINE);
// CHECK-FIXES: auto C = IDENTITY(std::make_unique<core::Engine>("identity", 1));
