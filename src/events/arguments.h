// Who did it and to whom: subjects (with control, coordination, relative
// clauses and passives), objects and prepositional slots of a predicate, and
// the mapping from argument tokens to actor mentions.
#ifndef DYAD_EVENTS_ARGUMENTS_H_
#define DYAD_EVENTS_ARGUMENTS_H_

#include <vector>

#include "dyad/document.h"
#include "events/tree.h"
#include "events/verb_lexicon.h"

namespace dyad::events {

class Arguments {
 public:
  Arguments(const Tree& tree, const VerbLexicon& lex);

  // Tokens naming who performs v: nsubj, the by-agent of a passive, or the
  // controller for xcomp/conj/relative/purpose clauses. Conjuncts included.
  std::vector<int> subjects(int v) const;
  // The grammatical subject a speech verb attributes words to (for a passive
  // "X was quoted as saying", X).
  std::vector<int> speakers(int v) const;
  // Objects of v (nsubj:pass for a passive). Conjuncts included.
  std::vector<int> objects(int v) const;
  std::vector<int> iobjects(int v) const;
  // Heads of the phrases introduced by `prep` under v (obl/nmod/advcl) or
  // under v's objects (nmod). Conjuncts included.
  std::vector<int> prep_phrases(int v, const std::string& prep) const;
  // The clause v governs: xcomp, else ccomp, else a "to" purpose advcl; -1.
  int embedded(int v) const;
  // "for X to V": the head of the "for" phrase that ends right before v's
  // "to" (v's subject when it has none of its own), or -1.
  int for_subject(int v) const;

  // The mention standing for token t (following antecedents), or -1. `speaker`
  // is used for first-person pronouns inside a quotation.
  int mention_for(int t, int speaker) const;
  int follow(int m) const;
  // The mention covering t itself (no modifier descent), followed; or -1.
  int mention_at(int t) const {
    return t >= 0 && static_cast<size_t>(t) < mention_at_.size() && mention_at_[t] >= 0 ? follow(mention_at_[t]) : -1;
  }

 private:
  std::vector<int> subjects_rec(int v, int depth) const;
  // The patient of a passive clause with no subject of its own: a passive
  // conjunct's first conjunct's, an adverbial participle's governing
  // clause's subject (see objects()).
  std::vector<int> inherited_patient(int v) const;
  int fronted_object(int v) const;
  int extracted_through_report(int v) const;
  int misread_report_subject(int c, int v) const;
  int amod_main_clause_subject(int v) const;
  int appositive_participle_subject(int v) const;
  int interrupted_subject(int v) const;
  int fronted_participle_subject(int v) const;
  std::vector<int> fronted_subject(int v) const;
  std::vector<int> stranded_subject(int v) const;
  int detached_object(int v) const;
  int relative_object(int v) const;
  int allegation_actor(int v, int* noun) const;
  bool after_stray_preposition(int c, int v) const;
  // A CAMEO region named by the lexicon ("the West", "Western", "Arab"):
  // no state and no organisation, but a named actor all the same.
  bool named_region(int m) const;

  const Tree& tree_;
  const VerbLexicon& lex_;
  const WordSet* objcontrol_;
  std::vector<int> mention_at_;  // token -> best covering mention
  std::vector<char> in_dateline_;  // token -> part of a wire dateline or credit
  std::vector<int> implied_at_;  // passive verb -> agent the actor stage implied
};

}  // namespace dyad::events

#endif  // DYAD_EVENTS_ARGUMENTS_H_
