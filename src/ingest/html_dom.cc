// gumbo tree -> flat node array with subtree statistics (see html_dom.h).
#include "ingest/html_dom.h"

#include <cstring>

namespace dyad {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

const char* attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

void count_text(HtmlNode& n) {
  for (char c : n.text) {
    if (!is_space(c) && (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n.chars;
    if (c == ',') ++n.commas;
  }
}

bool hidden_style(const char* style) {
  if (!style) return false;
  std::string s = lower_ascii(style);
  std::string compact;
  for (char c : s)
    if (!is_space(c)) compact += c;
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

// Collapsed text of nodes (first, end).
std::string subtree_text(const std::vector<HtmlNode>& nodes, size_t first, size_t end) {
  std::string out;
  bool space = false;
  for (size_t i = first; i < end; ++i) {
    if (!nodes[i].is_text) {
      if (is_block_tag(nodes[i].tag) || nodes[i].tag == GUMBO_TAG_BR) space = true;
      continue;
    }
    for (char c : nodes[i].text) {
      if (is_space(c)) {
        space = true;
      } else {
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
      }
    }
  }
  return out;
}

}  // namespace

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_MENU: case GUMBO_TAG_OPTION: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_BUTTON:
      return true;
    default:
      return false;
  }
}

void build_dom(const GumboNode* root, const char* buffer, std::vector<HtmlNode>* nodes_out, HtmlMeta* meta) {
  std::vector<HtmlNode>& nodes = *nodes_out;
  nodes.clear();
  // Explicit stack: pages nest deeply enough to matter for recursion.
  struct Frame {
    const GumboNode* node;
    int32_t parent;
    bool close;      // second visit: set end
    int32_t index;
  };
  std::vector<Frame> stack;
  stack.push_back({root, -1, false, -1});
  std::vector<int32_t> link_depth_marks;  // indices of open <a> elements
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    if (f.close) {
      nodes[f.index].end = static_cast<int32_t>(nodes.size());
      continue;
    }
    const GumboNode* g = f.node;
    if (g->type == GUMBO_NODE_COMMENT) continue;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA) {
      HtmlNode n;
      n.parent = f.parent;
      n.is_text = true;
      n.text = g->v.text.text;
      n.src_begin = g->v.text.start_pos.offset;
      n.src_end = n.src_begin + static_cast<uint32_t>(g->v.text.original_text.length);
      count_text(n);
      n.end = static_cast<int32_t>(nodes.size()) + 1;
      nodes.push_back(std::move(n));
      continue;
    }
    const GumboVector* children = nullptr;
    HtmlNode n;
    n.parent = f.parent;
    if (g->type == GUMBO_NODE_DOCUMENT) {
      n.tag = GUMBO_TAG_HTML;
      children = &g->v.document.children;
    } else {
      const GumboElement& e = g->v.element;
      n.tag = e.tag;
      children = &e.children;
      for (const char* name : {"class", "id", "role", "itemprop"}) {
        if (const char* v = attr(e, name)) {
          if (!n.cues.empty()) n.cues += ' ';
          n.cues += lower_ascii(v);
        }
      }
      const char* aria = attr(e, "aria-hidden");
      n.hidden = attr(e, "hidden") != nullptr || (aria && std::strcmp(aria, "true") == 0) ||
                 hidden_style(attr(e, "style"));
      if (e.tag == GUMBO_TAG_META) {
        const char* key = attr(e, "property");
        if (!key) key = attr(e, "name");
        if (!key) key = attr(e, "itemprop");
        const char* content = attr(e, "content");
        if (!content) content = attr(e, "datetime");
        if (key && content) meta->tags.emplace_back(lower_ascii(key), content);
      } else if (e.tag == GUMBO_TAG_LINK) {
        const char* rel = attr(e, "rel");
        const char* href = attr(e, "href");
        if (rel && href && lower_ascii(rel) == "canonical" && meta->canonical.empty()) meta->canonical = href;
      } else if (e.tag == GUMBO_TAG_TIME) {
        if (const char* dt = attr(e, "datetime")) meta->time_values.emplace_back(dt);
      } else if (e.tag == GUMBO_TAG_IMG) {
        n.images = 1;
      } else if (e.tag == GUMBO_TAG_INPUT || e.tag == GUMBO_TAG_TEXTAREA || e.tag == GUMBO_TAG_SELECT) {
        n.inputs = 1;
      }
      if (const char* ip = attr(e, "itemprop")) {
        // itemprop on a non-meta element: datePublished on <span content=...> etc.
        const char* content = attr(e, "content");
        if (!content) content = attr(e, "datetime");
        if (content && e.tag != GUMBO_TAG_META) meta->tags.emplace_back(lower_ascii(ip), content);
      }
    }
    (void)buffer;
    int32_t index = static_cast<int32_t>(nodes.size());
    nodes.push_back(std::move(n));
    stack.push_back({nullptr, -1, true, index});
    for (unsigned i = children->length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), index, false, -1});
  }
  // Statistics bottom-up: children come after parents in preorder.
  for (size_t i = nodes.size(); i-- > 0;) {
    HtmlNode& n = nodes[i];
    if (!n.is_text && n.tag == GUMBO_TAG_A) n.link_chars = n.chars;
    if (!n.is_text && n.tag == GUMBO_TAG_P && n.chars > 0) n.paragraphs += 1;
    if (!n.is_text && n.tag == GUMBO_TAG_LI) n.list_items += 1;
    if (n.parent >= 0) {
      HtmlNode& p = nodes[n.parent];
      p.chars += n.chars;
      p.link_chars += n.link_chars;
      p.commas += n.commas;
      p.paragraphs += n.paragraphs;
      p.list_items += n.list_items;
      p.images += n.images;
      p.inputs += n.inputs;
    }
  }
  // Metadata that needs element text.
  for (size_t i = 0; i < nodes.size(); ++i) {
    const HtmlNode& n = nodes[i];
    if (n.is_text) continue;
    if (n.tag == GUMBO_TAG_TITLE && meta->title.empty()) meta->title = subtree_text(nodes, i + 1, n.end);
    if (n.tag == GUMBO_TAG_H1 && meta->h1.size() < 8) meta->h1.push_back(subtree_text(nodes, i + 1, n.end));
    if (n.chars > 0 && n.chars < 120 && meta->author_texts.size() < 8 &&
        (n.cues.find("byline") != std::string::npos || n.cues.find("author") != std::string::npos))
      meta->author_texts.push_back(subtree_text(nodes, i + 1, n.end));
  }
}

}  // namespace dyad
