// Line-level helpers shared by the compat loaders: comment conventions of each
// program, trimming, upper-casing, word forms. Private to src/compat.
#ifndef DYAD_SRC_COMPAT_LINES_H_
#define DYAD_SRC_COMPAT_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/compat_dict.h"

namespace dyad::compat {

std::string_view trim(std::string_view s);
// ASCII upper case; other bytes (UTF-8, Latin-1) are kept as they are.
std::string upper(std::string_view s);
bool is_tabari_name(const std::string& path);
std::string base_name(const std::string& path);

// Removes the comment part of a line. PETRARCH: text after any '#'.
// TABARI: a line starting with '#' or "//" is a comment, and ';' starts a
// comment anywhere ('#' elsewhere is data: "[###]").
std::string_view strip_comment(std::string_view line, Flavor flavor);

// Calls fn(line, line_number) for every line of text with a trailing '\r'
// removed. For PETRARCH flavors, `<!-- ... -->` comments (one line or
// several) are skipped, as PETRARCH's generic line reader does.
template <class Fn>
void for_each_dict_line(std::string_view text, Flavor flavor, Fn&& fn) {
  size_t line_no = 0, pos = 0;
  bool in_xml_comment = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    if (flavor != Flavor::kTabari) {
      std::string_view t = trim(line);
      if (in_xml_comment) {
        if (t.find("-->") != std::string_view::npos) in_xml_comment = false;
        continue;
      }
      if (t.substr(0, 4) == "<!--") {
        if (t.find("-->", 4) == std::string_view::npos) in_xml_comment = true;
        continue;
      }
    }
    fn(line, static_cast<int>(line_no));
  }
}

// Regular English forms used by the PETRARCH loaders.
std::string noun_plural(const std::string& w);   // Y -> IES, S -> +ES, else +S
std::vector<std::string> verb_forms(const std::string& w);  // -S, past, -ING

// Splits on runs of spaces/tabs.
std::vector<std::string_view> split_space(std::string_view s);

}  // namespace dyad::compat

#endif  // DYAD_SRC_COMPAT_LINES_H_
