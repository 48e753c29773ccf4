// A Factories key that names a type alias (a project's `using`/`typedef`,
// or ::std::string) designates the class the alias names: constructing that
// class is reported under the class's own name, and construction inside the
// factory stays allowed. Aliases of other types are checked in
// bad-alias-keys.test.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Handle=::app::openHandle;::app::Legacy=::app::makeLegacy;::std::string=::app::makeText'}}" -- -std=c++17

#include <string>

namespace app {
class Conn {
public:
  explicit Conn(int Port) : Port(Port) {}
  int Port;
};
using Handle = Conn;

struct Old {
  int V;
};
typedef Old Legacy;

Handle openHandle(int Port) { return Handle(Port); }
Old makeLegacy() { return Old{1}; }
std::string makeText(const char *Text) { return std::string(Text); }
} // namespace app

// A class with the alias's name elsewhere is not designated.
namespace other {
struct Handle {
  explicit Handle(int) {}
};
} // namespace other

int use() {
  app::Conn C(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'app::Conn' is constructed directly; create it through its factory 'app::openHandle' [ssot-factory-construction]
  app::Handle H(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'app::Conn' is constructed directly; create it through its factory 'app::openHandle' [ssot-factory-construction]
  app::Legacy L{3};
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'app::Old' is constructed directly; create it through its factory 'app::makeLegacy' [ssot-factory-construction]
  other::Handle O(4);
  app::Conn Made = app::openHandle(5);
  return C.Port + H.Port + L.V + Made.Port;
}

std::string text() {
  std::string T("x");
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'std::basic_string' is constructed directly; create it through its factory 'app::makeText' [ssot-factory-construction]
  return app::makeText("y");
}
