// `dyad validate FILE`: runs a TABARI / PETRARCH validation suite with the
// dictionaries it names and prints pass rates per category and in total, and
// every failure with expected against got. The last line is always
// `passed N of M expected events (P%)`.
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "dyad/compat.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

struct ValidateArgs {
  std::string file;
  bool json = false;
  bool given_parse = false;
  bool quiet_dict = false;
};

std::string kind_name(compat::Suite::Kind k) {
  switch (k) {
    case compat::Suite::Kind::kPetr1: return "PETRARCH-1";
    case compat::Suite::Kind::kUdPetr: return "UD-PETRARCH";
    case compat::Suite::Kind::kTabari: return "TABARI";
  }
  return "?";
}

double pct(int a, int b) { return b == 0 ? 100.0 : 100.0 * a / b; }

std::string join(const std::vector<compat::Triple>& ts) {
  if (ts.empty()) return "(none)";
  std::string s;
  for (const auto& t : ts) s += (s.empty() ? "" : ", ") + t.str();
  return s;
}

int run_validate(const ValidateArgs& args) {
  compat::Suite suite;
  std::string err = compat::read_suite(args.file, suite);
  if (!err.empty()) {
    std::fprintf(stderr, "dyad validate: %s\n", err.c_str());
    return 1;
  }
  auto dict = std::make_shared<compat::Dictionaries>();
  compat::Diagnostics diags;
  bool ok = compat::load_suite_dictionaries(suite, *dict, diags);
  if (!args.quiet_dict)
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.str().c_str());
  if (!ok) {
    std::fprintf(stderr, "dyad validate: a dictionary named by %s cannot be read\n", args.file.c_str());
    return 1;
  }
  std::unique_ptr<Pipeline> pipeline;
  compat::SentenceSource source;
  if (args.given_parse) {
    source = compat::given_parse_source();
  } else {
    try {
      pipeline = Pipeline::load();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad validate: cannot load models and lexicons: %s\n", e.what());
      return 1;
    }
    source = compat::pipeline_source(*pipeline);
  }
  compat::SuiteScore score = compat::run_suite(suite, dict, source);
  const auto& t = score.total;

  if (args.json) {
    nlohmann::json j;
    j["suite"] = suite.name;
    j["kind"] = kind_name(suite.kind);
    j["parse"] = args.given_parse ? "given" : "dyad";
    j["dictionary_warnings"] = diags.size();
    nlohmann::json cats = nlohmann::json::object();
    for (const auto& [name, c] : score.by_category)
      cats[name] = {{"records", c.records}, {"records_passed", c.records_passed},
                    {"expected_events", c.expected}, {"passed_events", c.matched}};
    j["categories"] = cats;
    nlohmann::json fails = nlohmann::json::array();
    for (const auto& o : score.outcomes) {
      if (o.passed) continue;
      nlohmann::json f;
      f["id"] = o.record->id;
      f["category"] = o.record->category;
      f["line"] = o.record->line;
      auto triples = [](const std::vector<compat::Triple>& ts) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& x : ts) a.push_back({x.source, x.target, x.code});
        return a;
      };
      f["expected"] = triples(o.record->expected);
      f["got"] = triples(o.got);
      if (!o.record->expect_error.empty()) f["expected_error"] = o.record->expect_error;
      if (!o.got_error.empty()) f["got_error"] = o.got_error;
      fails.push_back(f);
    }
    j["failures"] = fails;
    j["records"] = {{"passed", t.records_passed}, {"total", t.records}, {"percent", pct(t.records_passed, t.records)}};
    j["events"] = {{"passed", t.matched}, {"expected", t.expected}, {"percent", pct(t.matched, t.expected)}};
    std::printf("%s\n", j.dump(2).c_str());
    return 0;
  }

  std::printf("suite %s (%s), parse: %s, %zu dictionary warnings\n", suite.name.c_str(),
              kind_name(suite.kind).c_str(), args.given_parse ? "given" : "dyad", diags.size());
  for (const auto& o : score.outcomes) {
    if (o.passed) continue;
    std::string exp = o.record->expect_error.empty() ? join(o.record->expected) : "error " + o.record->expect_error;
    std::string got = join(o.got);
    if (!o.got_error.empty()) got += " [" + o.got_error + "]";
    std::printf("FAIL %s [%s] line %d\n  expected: %s\n  got:      %s\n", o.record->id.c_str(),
                o.record->category.c_str(), o.record->line, exp.c_str(), got.c_str());
  }
  std::printf("\n%-12s %8s %8s %8s %8s %7s\n", "category", "records", "passed", "events", "passed", "%");
  for (const auto& [name, c] : score.by_category)
    std::printf("%-12s %8d %8d %8d %8d %6.1f%%\n", name.c_str(), c.records, c.records_passed, c.expected,
                c.matched, pct(c.matched, c.expected));
  std::printf("records: passed %d of %d (%.1f%%)\n", t.records_passed, t.records, pct(t.records_passed, t.records));
  std::printf("passed %d of %d expected events (%.1f%%)\n", t.matched, t.expected, pct(t.matched, t.expected));
  return 0;
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "run a TABARI / PETRARCH validation suite (PETRARCH XML records or TABARI Validate.text / .project)");
  cmd->add_option("file", args->file, "suite file")->required();
  cmd->add_flag("--json", args->json, "write the results as JSON");
  cmd->add_flag("--given-parse", args->given_parse,
                "code each record from its own parse (Treebank or CoNLL-U) instead of dyad's");
  cmd->add_flag("--quiet-dictionaries", args->quiet_dict, "do not print dictionary warnings on stderr");
  cmd->callback([args] {
    int rc = run_validate(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
