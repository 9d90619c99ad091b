// Part-of-speech tagger: averaged perceptron predicting UPOS and PTB (XPOS) tags,
// trained on UD English EWT. Model files live in models/.
#ifndef DYAD_TAGGER_H_
#define DYAD_TAGGER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct TaggerTrainOptions {
  int epochs = 10;
  unsigned seed = 1;
  bool verbose = true;   // per-epoch accuracy on stderr
};

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  // Throws std::runtime_error naming the file on a missing or malformed model.
  static Tagger load(const std::string& path);
  void save(const std::string& path) const;

  // Trains on gold-annotated documents (e.g. read_conllu_file), selecting the
  // epoch with the best accuracy on dev.
  static Tagger train(const std::vector<Document>& train, const std::vector<Document>& dev,
                      const TaggerTrainOptions& options);

  // Sets syntax[i].upos and .xpos for every token of doc (resizing doc.syntax
  // to the token count if needed). Thread-safe: a loaded Tagger is read-only.
  void tag(Document& doc) const;

  bool empty() const;

 private:
  struct Model;
  std::unique_ptr<Model> model_;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_H_
