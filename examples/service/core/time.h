// core/time.h - time utilities shared by the whole service.
#ifndef CORE_TIME_H
#define CORE_TIME_H

#include <ssot/annotations.h>

#include <chrono>

namespace core {

/// The designated way to pause a thread: clamps negative and oversized
/// durations so a bad setting cannot hang or spin a worker.
SSOT_UTILITY void safe_sleep(std::chrono::milliseconds duration);

} // namespace core

#endif // CORE_TIME_H
