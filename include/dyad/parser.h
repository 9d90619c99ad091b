// Dependency parser: transition-based (arc-hybrid or arc-eager), averaged
// perceptron with a dynamic oracle, greedy decoding, UD relations. Trained on
// UD English EWT; runs on predicted tags.
#ifndef DYAD_PARSER_H_
#define DYAD_PARSER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct ParserTrainOptions {
  int epochs = 15;
  unsigned seed = 1;
  bool verbose = true;
  // Hashed weight tables have 2^bits rows (one row = every class's weight for
  // one feature). Larger tables collide less but cost cache and file size.
  int trans_bits = 20;
  int label_bits = 16;
  // Quantised weights with |w| <= prune are dropped from the saved model.
  int prune = 0;
  // From the second epoch, follow the model's own wrong move with this
  // probability (the dynamic oracle then scores moves from where it went).
  double explore = 0.9;
  // Train this many perceptrons (seeds seed, seed+1, ...), each stopped at its
  // best dev epoch, and ship the sum of their averaged weights: same model
  // size and parsing speed, less variance than one run.
  int ensemble = 1;
  // Feature templates: 3 (the base set), 8 (3 plus third-order, child-word
  // and reporting-verb transition features and label features for the words
  // beside the arc) or 9 (8's templates with int8 weight rows, each row with
  // its own power-of-two scale: half the table memory, faster parsing). The
  // number is the model file version written.
  int features = 3;
  // Feature sets 11 and 12 add WordNet lexicographer classes of nouns and
  // verbs; the table is read from this WordNet directory (Debian's
  // wordnet-base: /usr/share/wordnet) and stored in the model.
  std::string wordnet;
};

class Parser {
 public:
  Parser();
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  // Throws std::runtime_error naming the file on a missing or malformed model.
  static Parser load(const std::string& path);
  void save(const std::string& path) const;

  // Trains on gold trees; the tags it sees in training are those in the
  // documents (callers replace gold tags with predicted ones, e.g. by
  // jackknifing, to match test conditions).
  static Parser train(const std::vector<Document>& train, const std::vector<Document>& dev,
                      const ParserTrainOptions& options);

  // Sets syntax[i].head and .deprel for every token, sentence by sentence;
  // needs upos/xpos (and lemma) set. Thread-safe once loaded.
  void parse(Document& doc) const;

  bool empty() const;

 private:
  struct Model;
  std::unique_ptr<Model> model_;
};

}  // namespace dyad

#endif  // DYAD_PARSER_H_
