// Renamed clones are found down to a single statement (near clones still
// need MinStatements), and std::string, std::string_view and const char *
// variants of the same body are the same code.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -- -std=c++17 -I %ssot_include

#include <ssot/annotations.h>
#include <string>
#include <string_view>

namespace core {
SSOT_UTILITY bool is_blank(char c) { return c == ' ' || c == '\t'; }

SSOT_UTILITY std::string_view strip(std::string_view s) {
  std::size_t first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}
} // namespace core

namespace app {
// One statement, the same code.
bool spaceOrTab(char ch) { return ch == ' ' || ch == '\t'; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: warning: function 'spaceOrTab' is a renamed clone of the designated utility 'core::is_blank'; call the utility instead [ssot-reimplemented-utility]

// One statement, another literal: below MinStatements, no near clone.
bool newlineOrTab(char ch) { return ch == '\n' || ch == '\t'; }

// The std::string variant of the string_view body: the same code. The
// utility takes the string (a view of it), but returns a view where this
// returns a string.
std::string trim(const std::string &text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos)
    return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}
// CHECK-MESSAGES: :[[@LINE-6]]:13: warning: function 'trim' is a renamed clone of the designated utility 'core::strip'; the utility cannot replace it as it is: it returns 'std::string', the utility 'std::string_view' [ssot-reimplemented-utility]

// The same body returning a view: the utility takes its calls.
std::string_view trimView(const std::string &text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos)
    return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}
// CHECK-MESSAGES: :[[@LINE-6]]:18: warning: function 'trimView' is a renamed clone of the designated utility 'core::strip'; call the utility instead [ssot-reimplemented-utility]
} // namespace app
