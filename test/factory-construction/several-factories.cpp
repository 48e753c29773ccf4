// A class may have several factories, '|'-separated: functions and classes,
// each with its usual meaning (overloads and overrides of a function, members
// of a class and of classes derived from it). Each may construct; the advice
// names them all, a note points at each declared one, and the fix-it calls
// the first factory that is a function.
// RUN: %check_ssot %s ssot-factory-construction %t -- -header-filter=several -config="{CheckOptions: {ssot-factory-construction.Factories: '::kv::Table = ::kv::Store | ::kv::makeTable ; ::kv::Row=::kv::Repair|::kv::makeRow|::kv::Store;::kv::Cell=::kv::Grid'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/several_use.h"
// CHECK-MESSAGES: Inputs{{[/\\]}}several_use.h:3:41: warning: 'kv::Table' is constructed directly; create it through a member of 'kv::Store' or its factory 'kv::makeTable'

namespace kv {
std::unique_ptr<Table> makeTable(int Size) {
  return std::make_unique<Table>(Size);
}
// A class derived from a factory class may construct.
class TracingStore : public Store {
public:
  Table *reopen(int Size) override { return new Table(Size * 2); }
  Table local() { return Table(4); }
};
struct Row {
  int N;
};
namespace {
// A factory in an unnamed namespace is found by its qualified name.
class Repair {
public:
  Row make() { return Row{1}; }
};
} // namespace
Row makeRow(int N);
} // namespace kv

// Look-alikes: a function named like the factory in another namespace, a
// class named like the factory class that does not derive from it.
namespace other {
kv::Table *makeTable(int Size) { return new kv::Table(Size); }
// CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'kv::Table' is constructed with 'new'; create it through a member of 'kv::Store' or its factory 'kv::makeTable'
class Store {
public:
  kv::Table *open(int Size) { return new kv::Table(Size); }
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'kv::Table' is constructed with 'new'; create it through a member of 'kv::Store' or its factory 'kv::makeTable'
};
} // namespace other

#define NEW_TABLE(N) new kv::Table(N)

template <typename T> T *make(int N) { return new T(N); }
// CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'kv::Table' is constructed with 'new'; create it through a member of 'kv::Store' or its factory 'kv::makeTable'

int outside() {
  auto A = std::make_unique<kv::Table>(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'kv::Table' is constructed through 'std::make_unique'; create it through a member of 'kv::Store' or its factory 'kv::makeTable'
  // CHECK-FIXES: auto A = ::kv::makeTable(1);
  kv::Table *B = new kv::Table(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'kv::Table' is constructed with 'new'; create it through a member of 'kv::Store' or its factory 'kv::makeTable'
  // CHECK-FIXES: kv::Table *B = ::kv::makeTable(2).release();
  kv::Table *C = NEW_TABLE(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'kv::Table' is constructed with 'new'; create it through a member of 'kv::Store' or its factory 'kv::makeTable'
  // CHECK-FIXES: kv::Table *C = NEW_TABLE(3);
  kv::Table *D = make<kv::Table>(4);
  kv::Row R{5};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'kv::Row' is constructed directly; create it through a member of 'kv::Repair' or its factory 'kv::makeRow', or use 'kv::Store' instead
  int Sum = A->Size + B->Size + C->Size + D->Size + R.N;
  delete B;
  delete C;
  delete D;
  return Sum;
}

// A static data member of a factory class (or of one derived from it),
// defined outside the class, is the factory's own object (ninja's
// `Pool State::kDefaultPool("", 0);`); so is one of the designated class.
namespace kv {
struct Cell {
  explicit Cell(int V) : V(V) {}
  int V;
  static Cell Zero;
};
Cell Cell::Zero(0);
struct Grid {
  static Cell Origin;
};
Cell Grid::Origin(1);
struct SubGrid : Grid {
  static Cell Corner;
};
Cell SubGrid::Corner(2);
// Look-alike: a static member of an unrelated class.
struct Sheet {
  static Cell First;
};
Cell Sheet::First(3);
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'kv::Cell' is constructed directly; create it through a member of 'kv::Grid'
} // namespace kv
