#include "events/event_eval.h"

#include "actors/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <stdexcept>

namespace dyad {
namespace {

bool parse_modality(std::string_view s, Modality& m) {
  for (Modality c : {Modality::kAsserted, Modality::kNegated, Modality::kHypothetical,
                     Modality::kIntended, Modality::kRequested, Modality::kDenied})
    if (modality_name(c) == s) {
      m = c;
      return true;
    }
  return false;
}

bool is_event_code(std::string_view s) {
  if (s.size() < 3 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string root_of(const std::string& code) { return code.substr(0, 2); }

}  // namespace

bool is_actor_code(std::string_view s) {
  if (s.size() < 3 || s.size() % 3 != 0) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

void for_each_gold_line(const std::string& path,
                        const std::function<void(const std::string& line, const std::string& where)>& each) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open gold file");
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    const std::string where = path + ":" + std::to_string(lineno);
    try {
      each(line, where);
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(where + ": " + e.what());
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(where + ": " + e.what());
    }
  }
}

GoldRef read_gold_ref(const nlohmann::json& j, const char* hint) {
  for (const char* k : {"corpus", "id", "fnv"})
    if (!j.contains(k) || !j[k].is_string())
      throw std::runtime_error(std::string("missing string field \"") + k + "\"" + hint);
  for (const char* k : {"begin", "end"})
    if (!j.contains(k) || !j[k].is_number_unsigned())
      throw std::runtime_error(std::string("missing non-negative integer \"") + k + "\"");
  GoldRef r;
  r.corpus = j["corpus"].get<std::string>();
  r.id = j["id"].get<std::string>();
  r.fnv = j["fnv"].get<std::string>();
  r.begin = j["begin"].get<uint32_t>();
  r.end = j["end"].get<uint32_t>();
  if (r.end <= r.begin) throw std::runtime_error("\"end\" must be greater than \"begin\"");
  return r;
}

std::string optional_string(const nlohmann::json& j, const char* key) {
  if (!j.contains(key)) return "";
  if (!j[key].is_string()) throw std::runtime_error(std::string("\"") + key + "\" must be a string");
  return j[key].get<std::string>();
}

std::string fnv1a_hex(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

GoldEvent parse_gold_event(std::string_view item) {
  std::vector<std::string> f;
  std::istringstream in{std::string(item)};
  for (std::string w; in >> w;) f.push_back(w);
  if (f.size() < 3 || f.size() > 4)
    throw std::runtime_error("event \"" + std::string(item) +
                             "\": want \"SOURCE TARGET CODE [MODALITY]\"");
  GoldEvent e;
  if (f[0] != "-") {
    if (!is_actor_code(f[0])) throw std::runtime_error("bad source actor code \"" + f[0] + "\"");
    e.source = f[0];
  }
  if (f[1] != "-") {
    if (!is_actor_code(f[1])) throw std::runtime_error("bad target actor code \"" + f[1] + "\"");
    e.target = f[1];
  }
  if (e.source.empty()) throw std::runtime_error("event \"" + std::string(item) + "\" has no source");
  if (!is_event_code(f[2])) throw std::runtime_error("bad CAMEO event code \"" + f[2] + "\"");
  e.code = f[2];
  if (f.size() == 4 && !parse_modality(f[3], e.modality))
    throw std::runtime_error("unknown modality \"" + f[3] +
                             "\" (asserted, negated, hypothetical, intended, requested, denied)");
  return e;
}

std::vector<GoldSentence> load_gold(const std::string& path) {
  std::vector<GoldSentence> out;
  for_each_gold_line(path, [&](const std::string& line, const std::string& where) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (!j.is_object()) throw std::runtime_error("not a JSON object");
    GoldSentence g;
    g.where = where;
    if (j.contains("text")) {
      if (!j["text"].is_string()) throw std::runtime_error("\"text\" must be a string");
      g.text = j["text"].get<std::string>();
      if (g.text.empty()) throw std::runtime_error("empty \"text\"");
    } else {
      GoldRef r = read_gold_ref(j, " (or give \"text\")");
      g.corpus = std::move(r.corpus);
      g.id = std::move(r.id);
      g.fnv = std::move(r.fnv);
      g.begin = r.begin;
      g.end = r.end;
    }
    g.date = optional_string(j, "date");
    if (j.contains("skipped")) {
      if (!j["skipped"].is_boolean()) throw std::runtime_error("\"skipped\" must be true or false");
      g.skipped = j["skipped"].get<bool>();
    }
    if (!j.contains("events") || !j["events"].is_array())
      throw std::runtime_error("missing \"events\" array ([] for no event)");
    for (const auto& ev : j["events"]) {
      if (!ev.is_string()) throw std::runtime_error("each event is a string \"SRC TGT CODE [MOD]\"");
      g.events.push_back(parse_gold_event(ev.get<std::string>()));
    }
    out.push_back(std::move(g));
  });
  return out;
}

std::string sentence_key(const GoldSentence& g) {
  if (g.corpus.empty()) return "inline\t" + g.text;
  return g.corpus + "\t" + g.id + "\t" + std::to_string(g.begin) + "\t" + std::to_string(g.end);
}

std::string dyad_key(const std::string& code, const std::unordered_set<std::string>& countries) {
  if (code.size() < 3) return code;
  std::string p = code.substr(0, 3);
  if (countries.count(p)) return p;
  // An NGO in the manual's full form (generic, speciality, own code:
  // NGOHRIHRW) and in its short form (NGOHRW) is one organisation: the key is
  // the generic code and the organisation's own three letters.
  if (p == "NGO" && code.size() >= 9) return p + code.substr(6, 3);
  // A generic NGO with its speciality only (NGOHRI: "rights groups") is the
  // generic NGO.
  if (p == "NGO" && code.size() == 6 && is_role_code(std::string_view(code).substr(3, 3))) return p;
  if (p == "IGO" || p == "NGO" || p == "IMG" || p == "NGM" || p == "MNC")
    return code.substr(0, std::min<size_t>(6, code.size()));
  return p;
}

std::unordered_set<std::string> load_country_codes(const std::string& actors_dir) {
  std::unordered_set<std::string> out;
  std::ifstream in(actors_dir + "/countries.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("country ", 0) != 0) continue;
    std::istringstream f(line.substr(8));
    std::string w;
    for (int i = 0; i < 2 && f >> w; ++i) {
      if (w[0] == '#') break;
      if (w.size() == 3) out.insert(w);
    }
  }
  return out;
}

SentenceScore score_sentence(const std::vector<GoldEvent>& gold, const std::vector<SystemEvent>& sys,
                             const std::unordered_set<std::string>& countries, EvalTotals& totals) {
  SentenceScore s;
  s.gold_match_root.assign(gold.size(), -1);
  s.gold_match_full.assign(gold.size(), -1);
  s.sys_match_root.assign(sys.size(), -1);
  s.sys_match_full.assign(sys.size(), -1);
  ++totals.sentences;

  auto same_root = [&](const GoldEvent& g, const SystemEvent& e) {
    return root_of(g.code) == root_of(e.code) && dyad_key(g.source, countries) == dyad_key(e.source, countries) &&
           dyad_key(g.target, countries) == dyad_key(e.target, countries);
  };
  auto same_full = [&](const GoldEvent& g, const SystemEvent& e) {
    return g.code == e.code && g.source == e.source && g.target == e.target;
  };
  auto match = [&](auto same, std::vector<int>& gm, std::vector<int>& sm) {
    for (size_t i = 0; i < gold.size(); ++i) {
      if (!counted(gold[i].modality)) continue;
      for (size_t k = 0; k < sys.size(); ++k)
        if (sm[k] < 0 && counted(sys[k].modality) && same(gold[i], sys[k])) {
          gm[i] = static_cast<int>(k);
          sm[k] = static_cast<int>(i);
          break;
        }
    }
  };
  match(same_root, s.gold_match_root, s.sys_match_root);
  match(same_full, s.gold_match_full, s.sys_match_full);

  for (size_t i = 0; i < gold.size(); ++i) {
    if (!counted(gold[i].modality)) {
      if (gold[i].modality == Modality::kNegated) {
        ++totals.gold_negated;
        // An event already matched to an asserted gold act is that act, not
        // the negated one ("denied the allegations" next to a negated
        // "did not respond": both root 01, same dyad).
        for (size_t k = 0; k < sys.size(); ++k)
          if (s.sys_match_root[k] < 0 && counted(sys[k].modality) && same_root(gold[i], sys[k])) {
            ++totals.negated_as_positive;
            break;
          }
      }
      continue;
    }
    ++totals.gold_events;
    if (s.gold_match_root[i] < 0) ++totals.root.fn; else ++totals.root.tp;
    if (s.gold_match_full[i] < 0) ++totals.full.fn; else ++totals.full.tp;
  }
  for (size_t k = 0; k < sys.size(); ++k) {
    if (!counted(sys[k].modality)) {
      ++totals.system_uncounted;
      continue;
    }
    ++totals.system_events;
    if (root_of(sys[k].code) == "01" && sys[k].code.substr(0, 3) == "010") ++totals.system_010;
    if (s.sys_match_root[k] < 0) ++totals.root.fp;
    if (s.sys_match_full[k] < 0) ++totals.full.fp;
  }
  return s;
}

PRInterval bootstrap_pr(const std::vector<PRCounts>& units, int rounds, uint64_t seed) {
  PRInterval out;
  if (units.empty() || rounds <= 0) return out;
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<size_t> pick(0, units.size() - 1);
  std::vector<double> ps, rs;
  ps.reserve(rounds);
  rs.reserve(rounds);
  for (int k = 0; k < rounds; ++k) {
    PRCounts c;
    for (size_t i = 0; i < units.size(); ++i) {
      const PRCounts& u = units[pick(rng)];
      c.tp += u.tp;
      c.fp += u.fp;
      c.fn += u.fn;
    }
    ps.push_back(c.precision());
    rs.push_back(c.recall());
  }
  std::sort(ps.begin(), ps.end());
  std::sort(rs.begin(), rs.end());
  const size_t lo = static_cast<size_t>(0.025 * (rounds - 1)), hi = static_cast<size_t>(0.975 * (rounds - 1) + 0.5);
  out.p_lo = ps[lo];
  out.p_hi = ps[hi];
  out.r_lo = rs[lo];
  out.r_hi = rs[hi];
  return out;
}

void count_roots(const std::vector<GoldEvent>& gold, const std::vector<SystemEvent>& sys, const SentenceScore& s,
                 std::map<std::string, RootCounts>& out) {
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!counted(gold[i].modality)) continue;
    RootCounts& r = out[root_of(gold[i].code)];
    ++r.gold;
    if (s.gold_match_root[i] >= 0) ++r.matched;
  }
  for (const SystemEvent& e : sys)
    if (counted(e.modality)) ++out[root_of(e.code)].system;
}

std::vector<SystemEvent> as_system(const std::vector<GoldEvent>& events) {
  std::vector<SystemEvent> out;
  out.reserve(events.size());
  for (const GoldEvent& g : events) {
    SystemEvent e;
    e.source = g.source;
    e.target = g.target;
    e.code = g.code;
    e.modality = g.modality;
    out.push_back(std::move(e));
  }
  return out;
}

Consensus consensus(const std::vector<GoldEvent>& a, const std::vector<GoldEvent>& b,
                    const std::unordered_set<std::string>& countries) {
  EvalTotals scratch;
  const SentenceScore s = score_sentence(a, as_system(b), countries, scratch);
  Consensus out;
  out.either = a;
  for (size_t i = 0; i < a.size(); ++i)
    if (s.gold_match_root[i] >= 0) out.agreed.push_back(a[i]);
  for (size_t k = 0; k < b.size(); ++k)
    if (counted(b[k].modality) && s.sys_match_root[k] < 0) out.either.push_back(b[k]);
  return out;
}

}  // namespace dyad
