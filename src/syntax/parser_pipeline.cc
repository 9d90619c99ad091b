// Loading and running tagger + lemmatizer + parser together (parser_pipeline.h).
#include "syntax/parser_pipeline.h"

#include <fstream>

#include "dyad/data_path.h"

namespace dyad {

SyntaxModels SyntaxModels::load(const SyntaxModelPaths& paths, bool need_tagger) {
  SyntaxModels m;
  if (need_tagger) {
    m.tagger = Tagger::load(paths.tagger.empty() ? model_file("tagger.bin") : paths.tagger);
    std::string lem = paths.lemmatizer;
    if (lem.empty() && std::ifstream(model_file("lemmas.tsv")).good()) lem = model_file("lemmas.tsv");
    if (!lem.empty()) m.lemmatizer = Lemmatizer::load(lem);
  }
  m.parser = Parser::load(paths.parser.empty() ? model_file("parser.bin") : paths.parser);
  return m;
}

void SyntaxModels::annotate(Document& doc) const {
  doc.syntax.assign(doc.tokens.size(), TokenSyntax{});
  tagger.tag(doc);
  lemmatizer.lemmatize(doc);
  parser.parse(doc);
}

}  // namespace dyad
