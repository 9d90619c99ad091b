// The CLI's subcommands register themselves here, one file per subcommand
// (src/cli/cmd_<name>.cc), so adding a command touches no shared file.
#ifndef DYAD_CLI_COMMAND_H_
#define DYAD_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace dyad::cli {

// A setup function adds one subcommand (with its options and callback) to app.
// The callback reports failure by throwing CLI::RuntimeError(exit_code).
using CommandSetup = std::function<void(CLI::App& app)>;

std::vector<CommandSetup>& command_registry();

// Returns app's subcommand `name`, adding it first if no file has yet: lets
// several files add children to one group such as `dyad train tagger|parser`.
inline CLI::App* find_or_add_subcommand(CLI::App& app, const std::string& name,
                                        const std::string& description) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (sub->get_name() == name) return sub;
  CLI::App* sub = app.add_subcommand(name, description);
  sub->require_subcommand(1);
  return sub;
}

// --states-as-governments (EventOptions::states_as_governments), shared by
// the commands that code events.
inline void add_states_as_governments_flag(CLI::App* cmd, bool* flag) {
  cmd->add_flag("--states-as-governments", *flag,
                "code a state named as such as its government when it acts or is addressed (\"Russia condemned\": "
                "RUSGOV), as ICEWS does; sanctions and force still fall on the state (RUS). Default: the CAMEO "
                "dictionaries' convention, the name is the state (RUS)");
}

struct RegisterCommand {
  explicit RegisterCommand(CommandSetup setup) {
    command_registry().push_back(std::move(setup));
  }
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMAND_H_
