// app/app.h - entry points of the service's two halves.
#ifndef APP_APP_H
#define APP_APP_H

#include "core/config.h"

namespace app {

/// Serves requests until `max_requests` have been handled; returns how many.
int run_server(const core::Config &config, int max_requests);

/// Runs one background worker for `rounds` rounds.
void run_worker(int id, int rounds);

} // namespace app

#endif // APP_APP_H
