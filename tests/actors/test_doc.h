// A small, predictable tokenizer for actor tests, so they exercise the
// matcher alone and do not move when the text stage's rules change. It
// follows the text stage's conventions where they matter to the lexicon:
// "'s" split off, internal hyphens as separate "-" tokens, abbreviations with
// internal periods ("U.S.", "U.N.") and honorifics ("Mr.", "Gen.") kept whole,
// sentences ended by . ! ?
#ifndef DYAD_TESTS_ACTORS_TEST_DOC_H_
#define DYAD_TESTS_ACTORS_TEST_DOC_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad::testing {

inline Document make_doc(const std::string& text, const std::string& date = "") {
  Document d;
  d.text = text;
  d.date = date;
  auto push = [&](uint32_t b, uint32_t e, TokenKind k) {
    Token t;
    t.begin = b;
    t.end = e;
    t.norm = text.substr(b, e - b);
    t.kind = k;
    t.space_after = e < text.size() && text[e] == ' ';
    d.tokens.push_back(t);
  };
  auto is_punct = [](char c) { return std::string_view(",;:!?\"()").find(c) != std::string_view::npos; };
  uint32_t i = 0;
  const uint32_t n = static_cast<uint32_t>(text.size());
  while (i < n) {
    if (text[i] == ' ' || text[i] == '\n') { ++i; continue; }
    uint32_t j = i;
    while (j < n && text[j] != ' ' && text[j] != '\n') ++j;
    // [i, j) is a whitespace-delimited chunk.
    uint32_t b = i, e = j;
    while (b < e && is_punct(text[b])) { push(b, b + 1, TokenKind::kPunct); ++b; }
    uint32_t tail_end = e;
    while (e > b && is_punct(text[e - 1])) --e;
    // A final period is its own token unless the word is an abbreviation.
    bool final_period = false;
    if (e > b && text[e - 1] == '.') {
      std::string_view w(text.data() + b, e - b - 1);
      bool abbrev = w.find('.') != std::string_view::npos || w == "Mr" || w == "Mrs" || w == "Ms" ||
                    w == "Dr" || w == "Gen" || w == "Sen" || w == "Rep" || w == "Jr" || w == "St";
      if (!abbrev) { --e; final_period = true; }
    }
    // "'s" clitic.
    uint32_t poss = e;
    if (e - b > 2 && text.compare(e - 2, 2, "'s") == 0) poss = e - 2;
    // Internal hyphens.
    uint32_t s = b;
    for (uint32_t k = b + 1; k + 1 < poss; ++k)
      if (text[k] == '-') {
        push(s, k, TokenKind::kWord);
        push(k, k + 1, TokenKind::kPunct);
        s = k + 1;
      }
    if (poss > s) push(s, poss, TokenKind::kWord);
    if (poss < e) push(poss, e, TokenKind::kWord);
    if (final_period) push(e, e + 1, TokenKind::kPunct);
    for (uint32_t k = final_period ? e + 1 : e; k < tail_end; ++k) push(k, k + 1, TokenKind::kPunct);
    i = j;
  }
  uint32_t start = 0;
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    const std::string& w = d.tokens[t].norm;
    if (w == "." || w == "!" || w == "?" || t + 1 == d.tokens.size()) {
      Sentence s;
      s.token_begin = start;
      s.token_end = t + 1;
      s.begin = d.tokens[start].begin;
      s.end = d.tokens[t].end;
      d.sentences.push_back(s);
      start = t + 1;
    }
  }
  return d;
}

// "text=CODE" for every mention of d, in order. Places named alone (basis
// "place": "Kharkiv", "Texas") are where acts happen, not actors: left out.
inline std::vector<std::string> mention_codes(const Document& d) {
  std::vector<std::string> out;
  for (const auto& m : d.mentions)
    if (m.basis != "place") out.push_back(std::string(d.tokens_text(m.token_begin, m.token_end)) + "=" + m.actor.code);
  return out;
}

// The code of the first mention whose last token is `head` once `stage`
// (an ActorStage) has run on `text`, or "none".
template <class Stage>
inline std::string code_ending(Stage&& stage, const std::string& text, const std::string& head,
                               const std::string& date) {
  Document d = make_doc(text, date);
  stage.run(d);
  for (const auto& m : d.mentions)
    if (d.tokens[m.token_end - 1].norm == head) return m.actor.code;
  return "none";
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_ACTORS_TEST_DOC_H_
