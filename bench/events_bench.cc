// Events-stage speed: sentences/s of EventStage::run alone on documents that
// were already tokenized, tagged, lemmatized, parsed and actor-coded (that
// preparation is outside the timed loop).
//
//   build/dyad_bench --benchmark_filter=Events
//
// BM_EventsVoa: the VOA news stories in ../shared/data/news/voa-dev.jsonl
// through the real models. BM_EventsEwtGold: UD English EWT dev with gold
// trees (actors stage run over them). Missing data or models skip.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/codebook.h"
#include "dyad/conllu.h"
#include "dyad/events.h"
#include "dyad/lemmatizer.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad {
namespace {

const std::string kRoot = DYAD_SOURCE_DIR;
const std::string kShared = DYAD_SHARED_DIR;

bool exists(const std::string& p) { return std::ifstream(p).good(); }

const EventStage& stage() {
  static EventStage s(load_verb_lexicon(kRoot + "/data/verbs"),
                      std::make_shared<const Codebook>(Codebook::load(kRoot + "/data/cameo/codebook.tsv")));
  return s;
}

void run_timed(benchmark::State& state, std::vector<Document>& docs) {
  long sentences = 0, events = 0, tokens = 0;
  for (const auto& d : docs) {
    sentences += static_cast<long>(d.sentences.size());
    tokens += static_cast<long>(d.tokens.size());
  }
  for (auto _ : state) {
    long ev = 0;
    for (auto& d : docs) {
      stage().run(d);
      ev += static_cast<long>(d.events.size());
    }
    events = ev;
    benchmark::DoNotOptimize(ev);
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["events"] = static_cast<double>(events);
}

void BM_EventsVoa(benchmark::State& state) {
  const std::string voa = kShared + "/data/news/voa-dev.jsonl";
  for (const std::string& f : {voa, kRoot + "/models/tagger.bin", kRoot + "/models/parser.bin",
                               kRoot + "/models/lemmas.tsv"})
    if (!exists(f)) {
      state.SkipWithError(("absent: " + f).c_str());
      return;
    }
  static std::vector<Document> docs = [&] {
    Tagger tagger = Tagger::load(kRoot + "/models/tagger.bin");
    Lemmatizer lem = Lemmatizer::load(kRoot + "/models/lemmas.tsv");
    Parser parser = Parser::load(kRoot + "/models/parser.bin");
    ActorStage actors(load_actor_lexicon(kRoot + "/data/actors"));
    std::vector<Document> out;
    std::ifstream in(voa);
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      Document d;
      d.text = j["text"].get<std::string>();
      d.date = j.value("published", std::string()).substr(0, 10);
      d.paragraphs.push_back({0, static_cast<uint32_t>(d.text.size()), false});
      run_text_stage(d);
      tagger.tag(d);
      lem.lemmatize(d);
      parser.parse(d);
      actors.run(d);
      out.push_back(std::move(d));
    }
    return out;
  }();
  run_timed(state, docs);
}
BENCHMARK(BM_EventsVoa)->Unit(benchmark::kMillisecond);

void BM_EventsEwtGold(benchmark::State& state) {
  const std::string dev = kShared + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!exists(dev)) {
    state.SkipWithError("EWT dev absent");
    return;
  }
  static std::vector<Document> docs = [&] {
    ActorStage actors(load_actor_lexicon(kRoot + "/data/actors"));
    auto out = read_conllu_file(dev);
    for (auto& d : out) {
      d.date = "2021-04-14";
      actors.run(d);
    }
    return out;
  }();
  run_timed(state, docs);
}
BENCHMARK(BM_EventsEwtGold)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad
