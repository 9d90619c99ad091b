// See html_prepass.h. The cut follows the HTML5 tokeniser's rules closely
// enough for real pages: a raw-text element ends at the first "</name"
// (any case), a comment at the first "-->".
#include "ingest/html_prepass.h"

#include <cstring>

namespace dyad {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool starts_ci(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (lower(s[pos + i]) != word[i]) return false;
  return true;
}

bool name_ends(std::string_view s, size_t pos) {
  if (pos >= s.size()) return true;
  char c = s[pos];
  return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// First "</name" at or after pos, case-insensitive; npos if none.
size_t find_close(std::string_view s, size_t pos, std::string_view name) {
  while (true) {
    const void* p = std::memchr(s.data() + pos, '<', s.size() - pos);
    if (!p) return std::string_view::npos;
    size_t at = static_cast<const char*>(p) - s.data();
    if (at + 1 < s.size() && s[at + 1] == '/' && starts_ci(s, at + 2, name) && name_ends(s, at + 2 + name.size()))
      return at;
    pos = at + 1;
  }
}

// The end of the tag opened at pos ('<'): one past its '>', honouring quoted
// attribute values.
size_t tag_end(std::string_view s, size_t pos) {
  char quote = 0;
  for (size_t i = pos + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

// Elements that nest only when the page nests them (no implied end tag).
// gumbo checks the open-element stack on each start tag, so a page nesting
// them thousands deep parses in quadratic time; start tags beyond
// kMaxNesting are cut (their end tags are then strays, which HTML ignores).
constexpr std::string_view kNesting[] = {"div", "span", "section", "article", "blockquote", "font", "b", "i",
                                         "em", "strong", "a", "ul", "ol", "table", "center", "small", "big",
                                         "u", "s", "sub", "sup", "code", "main", "aside", "header", "footer"};
constexpr int kMaxNesting = 1000;

// The nesting element named at pos (just after '<' or "</"), or empty.
std::string_view nesting_name(std::string_view s, size_t pos) {
  for (std::string_view name : kNesting)
    if (starts_ci(s, pos, name) && name_ends(s, pos + name.size())) return name;
  return {};
}

}  // namespace

void strip_non_content(std::string_view in, Prepassed* out) {
  static constexpr std::string_view kRaw[] = {"script", "style", "noscript", "svg", "template"};
  out->html.clear();
  out->html.reserve(in.size() / 2);
  out->anchors.clear();
  out->anchors.push_back({0, 0});
  out->json_ld.clear();
  size_t copied = 0, pos = 0;
  int depth = 0;  // open nesting elements, roughly
  auto cut = [&](size_t from, size_t to) {  // drop in[from, to)
    out->html.append(in.data() + copied, from - copied);
    copied = to;
    out->anchors.push_back({static_cast<uint32_t>(out->html.size()), static_cast<uint32_t>(to)});
  };
  while (pos < in.size()) {
    const void* p = std::memchr(in.data() + pos, '<', in.size() - pos);
    if (!p) break;
    size_t at = static_cast<const char*>(p) - in.data();
    if (in.compare(at, 4, "<!--") == 0) {
      size_t end = in.find("-->", at + 4);
      end = end == std::string_view::npos ? in.size() : end + 3;
      cut(at, end);
      pos = end;
      continue;
    }
    bool matched = false;
    for (std::string_view name : kRaw) {
      if (!starts_ci(in, at + 1, name) || !name_ends(in, at + 1 + name.size())) continue;
      size_t open_end = tag_end(in, at);
      size_t close = find_close(in, open_end, name);
      size_t end = close == std::string_view::npos ? in.size() : tag_end(in, close);
      if (name == "script") {
        std::string_view open = in.substr(at, open_end - at);
        bool ld = false;
        for (size_t i = 0; i + 8 <= open.size() && !ld; ++i) ld = starts_ci(open, i, "ld+json");
        if (ld) out->json_ld.emplace_back(in.substr(open_end, (close == std::string_view::npos ? in.size() : close) - open_end));
      }
      cut(at, end);
      pos = end;
      matched = true;
      break;
    }
    if (!matched) {
      if (at + 1 < in.size() && in[at + 1] == '/') {
        if (!nesting_name(in, at + 2).empty() && depth > 0) --depth;
      } else if (!nesting_name(in, at + 1).empty()) {
        size_t end = tag_end(in, at);
        bool self_closing = end >= 2 && in[end - 2] == '/';
        if (!self_closing && ++depth > kMaxNesting) {
          cut(at, end);
          pos = end;
          continue;
        }
      }
      pos = at + 1;
    }
  }
  out->html.append(in.data() + copied, in.size() - copied);
}

}  // namespace dyad
