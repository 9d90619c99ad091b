// Validation of API query parameters. Every parameter an endpoint reads goes
// through one of these checks, so a bad value is a 400 naming the parameter,
// never a surprise deeper down; unknown parameters are rejected too, so a typo
// ("soruce=USA") is not silently ignored.
#ifndef DYAD_SERVER_PARAMS_H_
#define DYAD_SERVER_PARAMS_H_

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dyad::server {

// An error with the HTTP status to answer with.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

// Largest page any list endpoint returns.
inline constexpr int kMaxLimit = 500;
// Deepest offset accepted: deeper pages should narrow the filter instead
// (SQLite walks skipped rows, so a huge offset is a slow request).
inline constexpr int64_t kMaxOffset = 100000;
// Longest free-text parameter (q, speaker).
inline constexpr size_t kMaxTextParam = 200;

class Params {
 public:
  explicit Params(const std::multimap<std::string, std::string>& raw) : raw_(raw) {}

  // 400 if any parameter is not in `allowed` or appears twice.
  void allow_only(std::initializer_list<std::string_view> allowed) const;

  // The raw value, or nullopt when absent. Empty values count as absent.
  std::optional<std::string> get(const std::string& name) const;

  // YYYY-MM-DD, a real calendar date (1000..9999). "" when absent.
  std::string date(const std::string& name) const;
  // Integer in [lo, hi]; dflt when absent.
  int64_t integer(const std::string& name, int64_t lo, int64_t hi, int64_t dflt) const;
  // A CAMEO actor code or country-level key: 1..24 chars of A-Z0-9 (case folded
  // to upper). "" when absent.
  std::string actor_code(const std::string& name) const;
  // "SRC-TGT" (two actor codes). nullopt when absent.
  std::optional<std::pair<std::string, std::string>> dyad(const std::string& name) const;
  // CAMEO root "01".."20" (a single digit is accepted as "0d"). "" when absent.
  std::string cameo_root(const std::string& name) const;
  // Free text up to kMaxTextParam bytes of valid UTF-8 without control characters.
  std::string text(const std::string& name) const;
  // One of `choices`; dflt when absent.
  std::string choice(const std::string& name, std::initializer_list<std::string_view> choices,
                     const std::string& dflt) const;

 private:
  const std::multimap<std::string, std::string>& raw_;
};

// True for a valid YYYY-MM-DD calendar date.
bool valid_date(std::string_view s);
// True for valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool valid_utf8(std::string_view s);

// Paging cursors are opaque to clients: "o" + the offset in base 36. Opaque so
// that a keyset cursor can replace it without changing clients.
std::string encode_cursor(int64_t offset);
std::optional<int64_t> decode_cursor(std::string_view cursor);

}  // namespace dyad::server

#endif  // DYAD_SERVER_PARAMS_H_
