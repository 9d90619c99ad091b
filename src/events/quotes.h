// Quotations: quoted spans (straight or curly marks, possibly spanning
// sentences and, by the news convention of an unclosed mark, paragraphs) and
// their speakers, found through a speech verb next to the quote.
#ifndef DYAD_EVENTS_QUOTES_H_
#define DYAD_EVENTS_QUOTES_H_

#include <vector>

#include "dyad/document.h"
#include "events/tree.h"
#include "events/verb_lexicon.h"

namespace dyad::events {

class Arguments;

// Fills doc.quotes. `quote_of` receives, per token, the index of the quote
// containing it (or -1).
void find_quotes(Document& doc, const Tree& tree, const VerbLexicon& lex, const Arguments& args,
                 std::vector<int>* quote_of);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_QUOTES_H_
