// A designated class template: every specialization is designated. A factory
// for one specialization fixes constructions of that specialization; other
// specializations get a note on why it cannot serve, and a factory template
// is never called by a fix (its arguments would have to be deduced here). The
// members of a factory class template construct; a look-alike template in
// another namespace is not designated. A class template can be designated
// by its annotation too.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::q::Slot=::q::makeIntSlot|::q::makeSlot;::q::Cell=::q::Grid'}}" -- -std=c++17 -I%ssot_include

#include "ssot/annotations.h"
#include <memory>

namespace q {
template <typename T> class Slot {
public:
  explicit Slot(T V) : V(V) {}
  T V;
};
std::unique_ptr<Slot<int>> makeIntSlot(int V);
template <typename T> std::unique_ptr<Slot<T>> makeSlot(T V) {
  // The factory's own construction.
  return std::make_unique<Slot<T>>(V);
}

template <typename T> struct Cell {
  T Value{};
};
// A factory class template: its members construct.
template <typename T> class Grid {
public:
  Cell<T> at() const { return Cell<T>(); }
  std::unique_ptr<Cell<T>> make() const;
};
template <typename T> std::unique_ptr<Cell<T>> Grid<T>::make() const {
  return std::make_unique<Cell<T>>();
}

// Designated by its annotation: every specialization.
template <typename T> class SSOT_FACTORY("::q::makeTally") Tally {
public:
  explicit Tally(T Count) : Count(Count) {}
  T Count;
};
std::unique_ptr<Tally<int>> makeTally(int Count);

// Code in a template is reported for its designated instantiations.
template <typename T> struct Holder {
  Slot<T> S{T()};
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'q::Slot' is constructed directly; create it through its factory 'q::makeIntSlot' or 'q::makeSlot' [ssot-factory-construction]
};

namespace detail {
// A look-alike template: not designated.
template <typename T> struct Slot {
  explicit Slot(T V) : V(V) {}
  T V;
};
// Not a factory: derived from a look-alike.
template <typename T> struct Grid {};
} // namespace detail
} // namespace q

// Classes derived from the factory class template are factories too.
struct IntGrid : q::Grid<int> {
  q::Cell<int> wide() const { return q::Cell<int>(); }
};
template <typename T> struct AnyGrid : q::Grid<T> {
  q::Cell<T> any() const { return q::Cell<T>(); }
};
struct FakeGrid : q::detail::Grid<int> {
  q::Cell<int> fake() const { return q::Cell<int>(); }
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'q::Cell' is constructed directly; create it through a member of 'q::Grid' [ssot-factory-construction]
};

#define INT_SLOT(V) std::make_unique<q::Slot<int>>(V)

int use() {
  auto A = std::make_unique<q::Slot<int>>(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'q::Slot' is constructed through 'std::make_unique'; create it through its factory 'q::makeIntSlot' or 'q::makeSlot' [ssot-factory-construction]
  // CHECK-FIXES: auto A = ::q::makeIntSlot(1);
  q::Slot<int> *B = new q::Slot<int>(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'q::Slot' is constructed with 'new';
  // CHECK-FIXES: q::Slot<int> *B = ::q::makeIntSlot(2).release();
  // Another specialization: makeIntSlot's result is not this one's pointer,
  // and makeSlot is a template.
  auto C = std::make_unique<q::Slot<long>>(3L);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'q::Slot' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto C = std::make_unique<q::Slot<long>>(3L);
  q::Slot<char> D('d');
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'q::Slot' is constructed directly;
  // Reported in a macro, never rewritten there.
  auto E = INT_SLOT(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'q::Slot' is constructed through 'std::make_unique';
  // CHECK-FIXES: auto E = INT_SLOT(5);
  q::Holder<short> F;
  q::Cell<int> G;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'q::Cell' is constructed directly; create it through a member of 'q::Grid' [ssot-factory-construction]
  // Through the factories: not reported.
  auto H = q::makeSlot(6);
  q::Grid<int> Grid;
  q::Cell<int> I = Grid.at();
  auto J = Grid.make();
  q::detail::Slot<int> K(7);
  auto M = std::make_unique<q::Tally<int>>(8);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'q::Tally' is constructed through 'std::make_unique'; create it through its factory 'q::makeTally' [ssot-factory-construction]
  // CHECK-FIXES: auto M = ::q::makeTally(8);
  q::Tally<long> N(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'q::Tally' is constructed directly; create it through its factory 'q::makeTally'
  int L = IntGrid().wide().Value + AnyGrid<int>().any().Value +
          FakeGrid().fake().Value;
  int Sum = A->V + B->V + static_cast<int>(C->V) + D.V + E->V + F.S.V +
            G.Value + H->V + I.Value + J->Value + K.V + L +
            M->Count + static_cast<int>(N.Count);
  delete B;
  return Sum;
}
