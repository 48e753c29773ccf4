// A fix-it is verified against the factory's declaration; a unit that does
// not include the factory's header can verify it against the signature a
// recording run wrote (option RecordSignatures, over a unit that includes the
// header) into the FingerprintDirectory, by the same rules. The fix then also
// includes the recorded header, and the fixed copy compiles.
// RECORDED: fixes where the recorded factory accepts the arguments (a string
//   literal through std::string's converting constructor) and returns the
//   unique_ptr the construction needs; none where it does not.
// REJECTED: only the constructions the record rejects, so that the notes
//   can be checked: no fix, and the note says why.
// UNRECORDED: no directory, no record: no fix, as before.
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-factory-construction %t.dir/Inputs/sigrec/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::makeWidget;::app::Pinned=::app::makePinned', ssot-factory-construction.FingerprintDirectory: '%t.fp', ssot-factory-construction.RecordSignatures: 'true'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=RECORDED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::makeWidget;::app::Pinned=::app::makePinned', ssot-factory-construction.FingerprintDirectory: '%t.fp'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=REJECTED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::makeWidget;::app::Pinned=::app::makePinned', ssot-factory-construction.FingerprintDirectory: '%t.fp'}}" -- -std=c++17 -DREJECTED
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=UNRECORDED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::makeWidget;::app::Pinned=::app::makePinned'}}" -- -std=c++17

#include "Inputs/sigrec/widget.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/sigrec/factory.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec/widget.h"
// CHECK-FIXES-REJECTED-NOT: #include "Inputs/sigrec/factory.h"
#include <memory>
#include <string>

#ifndef REJECTED
// A string literal initialises the `const std::string &` parameter through
// std::string's converting constructor (a template in libstdc++).
std::unique_ptr<app::Widget> literal() {
  return std::make_unique<app::Widget>("w", 1);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'; create it through its factory 'app::makeWidget' [ssot-factory-construction]
  // CHECK-FIXES-RECORDED: return ::app::makeWidget("w", 1);
  // CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'; use 'app::makeWidget' instead [ssot-factory-construction]
  // CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared in this translation unit{{$}}
}

// `new` of one object becomes the factory's pointer, released.
app::Widget *raw(const std::string &Name, short Size) {
  return new app::Widget(Name, Size);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'app::Widget' is constructed with 'new'; create it through its factory 'app::makeWidget'
  // CHECK-FIXES-RECORDED: return ::app::makeWidget(Name, Size).release();
  // CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:10: warning: 'app::Widget' is constructed with 'new'
  // CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared
}

// make_shared of a factory returning unique_ptr keeps its shared_ptr type.
std::shared_ptr<app::Widget> shared(std::string Name) {
  return std::make_shared<app::Widget>(Name, 2);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'app::Widget' is constructed through 'std::make_shared'
  // CHECK-FIXES-RECORDED: return std::shared_ptr<app::Widget>(::app::makeWidget(Name, 2));
  // CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:10: warning: 'app::Widget' is constructed through 'std::make_shared'
  // CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared
}
#endif

// The recorded parameter 1 is a `const std::string &`: a double is no name.
std::unique_ptr<app::Widget> scaled() {
  return std::make_unique<app::Widget>(2.5, 2);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'
  // CHECK-FIXES-RECORDED: return std::make_unique<app::Widget>(2.5, 2);
  // CHECK-NOTES-REJECTED: :[[@LINE-3]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'
  // CHECK-NOTES-REJECTED: :[[@LINE-4]]:10: note: no fix-it: the factory 'app::makeWidget' cannot replace this construction: its parameter 1 of type 'const std::basic_string<char> &' does not accept the argument of type 'double' (as recorded from '{{.*}}Inputs{{[/\\]}}sigrec{{[/\\]}}factory.h')
  // CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'
  // CHECK-NOTES-UNRECORDED: :[[@LINE-6]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared
}

// The factory takes two arguments.
std::unique_ptr<app::Widget> sized() {
  return std::make_unique<app::Widget>(3);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'
  // CHECK-FIXES-RECORDED: return std::make_unique<app::Widget>(3);
  // CHECK-NOTES-REJECTED: :[[@LINE-3]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'
  // CHECK-NOTES-REJECTED: :[[@LINE-4]]:10: note: no fix-it: the factory 'app::makeWidget' cannot replace this construction: it does not take 1 argument (as recorded from '{{.*}}factory.h')
  // CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'
  // CHECK-NOTES-UNRECORDED: :[[@LINE-6]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared
}

// A variable is constructed directly: never rewritten, record or not.
int direct() {
  app::Widget W("d", 1);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:15: warning: 'app::Widget' is constructed directly; create it through its factory 'app::makeWidget'
  // CHECK-NOTES-REJECTED: :[[@LINE-2]]:15: warning: 'app::Widget' is constructed directly
  // CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:15: warning: 'app::Widget' is constructed directly
  return W.Size;
}

// The factory's unique_ptr would be destroyed here, but Pinned's destructor
// is private: `makePinned(1).release()` does not compile.
app::Pinned *pinned() {
  return new app::Pinned(1);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'app::Pinned' is constructed with 'new'; create it through its factory 'app::makePinned'
  // CHECK-FIXES-RECORDED: return new app::Pinned(1);
  // CHECK-NOTES-REJECTED: :[[@LINE-3]]:10: warning: 'app::Pinned' is constructed with 'new'
  // CHECK-NOTES-REJECTED: :[[@LINE-4]]:10: note: no fix-it: the factory 'app::makePinned' cannot replace this construction: its std::unique_ptr result cannot be destroyed here: 'app::Pinned' has no public destructor (as recorded from '{{.*}}factory.h')
  // CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:10: warning: 'app::Pinned' is constructed with 'new'
  // CHECK-NOTES-UNRECORDED: :[[@LINE-6]]:10: note: no fix-it: the factory 'app::makePinned' is not declared
}
