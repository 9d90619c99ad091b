// Scoring predicted tags and lemmas against gold annotation.
#include <stdexcept>
#include <string>

#include "dyad/tagger.h"

namespace dyad {

TaggingScores score_tagging(const std::vector<Document>& gold,
                            const std::vector<Document>& predicted) {
  if (gold.size() != predicted.size())
    throw std::invalid_argument("score_tagging: " + std::to_string(gold.size()) +
                                " gold documents but " + std::to_string(predicted.size()) +
                                " predicted");
  TaggingScores s;
  for (size_t d = 0; d < gold.size(); ++d) {
    const Document& g = gold[d];
    const Document& p = predicted[d];
    if (g.tokens.size() != p.tokens.size())
      throw std::invalid_argument("score_tagging: document " + std::to_string(d) + " (" + g.id +
                                  ") has " + std::to_string(g.tokens.size()) +
                                  " gold tokens but " + std::to_string(p.tokens.size()) +
                                  " predicted");
    for (size_t i = 0; i < g.tokens.size(); ++i) {
      ++s.tokens;
      const bool has_gold = i < g.syntax.size();
      const bool has_pred = i < p.syntax.size();
      if (!has_gold) continue;  // counted as a token, cannot be right
      const TokenSyntax& gs = g.syntax[i];
      if (!gs.lemma.empty()) ++s.lemma_tokens;
      if (!has_pred) continue;
      const TokenSyntax& ps = p.syntax[i];
      if (gs.upos == ps.upos) ++s.upos_correct;
      if (gs.xpos == ps.xpos) ++s.xpos_correct;
      if (!gs.lemma.empty() && gs.lemma == ps.lemma) ++s.lemma_correct;
    }
  }
  return s;
}

}  // namespace dyad
