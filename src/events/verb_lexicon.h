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
  void build_index() {
    index = FlatStringIndex();
    for (const std::string& w : words) index.add(w, 0);
  }
  bool contains(std::string_view w) const {
    if (any) return true;
    if (index.size() == words.size()) return index.find(w) != FlatStringIndex::kMissing;
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
  kEsubj,   // the governed clause's own subject head ("proposed that [Moscow] withdraw")
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
  bool indexed_ = false;  // lemma_index_ and set_index_ reflect the maps
  StringMap<WordSet> sets_;
  std::map<std::string, std::map<std::string, std::string>> tables_;  // table -> prefix -> code
  std::unordered_set<std::string> ids_;
  StringSet hyphenated_;  // every hyphenated word the lexicon names (finish())
};

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_LEXICON_H_
