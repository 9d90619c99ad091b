// Small closed word lists the tokenizer and sentence splitter consult:
// abbreviations (and how each behaves at a possible sentence end), words that
// commonly start a sentence, and the hyphen prefixes that EWT keeps attached.
//
// The lists are written for news English and kept in code because they are
// part of the tokenization convention itself (changing them changes token
// boundaries the tagger was trained on), not user-tunable knowledge.
#ifndef DYAD_TEXT_LEXICON_H_
#define DYAD_TEXT_LEXICON_H_

#include <string_view>

namespace dyad::text {

enum class AbbrevClass : unsigned char {
  kNone,          // not a known abbreviation
  kTitle,         // "Gen." "Dr." "Sen.": precedes a name, never ends a sentence
  kBeforeNumber,  // "No." "Vol." "Art.": an abbreviation only before a number
  kMonth,         // "Jan." "Sept.": no break before a day number
  kCanEnd,        // "Inc." "Jr." "St." "etc.": may end a sentence
  kNeverEnd,      // "e.g." "i.e." "vs." "cf.": always mid-sentence
};

// Class of `word` followed by a period ("Gen" for "Gen."). Exact case, except
// that patterns of single letters and periods ("U.S", "a.m", "Ph.D") are
// recognised without a list and reported as kCanEnd by classify_period_word.
AbbrevClass abbreviation_class(std::string_view word);

// True for letters-and-periods forms such as "U.S" "a.m" "Ph.D" "e.g":
// at least one internal period and every part 1-3 letters.
bool is_dotted_abbreviation(std::string_view word);

// Is `lower` (already lower-cased ASCII) a word that, capitalised, commonly
// starts a sentence? ("the", "he", "but", "however", ...)
bool is_sentence_starter(std::string_view lower);

// Is `lower` a prefix that EWT keeps joined to the word after its hyphen
// ("e-mail", "non-human", "pre-war", "co-workers")?
bool is_hyphen_prefix(std::string_view lower);

}  // namespace dyad::text

#endif  // DYAD_TEXT_LEXICON_H_
