// Each diagnostic carries a note at the factory's declaration (the first
// overload of a function factory, the class of a class factory); a factory
// that cannot be found gets no note.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: ' ::pool::Conn = ::pool::ConnPool ; pool::Point=pool::makePoint;::lost::Thing=::lost::make'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include "Inputs/pool.h"

namespace lost {
struct Thing {};
} // namespace lost

int notes() {
  core::Engine A("a", 1);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'
  // CHECK-NOTES: Inputs{{[/\\]}}engine.h:14:34: note: factory declared here
  pool::Conn B(80);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'pool::Conn' is constructed directly; create it through a member of 'pool::ConnPool'
  // CHECK-NOTES: Inputs{{[/\\]}}pool.h:19:7: note: factory declared here
  pool::Point C{1, 2};
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'pool::Point' is constructed directly; create it through its factory 'pool::makePoint'
  // CHECK-NOTES: Inputs{{[/\\]}}pool.h:33:24: note: factory declared here
  lost::Thing D;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'lost::Thing' is constructed directly; use 'lost::make' instead
  return A.threads() + B.port() + C.X + sizeof(D);
}
