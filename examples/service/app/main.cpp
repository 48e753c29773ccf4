// app/main.cpp - starts the workers and the server.
#include "app.h"

#include "core/config.h"

#include <cstring>
#include <iostream>
#include <thread>
#include <vector>

// Takes the environment as a third parameter to log it at startup.
int main(int argc, char **argv, char **envp) {
  bool dump_env = argc > 1 && std::strcmp(argv[1], "--dump-env") == 0;
  if (dump_env)
    for (char **entry = envp; *entry != nullptr; ++entry)
      std::cout << *entry << '\n';

  core::Config config = core::load_config();

  std::vector<std::thread> workers;
  for (int id = 0; id < config.worker_threads; ++id)
    workers.emplace_back(app::run_worker, id, 3);

  int handled = app::run_server(config, 10);
  for (std::thread &worker : workers)
    worker.join();
  std::cout << "handled " << handled << " requests\n";
  return 0;
}
