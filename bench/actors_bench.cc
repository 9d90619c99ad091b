// Actor stage speed: lexicon load time, and tokens/s and mentions/s of
// ActorStage::run on VOA stories (../shared/data/news/voa-dev.jsonl, "text"
// field), tokenized beforehand so only the actor stage is timed. The
// "Repeated" case runs one document made of N copies of the corpus: equal
// tokens/s across N shows the matcher is linear in tokens.
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/actors.h"
#include "dyad/text.h"

namespace {

const std::string kLexDir = std::string(DYAD_SOURCE_DIR) + "/data/actors";
const std::string kVoa = std::string(DYAD_SHARED_DIR) + "/data/news/voa-dev.jsonl";

std::vector<std::string> voa_texts() {
  std::vector<std::string> out;
  std::ifstream in(kVoa);
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) out.push_back(j["text"]);
  }
  return out;
}

std::vector<dyad::Document> voa_docs(int copies_in_one = 0) {
  std::vector<dyad::Document> docs;
  std::vector<std::string> texts = voa_texts();
  if (copies_in_one > 0) {
    dyad::Document d;
    for (int c = 0; c < copies_in_one; ++c)
      for (const auto& t : texts) d.text += t + "\n\n";
    d.date = "2024-06-01";
    dyad::run_text_stage(d);
    docs.push_back(std::move(d));
    return docs;
  }
  for (auto& t : texts) {
    dyad::Document d;
    d.text = std::move(t);
    d.date = "2024-06-01";
    dyad::run_text_stage(d);
    docs.push_back(std::move(d));
  }
  return docs;
}

void BM_ActorLexiconLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::load_actor_lexicon(kLexDir));
}
BENCHMARK(BM_ActorLexiconLoad)->Unit(benchmark::kMillisecond);

void run_docs(benchmark::State& state, std::vector<dyad::Document>& docs) {
  if (docs.empty()) {
    state.SkipWithError("../shared/data/news/voa-dev.jsonl absent");
    return;
  }
  dyad::ActorStage stage(dyad::load_actor_lexicon(kLexDir));
  size_t tokens = 0, mentions = 0;
  for (auto _ : state) {
    for (auto& d : docs) {
      stage.run(d);
      tokens += d.tokens.size();
      mentions += d.mentions.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(tokens));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["mentions/s"] = benchmark::Counter(static_cast<double>(mentions), benchmark::Counter::kIsRate);
}

void BM_ActorStageVoa(benchmark::State& state) {
  static std::vector<dyad::Document> docs = voa_docs();
  run_docs(state, docs);
}
BENCHMARK(BM_ActorStageVoa)->Unit(benchmark::kMillisecond);

// One document of N copies of the corpus: tokens/s must not fall with N.
void BM_ActorStageRepeated(benchmark::State& state) {
  std::vector<dyad::Document> docs = voa_docs(static_cast<int>(state.range(0)));
  if (!docs.empty() && docs[0].tokens.empty()) docs.clear();
  run_docs(state, docs);
}
BENCHMARK(BM_ActorStageRepeated)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond);

}  // namespace
