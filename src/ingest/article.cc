// Building clean articles from headline + body text.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "dyad/ingest.h"

namespace dyad {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool is_blank_line(std::string_view line) { return trim(line).empty(); }

// Control characters other than newline and tab become spaces; CR and CRLF
// become newlines. Keeps byte offsets simple for every later stage.
std::string clean_controls(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Length of a wire dateline opening the paragraph ("ANKARA, Sept. 12 (Wire) -",
// "MARANCHON, SPAIN —"), dash and following space included, or 0. A dateline
// is a place in capitals, optionally a date and an agency in parentheses,
// then a dash. Left glued to the first sentence it reads as that sentence's
// subject ("WASHINGTON — Officials said ..."), so it becomes its own paragraph.
size_t dateline_length(std::string_view p) {
  size_t i = 0, caps = 0;
  const size_t limit = std::min<size_t>(p.size(), 100);
  // The place: capital letters, spaces, commas, periods, slashes, apostrophes.
  while (i < limit) {
    char c = p[i];
    if (c >= 'A' && c <= 'Z') ++caps;
    else if (!(c == ' ' || c == ',' || c == '.' || c == '/' || c == '\'' || c == '-')) break;
    if (c == '-' && i + 1 < limit && p[i + 1] == ' ') break;  // " - " ends the place
    ++i;
  }
  if (caps < 3) return 0;
  // Optional date and agency: anything without sentence punctuation up to the dash.
  // Outside parentheses only short lower-case runs may appear ("Oct. 3"): a
  // lower-case word of four letters or more is prose, so no dateline.
  size_t j = i, lower_run = 0;
  bool capital_word = i > 0 && p[i - 1] >= 'A' && p[i - 1] <= 'Z';  // "MOSCOW, A|pril"
  int depth = 0;
  while (j < limit && p[j] != '\n' && p[j] != '!' && p[j] != '?' && p[j] != '"') {
    std::string_view rest = p.substr(j);
    for (std::string_view dash : {" - ", " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xE2\x80\x94", "\xE2\x80\x94 "})
      if (rest.substr(0, dash.size()) == dash) return j + dash.size();
    char c = p[j];
    if (c == '(') ++depth;
    if (c == ')') --depth;
    // Only words that start in lower case count: "April 14" and "(Reuters)"
    // are dateline words, "officials said" is prose.
    bool word_start = j == 0 || !std::isalpha(static_cast<unsigned char>(p[j - 1]));
    if (word_start) capital_word = c >= 'A' && c <= 'Z';
    lower_run = (c >= 'a' && c <= 'z' && !capital_word) ? lower_run + 1 : 0;
    if (depth <= 0 && lower_run >= 4) return 0;
    ++j;
  }
  return 0;
}

// The place of a dateline: "MOSCOW, April 14 (Reuters) -" -> "MOSCOW".
std::string dateline_place(std::string_view dateline) {
  size_t end = dateline.find_first_of(",(");
  std::string_view place = dateline.substr(0, end);
  for (std::string_view dash : {" - ", " -- ", " \xE2\x80\x94", " \xE2\x80\x93", "\xE2\x80\x94"}) {
    size_t d = place.find(dash);
    if (d != std::string_view::npos) place = place.substr(0, d);
  }
  return std::string(trim(place));
}

}  // namespace

bool is_boilerplate(std::string_view paragraph) {
  std::string_view p = trim(paragraph);
  if (p.empty()) return true;
  if (is_boilerplate_line(p)) return true;
  // A very short line with no sentence punctuation is a button, label or
  // section name ("Leave a Reply", "Advertisement", "Share"), not a sentence.
  // Counting stops at four words, and spaces are tested inline (the "C"
  // locale's isspace; dyad never calls setlocale): this runs on every
  // paragraph, and a library call per byte was 0.7% of a run (perf, VOA).
  int words = 0;
  bool in_word = false;
  for (char c : p) {
    const unsigned char u = static_cast<unsigned char>(c);
    bool space = u == ' ' || (u >= '\t' && u <= '\r');
    if (!space && !in_word && ++words > 3) return false;
    in_word = !space;
  }
  char last = p.back();
  bool terminal = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
                  (p.size() >= 3 && (p.substr(p.size() - 3) == "\xE2\x80\x9D"));  // ”
  return words <= 3 && !terminal;
}

Document make_article(std::string_view headline, std::string_view body,
                      const IngestOptions& options) {
  Document doc;
  std::string head = clean_controls(trim(headline));
  for (char& c : head)
    if (c == '\n' || c == '\t') c = ' ';
  if (!head.empty()) {
    Paragraph p;
    p.begin = 0;
    p.end = static_cast<uint32_t>(head.size());
    p.is_headline = true;
    doc.text = head;
    doc.paragraphs.push_back(p);
  }
  std::string clean = clean_controls(body);
  std::string_view rest(clean);
  // Paragraphs are runs of non-blank lines.
  std::string para;
  auto append = [&](std::string_view t) {
    if (!doc.text.empty()) doc.text += "\n\n";
    Paragraph p;
    p.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += t;
    p.end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back(p);
  };
  bool first_body = true;
  size_t body_seen = 0;
  auto flush = [&] {
    std::string_view t = trim(para);
    // A byline among the first paragraphs is metadata, not prose.
    if (!t.empty() && body_seen++ < 3 && doc.byline.empty()) {
      std::string names = byline_names(t);
      if (!names.empty()) {
        doc.byline = names;
        para.clear();
        return;
      }
    }
    if (!t.empty() && !(options.drop_boilerplate && is_boilerplate(t))) {
      size_t dl = first_body ? dateline_length(t) : 0;
      if (dl > 0 && dl < t.size()) {
        doc.dateline = dateline_place(t.substr(0, dl));
        append(trim(t.substr(0, dl)));
        t = trim(t.substr(dl));
      }
      append(t);
      first_body = false;
    }
    para.clear();
  };
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (is_blank_line(line)) {
      flush();
    } else {
      if (!para.empty()) para += '\n';
      para += line;
    }
  }
  flush();
  doc.date = options.default_date;
  return doc;
}

Document parse_text_document(std::string_view text, const IngestOptions& options) {
  // Skip leading blank lines; the first non-empty line is the headline.
  size_t pos = 0;
  for (;;) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!is_blank_line(line) || nl == std::string_view::npos) {
      std::string_view body = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
      Document doc = make_article(line, body, options);
      doc.title = std::string(trim(line));
      return doc;
    }
    pos = nl + 1;
  }
}

std::string normalize_date(std::string_view s) {
  s = trim(s);
  if (s.size() < 10) return "";
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return "";
  if (s[4] != '-' || s[7] != '-') return "";
  int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1) return "";
  // A day the month does not have (2023-02-30) is no date: kept, it reached
  // the events as their date while relative dates could not resolve from it.
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return "";
  return std::string(s.substr(0, 10));
}

}  // namespace dyad
