// HTML page -> Document (see dyad/html.h): decoding, pre-pass, gumbo, content
// choice, metadata, and the offset map back to the input bytes.
#include "dyad/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <stdexcept>

#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/html_prepass.h"

namespace dyad {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

bool is_url(std::string_view s) { return s.rfind("http", 0) == 0 || s.rfind("/", 0) == 0; }

// Decodes the few entities JSON-LD strings carry and the JSON escapes we meet.
std::string json_string_at(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] != '"') {
    if (s[pos] == '{' || s[pos] == '[' || s[pos] == ',') return "";
    ++pos;
  }
  if (pos >= s.size()) return "";
  std::string out;
  for (size_t i = pos + 1; i < s.size() && out.size() < 300; ++i) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      out += s[++i] == 'n' ? ' ' : s[i];
      continue;
    }
    if (c == '"') return out;
    out += c;
  }
  return "";
}

// The string value of "key" in any of the JSON-LD blocks (first found).
std::string json_ld_value(const std::vector<std::string>& blocks, std::string_view key) {
  std::string quoted = "\"" + std::string(key) + "\"";
  for (const std::string& b : blocks) {
    size_t k = b.find(quoted);
    if (k == std::string::npos) continue;
    size_t colon = b.find(':', k + quoted.size());
    if (colon == std::string::npos) continue;
    std::string v = json_string_at(b, colon + 1);
    if (!v.empty()) return v;
  }
  return "";
}

// "author": {"@type": "Person", "name": "Jane Doe"} or [{...}] or "Jane Doe".
std::string json_ld_author(const std::vector<std::string>& blocks) {
  for (const std::string& b : blocks) {
    size_t k = b.find("\"author\"");
    if (k == std::string::npos) continue;
    size_t colon = b.find(':', k + 8);
    if (colon == std::string::npos) continue;
    std::string direct = json_string_at(b, colon + 1);
    if (!direct.empty() && !is_url(direct)) return direct;
    size_t name = b.find("\"name\"", colon);
    if (name == std::string::npos || name > colon + 300) continue;
    size_t c2 = b.find(':', name + 6);
    if (c2 == std::string::npos) continue;
    std::string v = json_string_at(b, c2 + 1);
    if (!v.empty()) return v;
  }
  return "";
}

// YYYY-MM-DD from ISO dates, "2019/11/18" and URLs carrying /2019/11/18/.
std::string any_date(std::string_view s) {
  std::string d = normalize_date(s);
  if (!d.empty()) return d;
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i])) || (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))))
      continue;
    std::string cand(s.substr(i, 10));
    if ((cand[4] == '/' || cand[4] == '-' || cand[4] == '.') && cand[7] == cand[4]) {
      cand[4] = cand[7] = '-';
      d = normalize_date(cand);
      if (!d.empty() && cand.substr(0, 2) >= "19" && cand.substr(0, 2) <= "20") return d;
    }
  }
  return "";
}

std::string find_date(const HtmlMeta& meta, const std::vector<std::string>& json_ld, const std::string& url) {
  for (const char* key : {"article:published_time", "datepublished", "og:published_time", "publishdate",
                          "publish-date", "publish_date", "pubdate", "date", "dc.date.issued", "dc.date",
                          "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
                          "originalpublicationdate", "datecreated"}) {
    std::string d = any_date(meta.get(key));
    if (!d.empty()) return d;
  }
  std::string d = any_date(json_ld_value(json_ld, "datePublished"));
  if (!d.empty()) return d;
  for (const std::string& t : meta.time_values) {
    d = any_date(t);
    if (!d.empty()) return d;
  }
  for (const char* key : {"article:modified_time", "og:updated_time", "datemodified", "last-modified"}) {
    d = any_date(meta.get(key));
    if (!d.empty()) return d;
  }
  d = any_date(json_ld_value(json_ld, "dateModified"));
  if (!d.empty()) return d;
  return any_date(url);
}

std::string find_headline(const HtmlMeta& meta) {
  std::string og = collapse(meta.get("og:title"));
  if (og.empty()) og = collapse(meta.get("twitter:title"));
  std::string title = collapse(meta.title);
  for (const std::string& h : meta.h1) {
    std::string c = collapse(h);
    if (c.size() >= 10 && ((!og.empty() && og.find(c) != std::string::npos) ||
                           (!title.empty() && title.find(c) != std::string::npos)))
      return c;
  }
  if (!og.empty()) return og;
  if (!title.empty()) {
    // "Headline | Site" / "Headline - Site": keep the longest part.
    std::string best;
    size_t start = 0;
    for (size_t i = 0; i <= title.size(); ++i) {
      bool sep = i == title.size() || (title[i] == '|') ||
                 (i + 2 < title.size() && title[i] == ' ' && (title[i + 1] == '-' || title[i + 1] == '|') && title[i + 2] == ' ') ||
                 (i + 4 < title.size() && title.compare(i, 5, " \xE2\x80\x94 ") == 0) ||
                 (i + 4 < title.size() && title.compare(i, 5, " \xE2\x80\x93 ") == 0);
      if (sep) {
        std::string part(trim(std::string_view(title).substr(start, i - start)));
        while (!part.empty() && (part[0] == '-' || part[0] == '|')) part = std::string(trim(part.substr(1)));
        if (part.size() > best.size()) best = part;
        start = i + 1;
      }
    }
    return best.empty() ? title : best;
  }
  return meta.h1.empty() ? "" : collapse(meta.h1[0]);
}

std::string clean_byline(std::string s) {
  s = collapse(s);
  std::string names = byline_names(s);
  if (!names.empty()) return names;
  if (s.size() > 100 || is_url(s)) return "";
  return s;
}

std::string find_byline(const HtmlMeta& meta, const std::vector<std::string>& json_ld) {
  for (const char* key : {"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"}) {
    std::string v = meta.get(key);
    if (!v.empty() && !is_url(v)) return clean_byline(v);
  }
  std::string j = json_ld_author(json_ld);
  if (!j.empty()) return clean_byline(j);
  for (const std::string& t : meta.author_texts) {
    std::string c = clean_byline(t);
    if (!c.empty() && c.size() < 80) return c;
  }
  return "";
}

struct Range {
  uint32_t begin, end;  // within a block's text
};

// Appends block text [r.begin, r.end) as a paragraph with its source spans.
void append_paragraph(Document& doc, const TextBlock& b, Range r, const std::vector<OffsetAnchor>& prepass,
                      const std::vector<OffsetAnchor>& decode) {
  while (r.begin < r.end && b.text[r.begin] == ' ') ++r.begin;
  while (r.end > r.begin && b.text[r.end - 1] == ' ') --r.end;
  if (r.begin >= r.end) return;
  if (!doc.text.empty()) doc.text += "\n\n";
  Paragraph p;
  p.begin = static_cast<uint32_t>(doc.text.size());
  doc.text.append(b.text, r.begin, r.end - r.begin);
  p.end = static_cast<uint32_t>(doc.text.size());
  doc.paragraphs.push_back(p);
  auto to_input = [&](uint32_t x) { return map_offset(decode, map_offset(prepass, x)); };
  for (const TextPiece& piece : b.pieces) {
    uint32_t pb = std::max(piece.begin, r.begin), pe = std::min(piece.end, r.end);
    if (pb >= pe) continue;
    SourceSpan s;
    s.text_begin = p.begin + (pb - r.begin);
    s.text_end = p.begin + (pe - r.begin);
    uint32_t sb = piece.src_begin, se = piece.src_end;
    if (se - sb == piece.end - piece.begin) {
      // The text is a verbatim copy of the source (no entity, no collapsed
      // space): a part of the piece maps to the same part of the source.
      sb += pb - piece.begin;
      se = sb + (pe - pb);
    }
    s.source_begin = to_input(sb);
    s.source_end = se > sb ? to_input(se - 1) + 1 : s.source_begin;
    doc.source_map.push_back(s);
  }
}

// Length of a wire dateline opening a block ("MOSCOW, April 14 (Reuters) -"),
// through the dash and space; 0 when there is none. Shares the plain-text
// rule by running it on a one-paragraph article.
size_t dateline_in(const std::string& text, std::string* place) {
  IngestOptions o;
  o.drop_boilerplate = false;
  Document d = make_article("x", text, o);
  if (d.dateline.empty() || d.paragraphs.size() < 3) return 0;
  *place = d.dateline;
  std::string_view first = d.span_text(d.paragraphs[1].begin, d.paragraphs[1].end);
  size_t at = text.find(first);
  return at == std::string::npos ? 0 : at + first.size();
}

}  // namespace

bool looks_like_html(std::string_view head) {
  head = head.substr(0, 2048);
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  std::string low;
  for (char c : head.substr(i)) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* start : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<title"})
    if (low.rfind(start, 0) == 0) return true;
  int tags = 0;
  for (const char* t : {"<p>", "<p ", "<div", "</p>", "<br", "<a href", "<span", "<h1", "<h2", "<article"})
    if (low.find(t) != std::string::npos) ++tags;
  return low.rfind("<", 0) == 0 && tags >= 2;
}

std::string article_body(const Document& doc) {
  std::string out;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.is_headline) continue;
    if (!out.empty()) out += '\n';
    out.append(doc.text, p.begin, p.end - p.begin);
  }
  return out;
}

Document parse_html_document(std::string_view bytes, const IngestOptions& options, HtmlReport* report) {
  HtmlReport local;
  HtmlReport& rep = report ? *report : local;
  if (trim(bytes).empty()) throw std::runtime_error("empty HTML page");
  std::string charset = sniff_charset(bytes);
  std::string utf8;
  std::vector<OffsetAnchor> decode;
  try {
    rep.invalid_bytes = to_utf8(bytes, charset, &utf8, &decode);
    rep.charset = charset.empty() ? "utf-8" : charset;
  } catch (const std::runtime_error& e) {
    rep.warnings.push_back(std::string(e.what()) + "; read as UTF-8");
    rep.invalid_bytes = to_utf8(bytes, "", &utf8, &decode);
    rep.charset = "utf-8";
  }
  if (rep.invalid_bytes)
    rep.warnings.push_back("invalid " + rep.charset + ": " + std::to_string(rep.invalid_bytes) +
                           " byte(s) replaced by U+FFFD");
  // A UTF-8 BOM is not text.
  size_t bom = utf8.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  Prepassed pre;
  strip_non_content(std::string_view(utf8).substr(bom), &pre);
  for (auto& a : pre.anchors) a.in += static_cast<uint32_t>(bom);

  GumboOptions gopt = kGumboDefaultOptions;
  gopt.max_errors = 0;  // we never read parse errors; recording them is slow
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
      gumbo_parse_with_options(&gopt, pre.html.data(), pre.html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (!out) throw std::runtime_error("HTML parser failed");
  std::vector<HtmlNode> nodes;
  HtmlMeta meta;
  build_dom(out->document, pre.html.data(), &nodes, &meta);
  out.reset();

  Document doc;
  doc.url = meta.canonical.empty() ? meta.get("og:url") : meta.canonical;
  doc.title = find_headline(meta);
  doc.date = find_date(meta, pre.json_ld, doc.url);
  if (doc.date.empty()) doc.date = options.default_date;
  doc.byline = find_byline(meta, pre.json_ld);

  std::vector<TextBlock> blocks = choose_content(nodes);
  if (!doc.title.empty()) {
    doc.text = doc.title;
    Paragraph h;
    h.begin = 0;
    h.end = static_cast<uint32_t>(doc.text.size());
    h.is_headline = true;
    doc.paragraphs.push_back(h);
  }
  bool first = true;
  size_t seen = 0;
  for (const TextBlock& b : blocks) {
    if (!b.keep) continue;
    if (seen++ < 3) {
      std::string names = byline_names(b.text);
      if (!names.empty()) {
        if (doc.byline.empty()) doc.byline = names;
        continue;
      }
    }
    Range all{0, static_cast<uint32_t>(b.text.size())};
    if (first) {
      first = false;
      std::string place;
      size_t dl = dateline_in(b.text, &place);
      if (dl > 0 && dl < b.text.size()) {
        doc.dateline = place;
        append_paragraph(doc, b, {0, static_cast<uint32_t>(dl)}, pre.anchors, decode);
        all.begin = static_cast<uint32_t>(dl);
      }
    }
    append_paragraph(doc, b, all, pre.anchors, decode);
  }
  if (doc.paragraphs.empty()) throw std::runtime_error("no text found in the HTML page");
  if (doc.paragraphs.size() == 1 && doc.paragraphs[0].is_headline)
    rep.warnings.push_back("no article text found; headline only");
  return doc;
}

}  // namespace dyad
