// A reader in an unnamed namespace (a unit's own accessor) is named from the
// enclosing namespace, '::cfg::env', as C++ names it there: its own body is
// not reported, and other reads are fixed to call it. A reader of the same
// name in a named inner namespace is not the accessor.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}" -- -std=c++17

#include <cstdlib>

namespace cfg {
namespace {
const char *env(const char *Name) { return std::getenv(Name); }
} // namespace

namespace detail {
// A look-alike: not the accessor.
const char *env(const char *Name) { return std::getenv(Name); }
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
} // namespace detail
} // namespace cfg

const char *home() {
  return std::getenv("HOME");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
  // CHECK-FIXES: return ::cfg::env("HOME");
}
