// Several factories, none declared in this unit: the fix comes from the
// first factory with a current record. '::app::WidgetPool' is a class the
// unit never sees (nothing is recorded for it); '::app::makeWidget' was
// recorded from a unit that includes its header. The warning names both,
// the first without a kind (the unit cannot tell a class from a function).
// The recording run writes the records of every factory in the list.
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-factory-construction %t.dir/Inputs/sigrec/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::WidgetPool|::app::makeWidget', ssot-factory-construction.FingerprintDirectory: '%t.fp', ssot-factory-construction.RecordSignatures: 'true'}}" -- -std=c++17
// RUN: ls %t.fp | FileCheck %s --check-prefix=FILES
// FILES: app..makeWidget.{{[0-9A-F]+}}.sig
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=RECORDED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::WidgetPool|::app::makeWidget', ssot-factory-construction.FingerprintDirectory: '%t.fp'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=UNRECORDED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::app::Widget=::app::WidgetPool|::app::makeWidget'}}" -- -std=c++17

#include "Inputs/sigrec/widget.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/sigrec/factory.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec/widget.h"
#include <memory>
#include <string>

std::unique_ptr<app::Widget> make() {
  return std::make_unique<app::Widget>("w", 1);
}
// CHECK-MESSAGES-RECORDED: :[[@LINE-2]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'; create it through its factory 'app::makeWidget', or use 'app::WidgetPool' instead [ssot-factory-construction]
// CHECK-FIXES-RECORDED: return ::app::makeWidget("w", 1);
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:10: warning: 'app::Widget' is constructed through 'std::make_unique'; use 'app::WidgetPool' or 'app::makeWidget' instead [ssot-factory-construction]
// CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:10: note: no fix-it: the factory 'app::WidgetPool' is not declared in this translation unit
// CHECK-NOTES-UNRECORDED: :[[@LINE-6]]:10: note: no fix-it: the factory 'app::makeWidget' is not declared in this translation unit
