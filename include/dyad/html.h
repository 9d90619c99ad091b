// HTML ingest: a news page as scraped (menus, share bars, comments and all)
// in, the clean article out.
//
// Steps: gunzip if the bytes are gzip; find the character set (BOM, then
// <meta charset> / http-equiv, then the XML declaration; UTF-8 when none) and
// convert to UTF-8 with ICU, invalid bytes becoming U+FFFD with a warning;
// strip script, style, template and comments before gumbo (they are most of a
// page's bytes and never article text); parse with gumbo; pick the main
// content block by paragraph scoring, text and link density and class/id
// cues; read headline, date, byline and canonical URL from meta tags,
// JSON-LD and the DOM. Document::source_map maps every run of clean text back
// to the input bytes (after gunzip).
#ifndef DYAD_HTML_H_
#define DYAD_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/ingest.h"

namespace dyad {

// What HTML ingest found besides the Document, for diagnostics and tests.
struct HtmlReport {
  std::string charset;                // the charset the bytes were read as ("UTF-8", "windows-1251", ...)
  size_t invalid_bytes = 0;           // bytes that were not valid in that charset (became U+FFFD)
  std::vector<std::string> warnings;  // human-readable, one per problem; never fatal
};

// Extracts the article from one page. Throws std::runtime_error with a clear
// reason when there is nothing to extract (empty page, no text).
Document parse_html_document(std::string_view bytes, const IngestOptions& options,
                             HtmlReport* report = nullptr);

// The article body only (no headline), paragraphs joined by "\n": what the
// extraction benchmark scores.
std::string article_body(const Document& doc);

// True when the first bytes look like an HTML page (doctype, <html>, <head>,
// <body>, or several common tags near the start).
bool looks_like_html(std::string_view head);

// True for gzip magic bytes. gunzip() inflates (multi-member streams too);
// returns false and sets *error on corrupt or truncated data. max_out bounds
// the output (a zip bomb is an error, not an out-of-memory).
bool is_gzip(std::string_view bytes);
bool gunzip(std::string_view in, std::string* out, std::string* error,
            size_t max_out = size_t{1} << 30);

// Character-set handling, exposed for tests.
// The charset declared by a BOM, <meta> or XML declaration in the first
// bytes, lower-cased, or "" when none is declared.
std::string sniff_charset(std::string_view bytes);

// Converts bytes in `charset` ("" = UTF-8) to valid UTF-8. anchors receives
// (utf8_offset, input_offset) pairs: from each anchor until the next, output
// byte utf8_offset + k came from input byte input_offset + k. Returns the
// number of invalid input sequences replaced by U+FFFD. Throws
// std::runtime_error when ICU does not know the charset.
struct OffsetAnchor {
  uint32_t out = 0;
  uint32_t in = 0;
};
size_t to_utf8(std::string_view bytes, const std::string& charset, std::string* utf8,
               std::vector<OffsetAnchor>* anchors);

// Input offset of output offset x under anchors (sorted by out).
uint32_t map_offset(const std::vector<OffsetAnchor>& anchors, uint32_t x);

}  // namespace dyad

#endif  // DYAD_HTML_H_
