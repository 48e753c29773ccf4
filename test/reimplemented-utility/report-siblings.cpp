// ReportSiblings: 'true' reports the siblings that are otherwise left alone
// (siblings.cpp), each saying what differs and whether the utility can take
// its place; by default they are not reported.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=ON -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.ReportSiblings: 'true'}}" -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=OFF -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.ReportSiblings: 'false'}}" -- -std=c++17 -I %ssot_include
// RUN: not %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %s \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.ReportSiblings: 'some'}}" \
// RUN:   -- -std=c++17 -I %ssot_include 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: invalid configuration value for option 'ssot-reimplemented-utility.ReportSiblings': expected 'true' or 'false' (the value is 'some')

#include <ssot/annotations.h>

int strcmp(const char *a, const char *b);
int wcscmp(const wchar_t *a, const wchar_t *b);
int foldcmp(const char *a, const char *b); // ignores case

namespace text {
SSOT_UTILITY bool equal(const char *x, const char *y) {
  if (x == nullptr)
    return y == nullptr;
  if (y == nullptr)
    return false;
  return strcmp(x, y) == 0;
}
} // namespace text

namespace app {
// Another primitive on another character type.
bool wideEqual(const wchar_t *a, const wchar_t *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return wcscmp(a, b) == 0;
}

// Another primitive, the same types: another behaviour (case folded).
bool equalFolded(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return foldcmp(a, b) == 0;
}
} // namespace app
// CHECK-MESSAGES-ON: :31:6: warning: function 'wideEqual' is a near clone (80% similar) of the designated utility 'text::equal'; same structure, but it calls 'wcscmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]
// CHECK-MESSAGES-ON: :40:6: warning: function 'equalFolded' is a near clone (80% similar) of the designated utility 'text::equal'; same structure, but it calls 'foldcmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]
