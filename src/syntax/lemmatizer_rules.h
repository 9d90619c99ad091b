// The lemmatizer's tables and rules. Private to src/syntax/lemmatizer*.cc.
#ifndef DYAD_SYNTAX_LEMMATIZER_RULES_H_
#define DYAD_SYNTAX_LEMMATIZER_RULES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dyad/lemmatizer.h"

namespace dyad {

namespace lemmatizer_internal {

// Word classes the WordNet-derived entries are keyed by.
enum WordClass : int { kNoun = 0, kVerb, kAdj, kAdv, kNumClasses };

struct LemmaTables {
  // A number no other LemmaTables of this process has: per-thread memos of
  // lemma() results are keyed by it (an address could be reused).
  const uint64_t id = next_id();
  static uint64_t next_id();

  // Irregular forms by class, from WordNet's *.exc ("fled" -> "flee").
  std::unordered_map<std::string, std::string> irregular[kNumClasses];
  // Known base forms by class, to choose between rule candidates
  // ("hoped" -> "hope" not "hop"; "stopped" -> "stop").
  std::unordered_set<std::string> known[kNumClasses];
  // Lowercased words WordNet spells with a capital ("american", "iraqi"):
  // such adjectives keep their capital in the lemma.
  std::unordered_set<std::string> capitalized[kNumClasses];
  // Exceptions keyed by "<PTB tag>\t<lowercased form>", learned from a
  // lemmatised corpus where the rules disagree with it. Lemmas as given.
  std::unordered_map<std::string, std::string> by_tag;

  // by_tag again as a small open-addressing index over its entries, filled
  // by index_exceptions() once by_tag is complete. Most words have no
  // exception; a miss here costs one hash of (tag, lowercased word) and one
  // probe, with no key string built. Empty: lemma() uses by_tag directly.
  struct ExceptionSlot {
    uint64_t hash = 0;
    const std::pair<const std::string, std::string>* entry = nullptr;  // node of by_tag
  };
  std::vector<ExceptionSlot> exception_index;
  void index_exceptions();
  // The learned exception for (tag, word), or nullptr.
  const std::string* find_exception(std::string_view word, std::string_view xpos) const;

  // The lemma from rules and WordNet tables only (no learned exceptions).
  std::string rule_lemma(std::string_view word, std::string_view xpos, bool sentence_initial) const;
  // The full lemma: learned exceptions first, then rule_lemma.
  std::string lemma(std::string_view word, std::string_view xpos, bool sentence_initial) const;
};

std::string ascii_lower(std::string_view s);

}  // namespace lemmatizer_internal

struct Lemmatizer::Tables : lemmatizer_internal::LemmaTables {};

}  // namespace dyad

#endif  // DYAD_SYNTAX_LEMMATIZER_RULES_H_
