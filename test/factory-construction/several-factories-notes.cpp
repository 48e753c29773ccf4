// Several factories: a note at each one declared in the unit; a factory not
// declared here gets none and, among several, is named without a kind. A
// construction the fix could rewrite but no factory can replace gets a note
// per factory it could not use; here none is declared.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::kv::Table=::kv::Store|::kv::makeTable;::lost::Thing=::lost::Maker|::lost::make'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/several.h"
namespace lost {
struct Thing {};
} // namespace lost

int notes() {
  kv::Table A(1);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'kv::Table' is constructed directly; create it through a member of 'kv::Store' or its factory 'kv::makeTable'
  // CHECK-NOTES: Inputs{{[/\\]}}several.h:10:7: note: factory declared here
  // CHECK-NOTES: Inputs{{[/\\]}}several.h:16:24: note: factory declared here
  lost::Thing *B = new lost::Thing;
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: 'lost::Thing' is constructed with 'new'; use 'lost::Maker' or 'lost::make' instead
  // CHECK-NOTES: :[[@LINE-2]]:20: note: no fix-it: the factory 'lost::Maker' is not declared in this translation unit
  // CHECK-NOTES: :[[@LINE-3]]:20: note: no fix-it: the factory 'lost::make' is not declared in this translation unit
  int N = A.Size + sizeof(*B);
  delete B;
  return N;
}
