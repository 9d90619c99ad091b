// A small store for the server tests, built from hand-made Documents (no NLP
// pipeline involved, so the tests pin the server, not the coder). The articles
// are short, invented, and carry known events, quotations and spans.
#ifndef DYAD_TESTS_SERVER_SERVER_FIXTURE_H_
#define DYAD_TESTS_SERVER_SERVER_FIXTURE_H_

#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::testing {

struct FixtureEvent {
  int sentence;                  // index of the sentence (one per paragraph)
  std::string source, source_code, source_country;
  std::string verb;
  std::string target, target_code, target_country;  // target "" = none
  std::string cameo, plover;
  double goldstein;
  int quad;
};

struct FixtureQuote {
  int sentence;
  std::string quoted;            // the words inside the marks
  std::string speaker, speaker_code, speaker_country;
  std::string cue;
};

// Builds a coded Document: paragraphs[0] is the headline; each paragraph is
// one sentence; phrases are found in their sentence (first occurrence).
Document make_document(const std::string& id, const std::string& url, const std::string& date,
                       const std::vector<std::string>& paragraphs, const std::vector<FixtureEvent>& events,
                       const std::vector<FixtureQuote>& quotes = {});

// Writes the standard three-article test store to path (replacing it).
void write_fixture_store(const std::string& path);

// The code points of s (for slicing text by the API's offsets).
std::u32string code_points(const std::string& utf8);
std::string to_utf8(const std::u32string& s);

}  // namespace dyad::testing

#endif  // DYAD_TESTS_SERVER_SERVER_FIXTURE_H_
