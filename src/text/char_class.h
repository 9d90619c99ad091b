// Character classes the tokenizer works with, and a UTF-8 decoder that never
// fails (invalid bytes come back as kInvalid, one maximal bad subsequence at a
// time, so the caller can make them symbol tokens and move on).
//
// ASCII is classified by a table (the common case in news text); everything
// else asks ICU for the General_Category. ICU is used only for properties and
// normalisation, never for segmentation (see ../shared/docs/PLATFORM.md).
#ifndef DYAD_TEXT_CHAR_CLASS_H_
#define DYAD_TEXT_CHAR_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad::text {

enum class CharClass : uint8_t {
  kSpace,       // any white space, including NBSP and the Unicode spaces
  kUpper,       // letters: upper/title case
  kLower,       // letters: lower case
  kLetter,      // letters without case (CJK, Arabic, ...)
  kDigit,       // decimal digits and other numbers
  kMark,        // combining marks and joiners: continue the current word
  kConnector,   // "_" and other connector punctuation: part of words
  kPeriod,      // "."
  kTerminal,    // "?" "!" and their full-width forms
  kEllipsis,    // U+2026
  kHyphen,      // "-" U+2010 U+2011
  kDash,        // en dash, em dash, figure dash, horizontal bar
  kOpen,        // ( [ { and other opening brackets
  kClose,       // ) ] } and other closing brackets
  kQuote,       // " ' ` and the curly/guillemet quotes
  kPunct,       // , ; : and other punctuation
  kSymbol,      // $ % & @ # + = and the symbol categories
  kInvalid,     // an invalid UTF-8 sequence
};

struct Char {
  char32_t cp = 0;      // U+FFFD for invalid input
  uint8_t len = 1;      // bytes consumed, >= 1
  CharClass cls = CharClass::kSpace;
};

// The ASCII classes, by byte value (0-127).
extern const CharClass kAsciiClass[128];

// Decodes and classifies a non-ASCII character starting at s[i].
Char decode_non_ascii(const char* s, size_t i, size_t n);

// Decodes the character starting at s[i] (i < n) and classifies it.
inline Char decode_char(const char* s, size_t i, size_t n) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return Char{b, 1, kAsciiClass[b]};
  return decode_non_ascii(s, i, n);
}

// Decodes the character that ends just before s[i] (i > begin). Only used for
// short look-backs; returns kInvalid for bytes that do not form a character.
Char decode_char_before(const char* s, size_t begin, size_t i);

inline bool is_letter(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetter;
}
inline bool is_word_char(CharClass c) {
  return is_letter(c) || c == CharClass::kDigit || c == CharClass::kMark ||
         c == CharClass::kConnector;
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_CHAR_CLASS_H_
