// AllowedFiles: files matching the regular expression (tests, say) may name
// anything; elsewhere the same code is reported.
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=ALLOWED -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents', ssot-bridge-bypass.AllowedFiles: '(^|/)allowed-files\.cpp$'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=OTHER -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents', ssot-bridge-bypass.AllowedFiles: '(^|/)unit-tests/'}}" -- -std=c++17

#include "Inputs/agents/engine.h"

int testFixture() { return agents::schedule(1); }
// CHECK-MESSAGES-OTHER: :[[@LINE-1]]:36: warning: 'agents::schedule' belongs to component 'agents'
// The ALLOWED run expects no diagnostic at all; make it check something.
// CHECK-FIXES-ALLOWED: int testFixture() { return agents::schedule(1); }
