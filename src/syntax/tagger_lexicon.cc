#include "syntax/tagger_lexicon.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <stdexcept>

#include "syntax/tagger_features.h"

namespace dyad::tagger_internal {
namespace {

constexpr uint64_t kLexKey = 0x4c4558;  // hash seed of lexicon keys

bool plain_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'')) return false;
  return true;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void append_letters(std::string& out, uint8_t bits) {
  if (bits & kLexNoun) out.push_back('n');
  if (bits & kLexVerb) out.push_back('v');
  if (bits & kLexAdj) out.push_back('a');
  if (bits & kLexAdv) out.push_back('r');
}

}  // namespace

void TagLexicon::assign(const std::vector<std::pair<std::string, uint8_t>>& entries) {
  map_ = U64Map();
  map_.reserve(entries.size());
  for (const auto& [w, b] : entries) map_.insert(hash_bytes(w, kLexKey), b);
  size_ = entries.size();
}

uint8_t TagLexicon::bits(std::string_view lower) const {
  if (size_ == 0) return 0;
  const uint32_t v = map_.find(hash_bytes(lower, kLexKey));
  return v == U64Map::kMissing ? 0 : static_cast<uint8_t>(v);
}

std::string TagLexicon::word_class(std::string_view w) const {
  std::string out;
  if (size_ == 0 || w.empty()) return out;
  bool alpha = false;
  for (char c : w) alpha |= c >= 'a' && c <= 'z';
  if (!alpha) return out;
  const uint8_t own = bits(w);
  if (own & 0x0f) out += 'b', append_letters(out, own);
  if (own & 0xf0) out += 'i', append_letters(out, static_cast<uint8_t>(own >> 4));
  const size_t n = w.size();
  // Base-form bits of the stems an ending may come from: the bare stem, the
  // stem with a final e restored ("hoped"), with a doubled consonant undone
  // ("stopped"), and with y restored ("tried").
  auto stems = [&](size_t cut, bool y) {
    uint8_t b = 0;
    if (n < cut + 2) return b;
    std::string s(w.substr(0, n - cut));
    b |= bits(s);
    b |= bits(s + 'e');
    if (s.size() >= 3 && s.back() == s[s.size() - 2] && !is_vowel(s.back()))
      b |= bits(std::string_view(s).substr(0, s.size() - 1));
    if (y && s.back() == 'i') {
      s.back() = 'y';
      b |= bits(s);
    }
    return static_cast<uint8_t>(b & 0x0f);
  };
  auto add = [&](char tag, uint8_t b, uint8_t keep) {
    b &= keep;
    if (!b) return;
    out += ' ';
    out += tag;
    append_letters(out, b);
  };
  if (n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'')
    add('s', static_cast<uint8_t>(stems(1, false) | stems(2, true)), kLexNoun | kLexVerb);
  if (n >= 5 && w.substr(n - 2) == "ed") add('d', stems(2, true), kLexVerb | kLexNoun);
  if (n >= 6 && w.substr(n - 3) == "ing") add('g', stems(3, false), kLexVerb | kLexNoun);
  if (n >= 5 && w.substr(n - 2) == "ly") {
    uint8_t b = stems(2, true);
    if (n >= 7 && w.substr(n - 4) == "ally") b |= bits(w.substr(0, n - 4));
    add('l', b, kLexAdj | kLexNoun);
  }
  if (n >= 5 && w.substr(n - 2) == "er") add('r', stems(2, true), kLexAdj | kLexVerb);
  if (n >= 6 && w.substr(n - 3) == "est") add('t', stems(3, true), kLexAdj);
  if (w.find('-') != std::string_view::npos) {
    // Compounds: the class of the last part ("long-term", "self-employed").
    const std::string_view last = w.substr(w.rfind('-') + 1);
    if (!last.empty()) add('h', bits(last), 0x0f);
  }
  return out;
}

std::vector<std::pair<std::string, uint8_t>> read_wordnet_lexicon(const std::string& dir) {
  static const char* const kPos[4] = {"noun", "verb", "adj", "adv"};
  std::map<std::string, uint8_t> bits;
  for (int c = 0; c < 4; ++c) {
    const std::string index = dir + "/index." + kPos[c];
    std::ifstream in(index);
    if (!in) throw std::runtime_error(index + ": cannot open WordNet index file (install Debian's wordnet-base)");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // licence header
      const std::string w = line.substr(0, line.find(' '));
      if (plain_word(w)) bits[w] |= static_cast<uint8_t>(1u << c);
    }
    const std::string exc = dir + "/" + kPos[c] + ".exc";
    std::ifstream ex(exc);
    if (!ex) throw std::runtime_error(exc + ": cannot open WordNet exception file (install Debian's wordnet-base)");
    while (std::getline(ex, line)) {
      const std::string w = line.substr(0, line.find(' '));
      if (plain_word(w)) bits[w] |= static_cast<uint8_t>(16u << c);
    }
  }
  return {bits.begin(), bits.end()};
}

}  // namespace dyad::tagger_internal
