// Tagging with a compiled averaged-perceptron model (greedy, left to right).
#include "dyad/tagger.h"

#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "syntax/tagger_model.h"

namespace dyad {

using namespace tagger_internal;

namespace {

// The scoring loop is built twice on x86-64, for AVX2 and for the baseline,
// and the dynamic loader picks one at run time (about 1.3x faster with AVX2).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define DYAD_TAGGER_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define DYAD_TAGGER_CLONES
#endif

// Eight floats at a time; GCC/Clang lower this to whatever SIMD the target has.
typedef float v8f __attribute__((vector_size(32)));

inline void add_vec(float* dst, const float* src, int n) {
  for (int i = 0; i < n; i += 8) {
    v8f a, b;
    std::memcpy(&a, dst + i, sizeof a);
    std::memcpy(&b, src + i, sizeof b);
    a += b;
    std::memcpy(dst + i, &a, sizeof a);
  }
}

// dst = src[0] + src[1] + ... + src[K-1], added left to right in each lane
// as the separate add_vec passes did, but reading and writing dst once.
template <int K>
inline void sum_rows(float* dst, const float* const (&src)[K], int n) {
  for (int i = 0; i < n; i += 8) {
    v8f x, y;
    std::memcpy(&x, src[0] + i, sizeof x);
    for (int k = 1; k < K; ++k) {
      std::memcpy(&y, src[k] + i, sizeof y);
      x += y;
    }
    std::memcpy(dst + i, &x, sizeof x);
  }
}

// Requests the cache lines of floats [p, p + n).
inline void prefetch_lines(const float* p, int n) {
  uintptr_t line = reinterpret_cast<uintptr_t>(p) & ~uintptr_t(63);
  const uintptr_t last = reinterpret_cast<uintptr_t>(p + n) - 1;
  for (; line <= last; line += 64) __builtin_prefetch(reinterpret_cast<const void*>(line));
}

// Index of the largest of scores[0, k); scores has room for `stride` floats
// (a multiple of 8) and its padding may be overwritten. A vector max then a
// scan beats a dependent chain of k compares.
inline int argmax(float* scores, int k, int stride) {
  for (int c = k; c < stride; ++c) scores[c] = -3.0e38f;
  v8f m;
  std::memcpy(&m, scores, sizeof m);
  for (int i = 8; i < stride; i += 8) {
    v8f b;
    std::memcpy(&b, scores + i, sizeof b);
    m = b > m ? b : m;
  }
  float best = m[0];
  for (int j = 1; j < 8; ++j) best = m[j] > best ? m[j] : best;
  for (int c = 0; c < k; ++c)
    if (scores[c] == best) return c;
  return 0;
}

}  // namespace

Tagger::Tagger() = default;
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

bool Tagger::empty() const { return model_ == nullptr; }

Tagger Tagger::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open tagger model");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw std::runtime_error(path + ": error reading tagger model");
  Tagger t;
  t.model_ = std::make_unique<Model>();
  parse_tagger_model(ss.str(), path, t.model_.get());
  return t;
}

void Tagger::save(const std::string& path) const {
  if (!model_) throw std::runtime_error(path + ": cannot save an empty tagger");
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot write tagger model");
  out.write(model_->serialized.data(), static_cast<std::streamsize>(model_->serialized.size()));
  out.close();
  if (!out) throw std::runtime_error(path + ": error writing tagger model");
}

void Tagger::tag(Document& doc) const {
  if (!model_) throw std::runtime_error("Tagger::tag: no model loaded");
  if (doc.syntax.size() != doc.tokens.size()) doc.syntax.resize(doc.tokens.size());
  // One scratch per thread, kept across documents so that its buffers stop
  // growing (and being zero-filled) after the first few documents.
  thread_local CompiledModel::Scratch scratch;
  scratch.unknown_word.clear();  // views of the previous document's tokens
  scratch.cached = 0;
  scratch.index_room = std::min(doc.tokens.size(), CompiledModel::Scratch::kMaxCachedUnknown);
  scratch.unknown_index.reserve(scratch.index_room);
  uint32_t next = 0;  // first token not yet tagged
  for (const Sentence& s : doc.sentences) {
    uint32_t b = std::max(s.token_begin, next);
    uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
    if (b > next) model_->tag_span(doc, next, b, scratch);  // tokens outside sentences
    if (b < e) model_->tag_span(doc, b, e, scratch);
    next = std::max(next, e);
  }
  if (next < doc.tokens.size())
    model_->tag_span(doc, next, static_cast<uint32_t>(doc.tokens.size()), scratch);
}

DYAD_TAGGER_CLONES
void CompiledModel::tag_span(Document& doc, uint32_t b, uint32_t e, Scratch& sc) const {
  const int n = static_cast<int>(e - b);
  const int S = stride;
  const int K = num_classes;
  const size_t per_word = size_t(kVectorsPerWord) * S;
  sc.vectors.resize(n);
  sc.lower.resize(n);
  sc.case_info.resize(n);
  sc.dict.resize(n);
  sc.unknown.resize(n);
  sc.scores.resize(S);
  // Entries past the cached prefix belonged to the previous sentence.
  sc.unknown_vectors.resize(per_word * sc.cached);
  sc.unknown_word.resize(sc.cached);
  sc.unknown_lower.resize(sc.cached);
  sc.unknown_case.resize(sc.cached);

  // Pass 1: find each word's precomputed vectors, computing unknown words'
  // (once per document).
  // The words' hashes first, with their vocabulary slots requested, so the
  // sentence's slot misses overlap.
  sc.hash.resize(n);
  for (int i = 0; i < n; ++i) {
    sc.hash[i] = hash_bytes(doc.tokens[b + i].norm, kWord);
    __builtin_prefetch(&vocab_slots[sc.hash[i] & vocab_slot_mask]);
  }
  WordFeatures f;
  for (int i = 0; i < n; ++i) {
    const std::string& w = doc.tokens[b + i].norm;
    const uint64_t h = sc.hash[i];
    const VocabSlot* vs = vocab_slot(h);
    if (vs && slot_is(*vs, w)) {
      sc.vectors[i] = &vocab_vectors[per_word * vs->id];
      // Pass 2 reads this block (1.7 KB, from a table of tens of MB);
      // request it now so the sentence's blocks load in parallel: the
      // centre vector unless the tag dictionary decides the word, and each
      // neighbour vector whose token is in the sentence.
      const float* v = sc.vectors[i];
      if (vs->tag < 0) prefetch_lines(v, S);
      if (i + 2 < n) prefetch_lines(v + (1 + kPrev2) * S, S);
      if (i + 1 < n) prefetch_lines(v + (1 + kPrev1) * S, S);
      if (i >= 1) prefetch_lines(v + (1 + kNext1) * S, S);
      if (i >= 2) prefetch_lines(v + (1 + kNext2) * S, S);
      sc.lower[i] = vs->lower;
      sc.case_info[i] = vs->case_info;
      sc.dict[i] = vs->tag;
      sc.unknown[i] = -1;
    } else {
      uint32_t k = sc.unknown_index.find(h);
      if (k == U64Map::kMissing || sc.unknown_word[k] != w) {
        k = static_cast<uint32_t>(sc.unknown_word.size());
        features_of(w, {}, &f);
        sc.unknown_vectors.resize(per_word * (k + 1));
        word_vectors(f, &sc.unknown_vectors[per_word * k]);
        sc.unknown_word.push_back(w);
        sc.unknown_lower.push_back(f.lower);
        sc.unknown_case.push_back(f.case_info);
        // Index only a prefix of the entries: once the index is full (or a
        // hash collides), later words are computed afresh each sentence.
        if (k == sc.cached && sc.cached < sc.index_room && sc.unknown_index.find(h) == U64Map::kMissing) {
          sc.unknown_index.insert(h, k);
          ++sc.cached;
        }
      }
      sc.lower[i] = sc.unknown_lower[k];
      sc.case_info[i] = sc.unknown_case[k];
      sc.dict[i] = -1;
      sc.unknown[i] = static_cast<int32_t>(k);
    }
  }
  for (int i = 0; i < n; ++i)
    if (sc.unknown[i] >= 0) sc.vectors[i] = &sc.unknown_vectors[per_word * sc.unknown[i]];

  // Pass 2: the tag-independent part of every token's scores. The look-ups
  // are independent of each other, so their cache misses overlap.
  sc.static_scores.resize(size_t(n) * S);
  // Each token's three word-pair features hit random slots of a table far
  // larger than the cache, and then their weights elsewhere: ask for the
  // slots kAhead tokens ahead, and kFind tokens ahead look the (by then
  // loaded) slots up and ask for their weights.
  constexpr int kAhead = 6, kFind = 3;
  sc.pair_hash.resize(size_t(n) * 3);
  sc.pair_slot.resize(size_t(n) * 3);
  auto prefetch_pairs = [&](int i) {
    if (i >= n || sc.dict[i] >= 0) return;
    const uint64_t lw = sc.lower[i];
    const uint64_t lprev = i >= 1 ? sc.lower[i - 1] : bos_lower;
    const uint64_t lnext = i + 1 < n ? sc.lower[i + 1] : eos_lower;
    uint64_t* h = &sc.pair_hash[size_t(i) * 3];
    h[0] = bigram_feature(lprev, lw, kBigramPrev);
    h[1] = bigram_feature(lw, lnext, kBigramNext);
    h[2] = bigram_feature(lprev, lnext, kSkipBigram);
    for (int k = 0; k < 3; ++k) __builtin_prefetch(&slots[h[k] & slot_mask]);
  };
  auto find_pairs = [&](int i) {
    if (i >= n || sc.dict[i] >= 0) return;
    for (int k = 0; k < 3; ++k) {
      const Slot* s = find_slot(sc.pair_hash[size_t(i) * 3 + k]);
      sc.pair_slot[size_t(i) * 3 + k] = s;
      if (s) prefetch_weights(*s);
    }
  };
  for (int i = 0; i < kAhead; ++i) prefetch_pairs(i);
  for (int i = 0; i < kFind; ++i) find_pairs(i);
  // Token i's two tag-history conjunctions (previous tag with this word,
  // previous tag with the next word) are known only once pass 3 has chosen
  // token i-1's tag, too late to hide their cache misses. Pass 2 guesses
  // that tag (static scores plus the previous two guessed tags' rows, which
  // is usually the tag pass 3 chooses) and requests those features' slots;
  // pass 3 uses what was found when the guess was right and looks up afresh
  // when it was wrong, so the scores are the same either way.
  const int H = K + 2;
  sc.guess.resize(n);
  sc.hist_hash.resize(size_t(n) * 2);
  sc.hist_slot.resize(size_t(n) * 2);
  auto request_history = [&](int i, int t) {  // token i, guessed previous tag t
    sc.guess[i] = t;
    if (sc.dict[i] >= 0) return;
    const uint64_t lnext = i + 1 < n ? sc.lower[i + 1] : eos_lower;
    uint64_t* h = &sc.hist_hash[size_t(i) * 2];
    h[0] = tag1_word_feature(t, sc.lower[i]);
    h[1] = bigram_feature(lnext, uint64_t(t), kTag1Next);
    __builtin_prefetch(&slots[h[0] & slot_mask]);
    __builtin_prefetch(&slots[h[1] & slot_mask]);
  };
  int g1 = K, g2 = K + 1;  // guessed tags of the previous two tokens
  request_history(0, g1);
  alignas(32) float guess_scores[256];
  const int case_bin = sentence_case_bin(n, [&](int i) { return sc.case_info[i]; });
  for (int i = 0; i < n; ++i) {
    prefetch_pairs(i + kAhead);
    find_pairs(i + kFind);
    if (sc.dict[i] >= 0) {
      g2 = g1;
      g1 = sc.dict[i];
      if (i + 1 < n) request_history(i + 1, g1);
      continue;
    }
    float* scores = &sc.static_scores[size_t(i) * S];
    // Centre features, then the neighbours' vectors for their offsets.
    const float* const centre_and_neighbours[5] = {
        sc.vectors[i],
        i >= 2 ? sc.vectors[i - 2] + (1 + kPrev2) * S : bos_vectors.data() + (1 + kPrev2) * S,
        i >= 1 ? sc.vectors[i - 1] + (1 + kPrev1) * S : bos_vectors.data() + (1 + kPrev1) * S,
        i + 1 < n ? sc.vectors[i + 1] + (1 + kNext1) * S : eos_vectors.data() + (1 + kNext1) * S,
        i + 2 < n ? sc.vectors[i + 2] + (1 + kNext2) * S : eos_vectors.data() + (1 + kNext2) * S};
    sum_rows(scores, centre_and_neighbours, S);
    for (int k = 0; k < 3; ++k)
      if (const Slot* s = sc.pair_slot[size_t(i) * 3 + k]) add_slot(*s, scores);
    add_vec(scores, &sentence_case[size_t(sentence_case_index(case_bin, sc.case_info[i], i == 0)) * S], S);
    const float* const guess_rows[3] = {scores, &tag1[size_t(g1) * S], &tag2[size_t(g2) * S]};
    sum_rows(guess_scores, guess_rows, S);
    g2 = g1;
    g1 = argmax(guess_scores, K, S);
    if (i + 1 < n) request_history(i + 1, g1);
  }
  // The guessed features' slots have had pass 2 to arrive; now their weights.
  for (int i = 0; i < n; ++i) {
    if (sc.dict[i] >= 0) continue;
    for (int k = 0; k < 2; ++k) {
      const Slot* s = find_slot(sc.hist_hash[size_t(i) * 2 + k]);
      sc.hist_slot[size_t(i) * 2 + k] = s;
      if (s) prefetch_weights(*s);
    }
  }

  // Pass 3: greedy decoding, left to right, adding the tag-history features.
  int t1 = K, t2 = K + 1;  // sentence-start pseudo-tags
  float* scores = sc.scores.data();
  for (int i = 0; i < n; ++i) {
    int best = sc.dict[i];
    if (best < 0) {
      const float* const static_and_history[4] = {&sc.static_scores[size_t(i) * S], &tag1[size_t(t1) * S],
                                                  &tag2[size_t(t2) * S], &tag12[(size_t(t1) * H + t2) * S]};
      sum_rows(scores, static_and_history, S);
      if (t1 == sc.guess[i]) {
        for (int k = 0; k < 2; ++k)
          if (const Slot* s = sc.hist_slot[size_t(i) * 2 + k]) add_slot(*s, scores);
      } else {
        const uint64_t lnext = i + 1 < n ? sc.lower[i + 1] : eos_lower;
        add_row(tag1_word_feature(t1, sc.lower[i]), scores);
        add_row(bigram_feature(lnext, uint64_t(t1), kTag1Next), scores);
      }
      best = argmax(scores, K, S);
    }
    TokenSyntax& syn = doc.syntax[b + i];
    syn.xpos = xpos[best];
    syn.upos = upos[best];
    t2 = t1;
    t1 = best;
  }
}

}  // namespace dyad
