// Functions that hand the work to the designated utility are not its twins
// or clones: a same-name overload that forwards to the utility; a same-name
// overload for types the utility cannot take that forwards to a function
// beside the utility (its wide sibling); a template whose call of the
// utility's worker overload depends on a template parameter. A same-name
// function that re-implements the work, or that the utility could replace,
// is still reported.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::util::Text::sameIgnoringCase;::util::split'}}" -- -std=c++17

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace util {
struct Text {
  static bool sameIgnoringCase(const char *A, const char *B);
  static bool sameIgnoringCaseWide(const wchar_t *A, const wchar_t *B);
  static int compareIgnoringCase(const char *A, const char *B);
};

// The utility and its worker overload, which writes pieces of type S.
template <typename S, typename Out, typename Sep>
void split(Out Into, std::string_view Text, Sep Separator) {
  size_t Start = 0;
  for (size_t At = Text.find(Separator); At != std::string_view::npos;
       At = Text.find(Separator, Start)) {
    *Into++ = S(Text.substr(Start, At - Start));
    Start = At + 1;
  }
  *Into++ = S(Text.substr(Start));
}
template <typename Sep = char>
std::vector<std::string> split(std::string_view Text, Sep Separator = ',') {
  using Piece = std::string;
  std::vector<Piece> Pieces;
  split<Piece>(std::back_inserter(Pieces), Text, Separator);
  return Pieces;
}
} // namespace util

namespace matchers {
// Forwards to the utility: a use of it.
inline bool sameIgnoringCase(const char *A, const char *B) {
  return util::Text::sameIgnoringCase(A, B);
}
// The wide half of the pair: the utility cannot take wide strings, and the
// work goes to the utility's wide sibling.
inline bool sameIgnoringCase(const wchar_t *A, const wchar_t *B) {
  return util::Text::sameIgnoringCaseWide(A, B);
}

// The non-owning variant: the worker's call depends on Sep.
template <typename Sep = char>
std::vector<std::string_view> splitView(std::string_view Text,
                                        Sep Separator = ',') {
  using Piece = std::string_view;
  std::vector<Piece> Pieces;
  util::split<Piece>(std::back_inserter(Pieces), Text, Separator);
  return Pieces;
}
} // namespace matchers

namespace legacy {
// Re-implements the comparison for wide strings: reported, and the utility
// cannot replace it.
bool sameIgnoringCase(const wchar_t *A, const wchar_t *B) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: function 'sameIgnoringCase' is a twin of the designated utility 'util::Text::sameIgnoringCase' (the same name in another scope); the utility cannot replace it as it is: parameter 1 has type 'const wchar_t *', the utility takes 'const char *' [ssot-reimplemented-utility]
  for (; *A && *B; ++A, ++B)
    if ((*A | 0x20) != (*B | 0x20))
      return false;
  return *A == *B;
}
} // namespace legacy

namespace app {
// The utility could replace it: reported although it calls the utility's
// neighbour.
bool sameIgnoringCase(const char *A, const char *B) {
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: function 'sameIgnoringCase' is a twin of the designated utility 'util::Text::sameIgnoringCase' (the same name in another scope); call the utility instead [ssot-reimplemented-utility]
  return util::Text::compareIgnoringCase(A, B) == 0;
}
} // namespace app

int use() {
  return static_cast<int>(matchers::sameIgnoringCase("a", "A")) +
         static_cast<int>(matchers::sameIgnoringCase(L"a", L"A")) +
         static_cast<int>(legacy::sameIgnoringCase(L"a", L"A")) +
         static_cast<int>(app::sameIgnoringCase("a", "b")) +
         static_cast<int>(matchers::splitView("a,b").size() +
                          util::split("a,b").size());
}
