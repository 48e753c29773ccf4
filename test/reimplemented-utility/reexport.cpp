// A utility that re-exports the primitive (a using-declaration, or a
// namespace alias) is called through its own name: such calls are the
// utility, not bypasses, and no fix ever rewrites a call into itself.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::prim::up=::util::up; ::prim::down=::alias::down; ::Base::lower=::Tools::lower'}}" \
// RUN:   -- -std=c++17
// The primitive may be named through a re-export as well.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=VIA -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::util::up=::wrap::up_safely'}}" \
// RUN:   -- -std=c++17

namespace prim {
void up(int);
void down(int);
} // namespace prim
namespace util {
using prim::up;
} // namespace util
namespace alias = prim;
namespace wrap {
void up_safely(int);
} // namespace wrap

void viaUtility() {
  util::up(1);
  // CHECK-MESSAGES-VIA: :[[@LINE-1]]:3: warning: direct call of 'util::up' bypasses the designated utility 'wrap::up_safely' [ssot-reimplemented-utility]
  // CHECK-FIXES-VIA: ::wrap::up_safely(1);
  // CHECK-FIXES: util::up(1);
  alias::down(2);
  // CHECK-FIXES: alias::down(2);
  using util::up;
  up(3);
  // CHECK-MESSAGES-VIA: :[[@LINE-1]]:3: warning: direct call of 'util::up' bypasses the designated utility 'wrap::up_safely' [ssot-reimplemented-utility]
  // CHECK-FIXES-VIA: ::wrap::up_safely(3);
}

void bypass() {
  prim::up(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'prim::up' bypasses the designated utility 'util::up' [ssot-reimplemented-utility]
  // CHECK-FIXES: ::util::up(4);
  // CHECK-MESSAGES-VIA: :[[@LINE-3]]:3: warning: direct call of 'util::up' bypasses the designated utility 'wrap::up_safely' [ssot-reimplemented-utility]
  // CHECK-FIXES-VIA: ::wrap::up_safely(4);
  prim::down(5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'prim::down' bypasses the designated utility 'alias::down' [ssot-reimplemented-utility]
  // CHECK-FIXES: ::alias::down(5);
}

void viaUtilityForVia() {
  util::up(6);
  // CHECK-MESSAGES-VIA: :[[@LINE-1]]:3: warning: direct call of 'util::up' bypasses the designated utility 'wrap::up_safely' [ssot-reimplemented-utility]
  // CHECK-FIXES-VIA: ::wrap::up_safely(6);
}

// A class that re-exports its base's function beside its own overload.
struct Base {
  static void lower(int);
};
struct Tools : Base {
  static void lower(long);
  using Base::lower;
  static void both() { lower(7); }
};
void classes() {
  Tools::lower(8);
  Base::lower(9);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'Base::lower' bypasses the designated utility 'Tools::lower' [ssot-reimplemented-utility]
  // CHECK-FIXES: ::Tools::lower(9);
  // CHECK-FIXES-VIA: Base::lower(9);
}
