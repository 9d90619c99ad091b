// Training the averaged perceptron (Collins 2002; Honnibal's greedy tagger):
// left to right, predicted tags as history, lazy weight averaging, the epoch
// with the best dev accuracy kept.
//
// Classes are joint (XPOS, UPOS) pairs: UPOS is not a function of XPOS in
// EWT (IN is ADP or SCONJ, VB* are VERB or AUX, DT is DET or PRON), and
// predicting the pair lets the context decide both at once.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_map>

#include "dyad/tagger.h"
#include "syntax/tagger_lexicon.h"
#include "syntax/tagger_model.h"

namespace dyad {

using namespace tagger_internal;

namespace {

struct TrainSentence {
  std::vector<WordFeatures> words;
  std::vector<int> gold;
  int case_bin = 0;
};

struct Entry {
  uint16_t cls;
  float w;
  double total;  // sum of w over time, up to `stamp`
  int64_t stamp;
};

class Perceptron {
 public:
  explicit Perceptron(int k) : k_(k), scores_(k) {}

  const std::vector<float>& score(const std::vector<uint64_t>& feats) {
    std::fill(scores_.begin(), scores_.end(), 0.f);
    for (uint64_t f : feats) {
      auto it = index_.find(f);
      if (it == index_.end()) continue;
      for (const Entry& e : rows_[it->second]) scores_[e.cls] += e.w;
    }
    return scores_;
  }

  void update(const std::vector<uint64_t>& feats, int gold, int guess, int64_t now) {
    for (uint64_t f : feats) {
      auto [it, added] = index_.try_emplace(f, static_cast<uint32_t>(rows_.size()));
      if (added) rows_.emplace_back();
      auto& row = rows_[it->second];
      bump(row, gold, 1.f, now);
      bump(row, guess, -1.f, now);
    }
  }

  // Averaged weights at time `now`, dropping |w| < prune.
  std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> averaged(int64_t now,
                                                                      float prune) const {
    std::vector<std::pair<uint64_t, std::vector<WeightEntry>>> out;
    out.reserve(index_.size());
    for (const auto& [h, r] : index_) {
      std::vector<WeightEntry> es;
      for (const Entry& e : rows_[r]) {
        double total = e.total + double(now - e.stamp) * e.w;
        float avg = static_cast<float>(total / double(now));
        if (avg != 0.f && std::fabs(avg) >= prune) es.push_back({e.cls, avg});
      }
      if (es.empty()) continue;
      std::sort(es.begin(), es.end(),
                [](const WeightEntry& a, const WeightEntry& b) { return a.cls < b.cls; });
      out.emplace_back(h, std::move(es));
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
  }

  size_t num_rows() const { return rows_.size(); }

 private:
  static void bump(std::vector<Entry>& row, int cls, float delta, int64_t now) {
    for (Entry& e : row) {
      if (e.cls == cls) {
        e.total += double(now - e.stamp) * e.w;
        e.stamp = now;
        e.w += delta;
        return;
      }
    }
    row.push_back({static_cast<uint16_t>(cls), delta, 0.0, now});
  }

  int k_;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<float> scores_;
};

// The features of token i, given the previous two predicted tags. Must match
// Tagger::Model::tag_span feature for feature.
void token_features(const TrainSentence& s, int i, int t1, int t2, const WordFeatures& bos,
                    const WordFeatures& eos, std::vector<uint64_t>* out) {
  out->clear();
  const int n = static_cast<int>(s.words.size());
  const WordFeatures& w = s.words[i];
  for (uint64_t h : w.center)
    if (h) out->push_back(h);
  auto at = [&](int j) -> const WordFeatures& {
    return j < 0 ? bos : j >= n ? eos : s.words[j];
  };
  const int offsets[kNumNeighbours] = {-2, -1, 1, 2};
  for (int slot = 0; slot < kNumNeighbours; ++slot)
    for (uint64_t h : at(i + offsets[slot]).neighbour[slot])
      if (h) out->push_back(h);
  out->push_back(tag1_feature(t1));
  out->push_back(tag2_feature(t2));
  out->push_back(tag12_feature(t1, t2));
  out->push_back(tag1_word_feature(t1, w.lower));
  out->push_back(bigram_feature(at(i - 1).lower, w.lower, kBigramPrev));
  out->push_back(bigram_feature(w.lower, at(i + 1).lower, kBigramNext));
  out->push_back(bigram_feature(at(i + 1).lower, uint64_t(t1), kTag1Next));
  out->push_back(bigram_feature(at(i - 1).lower, at(i + 1).lower, kSkipBigram));
  out->push_back(sentence_case_feature(s.case_bin, w.case_info, i == 0));
}

}  // namespace

Tagger Tagger::train(const std::vector<Document>& train, const std::vector<Document>& dev,
                     const TaggerTrainOptions& opt) {
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();

  // Classes: joint (XPOS, UPOS) pairs, rare ones folded away.
  std::map<std::pair<std::string, int>, size_t> pair_count;
  size_t ntokens = 0;
  for (const Document& d : train) {
    if (d.syntax.size() != d.tokens.size())
      throw std::invalid_argument("Tagger::train: document " + d.id + " has no gold syntax");
    for (const TokenSyntax& t : d.syntax) {
      if (t.xpos.empty()) continue;
      ++pair_count[{t.xpos, static_cast<int>(t.upos)}];
      ++ntokens;
    }
  }
  if (ntokens == 0) throw std::invalid_argument("Tagger::train: no tagged tokens in training data");
  RawModel raw;
  std::map<std::pair<std::string, int>, int> class_of;
  {
    std::vector<std::pair<size_t, std::pair<std::string, int>>> by_count;
    for (const auto& [p, c] : pair_count) by_count.push_back({c, p});
    std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto& [c, p] : by_count) {
      if (c >= size_t(opt.min_class_count) || raw.xpos.empty()) {
        if (raw.xpos.size() >= 250) break;
        class_of[p] = static_cast<int>(raw.xpos.size());
        raw.xpos.push_back(p.first);
        raw.upos.push_back(static_cast<UPos>(p.second));
      }
    }
    for (const auto& [c, p] : by_count) {
      if (class_of.count(p)) continue;
      int target = -1;  // most frequent kept class with the same XPOS, else the same UPOS
      for (int k = 0; k < int(raw.xpos.size()) && target < 0; ++k)
        if (raw.xpos[k] == p.first) target = k;
      for (int k = 0; k < int(raw.xpos.size()) && target < 0; ++k)
        if (int(raw.upos[k]) == p.second) target = k;
      class_of[p] = target < 0 ? 0 : target;
    }
  }
  const int K = static_cast<int>(raw.xpos.size());
  auto class_index = [&](const TokenSyntax& t) {
    auto it = class_of.find({t.xpos, static_cast<int>(t.upos)});
    return it == class_of.end() ? -1 : it->second;
  };

  // Word counts for the tag dictionary, the vocabulary and its ambiguity
  // classes (the PTB tags a word takes at least 5% of the time).
  std::unordered_map<std::string, std::vector<int>> word_classes;
  for (const Document& d : train)
    for (size_t i = 0; i < d.tokens.size(); ++i) {
      auto& v = word_classes[d.tokens[i].norm];
      if (v.empty()) v.assign(K, 0);
      int c = class_index(d.syntax[i]);
      if (c >= 0) ++v[c];
    }
  // Ambiguity class from per-class counts; "" when the word is too rare.
  auto ambiguity_of = [&](const std::vector<int>& counts) {
    int total = std::accumulate(counts.begin(), counts.end(), 0);
    if (total < opt.ambiguity_min_count) return std::string();
    std::map<std::string, int> by_xpos;
    for (int c = 0; c < K; ++c) by_xpos[raw.xpos[c]] += counts[c];
    std::string amb;
    for (const auto& [x, n] : by_xpos) {
      if (n == 0 || n * 20 < total) continue;
      if (!amb.empty()) amb.push_back('|');
      amb += x;
    }
    return amb;
  };
  std::unordered_map<std::string, int> tagdict;
  for (const auto& [w, counts] : word_classes) {
    int total = std::accumulate(counts.begin(), counts.end(), 0);
    if (total >= opt.vocab_min_count) raw.vocab.push_back({w, ambiguity_of(counts)});
    auto mx = std::max_element(counts.begin(), counts.end());
    if (total >= opt.tagdict_min_count && *mx >= opt.tagdict_min_share * total) {
      int c = static_cast<int>(mx - counts.begin());
      tagdict[w] = c;
      raw.tagdict.push_back({w, static_cast<uint16_t>(c)});
    }
  }
  std::sort(raw.vocab.begin(), raw.vocab.end());
  TagLexicon lexicon;
  if (!opt.wordnet_dir.empty()) {
    raw.lexicon = read_wordnet_lexicon(opt.wordnet_dir);
    lexicon.assign(raw.lexicon);
  }
  // Sentences with precomputed word features. A training word's ambiguity
  // class is computed without the tenth of the data its sentence is in
  // (jackknifing): otherwise every training word looks as well known as the
  // most frequent ones, and the model learns to trust the class too much.
  constexpr int kFolds = 10;
  std::unordered_map<std::string, std::vector<int>> fold_classes;  // word + '\1' + fold
  {
    size_t sent_no = 0;
    for (const Document& d : train) {
      auto count_span = [&](uint32_t b, uint32_t e) {
        if (b >= e) return;
        const int fold = static_cast<int>(sent_no++ % kFolds);
        for (uint32_t i = b; i < e; ++i) {
          auto& v = fold_classes[d.tokens[i].norm + '\1' + char('0' + fold)];
          if (v.empty()) v.assign(K, 0);
          int c = class_index(d.syntax[i]);
          if (c >= 0) ++v[c];
        }
      };
      if (d.sentences.empty()) count_span(0, static_cast<uint32_t>(d.tokens.size()));
      for (const Sentence& s : d.sentences) count_span(s.token_begin, s.token_end);
    }
  }
  std::vector<TrainSentence> sents;
  size_t sent_no = 0;
  std::vector<int> held(K);
  for (const Document& d : train) {
    auto add_span = [&](uint32_t b, uint32_t e) {
      TrainSentence s;
      const int fold = static_cast<int>(sent_no % kFolds);
      if (b < e) ++sent_no;
      for (uint32_t i = b; i < e; ++i) {
        WordFeatures f;
        const std::string& w = d.tokens[i].norm;
        auto held_out = [&](const std::string& word) {
          auto all = word_classes.find(word);
          if (all == word_classes.end()) return std::string();
          auto mine = fold_classes.find(word + '\1' + char('0' + fold));
          for (int c = 0; c < K; ++c)
            held[c] = all->second[c] - (mine == fold_classes.end() ? 0 : mine->second[c]);
          return ambiguity_of(held);
        };
        const std::string amb = held_out(w);
        const std::string lower = ascii_lower(w);
        const std::string lower_amb = lower != w ? held_out(lower) : std::string();
        const std::string lex = lexicon.word_class(lower);
        WordInfo info;
        info.ambiguity = amb;
        info.lower_ambiguity = lower_amb;
        info.lexicon = lex;
        compute_word_features(w, info, &f);
        s.words.push_back(f);
        s.gold.push_back(class_index(d.syntax[i]));
      }
      s.case_bin = sentence_case_bin(static_cast<int>(s.words.size()),
                                     [&](int k) { return s.words[k].case_info; });
      if (!s.words.empty()) sents.push_back(std::move(s));
    };
    if (d.sentences.empty()) add_span(0, static_cast<uint32_t>(d.tokens.size()));
    for (const Sentence& s : d.sentences) add_span(s.token_begin, s.token_end);
  }
  std::sort(raw.tagdict.begin(), raw.tagdict.end());
  std::vector<std::vector<int>> sent_dict(sents.size());  // per token: tagdict class or -1
  {
    size_t si = 0;
    for (const Document& d : train) {
      auto mark = [&](uint32_t b, uint32_t e) {
        if (b >= e) return;
        auto& v = sent_dict[si++];
        for (uint32_t i = b; i < e; ++i) {
          auto it = tagdict.find(d.tokens[i].norm);
          v.push_back(it == tagdict.end() ? -1 : it->second);
        }
      };
      if (d.sentences.empty()) mark(0, static_cast<uint32_t>(d.tokens.size()));
      for (const Sentence& s : d.sentences) mark(s.token_begin, s.token_end);
    }
  }
  if (opt.verbose)
    std::fprintf(stderr,
                 "tagger: %zu sentences, %zu tokens, %d classes, %zu tag-dictionary words, "
                 "%zu vocabulary words\n",
                 sents.size(), ntokens, K, raw.tagdict.size(), raw.vocab.size());

  WordFeatures bos, eos;
  boundary_word_features(true, &bos);
  boundary_word_features(false, &eos);

  Perceptron model(K);
  std::vector<uint64_t> feats;
  std::vector<size_t> order(sents.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(opt.seed);
  int64_t now = 0;
  std::string best_bytes;
  double best_acc = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= std::max(1, opt.epochs); ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, seen = 0;
    for (size_t si : order) {
      const TrainSentence& s = sents[si];
      const auto& dict = sent_dict[si];
      int t1 = K, t2 = K + 1;
      for (int i = 0; i < static_cast<int>(s.words.size()); ++i) {
        int guess = dict[i];
        if (guess < 0) {
          token_features(s, i, t1, t2, bos, eos, &feats);
          const auto& sc = model.score(feats);
          guess = static_cast<int>(std::max_element(sc.begin(), sc.begin() + K) - sc.begin());
          ++now;
          if (s.gold[i] >= 0 && guess != s.gold[i]) model.update(feats, s.gold[i], guess, now);
        }
        if (s.gold[i] >= 0) {
          ++seen;
          correct += guess == s.gold[i];
        }
        t2 = t1;
        t1 = guess;
      }
    }
    raw.rows = model.averaged(now, opt.prune_below);
    std::string bytes = serialize_model(raw);
    double dev_acc = 0;
    if (!dev.empty()) {
      Tagger t;
      t.model_ = std::make_unique<Model>();
      parse_tagger_model(bytes, "<training>", t.model_.get());
      std::vector<Document> pred = dev;
      for (Document& d : pred) t.tag(d);
      TaggingScores sc = score_tagging(dev, pred);
      dev_acc = (sc.upos() + sc.xpos()) / 2;
      if (opt.verbose)
        std::fprintf(stderr,
                     "epoch %2d: train %.4f  dev UPOS %.4f XPOS %.4f  (%zu features, %.1f MB, "
                     "%.1f s)\n",
                     epoch, double(correct) / seen, sc.upos(), sc.xpos(), raw.rows.size(),
                     bytes.size() / 1e6,
                     std::chrono::duration<double>(Clock::now() - t0).count());
    } else if (opt.verbose) {
      std::fprintf(stderr, "epoch %2d: train %.4f\n", epoch, double(correct) / seen);
    }
    if (dev.empty() || dev_acc > best_acc) {
      best_acc = dev_acc;
      best_epoch = epoch;
      best_bytes = std::move(bytes);
    }
  }
  if (opt.verbose && !dev.empty())
    std::fprintf(stderr, "tagger: best epoch %d (dev mean UPOS/XPOS %.4f), %.1f s\n", best_epoch,
                 best_acc, std::chrono::duration<double>(Clock::now() - t0).count());
  Tagger t;
  t.model_ = std::make_unique<Model>();
  parse_tagger_model(best_bytes, "<training>", t.model_.get());
  return t;
}

}  // namespace dyad
