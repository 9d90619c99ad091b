// Lemmatizer: loading the table and applying it to documents.
//
// Table format (models/lemmas.tsv; '#' starts a comment line), tab-separated:
//   irr  <n|v|a|r>  <form>  <lemma>    irregular form of a noun/verb/adj/adverb
//   base <n|v|a|r>  <lemma>            a known base form (chooses among rule candidates)
//   cap  <n|v|a|r>  <Word>             a word WordNet spells with a capital
//   exc  <PTB tag>  <form>  <lemma>    exception for that tag (form lowercased)
#include "dyad/lemmatizer.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/lemmatizer_rules.h"

namespace dyad {

using namespace lemmatizer_internal;

Lemmatizer::Lemmatizer() = default;
Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;

namespace {

int class_of(std::string_view s) {
  if (s == "n") return kNoun;
  if (s == "v") return kVerb;
  if (s == "a") return kAdj;
  if (s == "r") return kAdv;
  return -1;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

Lemmatizer Lemmatizer::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open lemma table");
  Lemmatizer lem;
  lem.tables_ = std::make_unique<Tables>();
  Tables& t = *lem.tables_;
  std::string line;
  size_t lineno = 0;
  auto fail = [&](const std::string& what) {
    throw std::runtime_error(path + ":" + std::to_string(lineno) + ": " + what);
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto f = split_tabs(line);
    for (auto& x : f)
      if (x.empty()) fail("empty field");
    if (f[0] == "cap") {
      if (f.size() != 3) fail("expected cap<TAB>class<TAB>Word");
      int c = class_of(f[1]);
      if (c < 0) fail("word class must be n, v, a or r, not '" + std::string(f[1]) + "'");
      t.capitalized[c].insert(ascii_lower(f[2]));
    } else if (f[0] == "irr" || f[0] == "base") {
      const bool irr = f[0] == "irr";
      if (f.size() != (irr ? 4u : 3u))
        fail(std::string("expected ") + (irr ? "irr<TAB>class<TAB>form<TAB>lemma"
                                             : "base<TAB>class<TAB>lemma"));
      int c = class_of(f[1]);
      if (c < 0) fail("word class must be n, v, a or r, not '" + std::string(f[1]) + "'");
      if (irr) t.irregular[c].emplace(std::string(f[2]), std::string(f[3]));
      else t.known[c].emplace(f[2]);
    } else if (f[0] == "exc") {
      if (f.size() != 4) fail("expected exc<TAB>tag<TAB>form<TAB>lemma");
      std::string key(f[1]);
      key.push_back('\t');
      key += ascii_lower(f[2]);
      t.by_tag.emplace(std::move(key), std::string(f[3]));
    } else {
      fail("unknown entry kind '" + std::string(f[0]) + "' (expected irr, base, cap or exc)");
    }
  }
  if (in.bad()) throw std::runtime_error(path + ": error reading lemma table");
  t.index_exceptions();
  return lem;
}

std::string Lemmatizer::lemma(std::string_view word, std::string_view xpos,
                              bool sentence_initial) const {
  static const Tables kEmpty;
  return (tables_ ? *tables_ : kEmpty).lemma(word, xpos, sentence_initial);
}

namespace {

// Lemmas already computed by this thread: lemma() is a pure function of
// (word, tag, sentence-initial) for given tables, and news text repeats its
// words, so most tokens are answered by one hash and one compare here
// instead of a walk through the exception index and the WordNet hash sets
// (whose nodes are cold in the cache after the parser has run). Direct
// mapped: a colliding word replaces the entry; bounded memory.
class LemmaMemo {
 public:
  // 16,384 entries (~1.4 MB a thread): at 4,096 a quarter of VOA's tokens
  // missed, most of them evicted by a colliding word; at 16,384 the misses
  // on VOA dev fall by a quarter (callgrind: 12,677 -> 9,493 computed lemmas).
  static constexpr size_t kSize = 16384;
  static constexpr size_t kMaxWord = 64;  // longer words are not kept
  // Empties the memo unless it holds lemmas of tables `owner`.
  void use(uint64_t owner) {
    if (owner == owner_) return;
    for (Entry& e : entries_) e.hash = 0;
    owner_ = owner;
  }
  // Requests the cache lines of hash h's entry (the table is cold once the
  // parser has run over the document).
  void prefetch(uint64_t h) const {
    const char* p = reinterpret_cast<const char*>(&entries_[h & (kSize - 1)]);
    __builtin_prefetch(p);
    __builtin_prefetch(p + sizeof(Entry) - 1);
  }
  // The cached lemma of (word, tag, initial), or null.
  const std::string* find(uint64_t h, std::string_view word, std::string_view tag, bool initial) const {
    const Entry& e = entries_[h & (kSize - 1)];
    if (e.hash != h || e.initial != initial || e.tag_size != tag.size() ||
        e.key.size() != tag.size() + word.size() || e.key.compare(0, tag.size(), tag) != 0 ||
        e.key.compare(tag.size(), word.size(), word) != 0)
      return nullptr;
    return &e.lemma;
  }
  void put(uint64_t h, std::string_view word, std::string_view tag, bool initial, const std::string& lemma) {
    Entry& e = entries_[h & (kSize - 1)];
    e.hash = h;
    e.initial = initial;
    e.tag_size = tag.size();
    e.key.assign(tag);
    e.key.append(word);
    e.lemma = lemma;
  }
  static uint64_t hash(std::string_view word, std::string_view tag, bool initial) {
    uint64_t h = 0xcbf29ce484222325ULL ^ (initial ? 0x9e3779b97f4a7c15ULL : 0);
    for (unsigned char c : tag) h = (h ^ c) * 0x100000001b3ULL;
    h = (h ^ 0xff) * 0x100000001b3ULL;  // separates tag from word
    for (unsigned char c : word) h = (h ^ c) * 0x100000001b3ULL;
    h ^= h >> 29;
    return h ? h : 1;  // 0 marks an empty entry
  }

 private:
  struct Entry {
    uint64_t hash = 0;
    bool initial = false;
    size_t tag_size = 0;
    std::string key;  // tag then word
    std::string lemma;
  };
  uint64_t owner_ = 0;
  std::vector<Entry> entries_ = std::vector<Entry>(kSize);
};

}  // namespace

void Lemmatizer::lemmatize(Document& doc) const {
  if (doc.syntax.size() != doc.tokens.size()) doc.syntax.resize(doc.tokens.size());
  static const Tables kEmpty;
  const Tables& tables = tables_ ? *tables_ : kEmpty;
  thread_local LemmaMemo memo;
  memo.use(tables.id);
  std::vector<bool> initial(doc.tokens.size(), false);
  for (const Sentence& s : doc.sentences)
    if (s.token_begin < initial.size()) initial[s.token_begin] = true;
  if (doc.sentences.empty() && !initial.empty()) initial[0] = true;
  std::vector<bool> initial_or_quoted(doc.tokens.size(), false);
  // First every token's memo hash, with its entry requested a few tokens
  // ahead of its use, so that the entries' cache misses overlap.
  const size_t n = doc.tokens.size();
  thread_local std::vector<uint64_t> hashes;
  hashes.resize(n);
  for (size_t i = 0; i < n; ++i) {
    // A word right after an opening quote or bracket also starts a sentence
    // as far as its capital letter is concerned.
    bool init = initial[i];
    if (!init && i > 0 && initial[i - 1]) {
      const std::string& prev = doc.tokens[i - 1].norm;
      init = prev == "\"" || prev == "'" || prev == "(" || prev == "``" || prev == "-" ||
             prev == "--";
    }
    initial_or_quoted[i] = init;
    hashes[i] = LemmaMemo::hash(doc.tokens[i].norm, doc.syntax[i].xpos, init);
  }
  constexpr size_t kAhead = 8;
  for (size_t i = 0; i < std::min(n, kAhead); ++i) memo.prefetch(hashes[i]);
  for (size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) memo.prefetch(hashes[i + kAhead]);
    const bool init = initial_or_quoted[i];
    const std::string& word = doc.tokens[i].norm;
    const std::string& tag = doc.syntax[i].xpos;
    const uint64_t h = hashes[i];
    if (const std::string* known = memo.find(h, word, tag, init)) {
      doc.syntax[i].lemma = *known;
    } else {
      doc.syntax[i].lemma = tables.lemma(word, tag, init);
      if (word.size() <= LemmaMemo::kMaxWord) memo.put(h, word, tag, init, doc.syntax[i].lemma);
    }
  }
}

}  // namespace dyad
