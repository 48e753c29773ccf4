// AllowedFiles exempts matching files (a bundled library that cannot depend
// on the project): neither twins nor bypasses are reported there, as in
// ssot-env-access and ssot-factory-construction.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=ALL -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::os::pause_ms=::core::nap'}}" \
// RUN:   -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=ALLOWED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::os::pause_ms=::core::nap', ssot-reimplemented-utility.AllowedFiles: 'allowed-files\.cpp$'}}" \
// RUN:   -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=OTHER -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::os::pause_ms=::core::nap', ssot-reimplemented-utility.AllowedFiles: '(^|/)kwsys/'}}" \
// RUN:   -- -std=c++17 -I %ssot_include
// A bad expression is a configuration error naming the option.
// RUN: not %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %s \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.AllowedFiles: '(kwsys'}}" \
// RUN:   -- -std=c++17 -I %ssot_include 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: invalid configuration value for option 'ssot-reimplemented-utility.AllowedFiles': not a regular expression ({{.*}}) (the value is '(kwsys')

#include <ssot/annotations.h>

namespace os {
void pause_ms(int ms);
} // namespace os
namespace core {
SSOT_UTILITY void nap(int ms);
} // namespace core

namespace bundled {
void Nap(int ms) { os::pause_ms(ms); }
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:6: warning: function 'Nap' is a twin of the designated utility 'core::nap' (the same name in PascalCase); call the utility instead [ssot-reimplemented-utility]
// CHECK-MESSAGES-ALL: :[[@LINE-2]]:20: warning: direct call of 'os::pause_ms' bypasses the designated utility 'core::nap' [ssot-reimplemented-utility]
// CHECK-MESSAGES-OTHER: :[[@LINE-3]]:6: warning: function 'Nap' is a twin of the designated utility 'core::nap'
// CHECK-MESSAGES-OTHER: :[[@LINE-4]]:20: warning: direct call of 'os::pause_ms' bypasses the designated utility 'core::nap'
// CHECK-FIXES-ALL: void Nap(int ms) { ::core::nap(ms); }
// CHECK-FIXES-OTHER: void Nap(int ms) { ::core::nap(ms); }
} // namespace bundled
