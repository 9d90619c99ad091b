// Event reads: coded events (mentions) with filters and paging, and the
// deduplicated events with their evidence.
#include <algorithm>

#include "store/aggregates.h"
#include "store/query_sql.h"
#include "store/store_impl.h"

namespace dyad {

using store::Stmt;
using store::Where;

namespace {

// Columns of one event row; read_event() reads them in this order.
constexpr const char* kEventSelect =
    "SELECT e.id, e.article_id, a.doc_id, a.url, a.title, e.sentence_idx, e.sentence, e.date, "
    "e.source_idx, ms.text, ms.code, ms.country, ms.org, ms.sectors, ms.start, ms.end, msa.text, ms.basis, "
    "ms.confidence, "
    "e.target_idx, mt.text, mt.code, mt.country, mt.org, mt.sectors, mt.start, mt.end, mta.text, mt.basis, "
    "mt.confidence, "
    "e.cameo, e.root, e.plover, e.goldstein, e.quad, e.modality, e.quote_idx, e.verb, e.verb_start, e.verb_end, "
    "e.rule, e.dedup_id, a.dyad_version, a.model_version, a.lexicon_version, a.ingested_at, e.date_source, "
    "e.date_text, e.plover_mode, e.place, e.place_country "
    "FROM events e JOIN articles a ON a.id = e.article_id "
    "LEFT JOIN mentions ms ON ms.article_id = e.article_id AND ms.idx = e.source_idx "
    "LEFT JOIN mentions msa ON msa.article_id = e.article_id AND msa.idx = ms.antecedent "
    "LEFT JOIN mentions mt ON mt.article_id = e.article_id AND mt.idx = e.target_idx "
    "LEFT JOIN mentions mta ON mta.article_id = e.article_id AND mta.idx = mt.antecedent";

using store::read_actor;

StoredEvent read_event(const Stmt& st) {
  StoredEvent e;
  e.id = st.int64(0);
  e.article_id = st.int64(1);
  e.doc_id = st.text(2);
  e.url = st.text(3);
  e.title = st.text(4);
  e.sentence_index = st.integer(5);
  e.sentence = st.text(6);
  e.date = st.text(7);
  e.source = read_actor(st, 8);
  e.target = read_actor(st, 19);
  e.cameo = st.text(30);
  e.root = st.text(31);
  e.plover = st.text(32);
  e.goldstein = st.real(33);
  e.quad = st.integer(34);
  e.modality = st.text(35);
  e.quote_index = static_cast<int>(st.int64_or(36, -1));
  e.verb = st.text(37);
  e.verb_start = st.int64_or(38, -1);
  e.verb_end = st.int64_or(39, -1);
  e.rule = st.text(40);
  e.dedup_id = st.int64_or(41, 0);
  e.dyad_version = st.text(42);
  e.model_version = st.text(43);
  e.lexicon_version = st.text(44);
  e.ingested_at = st.text(45);
  e.date_source = st.text(46);
  e.date_text = st.text(47);
  e.plover_mode = st.text(48);
  e.place = st.text(49);
  e.place_country = st.text(50);
  return e;
}

Where event_where(const std::string& db_path, const EventFilter& f) {
  store::check_date(db_path, "from", f.from);
  store::check_date(db_path, "to", f.to);
  Where w;
  store::add_dyad_conditions(f.source, f.target, f.level, f.undirected, "e.", w);
  if (!f.from.empty()) {
    w.add("e.date >= ?");
    w.value(f.from);
  }
  if (!f.to.empty()) {
    w.add("e.date <= ?");
    w.value(f.to);
  }
  if (!f.root.empty()) {
    w.add("e.root = ?");
    w.value(f.root);
  }
  if (!f.cameo.empty()) {
    w.add("e.cameo >= ? AND e.cameo < ?");
    w.value(f.cameo);
    w.value(store::prefix_end(f.cameo));
  }
  if (f.quad) {
    w.add("e.quad = ?");
    w.value(static_cast<int64_t>(f.quad));
  }
  if (!f.modality.empty()) {
    w.add("e.modality = ?");
    w.value(f.modality);
  }
  if (!f.text.empty()) {
    // The sentence index (events_fts): every word of the text, the last
    // also as a prefix. Text with no words matches nothing.
    std::string match = store::fts_query(f.text);
    if (match.empty()) {
      w.add("0");
    } else {
      // The matches are read once into a set that the scan of the other
      // filters' index checks ("+" keeps the planner from instead looking up
      // every match by id: with a common word that is 100x slower).
      w.add("+e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)");
      w.value(match);
    }
  }
  if (f.article_id) {
    w.add("e.article_id = ?");
    w.value(f.article_id);
  }
  if (f.dedup_id) {
    w.add("e.dedup_id = ?");
    w.value(f.dedup_id);
  }
  return w;
}

// Counting stops here: past it a total is reported as "at least".
constexpr int64_t kCountCap = 1000;

// The number of events matching f, read from the aggregates when f is a
// filter they hold (country-level dyad, dates, one root or one quad class).
std::optional<int64_t> aggregate_count(store::Db& db, const EventFilter& f) {
  if (f.level != DyadLevel::kCountry || !f.text.empty() || !f.modality.empty() || f.article_id || f.dedup_id)
    return std::nullopt;
  std::string root = f.root;
  if (!f.cameo.empty()) {
    if (f.cameo.size() != 2) return std::nullopt;
    if (!root.empty() && root != f.cameo) return 0;
    root = f.cameo;
  }
  int ri = -1;
  if (!root.empty()) {
    ri = store::root_index(root);
    if (ri < 0) return 0;
    if (f.quad) return std::nullopt;  // the aggregates hold each marginal, not the pair
  }
  Where w;
  store::add_dyad_conditions(f.source, f.target, DyadLevel::kCountry, f.undirected, "", w);
  int64_t n = 0;
  store::scan_aggregates(db, f.from, f.to, w, /*with_roots=*/ri >= 0,
                         [&](const std::string&, const std::string&, const store::DyadTotals& v, int sign) {
                           n += sign * (ri >= 0 ? v.root[ri] : f.quad ? v.quad[f.quad - 1] : v.events);
                         });
  return n;
}

std::string order_by(bool newest_first) {
  return newest_first ? " ORDER BY e.date DESC, e.id DESC" : " ORDER BY e.date, e.id";
}

constexpr const char* kDedupSelect =
    "SELECT d.id, d.source_key, d.target_key, d.family, d.root, d.cameo, d.modality, d.date, d.first_date, "
    "d.last_date, d.goldstein, d.quad, d.num_mentions, d.num_articles, d.num_sources, d.first_event_id "
    "FROM dedup_events d";

DedupEvent read_dedup(const Stmt& st) {
  DedupEvent d;
  d.id = st.int64(0);
  d.source_key = st.text(1);
  d.target_key = st.text(2);
  d.family = st.text(3);
  d.root = st.text(4);
  d.cameo = st.text(5);
  d.modality = st.text(6);
  d.date = st.text(7);
  d.first_date = st.text(8);
  d.last_date = st.text(9);
  d.goldstein = st.real(10);
  d.quad = st.integer(11);
  d.num_mentions = st.integer(12);
  d.num_articles = st.integer(13);
  d.num_sources = st.integer(14);
  d.first_event_id = st.int64(15);
  return d;
}

// Deduplicated events are keyed at country level; at actor level a group
// matches when one of its mentions matches (docs/STORE.md).
Where dedup_where(const std::string& db_path, const EventFilter& f) {
  store::check_date(db_path, "from", f.from);
  store::check_date(db_path, "to", f.to);
  Where w;
  if (f.level == DyadLevel::kActor && (!f.source.empty() || !f.target.empty())) {
    Where inner;
    store::add_dyad_conditions(f.source, f.target, f.level, f.undirected, "e.", inner);
    w.add("d.id IN (SELECT e.dedup_id FROM events e" + inner.sql + " AND e.dedup_id IS NOT NULL)");
    w.values = inner.values;
  } else {
    store::add_dyad_conditions(f.source, f.target, DyadLevel::kCountry, f.undirected, "d.", w);
  }
  if (!f.from.empty()) {
    w.add("d.date >= ?");
    w.value(f.from);
  }
  if (!f.to.empty()) {
    w.add("d.date <= ?");
    w.value(f.to);
  }
  if (!f.root.empty()) {
    w.add("d.root = ?");
    w.value(f.root);
  }
  if (!f.cameo.empty()) {
    // A group is one 3-digit family: match the prefix against the family for
    // short prefixes and against the first mention's code for 4-digit ones.
    w.add(f.cameo.size() <= 3 ? "d.family >= ? AND d.family < ?" : "d.cameo >= ? AND d.cameo < ?");
    w.value(f.cameo);
    w.value(store::prefix_end(f.cameo));
  }
  if (f.quad) {
    w.add("d.quad = ?");
    w.value(static_cast<int64_t>(f.quad));
  }
  if (!f.modality.empty()) {
    w.add("d.modality = ?");
    w.value(f.modality);
  }
  if (f.dedup_id) {
    w.add("d.id = ?");
    w.value(f.dedup_id);
  }
  return w;
}

}  // namespace

Page<StoredEvent> Store::events(const EventFilter& filter) {
  store::Db& db = *impl_->db;
  Where w = event_where(path(), filter);
  Page<StoredEvent> page;
  int limit = filter.limit, offset = filter.offset;
  store::clamp_page(limit, offset);
  // A text filter is not counted: each count would read the word's matches
  // again. The total is then what the page shows ("at least").
  const bool count_rows = filter.text.empty();
  if (auto n = aggregate_count(db, filter)) {
    page.total = *n;
  } else if (count_rows) {
    Stmt st(db, "SELECT count(*) FROM (SELECT 1 FROM events e" + w.sql + " LIMIT " + std::to_string(kCountCap + 1) +
                    ")");
    w.bind(st);
    if (st.step()) page.total = st.int64(0);
    if (page.total > kCountCap) {
      page.total = kCountCap;
      page.total_exact = false;
    }
  }
  Stmt st(db, std::string(kEventSelect) + w.sql + order_by(filter.newest_first) + " LIMIT ? OFFSET ?");
  int next = w.bind(st);
  // One row past the page tells whether there are more.
  st.bind(next, limit + (count_rows ? 0 : 1)).bind(next + 1, offset);
  while (st.step()) page.rows.push_back(read_event(st));
  if (!count_rows) {
    bool more = static_cast<int>(page.rows.size()) > limit;
    if (more) page.rows.pop_back();
    page.total = offset + static_cast<int64_t>(page.rows.size()) + (more ? 1 : 0);
    page.total_exact = !more;
  }
  return page;
}

void Store::for_each_event(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn) {
  Where w = event_where(path(), filter);
  Stmt st(*impl_->db, std::string(kEventSelect) + w.sql + order_by(filter.newest_first));
  w.bind(st);
  while (st.step())
    if (!fn(read_event(st))) break;
}

Page<DedupEvent> Store::dedup_events(const EventFilter& filter) {
  store::Db& db = *impl_->db;
  Where w = dedup_where(path(), filter);
  Page<DedupEvent> page;
  {
    Stmt st(db, "SELECT count(*) FROM dedup_events d" + w.sql);
    w.bind(st);
    if (st.step()) page.total = st.int64(0);
  }
  int limit = filter.limit, offset = filter.offset;
  store::clamp_page(limit, offset);
  Stmt st(db, std::string(kDedupSelect) + w.sql +
                  (filter.newest_first ? " ORDER BY d.date DESC, d.id DESC" : " ORDER BY d.date, d.id") +
                  " LIMIT ? OFFSET ?");
  int next = w.bind(st);
  st.bind(next, limit).bind(next + 1, offset);
  while (st.step()) page.rows.push_back(read_dedup(st));
  return page;
}

void Store::for_each_dedup_event(const EventFilter& filter, const std::function<bool(const DedupEvent&)>& fn) {
  Where w = dedup_where(path(), filter);
  Stmt st(*impl_->db, std::string(kDedupSelect) + w.sql +
                          (filter.newest_first ? " ORDER BY d.date DESC, d.id DESC" : " ORDER BY d.date, d.id"));
  w.bind(st);
  while (st.step())
    if (!fn(read_dedup(st))) break;
}

std::optional<DedupEvent> Store::dedup_event(int64_t id) {
  Stmt st(*impl_->db, std::string(kDedupSelect) + " WHERE d.id = ?");
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  return read_dedup(st);
}

std::vector<StoredEvent> Store::dedup_mentions(int64_t dedup_id) {
  Stmt st(*impl_->db, std::string(kEventSelect) + " WHERE e.dedup_id = ? ORDER BY e.id");
  st.bind(1, dedup_id);
  std::vector<StoredEvent> out;
  while (st.step()) out.push_back(read_event(st));
  return out;
}

// Shared with the article reader (query_articles.cc).
std::vector<StoredEvent> store_article_events(store::Db& db, int64_t article_id) {
  Stmt st(db, std::string(kEventSelect) + " WHERE e.article_id = ? ORDER BY e.idx");
  st.bind(1, article_id);
  std::vector<StoredEvent> out;
  while (st.step()) out.push_back(read_event(st));
  return out;
}

}  // namespace dyad
