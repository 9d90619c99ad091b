// Read-only helpers over a Document's dependency layer, shared by the quote
// finder and the event coder: children lists, relation tests and lemmas.
#ifndef DYAD_EVENTS_TREE_H_
#define DYAD_EVENTS_TREE_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::events {

// Relation ids looked up once (deprel_from_name is a linear scan).
struct Rels {
  DepRel nsubj, nsubj_pass, csubj, obj, iobj, obl, obl_agent, obl_tmod, obl_npmod, nmod,
      nmod_tmod, nmod_poss, advcl, advmod, aux, aux_pass, case_, mark, compound, compound_prt,
      amod, xcomp, ccomp, conj, acl, acl_relcl, appos, flat, cop, parataxis, nummod, det, root, cc, punct, list,
      dep_;
  Rels();
};
// Inline so that callers pay a guard test, not a call: the coder asks for a
// relation id hundreds of times per sentence (a call was ~14M instructions
// on VOA x3).
inline const Rels& rels() {
  static const Rels r;
  return r;
}

class Tree {
 public:
  explicit Tree(const Document& doc);

  const Document& doc() const { return doc_; }
  size_t size() const { return lemma_.size(); }
  std::span<const int> children(int t) const {
    return {kids_.data() + kid_off_[t], kid_off_[t + 1] - kid_off_[t]};
  }
  // The head, or -1 for the root and for a malformed head (out of range or self).
  int head(int t) const {
    int h = doc_.syntax[t].head;
    return h >= 0 && static_cast<size_t>(h) < lemma_.size() && h != t ? h : -1;
  }
  DepRel rel(int t) const { return doc_.syntax[t].deprel; }
  DepRel base(int t) const { return base_[t]; }
  UPos upos(int t) const { return doc_.syntax[t].upos; }
  const std::string& xpos(int t) const { return doc_.syntax[t].xpos; }
  // Lower-cased lemma (the lower-cased word when the lemma is missing).
  const std::string& lemma(int t) const { return lemma_[t]; }
  // Lower-cased surface form.
  const std::string& lower(int t) const { return lower_[t]; }

  // Children of t whose relation is r (exact).
  std::vector<int> kids(int t, DepRel r) const;
  int first_kid(int t, DepRel r) const;
  // Children of t whose base relation is r ("obl" also finds "obl:tmod").
  std::vector<int> kids_base(int t, DepRel r) const;
  // t and every token joined to it by conj (recursively), in order; also
  // the coordinated items a parser attached under another label (see
  // is_misread_conjunct).
  std::vector<int> with_conjuncts(int t) const;
  // "met A and Philippine President B": parsers differ on how the second
  // item of a coordination hangs on the first. Read as a conjunct: a
  // prepositionless nmod or a list item after its head whose own phrase
  // opens with the coordinator ("and"/"or" before it in its subtree); an
  // appositive that carries a coordinated list itself ("A, B and C" as
  // appos B with conj C).
  bool is_misread_conjunct(int c) const;
  // Whether a lies inside the subtree of t (t itself included).
  bool dominated_by(int a, int t) const;
  // Whether t heads an "according to X" phrase (a source, not a participant).
  bool is_attribution(int t) const;
  // The case/mark word introducing t ("on" in "on Tuesday"), lower-cased, or "".
  std::string prep_of(int t) const;
  // Passive voice: a passive auxiliary or subject, or a participle
  // complementing a linking verb. A "passive subject" with a direct object
  // and no passive auxiliary is an active clause misread (see the .cc).
  bool is_passive(int v) const;
  // "He was rearrested": a participle whose "was" the parser read as a
  // copula (cop) instead of a passive auxiliary; its nsubj is the patient.
  bool is_copula_passive(int v) const;
  // "were arrested and [charged]", "flee when [attacked] by X": a bare past
  // participle (no auxiliary, subject or object of its own) in an adverbial
  // clause, or coordinated with a passive participle. Its patient is the
  // governing clause's (Arguments::objects).
  bool is_bare_passive_participle(int v) const;
  // "Rebel troops attacked the town.": the tagger often reads a past tense
  // after a plural subject as a participle (VBN), and the parser then hangs
  // the verb on the noun as a reduced relative, leaving a verbless root. A
  // verb under acl with a direct object and no auxiliary, below a noun that
  // is itself the sentence root, is that misparsed main clause, active, with
  // the noun as its subject (a real reduced passive takes no direct object).
  bool is_misparsed_main_clause(int v) const;
  // "In 2024, [the BLA and other groups] killed ...": the parser made the
  // fronted phrase's noun the root and hung the actors on it as an
  // appositive (and its conjuncts). For such a noun h, returns the
  // appositive's first conjunct (the subject phrase), else -1.
  int glued_to_fronted_root(int h) const;
  // An obl:agent child of v with no "by" (a misread direct object), or -1.
  int bare_agent(int v) const;
  // A participle modifying a noun ("the town shelled by X"): passive, the
  // noun is its object. Not a verb marked active (see mark_active_participles).
  bool is_reduced_passive(int v) const;
  // Marks the tokens whose lemma is a verb with no passive reading ("protest",
  // "rally", "clash"): "Thousands of people protested" hung as a participle
  // on "Thousands" is the sentence's main verb, active, not a reduced
  // passive. The coder passes its lexicon's &no-passive set.
  template <typename Pred>
  void mark_active_participles(Pred is_active) {
    active_participle_.assign(lemma_.size(), 0);
    for (size_t t = 0; t < lemma_.size(); ++t) active_participle_[t] = is_active(lemma_[t]) ? 1 : 0;
  }
  // "cease-fire", "build-up", "air-strikes": the tokenizer splits a
  // hyphenated word as EWT does ("cease", "-", "fire"), which leaves its
  // last part's lemma naming another thing ("fire"), so the lexicon's
  // hyphenated words (&ceasefire's "cease-fire", n-buildup's "build-up")
  // never matched. Where `known` accepts the whole word, the last part's
  // lemma becomes it ("cease-fire"); other splits ("U.S.-led", "car-bomb",
  // which the lexicon names by "bomb") keep their lemmas. Parts written with
  // no space only. The coder passes VerbLexicon::knows_hyphenated.
  template <typename Pred>
  void join_hyphenated(Pred known) {
    for (size_t t = 2; t < lemma_.size(); ++t) {
      if (lemma_[t - 1] != "-" || doc_.tokens[t - 2].space_after || doc_.tokens[t - 1].space_after ||
          sent_of_[t - 2] != sent_of_[t])
        continue;
      std::string w = lower_[t - 2] + "-" + lemma_[t];
      if (known(w)) lemma_[t] = std::move(w);
    }
  }
  bool negated(int v) const;
  // An open complement: xcomp, or a clausal subject beside a nominal subject
  // of the same head ("Modi is due [csubj to travel]" with "Modi" as the
  // head's nsubj). A predicate has one subject, so the csubj is the parser's
  // misreading of the infinitive the adjective governs.
  bool is_open_complement(int v) const;
  // A verbless adjective clause opening a sentence ("Concerned about X,
  // Biden called ..."): an adjective under advcl, or under advmod (another
  // parser's label) when it takes a phrase of its own, which no adverb
  // modifier does.
  bool is_adjective_clause(int t) const;
  int sentence_of(int t) const { return sent_of_[t]; }

 private:
  bool compute_negated(int v) const;

  const Document& doc_;
  // Children lists in one array (token order within each): t's children are
  // kids_[kid_off_[t], kid_off_[t + 1]). One allocation, not one per head.
  std::vector<uint32_t> kid_off_;
  std::vector<int> kids_;
  std::vector<std::string> lemma_, lower_;
  std::vector<DepRel> base_;
  std::vector<int> sent_of_;
  std::vector<uint8_t> active_participle_;  // empty until marked
  // negated() per token, -1 until asked: the coder asks it of the same
  // predicate from several rules (~2 times per token on VOA), each time
  // comparing every child's lemma with six words. A Tree belongs to one
  // document on one thread, so the memo needs no lock.
  mutable std::vector<int8_t> negated_;
};

std::string to_lower(std::string_view s);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_TREE_H_
