#include "events/dateline.h"

#include <algorithm>
#include <string_view>

namespace dyad::events {
namespace {

bool is_dash(std::string_view w) { return w == "-" || w == "--" || w == "\u2014" || w == "\u2013"; }

bool is_capitalized(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// "WASHINGTON", "U.S." is not: at least three letters, all upper case.
bool is_all_caps_word(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '-' && c != '\'') return false;
  }
  return letters >= 3;
}

bool is_number(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

uint32_t dateline_end(const Document& doc, const Sentence& s) {
  const uint32_t b = s.token_begin;
  const uint32_t e = std::min<uint32_t>(s.token_end, static_cast<uint32_t>(doc.tokens.size()));
  if (e <= b) return b;
  auto word = [&](uint32_t t) { return doc.token_text(t); };
  // "(CNN) President ...": a credit of one to three capitalised words in
  // parentheses opening the sentence, then an optional dash.
  if (word(b) == "(") {
    uint32_t t = b + 1;
    while (t < e && t - b <= 4 && is_capitalized(word(t))) ++t;
    if (t > b + 1 && t < e && word(t) == ")" && t + 1 < e) {
      ++t;
      if (is_dash(word(t)) && t + 1 < e) ++t;
      return is_capitalized(word(t)) ? t : b;
    }
    return b;
  }
  // "WASHINGTON (Reuters) -", "KYIV, Ukraine, April 14 (AP) —": an upper-case
  // place, then capitalised words, commas, numbers and a parenthesised credit,
  // closed by a dash within the first 16 tokens.
  if (!is_all_caps_word(word(b))) return b;
  for (uint32_t t = b + 1; t < e && t - b < 16; ++t) {
    std::string_view w = word(t);
    // The story proper opens with a capital ("NATO - the alliance - met" is
    // no dateline).
    // A hyphen glued to the words on both sides joins them ("NATO
    // Secretary-General Mark Rutte"): no dateline dash.
    if (w == "-" && !doc.tokens[t - 1].space_after && !doc.tokens[t].space_after) return b;
    if (is_dash(w)) return t + 1 < e && is_capitalized(word(t + 1)) ? t + 1 : b;
    if (!(is_capitalized(w) || w == "," || w == "(" || w == ")" || w == "." || is_number(w))) return b;
  }
  return b;
}

}  // namespace dyad::events
