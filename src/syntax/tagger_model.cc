// Model file format and loading.
//
// Layout (little-endian):
//   "DYADTAG\0"  u32 version  u32 K
//   K x { u8 len, xpos bytes, u8 upos }
//   u32 n  x { u16 len, word bytes, u16 class }        tag dictionary
//   u32 n  x { u16 len, word bytes, u16 len, ambiguity class }   vocabulary
//   u32 n  x { u8 len, word bytes, u8 LexBits }                  lexicon
//   f32 scale  u32 rows  u32 entries
//   rows x { u64 feature hash, u16 count }
//   entries x { u8 class, i16 weight/scale }
//   u64 checksum of everything before it
// Weights are quantised to int16 against one global scale: the perceptron's
// averaged weights span a small range, and the loss was below 0.01% accuracy.
// Loading keeps the int16 values and drops the scale (see Score in
// tagger_model.h).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include <sys/mman.h>

#include "syntax/tagger_model.h"

namespace dyad {
namespace tagger_internal {

void advise_huge_pages(void* p, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  madvise(p, bytes, MADV_HUGEPAGE);  // a hint: failure only costs speed
#else
  (void)p;
  (void)bytes;
#endif
}

void U64Map::reserve(size_t n) {
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  slots_.assign(cap, Slot());
  mask_ = cap - 1;
}

void U64Map::insert(uint64_t key, uint32_t value) {
  size_t i = key & mask_;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  slots_[i].key = key;
  slots_[i].value = value;
}

namespace {

uint64_t checksum(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

template <typename T>
void put(std::string& out, T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));
  out.append(buf, sizeof(T));
}

void put_str16(std::string& out, std::string_view s) {
  put<uint16_t>(out, static_cast<uint16_t>(std::min<size_t>(s.size(), 65535)));
  out.append(s.substr(0, 65535));
}

// Bounds-checked reader; every failure names the file.
class Reader {
 public:
  Reader(std::string_view data, const std::string& name) : data_(data), name_(name) {}
  template <typename T>
  T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, data_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string_view bytes(size_t n) {
    need(n);
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  size_t pos() const { return pos_; }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(name_ + ": corrupt tagger model: " + what);
  }

 private:
  void need(size_t n) const {
    if (data_.size() - pos_ < n)
      throw std::runtime_error(name_ + ": tagger model is truncated (" +
                               std::to_string(data_.size()) + " bytes)");
  }
  std::string_view data_;
  std::string name_;
  size_t pos_ = 0;
};

}  // namespace

std::string serialize_model(const RawModel& raw) {
  std::string out;
  out.append(kModelMagic, 8);
  put<uint32_t>(out, kModelVersion);
  const uint32_t k = static_cast<uint32_t>(raw.xpos.size());
  put<uint32_t>(out, k);
  for (uint32_t c = 0; c < k; ++c) {
    put<uint8_t>(out, static_cast<uint8_t>(raw.xpos[c].size()));
    out.append(raw.xpos[c]);
    put<uint8_t>(out, static_cast<uint8_t>(raw.upos[c]));
  }
  put<uint32_t>(out, static_cast<uint32_t>(raw.tagdict.size()));
  for (const auto& [w, c] : raw.tagdict) {
    put_str16(out, w);
    put<uint16_t>(out, c);
  }
  put<uint32_t>(out, static_cast<uint32_t>(raw.vocab.size()));
  for (const auto& [w, amb] : raw.vocab) {
    put_str16(out, w);
    put_str16(out, amb);
  }
  put<uint32_t>(out, static_cast<uint32_t>(raw.lexicon.size()));
  for (const auto& [w, b] : raw.lexicon) {
    put<uint8_t>(out, static_cast<uint8_t>(std::min<size_t>(w.size(), 255)));
    out.append(std::string_view(w).substr(0, 255));
    put<uint8_t>(out, b);
  }

  float maxw = 0;
  size_t entries = 0;
  for (const auto& row : raw.rows) {
    entries += row.second.size();
    for (const auto& e : row.second) maxw = std::max(maxw, std::fabs(e.w));
  }
  const float scale = maxw > 0 ? maxw / 32767.0f : 1.0f;
  put<float>(out, scale);
  put<uint32_t>(out, static_cast<uint32_t>(raw.rows.size()));
  put<uint32_t>(out, static_cast<uint32_t>(entries));
  for (const auto& row : raw.rows) {
    put<uint64_t>(out, row.first);
    put<uint16_t>(out, static_cast<uint16_t>(row.second.size()));
  }
  for (const auto& row : raw.rows) {
    for (const auto& e : row.second) {
      put<uint8_t>(out, static_cast<uint8_t>(e.cls));
      put<int16_t>(out, static_cast<int16_t>(std::lround(e.w / scale)));
    }
  }
  put<uint64_t>(out, checksum(out));
  return out;
}

void parse_tagger_model(std::string_view bytes, const std::string& name, CompiledModel* m) {
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kModelMagic, 8) != 0)
    throw std::runtime_error(name + ": not a dyad tagger model (bad magic number)");
  Reader r(bytes, name);
  r.bytes(8);
  const uint32_t version = r.get<uint32_t>();
  if (version != kModelVersion)
    throw std::runtime_error(name + ": tagger model version " + std::to_string(version) +
                             ", this build reads version " + std::to_string(kModelVersion) +
                             " (retrain with `dyad train tagger`)");
  if (bytes.size() < 8 + 4 + 8)
    throw std::runtime_error(name + ": tagger model is truncated");
  {
    const std::string_view body = bytes.substr(0, bytes.size() - 8);
    uint64_t stored;
    std::memcpy(&stored, bytes.data() + bytes.size() - 8, 8);
    if (checksum(body) != stored) {
      // Distinguish truncation (the usual cause) from other damage where we can.
      throw std::runtime_error(name + ": tagger model is truncated or corrupt (checksum mismatch)");
    }
  }

  const uint32_t k = r.get<uint32_t>();
  if (k == 0 || k > 250) r.fail("class count " + std::to_string(k));
  m->num_classes = static_cast<int>(k);
  m->mask_lane = static_cast<int>(k);
  m->stride = static_cast<int>((k + (k + 15) / 16 + 31) / 32 * 32);
  for (uint32_t c = 0; c < k; ++c) {
    uint8_t len = r.get<uint8_t>();
    m->xpos.emplace_back(r.bytes(len));
    uint8_t u = r.get<uint8_t>();
    if (u >= static_cast<uint8_t>(UPos::kCount)) r.fail("bad UPOS id");
    m->upos.push_back(static_cast<UPos>(u));
    static constexpr std::string_view kClosed[] = {"CC",  "DT", "EX",  "IN",  "MD",  "PDT", "POS", "PRP",
                                                   "PRP$", "RP", "TO", "WDT", "WP", "WP$", "WRB"};
    bool closed = false;
    for (std::string_view t : kClosed) closed = closed || m->xpos.back() == t;
    m->closed_class.push_back(closed ? 1 : 0);
  }
  std::vector<std::pair<std::string, uint16_t>> tagdict(r.get<uint32_t>());
  for (auto& [w, c] : tagdict) {
    w = std::string(r.bytes(r.get<uint16_t>()));
    c = r.get<uint16_t>();
    if (c >= k) r.fail("tag dictionary class out of range");
  }
  const uint32_t nvocab = r.get<uint32_t>();
  m->vocab.reserve(nvocab);
  std::vector<std::string>& ambiguity = m->vocab_ambiguity;
  ambiguity.resize(nvocab);
  for (uint32_t i = 0; i < nvocab; ++i) {
    m->vocab.emplace_back(r.bytes(r.get<uint16_t>()));
    ambiguity[i] = std::string(r.bytes(r.get<uint16_t>()));
  }
  {
    std::vector<std::pair<std::string, uint8_t>> lex(r.get<uint32_t>());
    for (auto& [w, b] : lex) {
      w = std::string(r.bytes(r.get<uint8_t>()));
      b = r.get<uint8_t>();
    }
    m->lexicon.assign(lex);
  }

  const float scale = r.get<float>();
  if (!(scale > 0)) r.fail("weight scale is not positive");
  const uint32_t nrows = r.get<uint32_t>();
  const uint32_t nentries = r.get<uint32_t>();
  if (nrows > (1u << 28) || nentries > (1u << 30)) r.fail("implausible sizes");
  std::string_view row_bytes = r.bytes(size_t(nrows) * 10);
  std::string_view entry_bytes = r.bytes(size_t(nentries) * 3);
  // The file's entries, then each row placed in its slot: inline, dense or
  // as a range of `entries` (see CompiledModel::Slot).
  std::vector<CompiledModel::WeightRef> all(nentries);
  for (uint32_t e = 0; e < nentries; ++e) {
    uint8_t c = static_cast<uint8_t>(entry_bytes[e * 3]);
    int16_t q;
    std::memcpy(&q, entry_bytes.data() + e * 3 + 1, 2);
    if (c >= k) r.fail("weight class out of range");
    all[e].cls = c;
    all[e].w = q;
  }
  if (r.pos() != bytes.size() - 8) r.fail("trailing bytes");
  using Slot = CompiledModel::Slot;
  {
    size_t cap = 16;
    while (cap < size_t(nrows) * 2) cap <<= 1;
    m->slots.assign(cap, Slot());
    m->slot_mask = cap - 1;
  }
  const int S = m->stride;
  uint32_t pos = 0;
  size_t ndense = 0, nexternal = 0;
  // A row is dense if long and without a class twice (a dense row holds
  // one int16 per class).
  auto dense_ok = [&](uint32_t begin, uint32_t n) {
    if (n < CompiledModel::kDenseMinEntries) return false;
    bool seen[256] = {};
    for (uint32_t e = begin; e < begin + n; ++e) {
      if (seen[all[e].cls]) return false;
      seen[all[e].cls] = true;
    }
    return true;
  };
  for (int pass = 0; pass < 2; ++pass) {  // count, then fill
    pos = 0;
    uint32_t next_dense = 0, next_external = 0;
    if (pass == 1) {
      m->dense_rows.assign(ndense * S, 0);
      m->entries.resize(nexternal);
    }
    for (uint32_t i = 0; i < nrows; ++i) {
      uint64_t h;
      uint16_t cnt;
      std::memcpy(&h, row_bytes.data() + i * 10, 8);
      std::memcpy(&cnt, row_bytes.data() + i * 10 + 8, 2);
      if (pos + size_t(cnt) > nentries) r.fail("row counts exceed entry count");
      const uint32_t begin = pos;
      pos += cnt;
      const bool dense = dense_ok(begin, cnt);
      if (pass == 0) {
        if (cnt == Slot::kDense) r.fail("implausible row length");
        if (dense) ++ndense;
        else if (cnt > Slot::kInline) nexternal += cnt;
        continue;
      }
      if (h == 0) r.fail("zero feature hash");
      size_t slot = h & m->slot_mask;
      while (m->slots[slot].key != 0 && m->slots[slot].key != h) slot = (slot + 1) & m->slot_mask;
      Slot& s = m->slots[slot];
      if (s.key == h) r.fail("duplicate feature hash");
      s.key = h;
      if (dense) {
        Weight* d = &m->dense_rows[size_t(next_dense) * S];
        for (uint32_t e = begin; e < pos; ++e) d[all[e].cls] = all[e].w;
        s.begin = next_dense++;
        s.n = Slot::kDense;
      } else if (cnt <= Slot::kInline) {
        s.n = cnt;
        for (int e = 0; e < cnt; ++e) {
          s.cls[e] = static_cast<uint8_t>(all[begin + e].cls);
          s.w[e] = all[begin + e].w;
        }
      } else {
        s.begin = next_external;
        s.n = cnt;
        for (uint32_t e = begin; e < pos; ++e) m->entries[next_external++] = all[e];
      }
    }
  }
  if (pos != nentries) r.fail("row counts do not match entry count");

  // Dense tag-history tables. A row is one feature's row, int16 unless a
  // damaged file repeats a class in it.
  const int H = static_cast<int>(k) + 2;
  std::vector<Score> sum(S);
  auto dense_row = [&](uint64_t feature, Weight* out) {
    std::fill(sum.begin(), sum.end(), 0);
    m->add_row(feature, sum.data());
    for (int c = 0; c < S; ++c) {
      if (sum[c] < -32768 || sum[c] > 32767) r.fail("a class repeated in a tag-history row");
      out[c] = static_cast<Weight>(sum[c]);
    }
  };
  m->tag1.assign(size_t(H) * S, 0);
  m->tag2.assign(size_t(H) * S, 0);
  m->tag12.assign(size_t(H) * H * S, 0);
  for (int a = 0; a < H; ++a) {
    dense_row(tag1_feature(a), &m->tag1[size_t(a) * S]);
    dense_row(tag2_feature(a), &m->tag2[size_t(a) * S]);
    for (int b = 0; b < H; ++b) dense_row(tag12_feature(a, b), &m->tag12[(size_t(a) * H + b) * S]);
  }

  m->sentence_case.assign(size_t(kSentenceCaseRows) * S, 0);
  for (int bin = 0; bin < 5; ++bin)
    for (int ci = 0; ci < 8; ++ci)
      for (int first = 0; first < 2; ++first)
        dense_row(sentence_case_feature(bin, static_cast<uint8_t>(ci), first),
                  &m->sentence_case[size_t(sentence_case_index(bin, static_cast<uint8_t>(ci), first)) * S]);

  // Precomputed vocabulary vectors.
  const size_t per_word = size_t(kVectorsPerWord) * S;
  m->vocab_vectors.assign(per_word * nvocab, 0);
  m->vocab_lower.resize(nvocab);
  m->vocab_tag.assign(nvocab, -1);
  m->vocab_case.resize(nvocab);
  m->vocab_index.reserve(nvocab + tagdict.size());
  WordFeatures f;
  std::vector<Score> sums(per_word);
  for (uint32_t i = 0; i < nvocab; ++i) m->vocab_index.insert(hash_bytes(m->vocab[i], kWord), i);
  for (uint32_t i = 0; i < nvocab; ++i) {
    m->features_of(m->vocab[i], ambiguity[i], &f);
    m->vocab_lower[i] = f.lower;
    m->vocab_case[i] = f.case_info;
    m->word_sums(f, sums.data());
    m->pack_word_vectors(sums.data(), &m->vocab_vectors[per_word * i]);
  }
  for (const auto& [w, c] : tagdict) {
    uint32_t id = m->vocab_index.find(hash_bytes(w, kWord));
    if (id == U64Map::kMissing || m->vocab[id] != w) r.fail("tag dictionary word missing from vocabulary");
    m->vocab_tag[id] = static_cast<int16_t>(c);
  }
  m->build_vocab_slots();
  m->bos_vectors.assign(per_word, 0);
  m->eos_vectors.assign(per_word, 0);
  boundary_word_features(true, &f);
  m->bos_lower = f.lower;
  m->word_sums(f, sums.data());
  m->pack_word_vectors(sums.data(), m->bos_vectors.data());
  boundary_word_features(false, &f);
  m->eos_lower = f.lower;
  m->word_sums(f, sums.data());
  m->pack_word_vectors(sums.data(), m->eos_vectors.data());
  m->serialized = std::string(bytes);
}

void CompiledModel::build_vocab_slots() {
  const size_t n = vocab.size();
  size_t cap = 16;
  while (cap < n + n / 2) cap <<= 1;
  vocab_slots.assign(cap, VocabSlot());
  vocab_slot_mask = cap - 1;
  for (uint32_t i = 0; i < n; ++i) {
    const uint64_t key = hash_bytes(vocab[i], kWord);
    // The word vocab_index answers for this hash (the last inserted, should
    // two words ever share one), so both tables agree.
    const uint32_t id = vocab_index.find(key);
    size_t j = key & vocab_slot_mask;
    while (vocab_slots[j].key != 0 && vocab_slots[j].key != key) j = (j + 1) & vocab_slot_mask;
    VocabSlot& s = vocab_slots[j];
    s.key = key;
    s.id = id;
    s.lower = vocab_lower[id];
    s.tag = vocab_tag[id];
    s.case_info = vocab_case[id];
    const std::string& w = vocab[id];
    if (w.size() <= VocabSlot::kInline) {
      s.len = static_cast<uint8_t>(w.size());
      std::memcpy(s.text, w.data(), w.size());
    } else {
      s.len = VocabSlot::kLong;
    }
  }
}

std::string ascii_lower(std::string_view w) {
  std::string lower(w);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower;
}

void CompiledModel::features_of(std::string_view word, std::string_view ambiguity,
                                WordFeatures* f) const {
  const std::string lower = ascii_lower(word);
  const std::string lex = lexicon.word_class(lower);
  WordInfo info;
  info.ambiguity = ambiguity;
  if (lower != word) info.lower_ambiguity = ambiguity_of(lower);
  info.lexicon = lex;
  compute_word_features(word, info, f);
}

DYAD_TAGGER_CLONES
void CompiledModel::word_sums(const WordFeatures& f, Score* out) const {
  const int S = stride;
  std::fill(out, out + kVectorsPerWord * S, 0);
  // Up to 32 features, each a random slot and then a random entry range in
  // tables far larger than the cache. Prefetching every slot, then every
  // entry range, before adding lets those misses overlap instead of
  // following one another.
  constexpr int kMax = kMaxCenterFeatures + kNumNeighbours * kMaxNeighbourFeatures;
  uint64_t keys[kMax];
  Score* dst[kMax];
  int n = 0;
  for (uint64_t h : f.center)
    if (h) keys[n] = h, dst[n++] = out;
  for (int slot = 0; slot < kNumNeighbours; ++slot)
    for (uint64_t h : f.neighbour[slot])
      if (h) keys[n] = h, dst[n++] = out + (1 + slot) * S;
  for (int i = 0; i < n; ++i) __builtin_prefetch(&slots[keys[i] & slot_mask]);
  const Slot* found[kMax];
  for (int i = 0; i < n; ++i) {
    found[i] = find_slot(keys[i]);
    if (found[i]) prefetch_weights(*found[i]);
  }
  for (int i = 0; i < n; ++i)
    if (found[i]) add_slot(*found[i], dst[i]);
}

DYAD_TAGGER_CLONES
void CompiledModel::pack_word_vectors(const Score* sums, Weight* out) const {
  // Eight lanes at a time: this runs for every unknown word of every
  // document, five rows each.
  typedef int32_t v8i __attribute__((vector_size(32)));
  typedef int16_t v8s __attribute__((vector_size(16)));
  const int S = stride, K = num_classes;
  const int chunks = (K + 7) / 8;  // the ones holding classes
  alignas(32) Score in[kMaxStride];
  for (int v = 0; v < kVectorsPerWord; ++v) {
    std::memcpy(in, sums + v * S, sizeof(Score) * K);
    Weight* row = out + v * S;
    std::memset(row, 0, sizeof(Weight) * S);
    for (int c = K; c < chunks * 8; ++c) in[c] = in[0];  // neutral in max and min
    v8i top, bottom, x;
    std::memcpy(&top, in, sizeof top);
    bottom = top;
    for (int j = 1; j < chunks; ++j) {
      std::memcpy(&x, in + j * 8, sizeof x);
      top = x > top ? x : top;
      bottom = x < bottom ? x : bottom;
    }
    Score hi = top[0], lo = bottom[0];
    for (int l = 1; l < 8; ++l) {
      hi = top[l] > hi ? top[l] : hi;
      lo = bottom[l] < lo ? bottom[l] : lo;
    }
    // Subtracting hi - 32767 puts the row's best at 32767; what falls
    // below -32768 is clamped and its bit set in the mask, class c at bit
    // c % 8 of the mask's byte c / 8 (lane mask_lane + c / 16, little-endian).
    const v8i floor = v8i{} - 32768;
    const v8i shift = v8i{} + (hi - 32767);
    const v8i bit = {1, 2, 4, 8, 16, 32, 64, 128};
    const bool clamps = lo - (hi - 32767) < -32768;
    uint8_t* mask = reinterpret_cast<uint8_t*>(row + mask_lane);
    for (int j = 0; j < chunks; ++j) {
      std::memcpy(&x, in + j * 8, sizeof x);
      const v8i d = x - shift;
      const v8i low = d < floor;  // -1 where clamped
      const v8s packed = __builtin_convertvector(low ? floor : d, v8s);
      const int n = std::min(8, K - j * 8);
      // A whole chunk as a fixed-size copy (inlined); a variable-size one
      // was a memcpy call per chunk, 1.8M calls on VOA x3.
      if (n == 8) std::memcpy(row + j * 8, &packed, sizeof packed);
      else std::memcpy(row + j * 8, &packed, sizeof(Weight) * n);
      if (clamps) {
        const v8i b = low & bit;
        int byte = 0;
        for (int l = 0; l < n; ++l) byte |= b[l];
        mask[j] = static_cast<uint8_t>(byte);
      }
    }
  }
}

}  // namespace tagger_internal
}  // namespace dyad
