// A small open-addressing hash table from 64-bit keys (never 0) to uint32
// values, for the tagger's vocabulary and lexicon. Private to src/syntax.
#ifndef DYAD_SYNTAX_U64_MAP_H_
#define DYAD_SYNTAX_U64_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::tagger_internal {

// An open-addressing hash table from 64-bit keys (never 0) to uint32 values.
// Key and value share a 16-byte slot: the tables are far larger than the
// cache (the tagger's word-class lexicon is looked up several times per
// unknown word), and with keys and values in separate arrays a hit cost two
// cache misses instead of one.
class U64Map {
 public:
  void reserve(size_t n);
  void insert(uint64_t key, uint32_t value);
  // Returns kMissing if absent.
  uint32_t find(uint64_t key) const {
    if (slots_.empty()) return kMissing;
    size_t i = key & mask_;
    while (true) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.value;
      if (s.key == 0) return kMissing;
      i = (i + 1) & mask_;
    }
  }
  static constexpr uint32_t kMissing = 0xffffffffu;

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t value = 0;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace dyad::tagger_internal

#endif  // DYAD_SYNTAX_U64_MAP_H_
