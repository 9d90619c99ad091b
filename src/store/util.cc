// Small pure helpers of the store: hashing, URL domains, calendar days,
// periods, code point slicing.
#include <cstdio>
#include <string>

#include "store/store_impl.h"

namespace dyad {
namespace store {

std::string content_hash(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string url_domain(std::string_view url) {
  size_t p = url.find("://");
  std::string_view rest = p == std::string_view::npos ? url : url.substr(p + 3);
  size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (size_t colon = host.find(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  std::string out;
  for (char c : host) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (out.rfind("www.", 0) == 0) out.erase(0, 4);
  return out.empty() ? "unknown" : out;
}

int document_part(std::string_view doc_id) {
  size_t p = doc_id.rfind("#part");
  if (p == std::string_view::npos || p + 5 >= doc_id.size()) return 0;
  int n = 0;
  for (size_t i = p + 5; i < doc_id.size(); ++i) {
    char c = doc_id[i];
    if (c < '0' || c > '9' || n > 100000000) return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

// Days from civil (H. Hinnant's algorithm), valid for any Gregorian date.
bool parse_day(std::string_view d, int64_t& days) {
  if (d.size() < 10 || d[4] != '-' || d[7] != '-') return false;
  auto num = [&](size_t b, size_t n, int& v) {
    v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
      v = v * 10 + (d[i] - '0');
    }
    return true;
  };
  int y, m, dd;
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, dd) || m < 1 || m > 12 || dd < 1 || dd > 31) return false;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  days = era * 146097 + static_cast<int64_t>(doe) - 719468;
  return true;
}

std::string format_day(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::string slice_code_points(const std::string& text, int64_t start, int64_t end) {
  if (start < 0 || end <= start) return {};
  size_t b = std::string::npos, e = text.size();
  int64_t cp = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool boundary = i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (cp == start) b = i;
    if (cp == end) {
      e = i;
      break;
    }
    ++cp;
  }
  if (b == std::string::npos) return {};
  return text.substr(b, e - b);
}

}  // namespace store

std::string_view period_name(Period p) {
  switch (p) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
  }
  return "week";
}

std::optional<Period> parse_period(std::string_view s) {
  if (s == "day") return Period::kDay;
  if (s == "week") return Period::kWeek;
  if (s == "month") return Period::kMonth;
  return std::nullopt;
}

std::string period_start(std::string_view date, Period p) {
  int64_t days;
  if (!store::parse_day(date, days)) return {};
  switch (p) {
    case Period::kDay: return store::format_day(days);
    case Period::kWeek: {
      // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
      int64_t dow = ((days + 3) % 7 + 7) % 7;
      return store::format_day(days - dow);
    }
    case Period::kMonth: {
      std::string d = store::format_day(days);
      return d.substr(0, 8) + "01";
    }
  }
  return {};
}

std::string country_key(const Actor& actor) {
  if (!actor.country.empty()) return actor.country;
  if (!actor.org.empty()) return actor.org;
  return actor.code;
}

}  // namespace dyad
