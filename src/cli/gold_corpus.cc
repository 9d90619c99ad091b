#include "cli/gold_corpus.h"

#include <cstdio>

#include <filesystem>
#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "dyad/data_path.h"

namespace dyad::cli {
namespace {

// A `.json` corpus is one object keyed by story id whose values hold the text
// in `articleBody` (the article-extraction benchmark's ground truth, clean
// bodies of scraped news pages). Each story becomes a JSONL record so it goes
// through the same ingest as the VOA stories.
std::unordered_map<std::string, Story> load_keyed_json(const std::string& path, std::istream& in) {
  std::unordered_map<std::string, Story> out;
  nlohmann::json all;
  try {
    all = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": " + e.what());
  }
  if (!all.is_object()) throw std::runtime_error(path + ": expected one JSON object keyed by story id");
  for (const auto& [id, v] : all.items()) {
    const char* field = v.contains("articleBody") ? "articleBody" : "text";
    if (!v.is_object() || !v.contains(field) || !v[field].is_string())
      throw std::runtime_error(path + ": story " + id + " has no string articleBody or text");
    std::string text = v[field].get<std::string>();
    nlohmann::json rec = {{"id", id}, {"text", text}};
    out[id] = Story{rec.dump(), std::move(text)};
  }
  return out;
}

// A `.conllu` corpus (Universal Dependencies treebank) holds whole documents:
// a `# newdoc id = ...` comment opens one and each sentence carries its raw
// text in `# text = ...`. A story is one document, its text the sentences'
// texts joined with a blank line, so each treebank sentence is a paragraph
// of its own and the sentence splitter keeps the treebank's boundaries.
// Sentences before the first newdoc belong to a story with an empty id.
std::unordered_map<std::string, Story> load_conllu(const std::string& path, std::istream& in) {
  static constexpr std::string_view kDoc = "# newdoc id = ", kText = "# text = ";
  std::unordered_map<std::string, Story> out;
  std::string id, text, line;
  bool open = false;
  auto close = [&] {
    if (!open) return;
    if (out.count(id)) throw std::runtime_error(path + ": document " + id + " appears twice");
    std::string copy = text;
    nlohmann::json rec = {{"id", id}, {"text", std::move(copy)}};
    out[id] = Story{rec.dump(), std::move(text)};
    text.clear();
    open = false;
  };
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.compare(0, kDoc.size(), kDoc) == 0) {
      close();
      id = line.substr(kDoc.size());
      if (id.empty()) throw std::runtime_error(path + ":" + std::to_string(lineno) + ": empty newdoc id");
      open = true;
    } else if (line.compare(0, kText.size(), kText) == 0) {
      if (!open) id.clear(), open = true;
      if (!text.empty()) text += "\n\n";
      text.append(line, kText.size());
    }
  }
  close();
  return out;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::unordered_map<std::string, Story> load_corpus(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open corpus (is --shared right?)");
  if (ends_with(path, ".json")) return load_keyed_json(path, in);
  if (ends_with(path, ".conllu")) return load_conllu(path, in);
  std::unordered_map<std::string, Story> out;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      auto j = nlohmann::json::parse(line);
      std::string id = j.at("id").is_string() ? j.at("id").get<std::string>() : j.at("id").dump();
      out[id] = Story{line, j.at("text").get<std::string>()};
    } catch (const std::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": " + e.what());
    }
  }
  return out;
}

void refuse_directory(const std::string& gold) {
  std::error_code ec;
  if (std::filesystem::is_directory(gold, ec)) throw std::runtime_error(gold + ": is a directory");
}

std::string shared_dir(const std::string& given) {
  if (!given.empty()) return given;
  std::string root = data_root();
  return (root.empty() ? std::string(".") : root) + "/../shared";
}

std::string one_line(std::string_view s, size_t max) {
  // Cut on a character boundary, never inside a UTF-8 sequence.
  if (s.size() > max)
    while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
  std::string t(s.substr(0, max));
  for (char& c : t)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  if (s.size() > max) t += "...";
  return t;
}

void print_story_interval(const std::map<std::string, PRCounts>& per_story) {
  std::vector<PRCounts> units;
  for (const auto& [key, c] : per_story) units.push_back(c);
  const PRInterval ci = bootstrap_pr(units);
  std::printf("root+dyad 95%% interval, %zu stories resampled: P %.3f-%.3f  R %.3f-%.3f\n", units.size(), ci.p_lo,
              ci.p_hi, ci.r_lo, ci.r_hi);
}

void print_root_table(const std::map<std::string, RootCounts>& roots, const char* other) {
  std::printf("\nroot  %6s  %6s  matched  F1\n", "gold", other);
  for (const auto& [root, r] : roots) {
    const double f1 = r.gold + r.system ? 2.0 * double(r.matched) / double(r.gold + r.system) : 0.0;
    std::printf("%-4s  %6zu  %6zu  %7zu  %.2f\n", root.c_str(), r.gold, r.system, r.matched, f1);
  }
}

}  // namespace dyad::cli
