// A construction inside a header is reported in that header when the header
// filter shows it. This file itself is clean, so the HIDDEN run (which
// expects no diagnostic at all) fails if the header's diagnostic leaks.
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=SHOWN -- -header-filter=.* -- -std=c++17 -I%ssot_include
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=HIDDEN -- -header-filter=^$ -- -std=c++17 -I%ssot_include

#include "Inputs/uses_engine.h"
// CHECK-MESSAGES-SHOWN: Inputs{{[/\\]}}uses_engine.h:4:45: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create'

int user() { return headerEngine().threads(); }
// CHECK-FIXES-HIDDEN: int user() { return headerEngine().threads(); }
