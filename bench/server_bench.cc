// The server under load, on a synthetic store of 1M events (built on first
// use through Store::ingest; see server_synthetic.h).
//
//   BM_ServerHandle/<n>: one endpoint's latency in-process (no HTTP).
//   BM_ServerFixedRate:  open-loop HTTP load on loopback at a fixed request
//                        rate with a dashboard-like mix; reports p50/p99 (ms)
//                        measured from each request's scheduled send time, so
//                        a slow reply delays the ones behind it and is counted.
//
// Environment: DYAD_SERVER_BENCH_DB (default /tmp/dyad_server_bench.db),
// DYAD_SERVER_BENCH_EVENTS (1000000), DYAD_SERVER_BENCH_RATE (200 req/s),
// DYAD_SERVER_BENCH_SECONDS (20), DYAD_SERVER_BENCH_CLIENTS (8),
// DYAD_SERVER_BENCH_CACHE_MB (0: every request reaches SQLite; `dyad serve`
// defaults to 64), DYAD_SERVER_BENCH_THREADS (16), DYAD_SERVER_BENCH_INDEXES
// (1: add the server's covering indexes, as `dyad serve --add-indexes` does).
// Run: build/dyad_bench --benchmark_filter=Server
#include <benchmark/benchmark.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "dyad/server.h"
#include "dyad/store.h"
#include "server_synthetic.h"
#include "store/server_indexes.h"

namespace {

using Params = std::multimap<std::string, std::string>;

int64_t env_int(const char* name, int64_t dflt) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoll(v) : dflt;
}

const std::string& bench_db() {
  static const std::string path = [] {
    const char* p = std::getenv("DYAD_SERVER_BENCH_DB");
    std::string db = p && *p ? p : "/tmp/dyad_server_bench.db";
    int64_t want = env_int("DYAD_SERVER_BENCH_EVENTS", 1000000);
    bool ok = false;
    if (std::filesystem::exists(db)) {
      try {
        ok = dyad::Store::open(db, true)->counts().events == want;
      } catch (const std::exception&) {
      }
    }
    if (!ok) dyad::bench::write_synthetic_store(db, want);
    // DYAD_SERVER_BENCH_INDEXES=0 measures the store as `dyad ingest` leaves it.
    if (env_int("DYAD_SERVER_BENCH_INDEXES", 1) && !dyad::store::has_server_indexes(db))
      dyad::store::add_server_indexes(db);
    return db;
  }();
  return path;
}

struct Request {
  std::string path;
  Params params;
  std::string target() const {
    std::string t = path;
    char sep = '?';
    for (const auto& [k, v] : params) {
      t += sep + k + "=" + httplib::detail::encode_query_param(v);
      sep = '&';
    }
    return t;
  }
};

// A dashboard's mix of requests, drawn from the store's own dyads and dates.
std::vector<Request> request_mix(size_t n, uint64_t seed) {
  auto store = dyad::Store::open(bench_db(), true);
  dyad::DyadFilter df;
  df.limit = 30;
  auto dyads = store->dyads(df).rows;
  dyads.erase(std::remove_if(dyads.begin(), dyads.end(),
                             [](const dyad::DyadCount& d) { return d.source.empty() || d.target.empty(); }),
              dyads.end());
  int64_t articles = store->counts().articles;
  std::mt19937_64 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<uint64_t>(n)); };
  auto year = [&] { return std::to_string(2015 + pick(10)); };
  auto month = [&] {
    char b[8];
    std::snprintf(b, sizeof b, "%02d", 1 + pick(12));
    return std::string(b);
  };
  const char* words[] = {"embargo", "aid", "talks", "Wednesday", "alert"};
  const char* actors[] = {"RUS", "USAGOV", "chin", "ukr", "GRC", "isr"};
  std::vector<Request> out;
  while (out.size() < n) {
    const auto& d = dyads[pick(static_cast<int>(dyads.size()))];
    std::string dy = d.source + "-" + d.target;
    int r = pick(100);
    Request q;
    if (r < 20) {
      q = {"/api/events", {{"dyad", dy}, {"limit", "50"}}};
    } else if (r < 28) {
      std::string y = year();
      q = {"/api/events", {{"source", d.source}, {"quad", std::to_string(1 + pick(4))}, {"from", y + "-01-01"},
                           {"to", y + "-12-31"}, {"limit", "50"}}};
    } else if (r < 32) {
      q = {"/api/events", {{"dyad", dy}, {"limit", "50"}, {"offset", "50"}}};
    } else if (r < 36) {
      q = {"/api/events", {{"dyad", dy}, {"q", words[pick(5)]}, {"limit", "50"}}};
    } else if (r < 40) {
      std::string y = year(), m = month();
      q = {"/api/events", {{"from", y + "-" + m + "-01"}, {"to", y + "-" + m + "-28"}, {"limit", "50"}}};
    } else if (r < 55) {
      q = {"/api/series", {{"dyad", dy}, {"by", "week"}}};
    } else if (r < 60) {
      std::string y = year();
      q = {"/api/series", {{"dyad", dy}, {"by", "month"}, {"from", y + "-01-01"}, {"to", y + "-12-31"}}};
    } else if (r < 65) {
      std::string y = year(), m = month();
      q = {"/api/dyads", {{"from", y + "-" + m + "-01"}, {"to", y + "-" + m + "-28"}, {"limit", "50"}}};
    } else if (r < 75) {
      std::string y = year(), m = month();
      q = {"/api/network", {{"from", y + "-" + m + "-01"}, {"to", y + "-" + m + "-28"}}};
    } else if (r < 90) {
      q = {"/api/articles/" + std::to_string(1 + pick(static_cast<int>(std::max<int64_t>(1, articles)))), {}};
    } else if (r < 97) {
      q = {"/api/actors", {{"q", actors[pick(6)]}}};
    } else {
      q = {"/api/quotes", {{"speaker", actors[pick(6)]}, {"limit", "20"}}};
    }
    out.push_back(std::move(q));
  }
  return out;
}

dyad::Server& bench_server() {
  static dyad::Server* server = [] {
    dyad::ServerOptions o;
    o.db_path = bench_db();
    o.port = 0;
    o.threads = static_cast<int>(env_int("DYAD_SERVER_BENCH_THREADS", 16));
    o.cache_bytes = static_cast<size_t>(env_int("DYAD_SERVER_BENCH_CACHE_MB", 0)) << 20;
    return new dyad::Server(o);
  }();
  return *server;
}

// One endpoint in-process. Arg: 0 events/dyad, 1 events/source+quad+year,
// 2 events/month, 3 series/week, 4 dyads/month, 5 network/month, 6 article,
// 7 actors, 8 events/dyad+q, 9 dyads/all time, 10 network/all time,
// 11 quotes by speaker, 12 events/dyad second page, 13 series/month of a year.
void BM_ServerHandle(benchmark::State& state) {
  dyad::Server& server = bench_server();
  auto mix = request_mix(4000, 11);
  std::vector<Request> reqs;
  auto want = [&](const Request& r) {
    const auto has = [&](const char* k) { return r.params.count(k) > 0; };
    switch (state.range(0)) {
      case 0: return r.path == "/api/events" && has("dyad") && !has("q") && !has("offset");
      case 1: return r.path == "/api/events" && has("quad");
      case 2: return r.path == "/api/events" && has("from") && !has("quad");
      case 3: return r.path == "/api/series" && !has("from");
      case 4: return r.path == "/api/dyads";
      case 5: return r.path == "/api/network";
      case 6: return r.path.rfind("/api/articles/", 0) == 0;
      case 7: return r.path == "/api/actors";
      case 8: return r.path == "/api/events" && has("q");
      case 11: return r.path == "/api/quotes";
      case 12: return r.path == "/api/events" && has("offset");
      case 13: return r.path == "/api/series" && has("from");
      default: return false;
    }
  };
  for (const auto& r : mix)
    if (want(r)) reqs.push_back(r);
  if (state.range(0) == 9) reqs.push_back({"/api/dyads", {{"limit", "50"}}});
  if (state.range(0) == 10) reqs.push_back({"/api/network", {}});
  if (reqs.empty()) {
    state.SkipWithError("no requests of this kind in the mix");
    return;
  }
  size_t i = 0;
  for (auto _ : state) {
    const Request& r = reqs[i++ % reqs.size()];
    auto res = server.handle(r.path, r.params);
    if (res.status != 200) {
      state.SkipWithError((r.target() + " -> " + res.body).c_str());
      return;
    }
    benchmark::DoNotOptimize(res.body.data());
  }
  state.SetLabel(reqs[0].target());
}
BENCHMARK(BM_ServerHandle)->DenseRange(0, 13)->Unit(benchmark::kMillisecond);

void BM_ServerFixedRate(benchmark::State& state) {
  dyad::Server& server = bench_server();
  static std::thread* runner = new std::thread([&server] { server.run(); });
  (void)runner;
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const double rate = static_cast<double>(env_int("DYAD_SERVER_BENCH_RATE", 200));
  const int seconds = static_cast<int>(env_int("DYAD_SERVER_BENCH_SECONDS", 20));
  const int clients = static_cast<int>(env_int("DYAD_SERVER_BENCH_CLIENTS", 8));
  const size_t total = static_cast<size_t>(rate * seconds);
  auto mix = request_mix(total, 23);
  std::vector<std::string> targets, kinds;
  for (const auto& r : mix) {
    targets.push_back(r.target());
    // Kind of request, for the per-endpoint breakdown printed on stderr.
    std::string kind = r.path.rfind("/api/articles/", 0) == 0 ? "/api/articles/{id}" : r.path;
    for (const char* k : {"dyad", "source", "q", "from", "offset", "by"})
      if (r.params.count(k)) kind += std::string(" ") + k;
    kinds.push_back(kind);
  }

  for (auto _ : state) {
    std::vector<double> lat(total, 0.0);
    std::atomic<size_t> next{0};
    std::atomic<int> errors{0};
    auto t0 = std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
    auto period = std::chrono::duration<double>(1.0 / rate);
    std::vector<std::thread> workers;
    for (int c = 0; c < clients; ++c) {
      workers.emplace_back([&] {
        httplib::Client cli("127.0.0.1", server.port());
        cli.set_tcp_nodelay(true);
        cli.set_keep_alive(true);
        cli.set_read_timeout(30);
        while (true) {
          size_t i = next++;
          if (i >= total) break;
          auto due = t0 + std::chrono::duration_cast<std::chrono::steady_clock::duration>(period * i);
          std::this_thread::sleep_until(due);
          auto res = cli.Get(targets[i].c_str());
          auto done = std::chrono::steady_clock::now();
          if (!res || res->status != 200) ++errors;
          lat[i] = std::chrono::duration<double, std::milli>(done - due).count();
        }
      });
    }
    for (auto& w : workers) w.join();
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    state.SetIterationTime(wall);
    std::vector<double> sorted = lat;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](double p) { return sorted[std::min(sorted.size() - 1, static_cast<size_t>(p * sorted.size()))]; };
    state.counters["p50_ms"] = pct(0.50);
    state.counters["p90_ms"] = pct(0.90);
    state.counters["p99_ms"] = pct(0.99);
    state.counters["max_ms"] = sorted.back();
    state.counters["rate_rps"] = static_cast<double>(total) / wall;
    state.counters["errors"] = errors.load();
    state.counters["requests"] = static_cast<double>(total);
    std::map<std::string, std::vector<double>> by_kind;
    for (size_t i = 0; i < total; ++i) by_kind[kinds[i]].push_back(lat[i]);
    for (auto& [kind, v] : by_kind) {
      std::sort(v.begin(), v.end());
      auto at = [&](double p) { return v[std::min(v.size() - 1, static_cast<size_t>(p * v.size()))]; };
      std::fprintf(stderr, "  %-40s n=%5zu  p50 %8.2f ms  p99 %8.2f ms\n", kind.c_str(), v.size(), at(0.5), at(0.99));
    }
  }
}
BENCHMARK(BM_ServerFixedRate)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

}  // namespace
