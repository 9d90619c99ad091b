// Scoring predicted syntax against gold (see parser_eval.h).
#include "syntax/parser_eval.h"

#include <stdexcept>

namespace dyad {

SyntaxScores score_syntax(const std::vector<Document>& gold, const std::vector<Document>& pred) {
  if (gold.size() != pred.size()) throw std::invalid_argument("score_syntax: document counts differ");
  SyntaxScores s;
  for (size_t d = 0; d < gold.size(); ++d) {
    const Document& g = gold[d];
    const Document& p = pred[d];
    if (g.tokens.size() != p.tokens.size() || g.syntax.size() != g.tokens.size() ||
        p.syntax.size() != p.tokens.size())
      throw std::invalid_argument("score_syntax: token counts differ in document " + std::to_string(d));
    for (size_t i = 0; i < g.tokens.size(); ++i) {
      const TokenSyntax& gs = g.syntax[i];
      const TokenSyntax& ps = p.syntax[i];
      ++s.tokens;
      s.upos += gs.upos == ps.upos;
      s.xpos += gs.xpos == ps.xpos;
      s.lemma += gs.lemma == ps.lemma;
      const bool head_ok = gs.head == ps.head;
      const bool g_root = gs.head < 0, p_root = ps.head < 0;
      const DepRel gl = g_root ? deprel_from_name("root") : gs.deprel;
      const DepRel pl = p_root ? deprel_from_name("root") : ps.deprel;
      s.heads += head_ok;
      s.labelled += head_ok && gl == pl;
      s.labelled_base += head_ok && deprel_base(gl) == deprel_base(pl);
      s.relations[std::string(deprel_name(gl))].gold++;
      RelationScore& pr = s.relations[std::string(deprel_name(pl))];
      pr.predicted++;
      if (head_ok && gl == pl) pr.correct++;
    }
  }
  return s;
}

}  // namespace dyad
