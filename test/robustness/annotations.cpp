// Issue 14, problem 5: an annotation the checks cannot use is reported where
// it is written instead of designating nothing without a word: an empty
// factory name, one that is not a name, a wide string (whose bytes are not the
// name it spells), and a utility annotation on a constructor, a conversion or
// an operator (a twin or a clone is a function called by name).
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=FACTORY -- -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=UTILITY -- -- -std=c++17 -I %ssot_include

#include <memory>
#include <ssot/annotations.h>

namespace app {
class SSOT_FACTORY("") Empty {};
// CHECK-MESSAGES-FACTORY: :[[@LINE-1]]:7: warning: the argument of 'ssot::factory' is empty; class 'Empty' is not designated by this annotation [ssot-factory-construction]
class SSOT_FACTORY("make engine") Spaced {};
// CHECK-MESSAGES-FACTORY: :[[@LINE-1]]:7: warning: 'make engine' is not a qualified name such as '::app::make_engine'; class 'Spaced' is not designated by this annotation [ssot-factory-construction]
class [[clang::annotate("ssot::factory", L"::app::make")]] Wide {};
// CHECK-MESSAGES-FACTORY: :[[@LINE-1]]:9: warning: the argument of 'ssot::factory' must be an ordinary string literal (not a wide or UTF-16/32 one, nor another expression); class 'Wide' is not designated by this annotation [ssot-factory-construction]
class [[clang::annotate("ssot::factory")]] Bare {};
// CHECK-MESSAGES-FACTORY: :[[@LINE-1]]:9: warning: 'ssot::factory' takes one argument, a qualified name as a string literal; class 'Bare' is not designated by this annotation [ssot-factory-construction]

// None of them is designated: constructing them is not reported.
void use() {
  Empty E;
  Spaced S;
  Wide W;
  Bare B;
  auto P = std::make_unique<Empty>();
}

// A well-formed annotation is not reported.
class Engine;
std::unique_ptr<Engine> make_engine();
class SSOT_FACTORY("::app::make_engine") Engine {};

struct Duration {
  SSOT_UTILITY Duration(long Ms) : Ms(Ms) {}
  // CHECK-MESSAGES-UTILITY: :[[@LINE-1]]:3: warning: a utility is a function called by name; constructors, destructors, conversions and operators cannot be one, so 'Duration' is not designated by this annotation [ssot-reimplemented-utility]
  SSOT_UTILITY explicit operator long() const { return Ms; }
  // CHECK-MESSAGES-UTILITY: :[[@LINE-1]]:3: warning: a utility is a function called by name; constructors, destructors, conversions and operators cannot be one, so 'operator long' is not designated by this annotation [ssot-reimplemented-utility]
  SSOT_UTILITY Duration operator+(Duration O) const { return Duration(Ms + O.Ms); }
  // CHECK-MESSAGES-UTILITY: :[[@LINE-1]]:3: warning: a utility is a function called by name; constructors, destructors, conversions and operators cannot be one, so 'operator+' is not designated by this annotation [ssot-reimplemented-utility]
  long Ms;
};

// A utility annotation with an argument it does not take.
[[clang::annotate("ssot::utility", "x")]] int half(int V) { return V / 2; }
// CHECK-MESSAGES-UTILITY: :[[@LINE-1]]:3: warning: 'ssot::utility' takes no argument [ssot-reimplemented-utility]

// A well-formed one is not reported.
SSOT_UTILITY int twice(int V) { return V * 2; }
} // namespace app
