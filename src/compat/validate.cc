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
  for (const SuiteRecord& r : suite.records) {
    if (!r.evaluate) continue;
    // Per-record options (PETRARCH <Config> between records).
    std::shared_ptr<const Dictionaries> d = dict;
    Options ro = r.options;
    // UD-PETRARCH's runner reads no <Config> tags: its expectations hold
    // dyads only, whatever the file sets.
    if (suite.kind == Suite::Kind::kUdPetr) ro = Options();
    if (ro.require_dyad != dict->options.require_dyad || r.options.new_actor_length != dict->options.new_actor_length) {
      auto copy = std::make_shared<Dictionaries>(*dict);
      copy->options = r.options;
      d = copy;
    }
    Coder coder(d);
    RecordOutcome o;
    o.record = &r;
    std::vector<CSentence> sents;
    std::string err = source(r, sents);
    if (!err.empty()) {
      o.got_error = err;
    } else {
      int discard = 0;
      for (const CSentence& s : sents) {
        CodeResult cr = coder.code(s);
        discard = std::max(discard, cr.discard);
        for (const CEvent& e : cr.events) o.got.push_back({e.source, e.target, e.code});
      }
      if (discard == 2) o.got_error = suite.kind == Suite::Kind::kTabari ? "discard" : "storydiscard";
      else if (discard == 1) o.got_error = suite.kind == Suite::Kind::kTabari ? "discard" : "sentencediscard";
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
