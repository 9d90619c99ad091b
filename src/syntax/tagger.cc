// Tagging with a compiled averaged-perceptron model (greedy, left to right).
#include "dyad/tagger.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "syntax/tag_repair.h"
#include "syntax/tagger_model.h"

namespace dyad {

using namespace tagger_internal;

namespace {

// The helpers below pass 32-byte vectors by value; they are inlined into
// their callers, so the ABI note GCC gives for the non-AVX build is moot.
#pragma GCC diagnostic ignored "-Wpsabi"

// Eight lanes at a time; GCC/Clang lower this to whatever SIMD the target
// has (with AVX2: a sign-extending load and an add per eight lanes).
typedef int16_t v8s __attribute__((vector_size(16)));
typedef int32_t v8i __attribute__((vector_size(32)));

inline v8i load_weights(const Weight* p) {
  v8s x;
  std::memcpy(&x, p, sizeof x);
  return __builtin_convertvector(x, v8i);
}
inline v8i load_scores(const Score* p) {
  v8i x;
  std::memcpy(&x, p, sizeof x);
  return x;
}
inline void store_scores(Score* p, v8i x) { std::memcpy(p, &x, sizeof x); }

// dst = src[0] + src[1] + ... + src[N-1] over n lanes (n a multiple of 8).
template <int N>
inline void sum_rows(Score* dst, const Weight* const (&src)[N], int n) {
  for (int i = 0; i < n; i += 8) {
    v8i x = load_weights(src[0] + i);
#pragma GCC unroll 8
    for (int k = 1; k < N; ++k) x += load_weights(src[k] + i);
    store_scores(dst + i, x);
  }
}
// dst = base + src[0] + ... + src[N-1].
template <int N>
inline void sum_rows(Score* dst, const Score* base, const Weight* const (&src)[N], int n) {
  for (int i = 0; i < n; i += 8) {
    v8i x = load_scores(base + i);
#pragma GCC unroll 8
    for (int k = 0; k < N; ++k) x += load_weights(src[k] + i);
    store_scores(dst + i, x);
  }
}
// dst += a - b over n lanes.
inline void add_difference(Score* dst, const Score* a, const Score* b, int n) {
  for (int i = 0; i < n; i += 8)
    store_scores(dst + i, load_scores(dst + i) + load_scores(a + i) - load_scores(b + i));
}

// Requests the cache lines of bytes [p, p + n).
inline void prefetch_lines(const void* p, size_t n) {
  uintptr_t line = reinterpret_cast<uintptr_t>(p) & ~uintptr_t(63);
  const uintptr_t last = reinterpret_cast<uintptr_t>(p) + n - 1;
  for (; line <= last; line += 64) __builtin_prefetch(reinterpret_cast<const void*>(line));
}

// Index of the largest of scores[0, k), the first on a tie; scores has room
// for `stride` lanes (a multiple of 8) and its padding may be overwritten.
// A vector max, then a vector compare to find the first lane holding it.
inline int argmax(Score* scores, int k, int stride) {
  for (int c = k; c < stride; ++c) scores[c] = INT32_MIN;
  v8i m = load_scores(scores);
  for (int i = 8; i < stride; i += 8) {
    const v8i b = load_scores(scores + i);
    m = b > m ? b : m;
  }
  Score best = m[0];
  for (int j = 1; j < 8; ++j) best = m[j] > best ? m[j] : best;
  const v8i want = v8i{} + best;
  for (int i = 0; i < stride; i += 8) {
    const v8i eq = load_scores(scores + i) == want;
    uint64_t w[4];
    std::memcpy(w, &eq, sizeof w);
    if ((w[0] | w[1] | w[2] | w[3]) == 0) continue;
    for (int c = i;; ++c)
      if (scores[c] == best) return c;
  }
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
  if (scratch.model_id != model_->id || scratch.cached >= CompiledModel::Scratch::kMaxCachedUnknown) {
    scratch.model_id = model_->id;
    scratch.unknown_word.clear();
    scratch.cached = 0;
    scratch.unknown_index.reserve(CompiledModel::Scratch::kMaxCachedUnknown);
    // Room for a full cache up front: growing a 2 MB vector entry by entry
    // copies it at every doubling.
    scratch.unknown_vectors.reserve(CompiledModel::Scratch::kMaxCachedUnknown * kVectorsPerWord *
                                    size_t(model_->stride));
  }
  uint32_t next = 0;  // first token not yet tagged
  for (const Sentence& s : doc.sentences) {
    uint32_t b = std::max(s.token_begin, next);
    uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
    if (b > next) model_->tag_span(doc, next, b, scratch);  // tokens outside sentences
    if (b < e) {
      model_->tag_span(doc, b, e, scratch);
      repair_capitalized_name_verbs(doc, b, e);
      repair_past_participles(doc, b, e);
      repair_modal_adjectives(doc, b, e);
      repair_weapon_compounds(doc, b, e);
      repair_shot_dead(doc, b, e);
      repair_talks_after_to(doc, b, e);
      repair_hand_over_particle(doc, b, e);
      repair_dateline_capitals(doc, b, e);
      repair_set_fire(doc, b, e);
      repair_military_subject(doc, b, e);
      repair_offensive_noun(doc, b, e);
      repair_control_verb_adjectives(doc, b, e);
      repair_verb_after_appositive(doc, b, e);
      repair_mandative_verbs(doc, b, e);
      repair_hand_over_particle(doc, b, e);  // again: "that the coalition hand over", made a verb just above
      repair_outside_preposition(doc, b, e);
      repair_prefixed_infinitives(doc, b, e);
      repair_name_hyphens(doc, b, e);
      repair_attributive_participles(doc, b, e);
      repair_coordinated_past(doc, b, e);
      repair_event_gerund_nouns(doc, b, e);
      repair_initial_names(doc, b, e);
      repair_determined_gerunds(doc, b, e);
      repair_both_names_verbs(doc, b, e);
    }
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
  auto has_letter = [](std::string_view w) {
    for (unsigned char c : w)
      if (std::isalpha(c) || c >= 0x80) return true;
    return false;
  };
  // A word the model never saw takes no closed class (see closed_class).
  auto mask_closed = [&](Score* scores) {
    for (int c = 0; c < K; ++c)
      if (closed_class[c]) scores[c] = INT32_MIN / 2;
  };
  const size_t per_word = size_t(kVectorsPerWord) * S;
  const size_t row_bytes = size_t(S) * sizeof(Weight);
  sc.vectors.resize(n);
  sc.lower.resize(n);
  sc.case_info.resize(n);
  sc.dict.resize(n);
  sc.unknown.resize(n);
  sc.vocab_id.resize(n);
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
      // Pass 2 reads this block (960 bytes, from a table of 18 MB);
      // request it now so the sentence's blocks load in parallel: the
      // centre vector unless the tag dictionary decides the word, and each
      // neighbour vector whose token is in the sentence.
      const Weight* v = sc.vectors[i];
      if (vs->tag < 0) prefetch_lines(v, row_bytes);
      if (i + 2 < n) prefetch_lines(v + (1 + kPrev2) * S, row_bytes);
      if (i + 1 < n) prefetch_lines(v + (1 + kPrev1) * S, row_bytes);
      if (i >= 1) prefetch_lines(v + (1 + kNext1) * S, row_bytes);
      if (i >= 2) prefetch_lines(v + (1 + kNext2) * S, row_bytes);
      sc.lower[i] = vs->lower;
      sc.case_info[i] = vs->case_info;
      sc.dict[i] = vs->tag;
      sc.unknown[i] = -1;
      sc.vocab_id[i] = vs->id;
    } else {
      uint32_t k = sc.unknown_index.find(h);
      if (k == U64Map::kMissing || sc.unknown_word[k] != w) {
        k = static_cast<uint32_t>(sc.unknown_word.size());
        features_of(w, {}, &f);
        sc.unknown_vectors.resize(per_word * (k + 1));
        sc.sums.resize(per_word);
        word_sums(f, sc.sums.data());
        pack_word_vectors(sc.sums.data(), &sc.unknown_vectors[per_word * k]);
        sc.unknown_word.emplace_back(w);
        sc.unknown_lower.push_back(f.lower);
        sc.unknown_case.push_back(f.case_info);
        // Index only a prefix of the entries: once the index is full (or a
        // hash collides), later words are computed afresh each sentence.
        if (k == sc.cached && sc.cached < Scratch::kMaxCachedUnknown &&
            sc.unknown_index.find(h) == U64Map::kMissing) {
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

  // Token i's five word rows: its own centre row, and the rows its
  // neighbours keep for their offset from it.
  auto word_rows = [&](int i, const Weight** rows) {
    rows[0] = sc.vectors[i];
    rows[1] = i >= 2 ? sc.vectors[i - 2] + (1 + kPrev2) * S : bos_vectors.data() + (1 + kPrev2) * S;
    rows[2] = i >= 1 ? sc.vectors[i - 1] + (1 + kPrev1) * S : bos_vectors.data() + (1 + kPrev1) * S;
    rows[3] = i + 1 < n ? sc.vectors[i + 1] + (1 + kNext1) * S : eos_vectors.data() + (1 + kNext1) * S;
    rows[4] = i + 2 < n ? sc.vectors[i + 2] + (1 + kNext2) * S : eos_vectors.data() + (1 + kNext2) * S;
  };

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
  // is usually the tag pass 3 chooses) and requests those features' slots
  // and the tag-pair row; pass 3 uses what was found when the guess was
  // right and looks up afresh when it was wrong, so the scores are the same
  // either way.
  const int H = K + 2;
  sc.guess.resize(n);
  sc.hist_hash.resize(size_t(n) * 2);
  sc.hist_slot.resize(size_t(n) * 2);
  auto request_history = [&](int i, int t1, int t2) {  // token i, guessed previous tags
    sc.guess[i] = t1;
    if (sc.dict[i] >= 0) return;
    const uint64_t lnext = i + 1 < n ? sc.lower[i + 1] : eos_lower;
    uint64_t* h = &sc.hist_hash[size_t(i) * 2];
    h[0] = tag1_word_feature(t1, sc.lower[i]);
    h[1] = bigram_feature(lnext, uint64_t(t1), kTag1Next);
    __builtin_prefetch(&slots[h[0] & slot_mask]);
    __builtin_prefetch(&slots[h[1] & slot_mask]);
    prefetch_lines(&tag12[(size_t(t1) * H + t2) * S], row_bytes);
  };
  // The guessed features' slots, kHistFind tokens after their request,
  // and the weights of the long rows among them (short rows are in the slot).
  constexpr int kHistFind = 3;
  auto find_history = [&](int i) {
    if (i < 0 || sc.dict[i] >= 0) return;
    for (int k = 0; k < 2; ++k) {
      const Slot* s = find_slot(sc.hist_hash[size_t(i) * 2 + k]);
      sc.hist_slot[size_t(i) * 2 + k] = s;
      if (s) prefetch_weights(*s);
    }
  };
  int g1 = K, g2 = K + 1;  // guessed tags of the previous two tokens
  request_history(0, g1, g2);
  alignas(32) Score guess_scores[256 + 32];
  const int case_bin = sentence_case_bin(n, [&](int i) { return sc.case_info[i]; });
  for (int i = 0; i < n; ++i) {
    prefetch_pairs(i + kAhead);
    find_pairs(i + kFind);
    find_history(i - kHistFind);
    if (sc.dict[i] >= 0) {
      g2 = g1;
      g1 = sc.dict[i];
      if (i + 1 < n) request_history(i + 1, g1, g2);
      continue;
    }
    Score* scores = &sc.static_scores[size_t(i) * S];
    const Weight* rows[6];
    word_rows(i, rows);
    rows[5] = &sentence_case[size_t(sentence_case_index(case_bin, sc.case_info[i], i == 0)) * S];
    sum_rows(scores, rows, S);
    for (int k = 0; k < 3; ++k)
      if (const Slot* s = sc.pair_slot[size_t(i) * 3 + k]) add_slot(*s, scores);
    const Weight* const guess_rows[2] = {&tag1[size_t(g1) * S], &tag2[size_t(g2) * S]};
    sum_rows(guess_scores, scores, guess_rows, S);
    g2 = g1;
    g1 = argmax(guess_scores, K, S);
    if (i + 1 < n) request_history(i + 1, g1, g2);
  }
  for (int i = std::max(0, n - kHistFind); i < n; ++i) find_history(i);

  // Pass 3: greedy decoding, left to right, adding the tag-history features.
  int t1 = K, t2 = K + 1;  // sentence-start pseudo-tags
  Score* scores = sc.scores.data();
  for (int i = 0; i < n; ++i) {
    int best = sc.dict[i];
    if (best < 0) {
      const Weight* const history[3] = {&tag1[size_t(t1) * S], &tag2[size_t(t2) * S],
                                        &tag12[(size_t(t1) * H + t2) * S]};
      sum_rows(scores, &sc.static_scores[size_t(i) * S], history, S);
      if (t1 == sc.guess[i]) {
        for (int k = 0; k < 2; ++k)
          if (const Slot* s = sc.hist_slot[size_t(i) * 2 + k]) add_slot(*s, scores);
      } else {
        const uint64_t lnext = i + 1 < n ? sc.lower[i + 1] : eos_lower;
        add_row(tag1_word_feature(t1, sc.lower[i]), scores);
        add_row(bigram_feature(lnext, uint64_t(t1), kTag1Next), scores);
      }
      if (sc.unknown[i] >= 0 && has_letter(doc.tokens[b + i].norm)) mask_closed(scores);
      best = argmax(scores, K, S);
      // The choice is exact unless one of the word rows clamped it (see
      // CompiledModel::mask_lane): then swap the packed rows' sum for the
      // exact one and choose again.
      const Weight* rows[5];
      word_rows(i, rows);
      if (clamped(rows[0], best) || clamped(rows[1], best) || clamped(rows[2], best) ||
          clamped(rows[3], best) || clamped(rows[4], best)) {
        exact_word_rows(doc, b, n, i, sc);
        sc.sums.resize(S);
        for (int c = K; c < S; ++c) scores[c] = 0;  // argmax's fill, not a score
        sum_rows(sc.sums.data(), rows, S);
        add_difference(scores, sc.exact.data(), sc.sums.data(), S);
        if (sc.unknown[i] >= 0 && has_letter(doc.tokens[b + i].norm)) mask_closed(scores);
        best = argmax(scores, K, S);
      }
    }
    TokenSyntax& syn = doc.syntax[b + i];
    syn.xpos = xpos[best];
    syn.upos = upos[best];
    t2 = t1;
    t1 = best;
  }
}

void CompiledModel::exact_word_rows(const Document& doc, uint32_t b, int n, int i,
                                    Scratch& sc) const {
  const int S = stride;
  const size_t per_word = size_t(kVectorsPerWord) * S;
  sc.exact.assign(S, 0);
  std::vector<Score> sums(per_word);
  WordFeatures f;
  // Offsets -2..+2 and the row each word keeps for the token at its offset.
  static constexpr int kOffset[5] = {0, -2, -1, 1, 2};
  for (int r = 0; r < 5; ++r) {
    const int j = i + kOffset[r];
    if (j < 0 || j >= n) {
      boundary_word_features(j < 0, &f);
    } else if (sc.unknown[j] >= 0) {
      features_of(doc.tokens[b + j].norm, {}, &f);
    } else {
      features_of(vocab[sc.vocab_id[j]], vocab_ambiguity[sc.vocab_id[j]], &f);
    }
    word_sums(f, sums.data());
    const Score* row = sums.data() + r * S;
    for (int c = 0; c < S; ++c) sc.exact[c] += row[c];
  }
}

}  // namespace dyad
