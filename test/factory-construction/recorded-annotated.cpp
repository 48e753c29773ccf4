// A class designated only by its annotation: a unit that constructs it sees
// the annotation, but not necessarily its factory's header. A recording run
// over a unit that sees both (with no Factories option) records the factory
// the annotation names, and the unit that does not include the factory's
// header gets the fix from that record, with the include.
// RECORDED: the record is read. UNRECORDED: no directory, as before.
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-factory-construction %t.dir/Inputs/sigrec-annotated/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-factory-construction.FingerprintDirectory: '%t.fp', ssot-factory-construction.RecordSignatures: 'true'}}" -- -std=c++17 -I %ssot_include
// RUN: ls %t.fp | FileCheck %s --check-prefix=FILES
// FILES: app..makeGadget.{{[0-9A-F]+}}.sig
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=RECORDED -- -config="{CheckOptions: {ssot-factory-construction.FingerprintDirectory: '%t.fp'}}" -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=UNRECORDED -- -- -std=c++17 -I %ssot_include

#include "Inputs/sigrec-annotated/gadget.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/sigrec-annotated/gadget.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec-annotated/gadget_factory.h"
#include <memory>

std::unique_ptr<app::Gadget> make() {
  return std::make_unique<app::Gadget>(3);
}
// CHECK-MESSAGES-RECORDED: :[[@LINE-2]]:10: warning: 'app::Gadget' is constructed through 'std::make_unique'; create it through its factory 'app::makeGadget' [ssot-factory-construction]
// CHECK-FIXES-RECORDED: return ::app::makeGadget(3);
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:10: warning: 'app::Gadget' is constructed through 'std::make_unique'; use 'app::makeGadget' instead [ssot-factory-construction]
// CHECK-NOTES-UNRECORDED: :[[@LINE-5]]:10: note: no fix-it: the factory 'app::makeGadget' is not declared in this translation unit
