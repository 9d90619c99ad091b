// PhraseTrie, phrase splitting and dictionary dates.
#include <cctype>

#include "compat/lines.h"
#include "dyad/compat_dict.h"

namespace dyad::compat {

PhraseTrie::PhraseTrie() = default;

uint32_t PhraseTrie::step(uint32_t node, std::string_view w) const { return step_id(node, word_id(w)); }

uint32_t PhraseTrie::intern(const std::string& w) {
  uint64_t h = hash_word(w);
  uint32_t id = word_id(w, h);
  if (id != kNone) return id;
  if ((words_.size() + 1) * 2 > slots_.size()) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kNone) continue;
      uint64_t oh = hash_word(words_[s.id]);
      size_t i = oh & mask;
      while (slots_[i].id != kNone) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  id = static_cast<uint32_t>(words_.size());
  words_.push_back(w);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].id != kNone) i = (i + 1) & mask;
  slots_[i] = Slot{id, static_cast<uint32_t>(h >> 32)};
  return id;
}

uint32_t PhraseTrie::add(const std::vector<Word>& words) {
  uint32_t node = 0;
  for (const Word& w : words) {
    const uint32_t wid = intern(w.text);
    auto& edges = w.stem ? stem_edges_ : edges_;
    auto [eit, added] = edges.try_emplace(edge_key(node, wid), node_count_);
    if (added) ++node_count_;
    if (w.stem) has_stems_ = true;
    if (w.gap && node != 0) {
      gap_parents_.insert(node);
      gap_children_.insert(eit->second);
    }
    node = eit->second;
    if (w.bare) bare_.insert(node);
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
    // TABARI: a trailing '=' ("MOUSE=") is the word exactly, no plural.
    bool bare = stems && w.text.size() > 1 && w.text.back() == '=';
    if (bare) {
      w.text.pop_back();
      w.bare = true;
    }
    // TABARI: a word is a stem unless a '_' follows it directly (AFGHAN_).
    w.stem = stems && !bare && !(i < phrase.size() && phrase[i] == '_');
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
