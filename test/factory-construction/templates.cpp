// Templates: a construction in a template is reported once at the written
// code for every instantiation with a designated class, and not at all for
// instantiations with other classes; a template that calls make_unique is
// reported at its call.
// RUN: %check_ssot %s ssot-factory-construction %t -- -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include <memory>
#include <string>

template <typename T> T makeValue() {
  return T("value", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed directly;
}

template <typename T, typename... Args>
std::unique_ptr<T> makeOwned(Args &&...A) {
  return std::make_unique<T>(std::forward<Args>(A)...);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed through 'std::make_unique';
  // No fix-it: makeOwned<Other> shares this line.
  // CHECK-FIXES: return std::make_unique<T>(std::forward<Args>(A)...);
}

// Code in a template that does not depend on its parameters is fixed once.
template <typename T> std::unique_ptr<core::Engine> withTag(T) {
  return std::make_unique<core::Engine>("tagged", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed through 'std::make_unique';
  // CHECK-FIXES: return ::core::EngineFactory::create("tagged", 1);
}

template <typename T> struct Box {
  T Value; // Box<core::Engine>'s constructor constructs it here
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed directly;
};

struct Other {
  Other(const char *, int) {}
};

// A template of the designated class's own: never instantiated with
// arguments that differ in designation.
template <typename Tag> core::Engine tagged() {
  return core::Engine(Tag::Name, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed directly;
}
struct FastTag {
  static constexpr const char *Name = "fast";
};
struct SlowTag {
  static constexpr const char *Name = "slow";
};

int use() {
  core::Engine A = makeValue<core::Engine>();
  core::Engine B = makeValue<core::Engine>();
  Other C = makeValue<Other>();
  auto D = makeOwned<core::Engine>("owned", 2);
  auto E = makeOwned<Other>("other", 2);
  Box<core::Engine> F;
  Box<Other> G{{"boxed", 1}};
  core::Engine H = tagged<FastTag>();
  core::Engine I = tagged<SlowTag>();
  auto J = withTag(1);
  auto K = withTag('k');
  return A.threads() + B.threads() + D->threads() + F.Value.threads() +
         H.threads() + I.threads() + J->threads() + K->threads();
}
