// Training the parser: averaged perceptrons with the arc-hybrid dynamic oracle
// (Goldberg & Nivre 2013) and error exploration, model chosen on dev.
//
// Non-projective training trees are projectivised by lifting (the shortest
// crossing arc moves to its grandparent until none cross), keeping labels.
// About 5% of EWT sentences are affected; lifting keeps their other arcs as
// training signal, where skipping would lose them. The parser therefore never
// outputs non-projective trees.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>

#include "dyad/parser.h"
#include "syntax/parser_eval.h"
#include "syntax/parser_impl.h"
#include "syntax/parser_io.h"

namespace dyad {
namespace {

using namespace parser_internal;


struct TrainSentence {
  int n = 0;
  Atoms atoms;
  std::vector<int> gold_head;   // local index, n = ROOT
  std::vector<int> gold_class;  // label class, -1 for the root arc
};

// True if h dominates k (walking up from k).
bool dominates(const std::vector<int>& head, int h, int k, int n) {
  for (int steps = 0; k != n && steps <= n; ++steps) {
    if (k == h) return true;
    k = head[k];
  }
  return h == n;
}

// Lifts crossing arcs until the tree is projective; returns the number of lifts.
int projectivize(std::vector<int>& head, int n) {
  int lifts = 0;
  for (;;) {
    int best = -1, best_len = 1 << 30;
    for (int d = 0; d < n; ++d) {
      const int h = head[d];
      if (h == n) continue;
      const int lo = std::min(h, d), hi = std::max(h, d);
      bool crossing = false;
      for (int k = lo + 1; k < hi && !crossing; ++k) crossing = !dominates(head, h, k, n);
      if (crossing && hi - lo < best_len) { best = d; best_len = hi - lo; }
    }
    if (best < 0) return lifts;
    head[best] = head[head[best]];
    ++lifts;
  }
}

// A perceptron over a dense hashed table, averaged with the w - u/c trick.
struct Perceptron {
  int bits = 0, stride = 0;
  std::vector<float> w;
  std::vector<double> u;
  double c = 1;
  void init(int b, int s) {
    bits = b;
    stride = s;
    w.assign((size_t{1} << b) * s, 0.0f);
    u.assign(w.size(), 0.0);
  }
  size_t row(uint64_t f) const { return (f >> (64 - bits)) * stride; }
  void score(const uint64_t* f, int nf, float* out, int classes) const {
    for (int k = 0; k < classes; ++k) out[k] = 0;
    for (int i = 0; i < nf; ++i) {
      const float* r = &w[row(f[i])];
      for (int k = 0; k < classes; ++k) out[k] += r[k];
    }
  }
  void update(const uint64_t* f, int nf, int cls, float v) {
    for (int i = 0; i < nf; ++i) {
      const size_t r = row(f[i]) + cls;
      w[r] += v;
      u[r] += c * v;
    }
  }
  // Averaged weights (w - u/c).
  std::vector<float> averaged() const {
    std::vector<float> avg(w.size());
    for (size_t i = 0; i < w.size(); ++i) avg[i] = static_cast<float>(w[i] - u[i] / c);
    return avg;
  }
};

// Float weights quantised to int16 with one scale for the table; columns from
// `width` on (row padding) stay zero.
HugeTable quantise(const std::vector<float>& avg, int stride, int width, int prune) {
  float maxabs = 0;
  for (float v : avg) maxabs = std::max(maxabs, std::fabs(v));
  const float scale = maxabs > 0 ? 32000.0f / maxabs : 1.0f;
  HugeTable q(avg.size());
  for (size_t i = 0; i < avg.size(); ++i) {
    if (static_cast<int>(i % stride) >= width) continue;
    const long v = std::lround(avg[i] * scale);
    if (std::labs(v) > prune) q[i] = static_cast<int16_t>(v);
  }
  return q;
}

std::vector<TrainSentence> make_sentences(const std::vector<Document>& docs,
                                          const std::vector<int>& deprel_class,
                                          const WordClasses* classes, bool verbose,
                                          const char* what) {
  std::vector<TrainSentence> out;
  int skipped = 0, lifted = 0, lifts = 0;
  for (const Document& doc : docs) {
    if (doc.syntax.size() != doc.tokens.size()) continue;
    for (const Sentence& s : doc.sentences) {
      const int n = static_cast<int>(s.token_end) - static_cast<int>(s.token_begin);
      if (n <= 0 || s.token_end > doc.tokens.size()) continue;
      TrainSentence ts;
      ts.n = n;
      ts.gold_head.resize(n);
      ts.gold_class.resize(n);
      int roots = 0;
      bool ok = true;
      for (int i = 0; i < n && ok; ++i) {
        const TokenSyntax& syn = doc.syntax[s.token_begin + i];
        if (syn.head < 0) {
          ts.gold_head[i] = n;
          ++roots;
        } else {
          const int h = syn.head - static_cast<int>(s.token_begin);
          ok = h >= 0 && h < n && h != i;
          ts.gold_head[i] = h;
        }
        ts.gold_class[i] = syn.head < 0 ? -1 : deprel_class[syn.deprel];
        if (syn.head >= 0 && ts.gold_class[i] < 0) ok = false;
      }
      for (int i = 0; i < n && ok; ++i) {  // every word reaches ROOT: no cycles
        int k = i, steps = 0;
        while (k != n && steps++ <= n) k = ts.gold_head[k];
        ok = k == n;
      }
      if (!ok || roots != 1) {
        ++skipped;
        continue;
      }
      const int l = projectivize(ts.gold_head, n);
      if (l) { ++lifted; lifts += l; }
      sentence_atoms(doc, s.token_begin, s.token_end, ts.atoms, classes);
      out.push_back(std::move(ts));
    }
  }
  if (verbose)
    std::fprintf(stderr, "parser: %s: %zu sentences (%d skipped as malformed, %d projectivised "
                 "with %d lifts)\n", what, out.size(), skipped, lifted, lifts);
  return out;
}

// Dynamic-oracle costs: gold arcs made unreachable by each move.
void costs(const State& st, const std::vector<int>& gh, int* cost) {
  const int n = st.n, b = st.b;
  const int s0 = st.s0(), s1 = st.s1();
  cost[kShift] = cost[kLeft] = cost[kRight] = 1 << 20;
  if (st.can(kShift)) {
    int c = 0;
    const int hb = gh[b];
    for (int i = 3; i < st.sp; ++i) {
      const int x = st.stack[i];
      if (gh[x] == b) ++c;
      if (x == hb && i != st.sp - 1) ++c;
    }
    cost[kShift] = c;
  }
  if (st.sp > 3) {
    int kids = 0;
    for (int d = b; d < n; ++d) kids += gh[d] == s0;
    const int hs = gh[s0];
    if (st.can(kLeft)) cost[kLeft] = kids + (hs != b && (hs == s1 || hs >= b) ? 1 : 0);
    if (st.can(kRight)) cost[kRight] = kids + (hs >= b ? 1 : 0);
  }
}

}  // namespace

Parser Parser::train(const std::vector<Document>& train, const std::vector<Document>& dev,
                     const ParserTrainOptions& options) {
  using Clock = std::chrono::steady_clock;
  const auto t_start = Clock::now();
  if (!model_version_known(static_cast<uint32_t>(options.features)))
    throw std::runtime_error("parser training: feature set must be 3 or 8 to 12");
  WordClasses word_classes;
  if (uses_word_classes(options.features)) {
    if (options.wordnet.empty())
      throw std::runtime_error("parser training: feature sets 11 and 12 need a WordNet directory (--wordnet)");
    word_classes = WordClasses::from_wordnet(options.wordnet);
    if (options.verbose)
      std::fprintf(stderr, "parser: %zu WordNet lemmas with a noun or verb class\n", word_classes.size());
  }
  const DepRel root = deprel_from_name("root");
  // Label classes: every relation seen on a non-root arc in training.
  std::vector<int> deprel_class(256, -1);
  std::vector<DepRel> class_deprel;
  {
    std::vector<bool> seen(256, false);
    for (const Document& d : train)
      for (const TokenSyntax& s : d.syntax)
        if (s.head >= 0 && s.deprel != root) seen[s.deprel] = true;
    for (int r = 0; r < 256; ++r)
      if (seen[r]) {
        deprel_class[r] = static_cast<int>(class_deprel.size());
        class_deprel.push_back(static_cast<DepRel>(r));
      }
  }
  if (class_deprel.empty()) throw std::runtime_error("parser training: no labelled arcs in the training data");
  if (class_deprel.size() > 64) throw std::runtime_error("parser training: more than 64 relations");
  const int classes = static_cast<int>(class_deprel.size());
  if (options.trans_bits < 8 || options.trans_bits > 26 || options.label_bits < 8 ||
      options.label_bits > 26)
    throw std::runtime_error("parser training: table bits must be in 8..26");
  const int label_stride = kLabelStride;

  std::vector<TrainSentence> sents =
      make_sentences(train, deprel_class, uses_word_classes(options.features) ? &word_classes : nullptr,
                     options.verbose, "train");
  if (sents.empty()) throw std::runtime_error("parser training: no usable training sentences");

  // Twice the limit, so a template list that outgrew it is reported, not overrun.
  uint64_t f[2 * kMaxTransFeatures], lf[2 * kMaxLabelFeatures];
  std::vector<Document> dev_pred = dev;
  auto make_weights = [&](const std::vector<float>& tavg, const std::vector<float>& lavg) {
    Weights w;
    w.features = options.features;
    w.trans_bits = options.trans_bits;
    w.label_bits = options.label_bits;
    w.label_stride = label_stride;
    w.class_deprel = class_deprel;
    w.root = root;
    if (uses_word_classes(options.features)) w.word_classes = word_classes;
    w.trans = quantise(tavg, kTransStride, kTransClasses, options.prune);
    w.label = quantise(lavg, label_stride, classes, options.prune);
    if (is_q8(w.features)) to_q8(w);  // dev scores below are the int8 model's
    return w;
  };
  // Parses dev with w (handed back after) and scores it.
  auto eval_dev = [&](Weights& w, double& secs) {
    Parser probe;
    probe.model_ = std::make_unique<Model>();
    probe.model_->w = std::move(w);
    const auto p0 = Clock::now();
    for (Document& d : dev_pred) probe.parse(d);
    secs = std::chrono::duration<double>(Clock::now() - p0).count();
    w = std::move(probe.model_->w);
    return score_syntax(dev, dev_pred);
  };

  // An ensemble of perceptrons trained with different seeds (shuffles and
  // exploration) is one linear model: the sum of their averaged weights. Each
  // member keeps its own best epoch on dev.
  const int members = std::max(1, options.ensemble);
  std::vector<float> sum_t, sum_l;
  Weights best;
  double best_las = -1;
  int best_epoch = 0;
  State st;
  for (int member = 0; member < members; ++member) {
    Perceptron tp, lp;
    tp.init(options.trans_bits, kTransStride);
    lp.init(options.label_bits, label_stride);

    std::mt19937 rng(options.seed + static_cast<unsigned>(member));
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<size_t> order(sents.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<float> best_t, best_l;
    best_las = -1;
    best_epoch = 0;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      const auto t0 = Clock::now();
      std::shuffle(order.begin(), order.end(), rng);
      long decisions = 0, errors = 0, label_n = 0, label_err = 0;
      const bool explore = epoch > 1;
      for (size_t oi : order) {
        const TrainSentence& ts = sents[oi];
        st.reset(ts.n);
        st.set_atoms(ts.atoms);
        while (!st.terminal()) {
          const int nf = trans_features(options.features, st, f);
          if (nf > kMaxTransFeatures) throw std::logic_error("parser: raise kMaxTransFeatures");
          float score[4];
          tp.score(f, nf, score, kTransClasses);
          int cost[3];
          costs(st, ts.gold_head, cost);
          int pred = -1, gold = -1, min_cost = 1 << 20;
          for (int c = 0; c < kTransClasses; ++c) min_cost = std::min(min_cost, cost[c]);
          for (int c = 0; c < kTransClasses; ++c) {
            if (!st.can(c)) continue;
            if (pred < 0 || score[c] > score[pred]) pred = c;
            if (cost[c] == min_cost && (gold < 0 || score[c] > score[gold])) gold = c;
          }
          ++decisions;
          if (cost[pred] > min_cost) {
            ++errors;
            tp.update(f, nf, gold, 1.0f);
            tp.update(f, nf, pred, -1.0f);
          }
          tp.c += 1;
          const int move = (cost[pred] == min_cost || (explore && coin(rng) < options.explore)) ? pred : gold;
          int h, d;
          st.apply(move, h, d);
          if (move == kShift) continue;
          if (h == ts.n) {
            st.add_arc(h, d, root);
            continue;
          }
          const int nl = label_features(options.features, st, h, d, lf);
          if (nl > kMaxLabelFeatures) throw std::logic_error("parser: raise kMaxLabelFeatures");
          float ls[64];
          lp.score(lf, nl, ls, classes);
          int lpred = 0;
          for (int c = 1; c < classes; ++c)
            if (ls[c] > ls[lpred]) lpred = c;
          int lab = lpred;
          if (ts.gold_head[d] == h) {
            const int lg = ts.gold_class[d];
            ++label_n;
            if (lg >= 0 && lpred != lg) {
              ++label_err;
              lp.update(lf, nl, lg, 1.0f);
              lp.update(lf, nl, lpred, -1.0f);
            }
            lp.c += 1;
            if (lg >= 0) lab = lg;
          }
          st.add_arc(h, d, class_deprel[lab]);
        }
      }
      std::vector<float> tavg = tp.averaged(), lavg = lp.averaged();
      Weights w = make_weights(tavg, lavg);
      const double train_secs = std::chrono::duration<double>(Clock::now() - t0).count();
      double las = 0, uas = 0;
      if (!dev.empty()) {
        double parse_secs = 0;
        SyntaxScores sc = eval_dev(w, parse_secs);
        las = sc.las();
        uas = sc.uas();
        if (options.verbose)
          std::fprintf(stderr,
                       "parser: epoch %d: train move err %.2f%% label err %.2f%% (%.1fs); dev UAS "
                       "%.2f LAS %.2f (%.0f tok/s)\n",
                       epoch, 100.0 * errors / std::max(1L, decisions),
                       100.0 * label_err / std::max(1L, label_n), train_secs, uas, las,
                       sc.tokens / std::max(1e-9, parse_secs));
      } else if (options.verbose) {
        std::fprintf(stderr, "parser: epoch %d: train move err %.2f%% (%.1fs)\n", epoch,
                     100.0 * errors / std::max(1L, decisions), train_secs);
      }
      if (dev.empty() || las > best_las) {
        best_las = las;
        best_epoch = epoch;
        best = std::move(w);
        if (members > 1) {
          best_t = std::move(tavg);
          best_l = std::move(lavg);
        }
      }
    }
    if (options.verbose)
      std::fprintf(stderr, "parser: %sbest epoch %d (dev LAS %.2f); training took %.0fs\n",
                   members > 1 ? ("member " + std::to_string(member + 1) + ": ").c_str() : "",
                   best_epoch, best_las,
                   std::chrono::duration<double>(Clock::now() - t_start).count());
    if (members > 1) {
      if (sum_t.empty()) {
        sum_t = std::move(best_t);
        sum_l = std::move(best_l);
      } else {
        for (size_t i = 0; i < sum_t.size(); ++i) sum_t[i] += best_t[i];
        for (size_t i = 0; i < sum_l.size(); ++i) sum_l[i] += best_l[i];
      }
    }
  }
  if (members > 1) {
    best = make_weights(sum_t, sum_l);
    if (!dev.empty()) {
      double secs = 0;
      SyntaxScores sc = eval_dev(best, secs);
      if (options.verbose)
        std::fprintf(stderr, "parser: ensemble of %d: dev UAS %.2f LAS %.2f\n", members, sc.uas(),
                     sc.las());
    }
  }
  Parser p;
  p.model_ = std::make_unique<Model>();
  p.model_->w = std::move(best);
  return p;
}

}  // namespace dyad
