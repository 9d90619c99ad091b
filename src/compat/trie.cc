// PhraseTrie, phrase splitting and dictionary dates.
#include <cctype>

#include "compat/lines.h"
#include "dyad/compat_dict.h"

namespace dyad::compat {

PhraseTrie::PhraseTrie() = default;

uint32_t PhraseTrie::step(uint32_t node, std::string_view w) const {
  uint32_t id = word_id(w);
  if (id == kNone) return kNone;
  auto it = edges_.find(edge_key(node, id));
  return it == edges_.end() ? kNone : it->second;
}

uint32_t PhraseTrie::add(const std::vector<Word>& words) {
  uint32_t node = 0;
  for (const Word& w : words) {
    auto [vit, fresh] = vocab_.try_emplace(w.text, static_cast<uint32_t>(vocab_.size()));
    (void)fresh;
    auto& edges = w.stem ? stem_edges_ : edges_;
    auto [eit, added] = edges.try_emplace(edge_key(node, vit->second), node_count_);
    if (added) ++node_count_;
    if (w.stem) has_stems_ = true;
    if (w.gap && node != 0) {
      gap_parents_.insert(node);
      gap_children_.insert(eit->second);
    }
    node = eit->second;
  }
  return node;
}

std::vector<PhraseTrie::Word> split_phrase(std::string_view phrase, bool stems) {
  std::vector<PhraseTrie::Word> out;
  size_t i = 0;
  while (i < phrase.size()) {
    bool underscore = false, space = false;
    while (i < phrase.size() && (phrase[i] == '_' || phrase[i] == ' ' || phrase[i] == '\t')) {
      (phrase[i] == '_' ? underscore : space) = true;
      ++i;
    }
    size_t b = i;
    while (i < phrase.size() && phrase[i] != '_' && phrase[i] != ' ' && phrase[i] != '\t') ++i;
    if (i == b) break;
    PhraseTrie::Word w;
    w.text = upper(phrase.substr(b, i - b));
    // TABARI: a word is a stem unless a '_' follows it directly (AFGHAN_).
    w.stem = stems && !(i < phrase.size() && phrase[i] == '_');
    // TABARI: words joined by a space may have others between them.
    w.gap = stems && !out.empty() && space && !underscore;
    out.push_back(std::move(w));
  }
  return out;
}

int parse_dict_date(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 8) return -1;
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    v = v * 10 + (c - '0');  // at most 8 digits: no overflow
  }
  int year, md;
  if (s.size() <= 7) {
    // YYMMDD; a 7-digit value is a typo in the source (KORGOVBUS 2004017) and
    // is read the way PETRARCH reads it: as YYMMDD of the last six digits.
    if (s.size() == 7) v %= 1000000;
    int yy = v / 10000;
    md = v % 10000;
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
  } else {
    year = v / 10000;
    md = v % 10000;
  }
  int month = md / 100, day = md % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return -1;
  return year * 10000 + md;
}

}  // namespace dyad::compat
