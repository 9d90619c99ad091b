// Building models/lemmas.tsv from WordNet and a gold-lemmatised corpus.
#include <algorithm>
#include <fstream>
#include <cstdlib>
#include <map>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "dyad/lemmatizer.h"
#include "syntax/lemmatizer_rules.h"

namespace dyad {

using namespace lemmatizer_internal;

namespace {

const char kClassLetter[kNumClasses] = {'n', 'v', 'a', 'r'};
const char* kWordNetPos[kNumClasses] = {"noun", "verb", "adj", "adv"};

bool single_plain_word(const std::string& w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'')) return false;
  return true;
}

// WordNet *.exc: "form lemma [lemma...]"; the first lemma is kept.
void read_exc(const std::string& path, std::map<std::string, std::string>* out) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open WordNet exception file "
                                    "(install Debian's wordnet-base)");
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    size_t sp = line.find(' ');
    if (sp == std::string::npos || sp == 0)
      throw std::runtime_error(path + ":" + std::to_string(lineno) + ": expected 'form lemma'");
    std::string form = line.substr(0, sp);
    size_t sp2 = line.find(' ', sp + 1);
    std::string lemma = line.substr(sp + 1, sp2 == std::string::npos ? sp2 : sp2 - sp - 1);
    if (!single_plain_word(form) || !single_plain_word(lemma)) continue;  // multiword entries
    out->emplace(form, lemma);
  }
}

// WordNet index.*: one lemma per line in the first field; the licence header
// lines start with spaces.
void read_index(const std::string& path, std::vector<std::string>* out) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open WordNet index file "
                                    "(install Debian's wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::string lemma = line.substr(0, line.find(' '));
    if (single_plain_word(lemma)) out->push_back(lemma);
  }
}

// WordNet data.adj: the words of each synset; collects those spelled with a
// capital ("American"), stripping syntactic markers such as "(a)".
void read_capitalized(const std::string& path, std::vector<std::string>* out) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open WordNet data file "
                                    "(install Debian's wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    // offset lex_filenum ss_type w_cnt(hex) word lex_id word lex_id ...
    std::istringstream ss(line);
    std::string offset, filenum, type, cnt_hex;
    if (!(ss >> offset >> filenum >> type >> cnt_hex)) continue;
    int n = static_cast<int>(std::strtol(cnt_hex.c_str(), nullptr, 16));
    for (int i = 0; i < n; ++i) {
      std::string word, lex_id;
      if (!(ss >> word >> lex_id)) break;
      size_t paren = word.find('(');
      if (paren != std::string::npos) word.resize(paren);
      if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' &&
          word.find('_') == std::string::npos && single_plain_word(ascii_lower(word)))
        out->push_back(word);
    }
  }
}

}  // namespace

void build_lemma_table(const std::vector<Document>& gold, const LemmaTableOptions& opt,
                       std::ostream& out) {
  LemmaTables t;
  std::map<std::string, std::string> irregular[kNumClasses];
  std::vector<std::string> known[kNumClasses];
  for (int c = 0; c < kNumClasses; ++c) {
    read_exc(opt.wordnet_dir + "/" + kWordNetPos[c] + ".exc", &irregular[c]);
    std::vector<std::string> all;
    read_index(opt.wordnet_dir + "/index." + kWordNetPos[c], &all);
    for (const std::string& w : all) {
      // Keep only what the rules consult: all verbs, nouns ending in e
      // (deciding "horses" -> "horse" but "buses" -> "bus"), and short
      // adjectives/adverbs (the ones with -er/-est forms).
      bool keep = c == kVerb || (c == kNoun && w.back() == 'e') ||
                  ((c == kAdj || c == kAdv) && w.size() <= opt.max_base_length);
      if (keep) known[c].push_back(w);
    }
    std::sort(known[c].begin(), known[c].end());
    known[c].erase(std::unique(known[c].begin(), known[c].end()), known[c].end());
    for (const auto& [f, l] : irregular[c]) t.irregular[c].emplace(f, l);
    for (const auto& w : known[c]) t.known[c].insert(w);
  }

  std::vector<std::string> cap_adj;
  read_capitalized(opt.wordnet_dir + "/data.adj", &cap_adj);
  std::sort(cap_adj.begin(), cap_adj.end());
  cap_adj.erase(std::unique(cap_adj.begin(), cap_adj.end()), cap_adj.end());
  for (const auto& w : cap_adj) t.capitalized[kAdj].insert(ascii_lower(w));

  // Learn (tag, lowercased form) exceptions where the rules disagree with gold.
  struct Stats {
    std::map<std::string, int> gold;  // gold lemma -> count
    int rule_right = 0;
  };
  std::map<std::string, Stats> stats;  // key "tag\tlowerform"
  for (const Document& d : gold) {
    std::vector<bool> initial(d.tokens.size(), false);
    for (const Sentence& s : d.sentences)
      if (s.token_begin < initial.size()) initial[s.token_begin] = true;
    for (size_t i = 0; i < d.tokens.size() && i < d.syntax.size(); ++i) {
      const TokenSyntax& syn = d.syntax[i];
      if (syn.lemma.empty() || syn.xpos.empty() || syn.lemma == "_") continue;
      const std::string& form = d.tokens[i].norm;
      if (form.find('\t') != std::string::npos || syn.lemma.find('\t') != std::string::npos)
        continue;
      Stats& st = stats[syn.xpos + "\t" + ascii_lower(form)];
      ++st.gold[syn.lemma];
      if (t.rule_lemma(form, syn.xpos, initial[i]) == syn.lemma) ++st.rule_right;
    }
  }

  out << "# dyad lemma table, version 1. Generated by `dyad train lemmatizer`; do not edit\n"
         "# by hand (regenerate). Columns are tab-separated:\n"
         "#   irr  <n|v|a|r>  <form>  <lemma>   irregular inflection\n"
         "#   base <n|v|a|r>  <lemma>           known base form\n"
         "#   cap  <n|v|a|r>  <Word>            word WordNet spells with a capital\n"
         "#   exc  <PTB tag>  <form>  <lemma>   exception for that tag\n"
         "# irr, base and cap entries come from WordNet 3.0 (Copyright 2006 Princeton University;\n"
         "# see models/README.md for its licence). exc entries were learned from Universal\n"
         "# Dependencies English EWT (CC BY-SA 4.0) where the rules disagree with its lemmas.\n";
  for (int c = 0; c < kNumClasses; ++c)
    for (const auto& [f, l] : irregular[c])
      out << "irr\t" << kClassLetter[c] << '\t' << f << '\t' << l << '\n';
  for (int c = 0; c < kNumClasses; ++c)
    for (const auto& w : known[c]) out << "base\t" << kClassLetter[c] << '\t' << w << '\n';
  for (const auto& w : cap_adj) out << "cap\ta\t" << w << '\n';
  size_t learned = 0;
  for (const auto& [key, st] : stats) {
    auto best = std::max_element(st.gold.begin(), st.gold.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->second < opt.min_count || best->second <= st.rule_right) continue;
    const size_t tab = key.find('\t');
    out << "exc\t" << key.substr(0, tab) << '\t' << key.substr(tab + 1) << '\t' << best->first
        << '\n';
    ++learned;
  }
  if (!out) throw std::runtime_error("build_lemma_table: write failed");
}

}  // namespace dyad
