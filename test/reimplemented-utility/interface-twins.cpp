// Interface twins: a function with a designated utility's interface shape
// (parameters of its types or interchangeable string kinds, a result of the
// same kind), referencing exactly the project functions the utility's body
// references, and sharing a word of its name. Its statements need not look
// like the utility's (index loops for iterators here). What the bodies do is
// not compared, so the advice is "if it does the same".
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=SHOWN -- -header-filter=.* \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=HIDDEN -- -header-filter=^$ \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace'}}" -- -std=c++17

#include "Inputs/interface/text.h"
#include "Inputs/interface/twin_in_header.h"
// The header's twin, reported where it is defined.
// CHECK-MESSAGES-SHOWN: twin_in_header.h:4:20: warning: function 'whitespaceTrimmed' is a twin of the designated utility 'text::trimWhitespace' (the same interface, and it calls the same function, 'text::is_blank'); if it does the same, call the utility instead [ssot-reimplemented-utility]

// The utility's body is in this file: its callees are read from it.
std::string text::trimWhitespace(std::string_view s) {
  auto start = s.begin();
  while (start != s.end() && is_blank(*start))
    ++start;
  if (start == s.end())
    return std::string();
  auto stop = s.end() - 1;
  while (is_blank(*stop))
    --stop;
  return std::string(start, stop + 1);
}

namespace app {
// A view instead of a string, index loops instead of iterators: no
// statement in common, the same interface and callee.
std::string_view stripWhitespace(std::string_view str) {
  std::size_t l = str.size(), s = 0;
  while (s < l && text::is_blank(str[s]))
    ++s;
  if (s == l)
    return {};
  std::size_t e = l - 1;
  while (text::is_blank(str[e]))
    --e;
  return str.substr(s, e + 1 - s);
}
// CHECK-MESSAGES-SHOWN: :[[@LINE-11]]:18: warning: function 'stripWhitespace' is a twin of the designated utility 'text::trimWhitespace' (the same interface, and it calls the same function, 'text::is_blank'); compare it with the utility, which cannot replace it as it is: it returns 'std::string_view', the utility 'std::string' [ssot-reimplemented-utility]
// CHECK-MESSAGES-HIDDEN: :[[@LINE-12]]:18: warning: function 'stripWhitespace' is a twin

// A static member needs no object: a twin too. The callee is reached
// through a macro.
#define BLANK(c) text::is_blank(c)
struct Lines {
  static std::string trimLine(const std::string &line) {
    std::size_t b = 0, e = line.size();
    while (b < e && BLANK(line[b]))
      ++b;
    while (e > b && BLANK(line[e - 1]))
      --e;
    return line.substr(b, e - b);
  }
};
// CHECK-MESSAGES-SHOWN: :[[@LINE-9]]:22: warning: function 'trimLine' is a twin of the designated utility 'text::trimWhitespace' (the same interface, and it calls the same function, 'text::is_blank'); if it does the same, call the utility instead [ssot-reimplemented-utility]
// CHECK-MESSAGES-HIDDEN: :[[@LINE-10]]:22: warning: function 'trimLine' is a twin

// Look-alikes, none reported.

// A char pointer result carries no length: it can skip leading blanks but
// never drop trailing ones, so it cannot stand for a string result.
const char *skipWhitespace(const char *s) {
  while (text::is_blank(*s))
    ++s;
  return s;
}

// The same callee, another interface (two parameters; a bool result).
std::string trimWhitespaceFrom(std::string_view s, std::size_t from) {
  while (from < s.size() && text::is_blank(s[from]))
    ++from;
  return std::string(s.substr(from));
}
bool isWhitespaceOnly(std::string_view s) {
  for (char c : s)
    if (!text::is_blank(c))
      return false;
  return true;
}

// The same interface, but another project function besides the callee.
std::string trimWhitespaceAndCommas(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (text::is_blank(s[b]) || text::is_comma(s[b])))
    ++b;
  while (e > b && (text::is_blank(s[e - 1]) || text::is_comma(s[e - 1])))
    --e;
  return std::string(s.substr(b, e - b));
}

// The same interface and callee, but no word of the utility's name
// ("trimmed" is not "trim").
std::string trimmed(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!text::is_blank(c))
      out += c;
  return out;
}

// A member needing an object is another interface.
class Field {
public:
  std::string trimmedWhitespace(std::string_view s) const {
    std::size_t b = 0;
    while (b < s.size() && text::is_blank(s[b]))
      ++b;
    return std::string(s.substr(b));
  }
};

// A template's parameter types are not the utility's: not judged by
// interface, and its instantiation is not a second function.
template <typename Text> std::string trimWhitespaceOf(const Text &s) {
  std::size_t b = 0;
  while (b < s.size() && text::is_blank(s[b]))
    ++b;
  return std::string(s.substr(b));
}
std::string useTemplate() { return trimWhitespaceOf(std::string(" x")); }
} // namespace app
