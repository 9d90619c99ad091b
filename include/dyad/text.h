// Text stage: tokenizer and sentence splitter written for news English.
//
// Why our own: ICU's sentence breaker splits after "U.S." and "Gen." and its
// word breaker splits "U.S." into "U.S" + "." (../shared/docs/PLATFORM.md). We use
// ICU only for Unicode properties and normalisation.
//
// Tokens follow the Penn Treebank / UD English conventions the tagger and
// parser are trained on: clitics split ("Kyiv's" -> "Kyiv" "'s", "don't" ->
// "do" "n't"), punctuation separate, abbreviations keep their period ("U.S.",
// "Gen.", "Jan.", "p.m."), numbers whole ("14,000", "3.5").
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <string_view>

#include "dyad/document.h"

namespace dyad {

// Fills doc.tokens from doc.text (and doc.paragraphs, when present: no token
// crosses a paragraph boundary). Replaces any existing tokens.
void tokenize(Document& doc);

// Fills doc.sentences from doc.tokens. Sentences never cross paragraphs.
void split_sentences(Document& doc);

// tokenize() then split_sentences().
void run_text_stage(Document& doc);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
