// A read-only map from strings to small integer ids in one flat array, for
// look-ups in the coder's hot loops. std::unordered_map walks a bucket array
// and then a chain of separately allocated nodes, a cache miss each once the
// parser has swept the cache, plus an integer division per probe: finding a
// lemma's verb patterns that way was ~20% of the event stage's cycles (perf,
// VOA) for 2% of its instructions. Here a probe reads one 24-byte slot
// holding the key's full hash; the key bytes (kept in one buffer) are read
// only on a hash match, so a word with no entry, the common case, costs one
// cache line.
#ifndef DYAD_CORE_FLAT_STRING_INDEX_H_
#define DYAD_CORE_FLAT_STRING_INDEX_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class FlatStringIndex {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  // Adds key with the given id (ids need not be dense). A key added twice
  // keeps its first id. Rebuilds the table as it grows: meant for load time.
  void add(std::string_view key, uint32_t id) {
    if (find(key) != kMissing) return;
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const uint32_t off = static_cast<uint32_t>(bytes_.size());
    bytes_.append(key);
    insert(Slot{hash(key), off, static_cast<uint32_t>(key.size()), id});
    ++count_;
  }

  // The id of key, or kMissing.
  uint32_t find(std::string_view key) const {
    if (slots_.empty()) return kMissing;
    const uint64_t h = hash(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kMissing) return kMissing;
      if (s.hash == h && s.size == key.size() && std::memcmp(bytes_.data() + s.off, key.data(), key.size()) == 0)
        return s.id;
    }
  }

  size_t size() const { return count_; }

 private:
  // The full 64-bit hash is kept, so a key comparison (a second cache line)
  // happens almost only for the key itself.
  struct Slot {
    uint64_t hash = 0;
    uint32_t off = 0;   // key bytes: bytes_[off, off + size)
    uint32_t size = 0;
    uint32_t id = kMissing;
  };

  // FNV-1a, then a multiply-xorshift so the low bits (the slot) depend on
  // every byte: keys are short words, where FNV alone clusters.
  static uint64_t hash(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
  }

  void insert(const Slot& s) {
    size_t i = s.hash & mask_;
    while (slots_[i].id != kMissing) i = (i + 1) & mask_;
    slots_[i] = s;
  }

  void grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot());
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.id != kMissing) insert(s);
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t count_ = 0;
  std::string bytes_;
};

}  // namespace dyad

#endif  // DYAD_CORE_FLAT_STRING_INDEX_H_
