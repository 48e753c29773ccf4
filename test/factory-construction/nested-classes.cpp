// A nested class is a member of its class wherever it is defined: the code of
// a factory class's nested classes, written inside the class or after it
// (`struct Table::Rep { ... }`, `void Table::Pool::lock()`), constructs as
// the factory; so does the designated class's own. A class that is only
// declared in the same namespace is not nested and is reported.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::kv::Block=::kv::Table;::kv::Lock=::kv::Table'}}" -- -std=c++17

namespace kv {
class Block {
public:
  explicit Block(int Size) : Size(Size) {}
  int Size;
};
class Lock {
public:
  Lock() = default;
  struct Guard;
};
// The designated class's own nested class, defined after it.
struct Lock::Guard {
  Lock Held;
  Guard() : Held() {}
};

class Table {
  struct Rep;
  struct Pool {
    int lock();
  };
  template <class T> struct Slot;
  Rep *R = nullptr;

public:
  int size();
};
// The factory class's pimpl, defined out of line.
struct Table::Rep {
  Block First;
  Rep() : First(1) {}
  Block make() { return Block(2); }
};
// An out-of-line member of an inline nested class.
int Table::Pool::lock() {
  Lock L;
  return sizeof(L);
}
// A nested class template's out-of-line definition.
template <class T> struct Table::Slot {
  Block B{3};
};
int Table::size() { return R->make().Size; }

// Not nested: a class of the namespace.
struct Rep {
  Block First{4};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'kv::Block' is constructed directly; use 'kv::Table' instead [ssot-factory-construction]
};
} // namespace kv

int use() {
  kv::Rep R;
  return R.First.Size;
}
