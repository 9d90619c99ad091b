// Plural references to actors named together earlier: "Mali, Niger and
// Burkina Faso left the bloc. The three countries accused ...", "Putin met
// Erdogan ... The two presidents", "both sides", "the trio".
#ifndef DYAD_ACTORS_PLURAL_H_
#define DYAD_ACTORS_PLURAL_H_

#include <string_view>

#include "dyad/document.h"

namespace dyad {

class ActorLexicon;

// Prefix of the entry of every mention made for a plural phrase. One phrase
// that stands for n actors becomes n mentions over the same tokens (same
// span and head), each with one antecedent; the event coder reads them
// together as n sources or targets (events/event_stage.cc resolve_into).
inline constexpr std::string_view kPluralEntry = "plural:";

// Finds definite plural phrases headed by a state, leader or side word
// ("the two countries", "both leaders", "the three military-led nations",
// "the trio") and links each to the set of distinct actors named together
// nearest before it: a coordination ("X, Y and Z") or, with a tree, the
// actors one predicate relates ("Putin is courting Erdogan", "conferred an
// honour on Modi"), in its own sentence before it or in the three before.
// The nearest sentence holding such a set decides: a number in the phrase
// ("two", "both", "trio") must equal the set's size, else the phrase stays
// as it was. A phrase that links replaces the mention on its head (the
// bare agent "leaders"). Mentions stay in text order; antecedents are
// renumbered. Linear in mentions times a small window.
void link_plural_references(const ActorLexicon& lex, Document& doc);

}  // namespace dyad

#endif  // DYAD_ACTORS_PLURAL_H_
