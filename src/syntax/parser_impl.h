// Private to the parser: the arc-hybrid configuration, the feature templates
// and the weight tables. Shared by parser.cc (decoding, model files) and
// parser_train.cc (the dynamic-oracle trainer).
//
// Transition system: arc-hybrid (Kuhlmann et al. 2011) with the artificial
// ROOT at the END of the buffer (Ballesteros & Nivre 2013). ROOT may take a
// dependent only when the stack holds exactly one word, so every parse has a
// single root, every word a head, and no cycles, in exactly 2n transitions.
//
//   SHIFT  move b0 onto the stack                  (b0 is not ROOT)
//   LEFT   s0 <- b0, pop s0                        (ROOT only if |stack| = 1)
//   RIGHT  s1 -> s0, pop s0                        (|stack| >= 2)
//
// Classifiers: one averaged perceptron picks the transition (3 classes); a
// second one labels each arc as it is built, when the dependent is complete
// (arc-hybrid pops a word only after all its dependents are attached), so the
// label model sees the dependent's whole subtree shape ("by" case child ->
// obl:agent, "was" aux:pass sibling -> nsubj:pass). Splitting the decision
// keeps the per-transition cost at 3 weights per feature instead of ~100.
//
// Features are 64-bit hashes of (template id, atoms); the top bits index a
// dense table whose row holds the weights of every class for that feature, so
// one feature costs one cache line. Collisions are left to the perceptron.
#ifndef DYAD_SYNTAX_PARSER_IMPL_H_
#define DYAD_SYNTAX_PARSER_IMPL_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/parser.h"
#include "syntax/word_classes.h"

namespace dyad {
namespace parser_internal {

enum Move : int { kShift = 0, kLeft = 1, kRight = 2 };
constexpr int kTransClasses = 3;
constexpr int kTransStride = 4;  // row padded to 4 weights (8 bytes as int16)
constexpr int kLabelStride = 64;  // label row: up to 64 classes, 128 bytes = 2 cache lines
constexpr int kMaxTransFeatures = 160;  // parser_train.cc checks the templates fit
constexpr int kMaxLabelFeatures = 64;
constexpr uint64_t kNoLabel = 255;

// Feature sets (= model file versions): 3, 8, 9, which is 8's templates with
// int8 weight rows (see HugeArray below), 10, which is 3's templates with
// int8 rows (the int8 layout came after version 9, hence the number), 11,
// which is 3's templates plus WordNet word classes (word_classes.h), and 12,
// 11's templates with int8 rows.
inline bool is_q8(int features) { return features == 9 || features == 10 || features == 12; }
// The templates a feature set number scores with (9 = 8's, 10 = 3's, 12 = 11's).
inline int template_set(int features) {
  return features == 8 || features == 9 ? 8 : features == 11 || features == 12 ? 11 : 3;
}
// The int8 feature set with the same templates as an int16 one (3 -> 10,
// 8 -> 9, 11 -> 12), or 0 when there is none.
inline int q8_of(int features) {
  return features == 3 ? 10 : features == 8 ? 9 : features == 11 ? 12 : 0;
}
// Whether a feature set's model carries a word-class table.
inline bool uses_word_classes(int features) { return template_set(features) == 11; }

inline uint64_t mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0xff51afd7ed558ccdULL;
  return h ^ (h >> 32);
}
inline uint64_t tmpl(uint64_t id) { return (id + 1) * 0x9E3779B97F4A7C15ULL; }

// 64-bit hash of a string (FNV-1a then a finaliser), optionally lowercasing
// ASCII and folding digits so "1999" and "2021" share a feature.
uint64_t hash_string(std::string_view s, bool fold);

// Fills W and P (n+2 entries: words, ROOT, NONE) for tokens [begin, end) of doc.
// The word atom is the lowercased, digit-folded form; the tag atom combines
// the PTB tag with the UPOS (AUX vs VERB share VB* tags).
// U holds the UPOS alone: coarser, so features on it survive the tagger's
// NN/NNP and VBD/VBN slips.
// PC / VC count the punctuation marks / verbs before each position (n+2
// entries), so "what lies between two words" is one subtraction.
// C is the UPOS with the WordNet class of the lemma (noun.time, verb.motion,
// ...) for nouns and verbs, when classes are given (feature set 11); else U.
struct Atoms {
  std::vector<uint64_t> W, P, U, C;
  std::vector<uint16_t> PC, VC;
};
void sentence_atoms(const Document& doc, uint32_t begin, uint32_t end, Atoms& a,
                    const WordClasses* classes);

// Parses tokens [begin, end) of doc (atoms already in st.W/st.P, st reset),
// leaving heads (ROOT = n) and labels (DepRel ids) in st.head / st.label.
struct Weights;
struct State;
void decode(const Weights& m, State& st);

inline uint64_t cap(int v, int m) { return static_cast<uint64_t>(v < m ? v : m); }

// The state of one sentence. Word i is 0..n-1, ROOT is n, NONE (no such
// position) is n+1: every "child of" / "stack item" lookup yields a valid
// index, so feature extraction has no branches for missing items.
struct State {
  int n = 0;
  const uint64_t* W = nullptr;  // word atoms, n+2 entries
  const uint64_t* P = nullptr;  // tag atoms (PTB tag, or UPOS if none)
  const uint64_t* U = nullptr;  // UPOS atoms
  const uint64_t* C = nullptr;  // UPOS + WordNet class atoms
  const uint16_t* PC = nullptr;  // punctuation before each position
  const uint16_t* VC = nullptr;  // verbs before each position
  void set_atoms(const Atoms& a) {
    W = a.W.data();
    P = a.P.data();
    U = a.U.data();
    C = a.C.data();
    PC = a.PC.data();
    VC = a.VC.data();
  }
  // Punctuation marks / verbs strictly between positions a < b (capped at 2).
  uint64_t punct_between(int a, int b) const { return cap(PC[b] - PC[a + 1], 2); }
  uint64_t verbs_between(int a, int b) const { return cap(VC[b] - VC[a + 1], 2); }
  std::vector<int> stack;       // 3 NONE sentinels at the bottom
  int sp = 3;
  int b = 0;
  std::vector<int> head, l1, l2, r1, r2, nl, nr;
  std::vector<uint64_t> label, lset, rset;

  int none() const { return n + 1; }
  void reset(int words) {
    n = words;
    const size_t sz = static_cast<size_t>(n) + 2;
    if (stack.size() < sz + 3) stack.resize(sz + 3);
    for (auto* v : {&head, &l1, &l2, &r1, &r2, &nl, &nr})
      if (v->size() < sz) v->resize(sz);
    for (auto* v : {&label, &lset, &rset})
      if (v->size() < sz) v->resize(sz);
    stack[0] = stack[1] = stack[2] = none();
    sp = 3;
    b = 0;
    for (size_t i = 0; i < sz; ++i) {
      head[i] = -1;
      l1[i] = l2[i] = r1[i] = r2[i] = none();
      nl[i] = nr[i] = 0;
      label[i] = kNoLabel;
      lset[i] = rset[i] = 0;
    }
  }
  bool terminal() const { return b == n && sp == 3; }
  bool can(int move) const {
    switch (move) {
      case kShift: return b < n;
      case kLeft: return sp > 3 && (b < n || sp == 4);
      case kRight: return sp > 4;
    }
    return false;
  }
  int s0() const { return stack[sp - 1]; }
  int s1() const { return stack[sp - 2]; }

  void add_arc(int h, int d, uint64_t lab) {
    head[d] = h;
    label[d] = lab;
    const uint64_t bit = uint64_t{1} << (lab & 63);
    if (d < h) {
      if (d < l1[h]) { l2[h] = l1[h]; l1[h] = d; }
      else if (d < l2[h]) l2[h] = d;
      ++nl[h];
      lset[h] |= bit;
    } else {
      if (r1[h] == none() || d > r1[h]) { r2[h] = r1[h]; r1[h] = d; }
      else if (r2[h] == none() || d > r2[h]) r2[h] = d;
      ++nr[h];
      rset[h] |= bit;
    }
  }
  // Applies a move; for LEFT/RIGHT returns the (head, dependent) pair built.
  void apply(int move, int& h, int& d) {
    if (move == kShift) {
      stack[sp++] = b++;
      h = d = -1;
      return;
    }
    d = stack[--sp];
    h = move == kLeft ? b : stack[sp - 1];
  }
};

inline uint64_t dist_bin(int d) {
  if (d < 0) d = -d;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  if (d <= 14) return 7;
  return 8;
}

// Transition features (Zhang & Nivre 2011, adapted to arc-hybrid's s1/s0/b0).
// Calls out(k, hash) for k = 0, 1, ... and returns the number of features.
// Decoding passes a sink that turns each hash into its row address and
// prefetches it at once, so the table's cache misses overlap the hashing of
// the features after it (and no hash array is written and read back).
//
// FS is the feature set, which is the model file version it was introduced
// with: 3 (the base templates) or 8 (3 plus the third-order block at the end).
// A model scores only with the set it was trained with (Weights::features).
template <int FS, class Out>
__attribute__((always_inline)) inline int trans_features(const State& st, Out&& out) {
  const int NONE = st.none();
  const int S0 = st.stack[st.sp - 1], S1 = st.stack[st.sp - 2], S2 = st.stack[st.sp - 3];
  const int B0 = st.b;
  const int B1 = B0 + 1 <= st.n ? B0 + 1 : NONE;
  const int B2 = B0 + 2 <= st.n ? B0 + 2 : NONE;
  const uint64_t* W = st.W;
  const uint64_t* P = st.P;
  const auto& L = st.label;
  const int S0l = st.l1[S0], S0l2 = st.l2[S0], S0r = st.r1[S0], S0r2 = st.r2[S0];
  const int S1l = st.l1[S1], S1r = st.r1[S1], S1r2 = st.r2[S1];
  const int B0l = st.l1[B0], B0l2 = st.l2[B0];
  const uint64_t d0 = S0 == NONE ? 15 : (B0 == st.n ? 14 : dist_bin(B0 - S0));
  const uint64_t d1 = S1 == NONE || S0 == NONE ? 15 : dist_bin(S0 - S1);
  const uint64_t depth = cap(st.sp - 3, 4);

  int k = 0;
  uint64_t t = 0;
  auto F1 = [&](uint64_t a) __attribute__((always_inline)) { out(k++, mix(tmpl(t++), a)); };
  auto F2 = [&](uint64_t a, uint64_t b) __attribute__((always_inline)) {
    out(k++, mix(mix(tmpl(t++), a), b));
  };
  auto F3 = [&](uint64_t a, uint64_t b, uint64_t c) __attribute__((always_inline)) {
    out(k++, mix(mix(mix(tmpl(t++), a), b), c));
  };
  F1(0);  // bias
  // Unigrams.
  F1(W[S0]); F1(P[S0]); F2(W[S0], P[S0]);
  F1(W[S1]); F1(P[S1]); F2(W[S1], P[S1]);
  F1(W[S2]); F1(P[S2]);
  F1(W[B0]); F1(P[B0]); F2(W[B0], P[B0]);
  F1(W[B1]); F1(P[B1]); F2(W[B1], P[B1]);
  F1(W[B2]); F1(P[B2]);
  // Coarse (UPOS) versions of the core tag features.
  const uint64_t* U = st.U;
  F1(U[S0]); F1(U[S1]); F1(U[B0]); F1(U[B1]);
  F2(U[S0], U[B0]); F2(U[S1], U[S0]);
  F3(U[S1], U[S0], U[B0]); F3(U[S0], U[B0], U[B1]); F3(U[S2], U[S1], U[S0]);
  F3(U[S0], U[S0l], U[B0]); F3(U[S1], U[S1r], U[S0]);
  F2(W[S0], U[B0]); F2(U[S0], W[B0]); F2(W[S1], U[S0]); F2(U[S1], W[S0]);
  F3(U[S1], U[S0], W[B0]); F3(U[S0], W[B0], U[B1]);
  // Pairs.
  F3(W[S0], P[S0], W[B0] ^ P[B0] * 31);
  F3(W[S0], P[S0], W[B0]);
  F3(W[S0], W[B0], P[B0]);
  F3(W[S0], P[S0], P[B0]);
  F3(P[S0], W[B0], P[B0]);
  F2(W[S0], W[B0]);
  F2(P[S0], P[B0]);
  F2(P[B0], P[B1]);
  F3(W[S1], P[S1], W[S0] ^ P[S0] * 31);
  F2(W[S1], W[S0]);
  F2(P[S1], P[S0]);
  F3(W[S1], P[S1], P[S0]);
  F3(P[S1], W[S0], P[S0]);
  F2(P[S1], P[B0]);
  F2(W[S1], W[B0]);
  F3(W[S1], P[S1], P[B0]);
  // Triples of tags (and a word).
  F3(P[B0], P[B1], P[B2]);
  F3(P[S0], P[B0], P[B1]);
  F3(P[S1], P[S0], P[B0]);
  F3(P[S2], P[S1], P[S0]);
  F3(P[S0], P[S0l], P[B0]);
  F3(P[S0], P[S0r], P[B0]);
  F3(P[S0], P[B0], P[B0l]);
  F3(P[S1], P[S1r], P[S0]);
  F3(P[S1], P[S1l], P[S0]);
  F3(P[S1], P[S0], P[S0l]);
  F3(P[S1], P[S0], P[S0r]);
  F3(W[S1], P[S0], P[B0]);
  F3(P[S1], W[S0], P[B0]);
  F3(P[S1], P[S0], W[B0]);
  F3(W[S0], P[B0], P[B1]);
  F3(P[S0], W[B0], P[B1]);
  // Distance.
  F2(W[S0], d0); F2(P[S0], d0); F2(W[B0], d0); F2(P[B0], d0);
  F3(W[S0], W[B0], d0); F3(P[S0], P[B0], d0);
  F3(P[S1], P[S0], d1); F3(W[S1], W[S0], d1); F2(W[S0], d1); F2(W[S1], d1);
  F3(P[S1], P[S0], P[B0] ^ d1 * 7 ^ d0 * 131);
  // Valency.
  F2(W[S0], cap(st.nr[S0], 5)); F2(P[S0], cap(st.nr[S0], 5));
  F2(W[S0], cap(st.nl[S0], 5)); F2(P[S0], cap(st.nl[S0], 5));
  F2(W[B0], cap(st.nl[B0], 5)); F2(P[B0], cap(st.nl[B0], 5));
  F2(W[S1], cap(st.nr[S1], 5)); F2(P[S1], cap(st.nr[S1], 5));
  F2(W[S1], cap(st.nl[S1], 5)); F2(P[S1], cap(st.nl[S1], 5));
  // Children: words, tags, labels.
  F1(W[S0l]); F1(P[S0l]); F1(L[S0l]);
  F1(W[S0r]); F1(P[S0r]); F1(L[S0r]);
  F1(W[B0l]); F1(P[B0l]); F1(L[B0l]);
  F1(W[S1l]); F1(P[S1l]); F1(L[S1l]);
  F1(W[S1r]); F1(P[S1r]); F1(L[S1r]);
  F1(W[S0l2]); F1(P[S0l2]); F1(L[S0l2]);
  F1(W[S0r2]); F1(P[S0r2]); F1(L[S0r2]);
  F1(W[B0l2]); F1(P[B0l2]); F1(L[B0l2]);
  F1(P[S1r2]); F1(L[S1r2]);
  F3(P[S0], P[S0l], P[S0l2]);
  F3(P[S0], P[S0r], P[S0r2]);
  F3(P[B0], P[B0l], P[B0l2]);
  F3(P[S1], P[S1r], P[S1r2]);
  F3(P[S0], L[S0l], L[S0r]);
  F3(P[S0], L[S0l], P[B0]);
  F3(P[S1], L[S1r], P[S0]);
  F3(P[B0], L[B0l], P[S0]);
  // Label sets.
  F2(W[S0], st.rset[S0]); F2(P[S0], st.rset[S0]);
  F2(W[S0], st.lset[S0]); F2(P[S0], st.lset[S0]);
  F2(W[B0], st.lset[B0]); F2(P[B0], st.lset[B0]);
  F2(W[S1], st.rset[S1]); F2(P[S1], st.rset[S1]); F2(P[S1], st.lset[S1]);
  // Stack depth (how much is still open).
  F2(P[B0], depth);
  F3(P[S0], P[B0], depth);
  // What lies between the candidates: a comma or a verb between s0 and b0
  // (or s1 and s0) argues against attaching them directly.
  const uint64_t pb0 = S0 == NONE ? 7 : st.punct_between(S0, B0);
  const uint64_t vb0 = S0 == NONE ? 7 : st.verbs_between(S0, B0);
  const uint64_t pb1 = S1 == NONE || S0 == NONE ? 7 : st.punct_between(S1, S0);
  const uint64_t vb1 = S1 == NONE || S0 == NONE ? 7 : st.verbs_between(S1, S0);
  F3(P[S0], P[B0], pb0 * 8 + vb0);
  F3(U[S0], U[B0], pb0 * 8 + vb0 + 64 * d0);
  F2(W[S0], pb0); F2(W[B0], pb0 * 8 + vb0);
  F3(P[S1], P[S0], pb1 * 8 + vb1);
  F3(U[S1], U[S0], pb1 * 8 + vb1 + 64 * d1);
  if constexpr (FS == 11) {
    // WordNet classes of the candidates: a time noun after a verb is obl:tmod,
    // not the object; a noun.person object of "by" is an agent; PP attachment
    // by the classes of both candidate heads and of the preposition's noun.
    const uint64_t* C = st.C;
    F1(C[S0]); F1(C[S1]); F1(C[B0]); F1(C[B1]);
    F2(C[S0], C[B0]); F2(C[S1], C[S0]);
    F2(C[S0], P[B0]); F2(P[S0], C[B0]); F2(C[S1], P[S0]); F2(P[S1], C[S0]);
    F3(C[S1], C[S0], C[B0]);
    F3(C[S1], W[S0l], C[S0]); F3(C[B0], W[S0l], C[S0]);
    F3(C[S0], C[B0], d0);
    F3(C[B0], C[B1], U[S0]);
    return k;
  }
  if constexpr (FS < 8) return k;
  // Third order: the two nearest children's labels together (Zhang & Nivre's
  // label pairs), and the function word that opens s0 or b0 (a "cc" "and", a
  // "mark" "that") against what it would attach to: coordination and clause
  // attachments are the weakest relations.
  F3(P[S0], L[S0l], L[S0l2]);
  F3(P[S0], L[S0r], L[S0r2]);
  F3(P[B0], L[B0l], L[B0l2]);
  F3(P[S1], P[S0], W[S0l]);
  F3(U[S1], U[S0], L[S0l] * 256 + L[S1r]);
  F3(P[S0], P[B0], W[B0l]);
  F3(U[S0], U[B0], L[B0l] * 256 + L[S0r]);
  F3(P[S1], P[B0], S1 == NONE ? 15 : dist_bin(B0 - S1));
  // Words of attached children with the candidate heads: what a word already
  // governs says whether it takes more (a verb with its object attached).
  F2(W[S0], W[S0r]);
  F3(P[S0], W[S0r], P[B0]);
  F3(W[B0], W[B0l], P[S0]);
  F3(P[S1], W[S1r], P[S0]);
  F3(W[S0], P[B0], W[B1]);
  F3(U[S0], W[B0], W[B1]);
  // News reporting: ", officials said" / "said ... on Monday": the word at b0
  // or s0 with what lies between it and the other candidate.
  F3(W[B0], U[S0], pb0 * 8 + vb0);
  F3(W[S0], U[B0], pb0 * 8 + vb0);
  return k;
}

// The same features written to f (training), for feature set fs.
inline int trans_features(int fs, const State& st, uint64_t* f) {
  auto out = [f](int k, uint64_t h) __attribute__((always_inline)) { f[k] = h; };
  switch (template_set(fs)) {
    case 8: return trans_features<8>(st, out);
    case 11: return trans_features<11>(st, out);
    default: return trans_features<3>(st, out);
  }
}

// Features for labelling the arc h -> d just built (left: d < h); out(k, hash)
// as for trans_features.
// DIR is the arc's direction (1: d < h, 2: d > h), a template argument so
// that every template's first step, mix(tmpl(t), dir), is a constant.
template <int FS, uint64_t DIR, class Out>
__attribute__((always_inline)) inline int label_features_dir(const State& st, int h, int d,
                                                              Out&& out) {
  const int NONE = st.none();
  const uint64_t* W = st.W;
  const uint64_t* P = st.P;
  const auto& L = st.label;
  constexpr uint64_t dir = DIR;
  const uint64_t dist = dist_bin(h - d);
  const int dl = st.l1[d], dl2 = st.l2[d], dr = st.r1[d], dr2 = st.r2[d];
  const int hl = st.l1[h], hr = st.r1[h];
  const int dprev = d > 0 ? d - 1 : NONE;
  const int dnext = d + 1 < st.n ? d + 1 : NONE;
  const int hprev = h > 0 && h < st.n ? h - 1 : NONE;
  int k = 0;
  uint64_t t = 0;
  auto F1 = [&](uint64_t a) __attribute__((always_inline)) { out(k++, mix(mix(tmpl(t++), dir), a)); };
  auto F2 = [&](uint64_t a, uint64_t b) __attribute__((always_inline)) {
    out(k++, mix(mix(mix(tmpl(t++), dir), a), b));
  };
  auto F3 = [&](uint64_t a, uint64_t b, uint64_t c) __attribute__((always_inline)) {
    out(k++, mix(mix(mix(mix(tmpl(t++), dir), a), b), c));
  };
  F1(0);
  F1(W[h]); F1(P[h]); F1(W[d]); F1(P[d]);
  F2(W[h], P[h]); F2(W[d], P[d]);
  F2(P[h], P[d]); F2(W[h], P[d]); F2(P[h], W[d]); F2(W[h], W[d]);
  F3(P[h], P[d], dist); F2(W[d], dist);
  // The dependent's subtree: its function words and the labels under it.
  F2(P[d], st.lset[d]); F2(P[d], st.rset[d]);
  F3(P[h], P[d], st.lset[d]);
  F1(W[dl]); F2(P[d], W[dl]); F2(P[d], P[dl]); F3(P[h], P[d], W[dl]);
  F3(W[h], P[d], W[dl]); F2(W[dl], L[dl]);
  F2(P[d], W[dl2]); F3(P[d], W[dl], W[dl2]);
  F2(P[d], W[dr]); F2(P[d], P[dr]); F2(P[d], L[dr]); F2(P[d], W[dr2]);
  F2(P[d], cap(st.nl[d], 4) * 8 + cap(st.nr[d], 4));
  // The head's other dependents so far ("was" aux:pass -> nsubj:pass; an
  // existing nsubj -> this one is something else).
  F3(P[h], P[d], st.lset[h]); F3(P[h], P[d], st.rset[h]);
  F2(W[h], st.lset[h]); F2(W[h], st.rset[h]);
  F3(P[h], W[hl], L[hl]); F3(P[h], P[d], L[hr]);
  F3(W[h], P[d], st.lset[h]);
  // Neighbourhood.
  F3(P[h], P[d], P[dprev]); F2(P[d], W[dprev]); F2(P[d], P[dnext]); F2(P[d], W[dnext]);
  F3(P[h], P[d], P[hprev]); F2(P[h], W[hprev]);
  F1(h == st.n ? 1 : 0);
  const uint64_t* U = st.U;
  F2(U[h], U[d]); F3(U[h], U[d], dist); F3(U[h], U[d], st.lset[h]);
  F2(U[d], W[dl]); F3(W[h], U[d], W[dl]);
  {
    const int lo = d < h ? d : h, hi = d < h ? h : d;
    const uint64_t between = st.punct_between(lo, hi) * 8 + st.verbs_between(lo, hi);
    F3(U[h], U[d], between); F3(P[h], P[d], between); F3(W[h], U[d], between);
  }
  if constexpr (FS == 11) {
    const uint64_t* C = st.C;
    F2(C[h], C[d]); F2(C[d], P[h]); F2(C[h], P[d]);
    F3(C[d], W[dl], U[h]); F3(C[h], C[d], dist); F2(C[d], st.lset[d]);
    return k;
  }
  if constexpr (FS < 8) return k;
  // What is still unattached on either side of the arc: the next buffer word
  // after it (a second noun phrase after "gave him" makes "him" iobj; a "to"
  // infinitive after the noun suggests xcomp) and the stack word before it.
  {
    const int right = d < h ? h : d;
    const int nxt = right == st.b ? (st.b + 1 <= st.n ? st.b + 1 : NONE) : st.b;
    const int prv = d < h ? st.stack[st.sp - 1] : st.stack[st.sp - 2];
    F3(P[h], P[d], P[nxt]); F2(W[d], P[nxt]); F2(P[d], W[nxt]); F3(P[h], P[d], P[prv]);
  }
  return k;
}

template <int FS, class Out>
__attribute__((always_inline)) inline int label_features(const State& st, int h, int d, Out&& out) {
  return d < h ? label_features_dir<FS, 1>(st, h, d, out) : label_features_dir<FS, 2>(st, h, d, out);
}

inline int label_features(int fs, const State& st, int h, int d, uint64_t* f) {
  auto out = [f](int k, uint64_t x) __attribute__((always_inline)) { f[k] = x; };
  switch (template_set(fs)) {
    case 8: return label_features<8>(st, h, d, out);
    case 11: return label_features<11>(st, h, d, out);
    default: return label_features<3>(st, h, d, out);
  }
}

}  // namespace parser_internal

namespace parser_internal {

// Zeroed memory on a 2 MB-aligned fresh anonymous mapping marked for
// transparent huge pages (Linux; aligned_alloc elsewhere); throws bad_alloc.
// Decoding reads ~300 random rows per word from ~16 MB of tables, and with
// 4 KB pages most of those reads would also miss the TLB. Heap memory that an
// earlier allocation had already touched keeps its 4 KB pages whatever
// madvise says (the transition table, allocated from the heap, got no huge
// pages that way), hence a fresh mapping.
void* huge_alloc(size_t bytes, size_t& mapped);
void huge_free(void* p, size_t mapped);

// A zeroed array of T on huge_alloc memory.
template <class T>
class HugeArray {
 public:
  HugeArray() = default;
  explicit HugeArray(size_t n) : n_(n) {
    size_t mapped = 0;
    void* p = huge_alloc(n * sizeof(T), mapped);
    p_ = std::unique_ptr<T[], Free>(static_cast<T*>(p), Free{mapped});
  }
  T* data() { return p_.get(); }
  const T* data() const { return p_.get(); }
  size_t size() const { return n_; }
  T& operator[](size_t i) { return p_[i]; }
  const T& operator[](size_t i) const { return p_[i]; }

 private:
  struct Free {
    size_t bytes;  // length of the mapping; value-initialised to 0
    void operator()(T* p) const { huge_free(p, bytes); }
  };
  std::unique_ptr<T[], Free> p_;
  size_t n_ = 0;
};
using HugeTable = HugeArray<int16_t>;

// Feature sets 9 and 10 are feature sets 8 and 3 with int8 rows: each row keeps its weights as
// int8 mantissas sharing one power-of-two exponent, stored in the row's last
// byte (weight = mantissa << exponent, the same int16 value the file holds).
// A transition row is 4 bytes (3 moves + exponent), a label row 64 bytes
// (up to 63 classes + exponent), so the tables are half the size of int16
// ones and a label row is one cache line instead of two. Decoding is bound by
// cache misses on these tables, not by arithmetic; the rounding to 8
// significant bits changes EWT dev/test UAS/LAS by <= 0.03 (models/README.md).
constexpr int kTransStride8 = 4;
constexpr int kLabelStride8 = 64;
constexpr int kMaxClasses8 = 63;

// Rounds an int16 row to an int8 mantissa and exponent (exp out), in place:
// afterwards every value is mantissa << exp exactly.
int round_row_q8(int16_t* row, int width);

struct Weights;
// Replaces w's int16 tables by int8 ones (rounding each row with
// round_row_q8); throws std::runtime_error if w has more than 63 labels.
void to_q8(Weights& w);

// The loaded model: quantised weights in dense hashed tables.
struct Weights {
  int features = 3;  // feature set (see trans_features), = the file's version: 3, 8, 9 or 10
  int trans_bits = 0;
  int label_bits = 0;
  int label_stride = kLabelStride;
  std::vector<DepRel> class_deprel;      // label class -> DepRel
  HugeTable trans;                       // (1 << trans_bits) * kTransStride
  HugeTable label;                       // (1 << label_bits) * label_stride
  // Feature sets 9 and 10 (is_q8): the int8 tables instead (trans and label empty).
  HugeArray<int8_t> trans8;              // (1 << trans_bits) * kTransStride8
  HugeArray<int8_t> label8;              // (1 << label_bits) * kLabelStride8
  DepRel root = 0;
  WordClasses word_classes;  // feature sets 11 and 12 only
};

}  // namespace parser_internal

struct Parser::Model {
  parser_internal::Weights w;
};

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSER_IMPL_H_
