// Store throughput, coding excluded: pre-coded documents into a fresh SQLite
// store, batches of 64 per transaction, one thread. Target: >= 2,000
// articles/s (issue 7).
//
//   build-x/dyad_bench --benchmark_filter=Store
//
// BM_StoreSynthetic: hand-built articles shaped like news (31 sentences of
// ~20 words, 40 actor mentions, 3 events, 2 quotations). BM_StoreVoaCoded:
// the VOA dev articles coded once by the real pipeline (skipped when
// ../shared or the models are missing), each stored under 20 distinct URLs
// and texts so nothing is skipped as a duplicate.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "../tests/store/doc_builder.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace {

namespace fs = std::filesystem;
using dyad::Document;

std::vector<Document> synthetic_docs(int n) {
  static const char* kWords[] = {"officials", "said", "the", "talks", "on", "security", "would", "continue",
                                 "after", "a", "meeting", "in", "capital", "with", "leaders", "of", "region"};
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) {
    dyad::testing_store::DocBuilder b("bench-" + std::to_string(i),
                                      "https://site" + std::to_string(i % 50) + ".example/" + std::to_string(i),
                                      "2024-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10),
                                      "Leaders meet in story " + std::to_string(i));
    std::vector<int> mentions;
    for (int s = 0; s < 30; ++s) {
      std::string words = "Russia and Ukraine";
      for (int w = 0; w < 18; ++w) words += std::string(" ") + kWords[(i + s * 7 + w) % 17];
      words += " " + std::to_string(i * 100 + s) + " .";
      uint32_t t = b.sentence(words);
      if (s < 20) {
        mentions.push_back(b.mention(t, t + 1, s % 2 ? "RUSGOV" : "RUS", "RUS", {"GOV"}));
        mentions.push_back(b.mention(t + 2, t + 3, "UKR", "UKR"));
      }
      if (s == 3 || s == 9) b.quote(t + 3, t + 12, mentions[0], static_cast<int>(t + 4), s + 1);
    }
    for (int e = 0; e < 3; ++e)
      b.event(1 + e * 5, mentions[e * 4], mentions[e * 4 + 1], e == 2 ? "190" : "036", e == 2 ? 4 : 1,
              e == 2 ? -10.0 : 4.0, "", static_cast<int>(b.doc().sentences[1 + e * 5].token_begin + 4));
    docs.push_back(std::move(b.doc()));
  }
  return docs;
}

void store_all(benchmark::State& state, const std::vector<Document>& docs) {
  const std::string db =
      (fs::temp_directory_path() / ("dyad_store_bench_" + std::to_string(::getpid()) + ".db")).string();
  int64_t articles = 0, events = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db + ext);
    auto store = dyad::Store::open(db);
    state.ResumeTiming();
    dyad::StoreProvenance prov{"bench", "m", "l"};
    for (size_t i = 0; i < docs.size(); i += 64) {
      std::vector<const Document*> batch;
      for (size_t j = i; j < std::min(docs.size(), i + 64); ++j) batch.push_back(&docs[j]);
      dyad::IngestStats s = store->ingest(batch, prov);
      articles += s.articles_added;
      events += s.events_added;
    }
  }
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(db + ext);
  state.counters["articles_per_s"] = benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.counters["events_per_s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}

void BM_StoreSynthetic(benchmark::State& state) {
  static const std::vector<Document> docs = synthetic_docs(2000);
  store_all(state, docs);
}
BENCHMARK(BM_StoreSynthetic)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_StoreVoaCoded(benchmark::State& state) {
  static std::vector<Document> docs;
  static std::string error;
  if (docs.empty() && error.empty()) {
    const std::string input = std::string(DYAD_SHARED_DIR) + "/data/news/voa-dev.jsonl";
    if (!fs::exists(input)) {
      error = "../shared absent";
    } else {
      try {
        auto pipeline = dyad::Pipeline::load();
        std::vector<Document> coded;
        dyad::read_input(
            input, {}, [&](Document&& d) { coded.push_back(std::move(d)); }, [](const dyad::IngestIssue&) {});
        for (auto& d : coded) pipeline->run(d);
        for (int copy = 0; copy < 20; ++copy)
          for (const Document& d : coded) {
            Document c = d;
            c.url += "?copy=" + std::to_string(copy);
            c.text += " ";  // distinct content hash; offsets unchanged
            c.text += std::to_string(copy);
            docs.push_back(std::move(c));
          }
      } catch (const std::exception& e) {
        error = e.what();
      }
    }
  }
  if (!error.empty()) {
    state.SkipWithError(error.c_str());
    return;
  }
  store_all(state, docs);
}
BENCHMARK(BM_StoreVoaCoded)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
