// The annotated accessor is searched for in the program's namespaces and
// classes only, not in the scopes reserved to the implementation (std, names
// that start with "__" or with "_" and a capital letter): a program cannot put
// its accessor there, and in clangd walking them would read the whole
// standard library from the preamble. An accessor annotated in such a scope is
// not found, at any depth; one in an ordinary scope is, and so is one whose
// scope starts with "_" and a lowercase letter, which is not reserved there.
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=UNDERSCORES -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=__impl
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=CAPITAL -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=_Detail
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=STD -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=std
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=NESTED -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=__detail -DNESTED
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=CLASS -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=_Env -DIN_CLASS
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=ORDINARY -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=detail
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=LOWER -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=_impl
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=ORDINARYCLASS -- --quiet -- -std=c++17 -I %ssot_include -DSCOPE=Env -DIN_CLASS

#include "ssot/annotations.h"
#include "Inputs/fake_stdlib.h"

#if defined(IN_CLASS)
namespace app {
struct SCOPE {
  SSOT_ENV_ACCESSOR static const char *env(const char *name);
};
} // namespace app
#elif defined(NESTED)
namespace app {
namespace SCOPE {
SSOT_ENV_ACCESSOR const char *env(const char *name);
}
} // namespace app
#else
namespace SCOPE {
SSOT_ENV_ACCESSOR const char *env(const char *name);
}
#endif

const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-UNDERSCORES: :[[@LINE-1]]:29: warning: direct environment access through 'getenv'; no designated accessor is configured (set option 'Accessor' or annotate one with 'ssot::env_accessor') [ssot-env-access]
// CHECK-FIXES-UNDERSCORES: const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-CAPITAL: :[[@LINE-3]]:29: warning: direct environment access through 'getenv'; no designated accessor is configured
// CHECK-FIXES-CAPITAL: const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-STD: :[[@LINE-5]]:29: warning: direct environment access through 'getenv'; no designated accessor is configured
// CHECK-FIXES-STD: const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-NESTED: :[[@LINE-7]]:29: warning: direct environment access through 'getenv'; no designated accessor is configured
// CHECK-FIXES-NESTED: const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-CLASS: :[[@LINE-9]]:29: warning: direct environment access through 'getenv'; no designated accessor is configured
// CHECK-FIXES-CLASS: const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-ORDINARY: :[[@LINE-11]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'detail::env' [ssot-env-access]
// CHECK-FIXES-ORDINARY: const char *home() { return detail::env("HOME"); }
// CHECK-MESSAGES-LOWER: :[[@LINE-13]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor '_impl::env' [ssot-env-access]
// CHECK-FIXES-LOWER: const char *home() { return _impl::env("HOME"); }
// CHECK-MESSAGES-ORDINARYCLASS: :[[@LINE-15]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'app::Env::env' [ssot-env-access]
// CHECK-FIXES-ORDINARYCLASS: const char *home() { return app::Env::env("HOME"); }
