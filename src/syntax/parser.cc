// Dependency parser: decoding (see parser_impl.h for the design).
#include "dyad/parser.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "syntax/parser_impl.h"
#include "syntax/parser_io.h"
#include "syntax/parser_kernels.h"
#include "syntax/parser_repair.h"
#include "syntax/tag_repair.h"

namespace dyad {
namespace parser_internal {

uint64_t hash_string(std::string_view s, bool fold) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    if (fold) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      else if (c >= '0' && c <= '9') c = '9';
    }
    h = (h ^ c) * 0x100000001b3ULL;
  }
  return mix(h, 0x5bd1e995);
}

void* huge_alloc(size_t n, size_t& mapped) {
  constexpr size_t kAlign = size_t{2} << 20;
  const size_t bytes = (std::max<size_t>(n, 1) + kAlign - 1) / kAlign * kAlign;
  mapped = bytes;
#if defined(__linux__)
  // Map one alignment unit more than needed and trim both ends so the table
  // starts on a 2 MB boundary.
  void* raw = mmap(nullptr, bytes + kAlign, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
  if (raw == MAP_FAILED) throw std::bad_alloc();
  const uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t aligned = (start + kAlign - 1) & ~(kAlign - 1);
  if (aligned > start) munmap(raw, aligned - start);
  if (start + kAlign > aligned) munmap(reinterpret_cast<void*>(aligned + bytes), start + kAlign - aligned);
  void* p = reinterpret_cast<void*>(aligned);
#if defined(MADV_HUGEPAGE)
  madvise(p, bytes, MADV_HUGEPAGE);  // a hint: failure only costs speed
#endif
  // Fresh pages read as zero, but writing them now faults the huge pages in at
  // load time instead of during parsing.
  std::memset(p, 0, bytes);
  return p;
#else
  void* p = std::aligned_alloc(kAlign, bytes);
  if (!p) throw std::bad_alloc();
  std::memset(p, 0, bytes);
  return p;
#endif
}

void huge_free(void* p, size_t mapped) {
#if defined(__linux__)
  munmap(p, mapped);
#else
  (void)mapped;
  std::free(p);
#endif
}

int round_row_q8(int16_t* row, int width) {
  int mx = 0;
  for (int c = 0; c < width; ++c) mx = std::max(mx, std::abs(static_cast<int>(row[c])));
  // The smallest exponent that brings the largest weight into 7 bits; the
  // rounded mantissa of a weight near the top may reach 128 and is clamped.
  int e = 0;
  while ((mx >> e) > 127) ++e;
  if (e == 0) return 0;
  const int half = 1 << (e - 1);
  for (int c = 0; c < width; ++c) {
    const int v = row[c];
    const int m = std::min(127, (std::abs(v) + half) >> e);
    row[c] = static_cast<int16_t>((v < 0 ? -m : m) * (1 << e));
  }
  return e;
}

void to_q8(Weights& w) {
  const int classes = static_cast<int>(w.class_deprel.size());
  if (classes > kMaxClasses8) throw std::runtime_error("parser: int8 rows hold at most 63 labels");
  auto convert = [](HugeTable& t, size_t stride, int width, HugeArray<int8_t>& out, size_t stride8) {
    const size_t rows = t.size() / stride;
    out = HugeArray<int8_t>(rows * stride8);
    for (size_t r = 0; r < rows; ++r) {
      int16_t* row = &t[r * stride];
      const int e = round_row_q8(row, width);
      int8_t* o = &out[r * stride8];
      for (int c = 0; c < width; ++c) o[c] = static_cast<int8_t>(row[c] >> e);
      o[stride8 - 1] = static_cast<int8_t>(e);
    }
    t = HugeTable();
  };
  convert(w.trans, kTransStride, kTransClasses, w.trans8, kTransStride8);
  convert(w.label, static_cast<size_t>(w.label_stride), classes, w.label8, kLabelStride8);
}

namespace {
const uint64_t kRootWord = hash_string("<ROOT>", false);
const uint64_t kRootTag = hash_string("<ROOT-TAG>", false);
const uint64_t kNoneWord = hash_string("<NONE>", false);
const uint64_t kNoneTag = hash_string("<NONE-TAG>", false);
}  // namespace

void sentence_atoms(const Document& doc, uint32_t begin, uint32_t end, Atoms& a,
                    const WordClasses* classes) {
  const size_t n = end - begin;
  auto& W = a.W;
  auto& P = a.P;
  auto& U = a.U;
  W.resize(n + 2);
  P.resize(n + 2);
  U.resize(n + 2);
  a.C.resize(n + 2);
  a.PC.resize(n + 2);
  a.VC.resize(n + 2);
  uint16_t pc = 0, vc = 0;
  const bool has_syntax = doc.syntax.size() == doc.tokens.size();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t t = begin + static_cast<uint32_t>(i);
    const Token& tok = doc.tokens[t];
    std::string_view form = tok.norm.empty() ? doc.token_text(t) : std::string_view(tok.norm);
    W[i] = hash_string(form, true);
    if (has_syntax) {
      const TokenSyntax& syn = doc.syntax[t];
      std::string_view tag = syn.xpos.empty() ? upos_name(syn.upos) : std::string_view(syn.xpos);
      P[i] = mix(hash_string(tag, false), static_cast<uint64_t>(syn.upos) + 1);
      U[i] = static_cast<uint64_t>(syn.upos) + 1;
      a.PC[i] = pc;
      a.VC[i] = vc;
      pc += syn.upos == UPos::kPUNCT;
      vc += syn.upos == UPos::kVERB;
    } else {
      P[i] = kNoneTag ^ 1;
      U[i] = static_cast<uint64_t>(UPos::kX) + 1;
      a.PC[i] = pc;
      a.VC[i] = vc;
    }
  }
  a.PC[n] = a.PC[n + 1] = pc;
  a.VC[n] = a.VC[n + 1] = vc;
  W[n] = kRootWord;
  P[n] = kRootTag;
  W[n + 1] = kNoneWord;
  P[n + 1] = kNoneTag;
  U[n] = 100;
  U[n + 1] = 101;
  for (size_t i = 0; i < n + 2; ++i) {
    uint64_t cls = 0;
    if (classes && has_syntax && i < n) {
      const TokenSyntax& syn = doc.syntax[begin + i];
      const bool noun = syn.upos == UPos::kNOUN || syn.upos == UPos::kPROPN;
      if ((noun || syn.upos == UPos::kVERB) && !syn.lemma.empty()) {
        const uint64_t key = WordClasses::key_of(syn.lemma);
        cls = noun ? classes->noun(key) : classes->verb(key);
      }
    }
    a.C[i] = U[i] << 8 | cls;
  }
}

namespace {

template <int FS, bool Q8>
int predict_label(const Weights& m, const State& st, int h, int d) {
  const int shift = 64 - m.label_bits;
  const int classes = static_cast<int>(m.class_deprel.size());
  if constexpr (Q8) {
    const int8_t* L = m.label8.data();
    const int8_t* rows[kMaxLabelFeatures];
    const int nf = label_features<FS>(st, h, d, [&](int k, uint64_t x) __attribute__((always_inline)) {
      rows[k] = L + (x >> shift) * kLabelStride8;
      __builtin_prefetch(rows[k]);
    });
    return label_argmax_q8(rows, nf, classes);
  }
  const int16_t* L = m.label.data();
  const int16_t* rows[kMaxLabelFeatures];
  int nf;
  if (classes > 32) {  // a row's weights 32.. are on its second cache line
    nf = label_features<FS>(st, h, d, [&](int k, uint64_t x) __attribute__((always_inline)) {
      rows[k] = L + (x >> shift) * kLabelStride;
      __builtin_prefetch(rows[k]);
      __builtin_prefetch(rows[k] + 32);
    });
  } else {
    nf = label_features<FS>(st, h, d, [&](int k, uint64_t x) __attribute__((always_inline)) {
      rows[k] = L + (x >> shift) * kLabelStride;
      __builtin_prefetch(rows[k]);
    });
  }
  return label_argmax(rows, nf, classes);
}

// The three transition scores of the current state.
template <int FS, bool Q8>
__attribute__((always_inline)) inline void trans_score(const Weights& m, const State& st,
                                                       int32_t score[3]) {
  const int shift = 64 - m.trans_bits;
  // Issue every row's load before summing: the rows are scattered over the
  // table, so overlapping the cache misses is what sets the speed.
  if constexpr (Q8) {
    const int8_t* T = m.trans8.data();
    const int8_t* rows[kMaxTransFeatures];
    const int nf = trans_features<FS>(st, [&](int k, uint64_t x) __attribute__((always_inline)) {
      rows[k] = T + (x >> shift) * kTransStride8;
      __builtin_prefetch(rows[k]);
    });
    trans_scores_q8(rows, nf, score);
  } else {
    const int16_t* T = m.trans.data();
    const int16_t* rows[kMaxTransFeatures];
    const int nf = trans_features<FS>(st, [&](int k, uint64_t x) __attribute__((always_inline)) {
      rows[k] = T + (x >> shift) * kTransStride;
      __builtin_prefetch(rows[k]);
    });
    trans_scores(rows, nf, score);
  }
}

template <int FS, bool Q8>
void decode_fs(const Weights& m, State& st) {
  while (!st.terminal()) {
    // With one legal move (empty stack: SHIFT; only ROOT left in the buffer:
    // RIGHT, or LEFT onto ROOT) the scores cannot change the choice, so the
    // ~150 feature look-ups are skipped. Every sentence starts this way and
    // ends with a run of such moves.
    int legal = 0, move = -1;
    for (int c = 0; c < kTransClasses; ++c)
      if (st.can(c)) ++legal, move = c;
    if (legal > 1) {
      int32_t score[3];
      trans_score<FS, Q8>(m, st, score);
      move = -1;
      for (int c = 0; c < kTransClasses; ++c)
        if (st.can(c) && (move < 0 || score[c] > score[move])) move = c;
    }
    int h, d;
    st.apply(move, h, d);
    if (move != kShift) {
      uint64_t lab = h == st.n ? m.root : m.class_deprel[predict_label<FS, Q8>(m, st, h, d)];
      st.add_arc(h, d, lab);
    }
  }
}

}  // namespace

void decode(const Weights& m, State& st) {
  const int ts = template_set(m.features);
  if (is_q8(m.features)) {
    if (ts == 8) decode_fs<8, true>(m, st);
    else if (ts == 11) decode_fs<11, true>(m, st);
    else decode_fs<3, true>(m, st);
  } else {
    if (ts == 8) decode_fs<8, false>(m, st);
    else if (ts == 11) decode_fs<11, false>(m, st);
    else decode_fs<3, false>(m, st);
  }
}

}  // namespace parser_internal

using namespace parser_internal;

Parser::Parser() = default;
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

bool Parser::empty() const { return !model_; }

Parser Parser::load(const std::string& path) {
  Parser p;
  p.model_ = std::make_unique<Model>();
  p.model_->w = load_weights(path);
  return p;
}

void Parser::save(const std::string& path) const {
  if (!model_) throw std::runtime_error(path + ": cannot save an empty parser");
  save_weights(model_->w, path);
}

namespace {

struct Scratch {
  State st;
  Atoms atoms;
};

// Whether the heads of [begin, end) form one tree: every head inside the
// span or -1, exactly one root, no cycle. Each walk is bounded by the span's
// length, so the check is O(n^2) at worst and linear on real trees.
bool one_tree(const Document& doc, uint32_t begin, uint32_t end) {
  int roots = 0;
  const int n = static_cast<int>(end - begin);
  for (uint32_t t = begin; t < end; ++t) {
    const int32_t h = doc.syntax[t].head;
    if (h < 0) {
      ++roots;
      continue;
    }
    if (h < static_cast<int32_t>(begin) || h >= static_cast<int32_t>(end)) return false;
    int32_t x = static_cast<int32_t>(t);
    int steps = 0;
    while (x >= 0 && steps++ <= n) x = doc.syntax[x].head;
    if (x >= 0) return false;  // a cycle
  }
  return roots == 1;
}

// The decoder's own arcs, before any repair.
void write_decoded(const Weights& m, Document& doc, uint32_t begin, int n, const Scratch& s) {
  for (int i = 0; i < n; ++i) {
    TokenSyntax& syn = doc.syntax[begin + i];
    const int h = s.st.head[i];
    if (h < 0 || h >= n) {
      syn.head = -1;
      syn.deprel = m.root;
    } else {
      syn.head = static_cast<int32_t>(begin) + h;
      syn.deprel = static_cast<DepRel>(s.st.label[i]);
    }
  }
}

void parse_span(const Weights& m, Document& doc, uint32_t begin, uint32_t end, Scratch& s) {
  const int n = static_cast<int>(end - begin);
  if (n <= 0) return;
  sentence_atoms(doc, begin, end, s.atoms,
                 uses_word_classes(m.features) ? &m.word_classes : nullptr);
  s.st.reset(n);
  s.st.set_atoms(s.atoms);
  decode(m, s.st);
  write_decoded(m, doc, begin, n, s);
  const bool decoded_tree = one_tree(doc, begin, end);
  repair_time_word_compounds(doc, begin, end);
  repair_fronted_phrase_roots(doc, begin, end);
  repair_possessor_on_verb(doc, begin, end);
  repair_hyphen_participle_roots(doc, begin, end);
  repair_object_control_infinitives(doc, begin, end);
  repair_finite_verb_under_noun_root(doc, begin, end);
  repair_small_clause_objects(doc, begin, end);
  repair_conjunct_across_report(doc, begin, end);
  repair_perfect_have(doc, begin, end);
  repair_nonrestrictive_relatives(doc, begin, end);
  repair_said_subject_as_object(doc, begin, end);
  repair_possessive_adjective_subject(doc, begin, end);
  repair_clause_on_time_adverb(doc, begin, end);
  repair_initial_participle_subject(doc, begin, end);
  repair_participle_on_last_conjunct(doc, begin, end);
  repair_acting_title(doc, begin, end);
  repair_call_on_subject(doc, begin, end);
  repair_reduced_relative_subject(doc, begin, end);
  repair_comma_participle_subject(doc, begin, end);
  repair_relative_clause_main_verb(doc, begin, end);
  repair_agent_without_by(doc, begin, end);
  repair_participle_across_report(doc, begin, end);
  repair_preposition_as_head(doc, begin, end);
  repair_quoted_verdict(doc, begin, end);
  repair_agent_on_passive_complement(doc, begin, end);
  repair_agent_on_oblique_name(doc, begin, end);
  repair_suspected_count(doc, begin, end);
  repair_content_clause_as_relative(doc, begin, end);
  repair_linked_garden_path(doc, begin, end);
  repair_conditional_provided(doc, begin, end);
  repair_clause_on_statement_phrase(doc, begin, end);
  // The repairs are many and each is local: should their combination ever
  // break the tree (a cycle, two roots), the decoder's arcs stand. The
  // stages after the parser walk trees with depth limits, but a cycle
  // would still make every reading of the sentence wrong.
  if (decoded_tree && !one_tree(doc, begin, end)) write_decoded(m, doc, begin, n, s);
}

}  // namespace

void Parser::parse(Document& doc) const {
  if (!model_) throw std::runtime_error("Parser::parse: no model loaded");
  if (doc.syntax.size() != doc.tokens.size()) doc.syntax.resize(doc.tokens.size());
  thread_local Scratch scratch;
  const uint32_t ntok = static_cast<uint32_t>(doc.tokens.size());
  if (doc.sentences.empty()) {
    parse_span(model_->w, doc, 0, ntok, scratch);
    return;
  }
  for (const Sentence& s : doc.sentences) {
    const uint32_t e = std::min(s.token_end, ntok);
    if (s.token_begin >= e) continue;
    // A wire dateline (tag_repair.h wire_dateline_dash): the parser was
    // trained on no such line and reads it into the sentence (a city as
    // subject, the real subject as its apposition), so the two are parsed
    // apart.
    const uint32_t dash = wire_dateline_dash(doc, s.token_begin, e);
    if (dash == e) {
      parse_span(model_->w, doc, s.token_begin, e, scratch);
      continue;
    }
    // The dateline and its dash, then the sentence; the dateline's root
    // hangs on the sentence's as parataxis (one tree per sentence).
    parse_span(model_->w, doc, s.token_begin, dash + 1, scratch);
    parse_span(model_->w, doc, dash + 1, e, scratch);
    int32_t head_root = -1, body_root = -1;
    for (uint32_t t = s.token_begin; t < e; ++t)
      if (doc.syntax[t].head < 0) (t <= dash ? head_root : body_root) = static_cast<int32_t>(t);
    if (head_root >= 0 && body_root >= 0) {
      doc.syntax[head_root].head = body_root;
      doc.syntax[head_root].deprel = deprel_from_name("parataxis");
    }
  }
}

}  // namespace dyad
