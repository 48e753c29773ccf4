// jobs/bridge.h - the one way into the jobs component from the others.
#ifndef JOBS_BRIDGE_H
#define JOBS_BRIDGE_H

#include "jobs/queue.h"

#include <ssot/annotations.h>

#include <string>

namespace jobs {

class SSOT_BRIDGE JobBridge {
public:
  /// Queues a job; returns how many are waiting.
  std::size_t submit(std::string job) {
    queue_.push(std::move(job));
    return queue_.size();
  }

private:
  detail::JobQueue queue_;
};

} // namespace jobs

#endif // JOBS_BRIDGE_H
