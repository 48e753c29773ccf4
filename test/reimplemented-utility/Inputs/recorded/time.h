// A utility declared here and defined in time.cpp: files that include only
// this header never see its body.
#include <ssot/annotations.h>
namespace core {
SSOT_UTILITY int backoff_delay(int attempt, int baseMs, int capMs);
} // namespace core
