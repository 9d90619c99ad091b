// Discards, issues, the PETRARCH coding ontology, TABARI options, and the
// file / directory entry points of every loader.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compat/lines.h"
#include "dyad/compat_dict.h"

namespace dyad::compat {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// ----------------------------------------------------------------- discards

void parse_discards(std::string_view text, const std::string& name, Dictionaries& dict, Diagnostics& diags) {
  DiscardDict& dd = dict.discards;
  for_each_dict_line(text, Flavor::kPetr2, [&](std::string_view raw, int line) {
    std::string_view t = trim(strip_comment(raw, Flavor::kPetr2));
    if (t.empty()) return;
    bool story = false;
    if (t.front() == '+') {
      story = true;
      t = trim(t.substr(1));
    }
    // Legacy ';' comments left inside (FORMATS.md §0) are not part of the phrase.
    size_t semi = t.find(';');
    if (semi != std::string_view::npos) t = trim(t.substr(0, semi));
    auto words = split_phrase(t, false);
    if (words.empty()) {
      diags.push_back({name, line, "empty discard phrase"});
      return;
    }
    uint32_t node = dd.trie.add(words);
    dd.at_node[node] = story;
    ++dd.entries;
  });
}

// ------------------------------------------------------------------- issues

namespace {

// Expansions of one issue word: n:, v:, a+b.
std::vector<std::vector<std::string>> expand_issue_word(const std::string& w) {
  if (w.size() > 2 && w[0] == 'N' && w[1] == ':') {
    std::string b = w.substr(2);
    return {{b}, {noun_plural(b)}};
  }
  if (w.size() > 2 && w[0] == 'V' && w[1] == ':') {
    std::string b = w.substr(2);
    std::vector<std::vector<std::string>> out{{b}};
    for (auto& f : verb_forms(b)) out.push_back({f});
    return out;
  }
  size_t plus = w.find('+');
  if (plus != std::string::npos && plus > 0 && plus + 1 < w.size()) {
    std::vector<std::vector<std::string>> out;
    auto left = expand_issue_word(w.substr(0, plus));
    auto right = expand_issue_word(w.substr(plus + 1));
    for (auto& l : left)
      for (auto& r : right) {
        std::vector<std::string> two = l;
        two.insert(two.end(), r.begin(), r.end());
        out.push_back(two);
        out.push_back({l.back() + "-" + r.front()});
      }
    return out;
  }
  return {{w}};
}

}  // namespace

void parse_issues(std::string_view text, const std::string& name, Dictionaries& dict, Diagnostics& diags) {
  IssueDict& id = dict.issues;
  for_each_dict_line(text, Flavor::kPetr2, [&](std::string_view raw, int line) {
    std::string_view t = trim(strip_comment(raw, Flavor::kPetr2));
    if (t.empty() || t.front() == '<') return;  // <ISSUE ...> section tags
    std::string code;
    if (t.front() == '~') {
      code = t.substr(0, 2) == "~~" ? "~~" : "~";
      t = trim(t.substr(code.size()));
    } else {
      size_t lb = t.find('[');
      size_t rb = t.find(']', lb == std::string_view::npos ? 0 : lb);
      if (lb == std::string_view::npos || rb == std::string_view::npos) {
        diags.push_back({name, line, "issue line without [CODE]"});
        return;
      }
      code = upper(trim(t.substr(lb + 1, rb - lb - 1)));
      t = trim(t.substr(0, lb));
      if (code.empty()) {
        diags.push_back({name, line, "empty issue code []"});
        return;
      }
    }
    std::string u = upper(t);
    std::vector<std::vector<std::string>> phrases{{}};
    for (std::string_view w : split_space(u)) {
      auto alts = expand_issue_word(std::string(w));
      std::vector<std::vector<std::string>> next;
      for (auto& p : phrases)
        for (auto& a : alts) {
          if (next.size() >= 256) break;  // bound the expansion of long phrases
          auto q = p;
          q.insert(q.end(), a.begin(), a.end());
          next.push_back(std::move(q));
        }
      phrases.swap(next);
    }
    if (phrases.empty() || phrases[0].empty()) {
      diags.push_back({name, line, "issue line with no phrase"});
      return;
    }
    for (auto& p : phrases) {
      std::vector<PhraseTrie::Word> words;
      for (auto& w : p) words.push_back({w, false});
      id.at_node.emplace(id.trie.add(words), code);
    }
    ++id.entries;
  });
}

// --------------------------------------------------------------------- PICO

void parse_pico(std::string_view text, const std::string& name, Dictionaries& dict, Diagnostics& diags) {
  for_each_dict_line(text, Flavor::kPetr2, [&](std::string_view raw, int line) {
    std::string_view t = trim(strip_comment(raw, Flavor::kPetr2));
    if (t.empty()) return;
    size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      diags.push_back({name, line, "expected CODE:HEXEXPR"});
      return;
    }
    std::string code(trim(t.substr(0, colon)));
    std::string_view expr = trim(t.substr(colon + 1));
    int value = 0;
    size_t i = 0;
    bool ok = !expr.empty();
    while (ok && i < expr.size()) {
      int sign = 1;
      if (expr[i] == '+' || expr[i] == '-') {
        sign = expr[i] == '-' ? -1 : 1;
        ++i;
      }
      if (expr.substr(i, 2) != "0x" && expr.substr(i, 2) != "0X") { ok = false; break; }
      i += 2;
      size_t b = i;
      while (i < expr.size() && std::isxdigit(static_cast<unsigned char>(expr[i]))) ++i;
      if (i == b) { ok = false; break; }
      value += sign * std::stoi(std::string(expr.substr(b, i - b)), nullptr, 16);
      while (i < expr.size() && expr[i] == ' ') ++i;
    }
    if (!ok || code.empty()) {
      diags.push_back({name, line, "bad hex expression '" + std::string(expr) + "'"});
      return;
    }
    dict.pico.to_hex[code] = value;
    dict.pico.from_hex.emplace(value, code);
  });
  if (!dict.pico.from_hex.count(0x30a0)) dict.pico.from_hex.emplace(0x30a0, "138");
}

// --------------------------------------------------------- TABARI .options

bool load_tabari_options(const std::string& path, Dictionaries& dict, Diagnostics& diags) {
  std::string text;
  if (!read_file(path, text)) {
    diags.push_back({path, 0, "cannot read file"});
    return false;
  }
  dict.files.push_back(path);
  for_each_dict_line(text, Flavor::kTabari, [&](std::string_view raw, int line) {
    std::string_view t = trim(strip_comment(raw, Flavor::kTabari));
    if (t.empty() || t.front() == '~') return;
    size_t colon = t.find(':');
    std::string cmd = upper(trim(t.substr(0, colon)));
    static const char* known[] = {"COMPLEX", "SET", "FORWARD", "OUTPUT", "COMMA", "DEFAULT", "LABEL", "DELETE"};
    bool ok = colon != std::string_view::npos;
    if (ok) {
      ok = false;
      for (const char* k : known) ok |= cmd == k;
    }
    if (!ok) diags.push_back({path, line, "unknown options command '" + std::string(t) + "'"});
  });
  return true;
}

// ----------------------------------------------------------- file wrappers

namespace {

template <class Parse>
bool load_with(const std::string& path, Dictionaries& dict, Diagnostics& diags, Parse&& parse) {
  std::string text;
  if (!read_file(path, text)) {
    diags.push_back({path, 0, "cannot read file"});
    return false;
  }
  dict.files.push_back(path);
  parse(text, path);
  return true;
}

}  // namespace

bool load_verbs(const std::string& path, Dictionaries& dict, Diagnostics& diags, FormatHint hint) {
  return load_with(path, dict, diags, [&](const std::string& t, const std::string& n) { parse_verbs(t, n, dict, diags, hint); });
}
bool load_actors(const std::string& path, Dictionaries& dict, Diagnostics& diags, FormatHint hint) {
  return load_with(path, dict, diags, [&](const std::string& t, const std::string& n) { parse_actors(t, n, dict, diags, hint); });
}
bool load_agents(const std::string& path, Dictionaries& dict, Diagnostics& diags, FormatHint hint) {
  return load_with(path, dict, diags, [&](const std::string& t, const std::string& n) { parse_agents(t, n, dict, diags, hint); });
}
bool load_discards(const std::string& path, Dictionaries& dict, Diagnostics& diags) {
  return load_with(path, dict, diags, [&](const std::string& t, const std::string& n) { parse_discards(t, n, dict, diags); });
}
bool load_issues(const std::string& path, Dictionaries& dict, Diagnostics& diags) {
  return load_with(path, dict, diags, [&](const std::string& t, const std::string& n) { parse_issues(t, n, dict, diags); });
}
bool load_pico(const std::string& path, Dictionaries& dict, Diagnostics& diags) {
  return load_with(path, dict, diags, [&](const std::string& t, const std::string& n) { parse_pico(t, n, dict, diags); });
}

// ------------------------------------------------------------ directories

bool load_dictionary_dir(const std::string& dir, Dictionaries& dict, Diagnostics& diags) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diags.push_back({dir, 0, "not a directory"});
    return false;
  }
  auto in_dir = [&](const std::string& f) -> std::string {
    fs::path p = fs::path(dir) / trim(f);
    if (fs::exists(p, ec)) return p.string();
    // PETR_config.ini names files relative to data/dictionaries/.
    p = fs::path(dir) / "dictionaries" / trim(f);
    if (fs::exists(p, ec)) return p.string();
    return (fs::path(dir) / trim(f)).string();
  };
  // 1. PETR_config.ini
  for (const char* cfg_name : {"PETR_config.ini", "config.ini"}) {
    fs::path cfg = fs::path(dir) / cfg_name;
    std::string text;
    if (!read_file(cfg.string(), text)) continue;
    bool any = false;
    for_each_dict_line(text, Flavor::kPetr2, [&](std::string_view raw, int line) {
      std::string_view t = trim(strip_comment(raw, Flavor::kPetr2));
      size_t eq = t.find('=');
      if (eq == std::string_view::npos) return;
      std::string key(trim(t.substr(0, eq)));
      std::string_view val = trim(t.substr(eq + 1));
      auto each = [&](auto&& fn) {
        size_t b = 0;
        while (b <= val.size()) {
          size_t c = val.find(',', b);
          std::string_view item = trim(val.substr(b, c == std::string_view::npos ? std::string_view::npos : c - b));
          if (!item.empty()) fn(in_dir(std::string(item)));
          if (c == std::string_view::npos) break;
          b = c + 1;
        }
      };
      (void)line;
      if (key == "verbfile_name") { each([&](const std::string& f) { load_verbs(f, dict, diags); }); any = true; }
      else if (key == "actorfile_list") { each([&](const std::string& f) { load_actors(f, dict, diags); }); any = true; }
      else if (key == "agentfile_name") { each([&](const std::string& f) { load_agents(f, dict, diags); }); any = true; }
      else if (key == "discardfile_name") { each([&](const std::string& f) { load_discards(f, dict, diags); }); any = true; }
      else if (key == "issuefile_name") { each([&](const std::string& f) { load_issues(f, dict, diags); }); any = true; }
    });
    if (any) return true;
  }
  // 2. A TABARI .project file.
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() != ".project") continue;
    std::string text;
    if (!read_file(it->path().string(), text)) continue;
    bool any = false;
    for_each_dict_line(text, Flavor::kTabari, [&](std::string_view raw, int) {
      std::string_view t = trim(raw);
      size_t gt = t.find('>');
      if (t.empty() || t[0] != '<' || gt == std::string_view::npos) return;
      std::string tag(t.substr(1, gt - 1));
      std::string file(trim(t.substr(gt + 1)));
      if (file.empty()) return;
      if (tag == "actorsfile") { load_actors(in_dir(file), dict, diags, FormatHint::kTabari); any = true; }
      else if (tag == "verbsfile") { load_verbs(in_dir(file), dict, diags, FormatHint::kTabari); any = true; }
      else if (tag == "agentsfile") { load_agents(in_dir(file), dict, diags, FormatHint::kTabari); any = true; }
      else if (tag == "optionsfile") load_tabari_options(in_dir(file), dict, diags);
    });
    if (any) return true;
  }
  // 3. Files recognised by name.
  std::vector<fs::path> files;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  bool any = false;
  for (const auto& p : files) {
    std::string n = upper(p.filename().string());
    std::string s = p.string();
    if (n.find("VERB") != std::string::npos) { load_verbs(s, dict, diags); any = true; }
    else if (n.find("ACTOR") != std::string::npos) { load_actors(s, dict, diags); any = true; }
    else if (n.find("AGENT") != std::string::npos) { load_agents(s, dict, diags); any = true; }
    else if (n.find("DISCARD") != std::string::npos) { load_discards(s, dict, diags); any = true; }
    else if (n.find("ISSUE") != std::string::npos) { load_issues(s, dict, diags); any = true; }
    else if (n.find("ONTOLOGY") != std::string::npos) { load_pico(s, dict, diags); any = true; }
  }
  if (!any) diags.push_back({dir, 0, "no dictionary files found (PETR_config.ini, *.project, *verbs*, *actors*, ...)"});
  return any;
}

}  // namespace dyad::compat
