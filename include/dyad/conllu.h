// Reading and writing CoNLL-U (https://universaldependencies.org/format.html).
//
// Reading builds Documents whose text is rebuilt from the word forms (a space
// between words unless SpaceAfter=No), one Sentence per CoNLL-U sentence, and
// whose syntax layer holds the file's annotation. Multiword-token range lines
// ("1-2 don't") are skipped: the syntactic words are the tokens.
#ifndef DYAD_CONLLU_H_
#define DYAD_CONLLU_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct ConlluReadOptions {
  // Start a new Document at each "# newdoc" comment (else: one Document for all).
  bool split_documents = true;
  // When set, a malformed sentence is left out and "file:line: what is wrong;
  // sentence skipped" appended here, and reading goes on with the next one
  // (commands that code what they can). When null, the first error throws.
  std::vector<std::string>* errors = nullptr;
};

// Throws std::runtime_error("file:line: what is wrong") on malformed input
// (unless options.errors collects the errors). A HEAD outside its sentence
// is malformed.
std::vector<Document> read_conllu(std::istream& in, const std::string& name,
                                  const ConlluReadOptions& options = {});
std::vector<Document> read_conllu_file(const std::string& path,
                                       const ConlluReadOptions& options = {});

// Writes doc's sentences as CoNLL-U (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL
// DEPS MISC), with "# sent_id" and "# text" comments. Columns missing from the
// document are written as "_".
void write_conllu(const Document& doc, std::ostream& out);

}  // namespace dyad

#endif  // DYAD_CONLLU_H_
