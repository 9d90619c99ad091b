// Quotations: quoted spans and who said them.
//
// Spans. Double marks (straight or curly) pair within a paragraph; by the
// news convention a quote still open at a paragraph's end continues when the
// next paragraph opens with a mark, and the whole run is one quotation.
// Scraped text loses marks, so nothing may swallow the article: an open mark
// never closed (and not continued) ends with its own sentence; a closing mark
// with no opening, followed by an attribution ('..., obviously," the official
// said'), reaches back to the start of its sentence run. Single marks ('very
// provocative') pair only outside double quotes, within a paragraph.
//
// Kinds. A quote that starts a sentence, follows "said:"/"said,", or spans
// sentences is direct; one embedded in the reporter's sentence is partial.
// Short fragments count only when a cue attributes them (scare quotes do not).
//
// Speakers, in order: a speech verb after the quote ('"...," X said', "said
// X") or before it ('X said: "..."'); for a partial quote, the verb governing
// it ("called the move 'very provocative'"); "according to X"; else the
// speaker of the quote just before in the paragraph (a quote split around
// "he said"), or of the previous paragraph's attribution when the quote opens
// its paragraph. The cue verb's subject is resolved to an actor mention: a
// name, a title or pronoun linked by the actors stage, else "he"/"she" to the
// last speaker or person, "it"/"they" to the last institution or group.
// Cue verbs are the data file data/verbs/00-quote-cues.txt.
#ifndef DYAD_EVENTS_QUOTES_H_
#define DYAD_EVENTS_QUOTES_H_

#include <vector>

#include "dyad/document.h"
#include "events/tree.h"
#include "events/verb_lexicon.h"

namespace dyad::events {

class Arguments;

// Fills doc.quotes. `quote_of` receives, per token, the index of the quote
// containing it (or -1). Linear in the document's tokens.
void find_quotes(Document& doc, const Tree& tree, const VerbLexicon& lex, const Arguments& args,
                 std::vector<int>* quote_of);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_QUOTES_H_
