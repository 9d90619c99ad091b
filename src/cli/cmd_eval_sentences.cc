// dyad eval-sentences --conllu FILE: sentence-boundary precision, recall and F1
// of the splitter against a CoNLL-U file's gold sentences (e.g. UD English EWT).
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include "cli/command.h"
#include "dyad/text.h"

namespace dyad::cli {
namespace {

void report(const char* name, const BoundaryScore& s) {
  std::printf("%-10s  docs %zu  gold %zu  predicted %zu  correct %zu  P %.4f  R %.4f  F1 %.4f"
              "  | punctuated ends: gold %zu  found %zu  R %.4f\n",
              name, s.documents, s.gold, s.predicted, s.correct, s.precision(), s.recall(),
              s.f1(), s.gold_punct, s.correct_punct, s.recall_punct());
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("eval-sentences",
                               "score sentence boundaries against a CoNLL-U file");
  auto path = std::make_shared<std::string>();
  auto layout = std::make_shared<std::string>("both");
  auto opt = std::make_shared<SentenceOptions>();
  c->add_option("--conllu", *path, "CoNLL-U file with # text, # newdoc, # newpar lines")
      ->required();
  c->add_option("--layout", *layout,
                "paragraphs: sentences of a paragraph joined by a space, paragraphs by a "
                "blank line; runon: a document's sentences joined by a space; both")
      ->check(CLI::IsMember({"paragraphs", "runon", "both"}));
  c->add_option("--period-before-lower", opt->break_period_before_lower,
                "break at '.' followed by a lower-case word (default true)");
  c->add_option("--question-before-lower", opt->break_question_before_lower,
                "break at '?'/'!' followed by a lower-case word (default true)");
  auto show = std::make_shared<bool>(false);
  c->add_flag("--show-errors", *show, "print each missed and spurious boundary to stderr");
  c->callback([path, layout, opt, show] {
    std::ostream* errors = *show ? &std::cerr : nullptr;
    try {
      if (*layout != "runon")
        report("paragraphs", eval_sentences_conllu(*path, EvalLayout::kParagraphs, *opt, errors));
      if (*layout != "paragraphs")
        report("runon", eval_sentences_conllu(*path, EvalLayout::kRunOn, *opt, errors));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-sentences: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
