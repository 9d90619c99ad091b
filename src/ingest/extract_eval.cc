// Shingle scoring of extracted article bodies (see dyad/extract_eval.h).
#include "dyad/extract_eval.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace dyad {
namespace {

// Python's `\w` under re.UNICODE: str.isalnum() or '_'. isalnum covers the
// letter categories and the numeric ones (Nd, Nl, No); marks are not word
// characters, so "e" + combining accent splits.
bool is_word_char(UChar32 c) {
  if (c == '_') return true;
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return true;
    default:
      return u_getNumericValue(c) != U_NO_NUMERIC_VALUE;
  }
}

using Shingle = std::array<uint32_t, 4>;  // token ids; short shingles padded with kPad
constexpr uint32_t kPad = 0xFFFFFFFFu;

struct ShingleHash {
  size_t operator()(const Shingle& s) const {
    uint64_t h = 1469598103934665603ull;
    for (uint32_t v : s) h = (h ^ v) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};

using Counts = std::unordered_map<Shingle, int, ShingleHash>;

Counts shingles(const std::vector<std::string_view>& toks,
                std::unordered_map<std::string_view, uint32_t>& ids, int n) {
  std::vector<uint32_t> t;
  t.reserve(toks.size());
  for (auto tok : toks) t.push_back(ids.emplace(tok, static_cast<uint32_t>(ids.size())).first->second);
  Counts c;
  if (t.empty()) return c;
  size_t count = t.size() >= static_cast<size_t>(n) ? t.size() - n + 1 : 1;
  for (size_t i = 0; i < count; ++i) {
    Shingle s;
    s.fill(kPad);
    for (int k = 0; k < n && i + k < t.size(); ++k) s[k] = t[i + k];
    ++c[s];
  }
  return c;
}

double precision_of(const ShingleMatch& m) {
  if (m.fp == 0 && m.fn == 0) return 1.0;
  if (m.tp == 0 && m.fp == 0) return 0.0;
  return m.tp / (m.tp + m.fp);
}

double recall_of(const ShingleMatch& m) {
  if (m.fp == 0 && m.fn == 0) return 1.0;
  if (m.tp == 0 && m.fn == 0) return 0.0;
  return m.tp / (m.tp + m.fn);
}

// Metrics of the pages picked by idx.
std::array<double, 4> metrics(const std::vector<PageScore>& pages, const std::vector<size_t>& idx) {
  double p = 0, r = 0, a = 0;
  size_t np = 0, nr = 0;
  for (size_t i : idx) {
    const ShingleMatch& m = pages[i].match;
    if (m.tp + m.fp > 0) { p += precision_of(m); ++np; }
    if (m.tp + m.fn > 0) { r += recall_of(m); ++nr; }
    a += pages[i].exact ? 1.0 : 0.0;
  }
  p = np ? p / np : 0.0;
  r = nr ? r / nr : 0.0;
  double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  return {f1, p, r, idx.empty() ? 0.0 : a / idx.size()};
}

}  // namespace

std::vector<std::string_view> benchmark_tokens(std::string_view text) {
  std::vector<std::string_view> out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size()), i = 0, start = -1;
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    bool w = c >= 0 && is_word_char(c);
    if (w && start < 0) start = at;
    if (!w && start >= 0) {
      out.push_back(text.substr(start, at - start));
      start = -1;
    }
  }
  if (start >= 0) out.push_back(text.substr(start));
  return out;
}

ShingleMatch shingle_match(std::string_view truth, std::string_view prediction, int n) {
  if (n < 1 || n > 4) throw std::invalid_argument("shingle size must be 1..4");
  std::unordered_map<std::string_view, uint32_t> ids;
  Counts t = shingles(benchmark_tokens(truth), ids, n);
  Counts p = shingles(benchmark_tokens(prediction), ids, n);
  ShingleMatch m;
  for (const auto& [key, tc] : t) {
    auto it = p.find(key);
    int pc = it == p.end() ? 0 : it->second;
    m.tp += std::min(tc, pc);
    m.fn += std::max(0, tc - pc);
    m.fp += std::max(0, pc - tc);
  }
  for (const auto& [key, pc] : p)
    if (!t.count(key)) m.fp += pc;
  double sum = m.tp + m.fp + m.fn;
  if (sum > 0) {
    m.tp /= sum;
    m.fp /= sum;
    m.fn /= sum;
  }
  return m;
}

PageScore score_page(std::string_view truth, std::string_view prediction) {
  PageScore s;
  s.match = shingle_match(truth, prediction, 4);
  s.exact = benchmark_tokens(truth) == benchmark_tokens(prediction);
  return s;
}

ExtractionScore aggregate_scores(const std::vector<PageScore>& pages, int bootstrap_rounds) {
  ExtractionScore out;
  out.pages = pages.size();
  std::vector<size_t> all(pages.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  auto m = metrics(pages, all);
  out.f1 = m[0];
  out.precision = m[1];
  out.recall = m[2];
  out.accuracy = m[3];
  if (bootstrap_rounds <= 1 || pages.empty()) return out;
  std::mt19937_64 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, pages.size() - 1);
  std::array<double, 4> sum{}, sq{};
  std::vector<size_t> idx(pages.size());
  for (int r = 0; r < bootstrap_rounds; ++r) {
    for (auto& i : idx) i = pick(rng);
    auto b = metrics(pages, idx);
    for (int k = 0; k < 4; ++k) {
      sum[k] += b[k];
      sq[k] += b[k] * b[k];
    }
  }
  std::array<double, 4> sd;
  for (int k = 0; k < 4; ++k) {
    double mean = sum[k] / bootstrap_rounds;
    double var = (sq[k] - bootstrap_rounds * mean * mean) / (bootstrap_rounds - 1);
    sd[k] = std::sqrt(std::max(0.0, var));
  }
  out.f1_sd = sd[0];
  out.precision_sd = sd[1];
  out.recall_sd = sd[2];
  out.accuracy_sd = sd[3];
  return out;
}

std::map<std::string, std::string> load_article_bodies(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded()) throw std::runtime_error(path + ": malformed JSON");
  if (j.is_object() && j.contains("output") && j["output"].is_object()) j = j["output"];
  if (!j.is_object()) throw std::runtime_error(path + ": expected an object of id -> {articleBody}");
  std::map<std::string, std::string> out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string body;
    if (it->is_object()) {
      auto b = it->find("articleBody");
      if (b != it->end() && b->is_string()) body = b->get<std::string>();
    } else if (it->is_string()) {
      body = it->get<std::string>();
    }
    out[it.key()] = std::move(body);
  }
  return out;
}

ExtractionScore score_bodies(const std::map<std::string, std::string>& truth,
                             const std::map<std::string, std::string>& prediction, int bootstrap_rounds) {
  std::vector<PageScore> pages;
  pages.reserve(truth.size());
  static const std::string kEmpty;
  for (const auto& [id, body] : truth) {
    auto it = prediction.find(id);
    pages.push_back(score_page(body, it == prediction.end() ? kEmpty : it->second));
  }
  return aggregate_scores(pages, bootstrap_rounds);
}

}  // namespace dyad
