// Plural references ("the two countries", "both leaders", "the trio"): see
// plural.h. Three steps: find the phrases (from the words alone), collect
// the sets of actors named together in each sentence (coordinations from
// the words, predicate dyads from the tree when there is one), and link
// each phrase to a set of the nearest sentence that has one.
#include "actors/plural.h"

#include <algorithm>
#include <string>
#include <vector>

#include "actors/lexicon.h"

namespace dyad {
namespace {

// What the members of a plural phrase are coded as, by its head word.
enum class HeadKind : uint8_t {
  kCountry,  // "countries", "nations": the state, acting through its government (RUSGOV)
  kGov,      // "leaders", "governments": its government (RUSGOV)
  kMil,      // "militaries", "armies": its armed forces (RUSMIL)
  kSide,     // "sides", "allies", "the trio": the actors as named (RUS, IGOUNO, AFGINSTAL)
};

struct HeadWord {
  std::string_view word;
  HeadKind kind;
  bool bare_ok;   // "the <word>" with no number may refer back
  int inherent;   // a count the word itself gives ("trio" 3), else 0
};

// Written for dyad. "states" and "powers" need a number ("the states" is
// as often a federation's); so do "capitals" and "partners".
constexpr HeadWord kHeads[] = {
    {"countries", HeadKind::kCountry, true, 0},  {"nations", HeadKind::kCountry, true, 0},
    {"states", HeadKind::kCountry, false, 0},    {"neighbours", HeadKind::kCountry, true, 0},
    {"neighbors", HeadKind::kCountry, true, 0},  {"powers", HeadKind::kCountry, false, 0},
    {"leaders", HeadKind::kGov, true, 0},        {"presidents", HeadKind::kGov, true, 0},
    {"premiers", HeadKind::kGov, true, 0},       {"governments", HeadKind::kGov, true, 0},
    {"administrations", HeadKind::kGov, false, 0}, {"capitals", HeadKind::kGov, false, 0},
    {"militaries", HeadKind::kMil, true, 0},     {"armies", HeadKind::kMil, true, 0},
    {"sides", HeadKind::kSide, true, 0},         {"allies", HeadKind::kSide, true, 0},
    {"rivals", HeadKind::kSide, true, 0},        {"foes", HeadKind::kSide, true, 0},
    {"adversaries", HeadKind::kSide, true, 0},   {"partners", HeadKind::kSide, false, 0},
    {"trio", HeadKind::kSide, true, 3},          {"pair", HeadKind::kSide, true, 2},
    {"duo", HeadKind::kSide, true, 2},
    // "both parties", "the two parties", "the warring parties" (a bare
    // "the parties" is as often political parties or a treaty's).
    {"parties", HeadKind::kSide, false, 0},      {"factions", HeadKind::kSide, false, 0},
};

// Adjectives that leave the reference alone ("the two warring sides", "the
// three military-led nations"). Anything else between the number and the
// head ("the other three", "the two opposition leaders", "the neighbouring
// countries" without a number) stops the phrase.
constexpr std::string_view kModifiers[] = {
    "warring", "rival", "feuding", "estranged", "nuclear", "nuclear-armed", "allied", "key",
    "major", "top", "powerful", "big", "small", "neighbouring", "neighboring", "landlocked",
    "coastal", "island", "oil-rich", "junta-led", "military-led", "military-ruled", "junta-ruled",
    "coup-hit", "sahelian", "democratic", "communist", "former-soviet"};

std::string lower(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

int number_word(std::string_view w) {
  static const char* kNum[] = {"two", "three", "four", "five", "six"};
  for (int k = 0; k < 5; ++k)
    if (w == kNum[k]) return k + 2;
  if (w.size() == 1 && w[0] >= '2' && w[0] <= '6') return w[0] - '0';
  return 0;
}

struct Phrase {
  uint32_t begin = 0, head = 0;
  uint32_t sentence = 0;
  int count = 0;  // 0: no number given
  HeadKind kind = HeadKind::kCountry;
  std::string word;
};

// A set of distinct actors named together: mention indices, one per actor.
struct Group {
  uint32_t end = 0;        // token after its last member
  bool coordination = false;
  bool all_states = true;  // every member has a state (no IGO, no armed group)
  std::vector<int> members;
};

class PluralLinker {
 public:
  PluralLinker(const ActorLexicon& lex, Document& doc) : lex_(lex), doc_(doc), n_(doc.tokens.size()) {}

  void run() {
    if (n_ == 0 || doc_.mentions.empty()) return;
    std::vector<std::pair<uint32_t, uint32_t>> sents;
    for (const Sentence& s : doc_.sentences) sents.emplace_back(s.token_begin, std::min<size_t>(s.token_end, n_));
    if (sents.empty()) sents.emplace_back(0, n_);
    cover_.assign(n_, -1);
    for (size_t i = 0; i < doc_.mentions.size(); ++i)
      for (uint32_t t = doc_.mentions[i].token_begin; t < doc_.mentions[i].token_end && t < n_; ++t)
        cover_[t] = static_cast<int>(i);
    std::vector<Phrase> phrases;
    for (uint32_t s = 0; s < sents.size(); ++s) find_phrases(s, sents[s].first, sents[s].second, &phrases);
    if (phrases.empty()) return;
    groups_.assign(sents.size(), {});
    // Each mention under the sentence it starts in, in mention order: one
    // pass, so long documents stay linear (scanning every mention for every
    // sentence was quadratic).
    std::vector<std::vector<int>> by_sentence(sents.size());
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const uint32_t tb = doc_.mentions[i].token_begin;
      auto it = std::upper_bound(sents.begin(), sents.end(), tb,
                                 [](uint32_t t, const std::pair<uint32_t, uint32_t>& s) { return t < s.first; });
      if (it == sents.begin()) continue;
      by_sentence[static_cast<size_t>(it - sents.begin()) - 1].push_back(static_cast<int>(i));
    }
    for (uint32_t s = 0; s < sents.size(); ++s) collect_groups(s, sents[s].first, sents[s].second, by_sentence[s]);
    std::vector<std::pair<const Phrase*, Group>> linked;
    for (const Phrase& p : phrases) {
      Group g;
      if (!resolve(p, &g)) continue;
      // "In Washington, both parties criticized Trump", "fighting went on in
      // Sudan, where the U.N. urged the warring parties ...": parties or
      // factions in a sentence that names another state than the set's are
      // that state's own.
      if ((p.word == "parties" || p.word == "factions") && names_other_state(p, g)) continue;
      // A linked phrase is a set itself for the phrases after it ("The two
      // leaders met ... The two sides agreed").
      Group as_set = g;
      as_set.end = p.head + 1;
      as_set.coordination = true;
      groups_[p.sentence].push_back(as_set);
      linked.emplace_back(&p, std::move(g));
    }
    emit(linked);
  }

 private:
  std::string lw(uint32_t t) const { return lower(doc_.tokens[t].norm); }
  bool names_other_state(const Phrase& p, const Group& g) const {
    if (p.sentence >= doc_.sentences.size()) return false;
    const Sentence& sn = doc_.sentences[p.sentence];
    std::vector<std::string> own;
    for (int i : g.members) own.push_back(doc_.mentions[i].actor.country);
    // (A place named before the phrase, "In Washington, ...", "in Sudan,
    // where ...": not a host or mediator acting, "Egypt hosted talks
    // between the warring parties in Cairo".)
    const bool tree = doc_.syntax.size() == n_;
    for (const ActorMention& m : doc_.mentions) {
      if (m.token_begin < sn.token_begin || m.token_begin >= p.begin || m.actor.country.empty()) continue;
      if (!tree || m.head >= n_) continue;
      bool place = false;
      for (uint32_t k = m.token_begin > sn.token_begin + 2 ? m.token_begin - 2 : sn.token_begin; k < m.token_begin; ++k) {
        const std::string w = lw(k);
        place = place || w == "in" || w == "at" || w == "inside" || w == "across";
      }
      if (place && std::find(own.begin(), own.end(), m.actor.country) == own.end()) return true;
    }
    return false;
  }
  // A word after a plural head that restricts it to a new set ("that",
  // "in", "with" ...; "of" never reaches here for a bare head, which
  // names its owners itself and is skipped before).
  static bool restricted_after(const std::string& next) {
    static const char* kRestrict[] = {"that", "who", "which", "in", "from", "at", "across", "around", "whose", "with",
                                      "involved", "concerned", "of"};
    for (const char* r : kRestrict)
      if (next == r) return true;
    return false;
  }

  void find_phrases(uint32_t s, uint32_t b, uint32_t e, std::vector<Phrase>* out) const {
    for (uint32_t h = b; h < e; ++h) {
      // Every head word is a plural in -s of at most 15 letters, or one of
      // the short collectives (trio, pair, duo): most tokens are ruled out
      // before any copy or comparison (this runs on every token).
      const std::string& nw = doc_.tokens[h].norm;
      if (nw.size() < 3 || nw.size() > 15) continue;
      if (nw.back() != 's' && nw.back() != 'S' && nw.size() > 4) continue;
      const std::string w = lw(h);
      const HeadWord* hw = nullptr;
      for (const HeadWord& k : kHeads)
        if (w.size() == k.word.size() && w == k.word) hw = &k;
      // "the two prime ministers", "both foreign ministers".
      uint32_t left = h;  // first token of the head
      if (!hw && w == "ministers" && h > b && (lw(h - 1) == "prime" || lw(h - 1) == "foreign")) {
        static constexpr HeadWord kMinisters = {"ministers", HeadKind::kGov, true, 0};
        hw = &kMinisters;
        left = h - 1;
      }
      if (!hw) continue;
      // "the leaders of India and Pakistan" names its owners itself.
      const std::string next = h + 1 < e ? lw(h + 1) : "";
      if (next == "of") continue;
      // Walk left over the modifiers to the number and the determiner.
      uint32_t j = left;
      int mods = 0;
      bool ok = true, warring = false;
      while (j > b && mods <= 2) {
        // "military-led" is three tokens: word, hyphen, word.
        const bool hyphen = j >= b + 3 && lw(j - 2) == "-";
        const std::string m = hyphen ? lw(j - 3) + "-" + lw(j - 1) : lw(j - 1);
        bool is_mod = false;
        for (std::string_view k : kModifiers) is_mod = is_mod || m == k;
        if (hyphen) {
          if (!is_mod) break;
          j -= 3;
          ++mods;
          continue;
        }
        // An organisation or region naming the group's frame ("the two NATO
        // allies", "the two European nations"); a state there makes it
        // someone else's ("both Afghan rivals").
        if (!is_mod && covered_by_stateless(j - 1)) is_mod = true;
        if (!is_mod) break;
        warring = warring || m == "warring";
        if (covered_by_state(j - 1)) {
          ok = false;
          break;
        }
        --j;
        ++mods;
      }
      if (!ok || j == b) continue;
      Phrase p;
      p.head = h;
      p.sentence = s;
      p.kind = hw->kind;
      p.word = hw->word;
      const std::string d = lw(j - 1);
      if (d == "both" && hw->kind == HeadKind::kSide && !hw->bare_ok && !warring && restricted_after(next)) {
        // "Both parties in Congress": the parties of a legislature.
        continue;
      } else if (d == "both") {
        // "troops on both sides" is a place; "called on both sides to ..."
        // is an appeal to them.
        if (j >= b + 2 && lw(j - 2) == "on") {
          const std::string v = j >= b + 3 ? lw(j - 3) : std::string();
          if (v != "call" && v != "calls" && v != "called" && v != "calling") continue;
        }
        p.count = 2;
        p.begin = j - 1;
      } else if (int num = number_word(d); num > 0 && hw->inherent == 0 &&
                 !(hw->kind == HeadKind::kSide && !hw->bare_ok && !warring && restricted_after(next))) {
        if (j - 1 == b) continue;
        const std::string det = lw(j - 2);
        if (det != "the" && det != "all" && det != "these" && det != "those") continue;
        p.count = num;
        p.begin = j - 2;
      } else if ((d == "the" && (hw->bare_ok || (warring && hw->kind == HeadKind::kSide))) ||
                 (d == "all" && warring && hw->kind == HeadKind::kSide)) {
        // ("called on all warring parties to ...": every side fighting,
        // as "the warring parties".)
        // "the countries that signed", "the leaders in the region": a bare
        // plural restricted by what follows is a new set, not a reference.
        // ("the warring parties in Cairo": the place of the talks.)
        if (restricted_after(next) && !warring) continue;
        p.count = hw->inherent;
        p.begin = j - 1;
      } else {
        continue;
      }
      // "the two neighbouring countries" refers back; "the neighbouring
      // countries" are the ones around.
      // ("the warring parties" are the two sides fighting.)
      if (p.count == 0 && mods > 0 && !warring) continue;
      // "almost all the countries", "some of the leaders", "one of the two
      // sides": a part of a set, or every member of a larger one.
      if (p.begin > b) {
        const std::string before = lw(p.begin - 1);
        // ("all the warring parties" are every side fighting.)
        if ((before == "all" && !warring) || before == "among") continue;
        if (before == "of" && p.begin >= b + 2) {
          static const char* kPart[] = {"one", "some", "most", "many", "none", "each", "either", "neither",
                                        "any", "all", "both", "several", "few", "two", "three"};
          const std::string q = lw(p.begin - 2);
          bool part = false;
          for (const char* k : kPart) part = part || q == k;
          if (part) continue;
        }
      }
      out->push_back(std::move(p));
    }
  }

  // The mention covering token t (the last one found), or -1.
  int cover(uint32_t t) const { return t < cover_.size() ? cover_[t] : -1; }
  bool covered_by_state(uint32_t t) const { return cover(t) >= 0 && !doc_.mentions[cover(t)].actor.country.empty(); }
  bool covered_by_stateless(uint32_t t) const {
    const int m = cover(t);
    if (m < 0) return false;
    // An organisation or a region, not a role ("the two opposition leaders"
    // are not the states' leaders).
    const Actor& a = doc_.mentions[m].actor;
    return a.country.empty() && a.code.size() >= 3 && !is_role_code(std::string_view(a.code).substr(0, 3));
  }

  // A mention that can be a member of a set: a named or composed actor with
  // a state or an organisation, not a pronoun's copy, an implied agent or an
  // earlier plural phrase (those enter as sets of their own).
  bool eligible(int i) const {
    const ActorMention& m = doc_.mentions[i];
    if (m.unresolved || m.actor.code.empty() || m.basis == "implied") return false;
    if (m.entry.rfind("pronoun:", 0) == 0 || m.entry.rfind(kPluralEntry, 0) == 0) return false;
    if (m.actor.country.empty() && m.actor.org.empty()) return false;
    // "tariffs on German and Italian vehicles": a bare nationality
    // modifying a thing names no actor ("Russian and Chinese officials"
    // have the officials' role, and stay).
    if (doc_.syntax.size() == n_ && m.head < n_ && m.actor.sectors.empty()) {
      const std::string_view r = deprel_name(deprel_base(doc_.syntax[m.head].deprel));
      uint32_t t = m.head;
      // Through "and": "German and Italian" hangs the second on the first.
      if (r == "conj" && doc_.syntax[t].head >= 0) t = static_cast<uint32_t>(doc_.syntax[t].head);
      const std::string_view rt = deprel_name(deprel_base(doc_.syntax[t].deprel));
      if (rt == "amod" || rt == "compound") return false;
    }
    return true;
  }
  static bool armed(const std::string& code) {
    for (size_t k = 3; k + 3 <= code.size(); k += 3) {
      std::string_view r = std::string_view(code).substr(k, 3);
      if (r == "REB" || r == "INS" || r == "SEP") return true;
    }
    return false;
  }
  bool is_state(int i) const {
    const Actor& a = doc_.mentions[i].actor;
    return !a.country.empty() && a.org.empty() && !armed(a.code);
  }
  // Two mentions are one member when they name the same state, or (for an
  // organisation or armed group) carry the same code.
  std::string key(int i) const {
    return is_state(i) ? doc_.mentions[i].actor.country : "#" + doc_.mentions[i].actor.code;
  }

  void add_member(Group* g, int i) const {
    for (int k : g->members)
      if (key(k) == key(i)) return;
    g->members.push_back(i);
    g->all_states = g->all_states && is_state(i);
    g->end = std::max(g->end, doc_.mentions[i].token_end);
  }

  // candidates: the mentions that start in the sentence, in mention order.
  void collect_groups(uint32_t s, uint32_t b, uint32_t e, const std::vector<int>& candidates) {
    std::vector<int> ms;  // eligible mentions of the sentence, text order, not nested
    for (const int i : candidates) {
      const ActorMention& m = doc_.mentions[i];
      if (m.token_begin < b || m.token_end > e || !eligible(static_cast<int>(i))) continue;
      if (!ms.empty() && doc_.mentions[ms.back()].token_end > m.token_begin) continue;
      ms.push_back(static_cast<int>(i));
    }
    // Coordinations from the words: "X, Y and Z", "X and the Y", "X & Y";
    // at least one "and" joins them, the run ends at the last member after one.
    auto gap_kind = [&](uint32_t from, uint32_t to) {  // 0 no link, 1 comma, 2 and
      int kind = 1;
      bool comma = false;
      if (from == to) return 0;
      for (uint32_t t = from; t < to; ++t) {
        const std::string w = lw(t);
        if (w == ",") {
          if (comma || kind == 2) return 0;
          comma = true;
        } else if (w == "and" || w == "&") {
          if (kind == 2) return 0;
          kind = 2;
        } else if (w != "the" || t + 1 != to) {
          return 0;
        }
      }
      return kind;
    };
    for (size_t a = 0; a < ms.size();) {
      size_t z = a, last_and = a;
      while (z + 1 < ms.size()) {
        const int k = gap_kind(doc_.mentions[ms[z]].token_end, doc_.mentions[ms[z + 1]].token_begin);
        if (k == 0) break;
        ++z;
        if (k == 2) last_and = z;
      }
      if (last_and > a) {
        Group g;
        g.coordination = true;
        for (size_t k = a; k <= last_and; ++k) add_member(&g, ms[k]);
        if (g.members.size() >= 2) groups_[s].push_back(std::move(g));
      }
      a = std::max(a + 1, last_and > a ? last_and + 1 : z + 1);
    }
    if (doc_.syntax.size() != n_) return;
    // Predicate dyads from the tree: the actors heading the subject, objects
    // and relational phrases of one word ("Putin is courting Erdogan",
    // "conferred an honour on Modi", "a visit by Modi to Mauritius").
    std::vector<int> at(e - b, -1);
    for (int i : ms)
      for (uint32_t t = doc_.mentions[i].token_begin; t < doc_.mentions[i].token_end; ++t) at[t - b] = i;
    std::vector<std::vector<uint32_t>> kids(e - b);
    for (uint32_t t = b; t < e; ++t) {
      const int32_t h = doc_.syntax[t].head;
      if (h >= static_cast<int32_t>(b) && h < static_cast<int32_t>(e)) kids[h - b].push_back(t);
    }
    auto relational = [&](uint32_t c) {
      const std::string full(deprel_name(doc_.syntax[c].deprel));
      const std::string base(deprel_name(deprel_base(doc_.syntax[c].deprel)));
      if (full == "nsubj" || full == "nsubj:pass" || full == "obj" || full == "iobj" || full == "obl:agent" ||
          full == "nmod:poss")
        return true;
      if (base != "obl" && base != "nmod") return false;
      for (uint32_t k : kids[c - b]) {
        if (deprel_name(deprel_base(doc_.syntax[k].deprel)) != "case") continue;
        static const char* kRel[] = {"with", "on", "to", "against", "by", "toward", "towards", "between"};
        const std::string w = lw(k);
        for (const char* r : kRel)
          if (w == r) return true;
      }
      return false;
    };
    for (uint32_t v = b; v < e; ++v) {
      Group g;
      int sides = 0;
      for (uint32_t c : kids[v - b]) {
        if (!relational(c)) continue;
        // "hosted his Brazilian counterpart Lula": a role noun no mention
        // covers stands for the person named in apposition to it.
        int mc = at[c - b];
        // (Or hung on it as a bare nmod, with no preposition of its own.)
        if (mc < 0)
          for (uint32_t k : kids[c - b]) {
            if (at[k - b] < 0) continue;
            const std::string_view kr = deprel_name(deprel_base(doc_.syntax[k].deprel));
            bool cased = false;
            for (uint32_t g : kids[k - b]) cased = cased || deprel_name(deprel_base(doc_.syntax[g].deprel)) == "case";
            if (kr == "appos" || (kr == "nmod" && !cased)) {
              mc = at[k - b];
              break;
            }
          }
        if (mc < 0) continue;
        ++sides;
        add_member(&g, mc);
        for (uint32_t k : kids[c - b])
          if (deprel_name(deprel_base(doc_.syntax[k].deprel)) == "conj" && at[k - b] >= 0) add_member(&g, at[k - b]);
      }
      if (sides >= 2 && g.members.size() >= 2) groups_[s].push_back(std::move(g));
    }
  }

  // "Egypt and Saudi Arabia offered to mediate between the two sides",
  // "France and Germany urged the two countries to talk": a plural phrase
  // that is the object or an oblique of a verb (or of the verb it
  // complements through xcomp) is not the set that verb's subject names; no
  // one mediates between or urges themselves. (A clause of its own may
  // restate its subject: "Russia and China said the two countries would
  // ..." is ccomp, not read here.)
  bool names_own_subject(const Phrase& p, const Group& g) const {
    if (doc_.syntax.size() != n_ || p.head >= n_) return false;
    const std::string_view r = deprel_name(deprel_base(doc_.syntax[p.head].deprel));
    if (r != "obj" && r != "iobj" && r != "obl") return false;
    // The token heading a member's coordination ("Saudi Arabia" is a conj
    // of "Egypt").
    auto top = [&](uint32_t t) {
      for (int d = 0; d < 8 && deprel_name(deprel_base(doc_.syntax[t].deprel)) == "conj" &&
                      doc_.syntax[t].head >= 0;
           ++d)
        t = static_cast<uint32_t>(doc_.syntax[t].head);
      return t;
    };
    int32_t v = doc_.syntax[p.head].head;
    for (int d = 0; d < 3 && v >= 0 && static_cast<size_t>(v) < n_; ++d) {
      // ("Egypt and Qatar, which have mediated between the two sides": a
      // relative clause's subject is the noun it hangs on.)
      const bool relative = deprel_name(doc_.syntax[v].deprel) == "acl:relcl";
      for (int i : g.members) {
        const uint32_t t = top(doc_.mentions[i].head);
        if (t < n_ && doc_.syntax[t].head == v && deprel_name(doc_.syntax[t].deprel) == "nsubj") return true;
        if (relative && t < n_ && static_cast<int32_t>(t) == doc_.syntax[v].head) return true;
      }
      if (deprel_name(deprel_base(doc_.syntax[v].deprel)) != "xcomp") break;
      v = doc_.syntax[v].head;
    }
    return false;
  }

  // The set phrase p stands for: the nearest sentence (p's own, before p,
  // then up to three before it) holding a set of the right kind decides.
  bool resolve(const Phrase& p, Group* out) const {
    const bool states_only = p.kind != HeadKind::kSide;
    for (int back = 0; back <= 3 && static_cast<int>(p.sentence) - back >= 0; ++back) {
      const uint32_t s = p.sentence - back;
      const Group* best = nullptr;
      bool any = false;
      for (const Group& g : groups_[s]) {
        if (back == 0 && g.end > p.begin) continue;
        if (states_only && !g.all_states) continue;
        any = true;
        // The phrase is another set than its own verb's subject: no link,
        // and no guess further back either.
        if (back == 0 && names_own_subject(p, g)) continue;
        if (p.count > 0 && static_cast<int>(g.members.size()) != p.count) continue;
        // With no number, a coordination is the likelier set than a dyad.
        if (!best || (g.coordination && !best->coordination) ||
            (g.coordination == best->coordination && g.end >= best->end))
          best = &g;
      }
      if (!any) continue;
      if (!best) return false;
      *out = *best;
      return true;
    }
    return false;
  }

  std::string member_code(const Phrase& p, int i) const {
    const Actor& a = doc_.mentions[i].actor;
    switch (p.kind) {
      // A state that acts as one of "the two countries" (accuses, signs,
      // elevates ties) acts through its government; the gold sets
      // (tests/gold/README.md) code such phrases so too.
      case HeadKind::kCountry:
      case HeadKind::kGov: return a.country + "GOV";
      case HeadKind::kMil: return a.country + "MIL";
      case HeadKind::kSide: break;
    }
    return a.code;
  }

  void emit(const std::vector<std::pair<const Phrase*, Group>>& linked) {
    if (linked.empty()) return;
    std::vector<ActorMention>& ms = doc_.mentions;
    // Mentions the phrases replace: those inside a linked phrase (the bare
    // agent "leaders", the "military" of "the three military-led nations").
    std::vector<char> drop(ms.size(), 0);
    std::vector<int> replaced_by_phrase(ms.size(), -1);
    // Mentions by first token, so each phrase looks only at its own span.
    std::vector<int> by_begin(ms.size());
    for (size_t i = 0; i < ms.size(); ++i) by_begin[i] = static_cast<int>(i);
    std::stable_sort(by_begin.begin(), by_begin.end(),
                     [&](int a, int b) { return ms[a].token_begin < ms[b].token_begin; });
    for (size_t k = 0; k < linked.size(); ++k) {
      const Phrase& p = *linked[k].first;
      auto from = std::lower_bound(by_begin.begin(), by_begin.end(), p.begin,
                                   [&](int i, uint32_t t) { return ms[i].token_begin < t; });
      for (auto it = from; it != by_begin.end() && ms[*it].token_begin < p.head + 1; ++it) {
        const size_t i = static_cast<size_t>(*it);
        if (ms[i].token_end <= p.head + 1 && (ms[i].actor.country.empty() || ms[i].token_end == p.head + 1)) {
          drop[i] = 1;
          replaced_by_phrase[i] = static_cast<int>(k);
        }
      }
    }
    std::vector<ActorMention> merged;
    std::vector<int> remap(ms.size(), -1);
    std::vector<int> phrase_first(linked.size(), -1);
    merged.reserve(ms.size() + linked.size() * 2);
    size_t x = 0;
    // Built before any mention moves: members are read by index.
    std::vector<std::vector<ActorMention>> made(linked.size());
    for (size_t k = 0; k < linked.size(); ++k) {
      const Phrase& p = *linked[k].first;
      for (int i : linked[k].second.members) {
        ActorMention m;
        m.token_begin = p.begin;
        m.token_end = p.head + 1;
        m.head = p.head;
        m.actor = lex_.make_actor(member_code(p, i));
        m.entry = std::string(kPluralEntry) + p.word + "+" + ms[i].actor.code;
        m.antecedent = i;  // old index, remapped below
        m.basis = "coref";
        m.confidence = 0.7f;
        made[k].push_back(std::move(m));
      }
    }
    auto put_phrase = [&](size_t k) {
      phrase_first[k] = static_cast<int>(merged.size());
      for (ActorMention& m : made[k]) merged.push_back(std::move(m));
    };
    for (size_t i = 0; i < ms.size(); ++i) {
      while (x < linked.size() && linked[x].first->begin <= ms[i].token_begin) {
        put_phrase(x++);
      }
      if (drop[i]) continue;
      remap[i] = static_cast<int>(merged.size());
      merged.push_back(std::move(ms[i]));
    }
    while (x < linked.size()) put_phrase(x++);
    for (size_t i = 0; i < ms.size(); ++i)
      if (drop[i]) remap[i] = phrase_first[replaced_by_phrase[i]];
    for (size_t j = 0; j < merged.size(); ++j) {
      ActorMention& m = merged[j];
      if (m.antecedent >= 0)
        m.antecedent = static_cast<size_t>(m.antecedent) < remap.size() ? remap[m.antecedent] : -1;
    }
    ms = std::move(merged);
  }

  const ActorLexicon& lex_;
  Document& doc_;
  const size_t n_;
  std::vector<int> cover_;  // token -> a mention covering it, or -1
  std::vector<std::vector<Group>> groups_;  // per sentence
};

}  // namespace

void link_plural_references(const ActorLexicon& lex, Document& doc) {
  PluralLinker(lex, doc).run();
}

}  // namespace dyad
