// The tokenizer: one left-to-right pass over each paragraph.
//
// A "word run" is a maximal stretch of letters, digits and marks, joined by
// connectors that only join when a word character follows ("U.S", "3.5",
// "14,000", "5:00", "don't", "search-engine", "AT&T", "a@b.org"). A run is
// then cut into EWT tokens: hyphens split except after prefixes EWT keeps
// ("e-mail", "non-human") and inside phone numbers; clitics split off
// ("Kyiv" "'s", "do" "n't", "ca" "n't"); "cannot" "gonna" "wanna" "gotta" split
// as in PTB; "5pm" -> "5" "pm". A period right after a run joins it when the
// run is an abbreviation (dotted "U.S", a single capital "J", or listed in
// lexicon.cc). Everything else is one token per punctuation character, except
// runs of periods ("..."), of "?"/"!", of hyphens ("--") and of dashes.
//
// Every step looks at most a few characters ahead, and no token is longer than
// kMaxTokenBytes, so the pass is linear in the text whatever its shape.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "dyad/text.h"
#include "text/char_class.h"
#include "text/lexicon.h"
#include "text/normalize.h"

namespace dyad {
namespace {

using text::Char;
using text::CharClass;
using text::decode_char;
using text::is_letter;
using text::is_word_char;

// Longer stretches (a 50 MB line without spaces) are cut into pieces of this
// size so no single token, and no per-run work, is unbounded.
constexpr size_t kMaxTokenBytes = 1024;
constexpr size_t kMaxUrlBytes = 4096;

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Tokenizer {
 public:
  explicit Tokenizer(Document& doc) : doc_(doc), s_(doc.text.data()) {}

  void paragraph(size_t b, size_t e) {
    pb_ = b;
    pe_ = e;
    size_t i = b;
    while (i < e) {
      Char c = at(i);
      switch (c.cls) {
        case CharClass::kSpace:
          i += c.len;
          break;
        case CharClass::kUpper: case CharClass::kLower: case CharClass::kLetter:
        case CharClass::kDigit: case CharClass::kMark: case CharClass::kConnector: {
          size_t j = url_end(i);
          if (j > i) {
            emit(i, j, TokenKind::kWord);
          } else {
            j = scan_word(i);
            split_run(i, j);
          }
          i = j;
          break;
        }
        case CharClass::kPeriod: {
          size_t j = i + c.len;
          if (s_[i] == '.')
            while (j < e && s_[j] == '.') ++j;
          if (j - i >= 3) emit(i, j, TokenKind::kPunct, "...");
          else emit(i, j, TokenKind::kPunct);
          i = j;
          break;
        }
        case CharClass::kEllipsis:
        case CharClass::kTerminal:
        case CharClass::kDash: {
          size_t j = run_of(i, c.cls);
          emit(i, j, TokenKind::kPunct);
          i = j;
          break;
        }
        case CharClass::kHyphen: {
          size_t j = i + c.len;
          if (s_[i] == '-')
            while (j < e && s_[j] == '-') ++j;
          if (j - i >= 2) emit(i, j, TokenKind::kPunct, "--");
          else emit(i, j, TokenKind::kPunct, "-");
          i = j;
          break;
        }
        case CharClass::kQuote:
          i = quote(i, c);
          break;
        case CharClass::kOpen: case CharClass::kClose: case CharClass::kPunct:
        case CharClass::kSymbol: {
          size_t j = emoticon_end(i);
          if (j > i) {
            emit(i, j, TokenKind::kSymbol);
          } else if ((c.cp == '#' || c.cp == '@') && i + 1 < e &&
                     is_letter(at(i + 1).cls) &&
                     (i == pb_ || text::decode_char_before(s_, pb_, i).cls == CharClass::kSpace)) {
            // Hashtags and @handles are one token ("#elections", "@unicef").
            j = i + 1;
            while (j < e && j - i < kMaxTokenBytes) {
              Char w = at(j);
              if (!is_word_char(w.cls)) break;
              j += w.len;
            }
            emit(i, j, TokenKind::kWord);
          } else if (c.cls == CharClass::kSymbol) {
            // Rules and runs such as "=====" "+++" "$$$" are one token.
            j = i + c.len;
            if (c.cp < 0x80)
              while (j < e && j - i < kMaxTokenBytes && s_[j] == s_[i]) ++j;
            emit(i, j, TokenKind::kSymbol);
          } else {
            j = i + c.len;
            emit(i, j, TokenKind::kPunct);
          }
          i = j;
          break;
        }
        case CharClass::kInvalid:
          emit(i, i + c.len, TokenKind::kSymbol, "\xEF\xBF\xBD");
          i += c.len;
          break;
      }
    }
  }

 private:
  Char at(size_t i) const { return decode_char(s_, i, pe_); }

  // Consecutive characters of class cls (e.g. "?!", "——", "……").
  size_t run_of(size_t i, CharClass cls) const {
    size_t j = i;
    while (j < pe_ && j - i < kMaxTokenBytes) {
      Char c = at(j);
      if (c.cls != cls) break;
      j += c.len;
    }
    return j;
  }

  void emit(size_t b, size_t e, TokenKind kind) {
    emit(b, e, kind, text::normalize_token(std::string_view(s_ + b, e - b)));
  }
  void emit(size_t b, size_t e, TokenKind kind, std::string norm) {
    Token& t = doc_.tokens.emplace_back();
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.norm = std::move(norm);
    t.kind = kind;
    t.space_after = e >= pe_ || at(e).cls == CharClass::kSpace;
  }

  // Quotes: "``" and "''" are one token; an apostrophe attached to the word
  // before it and followed by a clitic ("U.S.'s", "Jones’ll") starts a clitic
  // token; anything else is a one-character quote token.
  size_t quote(size_t i, Char c) {
    if ((c.cp == '`' || c.cp == '\'') && i + 1 < pe_ && s_[i + 1] == static_cast<char>(c.cp)) {
      emit(i, i + 2, TokenKind::kPunct, "\"");
      return i + 2;
    }
    // Doubled curly single quotes ("‘‘" "’’" "‘’") serve as double quotes.
    if ((c.cp == 0x2018 || c.cp == 0x2019) && i + c.len < pe_) {
      Char d = at(i + c.len);
      if (d.cp == 0x2018 || d.cp == 0x2019) {
        emit(i, i + c.len + d.len, TokenKind::kPunct, "\"");
        return i + c.len + d.len;
      }
    }
    if ((c.cp == '\'' || c.cp == 0x2019) && i > pb_ &&
        text::decode_char_before(s_, pb_, i).cls != CharClass::kSpace) {
      size_t k = i + c.len, m = k;
      while (m < pe_ && m - k < 3 && at(m).cls == CharClass::kLower) ++m;
      while (m < pe_ && m - k < 3 && at(m).cls == CharClass::kUpper) ++m;
      std::string_view tail(s_ + k, m - k);
      bool ends = m >= pe_ || !is_word_char(at(m).cls);
      if (ends && (iequals(tail, "s") || iequals(tail, "m") || iequals(tail, "d") ||
                   iequals(tail, "ll") || iequals(tail, "re") || iequals(tail, "ve"))) {
        emit(i, m, TokenKind::kWord);
        return m;
      }
    }
    emit(i, i + c.len, TokenKind::kPunct);
    return i + c.len;
  }

  // End of an emoticon (":)" ";-)" ":D" "=)" "(:" "<3" "^_^") starting at
  // i, or i. EWT keeps these as one SYM token; they often end a sentence.
  size_t emoticon_end(size_t i) const {
    auto ch = [&](size_t k) -> char { return k < pe_ ? s_[k] : '\0'; };
    auto free_after = [&](size_t k) {
      return k >= pe_ || !is_word_char(at(k).cls);
    };
    char c0 = ch(i);
    if (c0 == ':' || c0 == ';' || c0 == '=') {
      if (i > pb_ && is_digit(s_[i - 1])) return i;
      size_t k = i + 1;
      if (ch(k) == '-' || ch(k) == '\'') ++k;
      char m = ch(k);
      if (m == ')' || m == '(' || m == 'D' || m == 'P' || m == 'p' || m == '/' ||
          m == '|' || m == ']' || m == '[' || m == 'O') {
        // Mouths that are letters must stand alone (":D", not ":Do").
        if (free_after(k + 1) && !(m == '/' && ch(k + 1) == '/')) return k + 1;
      }
      return i;
    }
    if (c0 == '(' && ch(i + 1) == ':' && free_after(i + 2)) return i + 2;
    if (c0 == '<' && ch(i + 1) == '3' && free_after(i + 2)) return i + 2;
    if (c0 == '^' && ch(i + 1) == '_' && ch(i + 2) == '^') return i + 3;
    if (c0 == '^' && ch(i + 1) == '^') return i + 2;
    return i;
  }

  // End of a URL starting at i, or i if none starts there.
  size_t url_end(size_t i) const {
    char f = ascii_lower(s_[i]);
    if (f != 'h' && f != 'w' && f != 'f') return i;
    std::string_view rest(s_ + i, std::min<size_t>(pe_ - i, 8));
    if (!(istarts_with(rest, "http://") || istarts_with(rest, "https://") ||
          istarts_with(rest, "ftp://") || istarts_with(rest, "www.")))
      return i;
    size_t j = i;
    int open = 0;
    while (j < pe_ && j - i < kMaxUrlBytes) {
      Char c = at(j);
      if (c.cls == CharClass::kSpace || c.cls == CharClass::kInvalid) break;
      if (c.cp == '(') ++open;
      if (c.cp == ')') --open;
      j += c.len;
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    while (j > i) {
      char last = s_[j - 1];
      if (last == ')' && open < 0) { ++open; --j; continue; }
      if (std::strchr(".,;:!?'\"]}>", last) != nullptr) { --j; continue; }
      if (static_cast<unsigned char>(last) >= 0x80) {
        Char c = text::decode_char_before(s_, i, j);
        if (c.cls == CharClass::kQuote || c.cls == CharClass::kClose) { j -= c.len; continue; }
      }
      break;
    }
    return j > i + 4 ? j : i;
  }

  // The word run starting at i (a word character), with its abbreviation
  // period when it has one.
  size_t scan_word(size_t i) {
    size_t j = i, seg = i;
    flags_ = 0;
    CharClass prev = CharClass::kSpace;
    while (j < pe_ && j - i < kMaxTokenBytes) {
      Char c = at(j);
      if (is_word_char(c.cls)) {
        j += c.len;
        prev = c.cls;
        continue;
      }
      if (j + c.len >= pe_) break;
      Char nx = at(j + c.len);
      bool join = false;
      switch (c.cp) {
        case '.':
          join = is_letter(nx.cls) || nx.cls == CharClass::kDigit;
          break;
        case '\'': case 0x2019:
          join = is_letter(nx.cls) && is_letter(prev);
          break;
        case ',': case ':':
          join = prev == CharClass::kDigit && nx.cls == CharClass::kDigit;
          break;
        case '/':
          join = (prev == CharClass::kDigit && nx.cls == CharClass::kDigit) ||
                 (j - seg == 1 && is_letter(prev) && is_letter(nx.cls));
          break;
        case '-': case 0x2010: case 0x2011:
          join = is_letter(nx.cls) || nx.cls == CharClass::kDigit;
          break;
        case '&':  // "AT&T" "P&L" "p&l", not "official&client"
          join = is_letter(prev) && is_letter(nx.cls) && j - seg <= 3;
          break;
        case '@':
          join = is_word_char(nx.cls) && prev != CharClass::kConnector;
          break;
        default:
          break;
      }
      if (!join) break;
      flags_ |= c.cp == '.' ? kHasPeriod
                : (c.cp == '\'' || c.cp == 0x2019) ? kHasApos
                : (c.cp == '-' || c.cp == 0x2010 || c.cp == 0x2011) ? kHasHyphen
                : (c.cp == '@') ? kHasAt : kHasOther;
      j += c.len;
      seg = j;
      prev = CharClass::kPunct;
    }
    // An abbreviation's period; "Inc.." is "Inc." + "." but "Inc..." is
    // "Inc" + "...".
    if (j < pe_ && s_[j] == '.' &&
        !(j + 2 < pe_ && s_[j + 1] == '.' && s_[j + 2] == '.') && j - i < kMaxTokenBytes) {
      std::string_view w(s_ + i, j - i);
      size_t h = w.find_last_of('-');
      if (h != std::string_view::npos) w = w.substr(h + 1);
      if (takes_period(w, j + 1)) ++j;
    }
    return j;
  }

  // Does the run w, followed by "." at after-1, keep the period?
  bool takes_period(std::string_view w, size_t after) const {
    if (w.empty()) return false;
    if (text::is_dotted_abbreviation(w)) return true;
    if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') {
      // An initial stands before a name or another initial ("J. Smith",
      // "J. R. Smith"); "Plan B." at the end of a paragraph keeps "." apart.
      size_t k = after;
      while (k < pe_ && k - after < 3 && (s_[k] == ' ' || s_[k] == '\t' || s_[k] == '\n')) ++k;
      return k > after && k < pe_ && at(k).cls == CharClass::kUpper;
    }
    switch (text::abbreviation_class(w)) {
      case text::AbbrevClass::kNone:
        return false;
      case text::AbbrevClass::kBeforeNumber: {
        size_t k = after;
        while (k < pe_ && k - after < 3 && (s_[k] == ' ' || s_[k] == '\t')) ++k;
        return k > after && k < pe_ && is_digit(s_[k]);
      }
      default:
        return true;
    }
  }

  // Cuts a word run into tokens: emails and phone numbers whole, hyphens
  // split unless after a kept prefix.
  void split_run(size_t b, size_t e) {
    if ((flags_ & ~kHasPeriod) == 0) {  // the common case: a plain word or number
      split_piece(b, e);
      return;
    }
    std::string_view run(s_ + b, e - b);
    if ((flags_ & kHasAt) || ((flags_ & kHasHyphen) && is_phone(run))) {
      emit(b, e, kind_of(b));
      return;
    }
    if (!(flags_ & kHasHyphen)) {
      split_piece(b, e);
      return;
    }
    size_t piece = b, seg = b;
    for (size_t k = b; k < e;) {
      unsigned char ch = static_cast<unsigned char>(s_[k]);
      size_t hl = 0;
      if (ch == '-') hl = 1;
      else if (ch == 0xE2 && k + 2 < e && static_cast<unsigned char>(s_[k + 1]) == 0x80 &&
               (static_cast<unsigned char>(s_[k + 2]) == 0x90 ||
                static_cast<unsigned char>(s_[k + 2]) == 0x91))
        hl = 3;  // U+2010, U+2011
      if (hl == 0) { ++k; continue; }
      std::string lower;
      for (size_t m = seg; m < k && m - seg < 8; ++m) lower += ascii_lower(s_[m]);
      if (k - seg < 8 && text::is_hyphen_prefix(lower)) {
        k += hl;
        seg = k;
        continue;
      }
      split_piece(piece, k);
      emit(k, k + hl, TokenKind::kPunct, "-");
      k += hl;
      piece = seg = k;
    }
    if (piece < e) split_piece(piece, e);
  }

  // Phone-like digit groups joined by hyphens, last group of four digits and
  // no other group of four ("713-555-0123", "555-0123" but not "1990-2000").
  static bool is_phone(std::string_view r) {
    size_t groups = 0, len = 0, fours = 0;
    for (size_t k = 0; k <= r.size(); ++k) {
      if (k == r.size() || r[k] == '-') {
        if (len == 0) return false;
        ++groups;
        if (len == 4) ++fours;
        len = 0;
        if (k < r.size() && k + 1 == r.size()) return false;
      } else if (is_digit(r[k])) {
        ++len;
      } else {
        return false;
      }
    }
    size_t last = r.size() - (r.find_last_of('-') + 1);
    return groups >= 2 && last == 4 && fours == 1;
  }

  TokenKind kind_of(size_t b) const {
    return at(b).cls == CharClass::kDigit ? TokenKind::kNumber : TokenKind::kWord;
  }

  // One hyphen-free piece: "end.The" split at the period, then clitics.
  void split_piece(size_t b, size_t e) {
    if (!(flags_ & (kHasPeriod | kHasApos))) {
      emit_word(b, e);
      return;
    }
    // A missing space after a sentence period: lower-case word, ".", a
    // capitalised word ("end.The"). Dotted abbreviations and domains differ:
    // they have short or lower-case parts.
    for (size_t k = b + 2; k + 2 < e; ++k) {
      if (s_[k] != '.') continue;
      auto lo = [](char c) { return c >= 'a' && c <= 'z'; };
      if (lo(s_[k - 1]) && lo(s_[k - 2]) && s_[k + 1] >= 'A' && s_[k + 1] <= 'Z' &&
          lo(s_[k + 2])) {
        split_clitics(b, k);
        emit(k, k + 1, TokenKind::kPunct);
        b = k + 1;
      }
    }
    split_clitics(b, e);
  }

  void split_clitics(size_t b, size_t e) {
    if (b >= e) return;
    if (!(flags_ & kHasApos)) {
      emit_word(b, e);
      return;
    }
    std::string_view w(s_ + b, e - b);
    // Apostrophe forms: ' (1 byte) or ’ (3 bytes).
    auto apos_at = [&](size_t k) -> size_t {  // length of an apostrophe at w[k], or 0
      if (k < w.size() && w[k] == '\'') return 1;
      if (k + 2 < w.size() && w.substr(k, 3) == "\xE2\x80\x99") return 3;
      return 0;
    };
    // n't: "don't" -> "do" "n't", "can't" -> "ca" "n't".
    for (size_t al : {size_t{1}, size_t{3}}) {
      size_t nlen = 2 + al;  // n + apostrophe + t
      if (w.size() > nlen && (w[w.size() - nlen] == 'n' || w[w.size() - nlen] == 'N') &&
          apos_at(w.size() - nlen + 1) == al &&
          (w.back() == 't' || w.back() == 'T')) {
        size_t cut = e - nlen;
        emit_word(b, cut);
        emit(cut, e, TokenKind::kWord);
        return;
      }
    }
    // 's 'm 'd 'll 're 've
    for (size_t k = w.size() >= 6 ? w.size() - 6 : 0; k < w.size(); ++k) {
      size_t al = apos_at(k);
      if (al == 0 || k == 0) continue;
      std::string_view tail = w.substr(k + al);
      if (iequals(tail, "s") || iequals(tail, "m") || iequals(tail, "d") ||
          iequals(tail, "ll") || iequals(tail, "re") || iequals(tail, "ve")) {
        emit_word(b, b + k);
        emit(b + k, e, TokenKind::kWord);
        return;
      }
    }
    emit_word(b, e);
  }

  // A clitic-free word: PTB's fused forms, then "5pm" -> "5" "pm".
  void emit_word(size_t b, size_t e) {
    if (b >= e) return;
    std::string_view w(s_ + b, e - b);
    if (w.size() == 6 && iequals(w, "cannot")) {
      emit(b, b + 3, TokenKind::kWord);
      emit(b + 3, e, TokenKind::kWord);
      return;
    }
    if (w.size() == 5 && (iequals(w, "gonna") || iequals(w, "wanna") || iequals(w, "gotta"))) {
      emit(b, b + 3, TokenKind::kWord);
      emit(b + 3, e, TokenKind::kWord);
      return;
    }
    if (is_digit(w[0])) {
      size_t k = 0;
      while (k < w.size() && (is_digit(w[k]) || w[k] == ':' || w[k] == '.' || w[k] == ',')) ++k;
      std::string_view suffix = w.substr(k);
      if (k > 0 && (iequals(suffix, "am") || iequals(suffix, "pm") ||
                    iequals(suffix, "a.m.") || iequals(suffix, "p.m."))) {
        emit(b, b + k, TokenKind::kNumber);
        emit(b + k, e, TokenKind::kWord);
        return;
      }
    }
    emit(b, e, kind_of(b));
  }

  // Connectors seen in the current word run: lets plain words skip the
  // splitting steps.
  enum : unsigned { kHasPeriod = 1, kHasApos = 2, kHasHyphen = 4, kHasAt = 8, kHasOther = 16 };

  Document& doc_;
  const char* s_;
  size_t pb_ = 0, pe_ = 0;
  unsigned flags_ = 0;
};

}  // namespace

void tokenize(Document& doc) {
  doc.tokens.clear();
  // Offsets are uint32_t (document.h): text beyond 4 GiB is not tokenized.
  const size_t n = std::min<size_t>(doc.text.size(), UINT32_MAX);
  doc.tokens.reserve(n / 6 + 8);
  Tokenizer tok(doc);
  if (doc.paragraphs.empty()) {
    tok.paragraph(0, n);
    return;
  }
  size_t floor = 0;  // defensive: paragraphs out of order or overlapping are clipped
  for (const Paragraph& p : doc.paragraphs) {
    size_t b = std::max<size_t>(p.begin, floor), e = std::min<size_t>(p.end, n);
    if (b >= e) continue;
    tok.paragraph(b, e);
    floor = e;
  }
}

}  // namespace dyad
