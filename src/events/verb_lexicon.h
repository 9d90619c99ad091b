// The compiled verb-pattern lexicon (format: data/verbs/README.md).
//
// Patterns are keyed by predicate lemma. Each adds conditions on the
// predicate's dependents (particle, object head and its modifiers,
// prepositional phrases by preposition and head, open complement) and says
// where the target comes from. Per lemma, patterns are tried most specific
// first; the first that matches decides (a "---" code means "no event", which
// lets a specific pattern veto a general one).
#ifndef DYAD_EVENTS_VERB_LEXICON_H_
#define DYAD_EVENTS_VERB_LEXICON_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/flat_string_index.h"
#include "core/string_hash.h"
#include "dyad/document.h"

namespace dyad {

// The word sets the coder itself reads (data/verbs/README.md), named in
// code as CoderSet::<name with '-' as '_'>. VerbLexicon::finish() resolves
// each name once; the coder asks by id (tens of look-ups per sentence, where
// a look-up by name hashed and compared the name every time).
#define DYAD_CODER_SETS(X) \
  X(accuse_verb, "accuse-verb") \
  X(act_by, "act-by") \
  X(act_ended, "act-ended") \
  X(act_owner, "act-owner") \
  X(adj_hypothetical, "adj-hypothetical") \
  X(adj_intended, "adj-intended") \
  X(adj_negated, "adj-negated") \
  X(agreement, "agreement") \
  X(aim_verb, "aim-verb") \
  X(airstrike, "airstrike") \
  X(allegation, "allegation") \
  X(anaphor_near, "anaphor-near") \
  X(anaphor_announced, "anaphor-announced") \
  X(anaphor_noun, "anaphor-noun") \
  X(anaphor_reacts, "anaphor-reacts") \
  X(aspect_verb, "aspect-verb") \
  X(athlete, "athlete") \
  X(attacknoun, "attacknoun") \
  X(bare_refusal, "bare-refusal") \
  X(by_doer_act, "by-doer-act") \
  X(carry_verb, "carry-verb") \
  X(claim, "claim") \
  X(counterpart, "counterpart") \
  X(counterpart_strict, "counterpart-strict") \
  X(crowd_noun, "crowd-noun") \
  X(demand_answer, "demand-answer") \
  X(deny_verb, "deny-verb") \
  X(doer_verb, "doer-verb") \
  X(expel_from, "expel-from") \
  X(feeling_passive, "feeling-passive") \
  X(fight_noun, "fight-noun") \
  X(from_owned, "from-owned") \
  X(harm_passive, "harm-passive") \
  X(head_verb, "head-verb") \
  X(hostile_condition, "hostile-condition") \
  X(infrastructure, "infrastructure") \
  X(joint_process, "joint-process") \
  X(judge_conduct, "judge-conduct") \
  X(judge_verb, "judge-verb") \
  X(law_noun, "law-noun") \
  X(law_owner, "law-owner") \
  X(link_verb, "link-verb") \
  X(linked_person, "linked-person") \
  X(loss_noun, "loss-noun") \
  X(made_goods, "made-goods") \
  X(measure, "measure") \
  X(measure_in, "measure-in") \
  X(measure_in_force, "measure-in-force") \
  X(meeting, "meeting") \
  X(meeting_deferred, "meeting-deferred") \
  X(meeting_happen, "meeting-happen") \
  X(negotiation, "negotiation") \
  X(no_passive, "no-passive") \
  X(noun_disposed, "noun-disposed") \
  X(noun_hypothetical, "noun-hypothetical") \
  X(noun_intended, "noun-intended") \
  X(noun_negated, "noun-negated") \
  X(objcontrol, "objcontrol") \
  X(origin_verb, "origin-verb") \
  X(pending, "pending") \
  X(pending_for, "pending-for") \
  X(patient_act, "patient-act") \
  X(polity_noun, "polity-noun") \
  X(quantity, "quantity") \
  X(quote_document, "quote_document") \
  X(quote_partial, "quote_partial") \
  X(quote_speech, "quote_speech") \
  X(quote_stance, "quote_stance") \
  X(refusal_answers, "refusal-answers") \
  X(region_act, "region-act") \
  X(relations, "relations") \
  X(reporting, "reporting") \
  X(sanction, "sanction") \
  X(sanction_follow, "sanction-follow") \
  X(speech, "speech") \
  X(speech_setting, "speech-setting") \
  X(sport, "sport") \
  X(stance_accuse, "stance-accuse") \
  X(stance_criticize, "stance-criticize") \
  X(stance_doer, "stance-doer") \
  X(state_verb, "state-verb") \
  X(stative_passive, "stative-passive") \
  X(strike_verb, "strike-verb") \
  X(social_ill, "social-ill") \
  X(struck_site, "struck-site") \
  X(struck_thing, "struck-thing") \
  X(talks_go_on, "talks-go-on") \
  X(text_noun, "text-noun") \
  X(threat_sanction, "threat-sanction") \
  X(told_act, "told-act") \
  X(told_speech, "told-speech") \
  X(trade_noun, "trade-noun") \
  X(troops, "troops") \
  X(vehicle, "vehicle") \
  X(xcomp_hypothetical, "xcomp-hypothetical") \
  X(xcomp_intended, "xcomp-intended")

enum class CoderSet : uint16_t {
#define DYAD_CODER_SET_ID(id, name) id,
  DYAD_CODER_SETS(DYAD_CODER_SET_ID)
#undef DYAD_CODER_SET_ID
  kCount
};

// A set of lemmas; `any` matches every word (written "*").
struct WordSet {
  bool any = false;
  StringSet words;
  // words again as a flat index (VerbLexicon::finish() builds it): the coder
  // tests lemmas against sets tens of times per sentence, and each test in
  // the node-based set is a chain of cache misses. Words are only ever
  // added, so an index of the same size as `words` holds exactly its words;
  // a set grown after indexing is answered by `words`.
  FlatStringIndex index;
  // With the index: a 512-bit signature of the words' first byte, last
  // byte and length (one cache line). Most lemmas the coder tests are in no
  // set, and most miss their bit here before any hashing of their bytes.
  uint64_t sig[8] = {};
  static unsigned sig_bit(std::string_view w) {
    const uint32_t f = w.empty() ? 0u : static_cast<unsigned char>(w.front());
    const uint32_t l = w.empty() ? 0u : static_cast<unsigned char>(w.back());
    const uint32_t key = (f << 16) | (l << 8) | static_cast<uint32_t>(std::min<size_t>(w.size(), 255));
    return (key * 0x9E3779B1u) >> 23;  // 0..511
  }
  void build_index() {
    index = FlatStringIndex();
    for (uint64_t& x : sig) x = 0;
    for (const std::string& w : words) {
      index.add(w, 0);
      const unsigned b = sig_bit(w);
      sig[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  bool contains(std::string_view w) const {
    if (any) return true;
    if (index.size() == words.size()) {
      const unsigned b = sig_bit(w);
      if (!((sig[b >> 6] >> (b & 63)) & 1)) return false;
      return index.find(w) != FlatStringIndex::kMissing;
    }
    return words.find(w) != words.end();
  }
};

enum class CondKind : uint8_t {
  kPrt,     // compound:prt particle lemma
  kObj,     // object head lemma
  kObjMod,  // a modifier (amod/compound/nmod) of the object head
  kIobj,    // indirect object head lemma
  kXcomp,   // open complement head lemma
  kPrep,    // obl/nmod/advcl of the verb (or nmod of its object) introduced by `prep`
  kMod,     // a modifier (advmod/amod/compound) of the predicate itself
  kClause,  // the head of the clause the predicate governs (xcomp/ccomp/"to" advcl)
  kObj2,    // a second complement after the object ("called [X] [a threat]"): its head lemma
  kSubjMod, // a modifier (amod/compound) of the subject head ("a [suicide] bomber killed")
  kSubjRole,// a role of the subject's actor, in lower case ("a federal [jud]ge blocked the policy")
  kEsubj,   // the governed clause's own subject head ("proposed that [Moscow] withdraw")
  kEaux,    // an auxiliary of the governed clause ("told X that they [should] leave")
  kObjClause,// the head of a clause on the object noun (acl, acl:relcl: "rejected [demands] that he [step] down",
            // "calls to [scrap] the law")
  kContent, // flag `content`: the object noun carries a content clause with a subject of its own
            // ("rejected [claims] that it armed the rebels"), or the verb one beside its object
};

struct Cond {
  CondKind kind = CondKind::kObj;
  std::string prep;  // kPrep only
  WordSet words;
};

// Where a target (or, for kSubj, nothing special) is looked for.
struct Slot {
  enum Kind : uint8_t { kObj, kIobj, kPrep, kEmbeddedSubj, kSubj } kind = kObj;
  std::string prep;  // kPrep only
  // kEmbeddedSubj written `epass`: the governed clause's passive subject
  // ("warned that protesters would be arrested": the protesters).
  bool passive = false;
};

enum class Voice : uint8_t { kAny, kActive, kPassive };

struct VerbPattern {
  std::string id;
  std::string code;          // CAMEO code, or "" for "---" (no event)
  std::vector<Cond> conds;
  std::vector<Slot> targets; // tried in order; the first slot that yields actors wins
  bool target_optional = false;  // emit with no target when none is found
  bool target_none = false;      // never look for a target
  bool mutual = false;       // "X and Y met": conjoined subjects code each other
  bool joint = false;        // both sides perform the act: "A signed a deal with B" is A->B and B->A
  bool recipient = false;    // the subject receives: "A accepted aid from B" is B->A
  bool igo = false;          // targets must be intergovernmental organisations ("withdrew from the AU")
  bool land = false;         // targets must be states or places, sources states, governments or armed
                             // forces ("Israel withdrew from Lebanon"; not "withdrew from the government")
  bool people = false;       // no event between two bare states: a physical assault is on people
                             // ("police beat protesters"); "Russia beat Croatia" is a match result
  bool direct = false;       // targets must be mentions themselves, not modifiers of a noun
  bool cop = false;          // a nominal predicate ("X is a threat"): the speaker judges the subject
  bool noun = false;         // a nominal event ("Russia's invasion of Ukraine"): the lemmas are nouns
  bool reported = false;     // only as reported content ("X said Y is defying ..."): the speaker accuses the subject
  bool neg = false;          // only when the verb is negated; the event itself is then asserted ("does not comment": 011)
  bool future = false;       // only as an announced act (will, vow to...): "we will retaliate" is a threat, "retaliated" is not
  bool done = false;         // only as a reported act, never announced or possible: "engaged with X" is a contact,
                             // "will continue to engage with" / "need to engage with" is a stance, no planned meeting
  Voice voice = Voice::kAny;
  bool has_gov = false;      // governs an embedded clause (xcomp/ccomp)...
  Modality gov = Modality::kAsserted;  // ...which gets this modality
  bool absorb = false;       // the embedded event is folded into this one
  std::string derive;        // table mapping the embedded code to this event's code
  std::string file;
  int line = 0;
  int specificity = 0;
};

class VerbLexicon {
 public:
  VerbLexicon() = default;
  // lemma_patterns_ and set_ptrs_ point into the maps' nodes: a copy would point into
  // the original. Moving keeps the nodes, and so the pointers, valid.
  VerbLexicon(const VerbLexicon&) = delete;
  VerbLexicon& operator=(const VerbLexicon&) = delete;
  VerbLexicon(VerbLexicon&&) = default;
  VerbLexicon& operator=(VerbLexicon&&) = default;

  // Throws std::runtime_error("file:line: what is wrong").
  static std::shared_ptr<VerbLexicon> load_dir(const std::string& dir);
  // Adds the patterns in `text` (one file's content); `name` for errors.
  void parse(std::string_view text, const std::string& name);
  // Sorts patterns by specificity; call after the last parse().
  void finish();

  const std::vector<VerbPattern>* patterns(std::string_view lemma) const;
  // Longest-prefix lookup of `code` in derivation table `table`; "" if none.
  std::string derive(const std::string& table, std::string_view code) const;
  // A named word set (&name), or nullptr.
  const WordSet* set(std::string_view name) const;
  // Whether `lemma` is in set `name`; a set missing from a user's lexicon is
  // empty. For the sets the coder itself reads (data/verbs/README.md).
  bool in_set(std::string_view name, std::string_view lemma) const {
    const WordSet* ws = set(name);
    return ws && ws->contains(lemma);
  }
  // The same for the coder's own sets, by id (resolved by finish()).
  static std::string_view coder_set_name(CoderSet s);
  const WordSet* set(CoderSet s) const {
    return indexed_ ? coder_sets_[static_cast<size_t>(s)] : set(coder_set_name(s));
  }
  bool in_set(CoderSet s, std::string_view lemma) const {
    const WordSet* ws = set(s);
    return ws && ws->contains(lemma);
  }

  // Whether a hyphenated word ("cease-fire", "build-up", "air-strike") is
  // named anywhere in the lexicon: a pattern's lemma, a condition's words or
  // a word set. The tokenizer splits such words as EWT does ("cease - fire"),
  // and the coder joins them again only when the lexicon knows the whole
  // word (Tree::join_hyphenated).
  bool knows_hyphenated(std::string_view w) const { return hyphenated_.find(w) != hyphenated_.end(); }

  size_t pattern_count() const;
  // Every pattern, for validation and statistics.
  std::vector<const VerbPattern*> all_patterns() const;
  const std::map<std::string, std::map<std::string, std::string>>& tables() const { return tables_; }

 private:
  WordSet parse_words(std::string_view spec, const std::string& name, int line) const;

  StringMap<std::vector<VerbPattern>> by_lemma_;
  // by_lemma_ as a flat index (built by finish()), for patterns(): the
  // coder asks for every verb's and noun's lemma, and most have none.
  FlatStringIndex lemma_index_;
  std::vector<const std::vector<VerbPattern>*> lemma_patterns_;
  FlatStringIndex set_index_;  // sets_ by name, for set()
  std::vector<const WordSet*> set_ptrs_;
  std::array<const WordSet*, static_cast<size_t>(CoderSet::kCount)> coder_sets_{};  // by CoderSet, into sets_
  bool indexed_ = false;  // lemma_index_ and set_index_ reflect the maps
  StringMap<WordSet> sets_;
  std::map<std::string, std::map<std::string, std::string>> tables_;  // table -> prefix -> code
  std::unordered_set<std::string> ids_;
  StringSet hyphenated_;  // every hyphenated word the lexicon names (finish())
};

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_LEXICON_H_
