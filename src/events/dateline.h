// Wire-story datelines and credits at the start of a sentence:
// "WASHINGTON (Reuters) - ...", "KYIV, Ukraine, April 14 (AP) — ...",
// "(CNN) President ...". The place and the agency there name where and by whom
// the story was filed, not an actor of the sentence's events; the parser hangs
// them on the clause as subjects or appositions all the same.
#ifndef DYAD_EVENTS_DATELINE_H_
#define DYAD_EVENTS_DATELINE_H_

#include <cstdint>

#include "dyad/document.h"

namespace dyad::events {

// The first token of sentence s after a leading dateline or credit, or
// s.token_begin when it has none. Looks at most at the first 16 tokens.
uint32_t dateline_end(const Document& doc, const Sentence& s);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_DATELINE_H_
