// dyad: the command-line front end. Global options live here; each subcommand
// is in its own cmd_*.cc file and registers itself with command_registry().
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>

#include "cli/command.h"
#include "dyad/data_path.h"

namespace dyad::cli {
std::vector<CommandSetup>& command_registry() {
  static std::vector<CommandSetup> registry;
  return registry;
}
}  // namespace dyad::cli

namespace {

// Commands write with fwrite/printf or std::cout and most never look at the
// result, so a full disk or a failing device would lose the output behind an
// exit status of 0. Checked once here, after the command: the run fails if any
// of its output could not be written.
int check_output(int rc) {
  errno = 0;
  std::cout.flush();
  int err = std::cout.bad() ? errno : 0;
  errno = 0;
  if (std::fflush(stdout) != 0 && errno) err = errno;
  if (!std::cout.bad() && !std::ferror(stdout)) return rc;
  std::fprintf(stderr, "dyad: error: cannot write the output%s%s\n", err ? ": " : "", err ? std::strerror(err) : "");
  return rc != 0 ? rc : 1;
}

}  // namespace

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
    return check_output(e.get_exit_code());  // a command failed; it has said why
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);  // prints help/version (rc 0) or the usage error
    return check_output(rc == 0 ? 0 : 2);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad: error: %s\n", e.what());
    return check_output(1);
  }
  return check_output(0);
}
