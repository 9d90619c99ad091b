// `dyad train lemmatizer`: builds the lemma table (models/lemmas.tsv) from
// WordNet and a gold-lemmatised CoNLL-U corpus.
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>

#include "cli/command.h"
#include "dyad/conllu.h"
#include "dyad/lemmatizer.h"
#include "dyad/tagger.h"

namespace {

dyad::cli::RegisterCommand reg([](CLI::App& app) {
  CLI::App* train = dyad::cli::find_or_add_subcommand(app, "train", "train a model");
  CLI::App* c = train->add_subcommand(
      "lemmatizer", "build the lemma table from WordNet and gold lemmas in CoNLL-U");
  struct Args {
    std::string train, out, eval, tagger;
    dyad::LemmaTableOptions opt;
  };
  auto args = std::make_shared<Args>();
  c->add_option("--train", args->train, "gold-lemmatised CoNLL-U file")->required();
  c->add_option("--out", args->out, "where to write the table")->required();
  c->add_option("--wordnet", args->opt.wordnet_dir, "WordNet dict directory")
      ->capture_default_str();
  c->add_option("--min-count", args->opt.min_count, "occurrences needed for an exception")
      ->capture_default_str();
  c->add_option("--eval", args->eval, "optional CoNLL-U file to report lemma accuracy on");
  c->add_option("--tagger", args->tagger,
                "with --eval: tag with this model first (else gold tags are used)");
  c->callback([args] {
    try {
      auto gold = dyad::read_conllu_file(args->train);
      {
        std::ofstream out(args->out);
        if (!out) throw std::runtime_error(args->out + ": cannot write");
        dyad::build_lemma_table(gold, args->opt, out);
        out.close();
        if (!out) throw std::runtime_error(args->out + ": write failed");
      }
      std::fprintf(stderr, "wrote %s\n", args->out.c_str());
      if (!args->eval.empty()) {
        dyad::Lemmatizer lem = dyad::Lemmatizer::load(args->out);
        auto test = dyad::read_conllu_file(args->eval);
        std::vector<dyad::Document> pred = test;
        dyad::Tagger tagger;
        if (!args->tagger.empty()) tagger = dyad::Tagger::load(args->tagger);
        for (auto& d : pred) {
          if (!tagger.empty()) tagger.tag(d);
          lem.lemmatize(d);
        }
        dyad::TaggingScores s = dyad::score_tagging(test, pred);
        std::printf("%s: lemma %.2f%% (%zu tokens, %s tags)\n", args->eval.c_str(),
                    100 * s.lemma(), s.lemma_tokens, tagger.empty() ? "gold" : "predicted");
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad train lemmatizer: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
