// Every way the language itself creates an object of a designated class is
// reported where the user wrote it: variables of every storage duration,
// members, brace and aggregate initialisation, temporaries, implicit
// conversions and new in all its shapes.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::pool::Point=::pool::makePoint'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/engine.h"
#include "Inputs/pool.h"
#include <new>

core::Engine Global("global", 1);
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'core::Engine' is constructed directly; create it through its factory 'core::EngineFactory::create' [ssot-factory-construction]

thread_local core::Engine PerThread;
// CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'core::Engine' is constructed directly;

void locals() {
  core::Engine Local("local", 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  static core::Engine Static("static", 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'core::Engine' is constructed directly;
  core::Engine Defaulted;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  core::Engine Braced{"braced", 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  core::Engine CopyList = {"copy-list", 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'core::Engine' is constructed directly;
  core::Engine Array[2] = {};
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'core::Engine' is constructed directly;
  auto FromTemporary = core::Engine("temporary", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'core::Engine' is constructed directly;
}

struct Holder {
  core::Engine Implicit; // constructed by Holder's implicit constructor
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'core::Engine' is constructed directly;
  core::Engine InClass{"in-class", 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'core::Engine' is constructed directly;
  core::Engine Written;
  Holder() : Written("written", 1) {}
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'core::Engine' is constructed directly;
  static core::Engine StaticMember;
};
core::Engine Holder::StaticMember("static-member", 1);
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'core::Engine' is constructed directly;

int takes(core::Engine E) { return E.threads(); }
core::Engine returnsBraced() {
  return {"returned", 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core::Engine' is constructed directly;
}

int temporaries() {
  int N = core::Engine("temporary", 1).threads();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'core::Engine' is constructed directly;
  N += core::Engine{"braced-temporary", 1}.threads();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'core::Engine' is constructed directly;
  N += takes({"argument", 1});
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'core::Engine' is constructed directly;
  N += core::Engine(4).threads();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'core::Engine' is constructed directly;
  Holder H;
  return N + H.Written.threads();
}

void allocations(void *Buffer) {
  core::Engine *A = new core::Engine("new", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new'; create it through its factory 'core::EngineFactory::create'
  core::Engine *B = new core::Engine[3];
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  core::Engine *C = new (Buffer) core::Engine("placement", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  core::Engine *D = new (std::nothrow) core::Engine;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  core::Engine *E = new core::Engine{"braced-new", 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'core::Engine' is constructed with 'new';
  delete A;
  delete[] B;
  C->~Engine();
  delete D;
  delete E;
}

// Aggregates designated through the option.
pool::Point aggregates() {
  pool::Point P{1, 2};
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'pool::Point' is constructed directly; create it through its factory 'pool::makePoint'
  pool::Point Q = {3, 4};
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'pool::Point' is constructed directly;
  pool::Point *R = new pool::Point{5, 6};
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'pool::Point' is constructed with 'new';
  delete R;
  int X = pool::Point{7, 8}.X;
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'pool::Point' is constructed directly;
  return {P.X + Q.X + X, 0};
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'pool::Point' is constructed directly;
}

// A base-class subobject is part of a Derived, not an engine of its own: not
// reported by default (base-initializers.cpp has FlagBaseInitializers).
struct Derived : core::Engine {
  Derived() : core::Engine("derived", 1) {}
};
struct ImplicitBase : core::Engine {
  int X = 0;
};
int bases() {
  ImplicitBase I;
  Derived D;
  return I.X + D.threads();
}
