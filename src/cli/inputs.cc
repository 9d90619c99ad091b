#include "cli/inputs.h"

#include <cstdio>

namespace dyad::cli {

bool set_date_option(const char* cmd, const std::string& date, IngestOptions& options) {
  if (date.empty()) return true;
  std::string normalized = normalize_date(date);
  if (normalized.size() != date.size()) {
    std::fprintf(stderr, "dyad %s: --date must be YYYY-MM-DD, got '%s'\n", cmd, date.c_str());
    return false;
  }
  options.default_date = normalized;
  return true;
}

bool set_input_format(const char* cmd, const std::string& value, IngestOptions& options) {
  if (value == "auto") options.format = InputFormat::kAuto;
  else if (value == "text") options.format = InputFormat::kText;
  else if (value == "jsonl") options.format = InputFormat::kJsonl;
  else if (value == "html") options.format = InputFormat::kHtml;
  else {
    std::fprintf(stderr, "dyad %s: --input-format must be auto, text, jsonl or html, got '%s'\n", cmd, value.c_str());
    return false;
  }
  return true;
}

std::string issue_message(const char* cmd, const IngestIssue& issue) {
  bool error = issue.severity == IngestIssue::Severity::kError;
  return std::string("dyad ") + cmd + (error ? ": error: " : ": warning: ") + issue.input + ": " + issue.message;
}

int for_each_document(const char* cmd, const std::vector<std::string>& inputs, const IngestOptions& options,
                      const std::function<void(Document&)>& fn) {
  std::vector<std::string> all = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  size_t handled = 0;
  // A document that fails is reported and skipped; an input that fails
  // (out of memory, say) is reported and the next one read.
  for (const auto& input : all) {
    try {
      read_input(
          input, options,
          [&](Document&& doc) {
            try {
              fn(doc);
              ++handled;
            } catch (const std::exception& e) {
              std::fprintf(stderr, "dyad %s: error: document %s: %s; skipped\n", cmd, doc.id.c_str(), e.what());
            }
          },
          [&](const IngestIssue& issue) { std::fprintf(stderr, "%s\n", issue_message(cmd, issue).c_str()); });
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad %s: error: %s: %s; skipped\n", cmd, input.c_str(), e.what());
    }
  }
  std::fflush(stdout);
  if (handled == 0) std::fprintf(stderr, "dyad %s: no document could be read\n", cmd);
  return handled > 0 ? 0 : 1;
}

}  // namespace dyad::cli
