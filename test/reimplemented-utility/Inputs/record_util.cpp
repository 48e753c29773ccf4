// Any file that includes the utilities' header and uses them: running the
// check over it with RecordFingerprints records the inline utilities.
#include "Inputs/util.h"
int recordUse(int (*op)()) { return core::retry_with_timeout(op, 1, 1); }
