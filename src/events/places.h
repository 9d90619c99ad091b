// Where an event happened, when its sentence says so.
//
// A place is a locative phrase on the words that fired the event: "met
// Kuleba in Brussels", "troops massed near the border", "the attack in
// Kabul", "talks at Camp David". Its head must name a place: a state or a
// capital from the actor lexicon (which also gives the place's country), a
// proper name no lexicon entry claims ("in Antalya"), or a place noun ("in
// the city", "at the border") whose phrase may name the country ("the
// Turkish city of Antalya"). An actor of the event itself ("attacked
// troops in Mali" keeps Mali as the place, but "met Mali's president" has no
// place) and time phrases ("in April") are not places.
//
// No place is guessed from the dateline or the story: an event with no
// locative phrase has none.
//
// With a place, a meeting (040) of two states' actors in a third state is
// CAMEO 044, "meet at a third location"; in one side's state it is a visit
// by the other side (042, "make a visit") hosted by that side (043, "host a
// visit").
#ifndef DYAD_EVENTS_PLACES_H_
#define DYAD_EVENTS_PLACES_H_

#include "dyad/codebook.h"
#include "dyad/document.h"
#include "events/tree.h"

namespace dyad::events {

// Sets place_begin / place_end / place_country of every event in doc.events,
// and recodes 040 to 044 where the place is a third state, to 042 / 043
// where it is the target's / the source's state.
void assign_places(Document& doc, const Tree& tree, const Codebook& book);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_PLACES_H_
