#include "events/quote_eval.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace dyad {
namespace {

bool is_hex16(const std::string& s) {
  if (s.size() != 16) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

bool is_actor_code(const std::string& s) {
  if (s.size() < 3 || s.size() % 3 != 0) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

ByteSpan read_span(const nlohmann::json& v, const char* what) {
  if (!v.is_array() || v.size() != 2 || !v[0].is_number_unsigned() || !v[1].is_number_unsigned())
    throw std::runtime_error(std::string(what) + ": each span is [begin, end], non-negative integers");
  ByteSpan s{v[0].get<uint32_t>(), v[1].get<uint32_t>()};
  if (s.second <= s.first) throw std::runtime_error(std::string(what) + ": span end must be greater than begin");
  return s;
}

GoldQuote parse_line(const std::string& line) {
  nlohmann::json j = nlohmann::json::parse(line);
  if (!j.is_object()) throw std::runtime_error("not a JSON object");
  GoldQuote g;
  for (const char* k : {"corpus", "id", "fnv"})
    if (!j.contains(k) || !j[k].is_string()) throw std::runtime_error(std::string("missing string field \"") + k + "\"");
  g.corpus = j["corpus"].get<std::string>();
  g.id = j["id"].get<std::string>();
  g.fnv = j["fnv"].get<std::string>();
  if (!is_hex16(g.fnv)) throw std::runtime_error("\"fnv\" must be 16 lower-case hex digits (FNV-1a of the story text)");
  for (const char* k : {"begin", "end"})
    if (!j.contains(k) || !j[k].is_number_unsigned())
      throw std::runtime_error(std::string("missing non-negative integer \"") + k + "\"");
  g.begin = j["begin"].get<uint32_t>();
  g.end = j["end"].get<uint32_t>();
  if (g.end <= g.begin) throw std::runtime_error("\"end\" must be greater than \"begin\"");
  if (j.contains("date")) {
    if (!j["date"].is_string()) throw std::runtime_error("\"date\" must be a string");
    g.date = j["date"].get<std::string>();
  }
  if (!j.contains("kind") || !j["kind"].is_string()) throw std::runtime_error("missing \"kind\" (direct or partial)");
  const std::string kind = j["kind"].get<std::string>();
  if (kind != "direct" && kind != "partial")
    throw std::runtime_error("unknown kind \"" + kind + "\" (direct or partial)");
  g.partial = kind == "partial";
  if (!j.contains("speaker")) throw std::runtime_error("missing \"speaker\" (null when the text names nobody)");
  const auto& s = j["speaker"];
  if (s.is_null()) return g;
  if (!s.is_object()) throw std::runtime_error("\"speaker\" must be an object or null");
  g.has_speaker = true;
  if (!s.contains("text") || !s["text"].is_string() || s["text"].get<std::string>().empty())
    throw std::runtime_error("speaker: missing string \"text\"");
  g.speaker_text = s["text"].get<std::string>();
  if (!s.contains("spans") || !s["spans"].is_array() || s["spans"].empty())
    throw std::runtime_error("speaker: missing \"spans\" (byte spans of the speaker's mentions)");
  for (const auto& v : s["spans"]) g.speaker_spans.push_back(read_span(v, "speaker spans"));
  if (s.contains("code") && !s["code"].is_null()) {
    if (!s["code"].is_string() || !is_actor_code(s["code"].get<std::string>()))
      throw std::runtime_error("speaker: bad CAMEO actor code " + s["code"].dump());
    g.speaker_code = s["code"].get<std::string>();
  }
  return g;
}

}  // namespace

std::vector<GoldQuote> load_quote_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open gold file");
  std::vector<GoldQuote> out;
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const std::string where = path + ":" + std::to_string(lineno);
    try {
      GoldQuote g = parse_line(line);
      g.where = where;
      out.push_back(std::move(g));
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(where + ": " + e.what());
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(where + ": " + e.what());
    }
  }
  return out;
}

bool spans_overlap(ByteSpan a, ByteSpan b) { return a.first < b.second && b.first < a.second; }

QuoteScore score_quotes(const std::vector<GoldQuote>& gold, const std::vector<SystemQuote>& sys,
                        const std::unordered_set<std::string>& countries, QuoteTotals& totals) {
  QuoteScore s;
  s.gold_match.assign(gold.size(), -1);
  s.sys_match.assign(sys.size(), -1);
  s.mention_ok.assign(gold.size(), 0);
  s.key_ok.assign(gold.size(), 0);
  totals.gold += gold.size();
  totals.system += sys.size();
  struct Pair {
    uint32_t overlap;
    size_t g, k;
  };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < gold.size(); ++g)
    for (size_t k = 0; k < sys.size(); ++k) {
      uint32_t b = std::max(gold[g].begin, sys[k].begin), e = std::min(gold[g].end, sys[k].end);
      if (b < e) pairs.push_back({e - b, g, k});
    }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
    if (a.overlap != b.overlap) return a.overlap > b.overlap;
    return a.g != b.g ? a.g < b.g : a.k < b.k;
  });
  for (const Pair& p : pairs) {
    if (s.gold_match[p.g] >= 0 || s.sys_match[p.k] >= 0) continue;
    s.gold_match[p.g] = static_cast<int>(p.k);
    s.sys_match[p.k] = static_cast<int>(p.g);
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (s.gold_match[g] < 0) continue;
    const GoldQuote& gq = gold[g];
    const SystemQuote& sq = sys[static_cast<size_t>(s.gold_match[g])];
    ++totals.matched;
    if (gq.partial == sq.partial) ++totals.kind_agree;
    if (sq.speaker_spans.empty()) ++totals.no_speaker;
    if (!gq.has_speaker) continue;
    ++totals.with_gold_speaker;
    for (ByteSpan a : sq.speaker_spans)
      for (ByteSpan b : gq.speaker_spans)
        if (spans_overlap(a, b)) s.mention_ok[g] = 1;
    if (s.mention_ok[g]) ++totals.mention_ok;
    if (gq.speaker_code.empty()) continue;
    ++totals.with_gold_code;
    if (sq.speaker_code.empty()) ++totals.key_no_code;
    if (!sq.speaker_code.empty() && dyad_key(sq.speaker_code, countries) == dyad_key(gq.speaker_code, countries)) {
      s.key_ok[g] = 1;
      ++totals.key_ok;
    }
  }
  return s;
}

}  // namespace dyad
