// core/time.cpp
#include "core/time.h"

#include <thread>

namespace core {

namespace {
constexpr std::chrono::milliseconds kMaxSleep{60 * 1000};
} // namespace

void safe_sleep(std::chrono::milliseconds duration) {
  if (duration <= std::chrono::milliseconds::zero())
    return;
  if (duration > kMaxSleep)
    duration = kMaxSleep;
  std::this_thread::sleep_for(duration);
}

} // namespace core
