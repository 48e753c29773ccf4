// Every project header is included by its rooted spelling. Two roots
// (Inputs/src, and Inputs/lib reached through a symlinked directory made
// here, since a checkout need not keep symlinks) plus the test folder the
// driver puts on the include path; the fixed tree must include exactly the
// files the original did, and a second run over it must report nothing.
// -header-filter=.* is clang-tidy 22's default; 19's ('') would hide the findings in headers.
// RUN: rm -rf %t.link %t.orig %t.orig.link && mkdir -p %t.orig
// RUN: ln -s %t.dir/Inputs/lib %t.link
// RUN: cp -r %S/Inputs %s %t.orig/ && ln -s %t.orig/Inputs/lib %t.orig.link
// RUN: %clang -M -x c++ -std=c++17 -I %t.orig/Inputs/src -I %t.orig.link -I %t.orig %t.orig/rooted-spellings.cpp \
// RUN:   | %python %S/../tools/included_files.py %t.orig > %t.before
// RUN: %check_ssot %s ssot-relative-include %t -- -header-filter=.* -- -std=c++17 -I %t.dir/Inputs/src -I %t.link
// RUN: %clang -M -x c++ -std=c++17 -I %t.dir/Inputs/src -I %t.link -I %t.dir %t.dir/rooted-spellings.cpp \
// RUN:   | %python %S/../tools/included_files.py %t.dir > %t.after
// RUN: diff %t.before %t.after
// RUN: %if !host-clangd %{ FileCheck --check-prefix=READER --input-file=%t.dir/Inputs/src/core/reader.h %s %}
// RUN: %if !host-clangd %{ FileCheck --check-prefix=LOCAL --input-file=%t.dir/Inputs/src/core/local.h %s %}
// RUN: %check_ssot %t.dir/rooted-spellings.cpp ssot-relative-include %t.again -- -header-filter=.* -- -std=c++17 -I %t.dir/Inputs/src -I %t.link

// Findings in headers come first (clang-tidy sorts them by file).
// CHECK-MESSAGES: Inputs{{[/\\]}}src{{[/\\]}}app{{[/\\]}}app.h:4:10: warning: 'core/config.h' is a project header included with angle brackets; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-MESSAGES: Inputs{{[/\\]}}src{{[/\\]}}core{{[/\\]}}local.h:4:10: warning: 'config.h' is found next to the including file; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-MESSAGES: Inputs{{[/\\]}}src{{[/\\]}}core{{[/\\]}}reader.h:5:10: warning: '../util.h' is a relative include; include it as "Inputs/src/util.h" (rooted at '{{.*}}') [ssot-relative-include]
// CHECK-MESSAGES: Inputs{{[/\\]}}src{{[/\\]}}core{{[/\\]}}reader.h:6:10: warning: 'util.h' is found next to the including file; include it as "core/util.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]

#include "./Inputs/src/util.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "util.h"{{$}}
#include "Inputs/src/app/../core/config.h" /* a comment stays */
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Inputs/src/app/../core/config.h' is a relative include; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "core/config.h" /* a comment stays */{{$}}

// Found next to this file, through the folder Inputs/lib; the root is the
// symlink to that folder.
#include "./Inputs/lib/net/socket.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/lib/net/socket.h' is a relative include; include it as "net/socket.h" (rooted at '{{.*}}.link') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "net/socket.h"{{$}}
#include <net/socket.h>
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'net/socket.h' is a project header included with angle brackets; include it as "net/socket.h" (rooted at '{{.*}}.link') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "net/socket.h"{{$}}

// Shadowing: "util.h" would find Inputs/src/util.h first, so the fix takes
// the next rooted spelling. Inside #if, as any include.
#if defined(__cplusplus)
#include "./Inputs/lib/util.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/lib/util.h' is a relative include; include it as "Inputs/lib/util.h" (rooted at '{{.*}}') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "Inputs/lib/util.h"{{$}}
#endif
#if 0
#include "./Inputs/lib/util.h"
#endif

// Headers that include relatively (reported in the header, fixed there).
#include "core/reader.h"
// READER: #include "Inputs/src/util.h"
// READER-NEXT: #include "core/util.h"
#include "core/local.h"
// LOCAL: #include "core/config.h" // keep this comment
#include "Inputs/src/app/app.h"

// Rooted spellings, system headers and #include_next are left alone.
#include "core/config.h"
#include "net/socket.h"
#include <stddef.h>
#include_next "./Inputs/src/util.h"

int declaredFirst();

// __has_include names a header as #include does (after a declaration, so
// that it is outside clangd's preamble and every host sees it).
#if __has_include("./Inputs/src/util.h")
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#if __has_include("util.h"){{$}}
#endif
#if __has_include("./no/such/header.h") || __has_include(<stddef.h>)
#endif

int main() { return src_util() + config_value() + socket_open() + lib_util(); }
