// UTF-8 repair. Scraped news arrives with stray Latin-1 bytes and truncated
// sequences; every later stage assumes valid UTF-8, so ingest repairs it once.
#include <cstdint>
#include <string>

#include "dyad/ingest.h"

namespace dyad {

size_t repair_utf8(std::string& text) {
  // Fast path: scan, and only rebuild the string when something is wrong.
  auto valid_at = [&](size_t i) -> size_t {  // length of a valid sequence at i, or 0
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    unsigned char c = s[i];
    if (c < 0x80) return 1;
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > n) return 0;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    return len;
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t len = valid_at(i);
    if (len == 0) break;
    i += len;
  }
  if (i == text.size()) return 0;
  std::string out;
  out.reserve(text.size() + 16);
  out.append(text, 0, i);
  size_t replaced = 0;
  while (i < text.size()) {
    size_t len = valid_at(i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
      ++i;
    } else {
      out.append(text, i, len);
      i += len;
    }
  }
  text.swap(out);
  return replaced;
}

}  // namespace dyad
