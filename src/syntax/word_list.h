// Membership in a short fixed word list, for the tag and parse repairs
// (tag_repair.cc, parser_repair.cc): their lists are a few dozen words at
// most, so a linear scan beats building a hash set per call.
#ifndef DYAD_SYNTAX_WORD_LIST_H_
#define DYAD_SYNTAX_WORD_LIST_H_

#include <algorithm>
#include <span>
#include <string_view>

namespace dyad {

inline bool one_of(std::string_view w, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace dyad

#endif  // DYAD_SYNTAX_WORD_LIST_H_
