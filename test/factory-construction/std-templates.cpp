// Construction that a standard library template performs for user code is
// reported once, at the user's call, never inside the system header. Passing
// an object that already exists copies or moves it: not a bypass.
// RUN: %check_ssot %s ssot-factory-construction %t -- -- -std=c++20 -I%ssot_include
// With system headers shown, a report from inside <memory> or <vector> would
// be an unexpected diagnostic: the same expectations must hold.
// RUN: %check_ssot %s ssot-factory-construction %t -- -system-headers -header-filter=.* -- -std=c++20 -I%ssot_include

#include "Inputs/engine.h"
#include <any>
#include <deque>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <variant>
#include <vector>

void smartPointers(const core::Engine &Existing) {
  auto A = std::make_unique<core::Engine>(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique'; create it through its factory 'core::EngineFactory::create' [ssot-factory-construction]
  auto B = std::make_shared<core::Engine>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_shared';
  auto C = std::allocate_shared<core::Engine>(std::allocator<core::Engine>(), "c", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::allocate_shared';
  auto D = std::make_unique<core::Engine[]>(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique';
  auto E = std::make_unique_for_overwrite<core::Engine>();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::make_unique_for_overwrite';
  // Copies of an existing engine.
  auto F = std::make_unique<core::Engine>(Existing);
  auto G = std::make_shared<core::Engine>(core::Engine::defaults());
}

void containers(const core::Engine &Existing, core::Engine &&Moved) {
  std::vector<core::Engine> V;
  V.emplace_back("v", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace_back';
  V.emplace(V.begin(), 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace';
  std::deque<core::Engine> D;
  D.emplace_front("d", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace_front';
  std::list<core::Engine> L;
  L.emplace_back();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace_back';
  std::map<int, core::Engine> M;
  M.try_emplace(1, "m", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'try_emplace';
  M.emplace_hint(M.end(), std::piecewise_construct, std::forward_as_tuple(2),
                 std::forward_as_tuple("m", 2));
  // CHECK-MESSAGES: :[[@LINE-2]]:5: warning: 'core::Engine' is constructed through 'emplace_hint';
  std::unordered_map<int, core::Engine> U;
  U.try_emplace(1, 5);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'try_emplace';

  // Copies and moves of existing engines are not bypasses.
  V.emplace_back(Existing);
  V.emplace_back(std::move(Moved));
  D.emplace_front(Existing);
  M.try_emplace(3, Existing);
  M.emplace(4, Existing);
  M.emplace(std::make_pair(5, Existing));
  V.push_back(Existing);
}

void wrappers(const core::Engine &Existing, core::Engine *Storage) {
  std::optional<core::Engine> O(std::in_place, "o", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'core::Engine' is constructed through 'std::optional';
  O.emplace("o", 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace';
  auto MO = std::make_optional<core::Engine>("mo", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'core::Engine' is constructed through 'std::make_optional';
  std::variant<int, core::Engine> VT(std::in_place_type<core::Engine>, "t", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'core::Engine' is constructed through 'std::variant';
  std::variant<int, core::Engine> VI(std::in_place_index<1>, "i", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 'core::Engine' is constructed through 'std::variant';
  VT.emplace<core::Engine>(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'core::Engine' is constructed through 'emplace';
  VI.emplace<1>(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'core::Engine' is constructed through 'emplace';
  std::any A(std::in_place_type<core::Engine>, "a", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'core::Engine' is constructed through 'std::any';
  A.emplace<core::Engine>(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'core::Engine' is constructed through 'emplace';
  auto MA = std::make_any<core::Engine>("ma", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'core::Engine' is constructed through 'std::make_any';
  std::construct_at(Storage, "at", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'core::Engine' is constructed through 'std::construct_at';

  // Alternatives that are not designated, and copies of existing engines.
  VI.emplace<0>(9);
  std::variant<int, core::Engine> VN(std::in_place_index<0>, 1);
  std::optional<core::Engine> OC(Existing);
  std::optional<core::Engine> OI(std::in_place, Existing);
  O.emplace(Existing);
  std::any AC(Existing);
  auto MC = std::make_optional(Existing);
  std::construct_at(Storage, Existing);
  std::optional<int> OInt(std::in_place, 3);
}
