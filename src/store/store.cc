// Opening a store and whole-store reads (counts, integrity).
#include <filesystem>

#include "store/schema.h"
#include "store/store_impl.h"

namespace dyad {

Store::Store() : impl_(std::make_unique<Impl>()) {}
Store::~Store() = default;

std::unique_ptr<Store> Store::open(const std::string& path, const StoreOptions& options) {
  if (path.empty()) throw StoreError("database path is empty");
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw StoreError("cannot open database '" + path + "': it is a directory");
  if (options.readonly && !std::filesystem::exists(path, ec))
    throw StoreError("cannot open database '" + path + "': no such file");
  if (options.dedup_window_days < 0 || options.dedup_window_days > 365)
    throw StoreError("database '" + path + "': dedup window must be 0..365 days");
  std::unique_ptr<Store> s(new Store());
  s->impl_->options = options;
  s->impl_->db = std::make_unique<store::Db>(path, options.readonly);
  store::Db& db = *s->impl_->db;
  // Committed batches survive a killed process with synchronous=NORMAL in WAL
  // mode; FULL would only add protection against power loss, at a sync per commit.
  if (!options.readonly) {
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA temp_store=MEMORY");
  }
  db.exec("PRAGMA cache_size=-32768");  // 32 MB
  // Readers map the file: pages are read in place rather than copied into
  // each connection's cache (the server keeps one connection per thread).
  if (options.readonly) db.exec("PRAGMA mmap_size=1073741824");
  db.exec("PRAGMA foreign_keys=OFF");
  store::prepare_schema(db, options.readonly, options.dedup_window_days, s->impl_->dedup_window_days);
  return s;
}

const std::string& Store::path() const { return impl_->db->path(); }

bool Store::contains(const Document& doc) {
  store::Db& db = *impl_->db;
  if (!doc.url.empty()) {
    store::Stmt st(db, "SELECT 1 FROM articles WHERE url = ? AND part = ?");
    st.bind(1, std::string_view(doc.url)).bind(2, store::document_part(doc.id));
    if (st.step()) return true;
  }
  store::Stmt st(db, "SELECT 1 FROM articles WHERE content_hash = ?");
  st.bind(1, store::content_hash(doc.text));
  return st.step();
}

StoreCounts Store::counts() {
  store::Db& db = *impl_->db;
  StoreCounts c;
  auto count = [&](const char* sql) {
    store::Stmt st(db, sql);
    return st.step() ? st.int64(0) : 0;
  };
  c.articles = count("SELECT count(*) FROM articles");
  c.sentences = count("SELECT count(*) FROM sentences");
  c.mentions = count("SELECT count(*) FROM mentions");
  c.quotes = count("SELECT count(*) FROM quotes");
  c.events = count("SELECT count(*) FROM events");
  c.dedup_events = count("SELECT count(*) FROM dedup_events");
  store::Stmt st(db, "SELECT min(date), max(date) FROM events WHERE date IS NOT NULL");
  if (st.step()) {
    c.first_date = st.text(0);
    c.last_date = st.text(1);
  }
  return c;
}

std::string Store::integrity_check() {
  store::Stmt st(*impl_->db, "PRAGMA integrity_check");
  std::string out;
  while (st.step()) {
    if (!out.empty()) out += '\n';
    out += st.text(0);
  }
  return out;
}

}  // namespace dyad
