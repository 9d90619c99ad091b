// Output formats for events: JSON Lines (the contract documented in the README)
// and TSV.
#ifndef DYAD_OUTPUT_H_
#define DYAD_OUTPUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct OutputOptions {
  bool explain = false;           // add a human-readable "explanation" field
  std::string dyad_version;       // provenance written into every record
  std::string model_version;
  std::string lexicon_version;
};

// Byte offset -> Unicode code point offset within doc.text. Output offsets are
// code points so that users' languages (Python, JS) can slice the text.
class CharOffsets {
 public:
  explicit CharOffsets(const std::string& text);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  std::vector<uint32_t> prefix_;  // code points before each 64-byte block
  const std::string& text_;
};

// Appends one JSON object (and a newline) per event of doc to out.
void append_events_jsonl(const Document& doc, const OutputOptions& options, std::string& out);

// TSV: a header line, then one line per event; tabs/newlines in text become spaces.
std::string events_tsv_header();
void append_events_tsv(const Document& doc, const OutputOptions& options, std::string& out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_H_
