#include "compat/lines.h"

#include <algorithm>

namespace dyad::compat {

std::string_view trim(std::string_view s) {
  // Ctrl-Z and NUL bytes occur in real dictionaries; treat them as space.
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\x1a' || c == '\0' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool is_tabari_name(const std::string& path) {
  std::string b = base_name(path);
  for (const char* ext : {".verbs", ".actors", ".agents", ".options"}) {
    std::string e(ext);
    if (b.size() > e.size() && b.compare(b.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

std::string_view strip_comment(std::string_view line, Flavor flavor) {
  if (flavor == Flavor::kTabari) {
    std::string_view t = trim(line);
    if (!t.empty() && t.front() == '#') return {};
    if (t.substr(0, 2) == "//") return {};
    size_t semi = line.find(';');
    if (semi != std::string_view::npos) line = line.substr(0, semi);
    return line;
  }
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  return line;
}

std::string noun_plural(const std::string& w) {
  if (w.empty()) return w;
  char last = w.back();
  // PETRARCH turns every final Y into IES; after a vowel that misses real
  // plurals (ENVOY -> ENVOYS), so only a consonant + Y does.
  if (last == 'Y' && w.size() > 1 && std::string_view("AEIOU").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "IES";
  if (last == 'S') return w + "ES";
  return w + "S";
}

static bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

std::vector<std::string> verb_forms(const std::string& w) {
  std::vector<std::string> out;
  if (w.empty()) return out;
  char last = w.back();
  // Third person singular.
  if (last == 'S' || last == 'X' || last == 'Z') out.push_back(w + "ES");
  else if (last == 'Y' && w.size() > 1 && !is_vowel(w[w.size() - 2])) out.push_back(w.substr(0, w.size() - 1) + "IES");
  else out.push_back(w + "S");
  // Past.
  if (last == 'E') out.push_back(w + "D");
  else if (last == 'Y' && w.size() > 1 && !is_vowel(w[w.size() - 2])) out.push_back(w.substr(0, w.size() - 1) + "IED");
  else out.push_back(w + "ED");
  // -ING: a final E drops after a consonant (ARRIVE -> ARRIVING, but SEE -> SEEING).
  if (last == 'E' && w.size() > 1 && !is_vowel(w[w.size() - 2])) out.push_back(w.substr(0, w.size() - 1) + "ING");
  else out.push_back(w + "ING");
  return out;
}

std::vector<std::string_view> split_space(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

}  // namespace dyad::compat
