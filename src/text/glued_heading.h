// Subheadings glued onto the sentence after them.
//
// Scraped news often loses the line break after a subheading, so the text
// reads "... said on Friday. Border talks The two delegations met ...": the
// splitter ends the previous sentence at its period but has no punctuation to
// end "Border talks", and the tagger and parser then take the heading words
// for the subject of the next clause. glued_heading_tokens recognises such a
// heading at the start of a sentence from the words alone (the text need not
// keep its line structure; when it does, the newline rule of the splitter
// already separates headings).
#ifndef DYAD_TEXT_GLUED_HEADING_H_
#define DYAD_TEXT_GLUED_HEADING_H_

#include <cstddef>

#include "dyad/document.h"

namespace dyad::text {

// The number of leading tokens of the sentence doc.tokens[tb, te) that form a
// glued subheading, or 0 when the sentence does not start with one.
//
// A heading is 1-5 words, the first capitalised, without punctuation, clause
// words (auxiliaries, pronouns, "said", "also", "not") or a function word at
// its end, and it must be followed by a capitalised word that plainly opens a
// sentence: a determiner, preposition, subordinator or sentence adverb ("The",
// "During", "Since", "When", "Meanwhile"), a pronoun before a lower-case word
// (sentence-case headings only), or a repetition of the heading's noun
// ("Border talks Talks between ..."). A heading made only of capitalised
// words (a name, a title: "Vice Premier", "Moon Jae") needs the opener to be
// followed by a lower-case word, and never takes a pronoun opener, so names
// such as "He Lifeng" or "Theresa May" do not split; "The" before a
// capitalised word after a descriptor noun ("the newspaper The Times") is a
// title, not a sentence start. Linear in the heading length (bounded).
size_t glued_heading_tokens(const Document& doc, size_t tb, size_t te);

}  // namespace dyad::text

#endif  // DYAD_TEXT_GLUED_HEADING_H_
