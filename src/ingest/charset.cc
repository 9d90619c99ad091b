// Character sets of HTML pages: sniffing the declaration and converting to
// UTF-8 with an offset map back to the input bytes.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "dyad/html.h"

namespace dyad {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

size_t find_ci(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The value after "charset=" (or "encoding=") at pos: optional quotes, then
// up to a quote, space, semicolon or '>'.
std::string value_at(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  std::string v;
  while (pos < s.size() && v.size() < 40) {
    char c = s[pos++];
    if (c == '"' || c == '\'' || c == ' ' || c == ';' || c == '>' || c == '/' || c == '\n' || c == '\r') break;
    v += lower(c);
  }
  return v;
}

// WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252, whose
// 0x80-0x9F range holds the curly quotes and dashes such pages really use.
std::string canonical(std::string cs) {
  if (cs == "utf8" || cs == "utf-8" || cs == "unicode-1-1-utf-8") return "utf-8";
  if (cs == "iso-8859-1" || cs == "iso8859-1" || cs == "latin1" || cs == "latin-1" || cs == "us-ascii" ||
      cs == "ascii" || cs == "l1" || cs == "cp1252")
    return "windows-1252";
  return cs;
}

// ICU reports each undecodable sequence here; we count and substitute U+FFFD.
struct CountingCallback {
  size_t count = 0;
};

void count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char* units,
                          int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
    const_cast<CountingCallback*>(static_cast<const CountingCallback*>(context))->count++;
    static const UChar kReplacement[] = {0xFFFD};
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, kReplacement, 1, 0, err);
    return;
  }
  (void)units;
  (void)length;
}

// UTF-8 input: copies valid runs, replaces each invalid byte with U+FFFD.
size_t repair_with_anchors(std::string_view in, std::string* out, std::vector<OffsetAnchor>* anchors) {
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t n = static_cast<int32_t>(in.size());
  out->clear();
  out->reserve(in.size());
  anchors->clear();
  anchors->push_back({0, 0});
  size_t bad = 0;
  int32_t i = 0, run = 0;
  while (i < n) {
    if (s[i] < 0x80) { ++i; continue; }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) continue;
    // Invalid sequence [at, i): flush the valid run, then one U+FFFD per byte.
    out->append(in.data() + run, at - run);
    for (int32_t k = at; k < i; ++k) {
      anchors->push_back({static_cast<uint32_t>(out->size()), static_cast<uint32_t>(k)});
      out->append("\xEF\xBF\xBD");
      ++bad;
    }
    anchors->push_back({static_cast<uint32_t>(out->size()), static_cast<uint32_t>(i)});
    run = i;
  }
  out->append(in.data() + run, n - run);
  return bad;
}

}  // namespace

std::string sniff_charset(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  std::string_view head = bytes.substr(0, std::min<size_t>(bytes.size(), 4096));
  if (head.substr(0, 5) == "<?xml") {
    size_t end = head.find("?>");
    size_t e = find_ci(head.substr(0, end), "encoding=", 0);
    if (e != std::string_view::npos) return canonical(value_at(head, e + 9));
  }
  for (size_t m = find_ci(head, "<meta", 0); m != std::string_view::npos; m = find_ci(head, "<meta", m + 5)) {
    size_t close = head.find('>', m);
    std::string_view tag = head.substr(m, close == std::string_view::npos ? std::string_view::npos : close - m + 1);
    size_t c = find_ci(tag, "charset", 0);
    if (c == std::string_view::npos) continue;
    size_t eq = c + 7;
    while (eq < tag.size() && tag[eq] == ' ') ++eq;
    if (eq >= tag.size() || tag[eq] != '=') continue;
    std::string v = value_at(tag, eq + 1);
    if (!v.empty()) return canonical(v);
  }
  return "";
}

size_t to_utf8(std::string_view bytes, const std::string& charset_in, std::string* utf8,
               std::vector<OffsetAnchor>* anchors) {
  std::string charset = canonical(charset_in);
  if (charset.empty() || charset == "utf-8") return repair_with_anchors(bytes, utf8, anchors);
  // Pages often declare Latin-1 yet are UTF-8: bytes that decode as valid
  // UTF-8 with multi-byte sequences are almost never meant as Latin-1.
  if (charset == "windows-1252" || charset.rfind("iso-8859-", 0) == 0) {
    std::string probe;
    std::vector<OffsetAnchor> probe_anchors;
    bool multibyte = std::any_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
    if (multibyte && repair_with_anchors(bytes, &probe, &probe_anchors) == 0) {
      utf8->swap(probe);
      anchors->swap(probe_anchors);
      return 0;
    }
  }
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset.c_str(), &err), ucnv_close);
  if (U_FAILURE(err) || !conv) throw std::runtime_error("unknown character set '" + charset + "'");
  CountingCallback counter;
  ucnv_setToUCallBack(conv.get(), count_and_substitute, &counter, nullptr, nullptr, &err);
  std::vector<UChar> u16(bytes.size() * 2 + 16);
  std::vector<int32_t> offsets(u16.size());
  const char* src = bytes.data();
  UChar* target = u16.data();
  ucnv_toUnicode(conv.get(), &target, u16.data() + u16.size(), &src, bytes.data() + bytes.size(), offsets.data(),
                 true, &err);
  if (U_FAILURE(err)) throw std::runtime_error("cannot convert from '" + charset + "': " + u_errorName(err));
  const int32_t n = static_cast<int32_t>(target - u16.data());
  utf8->clear();
  utf8->reserve(n * 2);
  anchors->clear();
  int64_t delta = INT64_MIN;  // out - in of the current anchor run
  for (int32_t i = 0; i < n;) {
    int32_t at = i;
    UChar32 c;
    U16_NEXT(u16.data(), i, n, c);
    if (c == 0xFEFF && utf8->empty()) continue;  // BOM
    uint32_t in_off = offsets[at] >= 0 ? static_cast<uint32_t>(offsets[at]) : (anchors->empty() ? 0 : anchors->back().in);
    uint32_t out_off = static_cast<uint32_t>(utf8->size());
    if (static_cast<int64_t>(out_off) - in_off != delta) {
      anchors->push_back({out_off, in_off});
      delta = static_cast<int64_t>(out_off) - in_off;
    }
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
    (void)error;
    utf8->append(buf, len);
  }
  if (anchors->empty()) anchors->push_back({0, 0});
  return counter.count;
}

uint32_t map_offset(const std::vector<OffsetAnchor>& anchors, uint32_t x) {
  if (anchors.empty()) return x;
  auto it = std::upper_bound(anchors.begin(), anchors.end(), x,
                             [](uint32_t v, const OffsetAnchor& a) { return v < a.out; });
  if (it == anchors.begin()) return x;
  const OffsetAnchor& a = *(it - 1);
  uint32_t mapped = a.in + (x - a.out);
  // An output run longer than its input (one bad byte -> U+FFFD) must not
  // map past where the next run starts.
  if (it != anchors.end() && mapped > it->in) mapped = it->in;
  return mapped;
}

}  // namespace dyad
