// The parsed page as a flat array in document order, with the per-subtree
// statistics the content chooser needs, and the page's metadata tags. Built
// once from gumbo's tree; gumbo's output can be freed afterwards.
#ifndef DYAD_INGEST_HTML_DOM_H_
#define DYAD_INGEST_HTML_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

struct HtmlNode {
  int32_t parent = -1;
  int32_t end = 0;           // one past the last descendant (preorder)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  bool hidden = false;       // hidden attribute, aria-hidden, display:none
  std::string text;          // text nodes: decoded text
  uint32_t src_begin = 0;    // text nodes: bytes in the parsed buffer
  uint32_t src_end = 0;
  std::string cues;          // elements: lower-cased class, id, role and itemprop, space-separated
  // Subtree statistics (text nodes count for themselves).
  uint32_t chars = 0;        // non-space characters (bytes) of text
  uint32_t link_chars = 0;   // of which inside <a>
  uint32_t commas = 0;
  uint32_t paragraphs = 0;   // <p> elements with some text
  uint32_t list_items = 0;
  uint32_t images = 0;
  uint32_t inputs = 0;
};

struct HtmlMeta {
  // property/name/itemprop (lower-cased) -> content, in document order.
  std::vector<std::pair<std::string, std::string>> tags;
  std::string title;                     // <title>
  std::string canonical;                 // <link rel=canonical>
  std::vector<std::string> time_values;  // <time datetime>, document order
  std::vector<std::string> h1;           // texts of <h1> elements
  std::vector<std::string> author_texts; // texts of rel=author / byline-classed elements

  std::string get(std::string_view key) const {
    for (const auto& [k, v] : tags)
      if (k == key && !v.empty()) return v;
    return "";
  }
};

// Flattens gumbo's document into nodes (comments dropped) and collects meta.
void build_dom(const GumboNode* root, const char* buffer, std::vector<HtmlNode>* nodes, HtmlMeta* meta);

bool is_block_tag(GumboTag t);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_DOM_H_
