// A utility declared here and defined in util.cpp: a file that includes only
// this header sees its body through the recorded fingerprint alone.
#include <ssot/annotations.h>
namespace core {
SSOT_UTILITY int backoff_delay(int attempt, int baseMs, int capMs);
} // namespace core
