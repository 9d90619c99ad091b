// Boilerplate line cues (data/ingest/boilerplate.txt) and bylines.
#include <cctype>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "dyad/data_path.h"
#include "dyad/ingest.h"

namespace dyad {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Used when data/ingest/boilerplate.txt cannot be found, so ingest from a bare
// library still drops the commonest furniture.
std::vector<BoilerplateCue> builtin_cues() {
  using K = BoilerplateCue::Kind;
  std::vector<BoilerplateCue> c;
  for (const char* p : {"read also", "read more:", "also read", "related:", "related articles", "related stories",
                        "spread the love", "leave a reply", "leave a comment", "share this", "share on",
                        "click here", "subscribe", "sign up for", "advertisement", "follow us",
                        "all rights reserved", "copyright", "\xC2\xA9", "you may also like", "recommended:",
                        "see also:", "photo:", "image:"})
    c.push_back({K::kPrefix, p});
  for (const char* l : {"read more", "share", "advertisement", "comments"}) c.push_back({K::kLine, l});
  return c;
}

const std::vector<BoilerplateCue>& default_cues() {
  static const std::vector<BoilerplateCue> cues = [] {
    std::string path = data_file("ingest/boilerplate.txt");
    std::ifstream probe(path);
    if (!probe) return builtin_cues();
    try {
      return load_boilerplate_cues(path);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad: warning: %s; using the built-in boilerplate cues\n", e.what());
      return builtin_cues();
    }
  }();
  return cues;
}

// std::isspace in the "C" locale dyad runs in (it never calls setlocale),
// inline: a library call per byte of every paragraph was 0.7% of the
// samples of a `dyad code` run (perf, VOA).
bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Whitespace-separated words of s, counting stops past `cap`: callers only
// ask whether a line is short.
size_t word_count(std::string_view s, size_t cap) {
  size_t words = 0;
  bool in = false;
  for (char c : s) {
    bool sp = is_space(static_cast<unsigned char>(c));
    if (!sp && !in && ++words > cap) return words;
    in = !sp;
  }
  return words;
}

bool starts_with_ci(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (size_t i = 0; i < lower_prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(lower_prefix[i])) return false;
  return true;
}

}  // namespace

std::vector<BoilerplateCue> load_boilerplate_cues(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<BoilerplateCue> cues;
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    std::string_view l = trim(line);
    if (l.empty() || l[0] == '#') continue;
    size_t tab = l.find('\t');
    auto where = path + ":" + std::to_string(no) + ": ";
    if (tab == std::string_view::npos) throw std::runtime_error(where + "expected KIND<TAB>TEXT");
    std::string_view kind = trim(l.substr(0, tab));
    std::string_view text = trim(l.substr(tab + 1));
    if (text.empty()) throw std::runtime_error(where + "empty cue text");
    BoilerplateCue cue;
    if (kind == "prefix") cue.kind = BoilerplateCue::Kind::kPrefix;
    else if (kind == "line") cue.kind = BoilerplateCue::Kind::kLine;
    else if (kind == "short") cue.kind = BoilerplateCue::Kind::kShort;
    else throw std::runtime_error(where + "unknown kind '" + std::string(kind) + "' (prefix, line or short)");
    cue.text = lower(text);
    cues.push_back(std::move(cue));
  }
  return cues;
}

bool matches_boilerplate_cues(std::string_view line, const std::vector<BoilerplateCue>& cues) {
  std::string_view p = trim(line);
  if (p.empty()) return false;
  // For "line" cues: closing punctuation and arrows do not count ("Read more »").
  std::string_view core = p;
  while (!core.empty()) {
    char c = core.back();
    if (c == '.' || c == ':' || c == '!' || c == '?' || c == '|' || c == '>' || c == '-' || c == ' ') {
      core.remove_suffix(1);
    } else if (core.size() >= 2 && (core.substr(core.size() - 2) == "\xC2\xBB")) {  // »
      core.remove_suffix(2);
    } else if (core.size() >= 3 && (core.substr(core.size() - 3) == "\xE2\x80\xBA" ||  // ›
                                    core.substr(core.size() - 3) == "\xE2\x86\x92")) { // →
      core.remove_suffix(3);
    } else {
      break;
    }
  }
  std::string low;  // built lazily for "short" cues
  size_t words = 0;
  bool counted = false;  // words (and, for short lines, low) computed
  for (const BoilerplateCue& cue : cues) {
    switch (cue.kind) {
      case BoilerplateCue::Kind::kPrefix:
        if (starts_with_ci(p, cue.text)) return true;
        break;
      case BoilerplateCue::Kind::kLine:
        if (core.size() == cue.text.size() && starts_with_ci(core, cue.text)) return true;
        break;
      case BoilerplateCue::Kind::kShort:
        // Counted once per line: a long line used to be re-counted for
        // every short cue.
        if (!counted) {
          counted = true;
          words = word_count(p, 12);
          if (words <= 12) low = lower(p);
        }
        if (words <= 12 && low.find(cue.text) != std::string::npos) return true;
        break;
    }
  }
  return false;
}

bool is_boilerplate_line(std::string_view line) { return matches_boilerplate_cues(line, default_cues()); }

std::string byline_names(std::string_view line) {
  std::string_view p = trim(line);
  if (p.size() < 5 || p.size() > 120) return "";
  if (!(p[0] == 'B' || p[0] == 'b') || !(p[1] == 'y' || p[1] == 'Y') || !(p[2] == ' ' || p[2] == ':')) return "";
  std::string_view names = trim(p.substr(3));
  if (!names.empty() && names[0] == ':') names = trim(names.substr(1));
  // Names: capitalised words, with "and", commas, initials, "de", "van" ...;
  // a byline has no sentence: no verb-like lower-case run of several words.
  size_t words = 0, lower_words = 0;
  bool start = true;
  for (size_t i = 0; i < names.size(); ++i) {
    char c = names[i];
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
      start = true;
      continue;
    }
    if (start) {
      ++words;
      if (std::islower(static_cast<unsigned char>(c))) ++lower_words;
      start = false;
    }
    if (c == '.' && i + 1 == names.size() && words > 4) return "";  // ends like a sentence
  }
  if (words == 0 || words > 12 || lower_words * 3 > words || !std::isupper(static_cast<unsigned char>(names[0])))
    return "";
  return std::string(names);
}

}  // namespace dyad
