// Which bridge header the include fix-it picks when several bring the
// flagged header along: the one that includes it most closely; none (the
// candidates named) when several include it equally closely; and when a
// bridge header that brings it along is already included above, the fix
// deletes the redundant include (hosts place that report at the directive's
// first column or at its file name). All.hxx is listed first to show that the
// order of BridgeHeaders does not decide.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'app=%t.dir;kwsys=%t.dir/Inputs/kwsys', ssot-bridge-bypass.BridgeHeaders: 'kwsys=Inputs/kwsys/All.hxx,Inputs/kwsys/Directory.hxx,Inputs/kwsys/Glob.hxx'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/kwsys/Configure.hxx"
// CHECK-NOTES: :[[@LINE-1]]:10: warning: 'Inputs/kwsys/Configure.hxx' is internal to component 'kwsys'; include the bridge header this file needs instead [ssot-bridge-bypass]
// CHECK-NOTES: :[[@LINE-2]]:10: note: no fix-it: 2 bridge headers of component 'kwsys' include 'Inputs/kwsys/Configure.hxx' directly: 'Inputs/kwsys/Directory.hxx', 'Inputs/kwsys/Glob.hxx'
// CHECK-FIXES: {{^}}#include "Inputs/kwsys/Configure.hxx"
#include "Inputs/kwsys/detail/glob_impl.hxx"
// CHECK-NOTES: :[[@LINE-1]]:10: warning: 'Inputs/kwsys/detail/glob_impl.hxx' is internal to component 'kwsys'; include its bridge header 'Inputs/kwsys/Glob.hxx' [ssot-bridge-bypass]
// CHECK-NOTES: :[[@LINE-2]]:10: note: FIX-IT applied suggested code changes
// CHECK-FIXES: {{^}}#include "Inputs/kwsys/Glob.hxx"
#include "Inputs/kwsys/Directory.hxx"
#include "Inputs/kwsys/detail/dir_impl.hxx"
// CHECK-NOTES: :[[@LINE-1]]:{{1|10}}: warning: 'Inputs/kwsys/detail/dir_impl.hxx' is internal to component 'kwsys'; its bridge header 'Inputs/kwsys/Directory.hxx', included above, brings it along [ssot-bridge-bypass]
// CHECK-NOTES: :[[@LINE-2]]:{{1|10}}: note: FIX-IT applied suggested code changes
// CHECK-FIXES: {{^}}#include "Inputs/kwsys/Directory.hxx"
// CHECK-FIXES-NOT: {{^}}#include "Inputs/kwsys/detail/dir_impl.hxx"
// CHECK-FIXES: {{^}}static_assert(

static_assert(KWSYS_CONFIGURED + KWSYS_GLOB_IMPL + KWSYS_DIR_IMPL == 3, "");
