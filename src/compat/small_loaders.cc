// Discards, issues, the PETRARCH coding ontology, TABARI options, and the
// file / directory entry points of every loader.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compat/lines.h"
#include "dyad/compat_dict.h"

namespace dyad::compat {

bool read_file(const std::string& path, std::string& out) {
  // An ifstream opens a directory without complaint and reads nothing, so a
  // directory given as a dictionary would load as an empty one in silence.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  out = ss.str();
  return true;
}

namespace {

std::string cannot_read(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return "cannot read file: is a directory (use --dict for a directory)";
  if (!std::filesystem::exists(path, ec)) return "cannot read file: no such file";
  return "cannot read file";
}

}  // namespace

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

namespace {

// The integer after `key` in s ("VERBS[5]", "MIN = 4"), or -1.
int number_after(const std::string& s, const std::string& key) {
  size_t p = s.find(key);
  if (p == std::string::npos) return -1;
  p += key.size();
  while (p < s.size() && (s[p] == ' ' || s[p] == '=' || s[p] == '[' || s[p] == '\t')) ++p;
  if (p >= s.size() || !std::isdigit(static_cast<unsigned char>(s[p]))) return -1;
  int v = 0;
  while (p < s.size() && std::isdigit(static_cast<unsigned char>(s[p])) && v < 1000000) v = v * 10 + (s[p++] - '0');
  return v;
}

// The code in brackets after `key` ("SOURCE: [DEFSRC]"), or "".
std::string code_after(const std::string& s, const std::string& key) {
  size_t p = s.find(key);
  if (p == std::string::npos) return "";
  size_t b = s.find('[', p), e = s.find(']', p);
  if (b == std::string::npos || e == std::string::npos || e < b) return "";
  return std::string(trim(std::string_view(s).substr(b + 1, e - b - 1)));
}

// Whether `word` occurs in s as a whole word.
bool has_word(const std::string& s, const std::string& word) {
  for (size_t p = s.find(word); p != std::string::npos; p = s.find(word, p + 1)) {
    bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(s[p - 1]));
    size_t e = p + word.size();
    bool right = e >= s.size() || !std::isalnum(static_cast<unsigned char>(s[e]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace

bool apply_tabari_option(std::string_view command, Options& options) {
  std::string_view t = trim(command);
  size_t colon = t.find(':');
  if (colon == std::string_view::npos) return false;
  // TABARI reads the first four letters of a command name.
  std::string cmd = upper(trim(t.substr(0, colon)));
  std::string arg = upper(trim(t.substr(colon + 1)));
  TabariOptions& o = options.tabari;
  auto is = [&](const char* name) {
    size_t n = std::min<size_t>(4, std::strlen(name));
    return cmd.size() >= n && cmd.compare(0, n, name, n) == 0;
  };
  if (is("COMPLEX")) {
    o.complex_verbs = std::max(0, number_after(arg, "VERBS"));
    o.complex_conj = std::max(0, number_after(arg, "CONJ"));
    o.complex_actors = std::max(0, number_after(arg, "ACTORS"));
    o.complex_noactprior = has_word(arg, "NOACTPRIOR");
    o.complex_noverb = has_word(arg, "NOVERB");
    return true;
  }
  if (is("DEFAULT")) {
    if (has_word(arg, "OFF")) {
      o.default_source.clear();
      o.default_target.clear();
      o.default_source_prior = o.default_target_after = false;
      return true;
    }
    // Each part stays as it was when the command does not name it.
    std::string src = code_after(arg, "SOURCE"), tgt = code_after(arg, "TARGET");
    size_t tp = arg.find("TARGET");
    std::string src_part = arg.substr(0, tp), tgt_part = tp == std::string::npos ? "" : arg.substr(tp);
    if (!src.empty()) {
      o.default_source = src;
      o.default_source_prior = has_word(src_part, "PRIOR");
    }
    if (!tgt.empty()) {
      o.default_target = tgt;
      o.default_target_after = has_word(tgt_part, "AFTER");
    }
    return true;
  }
  if (is("COMMA")) {
    if (has_word(arg, "OFF")) {
      o.comma = false;
      return true;
    }
    o.comma = true;
    // Read the prefixed names first so "MIN" does not see "EMIN".
    struct Key { const char* name; int* field; } keys[] = {
        {"EMIN", &o.comma_emin}, {"EMAX", &o.comma_emax}, {"BMIN", &o.comma_bmin},
        {"BMAX", &o.comma_bmax}, {"MIN", &o.comma_min},   {"MAX", &o.comma_max}};
    std::string rest = arg;
    for (const Key& k : keys) {
      for (size_t p = rest.find(k.name); p != std::string::npos; p = rest.find(k.name, p + 1)) {
        if (p > 0 && std::isalpha(static_cast<unsigned char>(rest[p - 1]))) continue;
        int v = number_after(rest.substr(p), k.name);
        if (v >= 0) *k.field = v;
        rest.replace(p, std::strlen(k.name), std::string(std::strlen(k.name), '_'));
        break;
      }
    }
    return true;
  }
  if (is("SET")) {
    size_t eq = arg.find('=');
    std::string name(trim(std::string_view(arg).substr(0, eq)));
    std::string val = eq == std::string::npos ? "" : std::string(trim(std::string_view(arg).substr(eq + 1)));
    bool on = !val.empty() && (val[0] == 'T' || val[0] == '1');
    if (name.rfind("CODE", 0) == 0) {
      if (has_word(name, "ALL")) o.code_by = TabariOptions::CodeBy::kAll;
      else if (has_word(name, "SENTENCE")) o.code_by = TabariOptions::CodeBy::kSentence;
      else if (has_word(name, "CLAUSE")) o.code_by = TabariOptions::CodeBy::kClause;
    } else if (name.rfind("CONVERT", 0) == 0) {
      o.convert_agents = on;
    } else if (name.rfind("MINIMUM", 0) == 0) {
      o.minimum_words = std::max(0, number_after(arg, "="));
    }
    return true;
  }
  if (is("FORWARD")) {
    // FORWARD: <pattern> [DOC] [OFF]: pronouns opening a sentence refer to
    // the previous sentence's first actor.
    o.forward = !has_word(arg, "OFF");
    return true;
  }
  static const char* accepted[] = {"OUTPUT", "LABEL", "DELETE", "NONEVENTS", "ISSUES", "NONE"};
  for (const char* a : accepted)
    if (is(a)) return true;
  return false;
}

void set_tabari_program_defaults(Options& o) {
  // TABARI codes no sentence of fewer than 8 words unless SET: MINIMUM
  // WORDS says otherwise (TABARI manual, input files and SET commands).
  o.tabari.minimum_words = 8;
}

bool load_tabari_options(const std::string& path, Dictionaries& dict, Diagnostics& diags) {
  std::string text;
  if (!read_file(path, text)) {
    diags.push_back({path, 0, cannot_read(path)});
    return false;
  }
  dict.files.push_back(path);
  for_each_dict_line(text, Flavor::kTabari, [&](std::string_view raw, int line) {
    std::string_view t = trim(strip_comment(raw, Flavor::kTabari));
    // "#" and "//" start comments anywhere in an options line.
    for (std::string_view mark : {"//", "#"}) {
      size_t c = t.find(mark);
      if (c != std::string_view::npos) t = trim(t.substr(0, c));
    }
    if (t.empty() || t.front() == '~') return;
    if (!apply_tabari_option(t, dict.options))
      diags.push_back({path, line, "unknown options command '" + std::string(t) + "'"});
  });
  return true;
}

// ----------------------------------------------------------- file wrappers

namespace {

template <class Parse>
bool load_with(const std::string& path, Dictionaries& dict, Diagnostics& diags, Parse&& parse) {
  std::string text;
  if (!read_file(path, text)) {
    diags.push_back({path, 0, cannot_read(path)});
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
    set_tabari_program_defaults(dict.options);
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
