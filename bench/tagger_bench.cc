// Tagging and lemmatisation throughput on UD EWT dev (gold tokenisation).
// Run: dyad_bench --benchmark_filter=Tagger
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/lemmatizer.h"
#include "dyad/tagger.h"

namespace {

// DYAD_TAGGER_MODEL overrides the shipped model (to compare a candidate).
const std::string kModel = std::getenv("DYAD_TAGGER_MODEL")
                               ? std::string(std::getenv("DYAD_TAGGER_MODEL"))
                               : std::string(DYAD_SOURCE_DIR) + "/models/tagger.bin";
const std::string kTable = std::string(DYAD_SOURCE_DIR) + "/models/lemmas.tsv";
const std::string kDev =
    std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";

struct Fixture {
  bool ok = false;
  std::string why;
  dyad::Tagger tagger;
  dyad::Lemmatizer lemmatizer;
  std::vector<dyad::Document> docs;
  size_t tokens = 0;
  Fixture() {
    if (!std::filesystem::exists(kDev)) {
      why = "../shared absent: " + kDev;
      return;
    }
    tagger = dyad::Tagger::load(kModel);
    lemmatizer = dyad::Lemmatizer::load(kTable);
    docs = dyad::read_conllu_file(kDev);
    for (auto& d : docs) {
      d.syntax.clear();  // tag from scratch, as on new text
      tokens += d.tokens.size();
    }
    ok = true;
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void BM_TaggerTag(benchmark::State& state) {
  Fixture& f = fixture();
  if (!f.ok) {
    state.SkipWithError(f.why.c_str());
    return;
  }
  for (auto _ : state)
    for (auto& d : f.docs) f.tagger.tag(d);
  state.counters["tokens/s"] =
      benchmark::Counter(double(f.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TaggerTag)->Unit(benchmark::kMillisecond);

// Tagging as in `dyad code`, where the parser and the coder run between
// two documents' tagging and evict the tagger's tables from the caches:
// before every 8 documents (untimed) 48 MB are written, more than the L3
// cache, then the documents are tagged (timed).
void BM_TaggerTagColdCache(benchmark::State& state) {
  Fixture& f = fixture();
  if (!f.ok) {
    state.SkipWithError(f.why.c_str());
    return;
  }
  std::vector<char> evict(size_t{48} << 20);
  char round = 0;
  for (auto _ : state)
    for (size_t d = 0; d < f.docs.size(); ++d) {
      if (d % 8 == 0) {
        state.PauseTiming();
        ++round;
        for (size_t i = 0; i < evict.size(); i += 64) evict[i] = round;
        benchmark::ClobberMemory();
        state.ResumeTiming();
      }
      f.tagger.tag(f.docs[d]);
    }
  state.counters["tokens/s"] =
      benchmark::Counter(double(f.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TaggerTagColdCache)->Unit(benchmark::kMillisecond)->Iterations(10);

void BM_TaggerTagAndLemmatize(benchmark::State& state) {
  Fixture& f = fixture();
  if (!f.ok) {
    state.SkipWithError(f.why.c_str());
    return;
  }
  for (auto _ : state)
    for (auto& d : f.docs) {
      f.tagger.tag(d);
      f.lemmatizer.lemmatize(d);
    }
  state.counters["tokens/s"] =
      benchmark::Counter(double(f.tokens) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TaggerTagAndLemmatize)->Unit(benchmark::kMillisecond);

void BM_TaggerLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::Tagger::load(kModel));
}
BENCHMARK(BM_TaggerLoad)->Unit(benchmark::kMillisecond);

void BM_LemmatizerLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::Lemmatizer::load(kTable));
}
BENCHMARK(BM_LemmatizerLoad)->Unit(benchmark::kMillisecond);

}  // namespace
