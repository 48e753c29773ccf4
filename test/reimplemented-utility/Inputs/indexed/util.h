// Utilities declared here and defined in util.cpp: a file that includes only
// this header compares its functions with their recorded fingerprints.
#include <ssot/annotations.h>
namespace core {
SSOT_UTILITY int backoff_delay(int attempt, int baseMs, int capMs);
SSOT_UTILITY int clamp_percent(int value);
SSOT_UTILITY void scramble(char *data, unsigned size, unsigned key);
} // namespace core
