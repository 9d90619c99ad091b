// `dyad serve --db F`: the read-only JSON API and dashboard over a store.
// Binds loopback unless --host says otherwise: the API has no authentication,
// so exposing it is a deliberate choice.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "cli/command.h"
#include "dyad/server.h"
#include "dyad/store.h"
#include "store/server_indexes.h"

namespace dyad::cli {
namespace {

struct ServeArgs {
  ServerOptions options;
  int cache_mb = 64;
  bool add_indexes = false;
};

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand("serve", "serve a store over HTTP: JSON API and web dashboard");
  cmd->add_option("--db", args->options.db_path, "the SQLite store to serve (opened read-only)")->required();
  cmd->add_option("--port", args->options.port, "TCP port (0 = any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", args->options.host, "address to bind")->capture_default_str();
  cmd->add_option("--web", args->options.web_dir,
                  "serve the dashboard from this directory (default: the copy built into dyad)");
  cmd->add_option("--threads", args->options.threads, "worker threads")->capture_default_str()->check(
      CLI::Range(1, 256));
  cmd->add_option("--cache-mb", args->cache_mb, "response cache size in MB (0 = off; emptied by any write to the store)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65536));
  cmd->add_flag("--add-indexes", args->add_indexes,
               "first add the server's covering indexes to the store (one-time; needs write access)");
  cmd->callback([args] {
    args->options.cache_bytes = static_cast<size_t>(args->cache_mb) << 20;
    // SIGINT/SIGTERM are taken by a waiting thread (blocked here, before any
    // thread starts, so the workers inherit the mask) and turned into stop().
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, nullptr);
    std::unique_ptr<Server> server;
    try {
      if (args->add_indexes) {
        std::fprintf(stderr, "dyad serve: adding indexes to %s ...\n", args->options.db_path.c_str());
        store::add_server_indexes(args->options.db_path);
      } else if (!store::has_server_indexes(args->options.db_path)) {
        std::fprintf(stderr,
                     "dyad serve: note: %s lacks the server's covering indexes; actor-level dyads and "
                     "deduplicated series of a large store will be slow (add them once with --add-indexes)\n",
                     args->options.db_path.c_str());
      }
      server = std::make_unique<Server>(args->options);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad serve: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
    std::printf("dyad serve: http://%s:%d/ (store %s)\n", args->options.host.c_str(), server->port(),
                args->options.db_path.c_str());
    std::fflush(stdout);
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&sigs, &sig);
      server->stop();
    });
    server->run();
    // run() also returns if the listener fails; wake the waiter either way.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
  });
});

}  // namespace
}  // namespace dyad::cli
