// AllowedFiles: construction in files whose path matches the regular
// expression (tests, say) is allowed; elsewhere it is reported.
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=ALLOWED -- -config="{CheckOptions: {ssot-factory-construction.AllowedFiles: '(^|/)allowed-files\.cpp$'}}" -- -std=c++17 -I%ssot_include
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=OTHER -- -config="{CheckOptions: {ssot-factory-construction.AllowedFiles: '(^|/)unit-tests/'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"

int testFixture() {
  core::Engine Engine("fixture", 1);
  // CHECK-MESSAGES-OTHER: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  return Engine.threads();
}
// The ALLOWED run expects no diagnostic at all; make it check something.
// CHECK-FIXES-ALLOWED: core::Engine Engine("fixture", 1);
