// SSOT_FACTORY takes several factories as one '|'-separated string, as the
// option does; a bad list designates nothing and is reported at the
// annotation.
// RUN: %check_ssot %s ssot-factory-construction %t -- -- -std=c++17 -I%ssot_include

#include <ssot/annotations.h>
#include <memory>

namespace app {
class Pool;
class SSOT_FACTORY("::app::Pool | app::make") Conn {
public:
  explicit Conn(int Port) : Port(Port) {}
  int Port;
};
class Pool {
public:
  Conn open(int Port) { return Conn(Port); }
};
std::unique_ptr<Conn> make(int Port) { return std::make_unique<Conn>(Port); }

class SSOT_FACTORY("::app::make||::app::Pool") Gap {};
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: alternative 2 of '::app::make||::app::Pool' is empty; class 'Gap' is not designated by this annotation
class SSOT_FACTORY("::app::make|app::make") Twice {};
// CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'app::make' is named twice; class 'Twice' is not designated by this annotation
} // namespace app

int outside() {
  app::Conn A(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'app::Conn' is constructed directly; create it through a member of 'app::Pool' or its factory 'app::make'
  app::Conn *B = new app::Conn(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'app::Conn' is constructed with 'new'; create it through a member of 'app::Pool' or its factory 'app::make'
  // CHECK-FIXES: app::Conn *B = ::app::make(2).release();
  app::Gap G;
  app::Twice T;
  int N = A.Port + B->Port + sizeof(G) + sizeof(T);
  delete B;
  return N;
}
