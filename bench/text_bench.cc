// Text stage throughput: tokenize + split_sentences in MB/s of input text.
//
//   dyad_bench --benchmark_filter=Text
//
// VOA: the "text" fields of ../shared/data/news/voa-dev.jsonl, loaded at run
// time (skipped if absent). Synthetic: invented news-like sentences with
// abbreviations, quotes, numbers and clitics. LongLine: 8 MB of words with no
// punctuation or newline (the sentence cap and linear scan at work).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dyad/text.h"

namespace {

const std::vector<std::string>& voa_texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    std::ifstream in(std::string(DYAD_SHARED_DIR) + "/data/news/voa-dev.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("text") && j["text"].is_string())
        out.push_back(j["text"].get<std::string>());
    }
    return out;
  }();
  return texts;
}

std::string synthetic_text(size_t bytes) {
  static const char* kSentences[] = {
      "The U.S. Secretary of State met Gen. Ilya Marenko in Vilnius on Jan. 12, "
      "officials said. ",
      "\"We don't expect a deal before 5 p.m. Friday,\" a spokesman told reporters. ",
      "About 14,000 people, or 40% of the town's residents, fled the shelling. ",
      "The ministry's statement -- issued late Tuesday -- blamed the rebels for the "
      "attack on the convoy. ",
      "Prices rose 3.5 percent in 2021, the central bank's report showed. ",
      "Sen. Dana Ortiz (D-Calif.) called the Cold War-style standoff “dangerous.” ",
      "Did the talks fail? Nobody could say... The envoy left for the U.N. headquarters. ",
      "Turnout was low in the 5th district, according to https://example.org/results. ",
  };
  std::string text;
  size_t k = 0;
  while (text.size() < bytes) {
    text += kSentences[k % 8];
    if (++k % 5 == 0) text += "\n\n";
  }
  return text;
}

void run_docs(benchmark::State& state, const std::vector<std::string>& texts, bool tokenize_only) {
  if (texts.empty()) {
    state.SkipWithError("input absent (../shared/data/news/voa-dev.jsonl)");
    return;
  }
  size_t bytes = 0, tokens = 0;
  for (const auto& t : texts) bytes += t.size();
  dyad::Document doc;
  for (auto _ : state) {
    for (const auto& t : texts) {
      doc.text = t;
      doc.tokens.clear();
      dyad::tokenize(doc);
      if (!tokenize_only) dyad::split_sentences(doc);
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc.sentences.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_TextStage_VOA(benchmark::State& state) { run_docs(state, voa_texts(), false); }
void BM_Tokenize_VOA(benchmark::State& state) { run_docs(state, voa_texts(), true); }

void BM_TextStage_Synthetic(benchmark::State& state) {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> v;
    for (int i = 0; i < 200; ++i) v.push_back(synthetic_text(5000));
    return v;
  }();
  run_docs(state, texts, false);
}

void BM_TextStage_LongLine(benchmark::State& state) {
  static const std::vector<std::string> texts = [] {
    std::string t;
    const char* words[] = {"market ", "talks ", "convoy ", "border ", "minister "};
    for (size_t k = 0; t.size() < (8u << 20); ++k) t += words[k % 5];
    return std::vector<std::string>{t};
  }();
  run_docs(state, texts, false);
}

BENCHMARK(BM_TextStage_VOA)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize_VOA)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextStage_Synthetic)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TextStage_LongLine)->Unit(benchmark::kMillisecond);

}  // namespace
