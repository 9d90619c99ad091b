// Sentence-boundary scoring against CoNLL-U gold sentences (EWT).
#include <algorithm>
#include <fstream>
#include <ostream>
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

// Does the sentence end in . ? ! or an ellipsis, perhaps before closers?
bool ends_in_terminal(std::string_view t) {
  for (;;) {
    if (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']')) {
      t.remove_suffix(1);
    } else if (t.size() >= 3 && (t.substr(t.size() - 3) == "\xE2\x80\x9D" ||
                                 t.substr(t.size() - 3) == "\xE2\x80\x99")) {
      t.remove_suffix(3);
    } else {
      break;
    }
  }
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '?' || c == '!') return true;
  return t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\xA6";
}

struct GoldDoc {
  Document doc;
  std::vector<uint32_t> ends;  // gold sentence end offsets
  std::unordered_set<uint32_t> punct_ends;  // those ending in . ? ! ...
  bool open_paragraph = false;
};

void show(const std::string& text, uint32_t at, const char* what, std::ostream& os) {
  size_t b = at > 60 ? at - 60 : 0, e = std::min<size_t>(text.size(), at + 40);
  std::string ctx = text.substr(b, at - b) + "|" + text.substr(at, e - at);
  for (char& c : ctx)
    if (c == '\n') c = '/';
  os << what << ' ' << ctx << '\n';
}

void score(GoldDoc& g, const SentenceOptions& options, BoundaryScore& out,
           std::ostream* errors) {
  if (g.doc.text.empty()) return;
  if (!g.doc.paragraphs.empty()) g.doc.paragraphs.back().end = static_cast<uint32_t>(g.doc.text.size());
  tokenize(g.doc);
  split_sentences(g.doc, options);
  std::unordered_set<uint32_t> gold(g.ends.begin(), g.ends.end());
  ++out.documents;
  out.gold += gold.size();
  out.gold_punct += g.punct_ends.size();
  out.predicted += g.doc.sentences.size();
  std::unordered_set<uint32_t> predicted;
  for (const Sentence& s : g.doc.sentences) {
    predicted.insert(s.end);
    bool ok = gold.count(s.end) > 0;
    out.correct += ok;
    out.correct_punct += ok && g.punct_ends.count(s.end);
    if (!ok && errors) show(g.doc.text, s.end, "FALSE", *errors);
  }
  if (errors)
    for (uint32_t e : g.ends)
      if (!predicted.count(e)) show(g.doc.text, e, "MISS ", *errors);
}

}  // namespace

BoundaryScore eval_sentences_conllu(const std::string& path, EvalLayout layout,
                                    const SentenceOptions& options, std::ostream* errors) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  BoundaryScore result;
  GoldDoc g;
  bool new_par = false;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = line;
    if (l.rfind("# newdoc", 0) == 0) {
      score(g, options, result, errors);
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
      if (ends_in_terminal(t)) g.punct_ends.insert(static_cast<uint32_t>(text.size()));
    }
  }
  score(g, options, result, errors);
  return result;
}

}  // namespace dyad
