// Private to the syntax stage's commands: the tagger, lemmatizer and parser
// loaded together, and the one call that runs them on a tokenized document.
// Used by `dyad parse`, `dyad eval-syntax` and the parser's tests.
#ifndef DYAD_SYNTAX_PARSER_PIPELINE_H_
#define DYAD_SYNTAX_PARSER_PIPELINE_H_

#include <string>

#include "dyad/lemmatizer.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"

namespace dyad {

struct SyntaxModelPaths {
  std::string tagger;      // empty: model_file("tagger.bin")
  std::string lemmatizer;  // empty: model_file("lemmas.tsv") if present, else rules only
  std::string parser;      // empty: model_file("parser.bin")
};

struct SyntaxModels {
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;

  // Throws std::runtime_error naming the file that is missing or malformed.
  // need_tagger = false skips the tagger and lemmatizer (gold-tag runs).
  static SyntaxModels load(const SyntaxModelPaths& paths, bool need_tagger = true);

  // Tags, lemmatizes and parses doc (tokens and sentences already set),
  // replacing any syntax layer it had.
  void annotate(Document& doc) const;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSER_PIPELINE_H_
