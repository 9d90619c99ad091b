// Private to the syntax stage: scoring predicted syntax against gold
// (UPOS/XPOS/lemma accuracy, UAS, LAS, per-relation precision/recall/F1).
// Used by training (model selection on dev), `dyad eval-syntax`, tests and
// benchmarks. Punctuation is scored like any other token (as in the UD
// shared tasks).
#ifndef DYAD_SYNTAX_PARSER_EVAL_H_
#define DYAD_SYNTAX_PARSER_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct RelationScore {
  long gold = 0, predicted = 0, correct = 0;  // correct = right head and label
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double recall() const { return gold ? double(correct) / gold : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct SyntaxScores {
  long tokens = 0;
  long upos = 0, xpos = 0, lemma = 0;   // correct counts
  long heads = 0, labelled = 0;          // UAS / LAS numerators (full labels)
  long labelled_base = 0;                // LAS counting only the universal part
  std::map<std::string, RelationScore> relations;  // by full label name
  double pct(long v) const { return tokens ? 100.0 * v / tokens : 0; }
  double uas() const { return pct(heads); }
  double las() const { return pct(labelled); }
};

// Gold and predicted must have the same tokens (as read_conllu of one file
// and a re-annotated copy). Throws std::invalid_argument if they differ.
SyntaxScores score_syntax(const std::vector<Document>& gold, const std::vector<Document>& pred);

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSER_EVAL_H_
