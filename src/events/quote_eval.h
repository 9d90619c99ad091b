// Scoring the quotation finder against hand-annotated gold quotes
// (tests/gold/README.md, "Quotation gold"). Used by `dyad eval-quotes`.
//
// A gold line is one quotation in a story of a shared JSONL corpus: the byte
// span of the quoted words (without the marks) in the story's `text`, an
// FNV-1a hash of that whole text, the kind (direct | partial) and the speaker
// as the text names it, with the byte spans of the speaker's mentions and the
// CAMEO code when the story makes it clear (or null: nobody is named).
//
// Matching: a system quote and a gold quote of the same story match when
// their spans share at least one byte; pairs are taken one-to-one, largest
// overlap first (ties: the earlier gold quote, then the earlier system quote).
#ifndef DYAD_EVENTS_QUOTE_EVAL_H_
#define DYAD_EVENTS_QUOTE_EVAL_H_

#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/event_eval.h"

namespace dyad {

using ByteSpan = std::pair<uint32_t, uint32_t>;  // half-open

struct GoldQuote {
  std::string where;   // "file:line", for messages
  std::string corpus;  // relative to <shared>/data
  std::string id;
  std::string fnv;     // FNV-1a of the story's whole `text`, 16 hex digits
  std::string date;    // optional article date
  uint32_t begin = 0, end = 0;
  bool partial = false;
  // The speaker; has_speaker false when the text names nobody.
  bool has_speaker = false;
  std::string speaker_text;
  std::vector<ByteSpan> speaker_spans;  // first: the naming nearest the quote
  std::string speaker_code;             // "" when the story does not make it clear
};

// Parses a quote gold file. Throws std::runtime_error("file:line: what is wrong").
std::vector<GoldQuote> load_quote_gold(const std::string& path);

// A system quote flattened for scoring, in the same byte coordinates as the
// gold it is scored against.
struct SystemQuote {
  uint32_t begin = 0, end = 0;
  bool partial = false;
  // The speaker's words near the quote and the mention(s) they resolve to
  // (followed through coreference to the named actor); empty: no speaker.
  std::vector<ByteSpan> speaker_spans;
  std::string speaker_code;
  std::string speaker_text;  // for --verbose
};

struct QuoteTotals {
  size_t gold = 0, system = 0, matched = 0;
  size_t kind_agree = 0;         // matched quotes whose direct/partial kind agrees
  size_t no_speaker = 0;         // matched quotes to which the system gave no speaker
  size_t with_gold_speaker = 0;  // matched quotes whose gold names a speaker
  size_t mention_ok = 0;         // ... of which the system's speaker overlaps a gold speaker span
  size_t with_gold_code = 0;     // matched quotes whose gold speaker has a code
  size_t key_ok = 0;             // ... of which dyad_key(system code) == dyad_key(gold code)
  size_t key_no_code = 0;        // ... of which the system speaker has no code
  double precision() const { return system ? double(matched) / double(system) : 0.0; }
  double recall() const { return gold ? double(matched) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct QuoteScore {
  std::vector<int> gold_match, sys_match;  // index of the matched quote, -1 = none
  std::vector<char> mention_ok, key_ok;    // per gold quote (meaningful when matched)
};

bool spans_overlap(ByteSpan a, ByteSpan b);

// Scores the quotes of one story (gold and system in the same coordinates)
// and adds to totals.
QuoteScore score_quotes(const std::vector<GoldQuote>& gold, const std::vector<SystemQuote>& sys,
                        const std::unordered_set<std::string>& countries, QuoteTotals& totals);

}  // namespace dyad

#endif  // DYAD_EVENTS_QUOTE_EVAL_H_
