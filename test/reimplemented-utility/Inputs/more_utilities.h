// Another designated utility with the words of core::parse_bool. The file
// that includes this header does not use it.
#include <ssot/annotations.h>
namespace legacy {
SSOT_UTILITY bool ParseBool(const char *s);
} // namespace legacy
