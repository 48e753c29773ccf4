// Includes written in a file that AllowedFiles matches are not checked.
// -header-filter=.* is clang-tidy 22's default; 19's ('') would hide the findings in headers.
// RUN: %check_ssot %s ssot-relative-include %t -check-suffix=ALL -- -header-filter=.* -- -std=c++17 -I %t.dir/Inputs/src
// RUN: %check_ssot %s ssot-relative-include %t -- -header-filter=.* -config="{CheckOptions: {ssot-relative-include.AllowedFiles: 'allowed-files\.cpp$|/core/'}}" -- -std=c++17 -I %t.dir/Inputs/src

// CHECK-MESSAGES-ALL: Inputs{{[/\\]}}src{{[/\\]}}core{{[/\\]}}local.h:4:10: warning: 'config.h' is found next to the including file
#include "./Inputs/src/util.h"
// CHECK-MESSAGES-ALL: :[[@LINE-1]]:10: warning: './Inputs/src/util.h' is a relative include
#include "core/local.h"

int use() { return src_util() + local(); }
