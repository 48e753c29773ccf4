// An interface twin defined inline in a header the checked file includes.
#include "text.h"
namespace legacy {
inline std::string whitespaceTrimmed(const char *s) {
  std::string_view v(s);
  while (!v.empty() && text::is_blank(v.front()))
    v.remove_prefix(1);
  while (!v.empty() && text::is_blank(v.back()))
    v.remove_suffix(1);
  return std::string(v);
}
} // namespace legacy
