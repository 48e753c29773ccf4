// The designated way to pause a thread.
#ifndef SLEEP_H
#define SLEEP_H
#include <chrono>
#include <ssot/annotations.h>

namespace core {
SSOT_UTILITY void safe_sleep(std::chrono::milliseconds duration);
/// Returns how long it slept: not a drop-in where a result is expected.
SSOT_UTILITY int timed_sleep(std::chrono::milliseconds duration);
} // namespace core

#endif
