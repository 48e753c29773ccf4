// app/worker.cpp - background workers that poll for queued jobs.
#include "app/app.h"

#include "core/time.h"

#include <chrono>
#include <cstring>
#include <iostream>
#include <thread>

extern char **environ;

namespace app {

namespace {
// A second copy of core::safe_sleep that has already drifted: it has no
// upper bound, so a large backoff stalls the worker.
void SafeSleep(std::chrono::milliseconds duration) {
  if (duration.count() > 0)
    std::this_thread::sleep_for(duration);
}

// Written before core::safe_sleep existed: the same logic under another
// name. Only its recorded fingerprint tells, since worker.cpp never sees
// the utility's body (it lives in core/time.cpp).
constexpr std::chrono::milliseconds kMaxBackoff{30 * 1000};
void backoff_pause(std::chrono::milliseconds pause) {
  if (pause <= std::chrono::milliseconds::zero())
    return;
  if (pause > kMaxBackoff)
    pause = kMaxBackoff;
  std::this_thread::sleep_for(pause);
}

// Counts the WORKER_* variables by walking the raw environment block.
int worker_overrides() {
  int count = 0;
  for (char **entry = environ; *entry != nullptr; ++entry)
    if (std::strncmp(*entry, "WORKER_", 7) == 0)
      ++count;
  return count;
}
} // namespace

void run_worker(int id, int rounds) {
  std::cout << "worker " << id << ": " << worker_overrides()
            << " overrides\n";
  for (int round = 0; round < rounds; ++round) {
    // Sleeps directly instead of through core::safe_sleep.
    std::this_thread::sleep_for(std::chrono::milliseconds(10 * round));
    SafeSleep(std::chrono::milliseconds(5));
    backoff_pause(std::chrono::milliseconds(round));
  }
  core::safe_sleep(std::chrono::milliseconds(1)); // the designated way
}

} // namespace app
