// An accessor layer designated only by annotation is unknown to a unit that
// does not include its header: nothing names it there. A recording run over
// a unit that sees it marks its records with the annotation, and a unit
// without the header reads the layer from them: the warning names the
// layer's first reader (in name order), and the fix calls the first reader
// whose recorded signature accepts the call ('cfg::get' needs two arguments,
// 'cfg::read' takes this one), spelled as for a visible annotated reader, and
// includes the recorded header.
// RECORDED: the annotated records are read.
// UNRECORDED: no directory: nothing designates an accessor here, as before.
// NAMED: an 'Accessor' option names the layer instead; the annotated records
//   are not searched for (the option's reader has no record: no fix).
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-env-access %t.dir/Inputs/sigrec-annotated/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-env-access.FingerprintDirectory: '%t.fp', ssot-env-access.RecordSignatures: 'true'}}" -- -std=c++17 -I %ssot_include
// RUN: grep -l '^annotation ssot::env_accessor$' %t.fp/cfg..get.*.sig %t.fp/cfg..read.*.sig
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=RECORDED -- -config="{CheckOptions: {ssot-env-access.FingerprintDirectory: '%t.fp'}}" -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=UNRECORDED -- -- -std=c++17
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=NAMED -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::other', ssot-env-access.FingerprintDirectory: '%t.fp'}}" -- -std=c++17

#include "Inputs/fake_stdlib.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/fake_stdlib.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec-annotated/env.h"

const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::get' [ssot-env-access]
// CHECK-FIXES-RECORDED: const char *home() { return cfg::read("HOME"); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:29: warning: direct environment access through 'getenv'; no designated accessor is configured (set option 'Accessor' or annotate one with 'ssot::env_accessor') [ssot-env-access]
// CHECK-NOTES-NAMED: :[[@LINE-4]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::other' [ssot-env-access]
// CHECK-NOTES-NAMED: :[[@LINE-5]]:29: note: no fix-it: the accessor 'cfg::other' is not declared in this translation unit{{$}}
