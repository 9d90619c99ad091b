#include "syntax/word_classes.h"

#include <algorithm>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dyad {
namespace {

// Lexicographer file numbers (lexnames): 3..28 are noun files, 29..43 verb files.
constexpr int kFirstNounFile = 3, kLastNounFile = 28, kFirstVerbFile = 29, kLastVerbFile = 43;

// The lexicographer file number of the synset at byte offset `off` of a
// data.* file: its line is "offset lex_filenum ss_type ...".
int lexfile_at(std::ifstream& data, const std::string& path, long off) {
  data.clear();
  data.seekg(off);
  long got = -1;
  int lex = -1;
  if (!(data >> got >> lex) || got != off)
    throw std::runtime_error(path + ": no synset at byte offset " + std::to_string(off) +
                             " (index and data files disagree)");
  return lex;
}

// For each lemma of index.<pos>, the lexicographer file of its first sense.
template <class Put>
void read_pos(const std::string& dir, const std::string& pos, int lo, int hi, Put&& put) {
  const std::string index_path = dir + "/index." + pos, data_path = dir + "/data." + pos;
  std::ifstream index(index_path), data(data_path, std::ios::binary);
  if (!index) throw std::runtime_error(index_path + ": cannot open WordNet index file (install Debian's wordnet-base)");
  if (!data) throw std::runtime_error(data_path + ": cannot open WordNet data file (install Debian's wordnet-base)");
  std::string line;
  long lineno = 0;
  while (std::getline(index, line)) {
    ++lineno;
    if (line.empty() || line[0] == ' ') continue;  // licence header
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    std::istringstream f(line);
    std::string lemma, p;
    int synsets = 0, pointers = 0;
    if (!(f >> lemma >> p >> synsets >> pointers) || synsets <= 0 || pointers < 0)
      throw std::runtime_error(index_path + ":" + std::to_string(lineno) + ": malformed index line");
    std::string skip;
    for (int i = 0; i < pointers + 2; ++i) f >> skip;
    long off = -1;
    if (!(f >> off) || off < 0)
      throw std::runtime_error(index_path + ":" + std::to_string(lineno) + ": no synset offset");
    if (lemma.find('_') != std::string::npos) continue;  // multi-word: never one token
    const int lex = lexfile_at(data, data_path, off);
    if (lex < lo || lex > hi)
      throw std::runtime_error(data_path + ": synset " + std::to_string(off) +
                               " has lexicographer file " + std::to_string(lex) + ", not a " + pos + " file");
    put(lemma, static_cast<uint8_t>(lex + 1));
  }
}

}  // namespace

uint64_t WordClasses::key_of(std::string_view lemma) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : lemma) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 32;
  return h ? h : 1;
}

WordClasses::Entry& WordClasses::slot(uint64_t key) {
  if (slots_.empty() || 2 * (size_ + 1) > slots_.size()) {
    std::vector<Entry> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Entry{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Entry& e : old)
      if (e.key) { slot(e.key) = e; }
  }
  size_t i = key & mask_;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  if (slots_[i].key == 0) {
    slots_[i].key = key;
    ++size_;
  }
  return slots_[i];
}

WordClasses WordClasses::from_wordnet(const std::string& dir) {
  WordClasses w;
  read_pos(dir, "noun", kFirstNounFile, kLastNounFile,
           [&](const std::string& lemma, uint8_t c) { w.slot(key_of(lemma)).noun = c; });
  read_pos(dir, "verb", kFirstVerbFile, kLastVerbFile,
           [&](const std::string& lemma, uint8_t c) { w.slot(key_of(lemma)).verb = c; });
  return w;
}

WordClasses WordClasses::from_entries(std::vector<Entry> entries) {
  WordClasses w;
  for (const Entry& e : entries) {
    if (e.key == 0) continue;
    Entry& s = w.slot(e.key);
    s.noun = e.noun;
    s.verb = e.verb;
  }
  return w;
}

std::vector<WordClasses::Entry> WordClasses::entries() const {
  std::vector<Entry> out;
  out.reserve(size_);
  for (const Entry& e : slots_)
    if (e.key) out.push_back(e);
  // Sorted, so a table rebuilt from these entries (whose slot order depends
  // on how it was filled) saves to the same bytes: a model saved after
  // loading is the file it was loaded from.
  std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  return out;
}

}  // namespace dyad
