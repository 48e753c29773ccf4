// Which factory a fix-it calls when a class has several: the factories are
// tried in the order they are designated, and the first function factory that
// can replace the construction is called, even when an earlier one cannot. A
// class factory has no function to call and is skipped. Where no factory can,
// a note per function factory tried says why, for a declaration as for a
// record (recorded-signature.cpp).
// FIXED: the constructions a factory can replace; REFUSED: the others, with
// their notes.
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=FIXED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::shop::Cart=::shop::cartFor|::shop::newCart;::shop::Till=::shop::openTill;::shop::Shelf=::shop::Rack|::shop::shelfOf;::shop::Bag=::shop::Counter::bag|::shop::Counter::fill;::late::Gauge=::late::makeGauge'}}" -- -std=c++17 -DFIXED
// RUN: %check_ssot %s ssot-factory-construction %t -check-suffix=REFUSED -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::shop::Cart=::shop::cartFor|::shop::newCart;::shop::Till=::shop::openTill;::shop::Shelf=::shop::Rack|::shop::shelfOf;::shop::Bag=::shop::Counter::bag|::shop::Counter::fill;::late::Gauge=::late::makeGauge'}}" -- -std=c++17

#include <memory>
#include <string>

namespace late {
struct Gauge {
  explicit Gauge(int Size) : Size(Size) {}
  int Size;
};
} // namespace late

#ifndef FIXED
// The factory is declared only after this construction: the fix cannot call
// it here.
std::unique_ptr<late::Gauge> early() { return std::make_unique<late::Gauge>(1); }
// CHECK-NOTES-REFUSED: :[[@LINE-1]]:47: warning: 'late::Gauge' is constructed through 'std::make_unique'; create it through its factory 'late::makeGauge'
// CHECK-NOTES-REFUSED: :34:24: note: factory declared here
// CHECK-NOTES-REFUSED: :[[@LINE-3]]:47: note: no fix-it: the factory 'late::makeGauge' cannot replace this construction: it is declared after this construction
// CHECK-FIXES-REFUSED: std::unique_ptr<late::Gauge> early() { return std::make_unique<late::Gauge>(1); }
#endif

namespace late {
// The factory, declared after early().
std::unique_ptr<Gauge> makeGauge(int Size);
} // namespace late

namespace shop {
struct Cart {
  explicit Cart(int Items) : Items(Items) {}
  Cart(const std::string &Owner, int Items) : Owner(Owner), Items(Items) {}
  std::string Owner;
  int Items;
};
std::unique_ptr<Cart> cartFor(const std::string &Owner, int Items);
std::unique_ptr<Cart> newCart(int Items);

struct Till {
  explicit Till(int Drawer) : Drawer(Drawer) {}
  int Drawer;
};
std::unique_ptr<Till> openTill(const std::string &Name);

struct Shelf {
  int Size = 0;
};
class Rack {
public:
  Shelf *add();
};
std::unique_ptr<Shelf> shelfOf(int Size);

struct Bag {
  int Items = 0;
};
class Counter {
public:
  std::unique_ptr<Bag> bag();
  static std::unique_ptr<Bag> fill(int Items);
};
} // namespace shop

#ifdef FIXED
int fixed() {
  // The first factory does not take one argument; the second does.
  auto A = std::make_unique<shop::Cart>(3);
  // CHECK-MESSAGES-FIXED: :[[@LINE-1]]:12: warning: 'shop::Cart' is constructed through 'std::make_unique'; create it through its factory 'shop::cartFor' or 'shop::newCart'
  // CHECK-FIXES-FIXED: auto A = ::shop::newCart(3);

  // The first factory fits: the second is not looked at.
  shop::Cart *B = new shop::Cart("ann", 2);
  // CHECK-MESSAGES-FIXED: :[[@LINE-1]]:19: warning: 'shop::Cart' is constructed with 'new'; create it through its factory 'shop::cartFor' or 'shop::newCart'
  // CHECK-FIXES-FIXED: shop::Cart *B = ::shop::cartFor("ann", 2).release();

  const int N = A->Items + B->Items;
  delete B;
  return N;
}
#else
int refused() {
  // One factory, and it does not accept the argument: the note says why.
  auto C = std::make_unique<shop::Till>(4);
  // CHECK-NOTES-REFUSED: :[[@LINE-1]]:12: warning: 'shop::Till' is constructed through 'std::make_unique'; create it through its factory 'shop::openTill'
  // CHECK-NOTES-REFUSED: :51:23: note: factory declared here
  // CHECK-NOTES-REFUSED: :[[@LINE-3]]:12: note: no fix-it: the factory 'shop::openTill' cannot replace this construction: its parameter 1 of type 'const std::basic_string<char> &' does not accept the argument of type 'int'
  // CHECK-FIXES-REFUSED: auto C = std::make_unique<shop::Till>(4);

  // The class factory is skipped; the function factory takes one argument.
  auto D = std::make_unique<shop::Shelf>();
  // CHECK-NOTES-REFUSED: :[[@LINE-1]]:12: warning: 'shop::Shelf' is constructed through 'std::make_unique'; create it through a member of 'shop::Rack' or its factory 'shop::shelfOf'
  // CHECK-NOTES-REFUSED: :56:7: note: factory declared here
  // CHECK-NOTES-REFUSED: :60:24: note: factory declared here
  // CHECK-NOTES-REFUSED: :[[@LINE-4]]:12: note: no fix-it: the factory 'shop::shelfOf' cannot replace this construction: it does not take 0 arguments
  // CHECK-FIXES-REFUSED: auto D = std::make_unique<shop::Shelf>();

  // Neither member fits, each for its own reason.
  shop::Bag *E = new shop::Bag();
  // CHECK-NOTES-REFUSED: :[[@LINE-1]]:18: warning: 'shop::Bag' is constructed with 'new'; create it through its factory 'shop::Counter::bag' or 'shop::Counter::fill'
  // CHECK-NOTES-REFUSED: :67:24: note: factory declared here
  // CHECK-NOTES-REFUSED: :68:31: note: factory declared here
  // CHECK-NOTES-REFUSED: :[[@LINE-4]]:18: note: no fix-it: the factory 'shop::Counter::bag' cannot replace this construction: it is a non-static member function
  // CHECK-NOTES-REFUSED: :[[@LINE-5]]:18: note: no fix-it: the factory 'shop::Counter::fill' cannot replace this construction: it does not take 0 arguments
  // CHECK-FIXES-REFUSED: shop::Bag *E = new shop::Bag();

  const int N = C->Drawer + D->Size + E->Items;
  delete E;
  return N;
}
#endif
