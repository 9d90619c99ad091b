// Scoring the event coder against hand-annotated gold sentences
// (tests/gold/README.md describes the file format). Used by `dyad eval-events`.
//
// Gold is per sentence. A referenced sentence lives in a story of a shared
// JSONL corpus (id + UTF-8 byte offsets + FNV-1a of its bytes); an inline
// sentence carries its own text. Matching is one-to-one within a sentence at
// two levels: root + dyad keys, and full code + full actor codes.
#ifndef DYAD_EVENTS_EVENT_EVAL_H_
#define DYAD_EVENTS_EVENT_EVAL_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "dyad/document.h"

namespace dyad {

struct GoldEvent {
  std::string source;  // CAMEO actor code, "" for none ("-" in the file)
  std::string target;
  std::string code;    // CAMEO event code, "0256"
  Modality modality = Modality::kAsserted;
};

struct GoldSentence {
  std::string where;   // "file:line", for messages
  // Referenced sentence (corpus non-empty) ...
  std::string corpus;  // relative to <shared>/data
  std::string id;
  uint32_t begin = 0, end = 0;
  std::string fnv;     // 16 hex digits
  // ... or inline text.
  std::string text;
  std::string date;
  std::vector<GoldEvent> events;
  // `"skipped": true`: the annotator did not reach this sentence (a second
  // annotation cut short); agreement and consensus scores leave it out.
  bool skipped = false;
};

// The sentence a gold line annotates, for pairing two annotations of one set:
// corpus, id and byte range, or the inline text.
std::string sentence_key(const GoldSentence& g);

// Parses a gold file. Throws std::runtime_error("file:line: what is wrong").
std::vector<GoldSentence> load_gold(const std::string& path);

// Calls `each(line, where)` for every line of a JSONL gold file but blank and
// `#` lines ("file:line" in `where`); a JSON or runtime error thrown by `each`
// is rethrown as std::runtime_error("file:line: what is wrong"). Throws when
// the file cannot be opened.
void for_each_gold_line(const std::string& path,
                        const std::function<void(const std::string& line, const std::string& where)>& each);

// The fields of a gold line that references text in a shared corpus:
// `corpus`, `id`, `fnv` (strings), `begin` < `end` (non-negative integers).
// `hint` is added to a missing-field message. Throws std::runtime_error.
struct GoldRef {
  std::string corpus, id, fnv;
  uint32_t begin = 0, end = 0;
};
GoldRef read_gold_ref(const nlohmann::json& j, const char* hint = "");

// The optional string field `key` of a gold line ("" when absent). Throws
// when it is there but no string.
std::string optional_string(const nlohmann::json& j, const char* key);

// A CAMEO actor code: three-letter groups of capital letters ("TURGOV").
bool is_actor_code(std::string_view s);

// One "SOURCE TARGET CODE [MODALITY]" item; throws std::runtime_error(reason).
GoldEvent parse_gold_event(std::string_view item);

// 64-bit FNV-1a of bytes, as 16 lower-case hex digits.
std::string fnv1a_hex(std::string_view bytes);

// Events that precision and recall count: CAMEO records asserted acts and
// stated intentions (already mapped to 03x); negated, hypothetical and
// requested content is not an event of its own.
inline bool counted(Modality m) {
  return m == Modality::kAsserted || m == Modality::kIntended;
}

// The dyad-level key of an actor code: its country when it starts with one
// (countries: CAMEO/ISO three-letter codes), the first six letters of an
// IGO/NGO/IMG/NGM/MNC code ("IGOUNOREFHCR" -> "IGOUNO"), else its first three
// letters (a bare role such as "REB"). "" stays "".
std::string dyad_key(const std::string& code, const std::unordered_set<std::string>& countries);

// Reads the country codes (both ISO and CAMEO forms) from an actors lexicon
// directory's countries.txt; empty set if it cannot be read.
std::unordered_set<std::string> load_country_codes(const std::string& actors_dir);

// A system event flattened for scoring.
struct SystemEvent {
  std::string source, target, code;
  Modality modality = Modality::kAsserted;
  std::string rule;
  std::string text;  // "src_text -verb-> tgt_text", for --verbose
};

struct PRCounts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct SentenceScore {
  // Indices of matched gold/system events at the root+dyad level (-1 = none).
  std::vector<int> gold_match_root, sys_match_root;
  std::vector<int> gold_match_full, sys_match_full;
};

struct EvalTotals {
  size_t sentences = 0, gold_events = 0, gold_negated = 0;
  size_t system_events = 0, system_uncounted = 0, system_010 = 0;
  size_t negated_as_positive = 0;  // gold negated act emitted as a positive event
  PRCounts root, full;
};

// A 95% percentile interval of root + dyad precision and recall when the
// scored units (stories: the sentences of one story share its actors and
// errors, so they are not independent) are resampled with replacement,
// `rounds` times from a fixed seed (the same input gives the same interval).
// The gold sets are small (a few dozen counted events on some), and the
// interval says how far their figures can be trusted.
struct PRInterval {
  double p_lo = 0, p_hi = 0, r_lo = 0, r_hi = 0;
};
PRInterval bootstrap_pr(const std::vector<PRCounts>& units, int rounds = 2000, uint64_t seed = 1);

// Scores one sentence and adds to totals.
SentenceScore score_sentence(const std::vector<GoldEvent>& gold, const std::vector<SystemEvent>& sys,
                             const std::unordered_set<std::string>& countries, EvalTotals& totals);

// Counted events per CAMEO root ("11"): gold, system, and gold matched at
// root + dyad level. Where a coder (or a second annotator) is weak or strong.
struct RootCounts {
  size_t gold = 0, system = 0, matched = 0;
};
void count_roots(const std::vector<GoldEvent>& gold, const std::vector<SystemEvent>& sys, const SentenceScore& s,
                 std::map<std::string, RootCounts>& out);

// Gold events as system events, to score one annotation against another.
std::vector<SystemEvent> as_system(const std::vector<GoldEvent>& events);

// Two annotations of one sentence, a and b. `agreed`: the counted events of a
// that b also records at root + dyad level (what both annotators saw: the
// consensus a coder is fairly asked to find). `either`: every event of a plus
// the counted events of b that a lacks (what at least one annotator
// defends: a coded event outside it is wrong by both).
struct Consensus {
  std::vector<GoldEvent> agreed, either;
};
Consensus consensus(const std::vector<GoldEvent>& a, const std::vector<GoldEvent>& b,
                    const std::unordered_set<std::string>& countries);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_EVAL_H_
