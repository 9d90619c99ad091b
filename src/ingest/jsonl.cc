// JSON Lines articles: one object per line.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "dyad/ingest.h"

namespace dyad {
namespace {

// A field as a string: strings as they are, numbers printed, null/missing "".
std::string field(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  throw std::runtime_error(std::string("field '") + key + "' is not a string");
}

}  // namespace

Document parse_jsonl_record(std::string_view line, const IngestOptions& options) {
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    // e.what() carries nlohmann's "[json.exception.parse_error.101] " prefix;
    // keep what follows it (also for out_of_range: a number like 1e999).
    std::string what = e.what();
    if (what.rfind("[json.exception.", 0) == 0) {
      auto p = what.find("] ");
      if (p != std::string::npos) what = what.substr(p + 2);
    }
    throw std::runtime_error("malformed JSON: " + what);
  }
  if (!obj.is_object()) throw std::runtime_error("expected a JSON object");
  std::string title = field(obj, "title");
  std::string text = field(obj, "text");
  if (text.empty()) text = field(obj, "body");
  if (title.empty() && text.empty()) throw std::runtime_error("record has neither 'title' nor 'text'");
  Document doc = make_article(title, text, options);
  doc.title = title;
  doc.id = field(obj, "id");
  doc.url = field(obj, "url");
  std::string date = normalize_date(field(obj, "published"));
  if (date.empty()) date = normalize_date(field(obj, "date"));
  if (!date.empty()) doc.date = date;
  return doc;
}

}  // namespace dyad
