#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>
#include "dyad/ingest.h"  // repair_utf8

namespace dyad::text {
namespace {

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? p : nullptr;
  }();
  return n;
}

// Maps the quote and dash characters after NFKC.
std::string map_punct(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      case 0x2039: case 0x203A:
        out += '\'';
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      case 0x00AB: case 0x00BB:
        out += '"';
        break;
      case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B:
        out += "--";
        break;
      case 0x2010: case 0x2011:
        out += '-';
        break;
      case 0x2026:
        out += "...";
        break;
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        break;  // soft hyphen and zero-width characters carry no letters
      default:
        if (c < 0) out += "\xEF\xBF\xBD";
        else out.append(s.data() + start, i - start);
    }
  }
  return out;
}

}  // namespace

std::string normalize_token(std::string_view surface) {
  bool ascii = true;
  for (char ch : surface)
    if (static_cast<unsigned char>(ch) >= 0x80) { ascii = false; break; }
  if (ascii) {
    if (surface == "``" || surface == "''") return "\"";
    return std::string(surface);
  }
  // Ingest has repaired the text already; a library caller may not have.
  std::string valid(surface);
  repair_utf8(valid);
  std::string normalized;
  if (const icu::Normalizer2* n = nfkc()) {
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&normalized);
    n->normalizeUTF8(0, icu::StringPiece(valid.data(), static_cast<int32_t>(valid.size())),
                     sink, nullptr, status);
    if (U_FAILURE(status)) normalized = valid;
  } else {
    normalized = valid;
  }
  std::string out = map_punct(normalized);
  if (out.empty()) return valid;  // a token of only zero-width characters
  return out;
}

}  // namespace dyad::text
