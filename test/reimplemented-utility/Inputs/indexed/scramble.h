// A utility that no function of recorded.cpp resembles, by name or body.
#include <ssot/annotations.h>
namespace core {
SSOT_UTILITY void scramble(char *data, unsigned size, unsigned key);
} // namespace core
