// Event anaphora (events/anaphora.h).
#include "events/anaphora.h"

#include <algorithm>
#include <string_view>

namespace dyad::events {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether the act noun `noun` can refer to an event coded `code`: some
// prefix of the code (root first) has the noun in its &anaphor-CODE set.
bool fits(const VerbLexicon& lex, const std::string& noun, const std::string& code) {
  std::string name = "anaphor-";
  for (size_t k = 2; k <= code.size(); ++k) {
    name.resize(8);
    name.append(code, 0, k);
    if (lex.in_set(name, noun)) return true;
  }
  return false;
}

// An owner that dates the act instead of naming its actor: "Sunday's
// attack", "yesterday's strike", "last week's raid".
bool time_owner(const std::string& l) {
  static const char* const kTime[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", "yesterday", "today", "weekend", "week", "night", "tonight"};
  for (const char* t : kTime)
    if (l == t) return true;
  return false;
}

// Phrases that place the act: the actor they may name ("in Kyiv", a
// capital that stands for a government) is where it happened.
bool place_prep(const std::string& p) {
  return p == "in" || p == "near" || p == "at" || p == "outside" || p == "inside" || p == "across" ||
         p == "along" || p == "around";
}

// Whether the act noun repeats the word of the verb that coded an act:
// the same lemma, or the same stem ("shell"/"shelling", "kill"/"killing",
// "invade"/"invasion", "test-fire"/"test").
bool word_tie(const std::string& verb, const std::string& noun) {
  if (verb == noun) return true;
  // A gerund noun of a short verb: "rule"/"ruling", "ship"/"shipping".
  if (ends_with(noun, "ing") && noun.size() > 5) {
    const std::string_view stem(noun.data(), noun.size() - 3);
    if (verb == stem || (verb.size() == stem.size() + 1 && verb.back() == 'e' && verb.compare(0, stem.size(), stem) == 0))
      return true;
  }
  size_t k = 0;
  while (k < verb.size() && k < noun.size() && verb[k] == noun[k]) ++k;
  return k >= 4 && k + 2 >= std::min(verb.size(), noun.size());
}

}  // namespace

bool reacts_to_acts(const VerbLexicon& lex, const std::string& code) {
  const WordSet* ws = lex.set(CoderSet::anaphor_reacts);
  if (!ws) return false;
  for (size_t k = 2; k <= code.size(); ++k)
    if (ws->contains(std::string_view(code).substr(0, k))) return true;
  return false;
}

namespace {

// anaphoric_act_noun's checks but the noun's set: a definite noun with no
// actor of its own.
bool definite_unowned(const Tree& tree, const Arguments& args, const VerbLexicon& lex, int n) {
  const Rels& R = rels();
  if (n < 0 || static_cast<size_t>(n) >= tree.size()) return false;
  if (tree.upos(n) != UPos::kNOUN || args.mention_at(n) >= 0) return false;
  bool definite = false;
  for (int c : tree.children(n)) {
    const DepRel r = tree.rel(c);
    const DepRel b = tree.base(c);
    if (r == R.det) {
      const std::string& d = tree.lemma(c);
      if (d == "the" || d == "this" || d == "that" || d == "these" || d == "those") definite = true;
      else return false;  // "an attack", "such attacks", "any sanctions", "no deal"
    } else if (r == R.nmod_poss) {
      // "Russia's attack" is the nominal code's; "its decision" names an
      // owner the pronoun stands for, not necessarily the earlier actor.
      if (!time_owner(tree.lemma(c)) || args.mention_at(c) >= 0) return false;
      definite = true;
    } else if (b == R.nmod && place_prep(tree.prep_of(c))) {
      continue;  // "the attack in Kharkiv": where, not who
    } else if (b == R.nmod && tree.prep_of(c) == "as") {
      // "condemned the strikes as a violation of Iraq's sovereignty": the
      // parser hangs the judgement's "as" label on the noun; the label says
      // what the act is, not who did it (the state named in it is the
      // victim).
      continue;
    } else if (b == R.nmod && tree.prep_of(c) == "of" && lex.in_set(CoderSet::patient_act, tree.lemma(n))) {
      // "condemned the detention of the civilian leaders": the "of" phrase
      // of an act done to someone (&patient-act) names its victim, not its
      // doer, who is still the earlier act's.
      continue;
    } else if (b == R.amod || b == R.compound || b == R.nmod || b == R.appos) {
      // An actor on the noun ("the Russian attack", "the U.S. sanctions",
      // "the attack on Kyiv's embassy", "the visit by Xi") gives it its
      // own reading.
      if (args.mention_for(c, -1) >= 0) return false;
      // "the attack on a hospital" names what was hit, no actor: the
      // attacker is still the earlier act's. A by-phrase is an agent even
      // when it names none ("the attack by gunmen"): not ours to guess.
      if (b == R.nmod && tree.prep_of(c) == "by") return false;
    } else if (b == R.acl) {
      // "the move announced by Washington": the participle names the
      // act's own agent.
      for (int a : tree.children(c))
        if (tree.rel(a) == R.obl_agent && args.mention_for(a, -1) >= 0) return false;
    } else if (r == R.nummod) {
      return false;  // "two attacks": counted, not referred back to
    }
  }
  return definite;
}

}  // namespace

bool anaphoric_act_noun(const Tree& tree, const Arguments& args, const VerbLexicon& lex, int n) {
  if (n < 0 || static_cast<size_t>(n) >= tree.size()) return false;
  return lex.in_set(CoderSet::anaphor_noun, tree.lemma(n)) && definite_unowned(tree, args, lex, n);
}

std::vector<int> act_antecedents(const Tree& tree, const VerbLexicon& lex, int noun, uint32_t sentence,
                                 const std::function<bool(int)>& own_side) {
  const Document& doc = tree.doc();
  const std::string& lemma = tree.lemma(noun);
  // A noun for any kind of act ("the move", "the decision") looks back
  // less far: the further back, the likelier it names something the coder
  // never saw.
  const uint32_t window = lex.in_set(CoderSet::anaphor_near, lemma) ? kAnaphorNearWindow : kAnaphorWindow;
  const auto& ev = doc.events;
  // "EU leaders agreed to open accession talks ... Zelenskiy hailed the
  // decision": a decision or move is the announced act itself, so an
  // announced (intended) act is one to react to for those nouns.
  const bool decision = lex.in_set(CoderSet::anaphor_near, lemma);
  const bool announced = lex.in_set(CoderSet::anaphor_announced, lemma);
  auto fitting = [&](const Event& e) {
    if (e.source < 0) return false;
    // (An offer or a proposal is an act announced: its antecedent is
    // intended, "offered to provide vaccines".)
    if (e.modality != Modality::kAsserted && !((decision || announced) && e.modality == Modality::kIntended))
      return false;
    // A reaction found by this rule is no act to react to in turn.
    if (ends_with(e.rule, "/anaphor")) return false;
    return fits(lex, lemma, e.cameo);
  };
  // "U.S. troops clashed with guerrillas ... al-Sadr said the attack was
  // criminal": a clash, each side coded against the other on one verb, is
  // no one's attack; only a noun for mutual violence may name it.
  const bool mutual_noun = lemma == "incident" || lemma == "violence" || lemma == "fighting" ||
                           lemma == "clash" || lemma == "clashes";
  auto mutual = [&](size_t i) {
    const Event& e = ev[i];
    for (size_t j = i + 1; j-- > 0;) {
      const Event& f = ev[j];
      if (f.sentence != e.sentence) break;
      if (f.verb_begin == e.verb_begin && f.source == e.target && f.target == e.source) return true;
    }
    for (size_t j = i + 1; j < ev.size() && ev[j].sentence == e.sentence; ++j) {
      const Event& f = ev[j];
      if (f.verb_begin == e.verb_begin && f.source == e.target && f.target == e.source) return true;
    }
    return false;
  };
  // "Israeli jets struck Gaza after militants fired rockets. Egypt
  // condemned the strikes": the act whose own word the noun repeats
  // (strike/strikes, shell/shelling, invade/invasion, impose sanctions/the
  // sanctions) is the one meant, even if another fitting act is nearer.
  auto same_word = [&](const Event& e) {
    if (e.verb_begin < 0 || e.verb_end < e.verb_begin || static_cast<size_t>(e.verb_end) >= tree.size())
      return false;
    for (int t = e.verb_begin; t <= e.verb_end; ++t)
      if (word_tie(tree.lemma(t), lemma)) return true;
    // "Jihadists killed 30 civilians in an attack on a village. The UN
    // condemned the attack": the act told as done "in" an act of the
    // noun's word.
    // (The parser hangs the phrase on the verb or on its object.)
    const Rels& R = rels();
    auto told_in = [&](int h, DepRel rel) {
      for (int c : tree.children(h)) {
        if (tree.base(c) != rel || !word_tie(tree.lemma(c), lemma)) continue;
        const std::string p = tree.prep_of(c);
        if (p == "in" || p == "during") return true;
      }
      return false;
    };
    if (told_in(e.verb_begin, R.obl)) return true;
    for (int o : tree.kids(e.verb_begin, R.obj))
      if (told_in(o, R.nmod)) return true;
    // "offered to provide vaccines ... did not accept the offer": the act
    // announced by a verb of the noun's word, whose clause it is.
    if (const int g = tree.head(e.verb_begin); g >= 0 && tree.rel(e.verb_begin) == R.xcomp &&
                                               word_tie(tree.lemma(g), lemma))
      return true;
    return false;
  };
  // "Israeli jets struck Gaza after militants fired rockets. Egypt
  // condemned the strikes": when the act told with the noun's own word
  // was not coded (its actors not found), a coded act with another word
  // is likely a different act: no antecedent.
  auto uncoded_tie = [&]() {
    const uint32_t first = sentence >= window ? sentence - window : 0;
    if (first >= doc.sentences.size()) return false;
    for (int t = static_cast<int>(doc.sentences[first].token_begin); t < noun; ++t)
      if (tree.upos(t) == UPos::kVERB && word_tie(tree.lemma(t), lemma)) return true;
    return false;
  };
  // Events are appended sentence by sentence, so walking back from the end
  // meets the window's events first and stops at its start: linear in the
  // document overall. Two passes: a repeated word first, else the nearest.
  // Every source coded on the same verb as event i ("Israel and the UAE
  // signed the accord" gives both signers); empty when the reacting side
  // took part in it (its own act, not one it reacts to: look further back).
  auto sources_of = [&](size_t i) {
    const Event& e = ev[i];
    std::vector<int> out;
    bool own = false;
    for (size_t j = i + 1; j-- > 0;) {
      const Event& f = ev[j];
      if (f.sentence != e.sentence) break;
      if (f.verb_begin != e.verb_begin || f.verb_end != e.verb_end || !fitting(f)) continue;
      own = own || own_side(f.source);
      if (std::find(out.begin(), out.end(), f.source) == out.end()) out.push_back(f.source);
    }
    if (own) out.clear();
    std::reverse(out.begin(), out.end());
    return out;
  };
  // The nearest fitting event (with the noun's own word when `tied`) from
  // `back` sentences back to `near` sentences back, with its sources.
  auto nearest = [&](bool tied, uint32_t near, uint32_t back, std::vector<int>* out) -> int {
    for (size_t i = ev.size(); i-- > 0;) {
      const Event& e = ev[i];
      if (e.sentence > sentence) continue;
      if (e.sentence + back < sentence) break;
      if (e.sentence + near > sentence) continue;
      if (e.sentence == sentence && e.verb_begin >= noun) continue;
      if (!fitting(e) || (tied && !same_word(e))) continue;
      if (!mutual_noun && e.target >= 0 && mutual(i)) continue;
      *out = sources_of(i);
      if (!out->empty()) return static_cast<int>(i);
    }
    return -1;
  };
  // The act told with the noun's word wins over a nearer one in the window;
  // an uncoded verb with that word means no antecedent.
  std::vector<int> out;
  if (nearest(true, 0, window, &out) >= 0) return out;
  if (uncoded_tie()) return {};
  std::vector<int> close;
  const int n = nearest(false, 0, window, &close);
  // Further back, the act with the noun's word (a reaction late in a story
  // names the lead's attack) wins only over no act in the window, or over
  // one done to that act's doers (a pursuit of the attackers: "Jihadists
  // killed 30 civilians in an attack ... The army killed 12 of the
  // gunmen ... The UN condemned the attack"); a nearer act of another kind
  // is the one meant ("Burkinabe soldiers stormed a mosque and killed 10
  // civilians. The UN condemned the attack").
  if (!decision) {
    std::vector<int> far;
    if (nearest(true, window + 1, kAnaphorSameWordWindow, &far) >= 0) {
      // (The doers named again by another word: "jihadists" then "the
      // gunmen", two armed groups of one state.)
      auto armed = [&](const Actor& a) {
        for (const auto& r : a.sectors)
          if (r == "REB" || r == "INS" || r == "SEP" || r == "UAF") return true;
        return false;
      };
      auto same_doers = [&](int t, int f) {
        if (t == f) return true;
        if (t < 0 || f < 0 || static_cast<size_t>(t) >= doc.mentions.size() ||
            static_cast<size_t>(f) >= doc.mentions.size())
          return false;
        const Actor& x = doc.mentions[t].actor;
        const Actor& y = doc.mentions[f].actor;
        if (!x.code.empty() && x.code == y.code) return true;
        return armed(x) && armed(y) && x.country == y.country;
      };
      bool counter = n < 0;
      if (n >= 0)
        for (int f : far) counter = counter || same_doers(ev[n].target, f);
      if (counter) return far;
    }
  }
  return close;
}

std::vector<int> told_act_doers(const Tree& tree, const Arguments& args, const VerbLexicon& lex, int noun,
                                uint32_t sentence) {
  const Rels& R = rels();
  if (noun < 0 || static_cast<size_t>(noun) >= tree.size()) return {};
  const std::string& lemma = tree.lemma(noun);
  if (!lex.in_set(CoderSet::anaphor_noun, lemma) && !lex.in_set(CoderSet::told_act, lemma) &&
      !lex.in_set(CoderSet::told_speech, lemma))
    return {};
  if (!definite_unowned(tree, args, lex, noun)) return {};
  // "welcomed the order by the Iraqi parliament": a "by" phrase right after
  // the noun names its doer even when the parser hangs it on the verb.
  if (static_cast<size_t>(noun + 1) < tree.size() && tree.lemma(noun + 1) == "by" && tree.upos(noun + 1) == UPos::kADP)
    return {};
  const Document& doc = tree.doc();
  if (sentence >= doc.sentences.size()) return {};
  const uint32_t window = lex.in_set(CoderSet::anaphor_near, lemma) ? kAnaphorNearWindow : kAnaphorSameWordWindow;
  const uint32_t first = sentence >= window ? sentence - window : 0;
  const int begin = static_cast<int>(doc.sentences[first].token_begin);
  // A verb told as not done, asked about or only possible is no act told.
  auto asserted = [&](int v) {
    for (int c : tree.children(v)) {
      const std::string& l = tree.lemma(c);
      if (tree.base(c) == R.advmod && (l == "not" || l == "never" || l == "n't")) return false;
      if (tree.rel(c) == R.aux && (l == "would" || l == "could" || l == "might" || l == "may" || l == "should"))
        return false;
      if (tree.rel(c) == R.mark && (l == "if" || l == "whether" || l == "unless")) return false;
    }
    return true;
  };
  auto negated = [&](int v) {
    for (int c : tree.children(v)) {
      const std::string& l = tree.lemma(c);
      if (tree.base(c) == R.advmod && (l == "not" || l == "never" || l == "n't")) return true;
    }
    return false;
  };
  // The actor tokens on a noun: owner, nationality adjective, by-phrase.
  // (Not a name in a compound: "the Ukraine peace plan" is about Ukraine.)
  auto owners = [&](int u) {
    std::vector<int> out;
    for (int c : tree.children(u)) {
      const DepRel r = tree.rel(c);
      const DepRel b = tree.base(c);
      if (r == R.nmod_poss && time_owner(tree.lemma(c))) continue;
      const bool owner = r == R.nmod_poss || (r == R.amod && tree.upos(c) == UPos::kADJ) ||
                         (b == R.nmod && tree.prep_of(c) == "by");
      if (owner && args.mention_for(c, -1) >= 0) out.push_back(c);
    }
    return out;
  };
  // "Zelensky said Russia was the aggressor. ... The Kremlin called the
  // remarks lies": words (&told-speech) are their speaker's, the nearest
  // quotation's speaker or speech verb's subject before the noun (not a
  // speech verb whose clause holds the noun: the reaction's own).
  if (lex.in_set(CoderSet::told_speech, lemma)) {
    const uint32_t near_first = sentence >= kAnaphorNearWindow ? sentence - kAnaphorNearWindow : 0;
    const int near_begin = static_cast<int>(doc.sentences[near_first].token_begin);
    int best_at = -1;
    std::vector<int> best;
    for (const Quote& q : doc.quotes) {
      if (q.speaker < 0 || static_cast<int>(q.token_end) > noun || static_cast<int>(q.token_begin) < near_begin) continue;
      const int at = std::max(static_cast<int>(q.token_end), q.cue);
      if (at >= noun || at <= best_at) continue;
      best_at = at;
      best = {static_cast<int>(doc.mentions[q.speaker].head)};
    }
    for (int t = noun - 1; t > best_at && t >= near_begin; --t) {
      // "'...,' Zelensky said. Later, G7 leaders issued a joint statement.
      // Russia rejected the statement": words told after the quotation are
      // their maker's: an owner, or the subject of the verb that has them
      // as object or phrase ("issued a statement", "said in a statement");
      // none found, no one.
      if (tree.upos(t) == UPos::kNOUN && lex.in_set(CoderSet::told_speech, tree.lemma(t))) {
        if (std::vector<int> o = owners(t); !o.empty()) return o;
        const int h = tree.head(t);
        if (h >= 0 && tree.upos(h) == UPos::kVERB && (tree.rel(t) == R.obj || tree.base(t) == R.obl) && asserted(h))
          return args.subjects(h);
        return {};
      }
      if (tree.upos(t) != UPos::kVERB || !lex.in_set(CoderSet::speech, tree.lemma(t)) || !asserted(t)) continue;
      if (tree.dominated_by(noun, t)) continue;
      std::vector<int> sj = args.subjects(t);
      if (sj.empty()) continue;
      best = std::move(sj);
      break;
    }
    return best;
  }
  // Verbs that tell the act in other words ("fired a missile" for "the
  // launch"): &told-verb-NOUN.
  // Only as far back as a coded act of another word is looked for.
  const std::string other_words = "told-verb-" + lemma;
  const int near_begin = static_cast<int>(doc.sentences[sentence >= kAnaphorWindow ? sentence - kAnaphorWindow : 0].token_begin);
  for (int t = noun - 1; t >= begin; --t) {
    const std::string& l = tree.lemma(t);
    const bool other = t >= near_begin && lex.in_set(other_words, l);
    // (Not a verb that only begins with the noun: "planted a bomb" is no
    // plan.)
    const bool longer = l.size() == lemma.size() + 1 && l.compare(0, lemma.size(), lemma) == 0 && l.back() != 'e';
    if (tree.upos(t) == UPos::kVERB && l != lemma && ((word_tie(l, lemma) && !longer) || other)) {
      if (!asserted(t)) continue;
      if (tree.is_passive(t)) {
        std::vector<int> out;
        for (int c : tree.children(t))
          if (tree.rel(c) == R.obl_agent || (tree.base(c) == R.obl && tree.prep_of(c) == "by")) out.push_back(c);
        return out;
      }
      return args.subjects(t);
    }
    if (tree.upos(t) == UPos::kVERB && l == lemma && asserted(t) && !tree.is_passive(t))
      return args.subjects(t);  // "Russia attacked ... the attack"
    if (tree.upos(t) != UPos::kNOUN || l != lemma) continue;
    if (std::vector<int> o = owners(t); !o.empty()) return o;
    // (An act announced is its announcer's too: "said it would hold
    // drills ... condemned the drills". Not one denied.)
    if (const int h = tree.head(t); h >= 0 && tree.rel(t) == R.obj && lex.in_set(CoderSet::doer_verb, tree.lemma(h)) &&
                                    !negated(h))
      return args.subjects(h);
    if (!definite_unowned(tree, args, lex, t)) return {};
  }
  // "Chinese ships blocked a resupply mission, Manila said. ... It called
  // the move illegal": a noun for any act (&anaphor-near) names the main
  // act of the sentence before (or the one before that): its root verb, or
  // what a speech verb at the root reports. The nearest sentence decides.
  if (lex.in_set(CoderSet::anaphor_near, lemma)) {
    for (uint32_t s = sentence; s-- > first;) {
      const Sentence& sen = doc.sentences[s];
      int act = -1;
      for (uint32_t t = sen.token_begin; t < sen.token_end && t < tree.size(); ++t)
        if (tree.head(static_cast<int>(t)) < 0) act = static_cast<int>(t);
      if (act >= 0 && lex.in_set(CoderSet::speech, tree.lemma(act))) act = tree.first_kid(act, R.ccomp);
      if (act < 0 || tree.upos(act) != UPos::kVERB || lex.in_set(CoderSet::speech, tree.lemma(act)) || !asserted(act))
        return {};
      if (tree.is_passive(act)) {
        std::vector<int> out;
        for (int c : tree.children(act))
          if (tree.rel(c) == R.obl_agent) out.push_back(c);
        return out;
      }
      // (An actor doing it, not a thing of one's: "Russia's currency fell
      // 5 percent ... welcomed the move". And an act a pattern knows:
      // "thousands of Armenians fled" is no move aimed at anyone.)
      const std::vector<VerbPattern>* known = lex.patterns(tree.lemma(act));
      if (!known || known->empty()) return {};
      std::vector<int> out;
      for (int sj : args.subjects(act))
        if (args.mention_at(sj) >= 0 || tree.first_kid(sj, R.nmod_poss) < 0) out.push_back(sj);
      return out;
    }
  }
  return {};
}

}  // namespace dyad::events
