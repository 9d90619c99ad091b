// Hash containers keyed by std::string that are looked up by string_view
// (a token's lemma, a slice of a buffer) without building a std::string:
// building one per lookup was a measurable share of the coder's time.
#ifndef DYAD_CORE_STRING_HASH_H_
#define DYAD_CORE_STRING_HASH_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dyad {

// Same value as std::hash<std::string>, for std::string and string_view alike.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

}  // namespace dyad

#endif  // DYAD_CORE_STRING_HASH_H_
