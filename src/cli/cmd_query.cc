// `dyad query`: a dyad's time series from the store (docs/STORE.md
// "Aggregates"), or, without --dyad, the list of dyads by event count.
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

struct QueryArgs {
  std::string db = "events.db";
  std::string dyad;
  std::string by = "week";
  std::string from, to;
  std::string format = "csv";
  std::string level = "country";
  bool undirected = false;
  bool dedup = false;
  int window = 8;
  double z = 2.0;
  int top = 50;
};

std::string num(double v, const char* f = "%.3f") {
  if (!std::isfinite(v)) return "0";
  char buf[64];
  std::snprintf(buf, sizeof(buf), f, v);
  return buf;
}

std::string roots_label(int r) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "%02d", r);
  return buf;
}

void print_series(const QueryArgs& a, const SeriesQuery& q, const std::vector<SeriesPoint>& pts) {
  std::string out;
  if (a.format == "csv") {
    out = "period,events,q1,q2,q3,q4,goldstein_total,goldstein_mean,z,change";
    for (int r = 1; r <= 20; ++r) out += ",r" + roots_label(r);
    out += '\n';
    for (const SeriesPoint& p : pts) {
      out += p.period + ',' + std::to_string(p.events);
      for (int i = 0; i < 4; ++i) out += ',' + std::to_string(p.by_quad[i]);
      out += ',' + num(p.goldstein_total, "%.1f") + ',' + num(p.goldstein_mean) + ',' + num(p.z) + ',' +
             (p.change ? "1" : "0");
      for (int r = 1; r <= 20; ++r) {
        auto it = p.by_root.find(roots_label(r));
        out += ',' + std::to_string(it == p.by_root.end() ? 0 : it->second);
      }
      out += '\n';
    }
  } else {
    nlohmann::json j;
    j["source"] = q.source;
    j["target"] = q.target;
    j["level"] = a.level;
    j["undirected"] = q.undirected;
    j["period"] = std::string(period_name(q.period));
    j["unit"] = q.dedup ? "deduplicated events" : "events";
    j["window"] = q.window;
    j["z_threshold"] = q.z_threshold;
    nlohmann::json arr = nlohmann::json::array();
    for (const SeriesPoint& p : pts) {
      nlohmann::json o;
      o["period"] = p.period;
      o["events"] = p.events;
      o["quad"] = {{"1", p.by_quad[0]}, {"2", p.by_quad[1]}, {"3", p.by_quad[2]}, {"4", p.by_quad[3]}};
      o["roots"] = p.by_root;
      o["goldstein_total"] = p.goldstein_total;
      o["goldstein_mean"] = p.goldstein_mean;
      o["z"] = p.z;
      o["change"] = p.change;
      arr.push_back(std::move(o));
    }
    j["series"] = std::move(arr);
    out = j.dump(1) + "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void print_dyads(const QueryArgs& a, const Page<DyadCount>& page) {
  std::string out;
  if (a.format == "csv") {
    out = "source,target,events,dedup_events,q1,q2,q3,q4,goldstein_total,goldstein_mean,first_date,last_date\n";
    for (const DyadCount& d : page.rows) {
      out += d.source + ',' + d.target + ',' + std::to_string(d.events) + ',' + std::to_string(d.dedup_events);
      for (int i = 0; i < 4; ++i) out += ',' + std::to_string(d.by_quad[i]);
      out += ',' + num(d.goldstein_total, "%.1f") + ',' + num(d.goldstein_mean) + ',' + d.first_date + ',' +
             d.last_date + '\n';
    }
  } else {
    nlohmann::json j;
    j["total"] = page.total;
    nlohmann::json arr = nlohmann::json::array();
    for (const DyadCount& d : page.rows) {
      arr.push_back({{"source", d.source},
                     {"target", d.target},
                     {"events", d.events},
                     {"dedup_events", d.dedup_events},
                     {"quad", {{"1", d.by_quad[0]}, {"2", d.by_quad[1]}, {"3", d.by_quad[2]}, {"4", d.by_quad[3]}}},
                     {"goldstein_total", d.goldstein_total},
                     {"goldstein_mean", d.goldstein_mean},
                     {"first_date", d.first_date},
                     {"last_date", d.last_date}});
    }
    j["dyads"] = std::move(arr);
    out = j.dump(1) + "\n";
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

int run_query(const QueryArgs& a) {
  // NaN compares false with everything, so --z nan would silently flag nothing.
  if (!std::isfinite(a.z) || a.z <= 0) {
    std::fprintf(stderr, "dyad query: --z must be a positive number, got %g\n", a.z);
    return 2;
  }
  std::unique_ptr<Store> store;
  try {
    store = Store::open(a.db, /*readonly=*/true);
    DyadLevel level = a.level == "actor" ? DyadLevel::kActor : DyadLevel::kCountry;
    if (a.dyad.empty()) {
      DyadFilter f;
      f.level = level;
      f.undirected = a.undirected;
      f.from = a.from;
      f.to = a.to;
      f.limit = a.top;
      print_dyads(a, store->dyads(f));
      return 0;
    }
    size_t dash = a.dyad.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == a.dyad.size() ||
        a.dyad.find('-', dash + 1) != std::string::npos) {
      std::fprintf(stderr, "dyad query: --dyad must be SOURCE-TARGET (e.g. USA-RUS), got '%s'\n", a.dyad.c_str());
      return 2;
    }
    SeriesQuery q;
    q.source = a.dyad.substr(0, dash);
    q.target = a.dyad.substr(dash + 1);
    q.level = level;
    q.undirected = a.undirected;
    q.period = *parse_period(a.by);
    q.from = a.from;
    q.to = a.to;
    q.dedup = a.dedup;
    q.window = a.window;
    q.z_threshold = a.z;
    print_series(a, q, store->series(q));
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad query: %s\n", e.what());
    return 1;
  }
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "query", "time series of a dyad from an event store (without --dyad: the dyads by event count)");
  cmd->add_option("--db", args->db, "database file")->capture_default_str();
  cmd->add_option("--dyad", args->dyad, "SOURCE-TARGET, e.g. USA-RUS (country keys) or USAGOV-RUS (--level actor)");
  cmd->add_option("--by", args->by, "period")->check(CLI::IsMember({"day", "week", "month"}))->capture_default_str();
  cmd->add_option("--from", args->from, "first date, YYYY-MM-DD");
  cmd->add_option("--to", args->to, "last date, YYYY-MM-DD");
  cmd->add_option("--format", args->format, "output format")->check(CLI::IsMember({"csv", "json"}))->capture_default_str();
  cmd->add_option("--level", args->level, "country keys, or actor code prefixes")
      ->check(CLI::IsMember({"country", "actor"}))
      ->capture_default_str();
  cmd->add_flag("--undirected", args->undirected, "count both directions");
  cmd->add_flag("--dedup", args->dedup, "count deduplicated events instead of event mentions");
  cmd->add_option("--window", args->window, "trailing periods for the z-score")->check(CLI::Range(0, 10000))->capture_default_str();
  cmd->add_option("--z", args->z, "flag a change when |z| reaches this")->capture_default_str();
  cmd->add_option("--top", args->top, "dyads to list without --dyad")->check(CLI::Range(1, 10000))->capture_default_str();
  cmd->callback([args] {
    int rc = run_query(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
