// Token.norm: the normalised surface of a token.
#ifndef DYAD_TEXT_NORMALIZE_H_
#define DYAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace dyad::text {

// NFKC (ICU), then curly and angle quotes -> ' or ", en/em dashes and the
// horizontal bar -> "--", Unicode hyphens -> "-", "…" -> "..."; case is kept.
// ASCII input is returned unchanged except "``" and "''" -> '"'. Invalid UTF-8
// is replaced by U+FFFD so norm is always valid UTF-8.
std::string normalize_token(std::string_view surface);

}  // namespace dyad::text

#endif  // DYAD_TEXT_NORMALIZE_H_
