// A Factories key that names a type alias (a project's `using`/`typedef`,
// or ::std::string) designates the class the alias names: constructing that
// class is reported under the class's own name, and construction inside the
// factory stays allowed. So does a key naming a using-declaration (kwsys's
// `namespace cmsys { using std::ifstream; }`): of a class, of an alias of a
// class, or of a class template. Aliases of other types are checked in
// bad-alias-keys.test.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Handle=::app::openHandle;::app::Legacy=::app::makeLegacy;::std::string=::app::makeText;::kw::Stream=::kw::openStream;::kw::Sink=::kw::openSink;::kw::Box=::kw::makeBox'}}" -- -std=c++17

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

namespace vendor {
class Stream {
public:
  explicit Stream(int Fd) : Fd(Fd) {}
  int Fd;
};
class BasicSink {
public:
  int Lines = 0;
};
typedef BasicSink Sink;
template <typename T> class Box {
public:
  T V{};
};
} // namespace vendor

namespace kw {
using vendor::Box;
using vendor::Sink;
using vendor::Stream;
Stream openStream(int Fd) { return Stream(Fd); }
Sink openSink() { return Sink(); }
template <typename T> Box<T> makeBox() { return Box<T>(); }
} // namespace kw

int streams() {
  vendor::Stream S(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'vendor::Stream' is constructed directly; create it through its factory 'kw::openStream' [ssot-factory-construction]
  kw::Stream T(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'vendor::Stream' is constructed directly; create it through its factory 'kw::openStream' [ssot-factory-construction]
  vendor::BasicSink K;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'vendor::BasicSink' is constructed directly; create it through its factory 'kw::openSink' [ssot-factory-construction]
  kw::Box<int> B;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'vendor::Box' is constructed directly; create it through its factory 'kw::makeBox' [ssot-factory-construction]
  return S.Fd + T.Fd + K.Lines + B.V + kw::openStream(3).Fd +
         kw::makeBox<int>().V;
}
