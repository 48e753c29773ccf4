// A construction into a local that nothing uses is dead code, left behind (a
// reader's builder kept after the reading moved onto the factory): the note
// says to delete it rather than create it through the factory, and no fix-it
// moves it onto the factory. A local used only as the object of a const
// member function that is given nothing, to make another local nothing uses,
// is dead too. Anything else counts as a use. An object that may be a guard
// (given anything while its destructor acts, or given something it can
// change) or built with placement new is not judged. The driver compiles the
// fixed file.
// RUN: %check_ssot %s ssot-factory-construction %t -- -header-filter=.* -- -std=c++17 -I%S/Inputs -I%ssot_include

#include "unused_builder.h"
#include <memory>
#include <utility>

#define MAKE_BUILDER rd::Builder(2)

void leftovers() {
  rd::Builder Unused;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:15: note: nothing uses 'Unused': remove it, unless its construction is wanted for its own effect
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  rd::Builder RBuilder;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:15: note: 'RBuilder' is used only to initialise 'JsonReader', which nothing uses: remove both, unless making them is wanted for its own effect
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  auto JsonReader = std::unique_ptr<rd::Reader>(RBuilder.newReader());
  // With 'new' or make_unique, a fix could call the factory; it is withheld.
  rd::Builder *Leaked = new rd::Builder(1);
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: 'rd::Builder' is constructed with 'new'; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:16: note: nothing uses 'Leaked': remove it
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-FIXES: rd::Builder *Leaked = new rd::Builder(1);
  auto Owned = std::make_unique<rd::Builder>(3);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'rd::Builder' is constructed through 'std::make_unique'; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:8: note: nothing uses 'Owned': remove it
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-FIXES: auto Owned = std::make_unique<rd::Builder>(3);
  std::unique_ptr<rd::Builder> Adopted(new rd::Builder(4));
  // CHECK-NOTES: :[[@LINE-1]]:40: warning: 'rd::Builder' is constructed with 'new'; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:32: note: nothing uses 'Adopted': remove it
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-FIXES: std::unique_ptr<rd::Builder> Adopted(new rd::Builder(4));
  // Made from nothing: judged, whatever its destructor does (hence the
  // "unless").
  rd::Scope Quiet;
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'rd::Scope' is constructed directly; create it through its factory 'rd::openScope'
  // CHECK-NOTES: :[[@LINE-2]]:13: note: nothing uses 'Quiet': remove it, unless its construction is wanted for its own effect
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  rd::Builder FromMacro = MAKE_BUILDER;
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: 'rd::Builder' is constructed directly; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:15: note: nothing uses 'FromMacro': remove it
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
}

template <typename T> int leftoverIn() {
  rd::Builder InTemplate;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:15: note: nothing uses 'InTemplate': remove it
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  return sizeof(T);
}
int instantiate() { return leftoverIn<int>() + leftoverIn<char>(); }

static void cleanUp(rd::Builder *) {}

// Uses: a fix is offered where one fits, and no note is given.
int used(const char *Text) {
  rd::Builder Read(1);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  int N = Read.strictness();
  rd::Builder *Kept = new rd::Builder(5);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: 'rd::Builder' is constructed with 'new'; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: :[[@LINE-2]]:23: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-FIXES: rd::Builder *Kept = ::rd::openBuilder(5).release();
  N += Kept->strictness();
  delete Kept;
  // The made local is used.
  rd::Builder ForReader;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  std::unique_ptr<rd::Reader> Live(ForReader.newReader());
  N += Live->parse(Text);
  // The member function is given something, or may change the builder.
  rd::Builder WithFlags;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  std::unique_ptr<rd::Reader> Flagged(WithFlags.newReaderWith(N));
  rd::Builder Taken;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  std::unique_ptr<rd::Reader> Took(Taken.takeReader());
  // Used twice, once for nothing.
  rd::Builder Twice;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  std::unique_ptr<rd::Reader> First(Twice.newReader());
  N += Twice.strictness();
  // Referenced only where this search does not look.
  rd::Builder OnlyType;
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  using Same = decltype(OnlyType);
  // Its author says it may go unused (an assertion's operand, say).
  [[maybe_unused]] rd::Builder ForAssert;
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // Not locals of this function's to judge.
  static rd::Builder Shared;
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  const rd::Builder &Bound = rd::Builder(6);
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // Given something, into a class whose destructor acts: perhaps a guard.
  rd::Scope Trace("used");
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'rd::Scope' is constructed directly; create it through its factory 'rd::openScope'
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  auto Held = std::make_unique<rd::Scope>("held");
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Scope' is constructed through 'std::make_unique'; create it through its factory 'rd::openScope'
  // CHECK-NOTES: :[[@LINE-2]]:15: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-FIXES: auto Held = ::rd::openScope("held");
  // Built into storage the function goes on using.
  alignas(rd::Builder) unsigned char Storage[sizeof(rd::Builder)];
  rd::Builder *Placed = new (Storage) rd::Builder(8);
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: 'rd::Builder' is constructed with 'new'; create it through its factory 'rd::openBuilder'
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  N += reinterpret_cast<rd::Builder *>(Storage)->strictness();
  // Destroyed through a cleanup function.
  __attribute__((cleanup(cleanUp))) rd::Builder Cleaned;
  // CHECK-NOTES: :[[@LINE-1]]:49: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // Given something it can change.
  rd::Builder Counted(&N);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'rd::Builder' is constructed directly
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  auto CountedToo = std::make_unique<rd::Builder>(&N);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: 'rd::Builder' is constructed through 'std::make_unique'
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-NOTES: :[[@LINE-3]]:21: note: no fix-it: the factory 'rd::openBuilder' cannot replace this construction: its parameter 1 of type 'int' does not accept the argument of type 'int *'
  // Taken over by something that is not a smart pointer.
  rd::Runner Run(std::unique_ptr<rd::Builder>(new rd::Builder(7)));
  // CHECK-NOTES: :[[@LINE-1]]:47: warning: 'rd::Builder' is constructed with 'new'
  // CHECK-NOTES: :[[@LINE-2]]:47: note: FIX-IT applied suggested code changes
  // CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
  // CHECK-FIXES: rd::Runner Run(std::unique_ptr<rd::Builder>(::rd::openBuilder(7).release()));
  return N;
}

// The header is reported after the main file.
// CHECK-NOTES: unused_builder.h:7:15: warning: 'rd::Builder' is constructed directly; create it through its factory 'rd::openBuilder'
// CHECK-NOTES: unused_builder.h:7:15: note: nothing uses 'Dead': remove it, unless its construction is wanted for its own effect
// CHECK-NOTES: reader.h:{{[0-9]+}}:{{[0-9]+}}: note: factory declared here
