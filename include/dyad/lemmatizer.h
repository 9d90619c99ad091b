// Lemmatizer: rules plus exception tables, driven by the PTB tag.
#ifndef DYAD_LEMMATIZER_H_
#define DYAD_LEMMATIZER_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

class Lemmatizer {
 public:
  Lemmatizer();
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

  // Loads the exception tables (models/ or data/); throws naming the file.
  // The shipped table is models/lemmas.tsv (see build_lemma_table). A
  // default-constructed Lemmatizer applies the spelling rules only.
  static Lemmatizer load(const std::string& path);

  // The lemma of one word given its PTB tag ("met","VBD" -> "meet").
  // sentence_initial: the word starts a sentence, so a capital means nothing.
  std::string lemma(std::string_view word, std::string_view xpos,
                    bool sentence_initial = false) const;

  // Sets syntax[i].lemma for every token; needs xpos already set.
  void lemmatize(Document& doc) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

struct LemmaTableOptions {
  std::string wordnet_dir = "/usr/share/wordnet";  // Debian's wordnet-base
  int min_count = 2;             // learned exceptions need this many occurrences
  size_t max_base_length = 14;   // adjective/adverb base forms longer than this are left out
};

// Writes the table Lemmatizer::load reads: WordNet's irregular forms and
// base-form lists (read from options.wordnet_dir) and, from gold-lemmatised
// documents (e.g. read_conllu_file of UD EWT train), the (PTB tag, form)
// pairs whose gold lemma the rules and WordNet get wrong. Throws naming a
// missing or malformed WordNet file.
void build_lemma_table(const std::vector<Document>& gold, const LemmaTableOptions& options,
                       std::ostream& out);

}  // namespace dyad

#endif  // DYAD_LEMMATIZER_H_
