// HTML ingest speed: MB/s of HTML per core, over the Scrapinghub benchmark's
// 181 news pages (31.5 MB uncompressed; gunzip done once, outside the timing).
// BM_GumboRaw parses the pages as they are; BM_GumboAfterPrepass parses what
// the script/style pre-pass leaves; BM_HtmlExtract is the whole path
// (charset, pre-pass, gumbo, content choice, metadata, Document).
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "dyad/html.h"
#include "ingest/html_prepass.h"

namespace {

const std::vector<std::string>& pages() {
  static const std::vector<std::string> p = [] {
    std::vector<std::string> out;
    std::string dir = std::string(DYAD_SHARED_DIR) + "/data/extraction/scrapinghub/html";
    std::error_code ec;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), html, err;
      if (dyad::gunzip(raw, &html, &err)) out.push_back(std::move(html));
    }
    return out;
  }();
  return p;
}

int64_t total_bytes() {
  int64_t n = 0;
  for (const auto& p : pages()) n += static_cast<int64_t>(p.size());
  return n;
}

void BM_HtmlExtract(benchmark::State& state) {
  if (pages().empty()) {
    state.SkipWithError("../shared absent: no benchmark pages");
    return;
  }
  dyad::IngestOptions options;
  for (auto _ : state) {
    for (const auto& p : pages()) {
      try {
        dyad::Document d = dyad::parse_html_document(p, options);
        benchmark::DoNotOptimize(d.text.data());
      } catch (const std::exception&) {
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_HtmlExtract)->Unit(benchmark::kMillisecond);

void BM_GumboRaw(benchmark::State& state) {
  if (pages().empty()) {
    state.SkipWithError("../shared absent: no benchmark pages");
    return;
  }
  GumboOptions opt = kGumboDefaultOptions;
  opt.max_errors = 0;
  for (auto _ : state) {
    for (const auto& p : pages()) {
      GumboOutput* out = gumbo_parse_with_options(&opt, p.data(), p.size());
      benchmark::DoNotOptimize(out);
      gumbo_destroy_output(&opt, out);
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_GumboRaw)->Unit(benchmark::kMillisecond);

void BM_GumboAfterPrepass(benchmark::State& state) {
  if (pages().empty()) {
    state.SkipWithError("../shared absent: no benchmark pages");
    return;
  }
  GumboOptions opt = kGumboDefaultOptions;
  opt.max_errors = 0;
  dyad::Prepassed pre;
  for (auto _ : state) {
    for (const auto& p : pages()) {
      dyad::strip_non_content(p, &pre);
      GumboOutput* out = gumbo_parse_with_options(&opt, pre.html.data(), pre.html.size());
      benchmark::DoNotOptimize(out);
      gumbo_destroy_output(&opt, out);
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());  // input bytes, for comparison
}
BENCHMARK(BM_GumboAfterPrepass)->Unit(benchmark::kMillisecond);

}  // namespace
