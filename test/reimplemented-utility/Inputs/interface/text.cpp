// The utility's definition, in its own unit: recorded from here.
#include "text.h"
bool text::is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }
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
