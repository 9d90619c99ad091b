// `dyad train parser-int8`: turns a parser model with int16 weights (version
// 3 or 8) into its int8 twin (version 10 or 9: the same features, int8 rows
// with one power-of-two exponent per row; see syntax/parser_impl.h). No retraining:
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
      "parser-int8", "convert a version-3, -8 or -11 parser model to int8 rows (version 10, 9 or 12)");
  struct Opts {
    std::string model, out;
  };
  auto o = std::make_shared<Opts>();
  c->add_option("--model", o->model, "version-3 or -8 parser model to convert")->required();
  c->add_option("--out", o->out, "int8 model file to write (version 10 or 9)")->required();
  c->callback([o] {
    try {
      parser_internal::Weights w = parser_internal::load_weights(o->model);
      const int q8 = parser_internal::q8_of(w.features);
      if (q8 == 0)
        throw std::runtime_error(o->model + ": parser model version " +
                                 std::to_string(w.features) + ", expected 3, 8 or 11");
      parser_internal::to_q8(w);
      w.features = q8;
      parser_internal::save_weights(w, o->out);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad train parser-int8: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
