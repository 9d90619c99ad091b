// WordNet lexicographer classes ("supersenses": noun.time, noun.person,
// verb.communication, ...) of English lemmas, as parser features.
//
// Why: a greedy parser's word features see only words it met in the treebank
// (204k tokens). Whether a noun names a time ("met Lavrov Tuesday": obl:tmod,
// not a compound), a person, a place or a group, and whether a verb is one of
// saying, motion or possession, decides many attachments and labels, and
// WordNet knows it for 120k lemmas the treebank never shows. The class of a
// lemma's first (most frequent) sense is a cheap, deterministic stand-in for
// word clusters, which we cannot learn without a large unlabelled corpus.
//
// The table is compiled from Debian's wordnet-base (index.* and data.*) at
// training time and stored inside the parser model, so parsing reads no
// WordNet files.
#ifndef DYAD_SYNTAX_WORD_CLASSES_H_
#define DYAD_SYNTAX_WORD_CLASSES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class WordClasses {
 public:
  // One lemma's classes: WordNet lexicographer file numbers + 1 (0 = none).
  struct Entry {
    uint64_t key = 0;  // hash of the lowercased lemma, never 0
    uint8_t noun = 0;  // 4..29: noun.Tops .. noun.time
    uint8_t verb = 0;  // 30..44: verb.body .. verb.weather
  };

  // Reads index.noun / index.verb and data.noun / data.verb under dir;
  // throws std::runtime_error("<file>: what is wrong").
  static WordClasses from_wordnet(const std::string& dir);
  static WordClasses from_entries(std::vector<Entry> entries);

  static uint64_t key_of(std::string_view lemma);  // lowercases ASCII

  // The noun / verb class of a lemma key (0 when WordNet has none).
  uint8_t noun(uint64_t key) const { const Entry* e = find(key); return e ? e->noun : 0; }
  uint8_t verb(uint64_t key) const { const Entry* e = find(key); return e ? e->verb : 0; }

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  // Every entry, by key (for saving).
  std::vector<Entry> entries() const;

 private:
  const Entry* find(uint64_t key) const {
    if (slots_.empty() || key == 0) return nullptr;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i];
      if (slots_[i].key == 0) return nullptr;
    }
  }
  Entry& slot(uint64_t key);

  std::vector<Entry> slots_;  // open addressing, load <= 1/2
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_WORD_CLASSES_H_
