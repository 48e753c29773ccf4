// Utilities without annotations: the configuration designates them.
#ifndef PLAIN_UTIL_H
#define PLAIN_UTIL_H
namespace util {
inline bool is_blank(const char *s) {
  if (!s)
    return true;
  while (*s == ' ' || *s == '\t')
    ++s;
  if (*s == '\0')
    return true;
  return false;
}
inline int count_words(const char *s);
} // namespace util
#endif
