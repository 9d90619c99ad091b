// Ingest stage: bytes in (plain text, JSON Lines), clean articles out.
//
// Plain text: the first non-empty line is the headline, blank lines separate
// paragraphs. JSONL: one article per line with `id`, `title`, `text`,
// `published` or `date` (any string starting YYYY-MM-DD), `url`. Site junk
// ("Spread the love", "READ ALSO: ...", "Leave a Reply") is dropped paragraph
// by paragraph. Invalid UTF-8 is repaired (U+FFFD) with a warning. Problems are
// reported through IngestIssue and never stop the other documents.
#ifndef DYAD_INGEST_H_
#define DYAD_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

enum class InputFormat { kAuto, kText, kJsonl, kHtml };

struct IngestIssue {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string input;    // "file", "file:line" or "-" for stdin
  std::string message;
};

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension (.jsonl/.ndjson), else sniffed
  std::string default_date;                 // used when a document carries none
  bool drop_boilerplate = true;
  // Longer documents are delivered as consecutive parts ("<id>#part2", ...),
  // cut at a paragraph break, else whitespace: memory stays bounded and
  // nothing is dropped. Real articles are far below this.
  size_t max_document_bytes = 1u << 20;
};

using DocumentSink = std::function<void(Document&&)>;
using IssueSink = std::function<void(const IngestIssue&)>;

// Reads every document of one input: a file, a directory (its regular files,
// recursively, in name order) or "-" (stdin). Calls sink per document and
// issues per problem. Returns the number of documents delivered.
size_t read_input(const std::string& input, const IngestOptions& options,
                  const DocumentSink& sink, const IssueSink& issues);

// Building blocks, exposed for tests and for library users with text in hand.

// Replaces invalid UTF-8 sequences with U+FFFD; returns how many were replaced.
size_t repair_utf8(std::string& text);

// True for a paragraph that is site furniture rather than article text:
// is_boilerplate_line, or a short label (at most three words, no sentence
// punctuation).
bool is_boilerplate(std::string_view paragraph);

// True for a line matching a boilerplate cue (data/ingest/boilerplate.txt,
// loaded once; a built-in list when the file is missing).
bool is_boilerplate_line(std::string_view line);

// One cue of data/ingest/boilerplate.txt (see data/ingest/README.md).
struct BoilerplateCue {
  enum class Kind { kPrefix, kLine, kShort };
  Kind kind = Kind::kPrefix;
  std::string text;  // lower-case
};
// Reads a cue file; throws std::runtime_error "file:line: what is wrong".
std::vector<BoilerplateCue> load_boilerplate_cues(const std::string& path);
bool matches_boilerplate_cues(std::string_view line, const std::vector<BoilerplateCue>& cues);

// "By Jane Doe", "By JANE DOE and John Roe, Reuters" -> the names; "" when
// the line is not a byline.
std::string byline_names(std::string_view line);

// Builds the clean article: text = headline + "\n\n" + body paragraphs joined by
// "\n\n"; fills paragraphs. The body is split at blank lines.
Document make_article(std::string_view headline, std::string_view body,
                      const IngestOptions& options);

// Parses one JSONL record; throws std::runtime_error with the reason.
Document parse_jsonl_record(std::string_view line, const IngestOptions& options);

// Plain text: the first non-empty line is the headline.
Document parse_text_document(std::string_view text, const IngestOptions& options);

// Cuts doc into parts of at most max_bytes of text (see max_document_bytes).
// Returns {doc} unchanged when it is small enough.
std::vector<Document> split_oversized(Document&& doc, size_t max_bytes);

// "2021-04-14T10:00:00Z" -> "2021-04-14"; "" if s does not start with a valid date.
std::string normalize_date(std::string_view s);

}  // namespace dyad

#endif  // DYAD_INGEST_H_
