// A fast pass over the UTF-8 page before gumbo: cuts out the elements that are
// never article text but are often most of a page's bytes (script, style,
// noscript, svg, comments), so the HTML5 parser has less to tokenise. JSON-LD
// script bodies are kept aside for metadata (dates, authors).
#ifndef DYAD_INGEST_HTML_PREPASS_H_
#define DYAD_INGEST_HTML_PREPASS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/html.h"

namespace dyad {

struct Prepassed {
  std::string html;                   // what gumbo parses
  std::vector<OffsetAnchor> anchors;  // html offset -> input offset
  std::vector<std::string> json_ld;   // bodies of <script type="application/ld+json">
};

// Linear in the input. Unterminated elements run to the end of the input, as
// an HTML5 parser would read them.
void strip_non_content(std::string_view in, Prepassed* out);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_PREPASS_H_
