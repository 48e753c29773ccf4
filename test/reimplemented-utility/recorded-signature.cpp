// A bypass fix-it is verified against the utility's declaration; a unit that
// does not include the utility's header can verify it against the signatures
// a recording run (option RecordFingerprints, over a unit that includes the
// header) wrote into the FingerprintDirectory, under the same rule. The fix
// then also includes the recorded header, and the fixed copy compiles.
// RECORDED: fixes where a recorded overload takes the arguments as they are,
//   none where none does.
// REJECTED: only the calls no record fits, so that their notes can be
//   checked: why, and from which recorded header.
// UNRECORDED: no directory, no record: no fix, as before.
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %t.dir/Inputs/sigrec/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::parse=::util::parse_number; ::raw::parse_wide=::util::parse_number; ::raw::sleep_ms=::util::nap; ::raw::count=::util::count; ::raw::up=::util::up', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp', ssot-reimplemented-utility.RecordFingerprints: 'true'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=RECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::parse=::util::parse_number; ::raw::parse_wide=::util::parse_number; ::raw::sleep_ms=::util::nap; ::raw::count=::util::count; ::raw::up=::util::up', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=REJECTED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::parse=::util::parse_number; ::raw::parse_wide=::util::parse_number; ::raw::sleep_ms=::util::nap; ::raw::count=::util::count; ::raw::up=::util::up', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" -- -std=c++17 -DREJECTED
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=UNRECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::parse=::util::parse_number; ::raw::parse_wide=::util::parse_number; ::raw::sleep_ms=::util::nap; ::raw::count=::util::count; ::raw::up=::util::up'}}" -- -std=c++17

#include "Inputs/sigrec/prim.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/sigrec/prim.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec/util.h"
// CHECK-FIXES-UNRECORDED-NOT: #include "Inputs/sigrec/util.h"

#ifndef REJECTED
// Of the two recorded overloads of util::parse_number, the one-argument one
// takes a `const char *` and returns `long`, as raw::parse does.
long parsed(const char *text) { return raw::parse(text); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:40: warning: direct call of 'raw::parse' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-2]]:40: warning: direct call of 'raw::parse' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-FIXES-RECORDED: long parsed(const char *text) { return ::util::parse_number(text); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:40: note: no fix-it: 'util::parse_number' cannot replace this call: it is not declared in this translation unit, so its parameters cannot be checked
// CHECK-FIXES-UNRECORDED: long parsed(const char *text) { return raw::parse(text); }

// util::up re-exports raw::up: recorded under its own name, with the header
// of its using-declaration, which the fix includes.
void shout(const char *text) { raw::up(text); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:32: warning: direct call of 'raw::up' bypasses the designated utility 'util::up' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-2]]:32: warning: direct call of 'raw::up' bypasses the designated utility 'util::up' [ssot-reimplemented-utility]
// CHECK-FIXES-RECORDED: void shout(const char *text) { ::util::up(text); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:32: note: no fix-it: 'util::up' cannot replace this call: it is not declared in this translation unit
// CHECK-FIXES-UNRECORDED: void shout(const char *text) { raw::up(text); }

// A mutable `char *` reaches the recorded `const char *` unchanged (the
// pointer only gains a qualifier), and so does a string literal: fixed.
long parsedMutable(char *text) { return raw::parse(text); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:41: warning: direct call of 'raw::parse' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-2]]:41: warning: direct call of 'raw::parse' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-FIXES-RECORDED: long parsedMutable(char *text) { return ::util::parse_number(text); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:41: note: no fix-it: 'util::parse_number' cannot replace this call: it is not declared in this translation unit
long parsedLiteral() { return raw::parse("12"); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:31: warning: direct call of 'raw::parse' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-2]]:31: warning: direct call of 'raw::parse' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-FIXES-RECORDED: long parsedLiteral() { return ::util::parse_number("12"); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:31: note: no fix-it: 'util::parse_number' cannot replace this call: it is not declared in this translation unit

#endif
// util::nap takes a `long`; the argument is an `int`: no fix, as with the
// declaration visible.
void pause() { raw::sleep_ms(5); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:16: warning: direct call of 'raw::sleep_ms' bypasses the designated utility 'util::nap' [ssot-reimplemented-utility]
// CHECK-NOTES-REJECTED: :[[@LINE-2]]:16: warning: direct call of 'raw::sleep_ms' bypasses the designated utility 'util::nap' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:16: warning: direct call of 'raw::sleep_ms' bypasses the designated utility 'util::nap' [ssot-reimplemented-utility]
// CHECK-NOTES-REJECTED: :[[@LINE-4]]:16: note: no fix-it: 'util::nap' cannot replace this call: argument 1 has type 'int', the utility takes 'long' (as recorded from '{{.*}}Inputs{{[/\\]}}sigrec{{[/\\]}}util.h')
// CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:16: note: no fix-it: 'util::nap' cannot replace this call: it is not declared in this translation unit
// CHECK-FIXES-RECORDED: void pause() { raw::sleep_ms(5); }
// CHECK-FIXES-UNRECORDED: void pause() { raw::sleep_ms(5); }

// A wide string is not the recorded `const char *`: no fix, and the reason is
// about the overload that takes one argument, not the other overload's arity
// (whatever order the records are read in).
long parsedWide(const wchar_t *text) { return raw::parse_wide(text); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:47: warning: direct call of 'raw::parse_wide' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-NOTES-REJECTED: :[[@LINE-2]]:47: warning: direct call of 'raw::parse_wide' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:47: warning: direct call of 'raw::parse_wide' bypasses the designated utility 'util::parse_number' [ssot-reimplemented-utility]
// CHECK-NOTES-REJECTED: :[[@LINE-4]]:47: note: no fix-it: 'util::parse_number' cannot replace this call: argument 1 has type 'const wchar_t *', the utility takes 'const char *' (as recorded from '{{.*}}util.h')
// CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:47: note: no fix-it: 'util::parse_number' cannot replace this call: it is not declared in this translation unit
// CHECK-FIXES-RECORDED: long parsedWide(const wchar_t *text) { return raw::parse_wide(text); }

// util::count returns `int`, raw::count `long`: the result is used, no fix;
// where the result is discarded, the fix is offered.
long counted(const char *text) { return raw::count(text); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:41: warning: direct call of 'raw::count' bypasses the designated utility 'util::count' [ssot-reimplemented-utility]
// CHECK-NOTES-REJECTED: :[[@LINE-2]]:41: warning: direct call of 'raw::count' bypasses the designated utility 'util::count' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:41: warning: direct call of 'raw::count' bypasses the designated utility 'util::count' [ssot-reimplemented-utility]
// CHECK-NOTES-REJECTED: :[[@LINE-4]]:41: note: no fix-it: 'util::count' cannot replace this call: its result type 'int' is not the call's 'long', and the result is used (as recorded from '{{.*}}util.h')
// CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:41: note: no fix-it: 'util::count' cannot replace this call: it is not declared in this translation unit
// CHECK-FIXES-RECORDED: long counted(const char *text) { return raw::count(text); }
// CHECK-FIXES-UNRECORDED: long counted(const char *text) { return raw::count(text); }
#ifndef REJECTED
void touch(const char *text) { raw::count(text); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:32: warning: direct call of 'raw::count' bypasses the designated utility 'util::count' [ssot-reimplemented-utility]
// CHECK-NOTES-UNRECORDED: :[[@LINE-2]]:32: warning: direct call of 'raw::count' bypasses the designated utility 'util::count' [ssot-reimplemented-utility]
// CHECK-FIXES-RECORDED: void touch(const char *text) { ::util::count(text); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:32: note: no fix-it: 'util::count' cannot replace this call: it is not declared in this translation unit
// CHECK-FIXES-UNRECORDED: void touch(const char *text) { raw::count(text); }

#endif

// Look-alikes: another namespace's parse is not the primitive.
namespace other {
long parse(const char *text);
}
long fine(const char *text) { return other::parse(text); }

