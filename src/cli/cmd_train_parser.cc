// `dyad train parser`: trains the dependency parser on CoNLL-U treebanks.
//
// The parser should be trained on the tags it will see at run time. With
// --tagger it re-tags dev with that model and train by jackknifing: train is
// cut into K folds and each fold is tagged by a tagger trained on the others
// (--jackknife K, default 5; 0 tags train with the given model itself, which
// is faster but sees over-accurate tags).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "cli/command.h"
#include "cli/outputs.h"
#include "dyad/conllu.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"

namespace dyad::cli {
namespace {

void retag(const Tagger& tagger, std::vector<Document>& docs) {
  for (Document& d : docs) {
    std::vector<TokenSyntax> gold = d.syntax;
    tagger.tag(d);
    // The tagger owns upos/xpos; keep the gold tree and lemma for training.
    for (size_t i = 0; i < gold.size() && i < d.syntax.size(); ++i) {
      d.syntax[i].head = gold[i].head;
      d.syntax[i].deprel = gold[i].deprel;
      d.syntax[i].lemma = gold[i].lemma;
    }
  }
}

void jackknife(std::vector<Document>& train, const std::vector<Document>& dev, int folds,
               unsigned seed, bool verbose) {
  // Folds by document, so a fold's tagger never saw text from the same article.
  std::vector<std::vector<size_t>> fold_docs(folds);
  for (size_t i = 0; i < train.size(); ++i) fold_docs[i % folds].push_back(i);
  std::vector<Document> tagged = train;
  for (int k = 0; k < folds; ++k) {
    std::vector<Document> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (static_cast<int>(i % folds) != k) rest.push_back(train[i]);
    TaggerTrainOptions to;
    to.seed = seed;
    to.verbose = false;
    auto t0 = std::chrono::steady_clock::now();
    Tagger tagger = Tagger::train(rest, dev, to);
    std::vector<Document> part;
    for (size_t i : fold_docs[k]) part.push_back(train[i]);
    retag(tagger, part);
    for (size_t j = 0; j < fold_docs[k].size(); ++j) tagged[fold_docs[k][j]] = std::move(part[j]);
    if (verbose)
      std::fprintf(stderr, "parser: jackknife fold %d/%d tagged (%.0fs)\n", k + 1, folds,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  train = std::move(tagged);
}

RegisterCommand reg([](CLI::App& app) {
  CLI::App* train_group = find_or_add_subcommand(app, "train", "train a model");
  CLI::App* c = train_group->add_subcommand("parser", "train the dependency parser (CoNLL-U in)");
  struct Opts {
    std::string train, dev, out, tagger, write_tagged;
    int epochs = 15;
    int jackknife = 5;
    unsigned seed = 1;
    bool quiet = false;
    ParserTrainOptions po;
  };
  auto o = std::make_shared<Opts>();
  c->add_option("--train", o->train, "training treebank (CoNLL-U)")->required();
  c->add_option("--dev", o->dev, "development treebank for model selection (CoNLL-U)");
  c->add_option("--out", o->out, "model file to write")->required();
  c->add_option("--epochs", o->epochs, "training epochs (default 15)");
  c->add_option("--seed", o->seed, "random seed");
  c->add_option("--tagger", o->tagger, "train on this tagger's tags instead of gold tags");
  c->add_option("--jackknife", o->jackknife,
                "with --tagger: folds for jackknife tagging of train (0 = tag with --tagger)");
  c->add_option("--trans-bits", o->po.trans_bits, "log2 rows of the transition weight table");
  c->add_option("--label-bits", o->po.label_bits, "log2 rows of the label weight table");
  c->add_option("--prune", o->po.prune, "drop quantised weights with |w| <= this");
  c->add_option("--explore", o->po.explore,
                "probability of following a wrong predicted move in training (default 0.9)");
  c->add_option("--features", o->po.features,
                "feature templates: 3 (base, default), 8 (base plus third-order and "
                "reporting-verb features), 9 (8's features with int8 weight rows: half the "
                "table memory, faster parsing), 10 (3's features with int8 rows), 11 (3's "
                "features plus WordNet noun and verb classes; needs --wordnet) or 12 (11's "
                "features with int8 rows)");
  c->add_option("--wordnet", o->po.wordnet,
                "WordNet directory for feature sets 11 and 12 (Debian wordnet-base: "
                "/usr/share/wordnet)");
  c->add_option("--ensemble", o->po.ensemble,
                "train this many perceptrons with seeds seed, seed+1, ... and sum their weights "
                "(default 1)");
  c->add_option("--write-tagged", o->write_tagged,
                "with --tagger: also write the re-tagged treebanks to PREFIX.train.conllu and "
                "PREFIX.dev.conllu (to reuse with later runs without --tagger)");
  c->add_flag("--quiet", o->quiet, "no progress on stderr");
  c->callback([o] {
    try {
      check_output_path(o->out);
      auto t0 = std::chrono::steady_clock::now();
      std::vector<Document> train = read_conllu_file(o->train);
      std::vector<Document> dev;
      if (!o->dev.empty()) dev = read_conllu_file(o->dev);
      if (!o->tagger.empty()) {
        Tagger tagger = Tagger::load(o->tagger);
        retag(tagger, dev);
        if (o->jackknife >= 2) jackknife(train, dev, o->jackknife, o->seed, !o->quiet);
        else retag(tagger, train);
        if (!o->write_tagged.empty()) {
          for (auto [docs, part] : {std::pair{&train, "train"}, std::pair{&dev, "dev"}}) {
            const std::string path = o->write_tagged + "." + part + ".conllu";
            std::ofstream f(path);
            for (const Document& d : *docs) {
              if (!d.id.empty()) f << "# newdoc id = " << d.id << "\n";
              write_conllu(d, f);
            }
            if (!f) throw std::runtime_error(path + ": write failed");
          }
        }
      }
      ParserTrainOptions po = o->po;
      po.epochs = o->epochs;
      po.seed = o->seed;
      po.verbose = !o->quiet;
      Parser p = Parser::train(train, dev, po);
      p.save(o->out);
      if (!o->quiet)
        std::fprintf(stderr, "parser: wrote %s (total %.0fs)\n", o->out.c_str(),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad train parser: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
