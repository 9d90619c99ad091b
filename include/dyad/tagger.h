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
  int epochs = 15;
  unsigned seed = 1;
  bool verbose = true;   // per-epoch accuracy on stderr
  // A (XPOS, UPOS) pair seen fewer times than this in training is folded into
  // the most frequent pair with the same XPOS (annotation noise, mostly).
  int min_class_count = 5;
  // Tag dictionary: words seen at least this often with one tag at least this
  // share of the time skip the perceptron.
  int tagdict_min_count = 20;
  double tagdict_min_share = 0.995;
  // Averaged weights smaller than this in magnitude are dropped from the model.
  float prune_below = 0.0f;
  // Words seen at least this often get precomputed feature sums at load time
  // (a cache: it changes speed and memory, not the tags).
  int vocab_min_count = 1;
  // Words seen at least this often get an ambiguity-class feature (the set
  // of tags they took in training); rarer words are treated as unseen.
  int ambiguity_min_count = 2;
  // WordNet 3.0 dict directory (Debian's wordnet-base) for the word-class
  // lexicon of unseen words; empty trains without one.
  std::string wordnet_dir = "/usr/share/wordnet";
};

// Token-level agreement of predicted syntax with gold (UPOS, XPOS, lemma).
struct TaggingScores {
  size_t tokens = 0;
  size_t upos_correct = 0;
  size_t xpos_correct = 0;
  size_t lemma_tokens = 0;   // tokens whose gold lemma is known
  size_t lemma_correct = 0;
  double upos() const { return tokens ? double(upos_correct) / tokens : 0.0; }
  double xpos() const { return tokens ? double(xpos_correct) / tokens : 0.0; }
  double lemma() const { return lemma_tokens ? double(lemma_correct) / lemma_tokens : 0.0; }
};

// Compares the syntax layers of `predicted` with `gold`, document by document
// and token by token (e.g. gold from read_conllu_file and predicted a tagged
// copy of it). Throws std::invalid_argument if the documents or token counts
// differ. Tokens without a predicted syntax entry count as wrong.
TaggingScores score_tagging(const std::vector<Document>& gold,
                            const std::vector<Document>& predicted);

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
