#include "store/server_indexes.h"

#include "store/sqlite.h"

namespace dyad::store {
namespace {

constexpr const char* kIndexes[][2] = {
    {"events_key_cover",
     "CREATE INDEX IF NOT EXISTS events_key_cover ON events(source_key, target_key, date, quad, goldstein, root, "
     "dedup_id)"},
    {"events_period_cover",
     "CREATE INDEX IF NOT EXISTS events_period_cover ON events(date, source_key, target_key, quad, goldstein, "
     "dedup_id)"},
};

}  // namespace

bool has_server_indexes(const std::string& path) {
  Db db(path, /*readonly=*/true);
  for (const auto& ix : kIndexes) {
    Stmt st(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?");
    st.bind(1, std::string_view(ix[0]));
    if (!st.step()) return false;
  }
  return true;
}

void add_server_indexes(const std::string& path) {
  Db db(path, /*readonly=*/false);
  for (const auto& ix : kIndexes) db.exec(ix[1]);
  // Statistics let the planner prefer the covering index over the narrower
  // ones with the same leading columns.
  db.exec("ANALYZE events");
}

}  // namespace dyad::store
