// Actor mentions on a hand-written parse (evtest::parse_rows), found by the
// shipped lexicon: the actor stage's syntax rules (places, appositions,
// owners) tested on the tree they read, not on one parse of the parser.
#ifndef DYAD_TESTS_ACTORS_PLACED_TREE_H_
#define DYAD_TESTS_ACTORS_PLACED_TREE_H_

#include <memory>
#include <string>

#include "dyad/actors.h"
#include "events/event_test_util.h"

namespace dyad::actortest {

inline std::shared_ptr<const ActorLexicon> shipped_lexicon() {
  static auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  return lex;
}

// The tree's document with the actor stage's mentions (article date as given).
inline Document placed(const std::string& rows, const std::string& date = "2024-06-01") {
  Document d = evtest::parse_rows(rows, date);
  d.mentions.clear();
  ActorStage(shipped_lexicon()).run(d);
  return d;
}

// The mention whose words are exactly `text`, or null.
inline const ActorMention* mention_with_text(const Document& d, const std::string& text) {
  for (const auto& m : d.mentions)
    if (d.tokens_text(m.token_begin, m.token_end) == text) return &m;
  return nullptr;
}

// That mention's code, or "(none)".
inline std::string code_of(const Document& d, const std::string& text) {
  const ActorMention* m = mention_with_text(d, text);
  return m ? m->actor.code : "(none)";
}

}  // namespace dyad::actortest

#endif  // DYAD_TESTS_ACTORS_PLACED_TREE_H_
