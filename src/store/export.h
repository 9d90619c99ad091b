// Stored events out: JSON Lines (the README event record plus store ids),
// CSV, and the GDELT 2.0 event table (docs/STORE.md "Export"). Used by
// `dyad export`; usable by the server for download endpoints.
#ifndef DYAD_STORE_EXPORT_H_
#define DYAD_STORE_EXPORT_H_

#include <functional>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad {

enum class ExportFormat { kJsonl, kCsv, kGdelt };

// The 61 GDELT 2.0 event table column names, in file order.
const std::vector<std::string>& gdelt_columns();

// One JSON object (one line, with '\n') for a stored event.
std::string event_jsonl(const StoredEvent& e);
// CSV header and one row (RFC 4180 quoting, '\n' line ends).
std::string events_csv_header();
std::string event_csv(const StoredEvent& e);
// One GDELT 2.0 row (tab-separated, '\n') for a deduplicated event and its
// first mention.
std::string gdelt_row(const DedupEvent& d, const StoredEvent& first, const std::string& date_added);

// Writes every event (jsonl/csv) or every deduplicated event (gdelt) whose
// date is within [from, to] to out, in date order. Returns the record count.
uint64_t export_store(Store& store, ExportFormat format, const std::string& from, const std::string& to,
                      const std::function<void(const std::string&)>& out);

}  // namespace dyad

#endif  // DYAD_STORE_EXPORT_H_
