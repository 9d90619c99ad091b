// `dyad eval-syntax`: runs the shipped tagger, lemmatizer and parser on the
// tokens and sentences of a gold CoNLL-U file (gold tokenization) and scores
// UPOS, XPOS, lemma, UAS, LAS and the main relations.
#include <chrono>
#include <cstdio>

#include "cli/command.h"
#include "dyad/conllu.h"
#include "syntax/parser_eval.h"
#include "syntax/parser_pipeline.h"

namespace dyad::cli {
namespace {

// The relations the event coder relies on, plus the frequent rest.
const char* const kMainRelations[] = {
    "root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "obl:unmarked", "ccomp",
    "xcomp", "advcl", "acl", "acl:relcl", "csubj", "nmod", "nmod:poss", "appos", "amod",
    "compound", "compound:prt", "flat", "conj", "cc", "mark", "case", "aux", "aux:pass", "cop",
    "advmod", "det", "nummod", "parataxis", "punct"};

RegisterCommand reg([](CLI::App& app) {
  CLI::App* c = app.add_subcommand(
      "eval-syntax", "score tagger, lemmatizer and parser against a gold CoNLL-U file");
  struct Opts {
    std::string gold;
    SyntaxModelPaths models;
    bool gold_tags = false;
  };
  auto o = std::make_shared<Opts>();
  c->add_option("--gold", o->gold, "gold CoNLL-U file")->required();
  c->add_option("--tagger", o->models.tagger, "tagger model (default models/tagger.bin)");
  c->add_option("--parser", o->models.parser, "parser model (default models/parser.bin)");
  c->add_option("--lemmas", o->models.lemmatizer, "lemma table (default models/lemmas.tsv)");
  c->add_flag("--gold-tags", o->gold_tags, "parse with the gold tags and lemmas (parser only)");
  c->callback([o] {
    try {
      const std::vector<Document> gold = read_conllu_file(o->gold);
      const SyntaxModels models = SyntaxModels::load(o->models, !o->gold_tags);
      std::vector<Document> pred = gold;
      using Clock = std::chrono::steady_clock;
      double tag_secs = 0, parse_secs = 0;
      for (Document& d : pred) {
        auto t0 = Clock::now();
        if (!o->gold_tags) {
          d.syntax.assign(d.tokens.size(), TokenSyntax{});
          models.tagger.tag(d);
          models.lemmatizer.lemmatize(d);
        } else {
          for (TokenSyntax& s : d.syntax) { s.head = -1; s.deprel = 0; }
        }
        auto t1 = Clock::now();
        models.parser.parse(d);
        auto t2 = Clock::now();
        tag_secs += std::chrono::duration<double>(t1 - t0).count();
        parse_secs += std::chrono::duration<double>(t2 - t1).count();
      }
      const SyntaxScores s = score_syntax(gold, pred);
      std::printf("file\t%s\ntokens\t%ld\t(gold tokenization%s)\n", o->gold.c_str(), s.tokens,
                  o->gold_tags ? ", gold tags" : ", predicted tags");
      std::printf("UPOS\t%.2f\nXPOS\t%.2f\nLemma\t%.2f\n", s.pct(s.upos), s.pct(s.xpos),
                  s.pct(s.lemma));
      std::printf("UAS\t%.2f\nLAS\t%.2f\nLAS-universal\t%.2f\t(label subtypes ignored)\n", s.uas(),
                  s.las(), s.pct(s.labelled_base));
      std::printf("parser tokens/s\t%.0f\t(wall clock)\n", s.tokens / std::max(parse_secs, 1e-9));
      if (!o->gold_tags)
        std::printf("tag+lemma tokens/s\t%.0f\n", s.tokens / std::max(tag_secs, 1e-9));
      std::printf("\nrelation\tgold\tpred\tprecision\trecall\tF1\n");
      for (const char* r : kMainRelations) {
        auto it = s.relations.find(r);
        if (it == s.relations.end()) continue;
        const RelationScore& x = it->second;
        std::printf("%s\t%ld\t%ld\t%.2f\t%.2f\t%.2f\n", r, x.gold, x.predicted,
                    100 * x.precision(), 100 * x.recall(), 100 * x.f1());
      }
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-syntax: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
