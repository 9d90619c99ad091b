// Feature templates of the POS tagger, shared by training and tagging so the
// two can never disagree about what a feature is.
//
// Every feature is a 64-bit hash of (template id, value). Features fall into
// three groups, which is what makes tagging fast:
//   - word features: depend on one word only (the word itself as the centre,
//     or as a neighbour at offset -2, -1, +1, +2). At load time the tagger
//     sums their weights once per vocabulary word, so tagging a known word
//     costs five vector additions instead of ~20 hash look-ups;
//   - tag features: the previous one or two predicted tags (dense tables);
//   - conjunctions: previous tag with the current word, and word bigrams
//     (a handful of hash look-ups per token).
#ifndef DYAD_SYNTAX_TAGGER_FEATURES_H_
#define DYAD_SYNTAX_TAGGER_FEATURES_H_

#include <cstdint>
#include <string_view>

namespace dyad::tagger_internal {

// Word feature slots. kCenter features describe the token being tagged;
// the neighbour groups describe the token at that offset.
enum NeighbourSlot { kPrev2 = 0, kPrev1 = 1, kNext1 = 2, kNext2 = 3, kNumNeighbours = 4 };

constexpr int kMaxCenterFeatures = 20;
constexpr int kMaxNeighbourFeatures = 5;
// Number of score vectors precomputed per word: centre + 4 neighbour offsets.
constexpr int kVectorsPerWord = 1 + kNumNeighbours;

// The hashes of one word's features. A zero hash means "no feature".
struct WordFeatures {
  uint64_t center[kMaxCenterFeatures] = {};
  uint64_t neighbour[kNumNeighbours][kMaxNeighbourFeatures] = {};
  uint64_t lower = 0;   // hash of the lowercased word, for conjunctions
  // Case class (0 no letters, 1 lowercase first letter, 2 Title, 3 ALL
  // CAPS) times 2, plus 1 if the lexicon knows the word.
  uint8_t case_info = 0;
};

inline uint64_t mix64(uint64_t x) {
  // MurmurHash3's finaliser: full avalanche, cheap.
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

inline uint64_t hash_bytes(std::string_view s, uint64_t seed) {
  uint64_t h = 0xcbf29ce484222325ULL ^ mix64(seed + 0x9e3779b97f4a7c15ULL);
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h = mix64(h);
  return h ? h : 1;  // 0 is reserved for "no feature"
}

inline uint64_t hash_combine(uint64_t a, uint64_t b, uint64_t templ) {
  uint64_t h = mix64(a ^ mix64(b + 0x9e3779b97f4a7c15ULL * (templ + 1)));
  return h ? h : 1;
}

// Template ids (part of the model format: changing them invalidates models).
enum Template : uint64_t {
  kBias = 1, kWord, kLower, kPrefix1, kPrefix2, kPrefix3, kPrefix4, kSuffix1, kSuffix2,
  kSuffix3, kSuffix4, kShape, kShortShape, kFlags,
  kAmbiguity, kAmbiguitySuffix, kLowerAmbiguity, kLexClass, kLexTitle,
  kNbLex = 24,
  kNbLower = 32, kNbSuffix3 = 40, kNbShape = 48, kNbAmbiguity = 56,
  kTag1 = 64, kTag2, kTag12, kTag1Word, kBigramPrev, kBigramNext, kTag1Suffix3, kTag1Next, kSkipBigram,
  kSentenceCase,
};

// What the tagger knows about a word beyond its spelling.
struct WordInfo {
  // The PTB tags the word had in training ("NN|VB"); empty for rare or
  // unseen words.
  std::string_view ambiguity;
  // The same for its lowercased form, when that differs from the word
  // ("Company" -> the tags of "company").
  std::string_view lower_ambiguity;
  // TagLexicon::word_class of the lowercased form.
  std::string_view lexicon;
};

// Fills f from the word's normalised form and what is known about it.
// Pure function of its arguments.
void compute_word_features(std::string_view word, const WordInfo& info, WordFeatures* f);

// Features of the sentence-boundary pseudo-words (offsets falling outside the
// sentence).
void boundary_word_features(bool before_start, WordFeatures* f);

// Tag-dependent feature hashes. Tags are class ids; -1 / -2 are "before the
// sentence start" pseudo-tags, encoded as K and K+1 by the callers.
inline uint64_t tag1_feature(int t1) { return hash_combine(kTag1, uint64_t(t1), kTag1); }
inline uint64_t tag2_feature(int t2) { return hash_combine(kTag2, uint64_t(t2), kTag2); }
inline uint64_t tag12_feature(int t1, int t2) {
  return hash_combine(uint64_t(t1) * 1000 + uint64_t(t2), kTag12, kTag12);
}
inline uint64_t tag1_word_feature(int t1, uint64_t lower) {
  return hash_combine(lower, uint64_t(t1), kTag1Word);
}
// How capitalised the sentence is, from its words' case_info: headlines and
// titles capitalise common nouns, some web text capitalises nothing. 0 = no
// words with letters after the first.
template <typename CaseAt>
int sentence_case_bin(int n, CaseAt case_at) {
  int words = 0, caps = 0;
  for (int i = 1; i < n; ++i) {
    const int c = case_at(i) >> 1;
    words += c != 0;
    caps += c >= 2;
  }
  if (words == 0) return 0;
  if (caps == 0) return 1;
  if (caps * 10 < words * 3) return 2;
  if (caps * 10 < words * 6) return 3;
  return 4;
}
// The sentence's case bin with the token's own case class and position.
inline uint64_t sentence_case_feature(int bin, uint8_t case_info, bool first) {
  return hash_combine(uint64_t(bin) * 64 + uint64_t(case_info) * 2 + (first ? 1 : 0), 0,
                      kSentenceCase);
}
// Dense index of (bin, case_info, first): bins 0..4, case_info 0..7.
constexpr int kSentenceCaseRows = 5 * 8 * 2;
inline int sentence_case_index(int bin, uint8_t case_info, bool first) {
  return (bin * 8 + (case_info & 7)) * 2 + (first ? 1 : 0);
}
inline uint64_t bigram_feature(uint64_t lower_a, uint64_t lower_b, uint64_t templ) {
  return hash_combine(lower_a, lower_b, templ);
}

}  // namespace dyad::tagger_internal

#endif  // DYAD_SYNTAX_TAGGER_FEATURES_H_
