#include "syntax/tagger_features.h"

#include <string>

namespace dyad::tagger_internal {
namespace {

char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';  // any non-ASCII byte; continuation bytes are skipped
  return static_cast<char>(c);
}

// Word shape with runs capped at `max_run` ("Washington" -> "Xxxx" for 3,
// "Xx" for 1). Capped shapes keep length information for short words.
std::string shape(std::string_view w, int max_run) {
  std::string out;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    char k = shape_class(c);
    if (k == last) {
      if (++run > max_run) continue;
    } else {
      last = k;
      run = 1;
    }
    out.push_back(k);
    if (out.size() >= 16) break;
  }
  return out;
}

}  // namespace

void compute_word_features(std::string_view word, const WordInfo& info, WordFeatures* f) {
  *f = WordFeatures();
  const std::string_view ambiguity = info.ambiguity;
  std::string lower(word);
  bool has_upper = false, has_digit = false, has_hyphen = false, has_period = false;
  bool has_alpha = false;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      has_upper = true;
    }
    if (c >= '0' && c <= '9') has_digit = true;
    if (c >= 'a' && c <= 'z') has_alpha = true;
    if (c == '-') has_hyphen = true;
    if (c == '.') has_period = true;
  }
  bool title = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
  bool all_upper = has_upper && lower != word && [&] {
    for (char c : word) if (c >= 'a' && c <= 'z') return false;
    return true;
  }();
  const std::string full_shape = shape(word, 3);
  const std::string short_shape = shape(word, 1);

  int n = 0;
  f->center[n++] = hash_bytes("", kBias);
  f->center[n++] = hash_bytes(word, kWord);
  f->center[n++] = hash_bytes(lower, kLower);
  const size_t len = word.size();
  // Affixes shorter than the word only: for short words the word feature
  // already says everything.
  for (size_t k = 1; k <= 4; ++k) {
    if (len > k) {
      f->center[n++] = hash_bytes(word.substr(0, k), kPrefix1 + (k - 1));
      f->center[n++] = hash_bytes(std::string_view(lower).substr(len - k), kSuffix1 + (k - 1));
    }
  }
  f->center[n++] = hash_bytes(full_shape, kShape);
  f->center[n++] = hash_bytes(short_shape, kShortShape);
  char flags[8] = {title ? 'T' : 't', all_upper ? 'U' : 'u', has_digit ? 'D' : 'd',
                   has_hyphen ? 'H' : 'h', has_period ? 'P' : 'p', has_alpha ? 'A' : 'a',
                   0, 0};
  f->center[n++] = hash_bytes(std::string_view(flags, 6), kFlags);
  // The ambiguity class generalises across words with the same tag options;
  // for unseen words ("" here) it pairs with the suffix.
  f->center[n++] = hash_bytes(ambiguity, kAmbiguity);
  if (ambiguity.empty())
    f->center[n++] = hash_bytes(std::string_view(lower).substr(len > 3 ? len - 3 : 0), kAmbiguitySuffix);
  if (!info.lower_ambiguity.empty())
    f->center[n++] = hash_bytes(info.lower_ambiguity, kLowerAmbiguity);
  // The lexicon class matters most for unseen words; with the title flag it
  // separates "Reinstated" opening a sentence from a name.
  f->center[n++] = hash_bytes(info.lexicon, kLexClass);
  f->center[n++] = hash_combine(hash_bytes(info.lexicon, kLexTitle), title ? 2 : 1, kLexTitle);

  f->lower = hash_bytes(lower, kLower);
  const int case_class = !has_alpha && !has_upper ? 0 : all_upper && word.size() > 1 ? 3 : title ? 2 : 1;
  f->case_info = static_cast<uint8_t>(case_class * 2 + (info.lexicon.empty() ? 0 : 1));
  const std::string_view suf3 =
      std::string_view(lower).substr(len > 3 ? len - 3 : 0);
  for (int slot = 0; slot < kNumNeighbours; ++slot) {
    f->neighbour[slot][0] = hash_bytes(lower, kNbLower + slot);
    f->neighbour[slot][3] = hash_bytes(ambiguity, kNbAmbiguity + slot);
    if (slot == kPrev1 || slot == kNext1) {
      f->neighbour[slot][1] = hash_bytes(suf3, kNbSuffix3 + slot);
      f->neighbour[slot][2] = hash_bytes(short_shape, kNbShape + slot);
      f->neighbour[slot][4] = hash_bytes(info.lexicon, kNbLex + slot);
    }
  }
}

void boundary_word_features(bool before_start, WordFeatures* f) {
  *f = WordFeatures();
  const std::string_view marker = before_start ? "<S>" : "</S>";
  f->lower = hash_bytes(marker, kLower);
  for (int slot = 0; slot < kNumNeighbours; ++slot) {
    f->neighbour[slot][0] = hash_bytes(marker, kNbLower + slot);
    f->neighbour[slot][3] = hash_bytes(marker, kNbAmbiguity + slot);
  }
}

}  // namespace dyad::tagger_internal
