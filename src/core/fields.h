// Line and field helpers shared by the loaders of data files (codebook, verb
// patterns, CoNLL-U), so that every loader reports errors the same way.
#ifndef DYAD_CORE_FIELDS_H_
#define DYAD_CORE_FIELDS_H_

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Throws std::runtime_error("name:line: what"), the format users see for any
// malformed data file.
[[noreturn]] inline void fail_at(const std::string& name, size_t line, const std::string& what) {
  throw std::runtime_error(name + ":" + std::to_string(line) + ": " + what);
}

// Fields between tabs; empty fields are kept.
inline std::vector<std::string_view> split_tabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t tab = s.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, tab - start));
    start = tab + 1;
  }
}

// Fields between runs of spaces and tabs; no empty fields.
inline std::vector<std::string_view> split_ws(std::string_view s) {
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

// Calls fn(line, line_number) for every line of text (1-based numbers; a
// trailing "\r" removed), so loaders count lines the same way.
template <class Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  size_t line_no = 0, pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line, ++line_no);
  }
}

}  // namespace dyad

#endif  // DYAD_CORE_FIELDS_H_
