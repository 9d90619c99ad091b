// A small open-addressing hash table from 64-bit keys (never 0) to uint32
// values, for the tagger's vocabulary and lexicon. Private to src/syntax.
#ifndef DYAD_SYNTAX_U64_MAP_H_
#define DYAD_SYNTAX_U64_MAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::tagger_internal {

// An open-addressing hash table from 64-bit keys (never 0) to uint32 values.
class U64Map {
 public:
  void reserve(size_t n);
  void insert(uint64_t key, uint32_t value);
  // Returns kMissing if absent.
  uint32_t find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    size_t i = key & mask_;
    while (true) {
      uint64_t k = keys_[i];
      if (k == key) return values_[i];
      if (k == 0) return kMissing;
      i = (i + 1) & mask_;
    }
  }
  static constexpr uint32_t kMissing = 0xffffffffu;

 private:
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t mask_ = 0;
};

}  // namespace dyad::tagger_internal

#endif  // DYAD_SYNTAX_U64_MAP_H_
