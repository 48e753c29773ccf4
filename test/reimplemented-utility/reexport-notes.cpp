// A utility that re-exports the primitive with a using-declaration is the very
// function the call reaches: the fix only writes the call through the
// designated name, and a note says so. A utility that is another function
// gets no such note.
// RUN: %clang_tidy_ssot --quiet --checks=-*,ssot-reimplemented-utility %s \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::sys::Tools::lower=::app::Tools::lower; ::sys::trim=::app::trim'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/use.cpp
// RUN: %clang_tidy_ssot --quiet --fix --checks=-*,ssot-reimplemented-utility %t/use.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::sys::Tools::lower=::app::Tools::lower; ::sys::trim=::app::trim'}}" \
// RUN:   -- -std=c++17 > %t/fix.out 2>&1
// RUN: FileCheck %s --input-file=%t/use.cpp --check-prefix=FIXED
// RUN: %clang -fsyntax-only -std=c++17 %t/use.cpp

namespace sys {
struct Tools {
  static int lower(int C);
};
int trim(int C);
} // namespace sys
namespace app {
struct Tools : sys::Tools {
  static int lower(const char *S);
  using sys::Tools::lower;
};
int trim(int C);
} // namespace app

int caseFolded(int C) { return sys::Tools::lower(C); }
// CHECK: reexport-notes.cpp:[[@LINE-1]]:32: warning: direct call of 'sys::Tools::lower' bypasses the designated utility 'app::Tools::lower' [ssot-reimplemented-utility]
// CHECK: reexport-notes.cpp:[[@LINE-2]]:32: note: 'app::Tools::lower' re-exports this function: the fix changes only the name the call is written with
// CHECK: reexport-notes.cpp:24:21: note: designated utility 'app::Tools::lower' declared here
// FIXED: int caseFolded(int C) { return ::app::Tools::lower(C); }

int trimmed(int C) { return sys::trim(C); }
// CHECK: reexport-notes.cpp:[[@LINE-1]]:29: warning: direct call of 'sys::trim' bypasses the designated utility 'app::trim' [ssot-reimplemented-utility]
// CHECK: reexport-notes.cpp:26:5: note: designated utility 'app::trim' declared here
// FIXED: int trimmed(int C) { return ::app::trim(C); }
