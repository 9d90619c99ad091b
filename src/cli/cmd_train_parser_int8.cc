// `dyad train parser-int8`: turns a version-8 parser model (feature set 8,
// int16 weights) into a version-9 one (the same features, int8 rows with one
// power-of-two exponent per row; see syntax/parser_impl.h). No retraining:
// each row is rounded to 8 significant bits, which halves the weight tables
// the parser reads at random and makes parsing faster; training with
// --features 9 gives the same kind of model but takes as long as training.
#include <cstdio>
#include <stdexcept>

#include "cli/command.h"
#include "syntax/parser_impl.h"
#include "syntax/parser_io.h"

namespace dyad::cli {
namespace {

RegisterCommand reg([](CLI::App& app) {
  CLI::App* train_group = find_or_add_subcommand(app, "train", "train a model");
  CLI::App* c = train_group->add_subcommand(
      "parser-int8", "convert a version-8 parser model to int8 rows (version 9)");
  struct Opts {
    std::string model, out;
  };
  auto o = std::make_shared<Opts>();
  c->add_option("--model", o->model, "version-8 parser model to convert")->required();
  c->add_option("--out", o->out, "version-9 model file to write")->required();
  c->callback([o] {
    try {
      parser_internal::Weights w = parser_internal::load_weights(o->model);
      if (w.features != 8)
        throw std::runtime_error(o->model + ": parser model version " +
                                 std::to_string(w.features) + ", expected 8");
      parser_internal::to_q8(w);
      w.features = 9;
      parser_internal::save_weights(w, o->out);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad train parser-int8: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
