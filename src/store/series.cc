// Store::series: one dyad's events bucketed by day, week or month, with a
// change flag from a z-score against the trailing window (docs/STORE.md
// "Aggregates").
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "store/query_sql.h"
#include "store/store_impl.h"

namespace dyad {

using store::Stmt;
using store::Where;

namespace {

constexpr size_t kMaxPeriods = 200000;  // ~550 years of days: a guard against absurd ranges

// The first day of the period after the one starting at `start`.
std::string next_period(const std::string& start, Period p) {
  int64_t d;
  store::parse_day(start, d);
  switch (p) {
    case Period::kDay: return store::format_day(d + 1);
    case Period::kWeek: return store::format_day(d + 7);
    case Period::kMonth: {
      int y = std::stoi(start.substr(0, 4)), m = std::stoi(start.substr(5, 2));
      if (++m > 12) {
        m = 1;
        ++y;
      }
      char buf[40];
      std::snprintf(buf, sizeof(buf), "%04d-%02d-01", y, m);
      return buf;
    }
  }
  return start;
}

}  // namespace

std::vector<SeriesPoint> Store::series(const SeriesQuery& q) {
  if (q.source.empty() || q.target.empty())
    throw StoreError("database '" + path() + "': a series needs both a source and a target");
  store::check_date(path(), "from", q.from);
  store::check_date(path(), "to", q.to);
  if (q.window < 0) throw StoreError("database '" + path() + "': window must be >= 0");

  Where w;
  store::add_dyad_conditions(q.source, q.target, q.level, q.undirected, "e.", w);
  std::string sql;
  if (q.dedup) {
    // Each deduplicated event once, dated by its anchor.
    w.add("e.dedup_id IS NOT NULL");
    sql = "SELECT d.date, d.quad, d.root, d.goldstein FROM dedup_events d WHERE d.id IN (SELECT e.dedup_id FROM "
          "events e" + w.sql + ")";
    // Placeholders after the subquery's: bound in this order.
    if (!q.from.empty()) {
      sql += " AND d.date >= ?";
      w.value(q.from);
    }
    if (!q.to.empty()) {
      sql += " AND d.date <= ?";
      w.value(q.to);
    }
  } else {
    w.add("e.date IS NOT NULL");
    if (!q.from.empty()) {
      w.add("e.date >= ?");
      w.value(q.from);
    }
    if (!q.to.empty()) {
      w.add("e.date <= ?");
      w.value(q.to);
    }
    sql = "SELECT e.date, e.quad, e.root, e.goldstein FROM events e" + w.sql;
  }
  Stmt st(*impl_->db, sql);
  w.bind(st);

  std::unordered_map<std::string, SeriesPoint> buckets;
  std::string lo, hi;
  while (st.step()) {
    std::string start = period_start(st.text(0), q.period);
    if (start.empty()) continue;
    SeriesPoint& p = buckets[start];
    ++p.events;
    int quad = st.integer(1);
    if (quad >= 1 && quad <= 4) ++p.by_quad[quad - 1];
    std::string root = st.text(2);
    if (!root.empty()) ++p.by_root[root];
    p.goldstein_total += st.real(3);
    if (lo.empty() || start < lo) lo = start;
    if (hi.empty() || start > hi) hi = start;
  }
  if (!q.from.empty()) lo = period_start(q.from, q.period);
  if (!q.to.empty()) hi = period_start(q.to, q.period);
  std::vector<SeriesPoint> out;
  if (lo.empty() || hi.empty() || lo > hi) return out;

  for (std::string cur = lo; cur <= hi; cur = next_period(cur, q.period)) {
    if (out.size() >= kMaxPeriods)
      throw StoreError("database '" + path() + "': more than " + std::to_string(kMaxPeriods) +
                       " periods; narrow --from/--to or use a longer period");
    auto it = buckets.find(cur);
    SeriesPoint p = it == buckets.end() ? SeriesPoint{} : std::move(it->second);
    p.period = cur;
    p.goldstein_mean = p.events ? p.goldstein_total / p.events : 0.0;
    out.push_back(std::move(p));
  }

  // z-score of each period's count against the `window` periods before it.
  const size_t win = static_cast<size_t>(q.window);
  for (size_t i = 0; win > 0 && i < out.size(); ++i) {
    if (i < win) continue;
    double sum = 0, sq = 0;
    for (size_t j = i - win; j < i; ++j) {
      sum += out[j].events;
      sq += static_cast<double>(out[j].events) * out[j].events;
    }
    double mean = sum / win;
    double var = std::max(0.0, sq / win - mean * mean);
    double sd = std::sqrt(var);
    double x = static_cast<double>(out[i].events);
    if (sd > 1e-12) out[i].z = (x - mean) / sd;
    else if (x != mean) out[i].z = x > mean ? 99.0 : -99.0;  // a jump off a flat window
    out[i].change = std::fabs(out[i].z) >= q.z_threshold;
  }
  return out;
}

}  // namespace dyad
