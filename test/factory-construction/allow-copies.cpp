// AllowCopies (default true): copying or moving an engine that already
// exists is not a bypass. With AllowCopies false every copy and move outside
// the factory and the class is reported as well.
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=DEFAULT -- -- -std=c++17 -I%ssot_include
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=TRUE -- -config="{CheckOptions: {ssot-factory-construction.AllowCopies: 'true'}}" -- -std=c++17 -I%ssot_include
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=FALSE -- -config="{CheckOptions: {ssot-factory-construction.AllowCopies: false}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include <optional>
#include <vector>

int copies(const core::Engine &Existing, core::Engine Other) {
  core::Engine Fresh("fresh", 1);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  // CHECK-MESSAGES-TRUE: :[[@LINE-2]]:16: warning: 'core::Engine' is constructed directly;
  // CHECK-MESSAGES-FALSE: :[[@LINE-3]]:16: warning: 'core::Engine' is constructed directly;
  core::Engine Copy = Existing;
  // CHECK-MESSAGES-FALSE: :[[@LINE-1]]:23: warning: 'core::Engine' is constructed directly;
  core::Engine Moved(std::move(Other));
  // CHECK-MESSAGES-FALSE: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  auto Owned = std::make_unique<core::Engine>(Existing);
  // CHECK-MESSAGES-FALSE: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed through 'std::make_unique';
  std::vector<core::Engine> V;
  V.emplace_back(Copy);
  // CHECK-MESSAGES-FALSE: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace_back';
  std::optional<core::Engine> O(std::in_place, Moved);
  // CHECK-MESSAGES-FALSE: :[[@LINE-1]]:31: warning: 'core::Engine' is constructed through 'std::optional';
  core::Engine *Heap = new core::Engine(Existing);
  // CHECK-MESSAGES-FALSE: :[[@LINE-1]]:24: warning: 'core::Engine' is constructed with 'new';
  int N = Heap->threads() + Owned->threads() + O->threads();
  delete Heap;
  return N;
}
