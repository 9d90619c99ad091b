// Sentence-boundary scoring against CoNLL-U gold sentences (EWT).
#include <fstream>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

struct GoldDoc {
  Document doc;
  std::vector<uint32_t> ends;  // gold sentence end offsets
  bool open_paragraph = false;
};

void score(GoldDoc& g, const SentenceOptions& options, BoundaryScore& out) {
  if (g.doc.text.empty()) return;
  if (!g.doc.paragraphs.empty()) g.doc.paragraphs.back().end = static_cast<uint32_t>(g.doc.text.size());
  tokenize(g.doc);
  split_sentences(g.doc, options);
  std::unordered_set<uint32_t> gold(g.ends.begin(), g.ends.end());
  ++out.documents;
  out.gold += gold.size();
  out.predicted += g.doc.sentences.size();
  for (const Sentence& s : g.doc.sentences) out.correct += gold.count(s.end);
}

}  // namespace

BoundaryScore eval_sentences_conllu(const std::string& path, EvalLayout layout,
                                    const SentenceOptions& options) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  BoundaryScore result;
  GoldDoc g;
  bool new_par = false;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = line;
    if (l.rfind("# newdoc", 0) == 0) {
      score(g, options, result);
      g = GoldDoc{};
      new_par = true;
    } else if (l.rfind("# newpar", 0) == 0) {
      new_par = true;
    } else if (l.rfind("# text =", 0) == 0) {
      std::string_view t = trim(l.substr(8));
      if (t.empty()) continue;
      std::string& text = g.doc.text;
      if (layout == EvalLayout::kParagraphs) {
        if (new_par || g.doc.paragraphs.empty()) {
          if (!g.doc.paragraphs.empty()) {
            g.doc.paragraphs.back().end = static_cast<uint32_t>(text.size());
            text += "\n\n";
          }
          Paragraph p;
          p.begin = static_cast<uint32_t>(text.size());
          g.doc.paragraphs.push_back(p);
        } else {
          text += ' ';
        }
      } else if (!text.empty()) {
        text += ' ';
      }
      new_par = false;
      text += t;
      g.ends.push_back(static_cast<uint32_t>(text.size()));
    }
  }
  score(g, options, result);
  return result;
}

}  // namespace dyad
