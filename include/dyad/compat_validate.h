// The field's validation suites (FORMATS.md §9): PETRARCH-1 unit-test XML,
// UD-PETRARCH functional validation XML (CoNLL-U parses), and TABARI's
// Validate.text driven by Validate.project. Reading, coding and scoring.
#ifndef DYAD_COMPAT_VALIDATE_H_
#define DYAD_COMPAT_VALIDATE_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/compat_coder.h"
#include "dyad/compat_dict.h"

namespace dyad {
class Pipeline;
}

namespace dyad::compat {

struct Triple {
  std::string source, target, code;
  bool operator==(const Triple& o) const { return source == o.source && target == o.target && code == o.code; }
  bool operator<(const Triple& o) const {
    return source != o.source ? source < o.source : target != o.target ? target < o.target : code < o.code;
  }
  std::string str() const { return source + " " + target + " " + code; }
};

struct SuiteRecord {
  std::string id, category;
  int date = 0;
  std::string text;
  enum class Parse : uint8_t { kNone, kTreebank, kConllu } parse_kind = Parse::kNone;
  std::string parse;
  std::vector<Triple> expected;
  bool expect_none = false;   // noevents / {---}: nothing may be coded
  std::string expect_error;   // PETRARCH-1 error="..."
  bool evaluate = true;       // in the suite's included categories and marked for evaluation
  Options options;            // settings in force for this record
  // TABARI "{ OPTION: ... }" commands in the record's comment: they change
  // the options for this record and every later one.
  std::vector<std::string> option_commands;
  int line = 0;               // where the record starts in the suite file
};

struct Suite {
  enum class Kind : uint8_t { kPetr1, kUdPetr, kTabari } kind = Kind::kPetr1;
  std::string path, name;
  std::string verbs, actors, agents, discards, pico, options;  // resolved file paths ("" = none)
  std::vector<SuiteRecord> records;
};

// Reads a suite; the kind follows from the content (an XML <Validation> with
// <Parse> in CoNLL-U or Treebank form; a .project or TABARI text file).
// Returns "" or an error naming the file.
std::string read_suite(const std::string& path, Suite& suite);

// Loads the dictionaries a suite names.
bool load_suite_dictionaries(const Suite& suite, Dictionaries& dict, Diagnostics& diags);

struct RecordOutcome {
  const SuiteRecord* record = nullptr;
  std::vector<Triple> got;
  std::string got_error;      // "sentencediscard", "storydiscard", "bad_input_parse", ...
  int matched = 0;            // expected triples found in `got` (multiset)
  bool passed = false;        // every expected triple and nothing else (or the expected error)
};

struct CategoryScore {
  int records = 0, records_passed = 0, expected = 0, matched = 0;
};

struct SuiteScore {
  std::vector<RecordOutcome> outcomes;      // evaluated records, in file order
  std::map<std::string, CategoryScore> by_category;
  CategoryScore total;
};

// Codes the text of a record into sentences of the compat coder. Given the
// record, returns the sentences or an error ("bad_input_parse").
using SentenceSource = std::function<std::string(const SuiteRecord&, std::vector<CSentence>&)>;

// A SentenceSource that uses the record's own parse.
SentenceSource given_parse_source();
// A SentenceSource that runs dyad's pipeline (tokens, tags, dependency tree)
// on the record's text. `pipeline` must outlive the source.
SentenceSource pipeline_source(const Pipeline& pipeline);

// Codes every evaluated record and scores it against the expectation.
SuiteScore run_suite(const Suite& suite, std::shared_ptr<const Dictionaries> dict, const SentenceSource& source);

}  // namespace dyad::compat

#endif  // DYAD_COMPAT_VALIDATE_H_
