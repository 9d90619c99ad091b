#include "server/params.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace dyad::server {
namespace {

[[noreturn]] void bad(const std::string& name, const std::string& why) {
  throw ApiError(400, "parameter '" + name + "': " + why);
}

// Quotes a client value for an error message: bounded and printable.
std::string shown(std::string_view v) {
  std::string out;
  for (char c : v.substr(0, 40)) out += (static_cast<unsigned char>(c) < 0x20 || c == '"') ? '?' : c;
  if (v.size() > 40) out += "...";
  return "\"" + out + "\"";
}

bool is_code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

bool valid_code(std::string_view s) {
  return !s.empty() && s.size() <= 24 && std::all_of(s.begin(), s.end(), is_code_char);
}

}  // namespace

bool valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(std::string(s.substr(0, 4)));
  int m = std::stoi(std::string(s.substr(5, 2)));
  int d = std::stoi(std::string(s.substr(8, 2)));
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int days = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= days;
}

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n;
    uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
    else return false;
    if (i + n >= s.size()) return false;  // truncated sequence
    for (int k = 1; k <= n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)) return false;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

void Params::allow_only(std::initializer_list<std::string_view> allowed) const {
  std::string prev;
  for (const auto& [k, v] : raw_) {
    if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      throw ApiError(400, "unknown parameter " + shown(k) + (list.empty() ? "" : " (accepted: " + list + ")"));
    }
    if (k == prev) bad(k, "given more than once");
    prev = k;
  }
}

std::optional<std::string> Params::get(const std::string& name) const {
  auto it = raw_.find(name);
  if (it == raw_.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

std::string Params::date(const std::string& name) const {
  auto v = get(name);
  if (!v) return "";
  if (!valid_date(*v)) bad(name, "expected a date YYYY-MM-DD, got " + shown(*v));
  return *v;
}

int64_t Params::integer(const std::string& name, int64_t lo, int64_t hi, int64_t dflt) const {
  auto v = get(name);
  if (!v) return dflt;
  int64_t x = 0;
  const char* b = v->data();
  const char* e = b + v->size();
  auto [p, ec] = std::from_chars(b, e, x);
  if (ec == std::errc::result_out_of_range || (ec == std::errc() && p == e && (x < lo || x > hi)))
    bad(name, "must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", got " + shown(*v));
  if (ec != std::errc() || p != e) bad(name, "expected an integer, got " + shown(*v));
  return x;
}

std::string Params::actor_code(const std::string& name) const {
  auto v = get(name);
  if (!v) return "";
  std::string u = upper(*v);
  if (!valid_code(u)) bad(name, "expected an actor code (letters and digits, e.g. USA or RUSMIL), got " + shown(*v));
  return u;
}

std::optional<std::pair<std::string, std::string>> Params::dyad(const std::string& name) const {
  auto v = get(name);
  if (!v) return std::nullopt;
  std::string u = upper(*v);
  size_t dash = u.find('-');
  if (dash == std::string::npos || !valid_code(u.substr(0, dash)) || !valid_code(u.substr(dash + 1)))
    bad(name, "expected SOURCE-TARGET actor codes (e.g. USA-RUS), got " + shown(*v));
  return std::make_pair(u.substr(0, dash), u.substr(dash + 1));
}

std::string Params::cameo_root(const std::string& name) const {
  auto v = get(name);
  if (!v) return "";
  std::string s = *v;
  if (s.size() == 1) s = "0" + s;
  if (s.size() != 2 || s[0] < '0' || s[0] > '2' || s[1] < '0' || s[1] > '9' || s == "00" ||
      (s[0] == '2' && s[1] != '0'))
    bad(name, "expected a CAMEO root 01..20, got " + shown(*v));
  return s;
}

std::string Params::text(const std::string& name) const {
  auto v = get(name);
  if (!v) return "";
  if (v->size() > kMaxTextParam) bad(name, "longer than " + std::to_string(kMaxTextParam) + " bytes");
  if (!valid_utf8(*v)) bad(name, "not valid UTF-8");
  for (unsigned char c : *v)
    if (c < 0x20 || c == 0x7F) bad(name, "contains a control character");
  return *v;
}

std::string Params::choice(const std::string& name, std::initializer_list<std::string_view> choices,
                           const std::string& dflt) const {
  auto v = get(name);
  if (!v) return dflt;
  for (auto c : choices)
    if (*v == c) return *v;
  std::string list;
  for (auto c : choices) list += (list.empty() ? "" : ", ") + std::string(c);
  bad(name, "expected one of " + list + ", got " + shown(*v));
}

std::string encode_cursor(int64_t offset) {
  static const char* kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string s;
  do {
    s += kDigits[offset % 36];
    offset /= 36;
  } while (offset > 0);
  std::reverse(s.begin(), s.end());
  return "o" + s;
}

std::optional<int64_t> decode_cursor(std::string_view c) {
  if (c.size() < 2 || c.size() > 13 || c[0] != 'o') return std::nullopt;
  int64_t v = 0;
  for (char ch : c.substr(1)) {
    int d;
    if (ch >= '0' && ch <= '9') d = ch - '0';
    else if (ch >= 'a' && ch <= 'z') d = ch - 'a' + 10;
    else return std::nullopt;
    v = v * 36 + d;
  }
  return v;
}

}  // namespace dyad::server
