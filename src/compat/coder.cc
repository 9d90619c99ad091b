// The compat coder: actors and agents by longest phrase match, then verbs
// with their patterns, linear (TABARI / PETRARCH-1) or over the dependency
// tree (PETRARCH-2). See include/dyad/compat.h for why there are two.
#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "compat/lines.h"
#include "dyad/compat_coder.h"

namespace dyad::compat {
namespace {

// ------------------------------------------------------------ relations

enum class Rel : uint8_t {
  kOther, kSubj, kSubjPass, kObj, kIobj, kObl, kAgentObl, kTmod, kCase, kPrt, kXcomp, kCcomp,
  kConj, kCc, kClauseMod, kNounMod, kAux, kAuxPass, kNeg, kPunct, kMark, kCop, kAppos
};

Rel classify_name(std::string_view b);

// Relation names are few: classify each distinct name once per thread.
Rel classify(const std::string& r) {
  thread_local std::unordered_map<std::string, Rel> cache;
  auto it = cache.find(r);
  if (it != cache.end()) return it->second;
  Rel k = classify_name(r);
  if (cache.size() < 4096) cache.emplace(r, k);
  return k;
}

Rel classify_name(std::string_view b) {
  if (b == "nsubj" || b == "csubj" || b == "nsubj:outer") return Rel::kSubj;
  if (b == "nsubj:pass" || b == "nsubjpass" || b == "csubj:pass" || b == "csubjpass") return Rel::kSubjPass;
  if (b == "obj" || b == "dobj") return Rel::kObj;
  if (b == "iobj") return Rel::kIobj;
  if (b == "obl:agent" || b == "nmod:agent") return Rel::kAgentObl;
  if (b == "nmod:tmod" || b == "obl:tmod" || b == "nmod:npmod" || b == "obl:npmod") return Rel::kTmod;
  if (b == "advcl" || b.substr(0, 6) == "advcl:") return Rel::kClauseMod;  // a clause, not a phrase
  if (b == "obl" || b == "nmod" || b.substr(0, 4) == "obl:" || b == "nmod:unmarked") return Rel::kObl;
  if (b == "case") return Rel::kCase;
  if (b == "compound:prt" || b == "prt") return Rel::kPrt;
  if (b == "xcomp") return Rel::kXcomp;
  if (b == "ccomp" || b == "parataxis") return Rel::kCcomp;
  if (b == "conj") return Rel::kConj;
  if (b == "cc") return Rel::kCc;
  if (b == "acl" || b == "acl:relcl" || b == "relcl") return Rel::kClauseMod;
  if (b == "aux") return Rel::kAux;
  if (b == "aux:pass" || b == "auxpass") return Rel::kAuxPass;
  if (b == "neg") return Rel::kNeg;
  if (b == "punct") return Rel::kPunct;
  if (b == "mark") return Rel::kMark;
  if (b == "cop") return Rel::kCop;
  if (b == "appos") return Rel::kAppos;
  if (b == "nmod:poss" || b == "compound" || b == "amod" || b == "det" || b == "nummod" || b == "flat" ||
      b == "name" || b == "flat:name" || b == "nmod:of")
    return Rel::kNounMod;
  return Rel::kOther;
}

bool is_verb_tag(const std::string& x) { return x.size() >= 2 && x[0] == 'V' && x[1] == 'B'; }
bool is_nounish_tag(const std::string& x) {
  return x.empty() || x[0] == 'N' || x == "JJ" || x == "JJR" || x == "JJS" || x == "DT" || x == "PRP$" ||
         x == "POS" || x == "CD" || x == "PDT" || x == "VBN" || x == "VBG" || x == "FW" || x == "SYM";
}

// Appends an agent's role to an actor code ("~GOV": after, "IGO~": before),
// skipping a role the code already holds on a 3-character boundary (TABARI).
std::string apply_agent(const std::string& actor, const std::string& agent) {
  size_t tilde = agent.find('~');
  std::string part = agent.substr(0, tilde) + agent.substr(tilde + 1);
  if (part.empty()) return actor;
  for (size_t i = 0; i + part.size() <= actor.size(); i += 3)
    if (actor.compare(i, part.size(), part) == 0) return actor;
  return tilde == 0 ? actor + part : part + actor;
}

struct Mention {
  int begin = 0, end = 0;
  bool agent = false;
  bool null_actor = false;          // matched an actor phrase whose code is "---" / none at this date
  std::vector<std::string> codes;   // actor codes
  std::string agent_code;
};

// A resolved actor (one member of a compound): codes and the span they came from.
struct ActorRef {
  std::string code;
  int begin = -1, end = -1;
};
using Group = std::vector<ActorRef>;

class SentenceCoder {
 public:
  SentenceCoder(const Dictionaries& d, const Options& o, const CSentence& s)
      : d_(d), o_(o), s_(s), n_(static_cast<int>(s.toks.size())) {
    rel_.resize(n_);
    kids_.resize(n_);
    dead_.assign(n_, 0);
    hashes_.resize(n_);
    for (int i = 0; i < n_; ++i) {
      hashes_[i] = PhraseTrie::hash_word(s_.toks[i].word);
      rel_[i] = classify(s_.toks[i].rel);
      int h = s_.toks[i].head;
      head_.push_back(h);
      if (h >= 0 && h < n_ && h != i) kids_[h].push_back(i);
    }
    if (s_.has_tree && d_.verbs.flavor != Flavor::kTabari) reshape_tree();
    find_mentions();
  }

  CodeResult run() {
    CodeResult r;
    if (d_.verbs.flavor == Flavor::kTabari)
      for (const Mention& m : mentions_)
        if (!m.agent && !m.codes.empty() && m.codes[0] != "###" && m.codes[0] != "+++") {
          r.first_actor = m.codes[0];
          break;
        }
    r.discard = discard();
    issues(r.issues);
    if (r.discard) return r;
    if (d_.verbs.flavor == Flavor::kPetr2 && s_.has_tree) code_tree(r.events);
    else code_linear(r.events);
    if (discard_ || complex_) {
      r.events.clear();
      if (discard_) r.discard = std::max(r.discard, 1);
      r.complex = complex_ && !discard_;
      return r;
    }
    // Subordinate events ([CODE?]) only stand when nothing else was coded.
    bool other = false;
    for (size_t i = 0; i < r.events.size(); ++i)
      if (!subordinate_[i]) other = true;
    std::vector<CEvent> out;
    for (size_t i = 0; i < r.events.size(); ++i) {
      if (other && subordinate_[i]) continue;
      if (std::find(out.begin(), out.end(), r.events[i]) == out.end()) out.push_back(r.events[i]);
    }
    r.events.swap(out);
    return r;
  }

  const std::vector<Mention>& mentions() const { return mentions_; }

 private:
  // ------------------------------------------------------------ phrases

  static constexpr int kGapOpen = 0x80;

  static bool has_alnum(std::string_view w) {
    for (char c : w)
      if (std::isalnum(static_cast<unsigned char>(c))) return true;
    return false;
  }

  // Longest match of trie phrases starting at i; returns end (exclusive) and
  // the terminal node, or end == i.
  template <class Trie, class Has>
  // `ids` holds each token's word id in the trie (PhraseTrie::word_id).
  std::pair<int, uint32_t> longest(const Trie& trie, const std::vector<uint32_t>& ids, int i, size_t max_words,
                                   Has&& has) const {
    // Scratch buffers reused across calls: this runs at every token. An
    // item is a trie node and how many text words a TABARI gap has skipped
    // since it was reached (0: the node was reached by the last word).
    std::vector<Item>& frontier = scratch_a_;
    std::vector<Item>& next = scratch_b_;
    frontier.assign(1, Item{trie.root(), 0});
    next.clear();
    int best_end = i;
    uint32_t best_node = PhraseTrie::kNone;
    // TABARI (manual 5.2.3): the last word of an actor or agent phrase also
    // matches its regular plural, even when written as an exact word.
    const bool plurals = d_.verbs.flavor == Flavor::kTabari;
    const bool gaps = trie.has_gaps();
    const size_t limit = max_words + (gaps ? 2 * PhraseTrie::kMaxGap : 0);
    for (int j = i; j < n_ && static_cast<size_t>(j - i) < limit && !frontier.empty(); ++j) {
      next.clear();
      const std::string& w = s_.toks[j].word;
      if (plurals && w.size() > 2 && w.back() == 'S') {
        std::string_view stem(w.data(), w.size() - 1);
        for (const Item& it : frontier) {
          uint32_t c = trie.step(it.node, stem);
          if (c != PhraseTrie::kNone && (it.skipped == 0 || trie.gap_child(c)) && !trie.bare(c) && has(c)) {
            best_end = j + 1;
            best_node = c;
          }
        }
      }
      // A text word written with '_' ("Dol_Amroth", as TABARI texts join
      // names) is the dictionary's words in sequence.
      const size_t us = w.size() > 2 ? w.find('_', 1) : std::string::npos;
      std::string_view first = us == std::string::npos || us + 1 >= w.size() ? std::string_view(w)
                                                                            : std::string_view(w).substr(0, us);
      const uint32_t first_id = first.size() == w.size() ? ids[j] : trie.word_id(first);
      for (const Item& it : frontier) {
        trie.for_each_step(it.node, first, first_id, [&](uint32_t c) {
          if (it.skipped == 0 || trie.gap_child(c)) next.push_back(Item{c, 0});
        });
        // A gap skips words, but not across a comma; quotes and other
        // punctuation in it are no words ('Al "The Weasel" Gore').
        // (kGapOpen marks a gap that has begun but skipped no word yet.)
        if (gaps && it.node != trie.root() && w != "," && trie.gap_parent(it.node)) {
          const int words = it.skipped & ~kGapOpen;
          if (!has_alnum(w)) next.push_back(Item{it.node, static_cast<uint8_t>(words | kGapOpen)});
          else if (words < PhraseTrie::kMaxGap) next.push_back(Item{it.node, static_cast<uint8_t>(words + 1)});
        }
      }
      if (first.size() != w.size()) {
        std::string_view rest = std::string_view(w).substr(first.size() + 1);
        std::vector<Item> joined;
        while (!rest.empty()) {
          size_t e = rest.find('_');
          std::string_view part = rest.substr(0, e);
          rest = e == std::string_view::npos ? std::string_view() : rest.substr(e + 1);
          if (part.empty()) continue;
          joined.clear();
          for (const Item& it : next)
            if (it.skipped == 0) trie.for_each_step(it.node, part, [&](uint32_t c) { joined.push_back(Item{c, 0}); });
          // Items that skipped this whole word keep their place.
          for (const Item& it : next)
            if (it.skipped > 0) joined.push_back(it);
          next.swap(joined);
        }
      }
      frontier.swap(next);
      for (const Item& it : frontier)
        if (it.skipped == 0 && has(it.node)) {
          best_end = j + 1;
          best_node = it.node;
          break;
        }
    }
    return {best_end, best_node};
  }

  void find_mentions() {
    mention_at_.assign(n_, -1);
    const ActorDict& ad = d_.actors;
    const AgentDict& ag = d_.agents;
    // Each word interned once per trie; the matcher steps by id.
    std::vector<uint32_t> actor_ids(n_), agent_ids(n_);
    for (int t = 0; t < n_; ++t) {
      actor_ids[t] = ad.trie.word_id(s_.toks[t].word, hashes_[t]);
      agent_ids[t] = ag.trie.word_id(s_.toks[t].word, hashes_[t]);
    }
    // Actors found by another component, when the dictionaries have none.
    std::vector<int> ext_at(n_, -1);
    if (!d_.has_actors)
      for (size_t k = 0; k < s_.external.size(); ++k) {
        const ExternalActor& x = s_.external[k];
        if (x.begin >= 0 && x.begin < x.end && x.end <= n_ && ext_at[x.begin] < 0) ext_at[x.begin] = static_cast<int>(k);
      }
    for (int i = 0; i < n_;) {
      if (ext_at[i] >= 0) {
        const ExternalActor& x = s_.external[ext_at[i]];
        Mention m;
        m.begin = x.begin;
        m.end = x.end;
        m.codes = {x.code};
        for (int k = m.begin; k < m.end; ++k) mention_at_[k] = static_cast<int>(mentions_.size());
        mentions_.push_back(std::move(m));
        i = x.end;
        continue;
      }
      auto [aend, anode] =
          longest(ad.trie, actor_ids, i, ad.max_words, [&](uint32_t nd) { return ad.at_node.count(nd) > 0; });
      auto [gend, gnode] =
          longest(ag.trie, agent_ids, i, ag.max_words, [&](uint32_t nd) { return ag.at_node.count(nd) > 0; });
      if (aend == i && gend == i) {
        ++i;
        continue;
      }
      Mention m;
      m.begin = i;
      if (aend >= gend) {
        m.end = aend;
        std::vector<std::string> keep;
        for (auto& c : ad.codes_at(ad.at_node.at(anode), s_.date)) {
          if (c == "---") continue;
          // TABARI and PETRARCH-1 split a compound code into one actor per
          // part; PETRARCH-2 keeps "FRO/BIL/SAM" as one code.
          size_t b = 0;
          while (d_.verbs.flavor != Flavor::kPetr2 && b <= c.size()) {
            size_t sl = c.find('/', b);
            std::string part = c.substr(b, sl == std::string::npos ? std::string::npos : sl - b);
            if (!part.empty()) keep.push_back(part);
            if (sl == std::string::npos) break;
            b = sl + 1;
          }
          if (d_.verbs.flavor == Flavor::kPetr2) keep.push_back(c);
        }
        m.codes.swap(keep);
        m.null_actor = m.codes.empty();
      } else {
        m.end = gend;
        m.agent = true;
        m.agent_code = ag.records[ag.at_node.at(gnode)].code;
      }
      for (int k = m.begin; k < m.end; ++k) mention_at_[k] = static_cast<int>(mentions_.size());
      mentions_.push_back(std::move(m));
      i = mentions_.back().end;
    }
  }

  int discard() const {
    const DiscardDict& dd = d_.discards;
    if (dd.entries == 0) return 0;
    int found = 0;
    for (int i = 0; i < n_; ++i) {
      uint32_t node = dd.trie.root();
      for (int j = i; j < n_; ++j) {
        node = dd.trie.step_id(node, dd.trie.word_id(s_.toks[j].word, hashes_[j]));
        if (node == PhraseTrie::kNone) break;
        auto it = dd.at_node.find(node);
        if (it != dd.at_node.end()) found = std::max(found, it->second ? 2 : 1);
      }
    }
    return found;
  }

  void issues(std::vector<std::string>& out) const {
    const IssueDict& id = d_.issues;
    if (id.entries == 0) return;
    bool suppress = false;
    for (int i = 0; i < n_; ++i) {
      uint32_t node = id.trie.root();
      for (int j = i; j < n_; ++j) {
        node = id.trie.step_id(node, id.trie.word_id(s_.toks[j].word, hashes_[j]));
        if (node == PhraseTrie::kNone) break;
        auto it = id.at_node.find(node);
        if (it == id.at_node.end()) continue;
        if (it->second[0] == '~') suppress = true;
        else out.push_back(it->second);
      }
    }
    if (suppress) out.clear();
  }

  // Actors of a set of tokens (one noun phrase): the first actor mention,
  // with every agent in the set applied to it; agents joined by a
  // coordinator ("media and government") give one actor each. A phrase
  // with agents but no actor is the agent alone ("---GOV"), as PETRARCH
  // codes "a senior official". Empty when the set holds neither.
  Group compose(const std::vector<int>& toks) const {
    std::vector<int> ms;
    for (int t : toks) {
      int m = mention_at_[t];
      if (m >= 0 && std::find(ms.begin(), ms.end(), m) == ms.end()) ms.push_back(m);
    }
    std::sort(ms.begin(), ms.end());
    Group g;
    int actor = -1;
    std::vector<int> agents;
    for (int m : ms) {
      if (mentions_[m].agent) agents.push_back(m);
      else if (actor < 0 && !mentions_[m].codes.empty()) actor = m;
    }
    if (actor < 0 && agents.empty()) return g;
    // TABARI joins an agent to an actor only next to it, across nothing
    // but other phrases and "'s", "of", "the", "in", "from" ("Gondor's
    // foreign minister", "the government of Gondor"): in "Dagolath's first
    // Deputy Prime Minister Telemar" the minister stays uncoded.
    if (d_.verbs.flavor == Flavor::kTabari && actor >= 0) {
      std::vector<int> keep;
      for (int m : agents) {
        int b = std::min(mentions_[m].end, mentions_[actor].end);
        int e = std::max(mentions_[m].begin, mentions_[actor].begin);
        bool near = true;
        for (int t = b; t < e && near; ++t) {
          if (mention_at_[t] >= 0) continue;
          const std::string& w = s_.toks[t].word;
          near = w == "'S" || w == "'" || w == "OF" || w == "THE" || w == "IN" || w == "FROM" || w == "FORMER";
        }
        if (near) keep.push_back(m);
      }
      agents.swap(keep);
    }
    // Agent alternatives: split where a coordinator separates two agents.
    std::vector<std::vector<int>> alts;
    if (!agents.empty()) alts.push_back({agents[0]});
    for (size_t k = 1; k < agents.size(); ++k) {
      bool coord = false;
      // Only a coordinator inside the phrase counts: agents brought in from
      // a conjoined member sit on both sides of one outside it.
      for (int t = mentions_[agents[k - 1]].end; t < mentions_[agents[k]].begin; ++t)
        if ((s_.toks[t].word == "AND" || s_.toks[t].word == "OR" || s_.toks[t].word == ",") &&
            std::find(toks.begin(), toks.end(), t) != toks.end())
          coord = true;
      if (coord) alts.push_back({agents[k]});
      else alts.back().push_back(agents[k]);
    }
    if (alts.empty()) alts.push_back({});
    std::vector<std::string> bases =
        actor >= 0 ? mentions_[actor].codes
                   // TABARI's SET: CONVERT AGENTS: an agent alone is an actor ("~MIL").
                   : std::vector<std::string>{o_.tabari.convert_agents && d_.verbs.flavor == Flavor::kTabari ? "~" : "---"};
    int b = actor >= 0 ? mentions_[actor].begin : mentions_[agents[0]].begin;
    int e = actor >= 0 ? mentions_[actor].end : mentions_[agents[0]].end;
    // TABARI: FORMER right before the actor or an agent makes the agent a
    // former elite (~ELI): "Arnor former security officials" ARNELI,
    // "former Gondor prosecutors" GONELI.
    auto former = [&](int m) {
      int t = mentions_[m].begin - 1;
      return t >= 0 && s_.toks[t].word == "FORMER";
    };
    const bool tabari = d_.verbs.flavor == Flavor::kTabari;
    const bool former_actor = tabari && actor >= 0 && former(actor);
    for (const std::string& base : bases)
      for (const auto& alt : alts) {
        std::string c = base;
        for (int m : alt)
          c = apply_agent(c, tabari && (former_actor || former(m)) ? std::string("~ELI") : mentions_[m].agent_code);
        g.push_back({c, b, e});
      }
    return g;
  }

  static bool real_actor(const Group& g) {
    for (const auto& a : g)
      if (a.code.compare(0, 3, "---") != 0) return true;
    return false;
  }

  // ---------------------------------------------------------------- verbs

  struct VerbHit {
    uint32_t entry;
    int first, last;  // token span of the verb phrase (with particles)
  };

  // A word that is its lemma + "ES" where English writes only "S" (after
  // anything but S, X, Z, CH, SH and O: "departes"): a misspelling the
  // parser lemmatised, not a form of the verb.
  static bool misspelt_es(const std::string& w, const std::string& lemma) {
    if (w.size() != lemma.size() + 2 || w.compare(0, lemma.size(), lemma) != 0 || w.compare(lemma.size(), 2, "ES") != 0)
      return false;
    if (lemma.empty()) return false;
    char last = lemma.back();
    if (last == 'S' || last == 'X' || last == 'Z' || last == 'O') return false;
    if (lemma.size() >= 2 && (lemma.compare(lemma.size() - 2, 2, "CH") == 0 || lemma.compare(lemma.size() - 2, 2, "SH") == 0))
      return false;
    return true;
  }

  // The dictionary entry for the verb at v, preferring entries whose
  // particles and pre-words are present.
  bool find_verb(int v, VerbHit& hit) const {
    const VerbDict& vd = d_.verbs;
    std::vector<uint32_t> ids;
    vd.lookup(s_.toks[v].word, ids);
    // TABARI reads a root and its endings only ("baning" is no form of
    // BAN=); the PETRARCHs trust the parse's lemma.
    if (ids.empty() && !s_.toks[v].lemma.empty() && d_.verbs.flavor != Flavor::kTabari &&
        !misspelt_es(s_.toks[v].word, s_.toks[v].lemma)) {
      // A lemma from the parse finds irregular forms the dictionary omits,
      // but only for entries that list no forms of their own.
      vd.lookup(s_.toks[v].lemma, ids);
    }
    if (ids.empty()) return false;
    int best_score = -1;
    for (uint32_t id : ids) {
      const VerbEntry& e = vd.entries[id];
      int first = v, last = v;
      bool ok = true;
      // Words before the verb, adjacent.
      for (size_t k = 0; k < e.before.size() && ok; ++k) {
        int t = v - static_cast<int>(e.before.size()) + static_cast<int>(k);
        ok = t >= 0 && s_.toks[t].word == e.before[k];
        if (ok) first = std::min(first, t);
      }
      // Particles after: each within a short distance of the previous.
      int pos = v;
      for (size_t k = 0; k < e.after.size() && ok; ++k) {
        int found = -1;
        for (int t = pos + 1; t < n_ && t <= pos + 4; ++t)
          if (s_.toks[t].word == e.after[k]) {
            found = t;
            break;
          }
        ok = found >= 0;
        if (ok) pos = last = found;
      }
      if (!ok) continue;
      int score = static_cast<int>(e.before.size() + e.after.size());
      if (score > best_score) {
        best_score = score;
        hit = {id, first, last};
      }
    }
    return best_score >= 0;
  }

  bool verb_candidate(int v) const {
    const CToken& t = s_.toks[v];
    if (mention_at_[v] >= 0 && !mentions_[mention_at_[v]].agent && !mentions_[mention_at_[v]].null_actor) return false;
    // The last word of a TABARI agent phrase of several words is the
    // agent's ("security forces" is no FORCE); a one-word agent may still
    // be read as a verb.
    if (d_.verbs.flavor == Flavor::kTabari && mention_at_[v] >= 0 && mentions_[mention_at_[v]].agent) {
      const Mention& m = mentions_[mention_at_[v]];
      if (m.end - m.begin > 1 && v > m.begin) return false;
    }
    // TABARI has no tagger: any verb-dictionary word is a verb unless an
    // article precedes it ("the restore") or it is capitalised (checked by
    // the caller). PETRARCH trusts the parse.
    if (d_.verbs.flavor == Flavor::kTabari) {
      if (v > 0) {
        const std::string& p = s_.toks[v - 1].word;
        if (p == "THE" || p == "A" || p == "AN") return false;
      }
      return true;
    }
    if (!t.xpos.empty()) return is_verb_tag(t.xpos);
    return true;
  }

  void emit(std::vector<CEvent>& out, const Group& src, const Group& tgt, const std::string& code,
            const std::string& rule, int v, bool sub) {
    if (code.empty()) return;
    for (const ActorRef& a : src)
      for (const ActorRef& b : tgt) {
        // An actor acting on itself is no event ("reconciliation between
        // Calenardhon and Gondor, and Gondor and Dagolath"); none of the
        // field's suites expects one.
        if (a.code == b.code) continue;
        CEvent e{a.code, b.code, code, rule, v, a.begin, a.end, b.begin, b.end};
        out.push_back(e);
        subordinate_.push_back(sub);
      }
    if (!o_.require_dyad) {
      if (tgt.empty())
        for (const ActorRef& a : src) {
          out.push_back({a.code, "---", code, rule, v, a.begin, a.end, -1, -1});
          subordinate_.push_back(sub);
        }
      if (src.empty())
        for (const ActorRef& b : tgt) {
          out.push_back({"---", b.code, code, rule, v, -1, -1, b.begin, b.end});
          subordinate_.push_back(sub);
        }
    }
  }

  // Pairwise events among the members of a compound actor (`%`). With a
  // paired code [A:B] each ordered pair i->j gets A and, turned round,
  // j->i gets B, as a paired code does between a source and a target.
  void emit_compound(std::vector<CEvent>& out, const Group& g, const std::string& code, const std::string& rule,
                     int v, bool sub, const std::string& paired_code = "") {
    for (size_t i = 0; i < g.size(); ++i)
      for (size_t j = 0; j < g.size(); ++j)
        if (i != j && g[i].code != g[j].code) {
          if (!code.empty()) {
            out.push_back({g[i].code, g[j].code, code, rule, v, g[i].begin, g[i].end, g[j].begin, g[j].end});
            subordinate_.push_back(sub);
          }
          if (!paired_code.empty()) {
            out.push_back({g[j].code, g[i].code, paired_code, rule, v, g[j].begin, g[j].end, g[i].begin, g[i].end});
            subordinate_.push_back(sub);
          }
        }
  }

  void emit_coded(std::vector<CEvent>& out, const Group& src, const Group& tgt, const std::string& active,
                  const std::string& passive, bool paired, const std::string& rule, int v, bool sub) {
    if (!active.empty()) emit(out, src, tgt, active, rule, v, sub);
    if (paired && !passive.empty()) {
      if (active.empty()) emit(out, tgt, src, passive, rule, v, sub);
      else emit(out, tgt, src, passive, rule, v, sub);
    }
  }

  // ======================================================== linear coding

  // NP chunks: maximal runs of noun-phrase tokens (and of mention tokens).
  void build_chunks() {
    chunk_of_.assign(n_, -1);
    chunks_.clear();
    // TABARI has no tagger: a verb of the dictionary between two actors
    // ("Estonia arms Libya", where a tagger reads ARMS as a noun) is the
    // verb, not a word of one long noun phrase.
    std::vector<char> verb_between(n_, 0);
    if (d_.verbs.flavor == Flavor::kTabari)
      for (int t = 1; t + 1 < n_; ++t) {
        VerbHit h;
        if (mention_at_[t] < 0 && actor_token(t - 1) && actor_token(t + 1) && tabari_verb(t, h)) verb_between[t] = 1;
      }
    for (int i = 0; i < n_;) {
      auto in_np = [&](int t) {
        if (dead_[t] || verb_between[t]) return false;
        if (mention_at_[t] >= 0) return true;
        const std::string& x = s_.toks[t].xpos;
        if (x.empty()) return false;  // untagged text: mentions only
        if (is_verb_tag(x)) return false;
        return is_nounish_tag(x) && !(x.empty() && !std::isalnum(static_cast<unsigned char>(s_.toks[t].word[0])));
      };
      if (!in_np(i)) {
        ++i;
        continue;
      }
      int b = i;
      while (i < n_ && in_np(i)) ++i;
      int id = static_cast<int>(chunks_.size());
      chunks_.push_back({b, i});
      for (int k = b; k < i; ++k) chunk_of_[k] = id;
    }
    // Chunk actors; "AGENT of ACTOR" joins the two chunks.
    chunk_actor_.resize(chunks_.size());
    chunk_toks_.resize(chunks_.size());
    chunk_join_.assign(chunks_.size(), -1);
    for (size_t c = 0; c < chunks_.size(); ++c) {
      std::vector<int> toks;
      for (int k = chunks_[c].first; k < chunks_[c].second; ++k) toks.push_back(k);
      int after = chunks_[c].second;
      const std::string& pw = after < n_ ? s_.toks[after].word : std::string();
      if (after + 1 < n_ && (pw == "OF" || pw == "FROM" || pw == "IN") && chunk_of_[after + 1] >= 0) {
        bool has_actor = false, has_agent = false;
        for (int t : toks) {
          if (mention_at_[t] < 0) continue;
          if (mentions_[mention_at_[t]].agent) has_agent = true;
          else has_actor = true;
        }
        if (!has_actor && has_agent) {
          const auto& nx = chunks_[chunk_of_[after + 1]];
          for (int k = nx.first; k < nx.second; ++k) toks.push_back(k);
          chunk_join_[c] = chunk_of_[after + 1];
        }
      }
      chunk_actor_[c] = compose(toks);
      chunk_toks_[c] = toks;
    }
    if (d_.verbs.flavor != Flavor::kTabari && o_.new_actor_length > 0)
      for (size_t c = 0; c < chunks_.size(); ++c) new_actor(static_cast<int>(c));
    if (d_.verbs.flavor == Flavor::kTabari) resolve_pronouns();
  }

  // PETRARCH-1's new_actor_length: a noun phrase with no actor or agent and
  // at most that many words is an actor named by its own text, coded as the
  // quoted upper-case words ('"INJURY TOLL"'). "X of Y" is one phrase.
  void new_actor(int c) {
    if (!chunk_actor_[c].empty()) return;
    std::vector<int> toks;
    for (int k = chunks_[c].first; k < chunks_[c].second; ++k) toks.push_back(k);
    int after = chunks_[c].second, joined = -1;
    if (after + 1 < n_ && s_.toks[after].word == "OF" && chunk_of_[after + 1] >= 0 &&
        chunk_actor_[chunk_of_[after + 1]].empty()) {
      joined = chunk_of_[after + 1];
      toks.push_back(after);
      for (int k = chunks_[joined].first; k < chunks_[joined].second; ++k) toks.push_back(k);
    }
    std::string text;
    int words = 0;
    bool noun = false;
    for (int t : toks) {
      const CToken& tk = s_.toks[t];
      if (tk.xpos == "POS" || !std::isalnum(static_cast<unsigned char>(tk.word[0]))) continue;
      if (!tk.xpos.empty() && tk.xpos[0] == 'N') noun = true;
      if (tk.xpos == "PRP" || tk.xpos == "PRP$" || tk.xpos == "CD") return;
      text += (text.empty() ? "" : " ") + tk.word;
      ++words;
    }
    if (!noun || words == 0 || words > o_.new_actor_length) return;
    chunk_actor_[c] = {{"\"" + text + "\"", chunks_[c].first, chunks_[joined >= 0 ? joined : c].second}};
    if (joined >= 0) chunk_join_[c] = joined;
  }

  // The chunk holding token t; a pronoun outside every chunk gets a
  // one-token chunk of its own so that an actor can be pinned on it.
  int chunk_for(int t) {
    if (chunk_of_[t] >= 0) return chunk_of_[t];
    const int c = static_cast<int>(chunks_.size());
    chunks_.push_back({t, t + 1});
    chunk_of_[t] = c;
    chunk_toks_.push_back({t});
    chunk_join_.push_back(-1);
    chunk_actor_.push_back({});
    return c;
  }

  // TABARI's pronoun rules (manual 7.7): HE / SHE / IT are the first actor
  // of the sentence (HIM, a pronoun in the manual's word classes, too), ITS / HIS / HER the first actor before the pronoun,
  // THEY / THEM / THEIR the first compound actor, else the first actor.
  void resolve_pronouns() {
    // FORWARD: pronouns before the sentence's first actor are the previous
    // sentence's first actor ("He has also asked Gondor ...").
    forwarded_tok_ = INT32_MAX;
    if (o_.tabari.forward && !s_.forwarded.empty()) {
      int first_actor_tok = n_;
      for (size_t c = 0; c < chunks_.size(); ++c)
        if (real_actor(chunk_actor_[c])) {
          first_actor_tok = std::min(first_actor_tok, chunks_[c].first);
        }
      for (int t = 0; t < first_actor_tok; ++t) {
        if (dead_[t] || mention_at_[t] >= 0) continue;
        const std::string& w = s_.toks[t].word;
        if (!(w == "HE" || w == "SHE" || w == "IT" || w == "THEY")) continue;
        chunk_actor_[chunk_for(t)] = {{s_.forwarded, t, t + 1}};
        forwarded_tok_ = std::min(forwarded_tok_, t);
      }
    }
    int first = -1;
    Group compound;
    for (size_t c = 0; c < chunks_.size(); ++c) {
      if (!real_actor(chunk_actor_[c])) continue;
      if (first < 0) first = static_cast<int>(c);
      Group g = group_at_chunk(static_cast<int>(c), nullptr);
      if (g.size() > 1) {
        compound = g;
        break;
      }
    }
    if (first < 0) return;
    for (int t = 0; t < n_; ++t) {
      if (dead_[t] || mention_at_[t] >= 0) continue;
      const std::string& w = s_.toks[t].word;
      Group ref;
      if (w == "HE" || w == "SHE" || w == "IT" || w == "HIM") {
        ref = chunk_actor_[first];
      } else if (w == "ITS" || w == "HIS" || w == "HER") {
        if (chunks_[first].first < t) ref = chunk_actor_[first];
      } else if (w == "THEY" || w == "THEM" || w == "THEIR") {
        ref = compound.empty() ? chunk_actor_[first] : compound;
      } else {
        continue;
      }
      if (ref.empty()) continue;
      if (chunk_of_[t] >= 0 && !chunk_actor_[chunk_of_[t]].empty()) continue;
      chunk_actor_[chunk_for(t)] = ref;
    }
  }

  // The compound actor group whose first chunk starts at or after `from`
  // (and before `limit`): chunks with actors joined by "," / "AND".
  Group group_at_chunk(int c, int* end_tok) const {
    std::vector<int> members{c};
    int end = chunk_join_[c] >= 0 ? chunks_[chunk_join_[c]].second : chunks_[c].second;
    // A list closes with AND: members after the last AND, reached by commas
    // alone, are appositions or another clause ("burned down its embassy,
    // a senior Bree official said"), not members (TABARI and PETRARCH-1
    // validation records alike).
    size_t closed = 1;
    int closed_end = end;
    for (;;) {
      int t = end;
      bool sep = false, conj = false;
      // "Neither X nor Y" joins X and Y as AND does.
      while (t < n_ && (s_.toks[t].word == "," || s_.toks[t].word == "AND" || s_.toks[t].word == "NOR")) {
        sep = true;
        conj = conj || s_.toks[t].word != ",";
        ++t;
      }
      if (!sep || t >= n_ || chunk_of_[t] < 0) break;
      int nc = chunk_of_[t];
      if (chunk_actor_[nc].empty() || !real_actor(chunk_actor_[nc])) break;
      members.push_back(nc);
      end = chunks_[nc].second;
      if (conj) {
        closed = members.size();
        closed_end = end;
      }
    }
    if (closed < members.size()) {
      members.resize(closed);
      end = closed_end;
    }
    if (end_tok) *end_tok = end;
    Group g;
    // "Fornost and Gondor legislators": the last member's agents apply to
    // earlier members that have none (PETRARCH distributes them).
    std::vector<int> tail_agents;
    if (members.size() > 1) {
      const auto& last = chunks_[members.back()];
      for (int t = last.first; t < last.second; ++t)
        if (mention_at_[t] >= 0 && mentions_[mention_at_[t]].agent &&
            (tail_agents.empty() || tail_agents.back() != t))
          tail_agents.push_back(t);
    }
    std::vector<int> head_agents;
    if (d_.verbs.flavor != Flavor::kTabari && members.size() > 1)
      for (int t = chunks_[c].first; t < chunks_[c].second; ++t)
        if (mention_at_[t] >= 0 && mentions_[mention_at_[t]].agent) head_agents.push_back(t);
    for (size_t k = 0; k < members.size(); ++k) {
      const auto& ch = chunks_[members[k]];
      bool has_agent = false;
      for (int t = ch.first; t < ch.second; ++t)
        if (mention_at_[t] >= 0 && mentions_[mention_at_[t]].agent) has_agent = true;
      if (k > 0 && !has_agent && !head_agents.empty()) {
        // "The ambassadors of Arnor, Osgiliath and Gondor": PETRARCH carries
        // the first member's agents to the rest (TABARI does not).
        std::vector<int> toks = chunk_toks_[members[k]];
        toks.insert(toks.end(), head_agents.begin(), head_agents.end());
        for (auto& a : compose(toks)) g.push_back(a);
      } else if (k + 1 < members.size() && !has_agent && !tail_agents.empty()) {
        std::vector<int> toks = chunk_toks_[members[k]];
        toks.insert(toks.end(), tail_agents.begin(), tail_agents.end());
        for (auto& a : compose(toks)) g.push_back(a);
      } else {
        for (auto& a : chunk_actor_[members[k]]) g.push_back(a);
      }
    }
    return g;
  }

  // First actor group starting in [from, to).
  Group first_group(int from, int to, int* begin_tok = nullptr, int* end_tok = nullptr) const {
    for (int t = std::max(from, 0); t < to && t < n_; ++t) {
      int c = chunk_of_[t];
      if (c < 0 || chunk_actor_[c].empty()) continue;
      // Start at the chunk; take the actor group from there.
      if (begin_tok) *begin_tok = chunks_[c].first;
      return group_at_chunk(c, end_tok);
    }
    return {};
  }

  // Last actor group before `to` (the nearest).
  Group last_group(int to) const {
    for (int t = std::min(to, n_) - 1; t >= 0; --t) {
      int c = chunk_of_[t];
      if (c < 0 || chunk_actor_[c].empty()) continue;
      // Walk back over a compound list to its first member.
      int first = c;
      for (;;) {
        int b = chunks_[first].first - 1;
        bool sep = false;
        while (b >= 0 && (s_.toks[b].word == "," || s_.toks[b].word == "AND")) {
          sep = true;
          --b;
        }
        if (!sep || b < 0 || chunk_of_[b] < 0 || chunk_actor_[chunk_of_[b]].empty()) break;
        first = chunk_of_[b];
      }
      return group_at_chunk(first, nullptr);
    }
    return {};
  }

  // Matches a phrase (sequence of words) at position t; returns length or 0.
  // Tokens matched by one dictionary word at t (0 = none). A word with an
  // apostrophe or hyphen ("DIDN'T", "ANTI-") also matches the two or three
  // tokens the tokenizer split it into ("did" "n't", "anti" "-").
  int word_at(const std::string& w, bool stem, int t) const {
    if (t < 0 || t >= n_) return 0;
    const std::string& x = s_.toks[t].word;
    if (stem ? x.compare(0, w.size(), w) == 0 : x == w) return 1;
    bool joined = false;
    for (char c : w) joined = joined || c == '\'' || c == '-';
    if (!joined) return 0;
    std::string acc = x;
    if (w.compare(0, acc.size(), acc) != 0) return 0;
    for (int k = 1; k < 3 && t + k < n_ && !dead_[t + k]; ++k) {
      acc += s_.toks[t + k].word;
      if (acc.size() >= w.size()) {
        bool ok = stem ? acc.compare(0, w.size(), w) == 0 : acc == w;
        return ok ? k + 1 : 0;
      }
      if (w.compare(0, acc.size(), acc) != 0) return 0;
    }
    return 0;
  }

  // Matches a phrase (sequence of words, "&SYN" members) at position t;
  // returns the number of tokens or 0.
  // TABARI words of synset members and alternatives are stored with a
  // trailing '*' when they are stems and a leading ' ' when a space (not
  // '_') joins them to the word before, so other words may come between.
  int phrase_at(const std::vector<std::string>& words, int t, int depth = 0) const {
    int p = t;
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k];
      const bool gap = k > 0 && w.size() > 1 && w[0] == ' ';
      int l = 0;
      for (int q = p; q < n_ && q <= p + (gap ? PhraseTrie::kMaxGap : 0) && l == 0; ++q) {
        if (q > p && s_.toks[q - 1].word == ",") break;  // a gap never crosses a comma
        l = one_word_at(gap ? w.substr(1) : w, q, depth);
        if (l > 0) p = q;
      }
      if (l == 0) return 0;
      p += l;
    }
    return p - t;
  }

  int one_word_at(const std::string& w, int p, int depth) const {
    if (p >= n_) return 0;
    if (w[0] == '&') {
      auto it = d_.verbs.synset_index.find(w);
      if (it == d_.verbs.synset_index.end() || depth > 4) return 0;
      return synset_at(it->second, p, depth + 1);
    }
    if (w.back() == '*' && w.size() > 1) return word_at(w.substr(0, w.size() - 1), true, p);
    return word_at(w, false, p);
  }

  int synset_at(uint32_t syn, int t, int depth = 0) const {
    int best = 0;
    for (const auto& m : d_.verbs.synsets[syn].members) best = std::max(best, phrase_at(m, t, depth));
    return best;
  }

  struct Binding {
    Group src, tgt, compound;
    bool has_src = false, has_tgt = false, has_compound = false;
  };

  // Length of element e matched at t (0 = no match).
  int elem_at(const LinElem& e, int t, Binding& b) const {
    if (t < 0 || t >= n_ || dead_[t]) return 0;
    switch (e.kind) {
      case LinElem::kWord:
        return word_at(e.word, e.stem, t);
      case LinElem::kSynset:
        return synset_at(e.synset, t);
      case LinElem::kAlt: {
        int best = 0;
        for (const auto& a : e.alts) best = std::max(best, phrase_at(a, t));
        return best;
      }
      case LinElem::kSkip: {
        int c = chunk_of_[t];
        if (c < 0 || chunks_[c].first != t) return 0;
        // TABARI's ^ skips an actor (a whole compound), not any noun
        // phrase (manual, verb patterns).
        if (d_.verbs.flavor == Flavor::kTabari) {
          if (chunk_actor_[c].empty() || !real_actor(chunk_actor_[c])) return 0;
          int end = 0;
          group_at_chunk(c, &end);
          if (t < slot_cap_ && end > slot_cap_) end = slot_cap_;
          return end > t ? end - t : 0;
        }
        return chunks_[c].second - t;
      }
      case LinElem::kSource:
      case LinElem::kTarget:
      case LinElem::kCompound: {
        int c = chunk_of_[t];
        if (c < 0 || chunk_actor_[c].empty()) return 0;
        int end = 0;
        Group g = group_at_chunk(c, &end);
        // An actor before the verb ends at the verb ("anti- Gondor parade",
        // where the verb is the chunk's last word).
        if (t < slot_cap_ && end > slot_cap_) end = slot_cap_;
        if (e.kind == LinElem::kSource) { b.src = g; b.has_src = true; }
        else if (e.kind == LinElem::kTarget) { b.tgt = g; b.has_tgt = true; }
        else { b.compound = g; b.has_compound = true; }
        return end - t;
      }
    }
    return 0;
  }

  // Matches elems[k..] forward from position t (t = first token allowed).
  bool match_forward(const std::vector<LinElem>& el, size_t k, int t, bool first_glued, Binding& b, int limit) const {
    if (k == el.size()) return true;
    const LinElem& e = el[k];
    bool glued = e.glued || (k == 0 && first_glued);
    for (int p = t; p < limit; ++p) {
      Binding nb = b;
      int len = elem_at(e, p, nb);
      if (len > 0 && match_forward(el, k + 1, p + len, false, nb, limit)) {
        b = nb;
        return true;
      }
      if (glued) break;
    }
    return false;
  }

  // Matches elems[..k) backward, the last element ending before position t.
  bool match_backward(const std::vector<LinElem>& el, int k, int t, bool last_glued, Binding& b, int limit) const {
    if (k == 0) return true;
    const LinElem& e = el[k - 1];
    // Whether this element must touch what follows it.
    bool glued = (k == static_cast<int>(el.size())) ? last_glued : el[k].glued;
    for (int end = t; end > limit; --end) {
      // Try every start whose match ends exactly at `end`.
      // Earliest start first: an actor slot takes its whole compound group.
      for (int p = std::max(limit, end - 8); p <= end - 1; ++p) {
        if (p < 0) continue;
        Binding nb = b;
        int len = elem_at(e, p, nb);
        if (len == end - p && match_backward(el, k - 1, p, false, nb, limit)) {
          b = nb;
          return true;
        }
      }
      if (glued) break;
    }
    return false;
  }

  void code_linear(std::vector<CEvent>& out) {
    const VerbDict& vd = d_.verbs;
    dead_.assign(n_, 0);
    if (vd.flavor == Flavor::kTabari) {
      build_chunks();
      drop_comma_clauses();
      build_chunks();
      code_tabari(out);
      return;
    }
    build_chunks();
    // PETRARCH-1: a verb whose pattern matched has read its whole verb
    // phrase, so verbs nested inside that phrase ("called on Gondor to be
    // allowed to leave", "abandoned efforts to stop") are not coded again.
    int claimed_b = -1, claimed_e = -1;
    for (int v = 0; v < n_; ++v) {
      if (v >= claimed_b && v < claimed_e) continue;
      if (!verb_candidate(v)) continue;
      // TABARI: a capitalised word inside the sentence is a name, not a verb.
      if (vd.flavor == Flavor::kTabari && v > 0 && std::isupper(static_cast<unsigned char>(s_.toks[v].text[0])) &&
          s_.toks[v].text.size() > 1 && std::islower(static_cast<unsigned char>(s_.toks[v].text[1])))
        continue;
      VerbHit hit;
      if (!find_verb(v, hit)) continue;
      // The linear patterns over the whole sentence.
      Coded c = verb_code(hit, 0, n_);
      Binding& bind = c.bind;
      const bool matched = c.matched;
      std::string &active = c.active, &passive = c.passive, &rule = c.rule;
      const bool paired = c.paired, sub = c.sub;
      if (matched && vd.flavor == Flavor::kPetr1) {
        auto [sb, se] = verb_scope(v);
        if (sb <= v && se > v + 1) {
          claimed_b = v + 1;
          claimed_e = se;
        }
      }
      if (active.empty() && !(paired && !passive.empty())) continue;
      if (active == "###" || active == "+++") continue;
      if (bind.has_compound) {
        emit_compound(out, bind.compound, active, rule, v, sub);
        if (!bind.has_tgt) continue;
      }
      auto [scope_b, scope_e] = verb_scope(v);
      (void)scope_b;
      Group src = bind.has_src ? bind.src : default_source(v, hit.first);
      Group tgt = bind.has_tgt ? bind.tgt : default_target(hit.last + 1, scope_e, src);
      bool passive_v = s_.toks[v].passive || (s_.has_tree && passive_voice(v));
      if (passive_v && !bind.has_src && !bind.has_tgt) {
        // "X was attacked by Y": Y is the source, the subject the target.
        Group by;
        for (int t = hit.last + 1; t + 1 < scope_e && t + 1 < n_; ++t)
          if (s_.toks[t].word == "BY") {
            by = first_group(t + 1, t + 2);
            break;
          }
        tgt = src;
        src = by;
      }
      if (bind.has_compound) src = bind.compound;
      emit_coded(out, src, tgt, active, passive, paired, rule, v, sub);
    }
  }

  // ======================================================== TABARI rules
  // TABARI's shallow parse (manual ch. 5.8, 7.6-7.9): comma-delimited
  // clauses are dropped, the sentence is split into clauses at conjunctions
  // that do not join actors or nouns, and each clause codes its first event.

  bool actor_token(int t) const {
    if (t < 0 || t >= n_) return false;
    int m = mention_at_[t];
    return m >= 0 && (mentions_[m].agent || !mentions_[m].codes.empty());
  }

  // A comma inside a list of actors ("Arnor, Osgiliath and Gondor") is no
  // clause boundary.
  bool list_comma(int t) const {
    if (!actor_token(t - 1)) return false;
    if (actor_token(t + 1)) return true;
    if (t + 2 < n_ && (s_.toks[t + 1].word == "AND" || s_.toks[t + 1].word == "OR") && actor_token(t + 2)) return true;
    return false;
  }

  // The same over noun-phrase chunks: "Evil Mordor, the awful Fornost, and
  // good Gondor" (chunks from build_chunks before any token is dropped).
  bool chunk_list_comma(int t) const {
    auto actor_chunk = [&](int k) {
      return k >= 0 && k < n_ && chunk_of_[k] >= 0 && real_actor(chunk_actor_[chunk_of_[k]]);
    };
    if (!actor_chunk(t - 1)) return false;
    // The list must close with AND / OR before an actor; a lone comma
    // between two actors is an apposition ("Rohan, an Arnorian spokesman").
    int q = t;
    while (q < n_ && s_.toks[q].word == ",") {
      ++q;
      bool conj = q < n_ && (s_.toks[q].word == "AND" || s_.toks[q].word == "OR");
      if (conj) ++q;
      if (!actor_chunk(q)) return false;
      if (conj) return true;
      q = chunks_[chunk_of_[q]].second;
      if (q < n_ && (s_.toks[q].word == "AND" || s_.toks[q].word == "OR")) return actor_chunk(q + 1);
    }
    return false;
  }

  // A sentence's length for TABARI's MINIMUM WORDS: its blank-delimited
  // words, with each comma counted as a word (TABARI manual, SET: MINIMUM
  // WORDS). A clitic split off by dyad's tokenizer ('s, n't) is part of the
  // word before it; other punctuation is no word.
  static int tabari_length(const CSentence& s) {
    int w = 0;
    for (const CToken& t : s.toks) {
      const std::string& x = t.word;
      if (x == ",") {
        ++w;
        continue;
      }
      if (x.empty() || x[0] == '\'' || x == "N'T") continue;
      for (char c : x)
        if (std::isalnum(static_cast<unsigned char>(c))) {
          ++w;
          break;
        }
    }
    return w;
  }

  static int words_in(const CSentence& s, int b, int e) {
    int w = 0;
    for (int k = b; k < e; ++k)
      for (char c : s.toks[k].word)
        if (std::isalnum(static_cast<unsigned char>(c))) {
          ++w;
          break;
        }
    return w;
  }

  // COMMA: drop clauses of (min, max] words between two commas, of
  // (bmin, bmax] before the first comma and of (emin, emax] after the last
  // one (to the end of the sentence). Counting is chained from comma to comma.
  void drop_comma_clauses() {
    const TabariOptions& to = o_.tabari;
    if (!to.comma) return;
    std::vector<int> commas;
    for (int t = 0; t < n_; ++t)
      if (s_.toks[t].word == "," && !list_comma(t) && !chunk_list_comma(t)) commas.push_back(t);
    if (commas.empty()) return;
    int end = n_;
    bool full_stop = false;
    while (end > 0 && !std::isalnum(static_cast<unsigned char>(s_.toks[end - 1].word[0])) &&
           s_.toks[end - 1].word != ",") {
      if (s_.toks[end - 1].word == "." || s_.toks[end - 1].word == "!" || s_.toks[end - 1].word == "?") full_stop = true;
      --end;
    }
    auto drop = [&](int b, int e, int lo, int hi) {
      int w = words_in(s_, b, e);
      if (w > lo && w <= hi)
        for (int k = b; k < e; ++k) dead_[k] = 1;
    };
    drop(0, commas[0], to.comma_bmin, to.comma_bmax);
    for (size_t i = 0; i + 1 < commas.size(); ++i) drop(commas[i] + 1, commas[i + 1], to.comma_min, to.comma_max);
    // The closing clause runs to the sentence's full stop and goes when it
    // has more than EMIN and fewer than EMAX words (TABARI's validation
    // records: ", a senior official said on Saturday." (6) goes, the
    // ten-word predicate of "X's minister, in remarks ..., urged Eriador to
    // respond to Gondor's proposals on elections." stays).
    if (full_stop) drop(commas.back() + 1, end, to.comma_emin, to.comma_emax - 1);
  }

  bool is_conj(int t) const {
    const std::string& w = s_.toks[t].word;
    return w == "AND" || w == "BUT" || w == "OR" || w == "NOR";
  }

  // A conjunction that splits the sentence into clauses: not one joining
  // two actors ("Gondor and Bree") or two nouns ("bombs and rockets").
  bool clause_conj(int t) const {
    if (dead_[t] || !is_conj(t)) return false;
    int p = t - 1;
    while (p >= 0 && (dead_[p] || s_.toks[p].word == ",")) --p;
    int q = t + 1;
    if (p < 0 || q >= n_) return true;
    // AND / OR / NOR join two actors or two nouns; BUT between them
    // ("south Ithilen but Dagolath promised") opens a clause.
    const bool joins = s_.toks[t].word != "BUT";
    if (joins && actor_token(p) && actor_token(q)) return false;
    // "Fornost and the evil awful Gondor": the next phrase holds an actor.
    if (joins && actor_token(p) && chunk_of_[q] >= 0 && real_actor(chunk_actor_[chunk_of_[q]])) return false;
    const std::string& px = s_.toks[p].xpos;
    const std::string& qx = s_.toks[q].xpos;
    bool pn = !px.empty() && (px[0] == 'N' || px == "JJ");
    bool qn = !qx.empty() && (qx[0] == 'N' || qx == "JJ") && !is_verb_tag(qx);
    if (joins && pn && qn && !(actor_token(q) && !actor_token(p))) return false;
    return true;
  }

  // Whether any member of g has a code that src does not have.
  static bool distinct(const Group& g, const Group& src) {
    for (const auto& a : g) {
      bool same = false;
      for (const auto& b : src) same = same || a.code == b.code;
      if (!same) return true;
    }
    return false;
  }

  // A verb of the dictionary at v that TABARI would read as a verb, with
  // its code before patterns; false if none.
  bool tabari_verb(int v, VerbHit& hit) const {
    if (dead_[v] || !verb_candidate(v)) return false;
    if (v > 0 && std::isupper(static_cast<unsigned char>(s_.toks[v].text[0])) && s_.toks[v].text.size() > 1 &&
        std::islower(static_cast<unsigned char>(s_.toks[v].text[1])))
      return false;
    return find_verb(v, hit);
  }

  struct Coded {
    std::string active, passive, rule;
    bool paired = false, sub = false, matched = false;
    Binding bind;
  };

  // The verb's code after its linear patterns, matched inside clause
  // [cb, ce) (the whole sentence for the PETRARCH-1 linear coder).
  Coded verb_code(const VerbHit& hit, int cb, int ce) const {
    const VerbDict& vd = d_.verbs;
    const VerbEntry& entry = vd.entries[hit.entry];
    const VerbBlock& block = vd.blocks[entry.block];
    Coded c;
    c.rule = entry.where;
    c.active = block.code;
    c.passive = block.passive;
    c.paired = block.paired;
    c.sub = block.subordinate;
    if (!entry.code.empty()) {
      c.active = entry.code == "---" ? "" : entry.code;
      c.passive = entry.passive;
      c.paired = entry.paired;
      c.sub = entry.subordinate;
    }
    for (uint32_t pid : block.patterns) {
      const VerbPatternC& p = vd.patterns[pid];
      if (!p.linear) continue;
      Binding b;
      slot_cap_ = hit.first;
      bool before_ok =
          match_backward(p.lin.before, static_cast<int>(p.lin.before.size()), hit.first, p.lin.before_glued, b, cb - 1);
      slot_cap_ = INT32_MAX;
      if (!before_ok) continue;
      if (!match_forward(p.lin.after, 0, hit.last + 1, p.lin.after_glued, b, ce)) continue;
      c.bind = b;
      c.matched = true;
      c.active = p.active;
      c.passive = p.passive;
      c.paired = p.paired;
      c.sub = p.subordinate;
      c.rule = p.where;
      break;
    }
    return c;
  }

  // First actor group starting in [from, to) whose chunk is live.
  Group live_group(int from, int to, int* begin = nullptr, int* end = nullptr) const {
    return first_group(from, to, begin, end);
  }

  void code_tabari(std::vector<CEvent>& out) {
    const TabariOptions& to = o_.tabari;
    if (to.minimum_words > 0 && tabari_length(s_) < to.minimum_words) return;
    // An actor coded ### (at the sentence's date) discards the sentence and
    // one coded +++ makes it too complex to code, wherever it stands.
    for (const Mention& m : mentions_)
      for (const std::string& c : m.codes) {
        if (c == "###") discard_ = true;
        else if (c == "+++") complex_ = true;
      }
    if (discard_) complex_ = false;
    if (discard_ || complex_) return;
    // Clauses.
    std::vector<std::pair<int, int>> clauses;
    int cb = 0, conj = 0;
    for (int t = 0; t < n_; ++t)
      if (clause_conj(t)) {
        ++conj;
        clauses.push_back({cb, t});
        cb = t + 1;
      }
    clauses.push_back({cb, n_});
    // Complexity filter.
    // A null-coded verb none of whose patterns match is no verb here.
    int verbs = 0, first_verb = -1;
    for (const auto& [cb0, ce0] : clauses)
      for (int v = cb0; v < ce0; ++v) {
        VerbHit h;
        if (!tabari_verb(v, h)) continue;
        Coded c = verb_code(h, cb0, ce0);
        if (c.active.empty() && !(c.paired && !c.passive.empty())) continue;
        ++verbs;
        if (first_verb < 0) first_verb = v;
      }
    bool actor_prior = false;
    if (forwarded_tok_ < first_verb) actor_prior = true;
    for (int t = 0; t < first_verb; ++t)
      if (!dead_[t] && mention_at_[t] >= 0 &&
          (!mentions_[mention_at_[t]].codes.empty() || (to.convert_agents && mentions_[mention_at_[t]].agent)))
        actor_prior = true;
    if ((to.complex_verbs > 0 && verbs >= to.complex_verbs) || (to.complex_conj > 0 && conj >= to.complex_conj) ||
        (to.complex_noactprior && first_verb >= 0 && !actor_prior) || (to.complex_noverb && first_verb < 0)) {
      complex_ = true;
      return;
    }
    // CODE BY SENTENCE stops at the sentence's first event; CODE ALL codes
    // every event, each clause still finding its own source.
    if (to.code_by == TabariOptions::CodeBy::kSentence) clauses.assign(1, {0, n_});
    const bool all = to.code_by == TabariOptions::CodeBy::kAll;
    Group carried;
    for (size_t ci = 0; ci < clauses.size(); ++ci) {
      auto [b, e] = clauses[ci];
      size_t before = out.size();
      bool coded = false;
      Group clause_src;
      for (int v = b; v < e; ++v) {
        VerbHit hit;
        if (!tabari_verb(v, hit)) continue;
        Coded c = verb_code(hit, b, e);
        if (c.active == "+++") {
          complex_ = true;
          return;
        }
        if (c.active == "###") {
          discard_ = true;
          return;
        }
        if (c.active.empty() && !(c.paired && !c.passive.empty())) continue;
        const Binding& bind = c.bind;
        if (bind.has_compound) {
          emit_compound(out, bind.compound, c.active, c.rule, v, c.sub, c.paired ? c.passive : "");
          coded = true;
          if (!all && !c.sub) break;
          continue;
        }
        // Source: the pattern's $, else the first actor of the sentence
        // before the verb -- in a later clause, an actor opening the clause,
        // else the source carried from the clause before.
        Group src;
        bool src_default = false;
        if (bind.has_src) {
          src = bind.src;
        } else {
          int gb = -1;
          Group opening = live_group(b, hit.first, &gb);
          if (ci == 0 || (!opening.empty() && gb == first_live(b))) src = opening;
          else if (!carried.empty()) src = carried;
          else src = opening;
          if (src.empty()) {
            if (!to.default_source.empty() && to.default_source_prior) {
              src = {{to.default_source, -1, -1}};
              src_default = true;
            } else {
              // TABARI is greedy: no actor before the verb, so the source
              // is the first actor after it -- one actor, not its whole
              // compound, whose next member is then the target ("restore
              // ties with X and Y": X -> Y).
              int ge = -1;
              src = live_group(hit.last + 1, e, nullptr, &ge);
              if (src.size() > 1) src.resize(1);
            }
          }
        }
        // Target: the pattern's +, else the first actor after the verb with
        // a code the source lacks, else such an actor before the verb.
        Group tgt;
        if (bind.has_tgt) {
          tgt = bind.tgt;
        } else {
          for (int t = hit.last + 1; t < e;) {
            int ge = -1, gb = -1;
            Group g = live_group(t, e, &gb, &ge);
            if (g.empty()) break;
            if (distinct(g, src) && !(g.size() == src.size() && g[0].begin == src[0].begin)) {
              tgt = g;
              break;
            }
            // THEIR standing for the compound source is the target all the
            // same: TABARI then codes the members among themselves, as with
            // a reflexive code. THEM there is passed over (the validation
            // suite shows both).
            if (gb >= 0 && g.size() > 1 && src.size() > 1 && g.size() == src.size() && g[0].begin == src[0].begin &&
                mention_at_[gb] < 0) {
              const std::string& w = s_.toks[gb].word;
              if (w == "THEIR") {
                tgt = g;
                break;
              }
            }
            t = std::max(ge, t + 1);
          }
          // DEFAULT: TARGET [..] AFTER: with no target after the verb the
          // default target stands; without AFTER, actors before the verb
          // come first.
          if (tgt.empty() && !(to.default_target_after && !to.default_target.empty())) {
            for (int t = b; t < hit.first && tgt.empty();) {
              int ge = -1;
              Group g = live_group(t, hit.first, nullptr, &ge);
              if (g.empty()) break;
              for (const auto& a : g)
                if (distinct({a}, src)) {
                  tgt = {a};
                  break;
                }
              t = std::max(ge, t + 1);
            }
            // Nor before it: the target is the actor after the source's
            // first, when the source is a compound opening the clause.
            if (tgt.empty() && !src_default && src.size() > 1 && !to.default_target.empty()) {
              tgt = {src[1]};
              src.resize(1);
            }
          }
          if (tgt.empty() && !to.default_target.empty()) tgt = {{to.default_target, -1, -1}};
          if (tgt.empty() && src.size() > 1) tgt = src;
        }
        (void)src_default;
        // Passive voice: WAS / WERE / BEEN one or two words before the verb
        // and BY right after it, with no $ or + in the pattern.
        // (One modifier may sit between: "was opposed earlier by".)
        bool by = false;
        for (int k = hit.last + 1; k <= hit.last + 2 && k < n_; ++k)
          if (s_.toks[k].word == "BY") by = true;
        if (!bind.has_src && !bind.has_tgt && by) {
          bool aux = false;
          for (int k = hit.first - 2; k < hit.first; ++k)
            if (k >= 0 && (s_.toks[k].word == "WAS" || s_.toks[k].word == "WERE" || s_.toks[k].word == "BEEN")) aux = true;
          if (aux) std::swap(src, tgt);
        }
        if (src.empty() || tgt.empty()) continue;
        emit_coded(out, src, tgt, c.active, c.passive, c.paired, c.rule, v, c.sub);
        if (out.size() == before) continue;
        coded = true;
        clause_src = src;
        if (all) continue;
        if (!c.sub) break;
        // A subordinate event stands only if nothing else in the clause codes.
        before = out.size();
      }
      if (coded) carried = clause_src;
      else if (carried.empty()) carried = live_group(b, e);
      if (coded && to.code_by == TabariOptions::CodeBy::kSentence) break;
    }
  }

  int first_live(int b) const {
    while (b < n_ && dead_[b]) ++b;
    return b;
  }

  // Span [b, e) of the verb's own phrase, where its target is looked for:
  // the VP of a constituency parse, the verb's subtree (without conjoined
  // or paratactic clauses) in a dependency tree, else the whole sentence.
  std::pair<int, int> verb_scope(int v) const {
    const CToken& t = s_.toks[v];
    // TABARI reads the target from anywhere after the verb (no parse).
    if (d_.verbs.flavor == Flavor::kTabari) return {0, n_};
    if (t.vp_end >= 0) return {t.vp_begin, t.vp_end};
    if (s_.has_tree) {
      int lo = v, hi = v;
      std::vector<int> stack{v};
      while (!stack.empty()) {
        int x = stack.back();
        stack.pop_back();
        lo = std::min(lo, x);
        hi = std::max(hi, x);
        for (int k : kids_[x]) {
          Rel r = rel_[k];
          if (x == v && (r == Rel::kSubj || r == Rel::kSubjPass)) continue;
          if (r == Rel::kCcomp && s_.toks[k].rel == "parataxis") continue;
          if (r == Rel::kConj && is_verb_tag(s_.toks[k].xpos)) continue;
          stack.push_back(k);
        }
      }
      return {lo, hi + 1};
    }
    return {0, n_};
  }

  // The actors of the verb's subject, when the parse shows one; a pronoun
  // subject refers back to the nearest actor before it. *known says whether
  // a subject was found at all.
  Group subject_group(int v, bool* known) const {
    *known = false;
    const CToken& t = s_.toks[v];
    int sb = -1, se = -1;
    if (t.subj_begin >= 0) {
      sb = t.subj_begin;
      se = t.subj_end;
    } else if (s_.has_tree) {
      int subj = subject_of(v);
      if (subj < 0) return {};
      *known = true;
      if (s_.toks[subj].xpos == "PRP") return last_group(subj);
      return phrase_group(subj);
    } else {
      return {};
    }
    *known = true;
    if (se - sb == 1 && s_.toks[sb].xpos == "PRP") return last_group(sb);
    return first_group(sb, se);
  }

  // The source of a verb without `$`: the subject when the parse shows one,
  // else the first actor group of the sentence before the verb (TABARI).
  Group default_source(int v, int first) const {
    // TABARI's shallow parse: the first actor of the sentence before the verb.
    if (d_.verbs.flavor == Flavor::kTabari) return first_group(0, first);
    bool known = false;
    Group g = subject_group(v, &known);
    if (known) return g;
    return first_group(0, first);
  }

  // The first actor group after the verb inside its phrase, other than the
  // source.
  Group default_target(int from, int to, const Group& src) const {
    int b = from;
    // A phrase named only by its own text (new_actor_length) is the target
    // only when no dictionary actor follows.
    Group text_only;
    while (b < to) {
      int begin = -1, end = -1;
      Group g = first_group(b, to, &begin, &end);
      if (g.empty()) break;
      bool same = !src.empty() && g.size() == src.size() && g[0].begin == src[0].begin;
      if (!same) {
        if (g[0].code.empty() || g[0].code[0] != '"') return g;
        if (text_only.empty()) text_only = g;
      }
      b = std::max(end, b + 1);
    }
    return text_only;
  }

  // ========================================================== tree coding

  // Moves token t under new head h (-1: the root) with relation r (kids_
  // stay in text order).
  void rehang(int t, int h, Rel r) {
    int old = head_[t];
    if (old >= 0 && old < n_) {
      auto& k = kids_[old];
      k.erase(std::remove(k.begin(), k.end(), t), k.end());
    }
    head_[t] = h;
    rel_[t] = r;
    if (h < 0 || h >= n_) return;
    auto& k = kids_[h];
    k.insert(std::upper_bound(k.begin(), k.end(), t), t);
  }

  // The first token of t's phrase: t with its left dependents.
  int subtree_begin(int t, int depth = 0) const {
    int b = t;
    if (depth > 30) return b;
    for (int k : kids_[t])
      if (k < t) b = std::min(b, subtree_begin(k, depth + 1));
    return b;
  }

  // ", the news agency WFNA said on Thursday." closing a sentence: a parser
  // may read the name after the noun as the subject of a relative clause on
  // the noun ("the agency [that] WFNA said"). A trailing report clause set
  // off by a comma, with no relative word and no object, is the report:
  // the noun (with the name as its appositive) becomes the verb's subject
  // and the verb takes the noun's place in the tree.
  void reshape_trailing_report(int v) {
    if (s_.toks[v].rel != "acl:relcl") return;
    int n = head_[v];
    if (n < 0 || n >= v || s_.toks[n].xpos.rfind("NN", 0) != 0) return;
    int sj = -1;
    for (int k : kids_[v]) {
      const std::string& x = s_.toks[k].xpos;
      if (x == "WDT" || x == "WP" || x == "WP$" || x == "WRB" || rel_[k] == Rel::kObj || rel_[k] == Rel::kMark) return;
      if (rel_[k] == Rel::kSubj && sj < 0) sj = k;
    }
    if (sj != n + 1 || s_.toks[sj].xpos != "NNP" || subtree_begin(sj) != sj) return;
    int b = subtree_begin(n);  // the comma may be the phrase's own first word
    if (s_.toks[b].word != "," && (b == 0 || s_.toks[b - 1].word != ",")) return;
    int last = n_ - 1;
    while (last > v && rel_[last] == Rel::kPunct) --last;
    if (subtree_end(v) < last) return;
    for (int k : kids_[n])
      if (k > n && k != v && k != sj) return;  // the noun has more after it: no plain trailing phrase
    rehang(v, head_[n], Rel::kCcomp);
    rehang(n, v, Rel::kSubj);
    rehang(sj, n, Rel::kAppos);
  }

  // The last token of t's subtree (t itself when it has no later dependents).
  int subtree_end(int t, int depth = 0) const {
    int e = t;
    if (depth > 30) return e;
    for (int k : kids_[t]) e = std::max(e, subtree_end(k, depth + 1));
    return e;
  }

  // Parses differ on where a few phrases hang; each of these readings is
  // put back into the shape the tree rules below expect, so that the coder
  // does not depend on one parser's habits.
  void reshape_tree() {
    for (int v = 0; v < n_; ++v)
      if (is_verb_tag(s_.toks[v].xpos)) reshape_trailing_report(v);
    for (int v = 0; v < n_; ++v) {
      if (!is_verb_tag(s_.toks[v].xpos)) continue;
      int subj = -1;
      for (int k : kids_[v])
        if (s_.toks[k].rel == "nsubj" || s_.toks[k].rel == "nsubj:pass") {
          subj = k;
          break;
        }
      if (subj < 0 || subj > v) continue;
      // "Caras Galadhon's new mayor left": a possessor (with its own "'s")
      // hung on the verb, right before the verb's subject phrase, is the
      // subject's possessor.
      for (int p : std::vector<int>(kids_[v])) {
        if (p >= subj || s_.toks[p].rel != "nmod:poss") continue;
        bool poss = false;
        for (int k : kids_[p])
          if (s_.toks[k].xpos == "POS") poss = true;
        if (!poss) continue;
        int after = subtree_end(p) + 1;
        bool inside = after < subj;
        for (int t = after; t < subj && inside; ++t) {
          int x = t;
          for (int d = 0; d < 30 && x >= 0 && x != subj; ++d) x = head_[x];
          inside = x == subj;
        }
        if (after == subj || inside) rehang(p, subj, Rel::kNounMod);
      }
      // "Lions, tigers, and Gondor welcomed": the last member of a list
      // hung on the verb as a second subject, with the list's "and" on the
      // verb or on itself, is a conjunct of the first subject.
      for (int k : std::vector<int>(kids_[v])) {
        if (k <= subj || k >= v || s_.toks[k].rel != "nsubj") continue;
        // The "and" sits between the two subjects, on the verb, on the
        // member, or on a word the parser hung between them ("and good
        // Gondor" with "good" read as a clause of the verb).
        int cc = -1;
        for (int x = subj + 1; x < k; ++x)
          if (rel_[x] == Rel::kCc && head_[x] > subj && head_[x] <= v) cc = x;
        if (cc < 0) continue;
        bool verb_between = false;
        for (int t = subj + 1; t < k; ++t)
          if (is_verb_tag(s_.toks[t].xpos)) verb_between = true;
        if (verb_between) continue;
        rehang(k, subj, Rel::kConj);
        if (head_[cc] != k) rehang(cc, k, Rel::kCc);
      }
    }
  }

  bool clause_rel(Rel r) const {
    return r == Rel::kClauseMod || r == Rel::kCcomp || r == Rel::kXcomp || r == Rel::kConj || r == Rel::kCc ||
           r == Rel::kPunct || r == Rel::kMark || r == Rel::kAppos;
  }

  // Tokens of the noun phrase headed by h, without clauses and conjuncts.
  void phrase_tokens(int h, std::vector<int>& out, int depth = 0) const {
    out.push_back(h);
    if (depth > 30) return;
    for (int k : kids_[h]) {
      Rel r = rel_[k];
      if (clause_rel(r) && !(r == Rel::kAppos && false)) continue;
      if (r == Rel::kObl && is_verb_tag(s_.toks[k].xpos)) continue;  // advcl
      phrase_tokens(k, out, depth + 1);
    }
  }

  // The actors of the phrase headed by h, with its conjuncts.
  Group phrase_group(int h) const {
    Group g;
    std::vector<int> heads{h};
    auto has_conj = [&](int x) {
      for (int k : kids_[x])
        if (rel_[k] == Rel::kConj && !is_verb_tag(s_.toks[k].xpos)) return true;
      return false;
    };
    for (size_t i = 0; i < heads.size(); ++i)
      for (int k : kids_[heads[i]]) {
        if (rel_[k] == Rel::kConj && !is_verb_tag(s_.toks[k].xpos)) heads.push_back(k);
        // "Mordor, the Shire, Arnor and Bree", "Evil Mordor, the awful
        // Arnor, and good Gondor": an apposition inside a coordinated list
        // is one more member, not another name for the first.
        else if (rel_[k] == Rel::kAppos && (has_conj(heads[i]) || has_conj(k))) heads.push_back(k);
      }
    // The first member's actor and agents, which conjoined members lacking
    // their own inherit ("the ambassadors of Arnor, Osgiliath and Gondor",
    // "Danish media and government"). The first member's actor may itself
    // be coordinated ("lawmakers and officials in Arnor and Gondor"): a
    // member with an agent alone takes each of those actors in turn. Of the
    // first member's agents, a member with its own agent takes only the
    // modifiers, not the first member's head noun ("the Danish Islamist
    // media and government": DNKMUSMED, DNKMUSGOV).
    std::vector<int> first_agents, modifier_agents;
    std::vector<std::vector<int>> first_actors;  // token sets, one per actor alternative
    const size_t direct = heads.size();
    for (size_t i = 0; i < heads.size(); ++i) {
      std::vector<int> toks;
      phrase_tokens(heads[i], toks);
      if (i == 0) {
        std::vector<int> actor_toks;
        for (int t : toks) {
          int m = mention_at_[t];
          if (m < 0) continue;
          if (mentions_[m].agent) {
            first_agents.push_back(t);
            if (m != mention_at_[heads[0]]) modifier_agents.push_back(t);
          } else if (!mentions_[m].codes.empty() && (actor_toks.empty() || mention_at_[actor_toks[0]] == m)) {
            actor_toks.push_back(t);
          }
        }
        if (!actor_toks.empty()) first_actors.push_back(actor_toks);
        Group a = compose(toks);
        // The actor may sit deep in the phrase ("the resumption of ties with
        // Mordor, Rohan and Bree"): its own conjuncts are members too.
        if (!a.empty() && a[0].begin >= 0) {
          for (int t = a[0].begin; t < a[0].end && t < n_; ++t) {
            int hd = head_[t];
            if (hd >= a[0].begin && hd < a[0].end) continue;  // not the mention's head
            if (t == heads[0]) break;                          // already the phrase head
            std::vector<int> more{t};
            for (size_t j = 0; j < more.size(); ++j)
              for (int k : kids_[more[j]])
                if (rel_[k] == Rel::kConj && !is_verb_tag(s_.toks[k].xpos)) {
                  more.push_back(k);
                  heads.push_back(k);
                  std::vector<int> ktoks, alt;
                  phrase_tokens(k, ktoks);
                  for (int x : ktoks) {
                    int m = mention_at_[x];
                    if (m >= 0 && !mentions_[m].agent && !mentions_[m].codes.empty()) alt.push_back(x);
                  }
                  if (!alt.empty()) first_actors.push_back(alt);
                }
            break;
          }
        }
        for (auto& r : a) g.push_back(r);
        continue;
      }
      bool has_actor = false, has_agent = false;
      for (int t : toks) {
        int m = mention_at_[t];
        if (m < 0) continue;
        if (mentions_[m].agent) has_agent = true;
        else if (!mentions_[m].codes.empty()) has_actor = true;
      }
      if (!has_actor && has_agent && i < direct && !first_actors.empty()) {
        toks.insert(toks.end(), modifier_agents.begin(), modifier_agents.end());
        for (const auto& alt : first_actors) {
          std::vector<int> with = toks;
          with.insert(with.end(), alt.begin(), alt.end());
          for (auto& r : compose(with)) g.push_back(r);
        }
        continue;
      }
      if (has_actor && !has_agent) toks.insert(toks.end(), first_agents.begin(), first_agents.end());
      for (auto& r : compose(toks)) g.push_back(r);
    }
    return g;
  }

  Group slot_group(int t) const {
    Group g = phrase_group(t);
    return g.empty() ? deep_group(t) : g;
  }

  // A phrase with no actor of its own names the actor of the clauses that
  // modify it: "the roads leading into Mordor", "memos sent by Bree", "the
  // parade supporting Gondor" (UD-PETRARCH reads a noun phrase as the head's
  // whole subtree). The nearest actor in the subtree, breadth first;
  // conjuncts and punctuation are not part of the phrase.
  Group deep_group(int h) const {
    std::vector<int> queue{h};
    for (size_t i = 0; i < queue.size() && i < 64; ++i) {
      int x = queue[i];
      if (x != h) {
        int m = mention_at_[x];
        if (m >= 0 && !mentions_[m].agent && !mentions_[m].codes.empty()) {
          Group g = phrase_group(x);
          if (real_actor(g)) return g;
        }
      }
      for (int k : kids_[x]) {
        Rel r = rel_[k];
        if (r == Rel::kConj || r == Rel::kCc || r == Rel::kPunct || r == Rel::kAppos || r == Rel::kCcomp) continue;
        queue.push_back(k);
      }
    }
    return {};
  }

  // Negation of a code through the coding ontology ("did not clash"): the
  // ontology marks negation by -0xFFFF. Unchanged when no ontology is
  // loaded or the negated value has no code.
  std::string negate(const std::string& code) const {
    const Pico& p = d_.pico;
    if (p.empty() || code.empty()) return code;
    auto it = p.to_hex.find(code);
    if (it == p.to_hex.end()) return code;
    for (int delta : {-0xFFFF, 0xFFFF}) {
      auto f = p.from_hex.find(it->second + delta);
      if (f != p.from_hex.end()) return f->second;
    }
    return code;
  }

  bool negated(int v) const {
    for (int k : kids_[v]) {
      const std::string& w = s_.toks[k].word;
      if (rel_[k] == Rel::kNeg || ((w == "NOT" || w == "N'T" || w == "NEVER") && s_.toks[k].rel.rfind("advmod", 0) == 0))
        return true;
    }
    return false;
  }

  // A verb complement in the infinitive: an open complement, or an
  // adverbial clause opened by "to" ("vowed on Thursday to wage war").
  bool infinitive_complement(int k) const {
    if (!is_verb_tag(s_.toks[k].xpos)) return false;
    if (rel_[k] == Rel::kXcomp) return true;
    if (s_.toks[k].rel.compare(0, 5, "advcl") != 0) return false;
    for (int x : kids_[k])
      if (rel_[x] == Rel::kMark && s_.toks[x].word == "TO") return true;
    return false;
  }

  int subject_of(int v, int depth = 0) const {
    if (depth > 8 || v < 0) return -1;
    for (int k : kids_[v])
      if (rel_[k] == Rel::kSubj || rel_[k] == Rel::kSubjPass) return k;
    // Inherited: open complements, infinitives and conjoined verbs share
    // the subject.
    Rel r = rel_[v];
    if (r == Rel::kXcomp || r == Rel::kConj || infinitive_complement(v)) return subject_of(head_[v], depth + 1);
    // A copula head ("is about to restore"): its subject.
    return -1;
  }

  // The actors of the nearest governing verb's subject, other than `own`.
  Group governing_subject(int v, int own) const {
    int h = v;
    for (int depth = 0; depth < 6; ++depth) {
      Rel r = rel_[h];
      if (!(r == Rel::kCcomp || r == Rel::kXcomp || r == Rel::kClauseMod || r == Rel::kConj)) return {};
      h = head_[h];
      if (h < 0 || h >= n_) return {};
      int sj = subject_of(h);
      if (sj >= 0 && sj != own) {
        Group g = phrase_group(sj);
        if (!g.empty()) return g;
      }
    }
    return {};
  }

  bool passive_voice(int v) const {
    for (int k : kids_[v])
      if (rel_[k] == Rel::kSubjPass || rel_[k] == Rel::kAuxPass) return true;
    return false;
  }

  // The preposition of an oblique or nominal modifier (its `case` child).
  std::string prep_of(int t) const {
    for (int k : kids_[t])
      if (rel_[k] == Rel::kCase || rel_[k] == Rel::kMark) return s_.toks[k].word;
    return "";
  }

  bool word_is(const std::string& w, int32_t synset, const std::string& lit) const {
    if (synset >= 0) return d_.verbs.in_synset(static_cast<uint32_t>(synset), w);
    return w == lit;
  }

  bool token_matches_word(int t, int32_t synset, const std::string& lit) const {
    const CToken& tk = s_.toks[t];
    if (word_is(tk.word, synset, lit)) return true;
    // Plural or inflected text: the lemma.
    return !tk.lemma.empty() && tk.lemma != tk.word && word_is(tk.lemma, synset, lit);
  }

  // A tree noun matched by the phrase headed by h.
  // The most words of a multi-word member of the synset ("+AUSTRIAN GOLD
  // FLORIN") that the phrase headed by h holds: the last word at the head,
  // the others in the phrase (PETRARCH-2 expands such a member into a
  // braced phrase). 0 when none.
  int synset_phrase_words(uint32_t synset, int h) const {
    const Synset& s = d_.verbs.synsets[synset];
    int best = 0;
    std::vector<int> toks;
    for (const auto& m : s.members) {
      if (m.size() < 2 || static_cast<int>(m.size()) <= best) continue;
      const CToken& ht = s_.toks[h];
      if (!(ht.word == m.back() || (!ht.lemma.empty() && ht.lemma == m.back()))) continue;
      if (toks.empty()) phrase_tokens(h, toks);
      bool all = true;
      for (size_t k = 0; k + 1 < m.size() && all; ++k) {
        bool found = false;
        for (int t : toks)
          if (t != h && s_.toks[t].word == m[k]) found = true;
        all = found;
      }
      if (all) best = static_cast<int>(m.size());
    }
    return best;
  }

  // The most extra words a tree pattern can match through multi-word
  // synset members (noun_matches adds words - 1 for each noun that matched
  // one): the bound that lets the search skip a pattern which, even with
  // every bonus, cannot beat the best match so far.
  int max_gain(const TreePattern& p) const {
    auto gain = [&](const TreeNoun& n) {
      return n.synset >= 0 ? d_.verbs.synsets[n.synset].longest - 1 : 0;
    };
    int g = 0;
    for (const auto& n : p.post_nouns) g += gain(n);
    for (const auto& n : p.pre_nouns) g += gain(n);
    for (const auto& pp : p.post_preps) if (pp.has_obj) g += gain(pp.obj);
    for (const auto& pp : p.pre_preps) if (pp.has_obj) g += gain(pp.obj);
    return g;
  }

  bool noun_matches(const TreeNoun& n, int h) const {
    if (n.any) return true;
    if (n.synset >= 0 && d_.verbs.synsets[n.synset].has_phrases) {
      // A longer member matched counts as a more specific pattern.
      int words = synset_phrase_words(static_cast<uint32_t>(n.synset), h);
      if (words > 0) match_bonus_ += words - 1;
      else if (!token_matches_word(h, n.synset, n.head)) return false;
    } else if (!token_matches_word(h, n.synset, n.head)) {
      return false;
    }
    if (n.mods.empty()) return true;
    std::vector<int> toks;
    phrase_tokens(h, toks);
    for (const std::string& m : n.mods) {
      int32_t syn = -1;
      if (m[0] == '&') {
        auto it = d_.verbs.synset_index.find(m);
        if (it != d_.verbs.synset_index.end()) syn = static_cast<int32_t>(it->second);
      }
      bool found = false;
      for (int t : toks)
        if (t != h && token_matches_word(t, syn, m)) found = true;
      if (!found) return false;
    }
    return true;
  }

  struct TreeCtx {
    int v;
    std::vector<int> objs;        // object heads
    std::vector<int> preps;       // prepositional dependents (of the verb or its objects)
    std::vector<int> clauses;     // xcomp/ccomp heads
    int subj = -1;
  };

  TreeCtx context(int v) const {
    TreeCtx c;
    c.v = v;
    c.subj = subject_of(v);
    for (int k : kids_[v]) {
      Rel r = rel_[k];
      if (r == Rel::kObj || r == Rel::kIobj) c.objs.push_back(k);
      else if (r == Rel::kObl || r == Rel::kAgentObl) c.preps.push_back(k);
      else if (r == Rel::kXcomp || r == Rel::kCcomp) c.clauses.push_back(k);
    }
    // An infinitive that is no verb of the dictionary is part of the
    // verb's phrase ("signed an accord to supply Gondor with wheat": SIGN
    // sees Gondor; "vowed to wage war": VOW sees WAR), as UD-PETRARCH joins
    // "to" + verb to the verb above it.
    for (int k : kids_[v]) {
      if (!infinitive_complement(k)) continue;
      VerbHit h;
      if (verb_candidate(k) && find_verb(k, h)) continue;
      for (int x : kids_[k]) {
        Rel r = rel_[x];
        if (r == Rel::kObj || r == Rel::kIobj) c.objs.push_back(x);
        else if (r == Rel::kObl || r == Rel::kAgentObl) c.preps.push_back(x);
      }
    }
    // A copular or nominal xcomp head ("is about to"): nouns under the
    // complement count as objects in PETRARCH's tree as well.
    for (int o : std::vector<int>(c.objs))
      for (int k : kids_[o]) {
        if (rel_[k] == Rel::kObl) c.preps.push_back(k);
        if (rel_[k] == Rel::kConj && !is_verb_tag(s_.toks[k].xpos)) c.objs.push_back(k);
      }
    return c;
  }

  // Heads bound by a pattern's legacy slots (-1 = unbound).
  struct TreeSlots {
    int source = -1, target = -1;
  };

  bool tree_match(const TreePattern& p, const TreeCtx& c, int& target_pp, TreeSlots& slots) const {
    target_pp = -1;
    slots = {};
    // Where each post-verb element matched, for the slots that follow it.
    // (A pattern line holds a handful of elements; longer ones never match.)
    if (p.post_nouns.size() > kMaxElems || p.post_preps.size() > kMaxElems) return false;
    std::array<int, kMaxElems> noun_at, prep_at;
    std::fill_n(noun_at.begin(), p.post_nouns.size(), -1);
    std::fill_n(prep_at.begin(), p.post_preps.size(), -1);
    // Post-verb nouns: heads of objects, of open complements, or of
    // prepositional objects when the pattern names no preposition.
    for (size_t i = 0; i < p.post_nouns.size(); ++i) {
      const TreeNoun& n = p.post_nouns[i];
      for (int o : c.objs)
        if (noun_at[i] < 0 && noun_matches(n, o)) noun_at[i] = o;
      for (int o : c.clauses)
        if (noun_at[i] < 0 && noun_matches(n, o)) noun_at[i] = o;
      if (p.post_preps.empty())
        for (int o : c.preps)
          if (noun_at[i] < 0 && !n.any && noun_matches(n, o)) noun_at[i] = o;
      if (noun_at[i] < 0) return false;
    }
    for (size_t i = 0; i < p.post_preps.size(); ++i) {
      const TreePrep& pp = p.post_preps[i];
      for (int t : c.preps) {
        if (prep_of(t) != pp.prep) continue;
        if (pp.has_obj && !noun_matches(pp.obj, t)) continue;
        prep_at[i] = t;
        if (pp.has_obj && pp.obj.slot == '+') slots.target = t;
        else if (pp.has_obj && pp.obj.slot == '$') slots.source = t;
        else if (target_pp < 0) target_pp = t;
        break;
      }
      if (prep_at[i] < 0) return false;
    }
    for (const TreeNoun& n : p.pre_nouns) {
      if (c.subj < 0 || !noun_matches(n, c.subj)) return false;
    }
    for (const TreePrep& pp : p.pre_preps) {
      bool ok = false;
      // The first phrase that fits, so that its synset bonus counts once.
      for (int t : c.preps)
        if (prep_of(t) == pp.prep && (!pp.has_obj || noun_matches(pp.obj, t))) { ok = true; break; }
      if (!ok) return false;
    }
    if (p.post_slots && !bind_post_slots(p, c, noun_at, prep_at, slots)) return false;
    return true;
  }

  // The standalone `^`, `$` and `+` of a pattern's post-verb part, read in
  // written order over the verb's phrases in text order: `^` passes over
  // the next phrase after the elements before it, `$` / `+` bind the next
  // phrase that holds an actor. A slot with nothing to bind fails the
  // pattern, as in TABARI.
  static constexpr size_t kMaxElems = 16;
  bool bind_post_slots(const TreePattern& p, const TreeCtx& c, const std::array<int, kMaxElems>& noun_at,
                       const std::array<int, kMaxElems>& prep_at, TreeSlots& slots) const {
    std::vector<int> phrases(c.objs.begin(), c.objs.end());
    phrases.insert(phrases.end(), c.preps.begin(), c.preps.end());
    std::sort(phrases.begin(), phrases.end());
    std::vector<int> used(noun_at.begin(), noun_at.begin() + p.post_nouns.size());
    used.insert(used.end(), prep_at.begin(), prep_at.begin() + p.post_preps.size());
    auto is_used = [&](int t) { return std::find(used.begin(), used.end(), t) != used.end(); };
    int pos = c.v;
    size_t ni = 0, pi = 0;
    for (char k : p.post_order) {
      if (k == 'N') {
        pos = std::max(pos, noun_at[ni++]);
        continue;
      }
      if (k == 'P') {
        pos = std::max(pos, prep_at[pi++]);
        continue;
      }
      int found = -1;
      if (k == '^') {
        for (int t : phrases)
          if (t > pos && !is_used(t)) {
            found = t;
            break;
          }
      } else {
        // `$` / `+`: the next actor named after that point in the verb's
        // phrase, however deep ("received money from Osgiliath").
        auto [lo, hi] = verb_scope(c.v);
        (void)lo;
        for (int t = pos + 1; t < hi && found < 0; ++t) {
          int m = mention_at_[t];
          if (m < 0 || mentions_[m].agent || mentions_[m].codes.empty()) continue;
          // The mention's head: its token governed from outside it.
          for (int x = mentions_[m].begin; x < mentions_[m].end; ++x) {
            int hd = head_[x];
            if (hd < mentions_[m].begin || hd >= mentions_[m].end) {
              found = x;
              break;
            }
          }
        }
      }
      if (found < 0) {
        if (k == '^') continue;
        return false;
      }
      used.push_back(found);
      pos = found;
      if (k == '+') slots.target = found;
      else if (k == '$') slots.source = found;
    }
    return true;
  }

  void code_tree(std::vector<CEvent>& out) {
    const VerbDict& vd = d_.verbs;
    for (int v = 0; v < n_; ++v) {
      if (!verb_candidate(v)) continue;
      VerbHit hit;
      if (!find_verb(v, hit)) continue;
      const VerbEntry& entry = vd.entries[hit.entry];
      const VerbBlock& block = vd.blocks[entry.block];
      std::string rule = entry.where;
      std::string active = block.code, passive = block.passive;
      bool paired = block.paired;
      if (!entry.code.empty()) {
        active = entry.code == "---" ? "" : entry.code;
        passive = entry.passive;
        paired = entry.paired;
      }
      TreeCtx c = context(v);
      int target_pp = -1;
      bool compound = false;
      TreeSlots slots;
      bool pre_target = false;
      // The first complete match in order of specificity, unless a later
      // one matched longer synset members (match_bonus_) and so is more
      // specific than its written form says.
      int best = -1;
      for (uint32_t pid : block.patterns) {
        const VerbPatternC& p = vd.patterns[pid];
        if (p.linear) continue;
        if (best >= 0 && p.specificity + max_gain(p.tree) <= best) continue;
        int tp = -1;
        TreeSlots sl;
        match_bonus_ = 0;
        if (!tree_match(p.tree, c, tp, sl)) continue;
        if (p.specificity + match_bonus_ <= best) continue;
        best = p.specificity + match_bonus_;
        slots = sl;
        pre_target = p.tree.pre_target;
        compound = p.tree.compound;
        active = p.active;
        passive = p.passive;
        paired = p.paired;
        rule = p.where;
        target_pp = tp;
      }
      if (negated(v)) {
        active = negate(active);
        passive = negate(passive);
      }
      if (active.empty() && passive.empty()) continue;
      Group src, tgt;
      if (c.subj >= 0) src = phrase_group(c.subj);
      // A pronoun subject of an embedded clause ("Ethiopia indicated it
      // would act") is the subject of the clause above it.
      if (src.empty() && c.subj >= 0 && s_.toks[c.subj].xpos == "PRP") src = governing_subject(v, c.subj);
      if (compound && src.size() > 1) {
        emit_compound(out, src, active.empty() ? passive : active, rule, v, false);
        continue;
      }
      // Target: the object, else the pattern's prepositional phrase, else
      // any prepositional phrase; a phrase with a real actor beats an agent
      // alone ("soldiers" -> ---MIL).
      Group weak;
      auto consider = [&](int t) {
        if (real_actor(tgt)) return;
        Group g = phrase_group(t);
        if (g.empty()) g = deep_group(t);
        if (real_actor(g)) tgt = g;
        else if (weak.empty()) weak = g;
      };
      for (int o : c.objs) consider(o);
      if (target_pp >= 0) consider(target_pp);
      for (int t : c.preps)
        if (rel_[t] != Rel::kAgentObl && prep_of(t) != "BY") consider(t);
      // "allowed that Mordor isn't a pleasant place": the subject of a
      // complement clause.
      // Only a clause after the verb: a fronted report ("Arnor will restore
      // ties, an official said") is no object of "said" in PETRARCH's
      // constituency tree, however a dependency parser roots it.
      for (int cl : c.clauses) {
        if (cl < v) continue;
        int sj = -1;
        for (int k : kids_[cl])
          if (rel_[k] == Rel::kSubj || rel_[k] == Rel::kSubjPass) sj = k;
        if (sj >= 0) consider(sj);
      }
      if (tgt.empty()) tgt = weak;
      // Legacy slots of the matched pattern: `$` after the verb is the
      // source and leaves the subject as the target; `+` is the target; `+`
      // before the verb makes the subject the target.
      if (slots.source >= 0 || slots.target >= 0 || pre_target) {
        Group subj = src;
        if (slots.source >= 0) src = slot_group(slots.source);
        else if (pre_target) src = tgt;
        if (slots.target >= 0) tgt = slot_group(slots.target);
        else if (slots.source >= 0 || pre_target) tgt = subj;
        emit_coded(out, src, tgt, active, passive, paired, rule, v, false);
        continue;
      }
      if (active.empty() && !passive.empty()) {
        // [:B]: the verb reads as passive: the grammatical subject is the
        // target, the source is in a BY/FROM/IN phrase.
        Group agent;
        for (int t : c.preps) {
          std::string pr = prep_of(t);
          if (rel_[t] == Rel::kAgentObl || pr == "BY" || pr == "FROM" || pr == "IN") {
            agent = phrase_group(t);
            if (!agent.empty()) break;
          }
        }
        emit(out, agent, src, passive, rule, v, false);
        continue;
      }
      if (passive_voice(v)) {
        // The grammatical subject is the target; the source is the BY agent.
        Group agent;
        for (int t : c.preps)
          if (rel_[t] == Rel::kAgentObl || prep_of(t) == "BY") {
            agent = phrase_group(t);
            if (!agent.empty()) break;
          }
        // No BY agent ("X was criticized over its dispute with Y"): the
        // actor named in the verb's prepositional phrases acts.
        if (agent.empty())
          for (int t : c.preps) {
            Group g = phrase_group(t);
            if (real_actor(g)) {
              agent = g;
              break;
            }
          }
        tgt = src;
        src = agent;
      }
      // Same actor on both sides (a compound subject with itself) is no event.
      emit_coded(out, src, tgt, active, passive, paired, rule, v, false);
    }
    // A verb whose infinitive complement is coded yields to it: "Mordor
    // will be hosting Osgiliath to celebrate May Day with Eriador" is the
    // celebration (the lower verb carries the event, as in UD-PETRARCH's
    // combination of a verb with the clause it governs).
    std::vector<char> has_event(n_, 0);
    for (const CEvent& e : out)
      if (e.verb >= 0 && e.verb < n_) has_event[e.verb] = 1;
    std::vector<char> yields(n_, 0);
    bool any = false;
    for (int v = 0; v < n_; ++v) {
      if (!has_event[v]) continue;
      for (int k : kids_[v])
        if (has_event[k] && infinitive_complement(k)) yields[v] = 1, any = true;
    }
    if (!any) return;
    size_t w = 0;
    for (size_t i = 0; i < out.size(); ++i) {
      if (out[i].verb >= 0 && out[i].verb < n_ && yields[out[i].verb]) continue;
      out[w] = std::move(out[i]);
      subordinate_[w] = subordinate_[i];
      ++w;
    }
    out.resize(w);
    subordinate_.resize(w);
  }

  const Dictionaries& d_;
  const Options& o_;
  const CSentence& s_;
  int n_;
  std::vector<Rel> rel_;
  std::vector<int> head_;  // each token's head: the parse's, as reshape_tree leaves it
  std::vector<uint64_t> hashes_;  // PhraseTrie::hash_word of each token's word
  std::vector<std::vector<int>> kids_;
  std::vector<Mention> mentions_;
  std::vector<int> mention_at_;
  std::vector<std::pair<int, int>> chunks_;
  std::vector<int> chunk_of_;
  std::vector<Group> chunk_actor_;
  std::vector<std::vector<int>> chunk_toks_;
  std::vector<int> chunk_join_;  // "AGENT of ACTOR": the actor chunk joined to an agent chunk
  std::vector<bool> subordinate_;
  std::vector<char> dead_;   // TABARI: tokens of dropped comma-delimited clauses
  bool complex_ = false;     // TABARI: the sentence is too complex to code
  int forwarded_tok_ = INT32_MAX;  // TABARI FORWARD: first pronoun given the previous sentence's actor
  bool discard_ = false;     // TABARI: a ### code was met
  struct Item {
    uint32_t node;
    uint8_t skipped;
  };
  mutable std::vector<Item> scratch_a_, scratch_b_;
  mutable int slot_cap_ = INT32_MAX;
  // Tree patterns: extra words matched through multi-word synset members.
  mutable int match_bonus_ = 0;
};

}  // namespace

Coder::Coder(std::shared_ptr<const Dictionaries> dict) : dict_(std::move(dict)) {}

CodeResult Coder::code(const CSentence& s) const { return code(s, dict_->options); }

CodeResult Coder::code(const CSentence& s, const Options& options) const {
  SentenceCoder sc(*dict_, options, s);
  return sc.run();
}

void Coder::run(Document& doc, bool use_document_mentions) const {
  int date = date_from_iso(doc.date);
  const size_t own_mentions = doc.mentions.size();
  std::string forward_actor;  // TABARI FORWARD, within the document
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    CSentence s = sentence_from_document(doc, si, date);
    if (dict_->options.tabari.forward) s.forwarded = forward_actor;
    if (use_document_mentions) {
      const Sentence& sent = doc.sentences[si];
      for (size_t m = 0; m < own_mentions; ++m) {
        const ActorMention& am = doc.mentions[m];
        if (am.token_begin < sent.token_begin || am.token_end > sent.token_end || am.actor.code.empty()) continue;
        s.external.push_back({static_cast<int>(am.token_begin - sent.token_begin),
                              static_cast<int>(am.token_end - sent.token_begin), am.actor.code});
      }
    }
    CodeResult r = code(s);
    if (!r.first_actor.empty()) forward_actor = r.first_actor;
    for (const CEvent& e : r.events) {
      auto add_mention = [&](int b, int en, const std::string& code) -> int32_t {
        if (b < 0 || code == "---") return -1;
        ActorMention m;
        m.token_begin = s.toks[b].doc_token;
        m.token_end = std::max(s.toks[en - 1].doc_token + 1, s.toks[en - 1].doc_token_end);
        m.head = s.toks[en - 1].doc_token;
        m.actor.code = code;
        if (code.size() >= 3) m.actor.country = code.substr(0, 3);
        for (size_t k = 3; k + 3 <= code.size(); k += 3) m.actor.sectors.push_back(code.substr(k, 3));
        m.entry = "compat";
        doc.mentions.push_back(std::move(m));
        return static_cast<int32_t>(doc.mentions.size() - 1);
      };
      Event ev;
      ev.sentence = si;
      ev.source = add_mention(e.source_begin, e.source_end, e.source);
      ev.target = add_mention(e.target_begin, e.target_end, e.target);
      ev.cameo = e.code;
      ev.root = e.code.size() >= 2 ? e.code.substr(0, 2) : e.code;
      ev.date = doc.date;
      if (e.verb >= 0) {
        ev.verb_begin = static_cast<int32_t>(s.toks[e.verb].doc_token);
        ev.verb_end = static_cast<int32_t>(std::max(s.toks[e.verb].doc_token + 1, s.toks[e.verb].doc_token_end));
      }
      ev.rule = "compat:" + e.rule;
      doc.events.push_back(std::move(ev));
    }
  }
}

}  // namespace dyad::compat
