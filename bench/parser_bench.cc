// Parser speed: tokens/s parsing EWT dev (gold tokens and tags), and the
// whole raw-text path (tokenize, split, tag, lemmatize, parse) on the same
// text. Data is read at run time; missing data or models skip the benchmark.
//
//   build/dyad_bench --benchmark_filter=Parser
//
// DYAD_PARSER_MODEL overrides the model (default models/parser.bin).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "dyad/conllu.h"
#include "dyad/lemmatizer.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad {
namespace {

std::string parser_model_path() {
  const char* env = std::getenv("DYAD_PARSER_MODEL");
  return env ? env : std::string(DYAD_SOURCE_DIR) + "/models/parser.bin";
}

const std::string kDev = std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";

bool exists(const std::string& p) { return std::ifstream(p).good(); }

void BM_ParserEwtDev(benchmark::State& state) {
  if (!exists(kDev) || !exists(parser_model_path())) {
    state.SkipWithError("EWT dev or parser model absent");
    return;
  }
  const std::vector<Document> docs = read_conllu_file(kDev);
  const Parser parser = Parser::load(parser_model_path());
  std::vector<Document> work = docs;
  long tokens = 0;
  for (auto _ : state) {
    for (Document& d : work) {
      parser.parse(d);
      tokens += static_cast<long>(d.tokens.size());
    }
    benchmark::ClobberMemory();
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParserEwtDev)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ParserModelLoad(benchmark::State& state) {
  if (!exists(parser_model_path())) {
    state.SkipWithError("parser model absent");
    return;
  }
  for (auto _ : state) {
    Parser p = Parser::load(parser_model_path());
    benchmark::DoNotOptimize(p);
  }
}
BENCHMARK(BM_ParserModelLoad)->Unit(benchmark::kMillisecond);

// Raw text -> tokens -> sentences -> tags -> lemmas -> tree.
void BM_ParserFullPathEwtDevText(benchmark::State& state) {
  const char* tagger_env = std::getenv("DYAD_TAGGER_MODEL");
  const std::string tagger_path =
      tagger_env ? tagger_env : std::string(DYAD_SOURCE_DIR) + "/models/tagger.bin";
  if (!exists(kDev) || !exists(parser_model_path()) || !exists(tagger_path)) {
    state.SkipWithError("EWT dev, parser or tagger model absent");
    return;
  }
  Tagger tagger;
  Lemmatizer lemmatizer;
  bool have_lemmatizer = false;
  try {
    tagger = Tagger::load(tagger_path);
  } catch (const std::exception& e) {
    state.SkipWithError(e.what());
    return;
  }
  try {
    lemmatizer = Lemmatizer::load(std::string(DYAD_SOURCE_DIR) + "/models/lemmas.tsv");
    have_lemmatizer = true;
  } catch (const std::exception&) {
  }
  const Parser parser = Parser::load(parser_model_path());
  // Plain text of dev, one paragraph per original document.
  std::vector<Document> raw;
  for (const Document& d : read_conllu_file(kDev)) {
    Document r;
    r.text = d.text;
    raw.push_back(std::move(r));
  }
  long tokens = 0;
  for (auto _ : state) {
    for (const Document& in : raw) {
      Document d;
      d.text = in.text;
      run_text_stage(d);
      tagger.tag(d);
      if (have_lemmatizer) lemmatizer.lemmatize(d);
      parser.parse(d);
      tokens += static_cast<long>(d.tokens.size());
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.SetLabel(have_lemmatizer ? "with lemmatizer" : "no lemmatizer model");
}
BENCHMARK(BM_ParserFullPathEwtDevText)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace dyad
