// Dispatch of inputs (file, directory, stdin) to the text and JSONL readers.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
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
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = name + ":" + std::to_string(line_no);
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
  bool jsonl = !is_gzip(head) && (options.format == InputFormat::kJsonl ||
                                  (options.format == InputFormat::kAuto && !has_html_extension(path) &&
                                   (has_jsonl_extension(path) || sniff_jsonl(head))));
  if (jsonl) return read_jsonl_stream(in, path, options, sink, issues);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    issues({IngestIssue::Severity::kError, path, "read error"});
    return 0;
  }
  return read_blob(std::move(text), path, options, sink, issues);
}

}  // namespace

size_t read_input(const std::string& input, const IngestOptions& options, const DocumentSink& sink,
                  const IssueSink& issues) {
  if (input == "-") {
    if (options.format == InputFormat::kJsonl) return read_jsonl_stream(std::cin, "-", options, sink, issues);
    std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
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
