// Store::series: one dyad's events bucketed by day, week or month, with a
// change flag from a z-score against the trailing window (docs/STORE.md
// "Aggregates").
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "store/aggregates.h"
#include "store/query_sql.h"
#include "store/store_impl.h"

namespace dyad {

using store::Stmt;
using store::Where;

namespace {

constexpr size_t kMaxPeriods = 200000;  // ~550 years of days: a guard against absurd ranges

// The day number of the first day of the period holding `date`; false when
// date is not YYYY-MM-DD. Integer arithmetic: this runs once per stored day.
bool period_start_day(const std::string& date, Period p, int64_t& start) {
  int64_t d;
  if (!store::parse_day(date, d)) return false;
  switch (p) {
    case Period::kDay: start = d; break;
    // 1970-01-01 was a Thursday: (d + 3) mod 7 is 0 on Mondays.
    case Period::kWeek: start = d - ((d + 3) % 7 + 7) % 7; break;
    case Period::kMonth: start = d - ((date[8] - '0') * 10 + (date[9] - '0') - 1); break;
  }
  return true;
}

// The first day of the period after the one starting on day `start`.
int64_t next_period(int64_t start, Period p) {
  switch (p) {
    case Period::kDay: return start + 1;
    case Period::kWeek: return start + 7;
    case Period::kMonth: {
      std::string d = store::format_day(start);
      int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2));
      char buf[16];
      std::snprintf(buf, sizeof(buf), "%04d-%02d-01", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
      int64_t n = start + 28;
      store::parse_day(buf, n);
      return n;
    }
  }
  return start + 1;
}

}  // namespace

std::vector<SeriesPoint> Store::series(const SeriesQuery& q) {
  if (q.source.empty() || q.target.empty())
    throw StoreError("database '" + path() + "': a series needs both a source and a target");
  store::check_date(path(), "from", q.from);
  store::check_date(path(), "to", q.to);
  if (q.window < 0) throw StoreError("database '" + path() + "': window must be >= 0");

  // Buckets keyed by the day number of their period's first day; roots
  // counted in arrays and turned into the by_root maps once at the end.
  struct Bucket {
    SeriesPoint point;
    std::array<int64_t, store::kRoots> roots{};
  };
  std::unordered_map<int64_t, Bucket> buckets;
  int64_t lo = INT64_MAX, hi = INT64_MIN;
  auto add = [&](const std::string& date, const store::DyadTotals& v) {
    int64_t start = 0;
    if (!period_start_day(date, q.period, start)) return;
    Bucket& b = buckets[start];
    b.point.events += v.events;
    for (int i = 0; i < 4; ++i) b.point.by_quad[i] += v.quad[i];
    for (int r = 0; r < store::kRoots; ++r) b.roots[r] += v.root[r];
    b.point.goldstein_total += v.goldstein;
    lo = std::min(lo, start);
    hi = std::max(hi, start);
  };

  Where w;
  if (q.level == DyadLevel::kCountry && !q.dedup) {
    // Country-level mentions: the per-day aggregates hold exactly these sums.
    store::add_dyad_conditions(q.source, q.target, q.level, q.undirected, "", w);
    store::scan_days(*impl_->db, q.from, q.to, w, add);
  } else {
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
    while (st.step()) {
      store::DyadTotals v;
      v.events = 1;
      int quad = st.integer(1);
      if (quad >= 1 && quad <= 4) v.quad[quad - 1] = 1;
      int r = store::root_index(st.text(2));
      if (r >= 0) v.root[r] = 1;
      v.goldstein = st.real(3);
      add(st.text(0), v);
    }
  }
  if (!q.from.empty()) period_start_day(q.from, q.period, lo);
  if (!q.to.empty()) period_start_day(q.to, q.period, hi);
  std::vector<SeriesPoint> out;
  if (lo > hi) return out;

  static const char* const kRootNames[store::kRoots] = {"01", "02", "03", "04", "05", "06", "07",
                                                        "08", "09", "10", "11", "12", "13", "14",
                                                        "15", "16", "17", "18", "19", "20"};
  for (int64_t cur = lo; cur <= hi; cur = next_period(cur, q.period)) {
    if (out.size() >= kMaxPeriods)
      throw StoreError("database '" + path() + "': more than " + std::to_string(kMaxPeriods) +
                       " periods; narrow --from/--to or use a longer period");
    SeriesPoint p;
    auto it = buckets.find(cur);
    if (it != buckets.end()) {
      p = std::move(it->second.point);
      for (int r = 0; r < store::kRoots; ++r)
        if (it->second.roots[r]) p.by_root[kRootNames[r]] = it->second.roots[r];
    }
    p.period = store::format_day(cur);
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
