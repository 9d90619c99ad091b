#include "events/quote_eval.h"

#include <algorithm>
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
  GoldRef r = read_gold_ref(j);
  g.corpus = std::move(r.corpus);
  g.id = std::move(r.id);
  g.fnv = std::move(r.fnv);
  g.begin = r.begin;
  g.end = r.end;
  if (!is_hex16(g.fnv)) throw std::runtime_error("\"fnv\" must be 16 lower-case hex digits (FNV-1a of the story text)");
  g.date = optional_string(j, "date");
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
  std::vector<GoldQuote> out;
  for_each_gold_line(path, [&](const std::string& line, const std::string& where) {
    GoldQuote g = parse_line(line);
    g.where = where;
    out.push_back(std::move(g));
  });
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
