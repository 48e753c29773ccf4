// The factories are tried in their designated order, a declared one through
// its declaration and an undeclared one through its record: here the first,
// declared in this unit, does not take two arguments, and the second,
// declared only in a header this unit does not include, was recorded. The fix
// calls the second and includes its header; without the record each factory
// gets a note saying why it was not used.
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-factory-construction %t.dir/Inputs/sigrec/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::makeWidget', ssot-factory-construction.FingerprintDirectory: '%t.fp', ssot-factory-construction.RecordSignatures: 'true'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=RECORDED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::sized|::app::makeWidget', ssot-factory-construction.FingerprintDirectory: '%t.fp'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=UNRECORDED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::sized|::app::makeWidget'}}" -- -std=c++17

#include "Inputs/sigrec/widget.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/sigrec/factory.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec/widget.h"
#include <memory>
#include <string>

namespace app {
std::unique_ptr<Widget> sized(int Size);
} // namespace app

std::unique_ptr<app::Widget> make() {
  return std::make_unique<app::Widget>("w", 1);
}
// CHECK-MESSAGES-RECORDED: :[[@LINE-2]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'; create it through its factory 'app::sized' or 'app::makeWidget' [ssot-factory-construction]
// CHECK-FIXES-RECORDED: return ::app::makeWidget("w", 1);
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'; create it through its factory 'app::sized', or use 'app::makeWidget' instead [ssot-factory-construction]
// CHECK-NOTES-UNRECORDED: :20:25: note: factory declared here
// CHECK-NOTES-UNRECORDED: :[[@LINE-6]]:10: note: no fix-it: the factory 'app::sized' cannot replace this construction: it does not take 2 arguments
// CHECK-NOTES-UNRECORDED: :[[@LINE-7]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared in this translation unit
