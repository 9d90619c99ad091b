// Running a validation suite: code each evaluated record and score it the
// way PETRARCH-1's runner did (multiset of exact triples; no events expected
// and none coded is a pass; an expected error passes when raised).
#include <algorithm>

#include "compat/lines.h"
#include "dyad/compat_validate.h"

namespace dyad::compat {

SentenceSource given_parse_source() {
  return [](const SuiteRecord& r, std::vector<CSentence>& out) -> std::string {
    out.clear();
    CSentence s;
    std::string err;
    if (r.parse_kind == SuiteRecord::Parse::kConllu) err = sentence_from_conllu(r.parse, r.date, s);
    else if (r.parse_kind == SuiteRecord::Parse::kTreebank) err = sentence_from_treebank(r.parse, r.date, s);
    else return "no given parse in the record";
    if (!err.empty()) return "bad_input_parse";
    out.push_back(std::move(s));
    return "";
  };
}

SuiteScore run_suite(const Suite& suite, std::shared_ptr<const Dictionaries> dict, const SentenceSource& source) {
  SuiteScore score;
  Coder coder(dict);
  // TABARI: the options file's settings, changed by OPTION records as the
  // run goes on (whether or not that record is evaluated).
  Options tabari_options = dict->options;
  // TABARI FORWARD: the first actor of the last record coded.
  std::string forward_actor;
  for (const SuiteRecord& r : suite.records) {
    for (const std::string& c : r.option_commands) apply_tabari_option(c, tabari_options);
    if (!r.evaluate) continue;
    // Per-record options (PETRARCH <Config> between records).
    Options ro = dict->options;
    if (suite.kind == Suite::Kind::kTabari) {
      ro = tabari_options;
    } else if (suite.kind == Suite::Kind::kPetr1) {
      ro = r.options;
    }
    // UD-PETRARCH's runner reads no <Config> tags: its expectations hold
    // dyads only, whatever the file sets.
    RecordOutcome o;
    o.record = &r;
    std::vector<CSentence> sents;
    // A TABARI record whose codings are only OPTION commands is a note to
    // the program, not a story: its text is not coded.
    const bool option_record = suite.kind == Suite::Kind::kTabari && !r.option_commands.empty() &&
                               r.expected.empty() && r.expect_error.empty();
    std::string err = option_record ? std::string() : source(r, sents);
    if (!err.empty()) {
      o.got_error = err;
    } else {
      int discard = 0;
      bool complex = false;
      for (CSentence& s : sents) {
        if (ro.tabari.forward) s.forwarded = forward_actor;
        CodeResult cr = coder.code(s, ro);
        if (!cr.first_actor.empty()) forward_actor = cr.first_actor;
        discard = std::max(discard, cr.discard);
        if (cr.complex) complex = true;
        for (const CEvent& e : cr.events) o.got.push_back({e.source, e.target, e.code});
      }
      if (discard == 2) o.got_error = suite.kind == Suite::Kind::kTabari ? "discard" : "storydiscard";
      else if (discard == 1) o.got_error = suite.kind == Suite::Kind::kTabari ? "discard" : "sentencediscard";
      else if (complex) o.got_error = "complex";
      if (!o.got_error.empty()) o.got.clear();
    }
    // Multiset intersection.
    std::vector<Triple> pool = o.got;
    for (const Triple& t : r.expected) {
      auto it = std::find(pool.begin(), pool.end(), t);
      if (it != pool.end()) {
        ++o.matched;
        pool.erase(it);
      }
    }
    if (!r.expect_error.empty()) {
      o.passed = o.got_error == r.expect_error;
    } else {
      o.passed = o.got_error.empty() && pool.empty() && o.matched == static_cast<int>(r.expected.size());
    }
    CategoryScore& c = score.by_category[r.category.empty() ? "-" : r.category];
    for (CategoryScore* s : {&c, &score.total}) {
      s->records += 1;
      s->records_passed += o.passed;
      s->expected += static_cast<int>(r.expected.size());
      s->matched += o.matched;
    }
    score.outcomes.push_back(std::move(o));
  }
  return score;
}

}  // namespace dyad::compat
