// Parser model files (format in parser_io.h).
#include "syntax/parser_io.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dyad::parser_internal {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'P', 'A', 'R', 'S'};
constexpr int kMaxBits = 26;

uint64_t fnv(const char* p, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001b3ULL;
  return h;
}

class Writer {
 public:
  void u8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void i16(int16_t v) { raw(&v, 2); }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      u8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<uint8_t>(v));
  }
  void raw(const void* p, size_t n) { buf_.append(static_cast<const char*>(p), n); }
  std::string& buf() { return buf_; }

 private:
  std::string buf_;
};

class Reader {
 public:
  Reader(const std::string& path, const char* p, size_t n) : path_(path), p_(p), end_(p + n) {}
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(path_ + ": " + what);
  }
  void need(size_t n) const {
    if (static_cast<size_t>(end_ - p_) < n) fail("truncated parser model");
  }
  uint8_t u8() { need(1); return static_cast<uint8_t>(*p_++); }
  uint32_t u32() { uint32_t v; copy(&v, 4); return v; }
  uint64_t u64() { uint64_t v; copy(&v, 8); return v; }
  int16_t i16() { int16_t v; copy(&v, 2); return v; }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = u8();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    fail("corrupt parser model (bad varint)");
  }
  void copy(void* out, size_t n) { need(n); std::memcpy(out, p_, n); p_ += n; }
  std::string str(size_t n) { need(n); std::string s(p_, n); p_ += n; return s; }
  bool done() const { return p_ == end_; }

 private:
  const std::string& path_;
  const char* p_;
  const char* end_;
};

}  // namespace

void save_weights(const Weights& w, const std::string& path) {
  Writer out;
  out.raw(kMagic, 8);
  out.u32(static_cast<uint32_t>(w.features));
  out.u32(static_cast<uint32_t>(w.trans_bits));
  out.u32(static_cast<uint32_t>(w.label_bits));
  const size_t classes = w.class_deprel.size();
  out.u32(static_cast<uint32_t>(classes));
  for (DepRel r : w.class_deprel) {
    std::string_view name = deprel_name(r);
    out.u8(static_cast<uint8_t>(name.size()));
    out.raw(name.data(), name.size());
  }
  // Rows are written dense (trans: 3 weights) or sparse (labels: most of a
  // row's ~50 classes are zero) as (u8 count, count x (u8 class, i16)).
  // get(r, c) is the int16 weight of row r, class c, whichever table holds it.
  auto table = [&](size_t rows, size_t width, bool sparse, auto&& get) {
    uint32_t count = 0;
    for (size_t r = 0; r < rows; ++r)
      for (size_t c = 0; c < width; ++c)
        if (get(r, c) != 0) { ++count; break; }
    out.u32(count);
    size_t prev = 0;
    for (size_t r = 0; r < rows; ++r) {
      bool nz = false;
      for (size_t c = 0; c < width && !nz; ++c) nz = get(r, c) != 0;
      if (!nz) continue;
      out.varint(r - prev);
      prev = r;
      if (!sparse) {
        for (size_t c = 0; c < width; ++c) out.i16(get(r, c));
        continue;
      }
      uint8_t count_nz = 0;
      for (size_t c = 0; c < width; ++c) count_nz += get(r, c) != 0;
      out.u8(count_nz);
      for (size_t c = 0; c < width; ++c)
        if (get(r, c) != 0) {
          out.u8(static_cast<uint8_t>(c));
          out.i16(get(r, c));
        }
    }
  };
  auto dense = [](const HugeTable& t, size_t stride) {
    return [&t, stride](size_t r, size_t c) { return t[r * stride + c]; };
  };
  // Version 9 keeps the int16 layout on disk: each weight is mantissa << exp,
  // which loading turns back into the same int8 rows.
  auto q8 = [](const HugeArray<int8_t>& t, size_t stride) {
    return [&t, stride](size_t r, size_t c) {
      const int8_t* row = &t[r * stride];
      return static_cast<int16_t>(row[c] * (1 << row[stride - 1]));
    };
  };
  if (is_q8(w.features)) {
    table(w.trans8.size() / kTransStride8, kTransClasses, false, q8(w.trans8, kTransStride8));
    table(w.label8.size() / kLabelStride8, classes, true, q8(w.label8, kLabelStride8));
  } else {
    table(w.trans.size() / kTransStride, kTransClasses, false, dense(w.trans, kTransStride));
    table(w.label.size() / static_cast<size_t>(w.label_stride), classes, true,
          dense(w.label, static_cast<size_t>(w.label_stride)));
  }
  if (uses_word_classes(w.features)) {
    const std::vector<WordClasses::Entry> entries = w.word_classes.entries();
    out.u32(static_cast<uint32_t>(entries.size()));
    for (const WordClasses::Entry& e : entries) {
      out.u64(e.key);
      out.u8(e.noun);
      out.u8(e.verb);
    }
  }
  out.u64(fnv(out.buf().data(), out.buf().size()));
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) throw std::runtime_error(path + ": cannot write parser model");
    f.write(out.buf().data(), static_cast<std::streamsize>(out.buf().size()));
    if (!f) throw std::runtime_error(path + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    throw std::runtime_error(path + ": cannot rename " + tmp + " into place");
}

Weights load_weights(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error(path + ": cannot open parser model");
  std::ostringstream buf;  // one bulk read (a char iterator took ~0.1 s on 9 MB)
  buf << f.rdbuf();
  if (f.bad()) throw std::runtime_error(path + ": error reading parser model");
  const std::string data = std::move(buf).str();
  Reader in(path, data.data(), data.size());
  if (data.size() < 8 + 8 || std::memcmp(data.data(), kMagic, 8) != 0)
    in.fail("not a dyad parser model (bad magic)");
  uint64_t stored;
  std::memcpy(&stored, data.data() + data.size() - 8, 8);
  Reader body(path, data.data(), data.size() - 8);
  std::string magic = body.str(8);
  const uint32_t version = body.u32();
  if (!model_version_known(version))
    body.fail("parser model version " + std::to_string(version) +
              ", this build reads versions 3, 8, 9, 10, 11 and 12");
  if (fnv(data.data(), data.size() - 8) != stored) body.fail("corrupt parser model (checksum mismatch)");
  Weights w;
  w.features = static_cast<int>(version);
  w.trans_bits = static_cast<int>(body.u32());
  w.label_bits = static_cast<int>(body.u32());
  if (w.trans_bits < 8 || w.trans_bits > kMaxBits || w.label_bits < 8 || w.label_bits > kMaxBits)
    body.fail("corrupt parser model (table size)");
  const uint32_t classes = body.u32();
  if (classes == 0 || classes > 64) body.fail("corrupt parser model (label count)");
  for (uint32_t c = 0; c < classes; ++c) {
    std::string name = body.str(body.u8());
    DepRel r = deprel_from_name(name);
    if (r == 0 && name != "dep") body.fail("unknown dependency label '" + name + "' in parser model");
    w.class_deprel.push_back(r);
  }
  w.root = deprel_from_name("root");
  w.label_stride = kLabelStride;
  // Reads one table's rows, handing each non-zero row (width int16 weights)
  // to put(r, row).
  auto table = [&](int bits, size_t width, bool sparse, auto&& put) {
    const size_t rows = size_t{1} << bits;
    const uint32_t count = body.u32();
    if (count > rows) body.fail("corrupt parser model (row count)");
    int16_t row[kLabelStride];
    size_t r = 0;
    for (uint32_t i = 0; i < count; ++i) {
      r += body.varint();
      if (r >= rows) body.fail("corrupt parser model (row index)");
      std::memset(row, 0, sizeof row);
      if (!sparse) {
        for (size_t c = 0; c < width; ++c) row[c] = body.i16();
      } else {
        const uint8_t nz = body.u8();
        if (nz > width) body.fail("corrupt parser model (row width)");
        for (uint8_t j = 0; j < nz; ++j) {
          const uint8_t c = body.u8();
          if (c >= width) body.fail("corrupt parser model (label class)");
          row[c] = body.i16();
        }
      }
      put(r, row);
    }
  };
  auto dense = [](HugeTable& t, size_t stride, size_t width) {
    return [&t, stride, width](size_t r, const int16_t* row) {
      std::memcpy(&t[r * stride], row, width * sizeof(int16_t));
    };
  };
  // Version 9: straight into the int8 tables (no int16 copy: half the memory
  // at load time, and the huge pages go to the tables that stay).
  auto q8 = [&body](HugeArray<int8_t>& t, size_t stride, int width) {
    // The row's exponent is the one round_row_q8 picks (the smallest that
    // brings its largest weight into 7 bits); a row it would change is off
    // its grid, i.e. corrupt. Checked directly, without rounding a copy:
    // this runs for every stored row at load.
    return [&t, &body, stride, width](size_t r, const int16_t* row) {
      int mx = 0;
      for (int c = 0; c < width; ++c) mx = std::max(mx, std::abs(static_cast<int>(row[c])));
      int e = 0;
      while ((mx >> e) > 127) ++e;
      const int low = (1 << e) - 1;
      int8_t* o = &t[r * stride];
      for (int c = 0; c < width; ++c) {
        const int v = row[c];
        if ((v & low) != 0 || std::abs(v) >> e > 127)
          body.fail("corrupt parser model (int8 weight off its row's grid)");
        o[c] = static_cast<int8_t>(v >> e);
      }
      o[stride - 1] = static_cast<int8_t>(e);
    };
  };
  if (is_q8(w.features)) {
    if (classes > static_cast<uint32_t>(kMaxClasses8))
      body.fail("corrupt parser model (int8 rows hold at most 63 labels)");
    w.trans8 = HugeArray<int8_t>((size_t{1} << w.trans_bits) * kTransStride8);
    w.label8 = HugeArray<int8_t>((size_t{1} << w.label_bits) * kLabelStride8);
    table(w.trans_bits, kTransClasses, false, q8(w.trans8, kTransStride8, kTransClasses));
    table(w.label_bits, classes, true, q8(w.label8, kLabelStride8, static_cast<int>(classes)));
  } else {
    const size_t ls = static_cast<size_t>(w.label_stride);
    w.trans = HugeTable((size_t{1} << w.trans_bits) * kTransStride);
    w.label = HugeTable((size_t{1} << w.label_bits) * ls);
    table(w.trans_bits, kTransClasses, false, dense(w.trans, kTransStride, kTransClasses));
    table(w.label_bits, classes, true, dense(w.label, ls, classes));
  }
  if (uses_word_classes(w.features)) {
    const uint32_t count = body.u32();
    if (count > (1u << 24)) body.fail("corrupt parser model (word-class count)");
    std::vector<WordClasses::Entry> entries(count);
    for (WordClasses::Entry& e : entries) {
      e.key = body.u64();
      e.noun = body.u8();
      e.verb = body.u8();
      if (e.key == 0 || e.noun > 64 || e.verb > 64) body.fail("corrupt parser model (word class)");
    }
    w.word_classes = WordClasses::from_entries(std::move(entries));
  }
  if (!body.done()) body.fail("corrupt parser model (trailing bytes)");
  return w;
}

}  // namespace dyad::parser_internal
