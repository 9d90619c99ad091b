// Helpers for events tests: documents from compact hand-written parses, and
// hand-made actor mentions.
#ifndef DYAD_TESTS_EVENTS_EVENT_TEST_UTIL_H_
#define DYAD_TESTS_EVENTS_EVENT_TEST_UTIL_H_

#include <algorithm>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/codebook.h"
#include "dyad/conllu.h"
#include "dyad/document.h"
#include "dyad/events.h"

namespace dyad::evtest {

// `rows`: one token per line, "ID FORM LEMMA UPOS XPOS HEAD DEPREL" separated
// by spaces; a blank line separates sentences. Returns one Document.
inline Document parse_rows(const std::string& rows, const std::string& date = "2021-04-14") {
  std::istringstream in(rows);
  std::ostringstream conllu;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::vector<std::string> f;
    std::string w;
    while (ls >> w) f.push_back(w);
    if (f.empty()) {
      conllu << "\n";
      continue;
    }
    if (f.size() != 7) throw std::runtime_error("bad test row: " + line);
    conllu << f[0] << '\t' << f[1] << '\t' << f[2] << '\t' << f[3] << '\t' << f[4] << "\t_\t" << f[5]
           << '\t' << f[6] << "\t_\t_\n";
  }
  conllu << "\n";
  std::istringstream cin(conllu.str());
  auto docs = read_conllu(cin, "test");
  if (docs.size() != 1) throw std::runtime_error("expected one document");
  Document d = std::move(docs[0]);
  d.date = date;
  return d;
}

// Adds a mention over the `nth` occurrence of the token sequence `words`
// (space-separated); the head is the last token. Returns its index.
inline int add_mention(Document& doc, const std::string& words, const std::string& code, int nth = 0,
                       int antecedent = -1) {
  std::istringstream ws(words);
  std::vector<std::string> seq;
  std::string w;
  while (ws >> w) seq.push_back(w);
  for (size_t i = 0; i + seq.size() <= doc.tokens.size(); ++i) {
    bool ok = true;
    for (size_t k = 0; k < seq.size() && ok; ++k) ok = doc.token_text(i + k) == seq[k];
    if (ok && nth-- == 0) {
      ActorMention m;
      m.token_begin = static_cast<uint32_t>(i);
      m.token_end = static_cast<uint32_t>(i + seq.size());
      m.head = static_cast<uint32_t>(i + seq.size() - 1);
      m.actor.code = code;
      m.actor.country = code.substr(0, 3);
      m.antecedent = antecedent;
      doc.mentions.push_back(m);
      return static_cast<int>(doc.mentions.size() - 1);
    }
  }
  throw std::runtime_error("mention text not found: " + words);
}

inline std::shared_ptr<const Codebook> shipped_codebook() {
  static auto book = std::make_shared<const Codebook>(
      Codebook::load(std::string(DYAD_SOURCE_DIR) + "/data/cameo/codebook.tsv"));
  return book;
}

inline std::shared_ptr<const VerbLexicon> shipped_verbs() {
  static auto lex = load_verb_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/verbs");
  return lex;
}

// The coder tests check how acts are coded, often with actors no state
// places ("Rebels attacked the village"), so this stage keeps the events the
// shipped default leaves out (EventOptions::keep_unplaced);
// coder_unplaced_test.cc tests that policy with default_stage().
inline const EventStage& shipped_stage() {
  static EventStage stage(shipped_verbs(), shipped_codebook(), EventOptions{.keep_unplaced = true});
  return stage;
}
inline const EventStage& default_stage() {
  static EventStage stage(shipped_verbs(), shipped_codebook());
  return stage;
}

// A hand-written tree coded by the shipped stage, with actor mentions placed
// on words: {{"Chile", "CHL"}, {"Peru", "PER"}}; a word named twice gets its
// first, then its second occurrence.
inline Document coded(const std::string& rows,
                      const std::vector<std::pair<std::string, std::string>>& mentions) {
  Document d = parse_rows(rows);
  std::map<std::string, int> nth;
  for (const auto& [w, c] : mentions) add_mention(d, w, c, nth[w]++);
  shipped_stage().run(d);
  return d;
}

// "SRC>TGT:CODE:modality" for each event, TGT "-" when absent.
inline std::vector<std::string> summarize(const Document& doc) {
  std::vector<std::string> out;
  for (const Event& e : doc.events) {
    std::string s = e.source >= 0 ? doc.mentions[e.source].actor.code : "?";
    std::string t = e.target >= 0 ? doc.mentions[e.target].actor.code : "-";
    out.push_back(s + ">" + t + ":" + e.cameo + ":" + std::string(modality_name(e.modality)));
  }
  return out;
}

inline std::vector<std::string> sorted_summary(const Document& doc) {
  auto v = summarize(doc);
  std::sort(v.begin(), v.end());
  return v;
}

using Strings = std::vector<std::string>;

// sorted_summary restricted to the events a scorer counts (asserted or
// intended), as `dyad eval-events` reads them.
inline Strings counted_summary(const Document& doc) {
  Strings out;
  for (const std::string& s : sorted_summary(doc))
    if (s.ends_with(":asserted") || s.ends_with(":intended")) out.push_back(s);
  return out;
}

}  // namespace dyad::evtest

#endif  // DYAD_TESTS_EVENTS_EVENT_TEST_UTIL_H_
