// Lemmatizer: rules plus exception tables, driven by the PTB tag.
#ifndef DYAD_LEMMATIZER_H_
#define DYAD_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad {

class Lemmatizer {
 public:
  Lemmatizer();
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

  // Loads the exception tables (models/ or data/); throws naming the file.
  static Lemmatizer load(const std::string& path);

  // The lemma of one word given its PTB tag ("met","VBD" -> "meet").
  std::string lemma(std::string_view word, std::string_view xpos) const;

  // Sets syntax[i].lemma for every token; needs xpos already set.
  void lemmatize(Document& doc) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

}  // namespace dyad

#endif  // DYAD_LEMMATIZER_H_
