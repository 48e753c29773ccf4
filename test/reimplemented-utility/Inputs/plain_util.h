// Utilities without annotations: the configuration designates them.
#ifndef PLAIN_UTIL_H
#define PLAIN_UTIL_H
namespace util {
bool is_blank(const char *s);
inline int count_words(const char *s);
} // namespace util
#endif
