// Compatibility with the field's event coders: TABARI, PETRARCH-1 and
// PETRARCH-2 (../shared/docs/FORMATS.md).
//
// Users keep their dictionaries (verbs with synsets and patterns, actors with
// date ranges, agents, discards, issues); dyad reads them as they are and codes
// with them over its own tokens, tags and dependency tree. The loaders never
// stop on a bad line: each malformed line becomes a Diagnostic
// ("file:line: reason") and is skipped, because real dictionaries carry years
// of hand edits and one typo must not cost a user the other 20,000 entries.
//
// Two pattern semantics live side by side, because the programs differ:
//  * linear (TABARI, PETRARCH-1): pattern words are matched over the token
//    sequence before and after the verb; `$`/`+`/`%` mark the source, target
//    and compound actor slots; `_` glues words together.
//  * tree (PETRARCH-2, UD-PETRARCH): nouns must head noun phrases governed by
//    the verb, `(PREP NOUN)` must be a prepositional dependent; the source is
//    the subject, the target the object or a pattern's prepositional phrase.
// Both are compiled from the file into the structures in compat_dict.h and
// applied by the Coder (compat_coder.h).
#ifndef DYAD_COMPAT_H_
#define DYAD_COMPAT_H_

#include "dyad/compat_coder.h"
#include "dyad/compat_dict.h"
#include "dyad/compat_validate.h"

#endif  // DYAD_COMPAT_H_
