// A class with two creators: the store's members and a free function.
#include <memory>

namespace kv {
class Table {
public:
  explicit Table(int Size) : Size(Size) {}
  int Size;
};
class Store {
public:
  Table *open(int Size) { return new Table(Size); }
  virtual Table *reopen(int Size) { return new Table(Size + 1); }
  virtual ~Store() = default;
};
std::unique_ptr<Table> makeTable(int Size);
} // namespace kv
