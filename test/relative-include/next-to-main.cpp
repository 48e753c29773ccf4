// Rule 2 in the main file: the copy of this file sits in Inputs/src/app,
// next to widget.h and gadget.h, where only the including file's own folder
// finds them by their bare names. Once in the preamble (clangd replays the
// directive) and once after a declaration (clangd's main-file AST).
// RUN: %check_ssot --main-dir=Inputs/src/app %s ssot-relative-include %t -- -- -std=c++17 -I %t.dir/Inputs/src

#include "widget.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'widget.h' is found next to the including file; include it as "app/widget.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "app/widget.h"{{$}}
#include "core/config.h"

int declaredFirst();

#include "gadget.h" // trailing text stays
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gadget.h' is found next to the including file; include it as "app/gadget.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "app/gadget.h" // trailing text stays{{$}}
#include "app/widget.h"

int use() { return widget() + gadget() + config_value(); }
