// Choosing the article's text blocks in a flattened page (html_dom.h).
//
// The page becomes text blocks (the text between block-level boundaries).
// Junk subtrees are dropped first: tags that never hold article text (nav,
// aside, footer, forms with inputs, ...), hidden elements and elements whose
// class/id carry strong boilerplate cues (share, comments, related, ...)
// unless they hold a large part of the page's text. Paragraph-like blocks
// then score their ancestors (commas, length, low link density), as
// readability does; the best container, with the siblings that score close
// to it, is the content. Inside it, link lists and small widgets are dropped
// by link density and cues, and each block's text is checked against the
// boilerplate line cues.
#ifndef DYAD_INGEST_HTML_CONTENT_H_
#define DYAD_INGEST_HTML_CONTENT_H_

#include <string>
#include <vector>

#include "ingest/html_dom.h"

namespace dyad {

struct TextPiece {
  uint32_t begin = 0, end = 0;          // bytes in TextBlock::text
  uint32_t src_begin = 0, src_end = 0;  // bytes in the parsed buffer
};

struct TextBlock {
  int32_t owner = -1;        // nearest block-level element
  std::string text;          // whitespace collapsed, trimmed
  uint32_t chars = 0;        // non-space characters
  uint32_t link_chars = 0;
  uint32_t time_chars = 0;   // inside <time>: a date label, not prose
  uint32_t commas = 0;
  bool heading = false;      // inside h1..h6
  bool keep = false;         // chosen as article text
  std::vector<TextPiece> pieces;
};

// Splits the page into blocks and marks the article's blocks keep = true.
std::vector<TextBlock> choose_content(const std::vector<HtmlNode>& nodes);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_CONTENT_H_
