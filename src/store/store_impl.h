// Store internals shared by the files that implement dyad::Store (open,
// ingest, queries, series). Not a public header.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad {

struct Store::Impl {
  std::unique_ptr<store::Db> db;
  StoreOptions options;
  int dedup_window_days = 1;  // as stored in meta

  // Ingest statements, prepared on first use and reused for every batch.
  struct Writer;
  std::unique_ptr<Writer> writer;
  Impl();  // defined where Writer is complete (ingest.cc)
  ~Impl();
};

namespace store {

// 64-bit FNV-1a as 16 lower-case hex digits.
std::string content_hash(std::string_view text);
// "https://www.voanews.com/a/x" -> "voanews.com"; "" -> "unknown".
std::string url_domain(std::string_view url);
// "<id>#part3" -> 3, else 0.
int document_part(std::string_view doc_id);
// Days since 1970-01-01 for "YYYY-MM-DD" (proleptic Gregorian); false if malformed.
bool parse_day(std::string_view date, int64_t& days);
std::string format_day(int64_t days);
// The substring of text between code point offsets [start, end).
std::string slice_code_points(const std::string& text, int64_t start, int64_t end);

}  // namespace store

// The events of one article in index order (query_events.cc).
std::vector<StoredEvent> store_article_events(store::Db& db, int64_t article_id);

namespace store {

}  // namespace store
}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_
