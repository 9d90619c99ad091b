// dyad: the command-line front end. Global options live here; each subcommand
// is in its own cmd_*.cc file and registers itself with command_registry().
#include <cstdio>
#include <exception>

#include "cli/command.h"
#include "dyad/data_path.h"

namespace dyad::cli {
std::vector<CommandSetup>& command_registry() {
  static std::vector<CommandSetup> registry;
  return registry;
}
}  // namespace dyad::cli

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event data from news text"};
  app.require_subcommand(1);
  app.fallthrough();  // global options such as --data may follow the subcommand
  app.set_version_flag("--version", std::string("dyad ") + dyad::dyad_version());
  std::string data_dir;
  app.add_option("--data", data_dir,
                 "directory holding dyad's data/ and models/ (default: $DYAD_DATA, "
                 "then the installed or source-tree copy)")
      ->envname("DYAD_DATA");
  app.parse_complete_callback([&] {
    if (!data_dir.empty()) dyad::set_data_root(data_dir);
  });
  for (auto& setup : dyad::cli::command_registry()) setup(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();  // a command failed; it has said why
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);  // prints help/version (rc 0) or the usage error
    return rc == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
