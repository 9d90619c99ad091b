// Dispatch of inputs (file, directory, stdin) to the text and JSONL readers.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/html.h"
#include "dyad/ingest.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext;
}

bool has_gz_extension(const std::string& path) { return lower_extension(path) == ".gz"; }

// The name without a trailing ".gz", so "page.html.gz" is known as HTML.
std::string inner_name(const std::string& path) {
  return has_gz_extension(path) ? path.substr(0, path.size() - 3) : path;
}

bool has_jsonl_extension(const std::string& path) {
  std::string ext = lower_extension(inner_name(path));
  return ext == ".jsonl" || ext == ".ndjson" || ext == ".json";
}

bool has_html_extension(const std::string& path) {
  std::string ext = lower_extension(inner_name(path));
  return ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml";
}

// An input read whole (text, HTML, gzip) or one JSONL line may not exceed
// this, the bound gunzip() puts on inflated data: an endless input
// (/dev/zero, a runaway pipe) is an error, not an out-of-memory crash.
constexpr size_t kMaxInputBytes = size_t{1} << 30;

// Reads in to EOF into *out; false (with *out holding the first
// kMaxInputBytes) when there is more than that.
bool read_bounded(std::istream& in, std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (in.read(buf, sizeof(buf)) || in.gcount() > 0) {
    size_t n = static_cast<size_t>(in.gcount());
    if (out->size() + n > kMaxInputBytes) return false;
    out->append(buf, n);
  }
  return true;
}

// The rest of an input, bounded as read_bounded; false (and the reason
// reported for path) when it was too large or could not be read.
bool read_rest(std::istream& in, const std::string& path, const IssueSink& issues, std::string* out) {
  if (!read_bounded(in, out)) {
    issues({IngestIssue::Severity::kError, path,
            "larger than " + std::to_string(kMaxInputBytes) + " bytes; skipped"});
    return false;
  }
  if (in.bad()) {
    issues({IngestIssue::Severity::kError, path, "read error"});
    return false;
  }
  return true;
}

// std::getline bounded by kMaxInputBytes (or by memory): a longer line is
// consumed to its end without being kept, and *too_long is set, so the
// lines after it are still read.
bool getline_bounded(std::istream& in, std::string& line, bool* too_long) {
  line.clear();
  *too_long = false;
  std::streambuf* sb = in.rdbuf();
  bool any = false;
  for (;;) {
    int c = sb->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (*too_long) continue;
    if (line.size() >= kMaxInputBytes) {
      *too_long = true;
      continue;
    }
    try {
      line.push_back(static_cast<char>(c));
    } catch (const std::bad_alloc&) {  // less memory than the bound: same outcome
      std::string().swap(line);
      *too_long = true;
    }
  }
}

// Fills in what a document needs but its input lacked, then delivers it.
void deliver(Document&& doc, const std::string& fallback_id, const IngestOptions& options,
             const DocumentSink& sink, const IssueSink& issues) {
  if (doc.id.empty()) doc.id = fallback_id;
  if (options.max_document_bytes > 0 && doc.text.size() > options.max_document_bytes) {
    size_t bytes = doc.text.size();
    std::vector<Document> parts = split_oversized(std::move(doc), options.max_document_bytes);
    issues({IngestIssue::Severity::kWarning, fallback_id,
            "document of " + std::to_string(bytes) + " bytes coded as " + std::to_string(parts.size()) +
                " parts of at most " + std::to_string(options.max_document_bytes) + " bytes"});
    for (auto& part : parts) sink(std::move(part));
    return;
  }
  sink(std::move(doc));
}

size_t read_jsonl_stream(std::istream& in, const std::string& name, const IngestOptions& options,
                         const DocumentSink& sink, const IssueSink& issues) {
  size_t delivered = 0, line_no = 0;
  std::string line;
  bool too_long = false;
  while (getline_bounded(in, line, &too_long)) {
    ++line_no;
    std::string where = name + ":" + std::to_string(line_no);
    if (too_long) {
      issues({IngestIssue::Severity::kError, where,
              "line too long (over " + std::to_string(kMaxInputBytes) + " bytes, or more than memory allows); "
              "record skipped"});
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (size_t bad = repair_utf8(line))
      issues({IngestIssue::Severity::kWarning, where,
              "invalid UTF-8: " + std::to_string(bad) + " byte(s) replaced"});
    try {
      Document doc = parse_jsonl_record(line, options);
      deliver(std::move(doc), where, options, sink, issues);
      ++delivered;
    } catch (const std::exception& e) {
      issues({IngestIssue::Severity::kError, where, std::string(e.what()) + "; record skipped"});
    }
  }
  if (in.bad()) issues({IngestIssue::Severity::kError, name, "read error"});
  return delivered;
}

size_t read_text_blob(std::string&& text, const std::string& name, const IngestOptions& options,
                      const DocumentSink& sink, const IssueSink& issues) {
  if (size_t bad = repair_utf8(text))
    issues({IngestIssue::Severity::kWarning, name,
            "invalid UTF-8: " + std::to_string(bad) + " byte(s) replaced"});
  Document doc = parse_text_document(text, options);
  if (doc.text.empty()) {
    issues({IngestIssue::Severity::kError, name, "empty document (no text); skipped"});
    return 0;
  }
  deliver(std::move(doc), name, options, sink, issues);
  return 1;
}

// JSONL if the first non-blank byte opens an object; text otherwise. A UTF-8
// byte-order mark (Windows tools write one) is skipped, as the JSON parser
// skips it.
bool sniff_jsonl(const std::string& head) {
  size_t start = head.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  auto p = head.find_first_not_of(" \t\r\n", start);
  return p != std::string::npos && head[p] == '{';
}

size_t read_html_blob(const std::string& bytes, const std::string& name, const IngestOptions& options,
                      const DocumentSink& sink, const IssueSink& issues) {
  HtmlReport report;
  Document doc;
  try {
    doc = parse_html_document(bytes, options, &report);
  } catch (const std::exception& e) {
    for (const auto& w : report.warnings) issues({IngestIssue::Severity::kWarning, name, w});
    issues({IngestIssue::Severity::kError, name, std::string(e.what()) + "; skipped"});
    return 0;
  }
  for (const auto& w : report.warnings) issues({IngestIssue::Severity::kWarning, name, w});
  deliver(std::move(doc), name, options, sink, issues);
  return 1;
}

// Any whole input in memory: gzip is inflated, then the format is chosen by
// option, extension (without .gz) or content.
size_t read_blob(std::string&& bytes, const std::string& name, const IngestOptions& options,
                 const DocumentSink& sink, const IssueSink& issues) {
  if (is_gzip(bytes)) {
    std::string inflated, error;
    if (!gunzip(bytes, &inflated, &error)) {
      issues({IngestIssue::Severity::kError, name, error + "; skipped"});
      return 0;
    }
    bytes.swap(inflated);
  }
  InputFormat f = options.format;
  if (f == InputFormat::kAuto) {
    std::string head = bytes.substr(0, 2048);
    if (has_html_extension(name)) f = InputFormat::kHtml;
    else if (has_jsonl_extension(name) || sniff_jsonl(head)) f = InputFormat::kJsonl;
    else if (looks_like_html(head)) f = InputFormat::kHtml;
    else f = InputFormat::kText;
  }
  if (f == InputFormat::kJsonl) {
    std::istringstream in(std::move(bytes));
    return read_jsonl_stream(in, name, options, sink, issues);
  }
  if (f == InputFormat::kHtml) return read_html_blob(bytes, name, options, sink, issues);
  return read_text_blob(std::move(bytes), name, options, sink, issues);
}

size_t read_file(const std::string& path, const IngestOptions& options, const DocumentSink& sink,
                 const IssueSink& issues) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    issues({IngestIssue::Severity::kError, path, "cannot open: " + std::string(std::strerror(errno))});
    return 0;
  }
  // JSONL is streamed (inputs can be large); everything else is read whole.
  char buf[256];
  in.read(buf, sizeof(buf));
  std::string head(buf, static_cast<size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  if (!in) {
    // A pipe or FIFO (`dyad code <(zcat a.jsonl.gz)`) cannot be rewound: read
    // the rest and handle the whole input in memory.
    in.clear();
    std::string rest;
    if (!read_rest(in, path, issues, &rest)) return 0;
    return read_blob(head + rest, path, options, sink, issues);
  }
  bool jsonl = !is_gzip(head) && (options.format == InputFormat::kJsonl ||
                                  (options.format == InputFormat::kAuto && !has_html_extension(path) &&
                                   (has_jsonl_extension(path) || sniff_jsonl(head))));
  if (jsonl) return read_jsonl_stream(in, path, options, sink, issues);
  std::string text;
  if (!read_rest(in, path, issues, &text)) return 0;
  return read_blob(std::move(text), path, options, sink, issues);
}

}  // namespace

size_t read_input(const std::string& input, const IngestOptions& options, const DocumentSink& sink,
                  const IssueSink& issues) {
  if (input == "-") {
    if (options.format == InputFormat::kJsonl) return read_jsonl_stream(std::cin, "-", options, sink, issues);
    std::string all;
    if (!read_bounded(std::cin, &all)) {
      issues({IngestIssue::Severity::kError, "-",
              "standard input larger than " + std::to_string(kMaxInputBytes) + " bytes; skipped"});
      return 0;
    }
    return read_blob(std::move(all), "-", options, sink, issues);
  }
  std::error_code ec;
  fs::file_status st = fs::status(input, ec);
  if (ec || !fs::exists(st)) {
    issues({IngestIssue::Severity::kError, input, "no such file or directory"});
    return 0;
  }
  if (fs::is_directory(st)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code fec;
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;  // hidden files: editors' and VCS's
      if (it->is_regular_file(fec)) files.push_back(it->path().string());
    }
    if (ec) issues({IngestIssue::Severity::kError, input, "cannot list directory: " + ec.message()});
    std::sort(files.begin(), files.end());
    size_t n = 0;
    for (const auto& f : files) n += read_file(f, options, sink, issues);
    return n;
  }
  return read_file(input, options, sink, issues);
}

}  // namespace dyad
