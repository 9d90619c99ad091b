// Validation records coded from their text with dyad's own tokenizer, tagger
// and parser (the default of `dyad validate`; --given-parse uses the record's
// parse instead).
#include <cstdio>

#include "dyad/compat_validate.h"
#include "dyad/pipeline.h"

namespace dyad::compat {

SentenceSource pipeline_source(const Pipeline& pipeline) {
  return [&pipeline](const SuiteRecord& r, std::vector<CSentence>& out) -> std::string {
    out.clear();
    Document doc;
    doc.id = r.id;
    // Records wrap lines inside sentences; one paragraph of running text.
    doc.text = r.text;
    for (char& c : doc.text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (r.date > 0) {
      char buf[16];
      std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", r.date / 10000, r.date / 100 % 100, r.date % 100);
      doc.date = buf;
    }
    doc.paragraphs.push_back({0, static_cast<uint32_t>(doc.text.size()), false});
    pipeline.run(doc);
    for (uint32_t si = 0; si < doc.sentences.size(); ++si) out.push_back(sentence_from_document(doc, si, r.date));
    return "";
  };
}

}  // namespace dyad::compat
