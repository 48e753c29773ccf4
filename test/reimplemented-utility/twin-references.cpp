// A utility whose parameter is a non-const lvalue reference cannot stand in
// for a twin whose callers may pass temporaries (a by-value or const
// reference parameter): the advice says so instead of "call the utility".
// A twin taking the same reference kind can be replaced.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -- -std=c++17 -I %ssot_include

#include <ssot/annotations.h>

namespace core {
SSOT_UTILITY int bump(int &Counter);
} // namespace core

namespace app {
int bump(int Counter) { return Counter + 1; }
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: function 'bump' is a twin of the designated utility 'core::bump' (the same name in another scope); the utility cannot replace it as it is: parameter 1 has type 'int', the utility takes 'int &' [ssot-reimplemented-utility]
} // namespace app

namespace cli {
int bump(const int &Counter) { return Counter + 1; }
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: function 'bump' is a twin of the designated utility 'core::bump' (the same name in another scope); the utility cannot replace it as it is: parameter 1 has type 'const int &', the utility takes 'int &' [ssot-reimplemented-utility]
} // namespace cli

namespace ui {
int bump(int &Counter) { return ++Counter; }
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: function 'bump' is a twin of the designated utility 'core::bump' (the same name in another scope); call the utility instead [ssot-reimplemented-utility]
} // namespace ui
