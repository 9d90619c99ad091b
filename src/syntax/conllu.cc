// CoNLL-U reader and writer (see dyad/conllu.h).
#include "dyad/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include "core/fields.h"

namespace dyad {
namespace {

bool parse_int(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

// One sentence's words, buffered until the blank line that ends it.
struct PendingWord {
  std::string form, lemma, upos, xpos, deprel;
  int head = 0;
  bool space_after = true;
  size_t line = 0;  // for errors
};

TokenKind guess_kind(std::string_view upos, std::string_view form) {
  if (upos == "PUNCT") return TokenKind::kPunct;
  if (upos == "SYM") return TokenKind::kSymbol;
  if (upos == "NUM" && !form.empty() && form[0] >= '0' && form[0] <= '9') return TokenKind::kNumber;
  return TokenKind::kWord;
}

}  // namespace

std::vector<Document> read_conllu(std::istream& in, const std::string& name,
                                  const ConlluReadOptions& options) {
  std::vector<Document> docs;
  docs.emplace_back();
  std::vector<PendingWord> words;
  std::string line;
  size_t line_no = 0;
  // A bad line throws; with options.errors the throw ends only its sentence
  // (bad_sentence: skip lines up to the next blank one).
  bool bad_sentence = false;
  auto fail = [&](const std::string& what) { fail_at(name, line_no, what); };
  auto flush = [&] {
    if (words.empty()) return;
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i].head < 0 || static_cast<size_t>(words[i].head) > words.size())
        fail_at(name, words[i].line,
                "HEAD " + std::to_string(words[i].head) + " outside its sentence of " +
                    std::to_string(words.size()) + " words");
    Document& doc = docs.back();
    Sentence s;
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    if (!doc.text.empty()) doc.text += ' ';
    s.begin = static_cast<uint32_t>(doc.text.size());
    const uint32_t base = s.token_begin;
    for (size_t i = 0; i < words.size(); ++i) {
      PendingWord& w = words[i];
      Token t;
      t.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.end = static_cast<uint32_t>(doc.text.size());
      t.norm = w.form;
      t.kind = guess_kind(w.upos, w.form);
      t.space_after = w.space_after;
      if (w.space_after && i + 1 < words.size()) doc.text += ' ';
      doc.tokens.push_back(std::move(t));
      TokenSyntax syn;
      syn.upos = upos_from_name(w.upos);
      syn.xpos = w.xpos == "_" ? std::string() : w.xpos;
      syn.lemma = w.lemma == "_" ? std::string() : w.lemma;
      syn.head = w.head == 0 ? -1 : static_cast<int32_t>(base + w.head - 1);
      syn.deprel = deprel_from_name(w.deprel);
      doc.syntax.push_back(std::move(syn));
    }
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    s.end = doc.tokens.back().end;
    doc.sentences.push_back(s);
    words.clear();
  };
  // One line; throws on a malformed one.
  auto read_line = [&] {
    if (line.empty()) {
      flush();
      return;
    }
    if (line[0] == '#') {
      if (options.split_documents && line.rfind("# newdoc", 0) == 0) {
        flush();
        if (!docs.back().tokens.empty()) docs.emplace_back();
        auto eq = line.find("id =");
        if (eq != std::string::npos) docs.back().id = line.substr(eq + 5);
      }
      return;
    }
    auto cols = split_tabs(line);
    if (cols.size() != 10) fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    std::string_view id = cols[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) return;
    int n = 0;
    if (!parse_int(id, n) || n != static_cast<int>(words.size()) + 1)
      fail("word id '" + std::string(id) + "' out of sequence");
    PendingWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    if (cols[6] != "_" && !parse_int(cols[6], w.head)) fail("bad HEAD '" + std::string(cols[6]) + "'");
    w.deprel = cols[7];
    w.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
    w.line = line_no;
    words.push_back(std::move(w));
  };
  // Runs f; with options.errors a malformed sentence is recorded and dropped.
  auto guarded = [&](auto&& f) {
    if (!options.errors) return f();
    try {
      f();
    } catch (const std::runtime_error& e) {
      options.errors->push_back(std::string(e.what()) + "; sentence skipped");
      words.clear();
      bad_sentence = true;
    }
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (bad_sentence) {  // the rest of a skipped sentence
      if (line.empty()) bad_sentence = false;
      continue;
    }
    guarded(read_line);
  }
  guarded(flush);
  for (auto& d : docs) {
    if (!d.text.empty()) {
      Paragraph p;
      p.begin = 0;
      p.end = static_cast<uint32_t>(d.text.size());
      d.paragraphs.push_back(p);
    }
  }
  if (docs.size() > 1 && docs.back().tokens.empty()) docs.pop_back();
  return docs;
}

std::vector<Document> read_conllu_file(const std::string& path, const ConlluReadOptions& options) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  return read_conllu(in, path, options);
}

void write_conllu(const Document& doc, std::ostream& out) {
  const bool has_syntax = doc.syntax.size() == doc.tokens.size();
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out << "# sent_id = " << (doc.id.empty() ? "s" : doc.id) << "-" << (si + 1) << "\n";
    std::string text(doc.span_text(s.begin, s.end));
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    out << "# text = " << text << "\n";
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      out << (t - s.token_begin + 1) << '\t' << doc.token_text(t) << '\t';
      if (has_syntax) {
        const TokenSyntax& syn = doc.syntax[t];
        int head = syn.head < 0 ? 0 : syn.head - static_cast<int>(s.token_begin) + 1;
        out << (syn.lemma.empty() ? "_" : syn.lemma) << '\t' << upos_name(syn.upos) << '\t'
            << (syn.xpos.empty() ? "_" : syn.xpos) << "\t_\t" << head << '\t'
            << (syn.head < 0 ? std::string_view("root") : deprel_name(syn.deprel)) << "\t_\t";
      } else {
        out << "_\t_\t_\t_\t_\t_\t_\t";
      }
      bool space_after = tok.space_after;
      if (t + 1 < s.token_end) space_after = doc.tokens[t + 1].begin > tok.end;
      out << (space_after ? "_" : "SpaceAfter=No") << '\n';
    }
    out << '\n';
  }
}

}  // namespace dyad
