// C++20 aggregate initialisation with parentheses, and designated
// initialisers, are constructions too.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::pool::Point=::pool::makePoint'}}" -- -std=c++20 -I%ssot_include

#include "Inputs/pool.h"

int aggregates() {
  pool::Point A(1, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'pool::Point' is constructed directly; create it through its factory 'pool::makePoint'
  pool::Point B{.X = 3, .Y = 4};
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'pool::Point' is constructed directly;
  auto *C = new pool::Point(5, 6);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'pool::Point' is constructed with 'new';
  other::Point D(7, 8);
  int N = A.X + B.Y + C->X + D.Y;
  delete C;
  return N;
}
