// The event store: coded articles in SQLite, with deduplicated events and
// per-dyad time series. Tables and columns are described in docs/STORE.md.
//
// Writes: ingest() takes a batch of coded Documents and commits it as one
// transaction (WAL journal), so a crash loses at most the batch in flight and
// never leaves a half-written article. Ingesting an article already stored
// (same URL, or same content hash when it has no URL match) changes nothing.
//
// Reads: the query methods below are what `dyad query`, `dyad export` and
// `dyad serve` use. All offsets returned are Unicode code point offsets into
// the article text (the same convention as the JSONL event records), so a
// browser can slice the text with them.
//
// Threads: a Store is one SQLite connection and is not thread-safe. Open one
// Store per thread (opening is cheap); WAL lets any number of readers work
// while one writer ingests.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// Every failure (cannot open, not a database, corrupt, disk full, bad query
// argument) is reported as a StoreError whose message names the database file.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StoreOptions {
  bool readonly = false;
  // Deduplication window: events with the same key whose dates differ by at
  // most this many days from a group's anchor date join that group.
  int dedup_window_days = 1;
};

// Provenance written with every stored article.
struct StoreProvenance {
  std::string dyad_version;
  std::string model_version;
  std::string lexicon_version;
};

struct IngestStats {
  uint64_t articles_added = 0;
  uint64_t articles_skipped = 0;  // already stored (same URL or content hash)
  uint64_t events_added = 0;
  uint64_t groups_created = 0;    // new deduplicated events
};

// ------------------------------------------------------------------ records

struct StoredActor {
  std::string text;                  // as written in the article
  std::string code;                  // CAMEO actor code, e.g. "USAGOV"
  std::string country;               // ISO alpha-3 or ""
  std::string org;                   // e.g. "NATO" or ""
  std::vector<std::string> sectors;  // e.g. {"GOV"}
  int64_t start = -1, end = -1;      // code point offsets in the article text
  std::string refers_to;             // antecedent text for pronouns/titles, or ""
  std::string basis;                 // how the code was found: lexicon, agent, coref, context ("" if not recorded)
  double confidence = -1.0;          // 0..1 prior of that basis, -1 if not recorded
};

// One coded event as found in one sentence of one article (a "mention" of a
// happening, in GDELT's terms).
struct StoredEvent {
  int64_t id = 0;                 // events.id
  int64_t article_id = 0;         // articles.id
  std::string doc_id;             // the document id the article arrived with
  std::string url;
  std::string title;
  int sentence_index = 0;
  std::string sentence;           // the sentence's text
  std::string date;               // YYYY-MM-DD or ""
  std::string date_source;        // explicit | relative | article, "" when undated
  std::string date_text;          // the words that gave the date ("on Tuesday"), or ""
  std::optional<StoredActor> source, target;
  std::string cameo, root, plover;
  std::string plover_mode;        // "" where PLOVER gives none (or stored before schema 3)
  std::string place;              // where it happened ("Geneva"), "" when the sentence does not say
  std::string place_country;      // the place's state (ISO alpha-3), "" when unknown
  double goldstein = 0.0;
  int quad = 0;
  std::string modality;           // asserted | negated | hypothetical | intended | requested | denied
  int quote_index = -1;           // index of the quotation within the article, or -1
  std::string verb;               // the words that fired
  int64_t verb_start = -1, verb_end = -1;
  std::string rule;
  int64_t dedup_id = 0;           // the deduplicated event it belongs to, 0 if none
  std::string dyad_version, model_version, lexicon_version;
  std::string ingested_at;        // when its article was stored (UTC "YYYY-MM-DD HH:MM:SS")
};

// A deduplicated event: every StoredEvent with the same key and a date within
// the window (docs/STORE.md "Deduplication").
struct DedupEvent {
  int64_t id = 0;
  std::string source_key, target_key;  // country-level actors, e.g. "USA", "RUS", "NATO"
  std::string family;                  // 3-digit CAMEO base code, e.g. "036", "190"
  std::string root;                    // "03"
  std::string cameo;                   // code of the first mention
  std::string modality;
  std::string date;                    // anchor date (first mention's date)
  std::string first_date, last_date;   // range of the mentions' dates
  double goldstein = 0.0;              // of the first mention
  int quad = 0;
  int num_mentions = 0;                // events in the group
  int num_articles = 0;                // distinct articles
  int num_sources = 0;                 // distinct source domains (URL host, else "unknown")
  int64_t first_event_id = 0;          // earliest-ingested mention
};

struct StoredSentence {
  int index = 0;
  int64_t start = 0, end = 0;  // code points
  std::string text;
};

struct StoredMention {
  int index = 0;               // index within the article
  StoredActor actor;
  std::string entry;           // lexicon entry that matched
  int antecedent = -1;         // mention index it refers back to, or -1
};

struct StoredQuote {
  int64_t article_id = 0;
  int index = 0;               // within the article ("q<index>" in event records)
  int sentence_index = 0;
  std::string text;            // the quoted words, without the marks
  int64_t start = 0, end = 0;  // code points
  int speaker_index = -1;      // mention index, or -1
  std::optional<StoredActor> speaker;
  std::string cue;             // the speech verb ("said"), or ""
  int64_t cue_start = -1, cue_end = -1;
  // Article context, filled by quotations_by_speaker().
  std::string doc_id, url, title, date;
};

struct StoredArticle {
  int64_t id = 0;
  std::string doc_id, url, title, date, domain, content_hash;
  std::string text;            // the clean article text the offsets refer to
  std::string ingested_at;     // UTC, "YYYY-MM-DD HH:MM:SS"
  std::string dyad_version, model_version, lexicon_version;
  std::vector<StoredSentence> sentences;
  std::vector<StoredMention> mentions;
  std::vector<StoredQuote> quotes;
  std::vector<StoredEvent> events;
};

// Short listing of an article (no text, no layers).
struct ArticleSummary {
  int64_t id = 0;
  std::string doc_id, url, title, date, domain;
  int num_events = 0;
};

// ------------------------------------------------------------------ queries

// Actor level of a dyad: the country-level key (country, else org, else the
// code) or the full CAMEO actor code.
enum class DyadLevel { kCountry, kActor };

struct EventFilter {
  // Either side: matches the country-level key ("USA") at kCountry level, or
  // an actor code prefix ("USAGOV", "USA") at kActor level. Empty = any.
  std::string source, target;
  DyadLevel level = DyadLevel::kCountry;
  bool undirected = false;         // also match source/target swapped
  std::string from, to;            // inclusive YYYY-MM-DD bounds; empty = open
  std::string root;                // "19"; empty = any
  std::string cameo;               // code prefix "19", "190", "1902"; empty = any
  int quad = 0;                    // 1..4; 0 = any
  std::string modality;            // empty = any
  std::string text;                // words of the sentence, all required, the last also as a prefix
                                   // (case- and accent-insensitive); empty = any
  int64_t article_id = 0;          // 0 = any
  int64_t dedup_id = 0;            // 0 = any
  bool newest_first = false;       // order by (date, id) descending instead of ascending
  int limit = 100;                 // page size (capped at 10000)
  int offset = 0;
};

template <typename T>
struct Page {
  int64_t total = 0;               // rows matching the filter, ignoring limit/offset
  bool total_exact = true;         // false: counting stopped, at least `total` rows match
  std::vector<T> rows;
};

struct DyadFilter {
  DyadLevel level = DyadLevel::kCountry;
  bool undirected = false;
  std::string from, to;
  std::string actor;               // only dyads with this key/prefix on either side; empty = all
  int min_events = 1;
  bool with_dates = true;          // fill first_date/last_date (two index seeks per returned dyad)
  int limit = 100;
  int offset = 0;
};

struct DyadCount {
  std::string source, target;      // for undirected, source <= target
  int64_t events = 0;              // event mentions
  int64_t dedup_events = 0;        // deduplicated events anchored in the period (country level);
                                   // at actor level, distinct groups of the dyad's events
  std::array<int64_t, 4> by_quad{};  // events per quad class 1..4
  double goldstein_total = 0.0;
  double goldstein_mean = 0.0;
  std::string first_date, last_date;
};

enum class Period { kDay, kWeek, kMonth };

struct SeriesQuery {
  std::string source, target;      // required
  DyadLevel level = DyadLevel::kCountry;
  bool undirected = false;
  Period period = Period::kWeek;
  std::string from, to;            // empty: the dyad's first/last event date
  bool dedup = false;              // count deduplicated events instead of mentions
  int window = 8;                  // trailing periods for the z-score
  double z_threshold = 2.0;
};

struct SeriesPoint {
  std::string period;              // first day of the period: YYYY-MM-DD (weeks start Monday)
  int64_t events = 0;
  std::array<int64_t, 4> by_quad{};       // quad classes 1..4
  std::map<std::string, int64_t> by_root; // "01".."20" -> count (only non-zero roots)
  double goldstein_total = 0.0;
  double goldstein_mean = 0.0;     // 0 when no events
  double z = 0.0;                  // (events - mean of trailing window) / sd; 0 if not computable
  bool change = false;             // |z| >= threshold (and a full trailing window)
};

struct ActorHit {
  std::string code;
  std::string country;
  std::string org;
  std::string example;             // a surface text seen for it (the first stored)
  int64_t mentions = 0;            // actor mentions in stored articles
  int64_t events = 0;              // events with the actor as source or target
};

struct StoreCounts {
  int64_t articles = 0, sentences = 0, mentions = 0, quotes = 0, events = 0, dedup_events = 0;
  std::string first_date, last_date;  // event date range
};

// ------------------------------------------------------------------ the store

class Store {
 public:
  // Opens (readonly: must exist) or creates the database at path and checks
  // its schema. Throws StoreError naming path on any failure, including a file
  // that is not a dyad database.
  static std::unique_ptr<Store> open(const std::string& path, const StoreOptions& options = {});
  static std::unique_ptr<Store> open(const std::string& path, bool readonly) {
    StoreOptions o;
    o.readonly = readonly;
    return open(path, o);
  }
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const;

  // ---- writes
  // Stores a batch of coded documents in one transaction, then updates the
  // deduplicated events for the new events. All or nothing.
  IngestStats ingest(const std::vector<const Document*>& docs, const StoreProvenance& provenance);
  IngestStats ingest(const Document& doc, const StoreProvenance& provenance) {
    return ingest(std::vector<const Document*>{&doc}, provenance);
  }

  // True when an article with doc's URL (and #part) or with the content hash
  // of doc.text is stored: ingest() would skip it. Lets a caller skip coding.
  bool contains(const Document& doc);

  // ---- reads
  StoreCounts counts();
  // "PRAGMA integrity_check" result: "ok" when the file is sound.
  std::string integrity_check();

  Page<StoredEvent> events(const EventFilter& filter);
  // Calls fn for every event matching filter (limit/offset ignored), in
  // (date, id) order; stops early when fn returns false. For export.
  void for_each_event(const EventFilter& filter, const std::function<bool(const StoredEvent&)>& fn);

  Page<DedupEvent> dedup_events(const EventFilter& filter);   // uses source/target/level/from/to/root/cameo/quad/limit/offset
  std::optional<DedupEvent> dedup_event(int64_t id);
  std::vector<StoredEvent> dedup_mentions(int64_t dedup_id);  // the group's evidence
  void for_each_dedup_event(const EventFilter& filter, const std::function<bool(const DedupEvent&)>& fn);

  Page<DyadCount> dyads(const DyadFilter& filter);
  std::vector<SeriesPoint> series(const SeriesQuery& query);

  // Actors whose code, country, org or surface text contains q (ASCII
  // case-insensitive), most mentioned first.
  std::vector<ActorHit> search_actors(const std::string& q, int limit = 20);

  std::optional<StoredArticle> article(int64_t id);
  std::optional<StoredArticle> article_by_doc_id(const std::string& doc_id);
  Page<ArticleSummary> articles(const std::string& from, const std::string& to, int limit = 100, int offset = 0);

  // Quotations whose speaker's code starts with `speaker` or, unless speaker
  // is written like a code (capitals and digits only: "RUS", "USAGOV"),
  // whose speaker text contains it (ASCII case-insensitive); empty = all
  // quotations, with or without a speaker. Newest first. The total stops
  // at 1,000 (total_exact false).
  Page<StoredQuote> quotations_by_speaker(const std::string& speaker, int limit = 100, int offset = 0);

 private:
  Store();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Helpers shared by the CLI and the server.
std::string_view period_name(Period p);                  // "day" | "week" | "month"
std::optional<Period> parse_period(std::string_view s);  // nullopt when unknown
// "2024-03-14" -> first day of its period ("2024-03-11" for a week, "2024-03-01" for a month).
std::string period_start(std::string_view date, Period p);
// The country-level key of an actor (country, else org, else code).
std::string country_key(const Actor& actor);

}  // namespace dyad

#endif  // DYAD_STORE_H_
