// The annotation may name a class as the factory: every member of that class
// (inline, out of line, static) may construct; nothing else may, and the
// diagnostic gets no fix-it because which member to call is a human choice.
// RUN: %check_ssot %s ssot-factory-construction %t -- -- -std=c++17 -I%ssot_include

#include <ssot/annotations.h>
#include <memory>
#include <vector>

namespace shop {
class Item;
class Registry {
public:
  Item add(int Id);
  std::unique_ptr<Item> addOwned(int Id);
  static Item sample();
  std::vector<Item> Items;
};

class SSOT_FACTORY("shop::Registry") Item {
public:
  explicit Item(int Id) : Id(Id) {}
  int Id;
};

inline Item Registry::add(int Id) {
  Items.emplace_back(Id);
  return Item(Id);
}
inline std::unique_ptr<Item> Registry::addOwned(int Id) {
  return std::make_unique<Item>(Id);
}
inline Item Registry::sample() { return Item(0); }
} // namespace shop

int outside() {
  shop::Item A(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'shop::Item' is constructed directly; create it through a member of 'shop::Registry'
  auto B = std::make_unique<shop::Item>(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'shop::Item' is constructed through 'std::make_unique'; create it through a member of 'shop::Registry'
  // CHECK-FIXES: auto B = std::make_unique<shop::Item>(2);
  shop::Registry R;
  return A.Id + B->Id + R.add(3).Id + shop::Registry::sample().Id;
}
