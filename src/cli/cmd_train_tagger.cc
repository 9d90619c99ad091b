// `dyad train tagger`: trains the averaged-perceptron POS tagger on CoNLL-U.
#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include "cli/command.h"
#include "cli/outputs.h"
#include "dyad/conllu.h"
#include "dyad/tagger.h"

namespace {

dyad::cli::RegisterCommand reg([](CLI::App& app) {
  CLI::App* train = dyad::cli::find_or_add_subcommand(app, "train", "train a model");
  CLI::App* c = train->add_subcommand("tagger", "train the POS tagger (UPOS + PTB tags) on CoNLL-U");
  struct Args {
    std::string train, dev, test, out;
    dyad::TaggerTrainOptions opt;
  };
  auto args = std::make_shared<Args>();
  c->add_option("--train", args->train, "training CoNLL-U file")->required();
  c->add_option("--dev", args->dev, "development CoNLL-U file (selects the epoch)")->required();
  c->add_option("--out", args->out, "where to write the model")->required();
  c->add_option("--test", args->test, "optional CoNLL-U file to report accuracy on");
  c->add_option("--epochs", args->opt.epochs, "training epochs")->capture_default_str();
  c->add_option("--seed", args->opt.seed, "shuffling seed")->capture_default_str();
  c->add_option("--prune", args->opt.prune_below, "drop averaged weights below this magnitude")
      ->capture_default_str();
  c->add_option("--wordnet", args->opt.wordnet_dir,
                "WordNet dict directory for the unseen-word lexicon (\"\" = none)")
      ->capture_default_str();
  c->add_option("--min-class-count", args->opt.min_class_count,
                "fold (XPOS,UPOS) pairs rarer than this")->capture_default_str();
  c->callback([args] {
    try {
      dyad::cli::check_output_path(args->out);
      using Clock = std::chrono::steady_clock;
      auto train = dyad::read_conllu_file(args->train);
      auto dev = dyad::read_conllu_file(args->dev);
      auto t0 = Clock::now();
      dyad::Tagger tagger = dyad::Tagger::train(train, dev, args->opt);
      double secs = std::chrono::duration<double>(Clock::now() - t0).count();
      tagger.save(args->out);
      std::fprintf(stderr, "wrote %s (training took %.1f s)\n", args->out.c_str(), secs);
      auto report = [&](const char* name, const std::vector<dyad::Document>& gold) {
        std::vector<dyad::Document> pred = gold;
        for (auto& d : pred) tagger.tag(d);
        dyad::TaggingScores s = dyad::score_tagging(gold, pred);
        std::printf("%s: %zu tokens  UPOS %.2f%%  XPOS %.2f%%\n", name, s.tokens, 100 * s.upos(),
                    100 * s.xpos());
      };
      report("dev", dev);
      if (!args->test.empty()) report("test", dyad::read_conllu_file(args->test));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad train tagger: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
