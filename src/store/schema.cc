// The store's tables (docs/STORE.md is the description; keep both in step)
// and the check that an existing file is a dyad store of this version.
#include "store/schema.h"

#include <string>

#include "store/aggregates.h"

namespace dyad::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  url TEXT,
  part INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL,
  date TEXT,
  domain TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  dyad_version TEXT, model_version TEXT, lexicon_version TEXT);
CREATE UNIQUE INDEX articles_url ON articles(url, part) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_doc ON articles(doc_id);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE sentences(
  article_id INTEGER NOT NULL, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE TABLE mentions(
  article_id INTEGER NOT NULL, idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, code TEXT NOT NULL, country TEXT, org TEXT,
  sectors TEXT NOT NULL, entry TEXT, antecedent INTEGER,
  basis TEXT, confidence REAL,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE TABLE quotes(
  article_id INTEGER NOT NULL, idx INTEGER NOT NULL, sentence_idx INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  speaker_idx INTEGER, speaker_code TEXT, cue TEXT, cue_start INTEGER, cue_end INTEGER,
  PRIMARY KEY(article_id, idx)) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_code);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL, idx INTEGER NOT NULL, sentence_idx INTEGER NOT NULL,
  sentence TEXT NOT NULL, date TEXT,
  source_idx INTEGER, target_idx INTEGER,
  source_code TEXT NOT NULL, target_code TEXT NOT NULL,
  source_key TEXT NOT NULL, target_key TEXT NOT NULL,
  cameo TEXT NOT NULL, root TEXT NOT NULL, family TEXT NOT NULL, plover TEXT, plover_mode TEXT,
  goldstein REAL NOT NULL, quad INTEGER NOT NULL, modality TEXT NOT NULL,
  quote_idx INTEGER, verb TEXT, verb_start INTEGER, verb_end INTEGER, rule TEXT,
  dedup_id INTEGER, date_source TEXT, date_text TEXT,
  place TEXT, place_country TEXT);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_key ON events(source_key, target_key, date);
CREATE INDEX events_source ON events(source_key, date);
CREATE INDEX events_target ON events(target_key, date);
CREATE INDEX events_code ON events(source_code, target_code, date);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_dedup ON events(dedup_id);
CREATE TABLE dedup_events(
  id INTEGER PRIMARY KEY,
  source_key TEXT NOT NULL, target_key TEXT NOT NULL, family TEXT NOT NULL, modality TEXT NOT NULL,
  root TEXT NOT NULL, cameo TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  date TEXT NOT NULL, first_date TEXT NOT NULL, last_date TEXT NOT NULL,
  num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
  first_event_id INTEGER NOT NULL);
CREATE INDEX dedup_key ON dedup_events(source_key, target_key, family, modality, date);
CREATE INDEX dedup_date ON dedup_events(date);
CREATE TABLE dedup_sources(
  dedup_id INTEGER NOT NULL, domain TEXT NOT NULL,
  PRIMARY KEY(dedup_id, domain)) WITHOUT ROWID;
CREATE VIEW dedup_mentions AS
  SELECT dedup_id, id AS event_id, article_id FROM events WHERE dedup_id IS NOT NULL;
CREATE TABLE actors(
  code TEXT PRIMARY KEY, country TEXT, org TEXT, example TEXT NOT NULL,
  mentions INTEGER NOT NULL, events INTEGER NOT NULL);
)sql";

// Full-text index of event sentences for the text filter. External content:
// the sentences are stored once, in events; the index holds only tokens.
constexpr const char* kEventsFts =
    "CREATE VIRTUAL TABLE events_fts USING fts5(sentence, content='events', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')";

// Version 1 -> 2: event date provenance and mention confidence columns, the
// per-dyad aggregate tables and the sentence index, filled from what is stored.
void upgrade_from_1(Db& db) {
  db.exec("ALTER TABLE events ADD COLUMN date_source TEXT");
  db.exec("ALTER TABLE events ADD COLUMN date_text TEXT");
  db.exec("ALTER TABLE mentions ADD COLUMN basis TEXT");
  db.exec("ALTER TABLE mentions ADD COLUMN confidence REAL");
  db.exec("CREATE INDEX events_source ON events(source_key, date)");
  db.exec("CREATE INDEX events_target ON events(target_key, date)");
  // Version 1 stored any date text the input had; aggregates key by real days.
  db.exec("UPDATE events SET date = NULL WHERE date IS NOT NULL AND (length(date) <> 10 OR date(date) IS NOT date)");
  create_aggregates(db);
  rebuild_aggregates(db);
  db.exec(kEventsFts);
  db.exec("INSERT INTO events_fts(events_fts) VALUES('rebuild')");
}

// Version 2 -> 3: the PLOVER mode of each event. Events stored before it
// keep NULL there: the mode comes from the codebook at coding time, and a
// store does not know which codebook coded its rows.
void upgrade_from_2(Db& db) { db.exec("ALTER TABLE events ADD COLUMN plover_mode TEXT"); }

// Version 3 -> 4: where each event happened (events/places.h). Events stored
// before it keep NULL: the place is found at coding time.
void upgrade_from_3(Db& db) {
  db.exec("ALTER TABLE events ADD COLUMN place TEXT");
  db.exec("ALTER TABLE events ADD COLUMN place_country TEXT");
}

bool has_table(Db& db, const char* name) {
  Stmt st(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?");
  st.bind(1, std::string_view(name));
  return st.step();
}

}  // namespace

void prepare_schema(Db& db, bool readonly, int dedup_window_days, int& stored_window) {
  // Reading sqlite_master is the first real read of the file: a file that is
  // not a database fails here, with SQLite's "file is not a database".
  int64_t n_objects = 0;
  {
    Stmt st(db, "SELECT count(*) FROM sqlite_master");
    if (st.step()) n_objects = st.int64(0);
  }
  if (n_objects == 0) {
    if (readonly) throw StoreError("database '" + db.path() + "': empty file, not a dyad store");
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("BEGIN IMMEDIATE");
    db.exec(kSchema);
    create_aggregates(db);
    db.exec(kEventsFts);
    Stmt meta(db, "INSERT INTO meta(key, value) VALUES(?, ?)");
    meta.bind(1, std::string_view("schema_version")).bind(2, std::to_string(kSchemaVersion)).run();
    meta.bind(1, std::string_view("dedup_window_days")).bind(2, std::to_string(dedup_window_days)).run();
    db.exec("COMMIT");
    stored_window = dedup_window_days;
    return;
  }
  if (!has_table(db, "meta"))
    throw StoreError("database '" + db.path() + "': not a dyad store (no meta table)");
  Stmt st(db, "SELECT key, value FROM meta");
  int version = -1;
  stored_window = dedup_window_days;
  while (st.step()) {
    std::string key = st.text(0), value = st.text(1);
    try {
      if (key == "schema_version") version = std::stoi(value);
      else if (key == "dedup_window_days") stored_window = std::stoi(value);
    } catch (const std::exception&) {
      throw StoreError("database '" + db.path() + "': bad meta value " + key + "='" + value + "'");
    }
  }
  if (version >= 1 && version < kSchemaVersion && !readonly) {
    Transaction tx(db);
    if (version <= 1) upgrade_from_1(db);
    if (version <= 2) upgrade_from_2(db);
    if (version <= 3) upgrade_from_3(db);
    db.exec("UPDATE meta SET value = '" + std::to_string(kSchemaVersion) + "' WHERE key = 'schema_version'");
    tx.commit();
    version = kSchemaVersion;
  }
  if (version >= 1 && version < kSchemaVersion)
    throw StoreError("database '" + db.path() + "': schema version " + std::to_string(version) +
                     " is older than this dyad's " + std::to_string(kSchemaVersion) +
                     "; open it once for writing to upgrade it (dyad serve --db FILE --add-indexes, or ingest into it)");
  if (version != kSchemaVersion)
    throw StoreError("database '" + db.path() + "': schema version " + std::to_string(version) +
                     ", this dyad reads version " + std::to_string(kSchemaVersion));
  if (!readonly) db.exec("PRAGMA journal_mode=WAL");
}

}  // namespace dyad::store
