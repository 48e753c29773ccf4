// A function that does the utility's work with another primitive (a wide or
// case-insensitive compare for a byte compare, a 64-bit decoder for a 32-bit
// one) or on other parameter types is the utility's sibling, not a copy of
// it: a maintainer keeps both, and calling the utility instead would change
// what it does. Siblings are not reported as clones; copies that only rename,
// add a call or change a literal still are. A same-name twin of the utility
// is still reported, saying what differs.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -- -std=c++17 -I %ssot_include
// With ReportSiblings, the siblings are reported too, saying what differs
// (CHECK-MESSAGES-SIB).
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=SIB -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.ReportSiblings: 'true'}}" -- -std=c++17 -I %ssot_include

#include <ssot/annotations.h>

int strcmp(const char *a, const char *b);
int wcscmp(const wchar_t *a, const wchar_t *b);
int foldcmp(const char *a, const char *b); // ignores case
void trace(const char *what);

namespace text {
SSOT_UTILITY bool equal(const char *x, const char *y) {
  if (x == nullptr)
    return y == nullptr;
  if (y == nullptr)
    return false;
  return strcmp(x, y) == 0;
}
} // namespace text

namespace wire {
struct Buf {
  const char *data;
  unsigned size;
};
const char *read32(const char *p, const char *end, unsigned *out);
const char *read64(const char *p, const char *end, unsigned long long *out);

SSOT_UTILITY bool get32(Buf *in, unsigned *out) {
  const char *p = in->data;
  const char *end = p + in->size;
  const char *q = read32(p, end, out);
  if (q == nullptr)
    return false;
  in->size -= q - p;
  in->data = q;
  return true;
}
} // namespace wire

namespace app {
// Another primitive on another character type.
bool wideEqual(const wchar_t *a, const wchar_t *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return wcscmp(a, b) == 0;
}
// CHECK-MESSAGES-SIB: :[[@LINE-7]]:6: warning: function 'wideEqual' is a near clone (80% similar) of the designated utility 'text::equal'; same structure, but it calls 'wcscmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]

// Another primitive, the same types: another behaviour (case folded).
bool equalFolded(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return foldcmp(a, b) == 0;
}
// CHECK-MESSAGES-SIB: :[[@LINE-7]]:6: warning: function 'equalFolded' is a near clone (80% similar) of the designated utility 'text::equal'; same structure, but it calls 'foldcmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]

// The 64-bit sibling of the 32-bit decoder.
bool get64(wire::Buf *in, unsigned long long *out) {
  const char *p = in->data;
  const char *end = p + in->size;
  const char *q = wire::read64(p, end, out);
  if (q == nullptr)
    return false;
  in->size -= q - p;
  in->data = q;
  return true;
}
// CHECK-MESSAGES-SIB: :[[@LINE-10]]:6: warning: function 'get64' is a near clone (87% similar) of the designated utility 'wire::get32'; same structure, but it calls 'wire::read64' where the utility calls 'wire::read32'; compare it with the utility [ssot-reimplemented-utility]

// Another primitive and a statement added: the structure differs too, and
// the substituted call still makes it a sibling.
bool equalFoldedTraced(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  trace("compare");
  return foldcmp(a, b) == 0;
}

// A copy: every name changed, the same calls.
bool same(const char *l, const char *r) {
  if (l == nullptr)
    return r == nullptr;
  if (r == nullptr)
    return false;
  return strcmp(l, r) == 0;
}
// CHECK-MESSAGES: :[[@LINE-7]]:6: warning: function 'same' is a renamed clone of the designated utility 'text::equal'; call the utility instead [ssot-reimplemented-utility]
// CHECK-MESSAGES-SIB: :[[@LINE-8]]:6: warning: function 'same' is a renamed clone of the designated utility 'text::equal'; call the utility instead [ssot-reimplemented-utility]

// A copy with a call added (a trace line): it still does the utility's work
// with the utility's primitive.
bool sameTraced(const char *l, const char *r) {
  if (l == nullptr)
    return r == nullptr;
  if (r == nullptr)
    return false;
  trace("compare");
  return strcmp(l, r) == 0;
}
// CHECK-MESSAGES: :[[@LINE-8]]:6: warning: function 'sameTraced' is a near clone (90% similar) of the designated utility 'text::equal'; call the utility instead [ssot-reimplemented-utility]
// CHECK-MESSAGES-SIB: :[[@LINE-9]]:6: warning: function 'sameTraced' is a near clone (90% similar) of the designated utility 'text::equal'; call the utility instead [ssot-reimplemented-utility]

// A copy of the decoder whose only difference is a literal.
bool get32Checked(wire::Buf *in, unsigned *out) {
  const char *p = in->data;
  const char *end = p + in->size;
  const char *q = wire::read32(p, end, out);
  if (q == 0)
    return false;
  in->size -= q - p;
  in->data = q;
  return true;
}
// CHECK-MESSAGES: :[[@LINE-10]]:6: warning: function 'get32Checked' is a near clone (87% similar) of the designated utility 'wire::get32'; same structure, but it uses 0 where the utility uses nullptr; compare it with the utility [ssot-reimplemented-utility]
// CHECK-MESSAGES-SIB: :[[@LINE-11]]:6: warning: function 'get32Checked' is a near clone (87% similar) of the designated utility 'wire::get32'; same structure, but it uses 0 where the utility uses nullptr; compare it with the utility [ssot-reimplemented-utility]

#define DEFINE_WIDE_EQUAL(name)                                                \
  bool name(const wchar_t *a, const wchar_t *b) {                              \
    if (a == nullptr)                                                          \
      return b == nullptr;                                                     \
    if (b == nullptr)                                                          \
      return false;                                                            \
    return wcscmp(a, b) == 0;                                                  \
  }
DEFINE_WIDE_EQUAL(wideEqualFromMacro)
// CHECK-MESSAGES-SIB: :[[@LINE-1]]:19: warning: function 'wideEqualFromMacro' is a near clone (80% similar) of the designated utility 'text::equal'; same structure, but it calls 'wcscmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]

// A template instantiated for wide characters only: its calls resolve to
// another primitive, a sibling. The same template used with char would call
// the utility's primitive and is a copy (equalChars below).
int cmp(const char *a, const char *b);
int cmp(const wchar_t *a, const wchar_t *b);
template <typename Char> bool equalAs(const Char *a, const Char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return cmp(a, b) == 0;
}
// CHECK-MESSAGES-SIB: :[[@LINE-7]]:31: warning: function 'equalAs' is a near clone (80% similar) of the designated utility 'text::equal'; same structure, but it calls 'cmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]
bool useWide(const wchar_t *a) { return equalAs(a, a); }

template <typename Char> bool equalChars(const Char *a, const Char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return strcmp(a, b) == 0;
}
// CHECK-MESSAGES: :[[@LINE-7]]:31: warning: function 'equalChars' is a renamed clone
// CHECK-MESSAGES-SIB: :[[@LINE-8]]:31: warning: function 'equalChars' is a renamed clone of the designated utility 'text::equal'; the utility cannot replace it as it is: parameter 1 has type 'const Char *', the utility takes 'const char *' [ssot-reimplemented-utility]
bool useChars(const char *a) { return equalChars(a, a); }
} // namespace app

namespace other {
// The utility's name in another scope, with another primitive: still a twin
// by its name, and the message says what differs.
bool equal(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return foldcmp(a, b) == 0;
}
// CHECK-MESSAGES: :[[@LINE-7]]:6: warning: function 'equal' is a twin of the designated utility 'text::equal' (the same name in another scope and a near clone (80% similar) of its body); same structure, but it calls 'foldcmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]
// CHECK-MESSAGES-SIB: :[[@LINE-8]]:6: warning: function 'equal' is a twin of the designated utility 'text::equal' (the same name in another scope and a near clone (80% similar) of its body); same structure, but it calls 'foldcmp' where the utility calls 'strcmp'; compare it with the utility [ssot-reimplemented-utility]
} // namespace other
