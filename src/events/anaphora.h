// Event anaphora: a reaction to an act the text names only by a noun.
//
// News reports an act, then the reactions to it: "Russian missiles struck
// Kyiv overnight. ... Poland condemned the attack." "The attack" names no
// actor, so the reacting verb finds no target; CAMEO codes Poland -> Russia
// 111, the side that did the act. These helpers find the act noun in a
// reacting verb's target slot and the earlier event of the document it
// refers to. The nouns and the codes each can refer to are word sets in
// data/verbs/00-sets.txt (&anaphor-reacts, &anaphor-CODE).
#ifndef DYAD_EVENTS_ANAPHORA_H_
#define DYAD_EVENTS_ANAPHORA_H_

#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "events/arguments.h"
#include "events/tree.h"
#include "events/verb_lexicon.h"

namespace dyad::events {

// Whether an event coded `code` is a reaction that may take its target from
// an earlier act (&anaphor-reacts, by code prefix).
bool reacts_to_acts(const VerbLexicon& lex, const std::string& code);

// Whether token n is a definite act noun that refers back: a noun of some
// &anaphor-CODE set with "the/this/that/these/those" (or a time word as
// owner: "Sunday's attack"), and no actor of its own (no owner, actor
// modifier, or on/against/by/of/from phrase naming an actor: those are
// read by the nominal code and the pattern's own slots).
bool anaphoric_act_noun(const Tree& tree, const Arguments& args, const VerbLexicon& lex, int n);

// How far back an antecedent is looked for, in sentences; for the nouns of
// &anaphor-near ("the move", "the decision"), which fit any kind of act.
inline constexpr uint32_t kAnaphorWindow = 5;
inline constexpr uint32_t kAnaphorNearWindow = 2;
// For an act whose own word the noun repeats ("struck" for "the strikes").
inline constexpr uint32_t kAnaphorSameWordWindow = 15;

// The sources of the act the noun token `noun` (in sentence `sentence`)
// refers to: among tree.doc().events, the nearest earlier event (earlier in
// this sentence than the noun, or up to kAnaphorWindow sentences back)
// whose code fits the noun, which is asserted and in which the reacting
// side (`own_side`) takes no part. An act whose verb repeats the noun's word
// ("struck" for "the strikes") is preferred to a nearer one. All sources
// coded on that same verb ("A and B signed the agreement") are returned.
// Looks only at the window's events.
std::vector<int> act_antecedents(const Tree& tree, const VerbLexicon& lex, int noun, uint32_t sentence,
                                 const std::function<bool(int)>& own_side);

// The act a definite noun names when the story told it before without it
// being coded (its actors not all found, or no pattern for it): "The court
// ruled that the ban was illegal. ... The government criticised the
// ruling" (the court), "Trump's call with Zelensky ... Democrats called the
// call improper" (Trump). Token n must pass anaphoric_act_noun's checks of
// definiteness and no actor of its own, and be an act noun (&anaphor-noun)
// or a thing made or done (&told-act). Looking back from n (this sentence,
// then up to kAnaphorSameWordWindow sentences, kAnaphorNearWindow for the
// &anaphor-near nouns), the nearest of:
//  - a verb with the noun's word (word tie: "ruled"/"ruling",
//    "invaded"/"invasion"), asserted: its subjects, or a passive's
//    by-agent (none for an agentless passive: "the law was passed");
//  - the same noun with an owner: possessor, nationality adjective or
//    by-phrase naming an actor ("Trump's call", "the Chinese ban"; not a
//    name in a compound, the topic: "the Ukraine peace plan"), or the subject of a verb of doing it is the object of ("Moscow
//    imposed the ban"). The same noun definite and unowned ("the call"
//    again) is the same act told again: the search goes on past it; any
//    other use of the noun ends it.
//  - (also a verb that tells the act in other words, &told-verb-NOUN:
//    "fired a missile" for "the launch");
//  - for a noun of any act (&anaphor-near: "the move"), when neither is
//    found, the main act of the sentence before (its root verb, or the
//    clause a speech verb at its root reports); the nearest sentence
//    decides.
// Returns the doer tokens (the caller resolves them to mentions; when one
// of them is the reacting side, the act is its own and it reacts to no
// one), empty for none.
std::vector<int> told_act_doers(const Tree& tree, const Arguments& args, const VerbLexicon& lex, int noun,
                                uint32_t sentence);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_ANAPHORA_H_
