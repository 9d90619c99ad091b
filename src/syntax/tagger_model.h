// The tagger's compiled model: what a model file holds and how tagging uses it.
// Private to src/syntax/tagger*.cc.
#ifndef DYAD_SYNTAX_TAGGER_MODEL_H_
#define DYAD_SYNTAX_TAGGER_MODEL_H_

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/tagger.h"
#include "syntax/tagger_features.h"
#include "syntax/tagger_lexicon.h"
#include "syntax/u64_map.h"

namespace dyad {

namespace tagger_internal {

// The scoring loops are built twice on x86-64, for AVX2 and for the
// baseline, and the dynamic loader picks one at run time (about 1.3x faster
// with AVX2).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define DYAD_TAGGER_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define DYAD_TAGGER_CLONES
#endif

// Allocator for the tables tagging reads at random (tens of MB): blocks of
// 2 MB and more are 2 MB-aligned and marked for transparent huge pages, so a
// token's look-ups cost cache misses but not also a page walk each. Smaller
// blocks are 64-byte aligned, so a 192-byte row spans three cache lines, not
// four. Contents and arithmetic are unchanged; only the backing pages differ.
void advise_huge_pages(void* p, size_t bytes);
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHuge = size_t{2} << 20;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    void* p;
    if (bytes >= kHuge) {
      const size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
      p = std::aligned_alloc(kHuge, rounded);
      if (p) advise_huge_pages(p, rounded);
    } else {
      p = std::aligned_alloc(64, (bytes + 63) / 64 * 64 + (bytes ? 0 : 64));
    }
    if (!p) throw std::bad_alloc();
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
  template <typename U>
  bool operator!=(const HugePageAllocator<U>&) const { return false; }
};
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

// Model file format version; bump when the layout or feature templates change.
constexpr uint32_t kModelVersion = 4;
constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'T', 'A', 'G', '\0'};

// What training hands to the serialiser: averaged weights, sparse by feature.
struct WeightEntry {
  uint16_t cls;
  float w;
};
struct RawModel {
  std::vector<std::string> xpos;   // class -> PTB tag
  std::vector<UPos> upos;          // class -> UPOS
  std::vector<std::pair<std::string, uint16_t>> tagdict;  // unambiguous words
  // Words whose feature sums are precomputed, with their ambiguity classes.
  std::vector<std::pair<std::string, std::string>> vocab;
  // Word-class lexicon (TagLexicon entries), sorted; may be empty.
  std::vector<std::pair<std::string, uint8_t>> lexicon;
  // feature hash -> entries (averaged weights)
  std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> rows;
};

// Serialises raw into the versioned binary format (weights quantised to int16).
std::string serialize_model(const RawModel& raw);

// Scores are exact integer sums of the model file's int16 weights (its one
// global scale is positive, so leaving it out changes no argmax). Integer
// addition is exact and associative, which lets tables be stored and summed
// in whatever order and width is fastest without changing a tag's score.
using Weight = int16_t;  // a stored weight or precomputed sum
using Score = int32_t;   // a running score

// Everything a loaded model holds. Tagger::Model (private in the public
// header) derives from it, so helpers here can work on it by name.
struct CompiledModel {
  // Tells models apart for the per-thread caches of Tagger::tag (an address
  // could be reused by the next model loaded, as in training's epochs).
  static uint64_t next_id() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
  const uint64_t id = next_id();
  int num_classes = 0;  // K
  // Lanes per row, a multiple of 32 (64 bytes of Weights, whole cache
  // lines) with room after the K classes for a word vector's clamp mask.
  int stride = 0;
  static constexpr int kMaxStride = 288;  // for K <= 250
  std::vector<std::string> xpos;
  std::vector<UPos> upos;
  // Per class: 1 for a closed class (IN, DT, PRP, CC, MD, ...). Every word of
  // a closed class is in the training data, so a word the model has never
  // seen is not one; without this mask a rare adjective before a name
  // ("archrival India") could come out IN and break the parse.
  std::vector<uint8_t> closed_class;

  // Sparse weights in an open-addressing table of 32-byte slots (two to a
  // cache line). A slot holds the key and, for the 94% of rows with at most
  // kInline entries, the entries themselves, so looking a feature up at
  // run time costs one cache miss instead of two (slot, then entries).
  // Longer rows keep their entries in `entries` or, from kDenseMinEntries
  // on, a dense row in dense_rows.
  struct alignas(32) Slot {
    static constexpr int kInline = 6;
    static constexpr uint16_t kDense = 0xffff;  // n: a dense row
    uint64_t key = 0;    // 0 = empty
    uint32_t begin = 0;  // external rows: first entry; dense: row index
    uint16_t n = 0;      // entry count (inline if <= kInline), or kDense
    uint8_t cls[kInline] = {};
    Weight w[kInline] = {};
  };
  static_assert(sizeof(Slot) == 32);
  // Rows with at least this many entries are kept dense (one class's
  // entries summed), so adding one is a few vector additions instead of a
  // scalar scatter per entry. A sparse entry is 4 bytes and a dense row
  // 2 * stride (192 for the shipped model), so only long rows pay.
  static constexpr uint32_t kDenseMinEntries = 32;
  HugeVector<Weight> dense_rows;
  struct WeightRef {
    uint16_t cls;
    Weight w;
  };
  HugeVector<Slot> slots;
  size_t slot_mask = 0;
  HugeVector<WeightRef> entries;
  const Slot* find_slot(uint64_t key) const {
    size_t i = key & slot_mask;
    while (true) {
      const Slot& s = slots[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
      i = (i + 1) & slot_mask;
    }
  }

  // Vocabulary words, found by hash of the exact form.
  U64Map vocab_index;  // hash_bytes(word, kWord) -> type id
  // What tagging reads of a vocabulary word, packed into one 32-byte slot
  // of an open-addressing table keyed like vocab_index: a token's look-up
  // touches one cache line instead of five (index key, index value, the
  // word's string, its lowercase hash, its case and tag-dictionary class),
  // each a cache miss once the parser has run over the document. Words of
  // up to 8 bytes are compared in the slot itself; longer ones against
  // vocab[id], so a hash collision still never passes as a match.
  struct alignas(32) VocabSlot {
    uint64_t key = 0;  // hash_bytes(word, kWord); 0 = empty
    uint64_t lower = 0;
    uint32_t id = 0;
    int16_t tag = -1;
    uint8_t case_info = 0;
    uint8_t len = 0;  // the word's length if <= kInline, else kLong
    char text[8] = {};
    static constexpr uint8_t kInline = 8;
    static constexpr uint8_t kLong = 0xff;
  };
  std::vector<VocabSlot> vocab_slots;
  size_t vocab_slot_mask = 0;
  const VocabSlot* vocab_slot(uint64_t key) const {
    size_t i = key & vocab_slot_mask;
    while (true) {
      const VocabSlot& s = vocab_slots[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
      i = (i + 1) & vocab_slot_mask;
    }
  }
  // True if slot s (found by w's hash) is the word w itself.
  bool slot_is(const VocabSlot& s, std::string_view w) const {
    if (s.len != VocabSlot::kLong)
      return s.len == w.size() && std::memcmp(s.text, w.data(), w.size()) == 0;
    return w.size() > VocabSlot::kInline && vocab[s.id] == w;
  }
  void build_vocab_slots();
  std::vector<std::string> vocab;
  std::vector<uint64_t> vocab_lower;    // WordFeatures::lower per type
  std::vector<int16_t> vocab_tag;       // tag-dictionary class, or -1
  std::vector<uint8_t> vocab_case;      // WordFeatures::case_info per type
  std::vector<std::string> vocab_ambiguity;
  TagLexicon lexicon;
  // The ambiguity class of a known lowercased word ("" if unknown).
  std::string_view ambiguity_of(std::string_view lower) const {
    const uint32_t id = vocab_index.find(hash_bytes(lower, kWord));
    if (id == U64Map::kMissing || vocab[id] != lower) return {};
    return vocab_ambiguity[id];
  }
  // The features of a word (vocabulary or not) with its ambiguity class.
  void features_of(std::string_view word, std::string_view ambiguity, WordFeatures* f) const;

  // Word vectors: per word, kVectorsPerWord rows of `stride` Weights
  // (centre, then neighbour slots), its feature rows summed at load time.
  // Reading them is most of tagging's memory traffic (a token reads five
  // rows of five different words), so they are stored as int16, half the
  // bytes of the exact int32 sums. A row keeps its top 65,536 values exact
  // after subtracting its own constant (a constant added to every class
  // changes no argmax); a class further below its row's best is clamped up
  // to the floor and marked in the row's clamp mask, kept in lanes
  // [mask_lane, mask_lane + ceil(K/16)) as 16 bits a lane. A clamped class
  // can only look better than it is, so as long as the chosen class is not
  // clamped in any of the five rows the choice is the exact argmax; when it
  // is (rare), tagging recomputes that token's rows exactly.
  int mask_lane = 0;  // = K
  bool clamped(const Weight* row, int cls) const {
    const uint16_t bits = static_cast<uint16_t>(row[mask_lane + cls / 16]);
    return (bits >> (cls % 16)) & 1;
  }
  // Exact sums of a word's feature rows: kVectorsPerWord * stride Scores.
  void word_sums(const WordFeatures& f, Score* out) const;
  // Packs exact sums into word vectors as described above.
  void pack_word_vectors(const Score* sums, Weight* out) const;
  HugeVector<Weight> vocab_vectors;
  // Boundary pseudo-words (neighbour vectors only).
  HugeVector<Weight> bos_vectors, eos_vectors;
  uint64_t bos_lower = 0, eos_lower = 0;

  // Dense tag-history tables: rows of `stride` Weights indexed by tag id
  // (K = sentence start, K+1 = before the start).
  HugeVector<Weight> tag1, tag2, tag12;
  // Dense rows of sentence_case_feature, indexed by sentence_case_index.
  HugeVector<Weight> sentence_case;

  std::string serialized;  // the file's bytes, for save()

  // Adds the row of `feature` (if any) into scores.
  void add_row(uint64_t feature, Score* scores) const {
    const Slot* s = find_slot(feature);
    if (s) add_slot(*s, scores);
  }
  void add_slot(const Slot& s, Score* scores) const {
    if (s.n <= Slot::kInline) {
      for (int e = 0; e < s.n; ++e) scores[s.cls[e]] += s.w[e];
    } else if (s.n == Slot::kDense) {
      add_dense(&dense_rows[size_t(s.begin) * stride], scores);
    } else {
      for (uint32_t e = s.begin; e < s.begin + s.n; ++e) scores[entries[e].cls] += entries[e].w;
    }
  }
  // Requests the cache lines of a slot's weights held outside the slot.
  void prefetch_weights(const Slot& s) const {
    uintptr_t first, last;  // the bytes' first and last addresses
    if (s.n <= Slot::kInline) {
      return;
    } else if (s.n == Slot::kDense) {
      first = reinterpret_cast<uintptr_t>(&dense_rows[size_t(s.begin) * stride]);
      last = first + size_t(stride) * sizeof(Weight) - 1;
    } else {
      first = reinterpret_cast<uintptr_t>(&entries[s.begin]);
      last = first + size_t(s.n) * sizeof(WeightRef) - 1;
    }
    for (uintptr_t line = first & ~uintptr_t(63); line <= last; line += 64)
      __builtin_prefetch(reinterpret_cast<const void*>(line));
  }
  // scores[0, stride) += row[0, stride), eight lanes at a time (inline, so
  // the AVX2 build of tag_span gets AVX2 instructions).
  void add_dense(const Weight* row, Score* scores) const {
    typedef int16_t v8s __attribute__((vector_size(16)));
    typedef int32_t v8i __attribute__((vector_size(32)));
    for (int i = 0; i < stride; i += 8) {
      v8i a;
      v8s b;
      std::memcpy(&a, scores + i, sizeof a);
      std::memcpy(&b, row + i, sizeof b);
      a += __builtin_convertvector(b, v8i);
      std::memcpy(scores + i, &a, sizeof a);
    }
  }

  // Per-call buffers, reused across the sentences of one document.
  struct Scratch {
    std::vector<const Weight*> vectors;  // per token: its kVectorsPerWord*stride block
    std::vector<uint64_t> hash;         // per token: hash_bytes(norm, kWord)
    std::vector<uint64_t> lower;
    std::vector<uint8_t> case_info;
    std::vector<int16_t> dict;
    std::vector<int32_t> unknown;       // per token: index into unknown_vectors, or -1
    std::vector<uint32_t> vocab_id;     // per token: its vocabulary id, if known
    std::vector<uint64_t> pair_hash;    // per token: its 3 word-pair features
    std::vector<const Slot*> pair_slot; // per token: their slots (or null)
    std::vector<int> guess;             // per token: guessed tag of the token before
    std::vector<uint64_t> hist_hash;    // per token: its 2 tag-history features under the guess
    std::vector<const Slot*> hist_slot; // per token: their slots (or null)
    std::vector<Score> scores;
    std::vector<Score> static_scores;   // per token: the tag-independent part
    std::vector<Score> sums;            // exact word sums, while packing or re-scoring
    std::vector<Score> exact;           // one token's exact five-row sum

    // Words outside the vocabulary, computed once and kept across the
    // thread's documents: a name or a rare word recurs in its article and in
    // the next stories of a news stream, and its vectors cost ~30 hash
    // look-ups (~30% of tagging's instructions on VOA when computed once per
    // document). Entry k owns Weights [k * per_word, (k + 1) * per_word) of
    // unknown_vectors; entries [0, cached) are kept and found through
    // unknown_index (by the word's vocabulary hash, the word itself
    // compared); later ones live for one sentence only. Once the cache holds
    // kMaxCachedUnknown words (2 MB of vectors) it is emptied before the
    // next document, so memory stays bounded. The vectors are a function of
    // the word and the model only, so caching changes no tag.
    static constexpr size_t kMaxCachedUnknown = 2048;
    uint64_t model_id = 0;  // the CompiledModel::id the entries belong to
    HugeVector<Weight> unknown_vectors;
    std::vector<std::string> unknown_word;  // per entry
    std::vector<uint64_t> unknown_lower;
    std::vector<uint8_t> unknown_case;
    U64Map unknown_index;  // vocabulary hash -> entry, for entries [0, cached)
    size_t cached = 0;
  };
  // Tags tokens [b, e) of doc as one sentence.
  void tag_span(Document& doc, uint32_t b, uint32_t e, Scratch& scratch) const;
  // Token i's exact five-row word sum (centre and the neighbours' rows for
  // their offsets) into sc.exact, recomputed from the words' features; for
  // a token whose chosen class was clamped in one of those rows.
  void exact_word_rows(const Document& doc, uint32_t b, int n, int i, Scratch& sc) const;
};

// ASCII lowercase (the tagger's notion of a word's lowercased form).
std::string ascii_lower(std::string_view w);

// Parses a serialised model into m; `name` is used in error messages.
void parse_tagger_model(std::string_view bytes, const std::string& name, CompiledModel* m);

}  // namespace tagger_internal

struct Tagger::Model : tagger_internal::CompiledModel {};

}  // namespace dyad

#endif  // DYAD_SYNTAX_TAGGER_MODEL_H_
