// jobs/queue.h - the job queue behind jobs::JobBridge; internal to jobs/.
#ifndef JOBS_QUEUE_H
#define JOBS_QUEUE_H

#include <deque>
#include <string>

namespace jobs::detail {

class JobQueue {
public:
  void push(std::string job) { jobs_.push_back(std::move(job)); }
  std::size_t size() const { return jobs_.size(); }

private:
  std::deque<std::string> jobs_;
};

} // namespace jobs::detail

#endif // JOBS_QUEUE_H
