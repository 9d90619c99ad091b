// `dyad info`: where dyad takes its data from, and the versions it would stamp
// on its output. The first thing to run when results differ between machines.
#include <cstdio>

#include "cli/command.h"
#include "dyad/data_path.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

RegisterCommand reg([](CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("info", "print the data directory and model/lexicon versions in use");
  cmd->callback([] {
    std::string root = data_root();
    std::printf("dyad %s\ndata root: %s\n", dyad_version(), root.empty() ? "(not found)" : root.c_str());
    try {
      auto pipeline = Pipeline::load();
      std::printf("models: %s\nlexicons: %s\n", pipeline->model_version().c_str(),
                  pipeline->lexicon_version().c_str());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad info: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
