#include "events/quotes.h"

#include <algorithm>
#include <unordered_set>
#include <string_view>

#include "events/arguments.h"

namespace dyad::events {
namespace {

enum class Mark { kNone, kOpen, kClose, kEither };

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLowDouble = "\xE2\x80\x9E";    // „
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’

// How far into its sentence an attribution may sit after the quote: '"...,"
// Caoilfhionn Gallagher, who is leading Zamora's international legal team,
// told VOA.'
constexpr uint32_t kCueWindow = 30;

bool is_third_person(const std::string& l) {
  return l == "he" || l == "she" || l == "it" || l == "they";
}

struct Raw {
  uint32_t b = 0, e = 0;  // content tokens, half-open
  int open = -1;          // opening mark token, or -1 (an orphan closing mark)
  int close = -1;         // closing mark token, or -1 (never closed)
  bool single = false;
  bool paragraphs = false;  // continued across paragraphs
  int cut = -1;             // never closed, but cut at ', <attribution>': the comma
};

class QuoteFinder {
 public:
  QuoteFinder(Document& doc, const Tree& tree, const VerbLexicon& lex, const Arguments& args,
              std::vector<int>* quote_of)
      : doc_(doc), tree_(tree), args_(args), quote_of_(*quote_of), n_(static_cast<uint32_t>(doc.tokens.size())) {
    have_syntax_ = tree.size() == n_;
    speech_ = lex.set(CoderSet::quote_speech);
    if (!speech_) speech_ = lex.set(CoderSet::speech);
    partial_ = lex.set(CoderSet::quote_partial);
    stance_ = lex.set(CoderSet::quote_stance);
    document_ = lex.set(CoderSet::quote_document);
    // Sentence and paragraph of each token; a document without sentences is one.
    sent_of_.assign(n_, 0);
    for (uint32_t s = 0; s < doc.sentences.size(); ++s)
      for (uint32_t t = doc.sentences[s].token_begin; t < doc.sentences[s].token_end && t < n_; ++t) sent_of_[t] = s;
    if (doc.sentences.empty()) {
      Sentence all;
      all.token_end = n_;
      sents_.push_back(all);
    } else {
      sents_ = doc.sentences;
    }
    // The first sentence of each paragraph (paragraphs without sentences
    // take the next one's).
    uint32_t npar = sents_.empty() ? 0 : sents_.back().paragraph + 1;
    first_sent_of_par_.assign(npar + 1, static_cast<int>(sents_.size()));
    for (int i = static_cast<int>(sents_.size()) - 1; i >= 0; --i) first_sent_of_par_[sents_[i].paragraph] = i;
    for (int p = static_cast<int>(npar) - 1; p >= 0; --p)
      first_sent_of_par_[p] = std::min(first_sent_of_par_[p], first_sent_of_par_[p + 1]);
    // Capitalised words seen inside sentences (not first, not after a mark
    // or colon): names, for is_name().
    for (uint32_t t = 1; t < n_; ++t) {
      std::string_view w = doc.token_text(t);
      if (w.empty() || w[0] < 'A' || w[0] > 'Z' || sent_of_[t] != sent_of_[t - 1]) continue;
      std::string_view p = doc.tokens[t - 1].norm;
      if (p == "\"" || p == "'" || p == ":" || p == "(") continue;
      if (have_syntax_ && tree.upos(static_cast<int>(t)) != UPos::kPROPN) continue;
      names_.emplace(w);
    }
    // The mention written over each token (not followed to antecedents):
    // its head's mention wins, else the longest.
    cover_.assign(n_, -1);
    std::vector<int> best(n_, 0);
    for (size_t m = 0; m < doc.mentions.size(); ++m) {
      const ActorMention& am = doc.mentions[m];
      for (uint32_t t = am.token_begin; t < am.token_end && t < n_; ++t) {
        int len = static_cast<int>(am.token_end - am.token_begin) + (am.head == t ? 1000 : 0);
        if (len > best[t]) {
          best[t] = len;
          cover_[t] = static_cast<int>(m);
        }
      }
    }
  }

  void run() {
    std::vector<Raw> raws;
    pair_double(&raws);
    pair_single(&raws);
    std::sort(raws.begin(), raws.end(), [](const Raw& a, const Raw& b) { return a.b < b.b; });
    marked_.assign(n_ + 1, 0);
    for (const Raw& r : raws) {
      uint32_t lo = r.open >= 0 ? static_cast<uint32_t>(r.open) : r.b;
      uint32_t hi = r.close >= 0 ? static_cast<uint32_t>(r.close) + 1 : r.e;
      for (uint32_t t = lo; t < hi && t < n_; ++t) marked_[t] = 1;
    }
    for (const Raw& r : raws) build(r);
    label_quotes();
  }

  // ------------------------------------------------------------ transcripts
  // An interview or hearing transcript names each speaker before a colon at
  // the start of a sentence ("VOA: During your visit ...", "Richard
  // Armitage, former deputy secretary of state: The message we brought
  // ..."). The words after the label, up to the next label, are that
  // speaker's, as a direct quote: "I" and "we" are the speaker, and the
  // label itself is no argument of the verbs after it. Only in a document
  // with two labels or more (a transcript, not a "Note:" line), where the
  // label holds an actor mention, has no verb and is at most 12 tokens.
  void label_quotes() {
    if (!have_syntax_ || sents_.size() < 2) return;
    struct Label {
      uint32_t sent, colon;
      int speaker;
      int32_t b;
    };
    std::vector<Label> labels;
    for (uint32_t s = 0; s < sents_.size(); ++s) {
      const uint32_t b = sents_[s].token_begin, e = std::min(sents_[s].token_end, n_);
      int speaker = -1;
      // The label opens with its actor or a name ("VOA", "Klaus Weber, former
      // minister", "The minister").
      if (cover_[b] < 0 && !is_name(b) && !(b + 1 < e && doc_.tokens[b].norm == "The" && cover_[b + 1] >= 0))
        continue;
      for (uint32_t t = b; t < e && t < b + 13; ++t) {
        if (doc_.tokens[t].norm == ":") {
          const std::string_view next = doc_.token_text(t + 1);
          if (t > b && t + 3 < e && speaker >= 0 && quote_of_[t + 1] < 0 && !next.empty() && next[0] >= 'A' &&
              next[0] <= 'Z')
            labels.push_back({s, t, speaker, static_cast<int32_t>(b)});
          break;
        }
        // No verb, no quotation, no number (an address or a time).
        const std::string_view w = doc_.token_text(t);
        if (tree_.upos(static_cast<int>(t)) == UPos::kVERB || tree_.upos(static_cast<int>(t)) == UPos::kAUX ||
            quote_of_[t] >= 0 || (!w.empty() && w[0] >= '0' && w[0] <= '9'))
          break;
        // The label's actor: its first mention, or a later one that has a
        // state where the first has none ("Richard Armitage, former U.S.
        // deputy secretary of state:").
        if (const int m = cover_[t]; m >= 0 && (speaker < 0 || (doc_.mentions[speaker].actor.country.empty() &&
                                                               !doc_.mentions[m].actor.country.empty())))
          speaker = m;
      }
    }
    // A transcript has two voices at least (question and answer).
    bool two = false;
    for (const Label& l : labels)
      two = two || doc_.mentions[l.speaker].actor.code != doc_.mentions[labels.front().speaker].actor.code;
    if (labels.size() < 2 || !two) return;
    // "Richard Armitage, former U.S. deputy secretary of state: ..." then
    // "Armitage: ...": a later label that names the same person without the
    // state takes the earlier label's actor (its code with the state in it).
    for (size_t i = 1; i < labels.size(); ++i) {
      const Actor& a = doc_.mentions[labels[i].speaker].actor;
      if (!a.country.empty() || a.code.empty()) continue;
      const uint32_t last = labels[i].colon - 1;
      if (!is_name(last)) continue;
      const std::string_view name = doc_.token_text(last);
      for (size_t j = 0; j < i; ++j) {
        const Actor& x = doc_.mentions[labels[j].speaker].actor;
        if (x.country.empty() || x.code.size() <= a.code.size() ||
            x.code.compare(x.code.size() - a.code.size(), a.code.size(), a.code) != 0)
          continue;
        bool named = false;
        for (uint32_t t = static_cast<uint32_t>(labels[j].b); t < labels[j].colon && !named; ++t)
          named = doc_.token_text(t) == name;
        if (named) {
          labels[i].speaker = labels[j].speaker;
          break;
        }
      }
    }
    for (size_t i = 0; i < labels.size(); ++i) {
      const Label& l = labels[i];
      const uint32_t qb = l.colon + 1;
      uint32_t qe = i + 1 < labels.size() ? sents_[labels[i + 1].sent].token_begin : n_;
      // Stop at a quotation already found: that one has its own speaker.
      for (uint32_t t = qb; t < qe; ++t)
        if (quote_of_[t] >= 0) {
          qe = t;
          break;
        }
      if (qe <= qb + 1) continue;
      Quote q;
      q.token_begin = qb;
      q.token_end = qe;
      q.begin = doc_.tokens[qb].begin;
      q.end = doc_.tokens[qe - 1].end;
      q.sentence = l.sent;
      q.speaker = l.speaker;
      q.speaker_begin = l.b;
      q.speaker_end = static_cast<int32_t>(l.colon);
      q.partial = false;
      const int qi = static_cast<int>(doc_.quotes.size());
      for (uint32_t t = qb; t < qe; ++t) quote_of_[t] = qi;
      doc_.quotes.push_back(q);
    }
  }

 private:
  // ------------------------------------------------------------ marks

  uint32_t par(uint32_t t) const { return sents_[sent_of_[t]].paragraph; }
  bool space_before(uint32_t t) const {
    return t == 0 || doc_.tokens[t - 1].space_after || doc_.tokens[t - 1].end < doc_.tokens[t].begin;
  }
  bool space_after(uint32_t t) const {
    return t + 1 >= n_ || doc_.tokens[t].space_after || doc_.tokens[t].end < doc_.tokens[t + 1].begin;
  }
  bool punct(uint32_t t) const { return t < n_ && doc_.tokens[t].kind == TokenKind::kPunct; }
  bool paragraph_start(uint32_t t) const { return t == 0 || par(t - 1) != par(t); }
  bool paragraph_end(uint32_t t) const { return t + 1 >= n_ || par(t + 1) != par(t); }

  Mark double_mark(uint32_t t) const {
    std::string_view raw = doc_.token_text(t);
    std::string_view norm = doc_.tokens[t].norm;
    const bool sb = space_before(t), sa = space_after(t);
    if (raw == kLeftDouble || raw == kLowDouble || raw == "``") {
      // A left mark glued to the word before and free after is a typo'd close.
      return !sb && sa && !paragraph_start(t) && !punct(t - 1) ? Mark::kClose : Mark::kOpen;
    }
    if (raw == kRightDouble || raw == "''") return sb && !sa && !paragraph_end(t) ? Mark::kOpen : Mark::kClose;
    if (raw != "\"" && norm != "\"") return Mark::kNone;
    // A straight mark glued to the word after it and not to the one before
    // opens ( said "We ); glued to the word before, it closes ( us," he ).
    if (paragraph_start(t)) return Mark::kOpen;
    if (paragraph_end(t)) return Mark::kClose;
    if (sb && !sa) return Mark::kOpen;
    if (!sb && sa) return Mark::kClose;
    // Glued on both sides to punctuation: ("We  /  us.")
    if (!sb && !sa) return punct(t - 1) && !punct(t + 1) ? Mark::kOpen : Mark::kClose;
    return Mark::kEither;
  }

  Mark single_mark(uint32_t t) const {
    std::string_view raw = doc_.token_text(t);
    if (raw != kLeftSingle && raw != kRightSingle && raw != "'" && raw != "`") return Mark::kNone;
    // The tagger reads "allies’" as a possessive: not a quotation mark.
    if (have_syntax_ && tree_.xpos(static_cast<int>(t)) == "POS") return Mark::kNone;
    const bool sb = space_before(t), sa = space_after(t);
    const bool next_free = sa || punct(t + 1);
    if (raw == kLeftSingle || raw == "`") return sb || paragraph_start(t) || punct(t - 1) ? Mark::kOpen : Mark::kNone;
    if (!sb && next_free) return Mark::kClose;
    if ((sb || paragraph_start(t)) && !sa) return Mark::kOpen;
    return Mark::kNone;
  }

  // The quote that runs from opening mark `open` was never closed: it ends
  // with the sentence its last paragraph's part starts in.
  Raw bounded(uint32_t open, uint32_t segment_start, bool paragraphs) const {
    Raw r;
    r.open = static_cast<int>(open);
    r.b = open + 1;
    uint32_t s = segment_start < n_ ? sent_of_[segment_start] : sent_of_[open];
    r.e = std::max<uint32_t>(r.b, std::min<uint32_t>(sents_[s].token_end, n_));
    r.paragraphs = paragraphs;
    // '"This is an escalation, the spokesman said.': the closing mark was
    // lost before a comma and an attribution; the quote ends at the comma.
    for (uint32_t k = std::max<uint32_t>(r.b + 2, segment_start); k + 1 < r.e; ++k) {
      if (doc_.tokens[k].norm != ",") continue;
      for (uint32_t c = k + 1; c < r.e && c <= k + 6; ++c) {
        if (doc_.tokens[c].norm == "," || is_mark(c)) break;
        if (is_cue(static_cast<int>(c), speech_)) {
          r.e = k + 1;
          r.cut = static_cast<int>(k);
          return r;
        }
      }
    }
    return r;
  }

  void pair_double(std::vector<Raw>* raws) {
    int open = -1;               // opening mark of the quote in progress
    uint32_t segment = 0;        // first content token of its current paragraph part
    bool paragraphs = false;
    for (uint32_t t = 0; t < n_; ++t) {
      if (open >= 0 && paragraph_start(t) && t > 0) {
        // Open at a paragraph's end: continued only if this paragraph opens
        // with a mark; the reopening mark is part of the one quotation.
        Mark m = double_mark(t);
        if (m == Mark::kOpen || m == Mark::kEither) {
          segment = t + 1;
          paragraphs = true;
          continue;
        }
        raws->push_back(bounded(static_cast<uint32_t>(open), segment, paragraphs));
        open = -1;
      }
      Mark m = double_mark(t);
      if (m == Mark::kNone) continue;
      if (open < 0) {
        if (m == Mark::kClose) {
          orphan_close(t, raws);
        } else {
          open = static_cast<int>(t);
          segment = t + 1;
          paragraphs = false;
        }
      } else if (m == Mark::kOpen && static_cast<int>(t) > open + 1) {
        // A second opening mark: the first was never closed.
        raws->push_back(bounded(static_cast<uint32_t>(open), segment, paragraphs));
        open = static_cast<int>(t);
        segment = t + 1;
        paragraphs = false;
      } else {
        Raw r;
        r.open = open;
        r.close = static_cast<int>(t);
        r.b = static_cast<uint32_t>(open) + 1;
        r.e = t;
        r.paragraphs = paragraphs;
        raws->push_back(r);
        open = -1;
      }
    }
    if (open >= 0) raws->push_back(bounded(static_cast<uint32_t>(open), segment, paragraphs));
    in_double_.assign(n_, 0);
    for (const Raw& r : *raws) {
      uint32_t lo = r.open >= 0 ? static_cast<uint32_t>(r.open) : r.b;
      uint32_t hi = r.close >= 0 ? static_cast<uint32_t>(r.close) + 1 : r.e;
      for (uint32_t t = lo; t < hi && t < n_; ++t) in_double_[t] = 1;
    }
  }

  // A closing mark with no opening one: the opening was lost in scraping.
  // Only with an attribution right after it ('..., obviously," the official
  // said') is it a quote; it starts at the first sentence of the paragraph
  // after the last one holding a quotation mark.
  void orphan_close(uint32_t t, std::vector<Raw>* raws) {
    if (cue_after(t) < 0) return;
    uint32_t s = sent_of_[t];
    auto has_mark = [&](uint32_t si) {
      for (uint32_t k = sents_[si].token_begin; k < sents_[si].token_end && k < n_; ++k)
        if (k != t && double_mark(k) != Mark::kNone) return true;
      return false;
    };
    if (has_mark(s)) return;  // a mark earlier in the sentence: not ours to guess
    while (s > 0 && sents_[s - 1].paragraph == sents_[s].paragraph && !has_mark(s - 1) && sent_of_[t] - s < 3) --s;
    Raw r;
    r.close = static_cast<int>(t);
    r.b = sents_[s].token_begin;
    r.e = t;
    if (r.e > r.b) raws->push_back(r);
  }

  void pair_single(std::vector<Raw>* raws) {
    int open = -1;
    for (uint32_t t = 0; t < n_; ++t) {
      if (in_double_[t] || (open >= 0 && (paragraph_start(t) || t - open > 40))) {
        open = -1;
        if (in_double_[t]) continue;
      }
      Mark m = single_mark(t);
      if (m == Mark::kOpen) {
        open = static_cast<int>(t);
      } else if (m == Mark::kClose && open >= 0 && static_cast<int>(t) > open + 1) {
        Raw r;
        r.open = open;
        r.close = static_cast<int>(t);
        r.b = static_cast<uint32_t>(open) + 1;
        r.e = t;
        r.single = true;
        raws->push_back(r);
        open = -1;
      }
    }
  }

  // ------------------------------------------------------------- cues

  bool is_cue(int t, const WordSet* set) const {
    if (!have_syntax_ || !set || t < 0 || t >= static_cast<int>(n_)) return false;
    if (!set->contains(tree_.lemma(t))) return false;
    // "Global security continues to require ...": aspect, not speech.
    if (tree_.lemma(t) == "continue" && tree_.first_kid(t, rels().xcomp) >= 0) return false;
    UPos u = tree_.upos(t);
    const std::string& x = tree_.xpos(t);
    return u == UPos::kVERB || u == UPos::kAUX || (x.size() >= 2 && x[0] == 'V' && x[1] == 'B');
  }
  bool is_mark(uint32_t t) const { return double_mark(t) != Mark::kNone || single_mark(t) != Mark::kNone; }

  // '"...," the minister said' / '"...," said X': a speech verb shortly after
  // the closing mark, before any other quotation.
  int cue_after(uint32_t close) const {
    if (!have_syntax_) return -1;
    uint32_t s = sent_of_[close];
    uint32_t t = close + 1, end = std::min<uint32_t>(sents_[s].token_end, n_);
    bool next_sentence = false;
    if (t >= end) {
      // The quote ended its sentence ('"Why?" he asked.' split after the
      // mark): a short next sentence in the paragraph may be the attribution.
      if (s + 1 >= sents_.size() || sents_[s + 1].paragraph != sents_[s].paragraph) return -1;
      t = sents_[s + 1].token_begin;
      end = std::min<uint32_t>(sents_[s + 1].token_end, n_);
      if (end - t > 10) return -1;
      next_sentence = true;
    }
    for (uint32_t k = t; k < end && k < close + 1 + kCueWindow; ++k) {
      if (is_mark(k)) return -1;
      if (is_cue(static_cast<int>(k), speech_)) {
        // Its own reported clause makes it a new statement, not this one's.
        if (next_sentence && (tree_.first_kid(static_cast<int>(k), rels().ccomp) >= 0 ||
                              tree_.first_kid(static_cast<int>(k), rels().obj) >= 0))
          return -1;
        return static_cast<int>(k);
      }
    }
    return -1;
  }

  // 'X said: "..."', 'X told reporters, "..."': the last speech verb before
  // the opening mark in its sentence, or in the sentence before when that
  // ends with a colon.
  int cue_before(uint32_t open) const {
    if (!have_syntax_) return -1;
    uint32_t s = sent_of_[open];
    uint32_t first = sents_[s].token_begin;
    for (int t = static_cast<int>(open) - 1; t >= static_cast<int>(first); --t) {
      if (marked_[t]) return -1;
      if (is_cue(t, speech_)) return t;
    }
    if (open == first && s > 0) {
      const Sentence& p = sents_[s - 1];
      uint32_t last = std::min<uint32_t>(p.token_end, n_);
      if (last > p.token_begin && doc_.tokens[last - 1].norm == ":")
        for (int t = static_cast<int>(last) - 2; t >= static_cast<int>(p.token_begin); --t) {
          if (marked_[t]) return -1;
          if (is_cue(t, speech_)) return t;
        }
    }
    return -1;
  }

  // A partial quote's governing verb: up the tree from the fragment's head
  // ("called the move 'very provocative'", "said X's actions were 'very
  // provocative'"), within the sentence.
  int cue_governing(const Raw& r) const {
    if (!have_syntax_) return -1;
    int h = -1;
    for (uint32_t t = r.b; t < r.e && h < 0; ++t) {
      int hd = tree_.head(static_cast<int>(t));
      if (hd < static_cast<int>(r.b) || hd >= static_cast<int>(r.e)) h = static_cast<int>(t);
    }
    uint32_t s = sent_of_[r.b];
    // The fragment must be what the verb says or calls something, not its
    // subject ('the "peace" plan was rejected'): no subject on the way up,
    // except inside a reported clause of a speech verb ('said its
    // "adversary" should keep ...').
    const Rels& R = rels();
    auto subject = [&](int k) {
      DepRel b = tree_.base(k);
      return b == R.nsubj || b == R.csubj || tree_.rel(k) == R.nsubj_pass;
    };
    bool through_subject = false;
    for (int below = h, x = h >= 0 ? tree_.head(h) : -1, depth = 0; x >= 0 && depth < 12;
         below = x, x = tree_.head(x), ++depth) {
      if (sent_of_[x] != s) break;
      const bool direct_subject = subject(below);
      // The fragment must be the verb's complement ("called the move 'very
      // provocative'", "described it as '...'", "said '...'"), not an
      // apposition or modifier the parser hung on it.
      DepRel rb = tree_.base(below);
      // Above the fragment's own noun phrase the path must stay clausal: a
      // fragment reached through a chain of nominal links ("the parliament in
      // Kyiv, and the 'reforms'" as a conjunct of Kyiv) is not what the verb
      // says, whatever the verb.
      if (depth > 0 && (rb == R.nmod || rb == R.conj || rb == R.appos || rb == R.acl) &&
          tree_.upos(below) != UPos::kVERB)
        break;
      // The by-agent of a passive is who acted, never the words reported.
      if (tree_.rel(below) == R.obl_agent) break;
      const bool complement = rb == R.obj || rb == R.iobj || rb == R.xcomp || rb == R.ccomp || rb == R.obl ||
                              rb == R.parataxis || rb == R.advcl ||
                              // the parser's reading of a secondary predicate: called X "very provocative"
                              (rb == R.advmod && (tree_.upos(below) == UPos::kADJ || tree_.upos(below) == UPos::kNOUN));
      if (!marked_[x] && !direct_subject && complement) {
        if (is_cue(x, speech_)) return x;
        if (!through_subject && is_cue(x, partial_)) return x;
        // "expressed concern that '...'", "voiced hope that '...'": the
        // clause (on the verb or on its noun) is what the verb's subject says.
        if (!through_subject && stance_object(x, below)) return x;
      }
      through_subject = through_subject || direct_subject;
    }
    return -1;
  }

  // "according to X": the token "according", or -1, among [b, e).
  int according_to(uint32_t b, uint32_t e) const {
    for (uint32_t t = b; t + 1 < e && t + 1 < n_; ++t)
      if (!marked_[t] && tree_lower(t) == "according" && tree_lower(t + 1) == "to") return static_cast<int>(t);
    return -1;
  }
  std::string tree_lower(uint32_t t) const {
    if (have_syntax_) return tree_.lower(static_cast<int>(t));
    return to_lower(doc_.tokens[t].norm);
  }

  // ---------------------------------------------------------- speakers

  struct Who {
    int mention = -1;        // resolved actor mention
    int32_t b = -1, e = -1;  // as written
  };

  bool is_person(int m) const {
    if (m < 0) return false;
    const ActorMention& am = doc_.mentions[m];
    return am.entry.rfind("person:", 0) == 0 || am.entry == "pronoun:he" || am.entry == "pronoun:she" ||
           am.entry.find("+name") != std::string::npos || am.entry.rfind("unresolved:name", 0) == 0;
  }

  // The noun phrase a subject token heads, without relative clauses or
  // appositions: "a top US State Department official", "Ana Ruiz".
  void phrase_of(int t, int32_t* b, int32_t* e) const {
    phrase_span(t, b, e);
    // Never into a quotation: '"... ignored," Bontemps told VOA'.
    while (*b < t && marked_[*b]) ++*b;
    for (int k = t; k < *e; ++k)
      if (marked_[k]) { *e = std::max(k, t + 1); break; }
    for (int k = t - 1; k >= *b; --k)
      if (marked_[k]) { *b = k + 1; break; }
  }
  void phrase_span(int t, int32_t* b, int32_t* e) const {
    if (cover_[t] >= 0) {
      const ActorMention& m = doc_.mentions[cover_[t]];
      *b = static_cast<int32_t>(m.token_begin);
      *e = static_cast<int32_t>(m.token_end);
    } else {
      *b = t;
      *e = t + 1;
    }
    if (!have_syntax_) return;
    const Rels& R = rels();
    std::vector<int> stack{t};
    for (size_t i = 0; i < stack.size() && i < 32; ++i)
      for (int c : tree_.children(stack[i])) {
        DepRel r = tree_.rel(c), base = tree_.base(c);
        if (base == R.compound || base == R.flat || base == R.amod || base == R.det || r == R.nmod_poss ||
            base == R.nummod || (base == R.case_ && tree_.rel(stack[i]) == R.nmod_poss)) {
          stack.push_back(c);
          *b = std::min(*b, c);
          *e = std::max(*e, c + 1);
        }
      }
  }

  // The last mention before token t, within three sentences, that `ok` accepts.
  template <class Ok>
  int last_mention_before(uint32_t t, Ok ok) const {
    const uint32_t s = sent_of_[t];
    for (int m = first_mention_at(t) - 1; m >= 0; --m) {
      const ActorMention& am = doc_.mentions[m];
      if (am.token_begin >= t) continue;
      if (s - sent_of_[am.token_begin] > 3) break;
      if (marked_[am.token_begin]) continue;  // named inside a quotation: not a speaker
      if (ok(m)) return args_.follow(m);
    }
    return -1;
  }

  // A proper name: tagged so, or a capitalised word the article also writes
  // capitalised inside a sentence (the tagger reads a sentence-initial
  // "Matthaes" as a plural noun).
  bool is_name(uint32_t t) const {
    if (t >= n_) return false;
    if (have_syntax_ && tree_.upos(static_cast<int>(t)) == UPos::kPROPN) return true;
    std::string_view w = doc_.token_text(t);
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && names_.count(std::string(w)) > 0;
  }

  // Index of the first mention starting at or after token t (mentions are
  // in text order), so that look-backs stay local.
  int first_mention_at(uint32_t t) const {
    auto it = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), t,
                               [](const ActorMention& m, uint32_t x) { return m.token_begin < x; });
    return static_cast<int>(it - doc_.mentions.begin());
  }

  // A pronoun subject the actors stage left unlinked.
  int pronoun_speaker(const std::string& l, uint32_t at) const {
    const int prev = prev_speaker_;
    // Near: within two paragraphs and four sentences (wire copy often comes
    // as one paragraph, so paragraphs alone bound nothing).
    const bool prev_near = prev >= 0 && prev_speaker_par_ >= 0 && par(at) - static_cast<uint32_t>(prev_speaker_par_) <= 2 &&
                           sent_of_[at] <= prev_speaker_sent_ + 4;
    auto coded = [&](int m) { return !doc_.mentions[m].actor.code.empty(); };
    if (l == "he" || l == "she") {
      // "Trump hosted Erdogan for what he called ...": the first person
      // named earlier in the same sentence, outside quotes.
      const uint32_t sb = sents_[sent_of_[at]].token_begin;
      for (size_t m = static_cast<size_t>(first_mention_at(sb)); m < doc_.mentions.size(); ++m) {
        const ActorMention& am = doc_.mentions[m];
        if (am.token_begin < sb) continue;
        if (am.token_begin >= at) break;
        if (!marked_[am.token_begin] && is_person(static_cast<int>(m))) return args_.follow(static_cast<int>(m));
      }
      if (prev_near && is_person(prev)) return prev;
      return last_mention_before(at, [&](int m) { return is_person(m) && coded(args_.follow(m)); });
    }
    if (l == "it") {
      if (prev_near && !is_person(prev)) return prev;
      return last_mention_before(at, [&](int m) { return !is_person(m) && coded(m); });
    }
    if (l == "they") {
      int m = last_mention_before(at, [&](int k) {
        const std::string& x = have_syntax_ ? tree_.xpos(static_cast<int>(doc_.mentions[k].head)) : std::string();
        return coded(k) && (x == "NNS" || x == "NNPS");
      });
      if (m >= 0) return m;
      if (prev_near) return prev;
    }
    return -1;
  }

  // x is a verb whose object is a stance noun ("concern", "hope"), and
  // `below` is that object or a clause on x ('expressed concern that "..."').
  bool stance_object(int x, int below) const {
    if (!stance_ || !have_syntax_ || tree_.upos(x) != UPos::kVERB) return false;
    const Rels& R = rels();
    for (int o : tree_.kids(x, R.obj)) {
      if (marked_[o] || !stance_->contains(tree_.lemma(o))) continue;
      if (below == o || tree_.base(below) == R.ccomp) return true;
    }
    return false;
  }

  // 'expressed concern that "..."' however the parser hung the clause: the
  // verb whose object is the stance noun right before "that" and the mark.
  int stance_cue(uint32_t open) const {
    if (!stance_ || !have_syntax_ || open < 2 || tree_lower(open - 1) != "that") return -1;
    const int n = static_cast<int>(open) - 2;
    if (marked_[n] || !stance_->contains(tree_.lemma(n)) || tree_.rel(n) != rels().obj) return -1;
    const int v = tree_.head(n);
    return v >= 0 && !marked_[v] && tree_.upos(v) == UPos::kVERB ? v : -1;
  }

  // A participle cue without a subject ("While noting '...', Rasmussen
  // expressed ...", "Rasmussen pointed to ..., while adding '...'") whose
  // head the parser put inside the quotation: the subject of the sentence's
  // clause outside the quotes, the first one after the cue when the
  // participle opens the sentence, else the last one before it.
  int participle_subject(int cue) const {
    if (!have_syntax_ || tree_.xpos(cue) != "VBG") return -1;
    const Rels& R = rels();
    if (tree_.first_kid(cue, R.nsubj) >= 0 || tree_.first_kid(cue, R.nsubj_pass) >= 0) return -1;
    // Adverbial only: "a man shouting '...'", "declarations saying '...'"
    // describe a noun, whose words they are.
    if (tree_.base(cue) != R.advcl) return -1;
    // Set off from the clause: "while noting", ", adding", "..., concluding"
    // (not "bent on finding a 'fall guy'").
    if (cue == 0) return -1;
    const std::string& before = tree_.lower(cue - 1);
    if (tree_.upos(cue - 1) != UPos::kPUNCT && before != "while" && before != "after" && before != "before" &&
        before != "when" && before != "though" && before != "although")
      return -1;
    const uint32_t s = sent_of_[cue];
    const int b = static_cast<int>(sents_[s].token_begin), e = static_cast<int>(std::min<uint32_t>(sents_[s].token_end, n_));
    auto subject = [&](int k) {
      if (marked_[k] || tree_.head(k) < 0 || marked_[tree_.head(k)]) return false;
      if (tree_.rel(k) != R.nsubj && tree_.rel(k) != R.nsubj_pass) return false;
      return cover_[k] >= 0 || is_name(static_cast<uint32_t>(k)) || tree_.upos(k) == UPos::kNOUN;
    };
    bool opens = true;
    for (int k = b; k < cue && opens; ++k) {
      UPos u = tree_.upos(k);
      opens = u == UPos::kSCONJ || u == UPos::kADV || u == UPos::kPUNCT;
    }
    if (opens) {
      for (int k = cue + 1; k < e; ++k)
        if (subject(k)) return k;
      return -1;
    }
    for (int k = cue - 1; k >= b; --k)
      if (subject(k)) return k;
    return -1;
  }

  // "a statement from the ISPR said", "the ministry's statement said": the
  // body that issued the document, or t itself.
  int issuer_of(int t) const {
    if (!document_ || !have_syntax_ || !document_->contains(tree_.lemma(t))) return t;
    const Rels& R = rels();
    for (int c : tree_.children(t)) {
      if (marked_[c]) continue;
      if (tree_.rel(c) == R.nmod_poss) return c;
      if (tree_.base(c) != R.nmod || c < t) continue;
      for (int k : tree_.kids(c, R.case_)) {
        const std::string& l = tree_.lower(k);
        if (l == "from" || l == "by" || l == "of") return c;
      }
    }
    return t;
  }

  // "Russia, in Cold War-style language, said ...": a cue with no subject
  // of its own whose subject the parser hung elsewhere (often a conjunct of
  // the object before it). The mention just before the verb, skipping
  // adverbs, auxiliaries and one parenthetical, is its subject.
  int adjacent_subject(int cue) const {
    const uint32_t s = sent_of_[cue];
    int t = cue - 1;
    auto skippable = [&](int k) {
      UPos u = tree_.upos(k);
      return u == UPos::kADV || u == UPos::kAUX || u == UPos::kPART;
    };
    while (t >= 0 && sent_of_[t] == s && cue - t <= 3 && skippable(t)) --t;
    if (t >= 0 && sent_of_[t] == s && doc_.tokens[t].norm == ",") {
      int k = t - 1;
      while (k >= 0 && sent_of_[k] == s && t - k <= 10 && doc_.tokens[k].norm != "," && !marked_[k]) --k;
      if (k < 0 || sent_of_[k] != s || doc_.tokens[k].norm != ",") return -1;
      t = k - 1;
    }
    if (t < 0 || sent_of_[t] != s || marked_[t]) return -1;
    UPos u = tree_.upos(t);
    if (cover_[t] < 0 && !is_name(t)) return -1;  // a name the lexicons lack still speaks
    return u == UPos::kNOUN || u == UPos::kPROPN || u == UPos::kPRON ? t : -1;
  }

  Who speaker_of_cue(int cue) const {
    Who w;
    const Rels& R = rels();
    uint32_t s = sent_of_[cue];
    std::vector<int> subjects;
    // Inverted, right after a quote or a comma: '"...," said Ralf Matthaes',
    // '..., noted Evan Fowler of ...'. The name after the verb speaks,
    // whatever the parser made of it.
    const bool after_quote = cue > 0 && (is_mark(cue - 1) || (cue > 1 && doc_.tokens[cue - 1].norm == "," && is_mark(cue - 2)));
    // "said X", "added X" put the speaker after the verb; "told X", "warned
    // X" put the addressee there, unless right after the quote.
    const std::string& cl = tree_.lemma(cue);
    // (A participle never inverts: ", saying the insurgents '...'" names
    // what was said of the insurgents, not who said it.)
    const bool inverting = (after_quote || cl == "say" || cl == "add" || cl == "note" || cl == "write" ||
                           cl == "explain" || cl == "continue" || cl == "recall" || cl == "comment" ||
                           cl == "observe" || cl == "argue" || cl == "insist" || cl == "state") &&
                           tree_.xpos(cue) != "VBG";
    if (inverting && cue > 0 && static_cast<uint32_t>(cue) + 1 < n_ && sent_of_[cue + 1] == s &&
        (doc_.tokens[cue - 1].norm == "," || is_mark(cue - 1))) {
      // The phrase the parser hangs on the verb: "said WindEurope's public
      // affairs chief Ivan Pineda" is Pineda, of WindEurope.
      for (uint32_t h = static_cast<uint32_t>(cue) + 1; h < n_ && h <= static_cast<uint32_t>(cue) + 8 && sent_of_[h] == s; ++h) {
        if (marked_[h] || doc_.tokens[h].norm == ",") break;
        UPos u = tree_.upos(static_cast<int>(h));
        if (tree_.head(static_cast<int>(h)) == cue && (u == UPos::kPROPN || u == UPos::kNOUN) &&
            (tree_.rel(static_cast<int>(h)) == R.nsubj || tree_.rel(static_cast<int>(h)) == R.nsubj_pass)) {
          phrase_of(static_cast<int>(h), &w.b, &w.e);
          w.mention = args_.mention_for(static_cast<int>(h), -1);
          extend_to_person(&w);
          return w;
        }
      }
      uint32_t t = static_cast<uint32_t>(cue) + 1;
      const std::string& l = tree_.lower(static_cast<int>(t));

      if ((l == "the" || l == "a" || l == "an") && t + 1 < n_ && sent_of_[t + 1] == s) ++t;
      if (t < n_ && !marked_[t] && cover_[t] >= 0) {
        const ActorMention& m = doc_.mentions[cover_[t]];
        w.mention = args_.follow(cover_[t]);
        w.b = static_cast<int32_t>(m.token_begin);
        w.e = static_cast<int32_t>(m.token_end);
        extend_to_person(&w);
        return w;
      }
      if (t < n_ && !marked_[t] && is_name(t)) {
        uint32_t k = t;
        while (k < n_ && sent_of_[k] == s && k < t + 5 && !marked_[k] && is_name(k)) ++k;
        w.b = static_cast<int32_t>(t);
        w.e = static_cast<int32_t>(k);
        w.mention = earlier_namesake(static_cast<int>(t));
        return w;
      }
    }
    int own = tree_.first_kid(cue, R.nsubj);
    if (own < 0) own = tree_.first_kid(cue, R.nsubj_pass);
    // "He urged an end to the fight between the U.S. and Europe, saying,
    // '...'": a participle set off by a comma speaks for the subject of the
    // clause it hangs on, whatever subject the parser gave it ("the U.S.").
    if (tree_.xpos(cue) == "VBG" && tree_.base(cue) == R.advcl && cue > 0 && doc_.tokens[cue - 1].norm == ",") {
      int h = tree_.head(cue);
      // (The parser may hang the participle on the quoted verb after it,
      // itself a conjunct of the clause before: climb to that clause.)
      for (int d = 0; d < 4 && h > cue && sent_of_[h] == s; ++d) h = tree_.head(h);
      if (h >= 0 && h < cue && !marked_[h] && sent_of_[h] == s) {
        int hs = tree_.first_kid(h, R.nsubj);
        if (hs < 0) hs = tree_.first_kid(h, R.nsubj_pass);
        // "In a message released Sunday, Ruto again pointed a finger at
        // the rebels, saying the fighters '...'": a head whose subject
        // the parser hung elsewhere has the name right before it.
        if (hs < 0) hs = adjacent_subject(h);
        if (hs >= 0 && hs < h && !marked_[hs] && hs != own) subjects.push_back(hs);
      }
    }
    // No subject of its own, or one after a verb that does not invert
    // ("Gallagher, who leads the team, told VOA" with VOA misread as subject).
    // (Not for a participle after a comma, whose word before the comma
    // ends the clause it hangs on: "at the Taliban, saying".)
    const bool comma_participle = tree_.xpos(cue) == "VBG" && cue > 0 && doc_.tokens[cue - 1].norm == ",";
    if ((own < 0 || (own > cue && !inverting)) && !comma_participle) {
      int a = adjacent_subject(cue);
      if (a >= 0) subjects.push_back(a);
    }
    if (subjects.empty()) subjects = args_.speakers(cue);
    for (int t : subjects) {
      if (marked_[t]) continue;
      // "which Duterte described as ...": a relative pronoun the parser made
      // the subject; the name beside the verb is.
      const std::string& rel = tree_.lemma(t);
      if (rel == "which" || rel == "that" || rel == "what") {
        int a = adjacent_subject(cue);
        if (a < 0 || a == t) continue;
        t = a;
      }
      t = issuer_of(t);
      phrase_of(t, &w.b, &w.e);
      w.mention = args_.mention_for(t, -1);
      // The parser sometimes splits one subject into two (a title word as one
      // nsubj:pass, the titled name as another): when this one
      // names no actor, a sibling subject of the same verb that does speaks.
      if (w.mention < 0 && tree_.head(t) == cue) {
        for (int k : tree_.children(cue)) {
          if (k == t || marked_[k]) continue;
          if (tree_.base(k) != R.nsubj && tree_.rel(k) != R.nsubj_pass) continue;
          int m = args_.mention_for(k, -1);
          if (m < 0) continue;
          t = k;
          phrase_of(t, &w.b, &w.e);
          w.mention = m;
          break;
        }
      }
      if (w.mention < 0) w.mention = earlier_namesake(t);
      const std::string& l = tree_.lemma(t);
      // '"... called on Russia to de-escalate," it said': a pronoun linked
      // to an actor named only inside a quotation is not that actor; the
      // speaker is outside the quote.
      // '"...," he said': the nearest person before, not the actors stage's
      // guess (which may reach past a newly named speaker to one it knows).
      if (l == "he" || l == "she") {
        // The words stay the pronoun as written when the person is an
        // actor mention; an unknown name speaks by its own words.
        Who near = nearest_person(static_cast<uint32_t>(t), l == "he" ? 'm' : 'f');
        if (near.mention >= 0) {
          w.mention = near.mention;
          return w;
        }
        if (near.b >= 0) return near;
      }
      if (w.mention >= 0 && is_third_person(l) && cover_[t] >= 0) {
        int a = doc_.mentions[cover_[t]].antecedent;
        if (a >= 0 && static_cast<size_t>(a) < doc_.mentions.size() && doc_.mentions[a].token_begin < n_ &&
            marked_[doc_.mentions[a].token_begin])
          w.mention = -1;
      }
      if (w.mention < 0 && (l == "he" || l == "she")) {
        // "Roy said India ... . 'India will ...,' he told VOA": the person
        // a speech verb just named, known to the lexicons or not.
        Who named = recent_named_speaker(static_cast<uint32_t>(t));
        if (named.b >= 0) {
          w.mention = named.mention;
          w.b = named.b;
          w.e = named.e;
          return w;
        }
      }
      if (w.mention < 0 && is_third_person(l)) w.mention = pronoun_speaker(l, static_cast<uint32_t>(t));
      // "he said" after a quote by someone the lexicons do not know: the
      // previous speaker, by the words that named them.
      if (w.mention < 0 && (l == "he" || l == "she") && prev_phrase_b_ >= 0 &&
          par(static_cast<uint32_t>(t)) <= prev_phrase_par_ + 1 && s <= sent_of_[prev_phrase_b_] + 3) {
        w.b = prev_phrase_b_;
        w.e = prev_phrase_e_;
      }
      // A first-person or expletive subject outside a quote names nobody.
      if (w.mention < 0 && (l == "i" || l == "we" || l == "you" || l == "there" || l == "this" || l == "that"))
        w.b = w.e = -1;
      return w;
    }
    if (int p = participle_subject(cue); p >= 0) {
      phrase_of(p, &w.b, &w.e);
      w.mention = args_.mention_for(p, -1);
      if (w.mention < 0) w.mention = earlier_namesake(p);
      return w;
    }
    // The parser lost the subject: take a mention right after the verb
    // ("said Dmitry Peskov") or right before it, in the same sentence.
    for (uint32_t t = cue + 1; t < n_ && t <= static_cast<uint32_t>(cue) + 4 && sent_of_[t] == s; ++t) {
      if (marked_[t]) break;
      if (cover_[t] >= 0) {
        const ActorMention& m = doc_.mentions[cover_[t]];
        w.mention = args_.follow(cover_[t]);
        w.b = static_cast<int32_t>(m.token_begin);
        w.e = static_cast<int32_t>(m.token_end);
        return w;
      }
    }
    for (int t = cue - 1; t >= 0 && t >= cue - 4 && sent_of_[t] == s; --t) {
      if (marked_[t]) break;
      if (cover_[t] >= 0) {
        const ActorMention& m = doc_.mentions[cover_[t]];
        w.mention = args_.follow(cover_[t]);
        w.b = static_cast<int32_t>(m.token_begin);
        w.e = static_cast<int32_t>(m.token_end);
        return w;
      }
    }
    return w;
  }

  // The last proper name a speech verb made its subject, in the sentence of
  // `at` (before it) or the two before; empty if none.
  // "La Ronde said" after "Anna La Ronde, who heads the U.N. mission,
  // told VOA": a name that resolves to no actor takes the actor of the same
  // name (its last word) written earlier in the story, when that one
  // resolved. Looks back a bounded stretch of text.
  int earlier_namesake(int t) const {
    if (!have_syntax_ || t < 0 || !is_name(static_cast<uint32_t>(t))) return -1;
    const Rels& R = rels();
    auto tail = [&](int h) {
      int e = h;
      for (int k : tree_.kids(h, R.flat)) e = std::max(e, k);
      return e;
    };
    const std::string_view last = doc_.token_text(static_cast<uint32_t>(tail(t)));
    const uint32_t s = sent_of_[t];
    if (s == 0) return -1;
    const int lo = std::max<int>(0, static_cast<int>(sents_[s].token_begin) - 2000);
    for (int k = static_cast<int>(sents_[s].token_begin) - 1; k >= lo; --k) {
      if (marked_[k] || tree_.rel(k) == R.flat || !is_name(static_cast<uint32_t>(k))) continue;
      if (doc_.token_text(static_cast<uint32_t>(tail(k))) != last) continue;
      // Only an actor that names its state or organisation: a bare role
      // ("Ambassador X" coded GOV with no country) would only spread a guess.
      if (const int m = args_.mention_for(k, -1); m >= 0) {
        const Actor& a = doc_.mentions[m].actor;
        return !a.country.empty() || !a.org.empty() ? m : -1;
      }
    }
    return -1;
  }

  // The person a "he"/"she" at `at` most likely is: scanning back over
  // the sentence and the three before, outside quotes, the nearest proper
  // name the text makes a subject ("Richard Weitz, director of ..., told
  // VOA ... . '...,' he added"), or the speaker of the nearest earlier quote
  // who is a person ('"...," he said. He dismissed ... . "...," he said').
  // Pronoun subjects go on with the same person and are passed over, as are
  // names of states and institutions ("China lost ...") and possessives
  // ("Trump's threat"). Empty when there is none.
  // want: 'm' for "he", 'f' for "she": a person the lexicon knows to be of
  // the other gender is passed over.
  Who nearest_person(uint32_t at, char want) const {
    if (!have_syntax_) return Who{};
    auto other_gender = [&](int m) {
      if (m < 0 || static_cast<size_t>(m) >= doc_.mentions.size()) return false;
      const char g = doc_.mentions[m].gender;
      return g != 0 && want != 0 && g != want;
    };
    const Rels& R = rels();
    const uint32_t s = sent_of_[at];
    const int lo = static_cast<int>(sents_[s >= 3 ? s - 3 : 0].token_begin);
    for (int k = static_cast<int>(at) - 1; k >= lo; --k) {
      if (marked_[k]) {
        const int qi = quote_of_[k];
        if (qi < 0) continue;  // the quote being attributed
        const Quote& q = doc_.quotes[qi];
        // A speaker the lexicons do not know, written as a bare name
        // ("Roy"), not a description ("A Journal editorial").
        const bool named = q.speaker_begin >= 0 && q.speaker_end > q.speaker_begin &&
                           is_name(static_cast<uint32_t>(q.speaker_begin)) &&
                           is_name(static_cast<uint32_t>(q.speaker_end - 1));
        if (((q.speaker >= 0 && is_person(q.speaker)) || named) && !other_gender(q.speaker)) {
          Who w;
          w.mention = q.speaker;
          w.b = q.speaker_begin;
          w.e = q.speaker_end;
          return w;
        }
        continue;
      }
      if (tree_.rel(k) != R.nsubj && tree_.rel(k) != R.nsubj_pass) continue;
      if (tree_.head(k) >= 0 && marked_[tree_.head(k)]) continue;
      if (!is_name(static_cast<uint32_t>(k))) continue;
      // Only a main clause's subject or a speaker's: not "who General
      // Pervez Musharraf was" inside what someone did not know.
      const int hv = tree_.head(k);
      const bool speech = is_cue(hv, speech_);
      int m = args_.mention_for(k, -1);
      // "Richard Weitz, director of ..., told VOA": a name no mention covers,
      // the subject of a speech verb, is a person even when the role beside
      // it resolves to a body or a country ("director" of an Indian-looking
      // heading): the name speaks, not the role.
      if (m >= 0 && cover_[k] < 0 && speech && !is_person(m)) m = -1;
      if (m >= 0 && !is_person(m) && !is_person(cover_[k])) continue;
      if (other_gender(m) || other_gender(cover_[k])) continue;
      if (!speech && hv >= 0 && tree_.head(hv) >= 0) {
        const DepRel hb = tree_.base(hv);
        if (!(hb == R.conj || hb == R.parataxis) || tree_.head(tree_.head(hv)) >= 0) continue;
      }
      // A name no lexicon knows counts only as the subject of a speech verb
      // ("Richard Weitz ... told VOA") or when it spoke earlier in the story
      // ("One thing Young would push off ..."), and never in capitals
      // ("NASA", "SNC").
      if (m < 0 && !speech && !speaker_names_.count(std::string(doc_.token_text(static_cast<uint32_t>(k))))) continue;
      if (m < 0) {
        const std::string_view word = doc_.token_text(static_cast<uint32_t>(k));
        if (word.size() > 1 && std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
      }
      Who w;
      phrase_of(k, &w.b, &w.e);
      // A name inside a description ("A Journal editorial", "the Wall
      // Street Journal newspaper") is no person.
      if (w.e <= w.b || !is_name(static_cast<uint32_t>(w.e - 1)) || tree_.upos(w.b) == UPos::kDET) continue;
      w.mention = m >= 0 ? m : earlier_namesake(k);
      return w;
    }
    return Who{};
  }

  Who recent_named_speaker(uint32_t at) const {
    Who w;
    const uint32_t s = sent_of_[at];
    const uint32_t lo = sents_[s >= 2 ? s - 2 : 0].token_begin;
    for (int t = static_cast<int>(at) - 1; t >= static_cast<int>(lo); --t) {
      if (marked_[t] || !is_cue(t, speech_)) continue;
      for (int k : args_.speakers(t)) {
        if (marked_[k] || !is_name(k)) continue;
        phrase_of(k, &w.b, &w.e);
        w.mention = args_.mention_for(k, -1);
        if (w.mention >= 0 && !is_person(w.mention) && !is_person(cover_[k])) {
          w = Who{};
          continue;  // an institution is not "he"
        }
        return w;
      }
    }
    // No speech verb: the named subject of the sentence before ("Antonio
    // Banjai, a descendant of the last emperors, remembers ... . 'Griots are
    // not just important,' he said").
    if (s >= 1 && sents_[s - 1].paragraph == sents_[s].paragraph) {
      for (uint32_t t = sents_[s - 1].token_begin; t < sents_[s - 1].token_end && t < n_; ++t) {
        if (tree_.head(static_cast<int>(t)) >= 0 || marked_[t]) continue;  // the root
        // "Since his diagnosis ..., Sithole has been ...": any named subject.
        int subj = -1;
        for (int k : tree_.kids(static_cast<int>(t), rels().nsubj))
          if (!marked_[k] && is_name(k)) { subj = k; break; }
        if (subj < 0) break;
        int m = args_.mention_for(subj, -1);
        if (m >= 0 && !is_person(m) && !is_person(cover_[subj])) break;
        phrase_of(subj, &w.b, &w.e);
        w.mention = m >= 0 ? m : earlier_namesake(subj);
        return w;
      }
    }
    return w;
  }

  // "said Iberdrola spokesman Eduardo Gonzalez", "said WindEurope's public
  // affairs chief Ivan Pineda": the organisation starts the phrase, the
  // person who spoke ends it. Extends w over a following run of nouns,
  // adjectives and possessives that ends in a name.
  void extend_to_person(Who* w) const {
    if (w->e < 0) return;
    const uint32_t e0 = static_cast<uint32_t>(w->e), s = sent_of_[e0 - 1];
    uint32_t k = e0, last_name = 0;
    while (k < n_ && sent_of_[k] == s && k < e0 + 8 && !marked_[k]) {
      UPos u = tree_.upos(static_cast<int>(k));
      if (u != UPos::kPROPN && u != UPos::kNOUN && u != UPos::kADJ && tree_.xpos(static_cast<int>(k)) != "POS") break;
      ++k;
      if (is_name(k - 1)) last_name = k;
    }
    if (last_name > e0) w->e = static_cast<int32_t>(last_name);
  }

  // "according to X": X's mention, or its words up to the next comma.
  Who speaker_of_according(int acc) const {
    Who w;
    uint32_t s = sent_of_[acc];
    uint32_t t = static_cast<uint32_t>(acc) + 2;
    uint32_t end = std::min<uint32_t>(sents_[s].token_end, n_);
    for (uint32_t k = t; k < end && k < t + 6; ++k) {
      if (marked_[k] || doc_.tokens[k].norm == ",") break;
      if (cover_[k] >= 0) {
        const ActorMention& m = doc_.mentions[cover_[k]];
        w.mention = args_.follow(cover_[k]);
        w.b = static_cast<int32_t>(m.token_begin);
        w.e = static_cast<int32_t>(m.token_end);
        return w;
      }
    }
    uint32_t k = t;
    while (k < end && k < t + 8 && !marked_[k] && !punct(k)) ++k;
    if (k > t) {
      w.b = static_cast<int32_t>(t);
      w.e = static_cast<int32_t>(k);
    }
    return w;
  }

  // The speaker the previous paragraph last attributed words to: a quote's
  // speaker, a speech verb's subject, or "according to X".
  Who previous_paragraph_speaker(uint32_t p) const {
    Who best;
    int best_at = -1;
    if (!doc_.quotes.empty()) {
      const Quote& q = doc_.quotes.back();
      if (par(q.token_begin) + 1 == p && q.speaker >= 0) {
        best.mention = q.speaker;
        best.b = q.speaker_begin;
        best.e = q.speaker_end;
        best_at = static_cast<int>(q.token_end);
      }
    }
    // The paragraph before: scan its sentences, last first, for attribution
    // outside quotes.
    int s = p < first_sent_of_par_.size() ? first_sent_of_par_[p] - 1 : -1;
    for (; s >= 0 && sents_[s].paragraph + 1 == p; --s) {
      uint32_t b = sents_[s].token_begin, e = std::min<uint32_t>(sents_[s].token_end, n_);
      for (int t = static_cast<int>(e) - 1; t >= static_cast<int>(b) && t > best_at; --t) {
        if (marked_[t]) continue;
        Who w;
        if (is_cue(t, speech_)) w = speaker_of_cue(t);
        else if (tree_lower(t) == "according" && t + 1 < static_cast<int>(n_) && tree_lower(t + 1) == "to")
          w = speaker_of_according(t);
        if (w.mention >= 0 || w.b >= 0) return w;
      }
      if (best_at >= 0) break;
    }
    return best;
  }

  // '"...," she says. She also says she tried to duck. "The man came down
  // ...."': the one sentence between the last quote and this one reports
  // more speech by the same person (a speech verb at its root whose subject
  // is "he"/"she" or the last word of that speaker's name), so the
  // quotation goes on in that voice. [from, to) are sentence indexes.
  bool same_voice_between(uint32_t from, uint32_t to) const {
    if (!have_syntax_ || to != from + 1 || doc_.quotes.empty()) return false;
    const Quote& q = doc_.quotes.back();
    const uint32_t b = sents_[from].token_begin, e = std::min<uint32_t>(sents_[from].token_end, n_);
    for (uint32_t t = b; t < e; ++t) {
      if (marked_[t] || tree_.head(static_cast<int>(t)) >= 0) continue;  // the root
      if (!is_cue(static_cast<int>(t), speech_)) return false;
      const int subj = tree_.first_kid(static_cast<int>(t), rels().nsubj);
      if (subj < 0 || marked_[subj]) return false;
      const std::string& l = tree_.lower(subj);
      if (l == "he" || l == "she") {
        // (Of the same gender as that speaker, as far as it is known.)
        const char g = q.speaker >= 0 ? doc_.mentions[q.speaker].gender : 0;
        if (g != 0 && g != (l == "he" ? 'm' : 'f')) return false;
        // (Nor "she says" then "He also says": the pronoun that attributed
        // the last quote, when one did, is this one.)
        const int qs = q.cue >= 0 ? tree_.first_kid(q.cue, rels().nsubj) : -1;
        const std::string& w = qs >= 0 ? tree_.lower(qs) : l;
        if ((w == "he" || w == "she") && w != l) return false;
        return true;
      }
      return q.speaker_end > q.speaker_begin && q.speaker_begin >= 0 && is_name(static_cast<uint32_t>(subj)) &&
             doc_.token_text(static_cast<uint32_t>(subj)) == doc_.token_text(static_cast<uint32_t>(q.speaker_end - 1));
    }
    return false;
  }

  // ------------------------------------------------------------- build

  size_t word_count(const Raw& r) const {
    size_t k = 0;
    for (uint32_t t = r.b; t < r.e; ++t)
      if (doc_.tokens[t].kind == TokenKind::kWord || doc_.tokens[t].kind == TokenKind::kNumber) ++k;
    return k;
  }

  bool title_case(const Raw& r) const {
    size_t caps = 0;
    for (uint32_t t = r.b; t < r.e; ++t) {
      if (doc_.tokens[t].kind != TokenKind::kWord) continue;
      std::string_view w = doc_.token_text(t);
      if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') { ++caps; continue; }
      if (w != "of" && w != "the" && w != "and" && w != "for" && w != "in" && w != "on" && w != "a") return false;
    }
    return caps > 0;
  }

  bool is_direct(const Raw& r) const {
    if (r.open < 0 || r.paragraphs) return true;  // an orphan close ends a whole sentence run
    if (sent_of_[r.b] != sent_of_[r.e - 1]) return true;
    uint32_t open = static_cast<uint32_t>(r.open);
    // Starts its sentence (perhaps after a dash or bracket).
    uint32_t first = sents_[sent_of_[open]].token_begin;
    if (sent_of_[r.b] != sent_of_[open]) return true;  // the mark ended the previous sentence
    bool only_punct = true;
    for (uint32_t t = first; t < open && only_punct; ++t) only_punct = punct(t);
    if (only_punct) return true;
    // 'X said: "..."' and 'X said, "..."'.
    const std::string& before = doc_.tokens[open - 1].norm;
    if (before == ":") return true;
    if (before == "," && open >= 2) {
      for (int t = static_cast<int>(open) - 2; t >= static_cast<int>(first) && t >= static_cast<int>(open) - 5; --t)
        if (is_cue(t, speech_)) return true;
      // "According to X, '...'", "In Kyiv, '...'": no verb before the comma,
      // so the quote is the sentence's main clause.
      bool verb = false;
      for (uint32_t t = first; t + 1 < open && !verb && have_syntax_; ++t) verb = tree_.upos(static_cast<int>(t)) == UPos::kVERB && tree_.lemma(static_cast<int>(t)) != "accord";
      if (!verb) return true;
    }
    return false;
  }

  void build(const Raw& r) {
    if (r.e <= r.b) return;
    const size_t words = word_count(r);
    if (words == 0) return;
    // 'the so-called "peace" plan': the reporter's distance, not a quotation.
    if (r.open > 0 && to_lower(doc_.tokens[r.open - 1].norm) == "so-called") return;
    const bool direct = r.single ? false : is_direct(r);
    // A name in marks inside a sentence ("Heavenly Oracle", "British Indian
    // Ocean Territory") is a title, not someone's words.
    if (!direct && title_case(r)) return;
    const bool direct_single = r.single && is_direct(r) && words >= 3;  // British-style quotes

    int cue = -1;
    bool governed = false;
    Who who;
    if (direct || direct_single) {
      if (r.close >= 0) cue = cue_after(static_cast<uint32_t>(r.close));
      if (r.cut >= 0) cue = cue_after(static_cast<uint32_t>(r.cut));
      if (cue < 0 && r.open >= 0) cue = cue_before(static_cast<uint32_t>(r.open));
    } else {
      // '..., "but security is now ...," Rasmussen told VOA': words that end
      // in a comma before the closing mark are attributed after it.
      // A short fragment is still kept only when a verb governs it.
      const int gov = cue_governing(r);
      governed = gov >= 0;
      if (r.close >= 0 && doc_.tokens[r.e - 1].norm == ",") {
        // Only a verb with a speaker of its own ('," Rasmussen told VOA', '," said
        // X'), not a participle going on with the same clause ('," adding ...').
        cue = cue_after(static_cast<uint32_t>(r.close));
        if (cue >= 0 && tree_.xpos(cue) == "VBG") cue = -1;
      }
      if (cue < 0) cue = gov;
      if (cue < 0 && r.open >= 0) {
        cue = stance_cue(static_cast<uint32_t>(r.open));
        governed = cue >= 0;
      }
      if (cue < 0 && words >= 3 && r.open >= 0) cue = cue_before(static_cast<uint32_t>(r.open));
      if (cue < 0 && words >= 3 && r.close >= 0) cue = cue_after(static_cast<uint32_t>(r.close));
    }
    // '"Don't look back," Shafiq said armed men who boarded the train told
    // passengers': the words are the inner speaker's, relayed.
    if (cue >= 0 && have_syntax_ && r.close >= 0 && cue > r.close) {
      for (int c : tree_.children(cue))
        if (tree_.rel(c) == rels().ccomp && c > cue && is_cue(c, speech_) &&
            (tree_.first_kid(c, rels().nsubj) >= 0 || tree_.first_kid(c, rels().nsubj_pass) >= 0) &&
            tree_.first_kid(c, rels().ccomp) < 0 && tree_.first_kid(c, rels().mark) < 0)
          cue = c;
    }
    if (cue >= 0) who = speaker_of_cue(cue);

    // "According to X, '...'" / '"...," according to X.'
    if (cue < 0) {
      uint32_t sb = sents_[sent_of_[r.b]].token_begin;
      uint32_t se = std::min<uint32_t>(sents_[sent_of_[r.e - 1]].token_end, n_);
      int acc = according_to(sb, se);
      if (acc >= 0) {
        cue = acc;
        who = speaker_of_according(acc);
      }
    }

    // Short fragments need an attribution: otherwise scare quotes.
    const bool attributed = cue >= 0;
    if (direct || direct_single) {
      if (!attributed && words < 3) return;
    } else if (words < 3) {
      if (!governed) return;
    } else if (!attributed && words < 4) {
      return;
    }

    const uint32_t p = par(r.b);
    if (who.mention < 0 && who.b < 0 && cue < 0 && (direct || direct_single)) {
      // A quote split around its attribution ('"...," he said. "..."') or a
      // second quote in the paragraph: the speaker before it.
      // Only with nothing but the attribution between the two: after a
      // sentence of narrative the quote may be someone else's.
      if (!doc_.quotes.empty() && par(doc_.quotes.back().token_begin) == p &&
          (doc_.quotes.back().speaker >= 0 || doc_.quotes.back().speaker_begin >= 0) && r.open >= 0 &&
          (sent_of_[r.open] <= sent_of_[std::min(last_quote_end_, n_ - 1)] + 1 ||
           same_voice_between(sent_of_[std::min(last_quote_end_, n_ - 1)] + 1, sent_of_[r.open]))) {
        const Quote& q = doc_.quotes.back();
        who.mention = q.speaker;
        who.b = q.speaker_begin;
        who.e = q.speaker_end;
      } else if (r.open >= 0 && paragraph_start(static_cast<uint32_t>(r.open)) && p > 0 && have_syntax_) {
        // A paragraph that opens with an unattributed quote continues the
        // previous paragraph's speaker.
        who = previous_paragraph_speaker(p);
      }
    }

    Quote q;
    q.token_begin = r.b;
    q.token_end = r.e;
    q.begin = doc_.tokens[r.b].begin;
    q.end = doc_.tokens[r.e - 1].end;
    q.sentence = sent_of_[r.b];
    q.cue = cue;
    q.speaker = who.mention;
    q.speaker_begin = who.b;
    q.speaker_end = who.e;
    q.partial = !(direct || direct_single);
    const int qi = static_cast<int>(doc_.quotes.size());
    for (uint32_t t = r.b; t < r.e; ++t)
      if (quote_of_[t] < 0) quote_of_[t] = qi;
    last_quote_end_ = std::max<uint32_t>({r.e, r.close >= 0 ? static_cast<uint32_t>(r.close) : 0u,
                                          cue >= 0 ? static_cast<uint32_t>(cue) : 0u,
                                          who.e >= 0 ? static_cast<uint32_t>(who.e) : 0u});
    if (who.b >= 0 && who.e > who.b && have_syntax_)
      for (int32_t k = who.b; k < who.e; ++k)
        if (is_name(static_cast<uint32_t>(k))) speaker_names_.emplace(doc_.token_text(static_cast<uint32_t>(k)));
    if (q.speaker < 0 && who.b >= 0 && have_syntax_ && is_name(static_cast<uint32_t>(who.e - 1))) {
      prev_phrase_b_ = who.b;
      prev_phrase_e_ = who.e;
      prev_phrase_par_ = p;
    } else if (q.speaker >= 0) {
      prev_phrase_b_ = -1;
    }
    if (q.speaker >= 0) {
      prev_speaker_sent_ = sent_of_[cue >= 0 ? static_cast<uint32_t>(cue) : r.b];
      prev_speaker_ = q.speaker;
      prev_speaker_par_ = static_cast<int>(p);
    }
    doc_.quotes.push_back(q);
  }

  Document& doc_;
  const Tree& tree_;
  const Arguments& args_;
  std::vector<int>& quote_of_;
  const uint32_t n_;
  bool have_syntax_ = false;
  const WordSet* speech_ = nullptr;
  const WordSet* partial_ = nullptr;
  const WordSet* stance_ = nullptr;
  const WordSet* document_ = nullptr;
  std::vector<uint32_t> sent_of_;
  std::vector<Sentence> sents_;
  std::vector<int> cover_;
  std::vector<int> first_sent_of_par_;
  std::unordered_set<std::string> names_;
  std::unordered_set<std::string> speaker_names_;  // name words of the speakers so far
  std::vector<char> in_double_, marked_;
  int prev_speaker_ = -1, prev_speaker_par_ = -1;
  uint32_t prev_speaker_sent_ = 0;
  uint32_t last_quote_end_ = 0;
  int32_t prev_phrase_b_ = -1, prev_phrase_e_ = -1;  // last speaker named without an actor
  uint32_t prev_phrase_par_ = 0;  // last token of the previous quote or its attribution
};

}  // namespace

void find_quotes(Document& doc, const Tree& tree, const VerbLexicon& lex, const Arguments& args,
                 std::vector<int>* quote_of) {
  doc.quotes.clear();
  quote_of->assign(doc.tokens.size(), -1);
  if (doc.tokens.empty()) return;
  QuoteFinder(doc, tree, lex, args, quote_of).run();
}

}  // namespace dyad::events
