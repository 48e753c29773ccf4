// A bypass is fixed where each argument reaches the utility's parameter with
// its value unchanged: its own type, a pointer or array whose pointee only
// gains qualifiers (`char *`, a string literal or a `char[8]` for a
// `const char *`), or a null pointer. An arithmetic conversion the primitive
// did not make, or a reference that does not bind, gets no fix and a note.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::measure=::util::len; ::raw::pad=::util::fill; ::raw::next=::util::bump'}}" \
// RUN:   -- -std=c++17

namespace raw {
unsigned long measure(const char *Text);
void pad(char *Buffer, int Count);
int next(int Value);
} // namespace raw

namespace util {
unsigned long len(const char *Text);
void fill(char *Buffer, long Count);
int bump(int &Value);
} // namespace util

#ifndef REFUSED
unsigned long lengths(char *Mutable) {
  char Buffer[8] = "abc";
  unsigned long N = raw::measure(Mutable);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: direct call of 'raw::measure' bypasses the designated utility 'util::len' [ssot-reimplemented-utility]
  // CHECK-FIXES: unsigned long N = ::util::len(Mutable);
  N += raw::measure(Buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: direct call of 'raw::measure' bypasses
  // CHECK-FIXES: N += ::util::len(Buffer);
  N += raw::measure("abcd");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: direct call of 'raw::measure' bypasses
  // CHECK-FIXES: N += ::util::len("abcd");
  N += raw::measure(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: direct call of 'raw::measure' bypasses
  // CHECK-FIXES: N += ::util::len(nullptr);
  return N;
}
#else
int refused(char *Buffer, int Value) {
  // The count would be converted to long: no fix.
  raw::pad(Buffer, 3);
  // CHECK-NOTES-REFUSED: :[[@LINE-1]]:3: warning: direct call of 'raw::pad' bypasses the designated utility 'util::fill' [ssot-reimplemented-utility]
  // CHECK-NOTES-REFUSED: :[[@LINE-2]]:3: note: no fix-it: 'util::fill' cannot replace this call: argument 2 has type 'int', the utility takes 'long'
  // CHECK-NOTES-REFUSED: :18:6: note: designated utility 'util::fill' declared here
  // A temporary binds to no `int &`: no fix.
  int R = raw::next(Value + 1);
  // CHECK-NOTES-REFUSED: :[[@LINE-1]]:11: warning: direct call of 'raw::next' bypasses the designated utility 'util::bump' [ssot-reimplemented-utility]
  // CHECK-NOTES-REFUSED: :[[@LINE-2]]:11: note: no fix-it: 'util::bump' cannot replace this call: argument 1 cannot bind to the utility's parameter of type 'int &'
  // CHECK-NOTES-REFUSED: :19:5: note: designated utility 'util::bump' declared here
  return R;
}
#endif
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=REFUSED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::measure=::util::len; ::raw::pad=::util::fill; ::raw::next=::util::bump'}}" \
// RUN:   -- -std=c++17 -DREFUSED
