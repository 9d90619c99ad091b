// Loader for data/cameo/codebook.tsv (format described in the file's header).
#include "dyad/codebook.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include "core/fields.h"

namespace dyad {
bool Codebook::is_code(std::string_view c) {
  if (c.size() < 2 || c.size() > 4) return false;
  for (char ch : c)
    if (ch < '0' || ch > '9') return false;
  int root = (c[0] - '0') * 10 + (c[1] - '0');
  return root >= 1 && root <= 20;
}

void Codebook::assign(const CameoEntry& entry, Event* e) {
  e->cameo = entry.code;
  e->root = root_of(entry.code);
  e->plover = entry.plover;
  e->plover_mode = entry.plover_mode;
  e->goldstein = entry.goldstein;
  e->quad = entry.quad;
}

std::string Codebook::root_of(std::string_view code) {
  if (!is_code(code)) return {};
  return std::string(code.substr(0, 2));
}

Codebook Codebook::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open codebook");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

Codebook Codebook::parse(std::string_view text, const std::string& name) {
  Codebook book;
  size_t lineno = 0;
  bool header_seen = false;
  for_each_line(text, [&](std::string_view line, size_t n) {
    lineno = n;
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    if (line[0] == '#') return;
    auto f = split_tabs(line);
    if (!header_seen) {
      if (f.size() < 6 || f[0] != "code" || f[1] != "goldstein" || f[2] != "quad" ||
          f[3] != "plover" || f[4] != "plover_mode" || f[5] != "name")
        fail_at(name, lineno,
                "expected header 'code<TAB>goldstein<TAB>quad<TAB>plover<TAB>plover_mode<TAB>name'");
      header_seen = true;
      return;
    }
    if (f.size() != 6)
      fail_at(name, lineno, "expected 6 tab-separated fields, found " + std::to_string(f.size()));
    CameoEntry e;
    e.code = std::string(f[0]);
    if (!is_code(e.code))
      fail_at(name, lineno, "bad CAMEO code '" + e.code + "' (2-4 digits, root 01-20)");
    if (e.code.size() > 2 && book.entries_.find(e.code.substr(0, e.code.size() == 4 ? 3 : 2)) ==
                                 book.entries_.end())
      fail_at(name, lineno, "code " + e.code + " appears before its parent code");
    {
      std::string g(f[1]);
      char* end = nullptr;
      e.goldstein = std::strtod(g.c_str(), &end);
      if (g.empty() || end != g.c_str() + g.size() || e.goldstein < -10.0 || e.goldstein > 10.0)
        fail_at(name, lineno, "bad Goldstein score '" + g + "' (a number from -10 to 10)");
    }
    if (f[2].size() != 1 || f[2][0] < '1' || f[2][0] > '4')
      fail_at(name, lineno, "bad quad class '" + std::string(f[2]) + "' (1-4)");
    e.quad = f[2][0] - '0';
    if (f[3].empty()) fail_at(name, lineno, "empty PLOVER field (use '-' for none)");
    if (f[3] != "-") e.plover = std::string(f[3]);
    if (f[4].empty()) fail_at(name, lineno, "empty PLOVER mode field (use '-' for none)");
    if (f[4] != "-") {
      if (e.plover.empty()) fail_at(name, lineno, "PLOVER mode '" + std::string(f[4]) + "' without a PLOVER type");
      e.plover_mode = std::string(f[4]);
    }
    e.name = std::string(f[5]);
    if (e.name.empty()) fail_at(name, lineno, "empty name");
    if (!book.entries_.emplace(e.code, e).second)
      fail_at(name, lineno, "duplicate code " + e.code);
    book.order_.push_back(e.code);
  });
  if (!header_seen) fail_at(name, lineno, "no header line; empty codebook");
  return book;
}

const CameoEntry* Codebook::find(std::string_view code) const {
  auto it = entries_.find(std::string(code));
  return it == entries_.end() ? nullptr : &it->second;
}

}  // namespace dyad
