// The utility's definition, in its own unit: recorded from here.
#include "text.h"
bool text::is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }
std::string text::trimWhitespace(std::string_view s) {
  std::size_t first = 0, last = s.size();
  for (; first < last && is_blank(s[first]); ++first) {
  }
  for (; last > first && is_blank(s[last - 1]); --last) {
  }
  return std::string(s.substr(first, last - first));
}
