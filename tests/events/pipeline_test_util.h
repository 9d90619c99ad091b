// End-to-end helpers for coder tests on invented text: text -> tagger ->
// lemmatizer -> parser -> actors -> events with the shipped models and
// lexicons. Tests skip (NEED_MODELS) when a model is missing.
#ifndef DYAD_TESTS_EVENTS_PIPELINE_TEST_UTIL_H_
#define DYAD_TESTS_EVENTS_PIPELINE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "dyad/actors.h"
#include "dyad/data_path.h"
#include "dyad/lemmatizer.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"
#include "dyad/text.h"
#include "events/event_test_util.h"

namespace dyad {
namespace pipetest {

struct Nlp {
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  std::unique_ptr<ActorStage> actors;
};

// The shipped models, loaded once; null when one is missing.
inline const Nlp* nlp() {
  static std::unique_ptr<Nlp> n = []() -> std::unique_ptr<Nlp> {
    std::string root = DYAD_SOURCE_DIR;
    for (const char* m : {"/models/tagger.bin", "/models/parser.bin", "/models/lemmas.tsv"})
      if (!std::filesystem::exists(root + m)) return nullptr;
    auto p = std::make_unique<Nlp>();
    p->tagger = Tagger::load(root + "/models/tagger.bin");
    p->lemmatizer = Lemmatizer::load(root + "/models/lemmas.tsv");
    p->parser = Parser::load(root + "/models/parser.bin");
    p->actors = std::make_unique<ActorStage>(load_actor_lexicon(root + "/data/actors"));
    return p;
  }();
  return n.get();
}

// Codes `text` as one article dated `date`; paragraphs are separated by
// blank lines.
inline Document code_text(const std::string& text, const std::string& date = "2021-04-14") {
  Document doc;
  doc.text = text;
  doc.date = date;
  size_t p = 0;
  while (p < text.size()) {
    size_t e = text.find("\n\n", p);
    if (e == std::string::npos) e = text.size();
    if (e > p) doc.paragraphs.push_back({static_cast<uint32_t>(p), static_cast<uint32_t>(e), false});
    p = e + 2;
  }
  run_text_stage(doc);
  nlp()->tagger.tag(doc);
  nlp()->lemmatizer.lemmatize(doc);
  nlp()->parser.parse(doc);
  nlp()->actors->run(doc);
  evtest::shipped_stage().run(doc);
  return doc;
}

// The document's events, one per line, for failure messages.
// The code of the first mention whose words are exactly `words`, or "(none)".
inline std::string mention_code(const Document& d, const std::string& words) {
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == words) return m.actor.code;
  return "(none)";
}

inline std::string describe(const Document& d) {
  std::ostringstream o;
  for (const auto& s : evtest::summarize(d)) o << "  " << s << "\n";
  return o.str();
}

inline bool starts(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// An event whose source/target codes start with src/tgt ("" = no target),
// whose code starts with `code`, with modality m.
inline const Event* find(const Document& d, const std::string& src, const std::string& tgt, const std::string& code,
                         Modality m = Modality::kAsserted) {
  for (const Event& e : d.events) {
    std::string s = e.source >= 0 ? d.mentions[e.source].actor.code : "";
    std::string t = e.target >= 0 ? d.mentions[e.target].actor.code : "";
    if (starts(s, src) && (tgt.empty() ? t.empty() : starts(t, tgt)) && starts(e.cameo, code) && e.modality == m)
      return &e;
  }
  return nullptr;
}

// As `find`, on the codes the event itself gives its sides (an event may
// place a bare side: Event::source_actor / target_actor); asserted only.
inline const Event* find_sides(const Document& d, const std::string& src, const std::string& tgt,
                               const std::string& code) {
  for (const Event& e : d.events) {
    const Actor* s = d.source_actor(e);
    const Actor* t = d.target_actor(e);
    if (s && starts(s->code, src) && t && starts(t->code, tgt) && starts(e.cameo, code) &&
        e.modality == Modality::kAsserted)
      return &e;
  }
  return nullptr;
}

// As `find`, whatever the event's modality.
inline const Event* find_any_modality(const Document& d, const std::string& src, const std::string& tgt,
                                      const std::string& code) {
  for (Modality m : {Modality::kAsserted, Modality::kNegated, Modality::kHypothetical, Modality::kIntended,
                     Modality::kRequested, Modality::kDenied})
    if (const Event* e = find(d, src, tgt, code, m)) return e;
  return nullptr;
}

// Any event whose code starts with `code`, whoever its actors, with modality m.
inline const Event* find_code(const Document& d, const std::string& code, Modality m = Modality::kAsserted) {
  for (const Event& e : d.events)
    if (starts(e.cameo, code) && e.modality == m) return &e;
  return nullptr;
}

// Whether some actor mention's words contain `text`.
inline bool has_mention(const Document& d, const std::string& text) {
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end).find(text) != std::string::npos) return true;
  return false;
}

// Events with a code starting with `root` (a root, or any code prefix), any
// actors and modality.
inline int count_root(const Document& d, const std::string& root) {
  int n = 0;
  for (const Event& e : d.events) n += starts(e.cameo, root);
  return n;
}

}  // namespace pipetest
}  // namespace dyad

#define NEED_MODELS() \
  if (!::dyad::pipetest::nlp()) GTEST_SKIP() << "models/tagger.bin, parser.bin or lemmas.tsv absent"

#endif  // DYAD_TESTS_EVENTS_PIPELINE_TEST_UTIL_H_
