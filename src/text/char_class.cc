#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace dyad::text {
namespace {

constexpr std::array<CharClass, 128> make_ascii_table() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kSymbol;
    if (c <= 32 || c == 127) k = CharClass::kSpace;  // controls count as space
    else if (c >= 'A' && c <= 'Z') k = CharClass::kUpper;
    else if (c >= 'a' && c <= 'z') k = CharClass::kLower;
    else if (c >= '0' && c <= '9') k = CharClass::kDigit;
    else {
      switch (c) {
        case '_': k = CharClass::kConnector; break;
        case '.': k = CharClass::kPeriod; break;
        case '?': case '!': k = CharClass::kTerminal; break;
        case '-': k = CharClass::kHyphen; break;
        case '(': case '[': case '{': k = CharClass::kOpen; break;
        case ')': case ']': case '}': k = CharClass::kClose; break;
        case '"': case '\'': case '`': k = CharClass::kQuote; break;
        case ',': case ';': case ':': k = CharClass::kPunct; break;
        default: k = CharClass::kSymbol; break;  // $ % & @ # * + / < = > \ ^ | ~
      }
    }
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAscii = make_ascii_table();

CharClass classify_non_ascii(UChar32 c) {
  switch (c) {
    case 0x2026: return CharClass::kEllipsis;
    case 0x2010: case 0x2011: return CharClass::kHyphen;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
      return CharClass::kDash;
    case 0x00AB: case 0x00BB: case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2039: case 0x203A:
    case 0x2032: case 0x2033: case 0xFF02: case 0xFF07:
      return CharClass::kQuote;
    case 0xFF0E: case 0x3002: return CharClass::kPeriod;
    case 0xFF1F: case 0xFF01: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
      return CharClass::kTerminal;
    case 0x200B: case 0xFEFF: case 0x2028: case 0x2029: case 0x0085:
      return CharClass::kSpace;
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060:
      return CharClass::kMark;  // soft hyphen and joiners stay inside words
    default: break;
  }
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER: case U_TITLECASE_LETTER: return CharClass::kUpper;
    case U_LOWERCASE_LETTER: return CharClass::kLower;
    case U_MODIFIER_LETTER: case U_OTHER_LETTER: return CharClass::kLetter;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
      return CharClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return CharClass::kDigit;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
      return CharClass::kSpace;
    case U_FORMAT_CHAR: return CharClass::kMark;
    case U_CONNECTOR_PUNCTUATION: return CharClass::kConnector;
    case U_DASH_PUNCTUATION: return CharClass::kDash;
    case U_START_PUNCTUATION: return CharClass::kOpen;
    case U_END_PUNCTUATION: return CharClass::kClose;
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION: return CharClass::kQuote;
    case U_OTHER_PUNCTUATION: return CharClass::kPunct;
    default: return CharClass::kSymbol;  // math, currency, modifier, other symbols,
                                         // private use, unassigned
  }
}

}  // namespace

const CharClass kAsciiClass[128] = {
#define DYAD_C(i) kAscii[i], kAscii[i + 1], kAscii[i + 2], kAscii[i + 3], \
    kAscii[i + 4], kAscii[i + 5], kAscii[i + 6], kAscii[i + 7]
    DYAD_C(0),  DYAD_C(8),  DYAD_C(16), DYAD_C(24), DYAD_C(32), DYAD_C(40),
    DYAD_C(48), DYAD_C(56), DYAD_C(64), DYAD_C(72), DYAD_C(80), DYAD_C(88),
    DYAD_C(96), DYAD_C(104), DYAD_C(112), DYAD_C(120),
#undef DYAD_C
};

Char decode_non_ascii(const char* s, size_t i, size_t n) {
  Char ch;
  // U8_NEXT works on int32_t lengths; windows of at most 4 bytes suffice.
  const int32_t avail = static_cast<int32_t>(n - i < 4 ? n - i : 4);
  int32_t off = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s + i), off, avail, c);
  ch.len = static_cast<uint8_t>(off > 0 ? off : 1);
  if (c < 0) {
    ch.cp = 0xFFFD;
    ch.cls = CharClass::kInvalid;
    return ch;
  }
  ch.cp = static_cast<char32_t>(c);
  ch.cls = classify_non_ascii(c);
  return ch;
}

Char decode_char_before(const char* s, size_t begin, size_t i) {
  // Step back over at most three continuation bytes to a lead byte.
  size_t j = i - 1;
  while (j > begin && i - j < 4 &&
         (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80)
    --j;
  Char ch = decode_char(s, j, i);
  if (j + ch.len != i) {
    ch.cp = 0xFFFD;
    ch.cls = CharClass::kInvalid;
    ch.len = static_cast<uint8_t>(i - j);
  }
  return ch;
}

}  // namespace dyad::text
