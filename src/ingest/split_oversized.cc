// Cutting oversized documents into parts. A 50 MB "article" is not news, but it
// arrives (a dump, a log, a broken scrape), and holding all its layers at once
// would cost gigabytes; parts keep memory bounded and lose nothing.
#include <string>
#include <vector>

#include "dyad/ingest.h"

namespace dyad {
namespace {

// Where to end a part that may run to at most `limit` (> begin): the last
// paragraph break, else the last whitespace, else a UTF-8 boundary.
size_t cut_point(const std::string& text, size_t begin, size_t limit) {
  if (limit >= text.size()) return text.size();
  const size_t floor = begin + (limit - begin) / 2;  // don't cut parts too small
  size_t p = text.rfind("\n\n", limit);
  if (p != std::string::npos && p > floor) return p;
  for (size_t i = limit; i > floor; --i)
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') return i;
  size_t i = limit;
  while (i > begin && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i > begin ? i : limit;
}

}  // namespace

std::vector<Document> split_oversized(Document&& doc, size_t max_bytes) {
  std::vector<Document> parts;
  if (max_bytes == 0 || doc.text.size() <= max_bytes) {
    parts.push_back(std::move(doc));
    return parts;
  }
  size_t begin = 0;
  while (begin < doc.text.size()) {
    size_t end = cut_point(doc.text, begin, begin + max_bytes);
    Document part;
    part.id = doc.id + "#part" + std::to_string(parts.size() + 1);
    part.title = doc.title;
    part.url = doc.url;
    part.date = doc.date;
    part.text = doc.text.substr(begin, end - begin);
    for (const Paragraph& p : doc.paragraphs) {
      if (p.end <= begin || p.begin >= end) continue;
      Paragraph q = p;
      q.begin = static_cast<uint32_t>((p.begin > begin ? p.begin : begin) - begin);
      q.end = static_cast<uint32_t>((p.end < end ? p.end : end) - begin);
      if (q.end > q.begin) part.paragraphs.push_back(q);
    }
    parts.push_back(std::move(part));
    begin = end;
    while (begin < doc.text.size() && (doc.text[begin] == '\n' || doc.text[begin] == ' ')) ++begin;
  }
  return parts;
}

}  // namespace dyad
