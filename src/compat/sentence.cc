// Building CSentence from a dyad Document, a CoNLL-U block, or a Treebank
// bracketed parse.
#include <cctype>

#include "compat/lines.h"
#include "dyad/compat_coder.h"
#include "core/fields.h"

namespace dyad::compat {

int date_from_iso(std::string_view d) {
  std::string digits;
  for (char c : d)
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (c != '-') return 0;
  if (digits.size() != 8) return 0;
  return std::stoi(digits);
}

CSentence sentence_from_document(const Document& doc, uint32_t si, int date) {
  CSentence s;
  s.date = date;
  const Sentence& sent = doc.sentences[si];
  const bool syn = doc.syntax.size() == doc.tokens.size();
  s.has_tree = syn;
  // dyad splits hyphenated words ("Barad" "-" "dur", EWT style); the
  // dictionaries, written for whitespace tokenization, hold them whole.
  // Rejoin X-Y written without spaces into one token.
  const uint32_t tb = sent.token_begin, te = sent.token_end;
  std::vector<int> new_index(te - tb, -1);
  std::vector<std::pair<uint32_t, uint32_t>> groups;  // document token ranges
  for (uint32_t i = tb; i < te;) {
    uint32_t j = i + 1;
    while (j + 1 < te && !doc.tokens[j - 1].space_after && !doc.tokens[j].space_after &&
           doc.token_text(j) == "-" && doc.tokens[j - 1].kind == TokenKind::kWord &&
           doc.tokens[j + 1].kind == TokenKind::kWord)
      j += 2;
    // A prefix written with its hyphen before a space ("anti- Gondor") is
    // one word too, as the dictionaries write it (ANTI-).
    if (j < te && j == i + 1 && !doc.tokens[i].space_after && doc.tokens[j].space_after &&
        doc.token_text(j) == "-" && doc.tokens[i].kind == TokenKind::kWord)
      j += 1;
    for (uint32_t k = i; k < j; ++k) new_index[k - tb] = static_cast<int>(groups.size());
    groups.emplace_back(i, j);
    i = j;
  }
  s.toks.reserve(groups.size());
  for (const auto& [gb, ge] : groups) {
    CToken t;
    for (uint32_t i = gb; i < ge; ++i)
      t.text += doc.tokens[i].norm.empty() ? std::string(doc.token_text(i)) : doc.tokens[i].norm;
    t.word = upper(t.text);
    // The group's representative: the token whose head lies outside it.
    uint32_t rep = gb;
    if (syn)
      for (uint32_t i = gb; i < ge; ++i) {
        int h = doc.syntax[i].head;
        if (h < static_cast<int>(gb) || h >= static_cast<int>(ge)) {
          rep = i;
          break;
        }
      }
    t.doc_token = gb;
    t.doc_token_end = ge;
    if (syn) {
      const TokenSyntax& x = doc.syntax[rep];
      t.lemma = ge - gb > 1 ? t.word : upper(x.lemma);
      t.xpos = ge - gb > 1 && x.xpos.rfind("VB", 0) == 0 ? "JJ" : x.xpos;
      int h = x.head;
      t.head = (h < static_cast<int>(tb) || h >= static_cast<int>(te)) ? -1 : new_index[h - tb];
      t.rel = std::string(deprel_name(x.deprel));
    }
    s.toks.push_back(std::move(t));
  }
  return s;
}

std::string sentence_from_conllu(std::string_view text, int date, CSentence& out) {
  out = CSentence();
  out.date = date;
  out.has_tree = true;
  std::string err;
  std::vector<int> heads;
  for_each_line(text, [&](std::string_view line, size_t no) {
    if (!err.empty()) return;
    std::string_view t = trim(line);
    if (t.empty() || t[0] == '#') return;
    auto f = split_tabs(t);
    if (f.size() < 8) {
      // Some hand-edited records use spaces; accept whitespace columns.
      auto g = split_space(t);
      f.assign(g.begin(), g.end());
    }
    if (f.size() < 8) {
      err = "CoNLL-U line " + std::to_string(no) + ": expected 10 columns";
      return;
    }
    if (f[0].find('-') != std::string_view::npos || f[0].find('.') != std::string_view::npos) return;
    CToken tok;
    tok.text = std::string(f[1]);
    tok.word = upper(f[1]);
    tok.lemma = upper(f[2]);
    tok.xpos = std::string(f[4]);
    int h = 0;
    try {
      h = std::stoi(std::string(f[6]));
    } catch (...) {
      err = "CoNLL-U line " + std::to_string(no) + ": bad head '" + std::string(f[6]) + "'";
      return;
    }
    tok.head = h - 1;
    tok.rel = std::string(f[7]);
    out.toks.push_back(std::move(tok));
  });
  if (!err.empty()) return err;
  if (out.toks.empty()) return "empty CoNLL-U parse";
  for (auto& t : out.toks)
    if (t.head >= static_cast<int>(out.toks.size())) return "CoNLL-U head out of range";
  return "";
}

namespace {

struct Node {
  std::string label;
  int begin = 0, end = 0;  // token span
  int parent = -1;
  std::vector<int> kids;
};

bool is_be(const std::string& w) {
  return w == "IS" || w == "WAS" || w == "WERE" || w == "ARE" || w == "BE" || w == "BEEN" || w == "BEING" ||
         w == "AM" || w == "'S" || w == "GET" || w == "GOT";
}

}  // namespace

std::string sentence_from_treebank(std::string_view p, int date, CSentence& out) {
  out = CSentence();
  out.date = date;
  std::vector<Node> nodes;
  std::vector<int> stack;
  std::vector<int> leaf_node;  // token -> preterminal node
  size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '(') {
      size_t j = i + 1;
      while (j < p.size() && !std::isspace(static_cast<unsigned char>(p[j])) && p[j] != '(' && p[j] != ')') ++j;
      Node n;
      n.label = std::string(p.substr(i + 1, j - i - 1));
      n.begin = n.end = static_cast<int>(out.toks.size());
      n.parent = stack.empty() ? -1 : stack.back();
      int id = static_cast<int>(nodes.size());
      if (n.parent >= 0) nodes[n.parent].kids.push_back(id);
      nodes.push_back(n);
      size_t k = j;
      while (k < p.size() && std::isspace(static_cast<unsigned char>(p[k]))) ++k;
      if (k < p.size() && p[k] != '(' && p[k] != ')') {
        // A leaf "(TAG word)".
        size_t e = k;
        while (e < p.size() && p[e] != ')' && p[e] != '(') ++e;
        std::string word(trim(p.substr(k, e - k)));
        if (e >= p.size() || p[e] != ')') return "Treebank parse: leaf '" + word + "' not closed";
        CToken t;
        t.text = word;
        t.word = upper(word);
        t.xpos = nodes[id].label;
        out.toks.push_back(std::move(t));
        leaf_node.push_back(id);
        nodes[id].end = static_cast<int>(out.toks.size());
        for (int a = nodes[id].parent; a >= 0; a = nodes[a].parent) nodes[a].end = nodes[id].end;
        i = e + 1;
        continue;
      }
      stack.push_back(id);
      i = j;
      continue;
    }
    if (c == ')') {
      if (stack.empty()) return "Treebank parse: unbalanced ')'";
      stack.pop_back();
    }
    ++i;
  }
  if (!stack.empty()) return "Treebank parse: unbalanced brackets";
  if (out.toks.empty()) return "Treebank parse: no words";
  auto is_vp = [&](int n) { return nodes[n].label == "VP"; };
  auto is_clause = [&](int n) {
    const std::string& l = nodes[n].label;
    return l == "S" || l == "SINV" || l == "SQ";
  };
  for (size_t t = 0; t < out.toks.size(); ++t) {
    CToken& tok = out.toks[t];
    if (tok.xpos.size() < 2 || tok.xpos[0] != 'V' || tok.xpos[1] != 'B') continue;
    int vp = nodes[leaf_node[t]].parent;
    if (vp < 0 || !is_vp(vp)) continue;
    tok.vp_begin = nodes[vp].begin;
    tok.vp_end = nodes[vp].end;
    // Passive: a participle whose VP sits under a VP headed by a form of BE.
    int up = nodes[vp].parent;
    if (tok.xpos == "VBN" && up >= 0 && is_vp(up)) {
      for (int k : nodes[up].kids)
        if (nodes[k].kids.empty() && nodes[k].begin < nodes[vp].begin && is_be(out.toks[nodes[k].begin].word))
          tok.passive = true;
    }
    // Subject: climb VPs and subject-less clauses to the first clause with an
    // NP before the climbed constituent.
    int cur = vp;
    for (int guard = 0; guard < 40 && cur >= 0; ++guard) {
      int par = nodes[cur].parent;
      if (par < 0) break;
      if (is_clause(par)) {
        int subj = -1;
        for (int k : nodes[par].kids) {
          if (k == cur) break;
          if (nodes[k].label == "NP") subj = k;
        }
        if (subj >= 0) {
          tok.subj_begin = nodes[subj].begin;
          tok.subj_end = nodes[subj].end;
          break;
        }
      }
      cur = par;
    }
  }
  return "";
}

}  // namespace dyad::compat
