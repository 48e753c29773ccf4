// The functions a factory calls to construct are part of it: their
// constructions are not reported, and a fix there would make the factory
// call itself. Inputs/gadget_factory.h's makeGadget calls checked, which
// calls allocate, which says `new`; this file's makeWidget calls a
// file-static helper and a template; makeGizmo calls a member function of a
// helper object. Functions the factory does not call are
// no part of it, and are reported with a fix that compiles.
// RUN: %check_ssot %s ssot-factory-construction %t -- \
// RUN:   -config="{CheckOptions: {ssot-factory-construction.Factories: '::shop::Gadget=::shop::makeGadget;::shop::Widget=::shop::makeWidget;::shop::Gizmo=::shop::makeGizmo'}}" \
// RUN:   -header-filter=.* -- -std=c++17

#include "Inputs/gadget_factory.h"

namespace shop {
struct Widget {
  explicit Widget(int Id) : Id(Id) {}
  int Id;
};
std::unique_ptr<Widget> makeWidget(int Id);

template <typename T> std::unique_ptr<T> buildAny(int N) {
  return std::make_unique<T>(N);
}
static std::unique_ptr<Widget> build(int Id) {
  return Id < 0 ? buildAny<Widget>(0) : std::make_unique<Widget>(Id);
}
std::unique_ptr<Widget> makeWidget(int Id) { return build(Id); }

struct Gizmo {
  explicit Gizmo(int N) : N(N) {}
  int N;
};
struct Crate {
  std::unique_ptr<Gizmo> take(int N) { return std::make_unique<Gizmo>(N); }
};
std::unique_ptr<Gizmo> makeGizmo(int N) {
  Crate C;
  return C.take(N);
}

// Beside the factory, but not called by it.
std::unique_ptr<Widget> spare(int Id) { return std::make_unique<Widget>(Id); }
// CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'shop::Widget' is constructed through 'std::make_unique'; create it through its factory 'shop::makeWidget' [ssot-factory-construction]
// CHECK-FIXES: std::unique_ptr<Widget> spare(int Id) { return ::shop::makeWidget(Id); }
} // namespace shop

#define NEW_GADGET(N) new shop::Gadget(N)
int use() {
  shop::Gadget *G = new shop::Gadget(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'shop::Gadget' is constructed with 'new'; create it through its factory 'shop::makeGadget' [ssot-factory-construction]
  // CHECK-FIXES: shop::Gadget *G = ::shop::makeGadget(3).release();
  shop::Gadget *M = NEW_GADGET(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'shop::Gadget' is constructed with 'new'; create it through its factory 'shop::makeGadget' [ssot-factory-construction]
  int Total = G->Size + M->Size + shop::makeWidget(1)->Id + shop::makeGizmo(2)->N;
  delete G;
  delete M;
  return Total;
}
