// Macros are reported at each expansion site and never rewritten; templates
// once per written location, however often they are instantiated.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}"
#include "Inputs/core-env.h"
#include "Inputs/core-config.h"

#define HOME_DIR() getenv("HOME")
#define READ(Name) Name

const char *first() { return HOME_DIR(); }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: direct environment access through 'getenv'
// CHECK-FIXES: const char *first() { return HOME_DIR(); }
const char *second() { return HOME_DIR(); }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: direct environment access through 'getenv'
// CHECK-FIXES: const char *second() { return HOME_DIR(); }

// The call is written in a macro argument: reported where it is written,
// but left alone, since the macro decides what the argument becomes.
const char *argument() { return READ(getenv("USER")); }
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: direct environment access through 'getenv'
// CHECK-FIXES: const char *argument() { return READ(getenv("USER")); }

// A dependent call is reported once, in the template as written, and not
// rewritten: whether the accessor accepts it depends on each instantiation.
template <typename T> const char *lookup() { return getenv(T::Name); }
// CHECK-MESSAGES: :[[@LINE-1]]:53: warning: direct environment access through 'getenv'
// CHECK-FIXES: template <typename T> const char *lookup() { return getenv(T::Name); }

template <typename T> int count() { return T::Size + (environ != nullptr); }
// CHECK-MESSAGES: :[[@LINE-1]]:55: warning: direct environment access through variable 'environ'

struct A { static constexpr const char *Name = "A"; static const int Size = 1; };
struct B { static constexpr const char *Name = "B"; static const int Size = 2; };
int use() { return lookup<A>() == lookup<B>() ? count<A>() : count<B>(); }
