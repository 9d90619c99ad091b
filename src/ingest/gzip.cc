// gzip inputs (.gz scrapes, the extraction benchmark's pages) inflated with zlib.
#include <zlib.h>

#include <string>

#include "dyad/html.h"

namespace dyad {

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

bool gunzip(std::string_view in, std::string* out, std::string* error, size_t max_out) {
  out->clear();
  z_stream zs{};
  // 16 + MAX_WBITS: gzip wrapper only.
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    *error = "zlib initialisation failed";
    return false;
  }
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 16];
  int rc = Z_OK;
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof(buf) - zs.avail_out);
    if (out->size() > max_out) {
      inflateEnd(&zs);
      *error = "gzip data inflates beyond " + std::to_string(max_out) + " bytes";
      return false;
    }
    if (rc == Z_STREAM_END) {
      // Concatenated members (gzip -c a b > c) are one stream to the user.
      if (zs.avail_in > 0 && is_gzip(std::string_view(reinterpret_cast<char*>(zs.next_in), zs.avail_in))) {
        inflateReset(&zs);
        continue;
      }
      break;
    }
    if (rc != Z_OK) {
      inflateEnd(&zs);
      *error = std::string("corrupt gzip data") + (zs.msg ? std::string(": ") + zs.msg : std::string());
      return false;
    }
    if (zs.avail_in == 0 && zs.avail_out != 0) {
      inflateEnd(&zs);
      *error = "truncated gzip data";
      return false;
    }
  }
  inflateEnd(&zs);
  return true;
}

}  // namespace dyad
