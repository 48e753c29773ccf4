// A class in an unnamed namespace is designated by the name C++ gives it from
// the enclosing namespace ('::store::Cache'), as a factory there is; a class
// of the same name in a named inner namespace is not designated.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::store::Cache=::store::makeCache;::store::Shard=::store::Cache'}}" -- -std=c++17

#include <memory>

namespace store {
namespace {
class Cache {
public:
  explicit Cache(int Size) : Size(Size) {}
  int Size;
  int shard();
};
std::unique_ptr<Cache> makeCache(int Size) {
  return std::make_unique<Cache>(Size);
}
struct Shard {
  int Slot = 0;
};
// The factory class's own members construct.
int Cache::shard() { return Shard().Slot; }
} // namespace

namespace detail {
// A look-alike: not the designated class.
struct Cache {
  int Size = 0;
};
} // namespace detail
} // namespace store

int use() {
  store::Cache C(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'store::(anonymous namespace)::Cache' is constructed directly; create it through its factory 'store::makeCache' [ssot-factory-construction]
  auto P = std::make_unique<store::Cache>(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'store::(anonymous namespace)::Cache' is constructed through 'std::make_unique'; create it through its factory 'store::makeCache'
  // CHECK-FIXES: auto P = ::store::makeCache(2);
  store::Shard S;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'store::(anonymous namespace)::Shard' is constructed directly; use 'store::Cache' instead
  store::detail::Cache D;
  return C.Size + P->Size + S.Slot + D.Size;
}
