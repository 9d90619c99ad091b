// Additive index migration for `dyad serve` (owned by the server; it changes
// no table and no existing index). Two covering indexes make the dashboard's
// aggregate reads index-only scans on large stores:
//   events_key_cover    (source_key, target_key, date, quad, goldstein, root, dedup_id)
//       a country-level dyad's series (Store::series) and its event counts;
//   events_period_cover (date, source_key, target_key, quad, goldstein, dedup_id)
//       the dyads and actor network of a period (Store::dyads with from/to).
// Measured on a 1M-event store: see the server section of BENCHMARKS.md.
// They cost disk (~2 x 40 MB per 1M events) and some ingest time, so they are
// added on request (`dyad serve --add-indexes`), not by every `dyad ingest`.
#ifndef DYAD_STORE_SERVER_INDEXES_H_
#define DYAD_STORE_SERVER_INDEXES_H_

#include <string>

namespace dyad::store {

// True when the store at path already has both indexes. Opens read-only.
bool has_server_indexes(const std::string& path);

// Creates the indexes that are missing (CREATE INDEX IF NOT EXISTS), then
// ANALYZE so the planner knows them, with skip-scans of the dyad indexes
// disabled (see the .cc). Opens the file read-write for the
// duration; throws StoreError naming the file on failure.
void add_server_indexes(const std::string& path);

}  // namespace dyad::store

#endif  // DYAD_STORE_SERVER_INDEXES_H_
