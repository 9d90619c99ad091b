// A word-class lexicon for the tagger's unknown words: which of noun, verb,
// adjective and adverb a lowercased word can be as a base form, or as an
// irregular inflection, taken from WordNet's index and exception lists at
// training time and stored in the model file.
//
// Only a third of the tagger's errors are on words unseen in training, but
// those are wrong one time in five; "knowing" that an unseen "reinstated"
// comes from a verb, or that "plethora" is a noun and not a name, is what the
// affix features alone cannot tell.
#ifndef DYAD_SYNTAX_TAGGER_LEXICON_H_
#define DYAD_SYNTAX_TAGGER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "syntax/u64_map.h"

namespace dyad::tagger_internal {

// Bits of a lexicon entry.
enum LexBits : uint8_t {
  kLexNoun = 1, kLexVerb = 2, kLexAdj = 4, kLexAdv = 8,   // base forms
  kLexIrrNoun = 16, kLexIrrVerb = 32, kLexIrrAdj = 64, kLexIrrAdv = 128,  // irregular forms
};

class TagLexicon {
 public:
  // Entries (lowercased word, bits); replaces the contents.
  void assign(const std::vector<std::pair<std::string, uint8_t>>& entries);
  bool empty() const { return size_ == 0; }
  uint8_t bits(std::string_view lower) const;

  // A short description of the lowercased word's possible classes, from its
  // own entry and from the entries of the stems its ending suggests
  // ("walked": "d:v" = -ed on a verb; "cats": "s:n"). "" when the lexicon
  // says nothing (a name, a typo, a number) -- itself informative.
  std::string word_class(std::string_view lower) const;

 private:
  U64Map map_;
  size_t size_ = 0;
};

// Reads WordNet 3.0's index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc
// from `dir` into sorted (word, bits) entries; single words only. Throws
// std::runtime_error naming a missing file.
std::vector<std::pair<std::string, uint8_t>> read_wordnet_lexicon(const std::string& dir);

}  // namespace dyad::tagger_internal

#endif  // DYAD_SYNTAX_TAGGER_LEXICON_H_
