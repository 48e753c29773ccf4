// A bridge namespace minus its implementation namespace
// ('gadget=::gadget,-::gadget::internal'), the designation googletest needs:
// gadget::internal is flagged wherever it is declared, the rest of gadget
// (even what an internal header declares) and the types the public
// signatures name are not. The component is included as a system header
// (CMake passes an imported or SYSTEM target's include directories with
// -isystem) and is still the component's.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'gadget=%t.dir/Inputs/gadget', ssot-bridge-bypass.Bridges: 'gadget=::gadget,-::gadget::internal', ssot-bridge-bypass.BridgeHeaders: 'gadget=gadget/gadget.h'}}" -- -std=c++17 -isystem %t.dir/Inputs
// Without the exclusion, gadget::internal is part of the bridge: only the
// private member is flagged.
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=WHOLE -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'gadget=%t.dir/Inputs/gadget', ssot-bridge-bypass.Bridges: 'gadget=::gadget', ssot-bridge-bypass.BridgeHeaders: 'gadget=gadget/gadget.h'}}" -- -std=c++17 -isystem %t.dir/Inputs

#include <gadget/gadget.h>

// A fixture calls its base class's protected members.
class MyTest : public gadget::Test {
  void setUp() override { gadget::Test::setUp(); }
};

// Private members, reached through friendship, are not the interface.
class gadget::Peer {
public:
  static int peek(const Test &T) { return T.Secret; }
};
// CHECK-MESSAGES: :[[@LINE-2]]:45: warning: 'gadget::Test::Secret' belongs to component 'gadget'
// CHECK-MESSAGES-WHOLE: :[[@LINE-3]]:45: warning: 'gadget::Test::Secret' belongs to component 'gadget'

gadget::Types<int, char> *typeList() { return nullptr; }

int capture() {
  gadget::internal::captureOutput();
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'gadget::internal::captureOutput' belongs to component 'gadget'; code outside the components reaches it only through its bridge 'gadget' [ssot-bridge-bypass]
  return gadget::internal::Printer<long>::print(2L);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'gadget::internal::Printer' belongs to component 'gadget'
  // CHECK-MESSAGES: :[[@LINE-2]]:43: warning: 'gadget::internal::Printer::print' belongs to component 'gadget'
}

// The return type of the public gadget::values: named by the bridge.
int generate() {
  gadget::internal::Generator G = gadget::values(3);
  return G.Next + GADGET_PRINT(4);
}

// Members of the object a macro of gadget hands out, along a chain of calls.
void expect() { GADGET_EXPECT(1).times(2).willOnce(3); }

// The same object obtained by naming gadget::internal.
void expectDirectly() { gadget::internal::expectation(1).times(2); }
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'gadget::internal::expectation' belongs to component 'gadget'
// CHECK-MESSAGES: :[[@LINE-2]]:58: warning: 'gadget::internal::Expectation::times' belongs to component 'gadget'

// A public class template's members inherited from an internal base.
bool match(const gadget::Matcher<int> &M) { return M.matches(1); }

// A look-alike: the user's own namespace internal is not gadget's.
namespace internal {
inline void captureOutput() {}
} // namespace internal
void own() { internal::captureOutput(); }
// CHECK-FIXES-WHOLE: void own() { internal::captureOutput(); }
