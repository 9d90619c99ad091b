// Compat coder speed with the PETRARCH-2 production dictionaries
// (CAMEO.2.0 verbs, the three Phoenix actor files, agents, discards,
// issues from ../shared/data/petrarch2): load time and peak RSS, and
// sentences/s coding (a) the UD-PETRARCH records' CoNLL-U parses and (b) VOA
// stories already run through dyad's pipeline (only the compat coder is
// timed). One thread.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/compat.h"
#include "dyad/pipeline.h"

namespace {

using namespace dyad;
using namespace dyad::compat;

const std::string kDicts = std::string(DYAD_SHARED_DIR) + "/data/petrarch2/dictionaries/";
const std::string kUd = std::string(DYAD_SHARED_DIR) + "/data/ud-petrarch/PETR_Validate_records_2_02.xml";
const std::string kVoa = std::string(DYAD_SHARED_DIR) + "/data/news/voa-dev.jsonl";

std::shared_ptr<Dictionaries> load_production(Diagnostics& diags) {
  auto d = std::make_shared<Dictionaries>();
  load_verbs(kDicts + "CAMEO.2.0.txt", *d, diags);
  for (const char* f : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"})
    load_actors(kDicts + f, *d, diags);
  load_agents(kDicts + "Phoenix.agents.txt", *d, diags);
  load_discards(kDicts + "Phoenix.discards.txt", *d, diags);
  load_issues(kDicts + "Phoenix.IssueCoding.txt", *d, diags);
  return d;
}

const std::shared_ptr<Dictionaries>& production() {
  static std::shared_ptr<Dictionaries> d = [] {
    Diagnostics diags;
    return load_production(diags);
  }();
  return d;
}

void BM_CompatLoadProduction(benchmark::State& state) {
  std::ifstream probe(kDicts + "CAMEO.2.0.txt");
  if (!probe) {
    state.SkipWithError("../shared absent");
    return;
  }
  size_t diags_n = 0, verbs = 0, actors = 0;
  for (auto _ : state) {
    Diagnostics diags;
    auto d = load_production(diags);
    diags_n = diags.size();
    verbs = d->verbs.patterns.size();
    actors = d->actors.records.size();
    benchmark::DoNotOptimize(d);
  }
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  state.counters["peak_rss_mb"] = ru.ru_maxrss / 1024.0;
  state.counters["diagnostics"] = static_cast<double>(diags_n);
  state.counters["patterns"] = static_cast<double>(verbs);
  state.counters["actor_records"] = static_cast<double>(actors);
}
BENCHMARK(BM_CompatLoadProduction)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CompatCodeUdParses(benchmark::State& state) {
  Suite suite;
  if (!read_suite(kUd, suite).empty()) {
    state.SkipWithError("../shared absent");
    return;
  }
  std::vector<CSentence> sents;
  for (const auto& r : suite.records) {
    CSentence s;
    if (r.parse_kind == SuiteRecord::Parse::kConllu && sentence_from_conllu(r.parse, r.date, s).empty())
      sents.push_back(std::move(s));
  }
  Coder coder(production());
  size_t events = 0;
  for (auto _ : state)
    for (const auto& s : sents) events += coder.code(s).events.size();
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sents.size()));
  state.counters["events_per_pass"] = static_cast<double>(events) / state.iterations();
}
BENCHMARK(BM_CompatCodeUdParses)->Unit(benchmark::kMillisecond);

void BM_CompatCodeVoa(benchmark::State& state) {
  std::unique_ptr<Pipeline> p;
  try {
    PipelineOptions o;
    o.root = DYAD_SOURCE_DIR;
    p = Pipeline::load(o);
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  std::vector<Document> docs;
  std::ifstream in(kVoa);
  std::string line;
  while (std::getline(in, line) && docs.size() < 200) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Document d;
    d.text = j["text"];
    d.date = "2024-06-01";
    d.paragraphs.push_back({0, static_cast<uint32_t>(d.text.size()), false});
    p->run(d);
    d.events.clear();
    docs.push_back(std::move(d));
  }
  if (docs.empty()) {
    state.SkipWithError("../shared absent");
    return;
  }
  size_t sentences = 0;
  for (const auto& d : docs) sentences += d.sentences.size();
  Coder coder(production());
  for (auto _ : state) {
    for (auto& d : docs) {
      Document copy = d;
      coder.run(copy);
      benchmark::DoNotOptimize(copy.events.size());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * sentences));
}
BENCHMARK(BM_CompatCodeVoa)->Unit(benchmark::kMillisecond);

}  // namespace
