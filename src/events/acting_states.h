// Which side of an event a named state acts on: itself or its government.
//
// The actor stage codes a state's name as the state ("Russia" -> RUS): the
// words alone do not say whether the government, the army or the country as
// a whole is meant. The event does. A state that condemns, meets, demands,
// threatens or attacks acts through its government, and a state that is
// criticised, met or asked is addressed as one; ICEWS records both as
// "Government (Russia)", and CAMEO coders write RUSGOV. A state on which
// sanctions, coercion or force fall (roots 15-20 as a target: "sanctions on
// Russia", "attacked Ukraine") is the country as a whole and keeps its
// bare code. Only the event's own actor changes (Event::source_actor /
// target_actor); the mention keeps what its words say.
#ifndef DYAD_EVENTS_ACTING_STATES_H_
#define DYAD_EVENTS_ACTING_STATES_H_

#include "dyad/document.h"

namespace dyad::events {

// Sets Event::source_actor / target_actor for every event of doc whose side
// is a state named as such (ActorMention::state_name, or a pronoun or "the
// country" that refers back to one with the same code).
void code_acting_states(Document& doc);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_ACTING_STATES_H_
