// A bridge designated in code with SSOT_BRIDGE: found from the declarations
// this file names, whether or not the Bridges option names it.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;storage=%t.dir/Inputs/storage'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/storage/store.h"

int viaBridge() {
  storage::Store S;
  storage::Blob B = S.get(3); // returned by the bridge: its interface
  return B.Size;
}

int bypass() {
  storage::Cache C;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'storage::Cache' belongs to component 'storage'; component 'websocket' reaches it only through its bridge 'storage::Store' [ssot-bridge-bypass]
  return C.lookup(1).Size;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'storage::Cache::lookup' belongs to component 'storage'
}
