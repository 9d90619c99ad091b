// Helpers shared by the text-stage tests.
#ifndef DYAD_TESTS_TEXT_TEXT_TEST_UTIL_H_
#define DYAD_TESTS_TEXT_TEXT_TEST_UTIL_H_

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/text.h"

namespace dyad::testing {

inline Document tokenized(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize(doc);
  return doc;
}

// Surfaces of the tokens of text.
inline std::vector<std::string> toks(const std::string& text) {
  Document doc = tokenized(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

// Norms of the tokens of text.
inline std::vector<std::string> norms(const std::string& text) {
  Document doc = tokenized(text);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.push_back(t.norm);
  return out;
}

// Sentence texts of doc after the whole text stage.
inline std::vector<std::string> sentence_texts(Document& doc) {
  run_text_stage(doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.span_text(s.begin, s.end));
  return out;
}

inline std::vector<std::string> sents(const std::string& text) {
  Document doc;
  doc.text = text;
  return sentence_texts(doc);
}

// Offsets are inside the text, non-empty, strictly increasing and never
// overlapping; sentences tile the tokens in order.
inline bool layers_valid(const Document& doc, std::string* why) {
  uint32_t prev_end = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    if (t.begin >= t.end || t.end > doc.text.size() || t.begin < prev_end) {
      *why = "token " + std::to_string(i) + " has bad offsets";
      return false;
    }
    prev_end = t.end;
  }
  uint32_t next = 0;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (s.token_begin != next || s.token_end <= s.token_begin ||
        s.token_end > doc.tokens.size() || s.begin != doc.tokens[s.token_begin].begin ||
        s.end != doc.tokens[s.token_end - 1].end) {
      *why = "sentence " + std::to_string(k) + " is inconsistent";
      return false;
    }
    next = s.token_end;
  }
  if (next != doc.tokens.size()) {
    *why = "sentences do not cover all tokens";
    return false;
  }
  return true;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEXT_TEXT_TEST_UTIL_H_
