// Content choice for HTML pages (see html_content.h for the method).
#include "ingest/html_content.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "dyad/ingest.h"

namespace dyad {
namespace {

// ------------------------------------------------------------- class/id cues
// Cues are matched against the words of an element's class, id, role and
// itemprop (split at anything not a letter or digit). A strong cue names
// furniture that is never the article (share bars, comment threads, related
// links); a weak cue only lowers the score; a positive cue raises it.
constexpr std::string_view kStrongPrefixes[] = {
    "comment", "share", "sharing", "social", "related", "newsletter", "subscri", "cookie", "consent",
    "gdpr", "promo", "advert", "sidebar", "breadcrumb", "navbar", "navigation", "menu", "popular",
    "trending", "recommend", "outbrain", "taboola", "sponsor", "disqus", "signup", "popup", "modal",
    "footer", "masthead", "topbar", "skiplink", "toolbar", "pagination", "pager", "tags", "tagcloud",
    "reply", "replies", "respond", "login", "signin", "registration", "follow", "rating", "widget",
    "banner", "byline", "dateline", "timestamp", "caption", "credit", "playlist", "nav", "ad", "ads",
    "adv", "adsense", "dfp", "gpt", "print", "email", "subnav", "jump", "toc", "author", "bio", "meta",
    "header", "headline", "title", "hidden", "screen", "sr", "visually", "teaser", "more", "next", "prev",
    "previous", "breaking", "alert", "newsfeed", "most", "latest", "featured", "blurb", "shoutbox",
    "skyscraper", "leaderboard", "infobox", "disclaimer", "copyright", "legal", "contact", "cta"};
// Of those, the ones that must match a whole word ("ad" must not hit "adam",
// "nav" not "navy"); the others match as prefixes ("comments", "sharebar").
constexpr std::string_view kWholeWordOnly[] = {
    "nav", "ad", "ads", "adv", "dfp", "modal", "popup", "gpt", "print", "email", "jump", "toc", "author", "bio", "meta",
    "header", "headline", "title", "hidden", "screen", "sr", "more", "next", "prev", "previous", "most",
    "latest", "featured", "legal", "contact", "cta", "tags", "credit", "caption", "teaser", "alert",
    "follow", "rating", "widget", "banner", "reply", "menu", "blurb", "breaking", "respond"};
// Weak cues: lower an element's score but never drop it by themselves.
constexpr std::string_view kWeak[] = {
    "author", "bio", "meta", "header", "headline", "title", "more", "next", "prev", "previous",
    "latest", "featured", "teaser", "breaking", "alert", "most", "print",
    "email", "follow", "rating", "widget", "banner", "contact", "cta", "legal", "jump", "toc", "dateline",
    "timestamp", "byline", "tags", "hidden", "screen", "sr", "visually", "infobox", "disclaimer",
    "copyright", "blurb"};
constexpr std::string_view kPositive[] = {"article", "articlebody", "body", "content", "entry", "main",
                                          "post", "story", "text", "blog", "hentry", "prose", "rich"};

bool in_list(std::string_view w, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, w) != end;
}

struct Cue {
  std::string_view text;
  bool whole;  // must match a whole word
  bool weak;
};

// The cue lists folded into one table, once.
const std::vector<Cue>& cue_table() {
  static const std::vector<Cue> table = [] {
    std::vector<Cue> t;
    for (std::string_view c : kStrongPrefixes)
      t.push_back({c, in_list(c, std::begin(kWholeWordOnly), std::end(kWholeWordOnly)),
                   in_list(c, std::begin(kWeak), std::end(kWeak))});
    return t;
  }();
  return table;
}

struct CueResult {
  bool strong = false;  // a strong negative cue (not weak)
  bool weak = false;
  bool positive = false;
  bool strong_first = false;  // the first cue word that matched was strong
};

CueResult match_cues(const std::string& cues) {
  CueResult r;
  bool first = true;
  size_t i = 0;
  while (i < cues.size()) {
    while (i < cues.size() && !std::isalnum(static_cast<unsigned char>(cues[i]))) ++i;
    size_t j = i;
    while (j < cues.size() && std::isalnum(static_cast<unsigned char>(cues[j]))) ++j;
    std::string_view w(cues.data() + i, j - i);
    i = j;
    if (w.empty()) continue;
    if (in_list(w, std::begin(kPositive), std::end(kPositive))) {
      r.positive = true;
      first = false;
      continue;
    }
    // "commentary" is an opinion article, not a comment thread.
    if (w.rfind("commentary", 0) == 0) continue;
    for (const Cue& c : cue_table()) {
      if (c.whole ? w == c.text : w.rfind(c.text, 0) == 0) {
        if (c.weak) {
          r.weak = true;
        } else {
          r.strong = true;
          if (first) r.strong_first = true;
        }
        first = false;
        break;
      }
    }
  }
  return r;
}

int class_weight(const CueResult& c) {
  int w = 0;
  if (c.strong || c.weak) w -= 25;
  if (c.positive) w += 25;
  return w;
}

// Tags whose subtrees are never article text.
bool junk_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

double link_density(const HtmlNode& n) { return n.chars ? static_cast<double>(n.link_chars) / n.chars : 0.0; }

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// ------------------------------------------------------------------- dropping

std::vector<char> junk_mask(const std::vector<HtmlNode>& nodes, std::vector<CueResult>& cues) {
  std::vector<char> drop(nodes.size(), 0);
  cues.assign(nodes.size(), CueResult{});
  // "Large" is measured against the text outside menus and footers, which on
  // some pages outweigh the article.
  double total = nodes.empty() ? 0.0 : nodes[0].chars;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!nodes[i].is_text && junk_tag(nodes[i].tag) && nodes[i].tag != GUMBO_TAG_HEADER &&
        nodes[i].tag != GUMBO_TAG_ASIDE) {
      total -= nodes[i].chars;
      i = nodes[i].end - 1;
    }
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    const HtmlNode& n = nodes[i];
    if (n.is_text) continue;
    if (!n.cues.empty()) cues[i] = match_cues(n.cues);
    if (drop[i]) continue;
    bool junk = false;
    const bool large = n.chars > 0.35 * total && n.chars > 500;
    if (junk_tag(n.tag)) {
      // A page that wraps everything in <header> or <aside> still has an article.
      junk = !(large && (n.tag == GUMBO_TAG_HEADER || n.tag == GUMBO_TAG_ASIDE));
    } else if (n.tag == GUMBO_TAG_FORM) {
      junk = n.inputs > 0 && n.chars < 0.35 * total;  // ASP.NET pages wrap the whole page in a form
    } else if (n.hidden) {
      junk = !large;
    } else if (n.tag != GUMBO_TAG_BODY && n.tag != GUMBO_TAG_HTML && n.tag != GUMBO_TAG_ARTICLE &&
               n.tag != GUMBO_TAG_MAIN && cues[i].strong) {
      // "main-content has-sidebar": a positive cue beside a negative one is a
      // layout wrapper unless it is mostly links.
      // A class list names the element's main role first ("sharedaddy ...
      // like-post-wrapper" is a share bar).
      if (cues[i].positive && !cues[i].strong_first) junk = !large && link_density(n) > 0.4;
      else junk = !large || link_density(n) > 0.4;
    }
    if (junk)
      for (int32_t k = static_cast<int32_t>(i); k < n.end; ++k) drop[k] = 1;
  }
  return drop;
}

// ------------------------------------------------------------------ blocking

std::vector<TextBlock> make_blocks(const std::vector<HtmlNode>& nodes, const std::vector<char>& drop) {
  std::vector<TextBlock> blocks;
  TextBlock cur;
  bool pending_space = false;
  struct Open {
    int32_t index;
    int32_t end;
  };
  std::vector<Open> open;     // open elements
  std::vector<int32_t> owners; // open block elements
  int links = 0, headings = 0, times = 0;
  auto flush = [&] {
    if (!cur.text.empty()) blocks.push_back(std::move(cur));
    cur = TextBlock{};
    pending_space = false;
  };
  auto close_until = [&](int32_t i) {
    while (!open.empty() && open.back().end <= i) {
      const HtmlNode& e = nodes[open.back().index];
      if (e.tag == GUMBO_TAG_A) --links;
      if (e.tag == GUMBO_TAG_TIME) --times;
      if (is_heading(e.tag)) --headings;
      if (is_block_tag(e.tag)) {
        flush();
        owners.pop_back();
      }
      open.pop_back();
    }
  };
  for (int32_t i = 0; i < static_cast<int32_t>(nodes.size()); ++i) {
    close_until(i);
    const HtmlNode& n = nodes[i];
    if (drop[i]) {
      if (!n.is_text) {
        if (is_block_tag(n.tag)) flush();
        i = n.end - 1;
      }
      continue;
    }
    if (!n.is_text) {
      if (n.tag == GUMBO_TAG_BR) {
        flush();
        continue;
      }
      if (is_block_tag(n.tag)) {
        flush();
        owners.push_back(i);
      }
      if (n.tag == GUMBO_TAG_A) ++links;
      if (n.tag == GUMBO_TAG_TIME) ++times;
      if (is_heading(n.tag)) ++headings;
      // Inline elements separate words only through the text they hold.
      open.push_back({i, n.end});
      continue;
    }
    // Text node: collapse whitespace into cur.
    if (cur.text.empty()) {
      cur.owner = owners.empty() ? 0 : owners.back();
      cur.heading = headings > 0;
    }
    uint32_t piece_begin = static_cast<uint32_t>(cur.text.size());
    bool any = false;
    for (char c : n.text) {
      if (is_space(c)) {
        pending_space = true;
        continue;
      }
      if (pending_space && !cur.text.empty()) cur.text += ' ';
      pending_space = false;
      if (!any) piece_begin = static_cast<uint32_t>(cur.text.size());
      any = true;
      cur.text += c;
    }
    if (any) {
      cur.pieces.push_back({piece_begin, static_cast<uint32_t>(cur.text.size()), n.src_begin, n.src_end});
      cur.chars += n.chars;
      cur.commas += n.commas;
      if (links > 0) cur.link_chars += n.chars;
      if (times > 0) cur.time_chars += n.chars;
    }
  }
  close_until(static_cast<int32_t>(nodes.size()) + 1);
  flush();
  return blocks;
}

// ------------------------------------------------------------------ scoring

double tag_base(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

// A block's owner is a paragraph element itself (its score goes to the
// container above) or a container holding loose text (scored as if that
// text were a paragraph inside it).
bool paragraph_owner(GumboTag t) {
  return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE ||
         t == GUMBO_TAG_LI || t == GUMBO_TAG_DD;
}

bool inside(const std::vector<HtmlNode>& nodes, int32_t node, int32_t ancestor) {
  return node >= ancestor && node < nodes[ancestor].end;
}

}  // namespace

std::vector<TextBlock> choose_content(const std::vector<HtmlNode>& nodes) {
  std::vector<TextBlock> blocks;
  if (nodes.empty()) return blocks;
  std::vector<CueResult> cues;
  std::vector<char> drop = junk_mask(nodes, cues);
  blocks = make_blocks(nodes, drop);
  if (blocks.empty()) return blocks;

  // Paragraph scores flow up to five ancestors.
  std::unordered_map<int32_t, double> score;
  auto touch = [&](int32_t e) -> double& {
    auto it = score.find(e);
    if (it == score.end())
      it = score.emplace(e, tag_base(nodes[e].tag) + class_weight(cues[e])).first;
    return it->second;
  };
  for (const TextBlock& b : blocks) {
    if (b.heading || b.chars < 25) continue;
    const HtmlNode& owner = nodes[b.owner];
    if (owner.tag == GUMBO_TAG_LI && b.link_chars > 0) continue;
    double ld = b.chars ? static_cast<double>(b.link_chars) / b.chars : 0;
    double s = (1.0 + b.commas + std::min(b.chars / 100.0, 3.0)) * (1.0 - ld);
    int32_t a = paragraph_owner(owner.tag) ? owner.parent : b.owner;
    for (int level = 0; a >= 0 && level < 5; ++level, a = nodes[a].parent) {
      if (nodes[a].tag == GUMBO_TAG_HTML) break;
      double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      touch(a) += s / div;
    }
  }
  int32_t top = -1;
  double best = -1e9;
  std::vector<std::pair<double, int32_t>> ranked;
  for (auto& [e, s] : score) {
    double f = s * (1.0 - link_density(nodes[e]));
    s = f;
    ranked.push_back({f, e});
    if (f > best || (f == best && e < top)) {
      best = f;
      top = e;
    }
  }
  if (top < 0) {
    // No paragraph anywhere: keep every block with little link text.
    for (TextBlock& b : blocks) b.keep = b.chars > 0 && b.link_chars * 2 < b.chars;
    return blocks;
  }
  // Several strong candidates under one ancestor: the article is split into
  // sibling containers (text, then an embed, then more text); take the ancestor.
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  {
    std::vector<int32_t> close;
    for (size_t k = 1; k < ranked.size() && k < 6; ++k)
      if (ranked[k].first >= 0.75 * best && !inside(nodes, ranked[k].second, top) &&
          !inside(nodes, top, ranked[k].second))
        close.push_back(ranked[k].second);
    if (close.size() >= 2) {
      int32_t a = nodes[top].parent;
      while (a > 0) {
        int hits = 0;
        for (int32_t c : close) hits += inside(nodes, c, a);
        if (hits >= 2) break;
        a = nodes[a].parent;
      }
      if (a > 0 && nodes[a].tag != GUMBO_TAG_BODY) top = a;
    }
  }
  // Climb while the parent holds little more than the candidate.
  while (nodes[top].parent > 0 && nodes[nodes[top].parent].tag != GUMBO_TAG_BODY &&
         nodes[nodes[top].parent].chars <= nodes[top].chars * 1.05)
    top = nodes[top].parent;

  // Siblings that score close to the top candidate join it.
  std::vector<int32_t> chosen{top};
  const int32_t parent = nodes[top].parent;
  if (parent >= 0) {
    double top_score = score.count(top) ? score[top] : best;
    double threshold = std::max(10.0, top_score * 0.2);
    for (int32_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
      if (c == top || drop[c] || nodes[c].is_text) continue;
      const HtmlNode& s = nodes[c];
      double sc = score.count(c) ? score[c] : -1e9;
      bool join = sc >= threshold;
      if (!join && s.tag == GUMBO_TAG_P) {
        double ld = link_density(s);
        // A loose paragraph beside the container: long with few links, or
        // short without any.
        join = (s.chars > 80 && ld < 0.25) || (s.chars > 30 && s.chars <= 80 && ld == 0);
      }
      if (join) chosen.push_back(c);
    }
  }
  std::sort(chosen.begin(), chosen.end());

  // Inside the content: widgets and link lists without prose go.
  std::vector<char> cut(nodes.size(), 0);
  for (int32_t root : chosen) {
    for (int32_t i = root + 1; i < nodes[root].end; ++i) {
      const HtmlNode& n = nodes[i];
      if (n.is_text || drop[i] || cut[i]) continue;
      bool list = n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL;
      bool container = list || n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_SECTION || n.tag == GUMBO_TAG_TABLE ||
                       n.tag == GUMBO_TAG_FORM || n.tag == GUMBO_TAG_FIGURE || n.tag == GUMBO_TAG_DL;
      if (!container) continue;
      int weight = class_weight(cues[i]);
      double ld = link_density(n);
      bool remove = false;
      if (weight < 0 && n.commas < 10 && !cues[i].positive) remove = true;
      else if (n.commas < 10) {
        if (!list && n.list_items > n.paragraphs + 1 && ld > 0.2) remove = true;
        else if (n.inputs > 0 && n.inputs > n.paragraphs / 3) remove = true;
        else if (weight < 25 && ld > 0.33) remove = true;
        else if (weight >= 25 && ld > 0.5) remove = true;
        else if (list && ld > 0.2) remove = true;
      }
      if (remove)
        for (int32_t k = i; k < n.end; ++k) cut[k] = 1;
    }
  }

  for (TextBlock& b : blocks) {
    bool in = false;
    for (int32_t root : chosen) in = in || inside(nodes, b.owner, root);
    if (!in || cut[b.owner]) continue;
    double ld = b.chars ? static_cast<double>(b.link_chars) / b.chars : 0;
    if (ld > 0.5 || b.time_chars == b.chars) continue;
    // An <h1> in the content is the headline again (the Document has it).
    if (b.heading && nodes[b.owner].tag == GUMBO_TAG_H1) continue;
    if (is_boilerplate_line(b.text)) continue;
    b.keep = true;
  }
  return blocks;
}

}  // namespace dyad
