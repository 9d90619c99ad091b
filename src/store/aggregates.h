// Per-dyad aggregates kept at ingest: for every (source key, target key, day)
// and every (source key, target key, month), plus all time (month "*"),
// the number of events, their
// counts per quad class and per CAMEO root, their Goldstein total, and the
// deduplicated events anchored there. docs/STORE.md "Aggregate tables".
//
// Why: the dashboard's questions (a dyad's weekly series, the network of a
// month, how many events match a filter) would otherwise scan every event in
// range; on a store of 1M events that is 10-60 ms of CPU per request. The
// aggregates are exact (counts and sums add up), so a query over a date range
// reads whole months from dyad_months and the ragged ends from dyad_days,
// about a thousand rows instead of tens of thousands of events.
#ifndef DYAD_STORE_AGGREGATES_H_
#define DYAD_STORE_AGGREGATES_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/query_sql.h"
#include "store/sqlite.h"

namespace dyad::store {

constexpr int kRoots = 20;  // CAMEO roots 01..20

// One aggregate row's values.
struct DyadTotals {
  int64_t events = 0;
  std::array<int64_t, 4> quad{};       // quad classes 1..4
  std::array<int64_t, kRoots> root{};  // roots 01..20
  double goldstein = 0.0;
  int64_t groups = 0;                  // deduplicated events anchored here

  void add(const DyadTotals& o, int sign);
};

// 0..19 for a CAMEO root "01".."20", else -1.
int root_index(std::string_view root);

// The day key of an event date: the date itself when it is a real
// YYYY-MM-DD day, else "" (undated). Ingest stores events.date the same way,
// so the aggregates and the events table always agree.
std::string canonical_day(std::string_view date);

// One ingest batch's aggregate changes, summed in memory and written with one
// upsert per touched row when the batch commits.
class AggregateBatch {
 public:
  AggregateBatch();
  ~AggregateBatch();
  void clear();  // forget what was added (a batch that failed)
  void add_event(const std::string& source_key, const std::string& target_key, const std::string& day, int quad,
                 const std::string& root, double goldstein);
  void add_group(const std::string& source_key, const std::string& target_key, const std::string& day);
  // Writes and clears, inside the batch's transaction. The statements are
  // prepared on the first flush and kept: a batch object lives as long as
  // the store's writer (one Db), so keep one per Db.
  void flush(Db& db);

 private:
  struct Writers;
  std::unique_ptr<Writers> writers_;
  DyadTotals& row(const std::string& source_key, const std::string& target_key, const std::string& day);
  std::unordered_map<std::string, DyadTotals> days_;  // key: source \x1f target \x1f day
};

// Creates the aggregate tables and fills them from the events and
// dedup_events already stored (upgrading a version-1 store).
void create_aggregates(Db& db);
void rebuild_aggregates(Db& db);

// Reads the aggregates for events dated in [from, to] (inclusive
// YYYY-MM-DD; empty = open; both empty = every event, undated included),
// restricted by `dyad`, a condition on the columns source_key/target_key
// (from add_dyad_conditions with alias ""). Calls fn(source_key, target_key,
// totals, sign) per row read: the caller adds totals * sign. Rows with sign -1
// are days subtracted from a whole month, when that reads fewer rows.
using AggregateRowFn =
    std::function<void(const std::string& source_key, const std::string& target_key, const DyadTotals&, int sign)>;
void scan_aggregates(Db& db, const std::string& from, const std::string& to, const Where& dyad, bool with_roots,
                     const AggregateRowFn& fn);

// The day rows of one dyad condition within [from, to] (both may be empty),
// in day order, undated rows skipped: what a time series buckets.
void scan_days(Db& db, const std::string& from, const std::string& to, const Where& dyad,
               const std::function<void(const std::string& day, const DyadTotals&)>& fn);

}  // namespace dyad::store

#endif  // DYAD_STORE_AGGREGATES_H_
