// AllowedFiles exempts matching files; AdditionalFunctions adds functions.
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=ALLOWED -- -config="{CheckOptions: {ssot-env-access.AllowedFiles: 'allowed-files\.cpp'}}"
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=EXTRA -- -config="{CheckOptions: {ssot-env-access.AdditionalFunctions: '::legacy::read_env'}}"
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=OTHER -- -config="{CheckOptions: {ssot-env-access.AllowedFiles: 'unrelated\.cpp$'}}"

#include "Inputs/fake_stdlib.h"

namespace legacy { const char *read_env(const char *name); }
namespace other { const char *read_env(const char *name); }

const char *a() { return getenv("A"); }
// CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:26: warning: direct environment access through 'getenv'
// CHECK-MESSAGES-OTHER: :[[@LINE-2]]:26: warning: direct environment access through 'getenv'
const char *b() { return legacy::read_env("B"); }
// CHECK-MESSAGES-EXTRA: :[[@LINE-1]]:26: warning: direct environment access through 'legacy::read_env'
const char *c() { return other::read_env("C"); }
