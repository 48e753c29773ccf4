// A project's own name for a library creator (a using-declaration, as in
// `cm::make_unique`) is what the diagnostic names; the fix still applies.
// A factory not declared in the unit gets no fix, and a note says why; forms
// that are never rewritten (arrays, brace init, placement, other creators,
// macros) get no such note: declaring the factory would not fix them.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::lost::Thing=::lost::make'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include <memory>
#include <new>
#include <optional>

namespace cm {
using std::make_unique;
using std::make_shared;
} // namespace cm

namespace lost {
struct Thing {
  int V = 0;
};
} // namespace lost

int wrappers() {
  auto A = cm::make_unique<core::Engine>("a", 1);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'cm::make_unique'; create it through its factory 'core::EngineFactory::create'
  // CHECK-NOTES: :[[@LINE-2]]:12: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: Inputs{{[/\\]}}engine.h:14:34: note: factory declared here
  // CHECK-FIXES: auto A = ::core::EngineFactory::create("a", 1);
  auto B = std::make_unique<core::Engine>("b", 2);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique'; create it through its factory 'core::EngineFactory::create'
  // CHECK-NOTES: :[[@LINE-2]]:12: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: Inputs{{[/\\]}}engine.h:14:34: note: factory declared here
  // CHECK-FIXES: auto B = ::core::EngineFactory::create("b", 2);
  auto C = cm::make_unique<lost::Thing>();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'lost::Thing' is constructed through 'cm::make_unique'; use 'lost::make' instead
  // CHECK-NOTES: :[[@LINE-2]]:12: note: no fix-it: the factory 'lost::make' is not declared in this translation unit
  // CHECK-FIXES: auto C = cm::make_unique<lost::Thing>();
  lost::Thing *D = new lost::Thing;
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lost::Thing' is constructed with 'new'; use 'lost::make' instead
  // CHECK-NOTES: :[[@LINE-2]]:20: note: no fix-it: the factory 'lost::make' is not declared in this translation unit
  // CHECK-FIXES: lost::Thing *D = new lost::Thing;
  lost::Thing *E = new lost::Thing[2];
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lost::Thing' is constructed with 'new'; use 'lost::make' instead
  lost::Thing *F = new lost::Thing{};
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lost::Thing' is constructed with 'new'; use 'lost::make' instead
  alignas(lost::Thing) unsigned char Raw[sizeof(lost::Thing)];
  lost::Thing *G = new (Raw) lost::Thing;
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lost::Thing' is constructed with 'new'; use 'lost::make' instead
  auto H = std::make_optional<lost::Thing>();
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'lost::Thing' is constructed through 'std::make_optional'; use 'lost::make' instead
  auto I = std::make_unique<lost::Thing[]>(2);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'lost::Thing' is constructed through 'std::make_unique'; use 'lost::make' instead
#define MAKE_THING() new lost::Thing
  lost::Thing *J = MAKE_THING();
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lost::Thing' is constructed with 'new'; use 'lost::make' instead
  int R = A->threads() + B->threads() + C->V + D->V + E[1].V + F->V + G->V +
          H->V + I[1].V + J->V;
  delete D;
  delete[] E;
  delete F;
  G->~Thing();
  delete J;
  return R;
}
