// Reads data/actors/*.txt (format: data/actors/README.md) into an ActorLexicon.
// Every error names file:line, so a user editing a lexicon finds the culprit.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

#include "actors/lexicon.h"
#include "dyad/text.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string> split_list(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.push_back(trim(s.substr(i, j == std::string_view::npos ? s.size() - i : j - i)));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

bool valid_code(std::string_view c) {
  if (c.size() < 3 || c.size() > 15 || c.size() % 3 != 0) return false;
  for (char ch : c)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

bool valid_sectors(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 3)
    if (!is_role_code(s.substr(i, 3))) return false;
  return true;
}

// "2021-01-20" -> 20210120, or -1.
int parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return -1;
  int v = 0;
  for (size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) continue;
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  int m = v / 100 % 100, d = v % 100;
  if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
  return v;
}

// Plural of an agent phrase: the head word (before "of", else the last word)
// takes an English plural. Empty when the head already ends in "s".
std::string pluralize(const std::string& phrase) {
  std::vector<std::string> w = split_ws(phrase);
  size_t h = w.size() - 1;
  for (size_t i = 1; i < w.size(); ++i)
    if (w[i] == "of") { h = i - 1; break; }
  std::string& s = w[h];
  auto ends = [&](std::string_view suf) {
    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("s")) return {};
  if (ends("man")) s.replace(s.size() - 3, 3, "men");
  else if (ends("person")) s.replace(s.size() - 6, 6, "people");
  else if (ends("child")) s += "ren";
  else if (ends("y") && s.size() > 1 && std::string_view("aeiou").find(s[s.size() - 2]) == std::string_view::npos)
    s.replace(s.size() - 1, 1, "ies");
  else if (ends("ch") || ends("sh") || ends("x") || ends("z")) s += "es";
  else s += "s";
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i) out += ' ';
    out += w[i];
  }
  return out;
}

std::string head_word(const std::string& phrase) {
  std::vector<std::string> w = split_ws(phrase);
  size_t h = w.size() - 1;
  for (size_t i = 1; i < w.size(); ++i)
    if (w[i] == "of") { h = i - 1; break; }
  return ActorLexicon::fold(w[h]);
}

}  // namespace

namespace {
// Records the first letters of a full form's words before its last one
// ("Joseph R. Biden Jr." -> J, R, B: suffixes and initials cost little).
void add_given_initials(PersonEntry& pe, const std::string& full) {
  std::vector<std::string> w = split_ws(full);
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    char c = w[i][0];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z' && pe.given_initials.find(c) == std::string::npos) pe.given_initials += c;
  }
}

// "al-Bashir" -> "Bashir" (also "el-", "Al-", "El-"); "" when the phrase is
// not one word with that prefix followed by a capitalised name.
std::string without_arabic_article(const std::string& phrase) {
  if (phrase.size() < 5 || phrase.find(' ') != std::string::npos) return "";
  const char a = static_cast<char>(phrase[0] | 0x20);
  if ((a != 'a' && a != 'e') || phrase[1] != 'l' || phrase[2] != '-') return "";
  if (phrase[3] < 'A' || phrase[3] > 'Z') return "";
  return phrase.substr(3);
}
}  // namespace

void ActorLexicon::add_phrase(const std::string& phrase, Entry e, const std::string& where,
                              const std::string& source) {
  // Split by the text tokenizer itself, so a phrase matches exactly the
  // tokens the text will have: "al-Assad" is "al" "-" "Assad", "People's"
  // is "People" "'s", "Workers'" is "Workers" "'", but "Co-operation" and
  // "e-Taiba" stay whole (a hand-written split had lost every such name).
  // The phrase is tokenized whole, followed by a dummy word, as it would
  // stand mid-sentence ("George W. Bush": "W." alone at the end of a text
  // would lose its period); `=` words are marked exact token by token.
  std::vector<std::string> words;
  Document d;
  std::vector<std::pair<size_t, size_t>> exact_spans;
  for (const std::string& raw : split_ws(phrase)) {
    if (!d.text.empty()) d.text += ' ';
    const bool exact = raw.size() > 1 && raw[0] == '=';
    const size_t at = d.text.size();
    d.text += exact ? raw.substr(1) : raw;
    if (exact) exact_spans.emplace_back(at, d.text.size());
  }
  const size_t phrase_end = d.text.size();
  d.text += " x";
  tokenize(d);
  for (const Token& t : d.tokens) {
    if (t.begin >= phrase_end) break;
    bool exact = false;
    for (auto [b, e] : exact_spans) exact = exact || (t.begin >= b && t.begin < e);
    words.push_back(exact ? "=" + t.norm : t.norm);
  }
  if (words.empty()) throw std::runtime_error(where + ": empty phrase");
  uint32_t node = root();
  for (std::string w : words) {
    CaseRule rule = CaseRule::kAny;
    if (w[0] == '=') {
      rule = CaseRule::kExact;
      w.erase(0, 1);
      if (w.empty()) throw std::runtime_error(where + ": '=' with no word in \"" + phrase + "\"");
    } else if (w[0] >= 'A' && w[0] <= 'Z') {
      rule = CaseRule::kInitialUpper;
    }
    e.rules.push_back(rule);
    e.exact.push_back(w);
    uint32_t id = intern(fold(w));
    uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      uint32_t next = static_cast<uint32_t>(terminals_.size());
      terminals_.emplace_back();
      edges_.emplace(key, next);
      drop_index();
      node = next;
    } else {
      node = it->second;
    }
  }
  // The same phrase listed twice for one referent (U.S. as name and adjective)
  // is one entry.
  for (uint32_t t : terminals_[node]) {
    const Entry& o = entries_[t];
    if (o.kind == e.kind && o.ref == e.ref && o.sectors == e.sectors && o.rules == e.rules) return;
    // A short form adds nothing where the same person already has an alias
    // or full name (the derived "Assad" of "al-Assad" when "Assad" is listed).
    if ((e.kind == EntryKind::kPersonShort || e.kind == EntryKind::kPersonSurname) && o.ref == e.ref &&
        (o.kind == EntryKind::kPersonAlias || o.kind == EntryKind::kPersonFull))
      return;
    // Two agents for one phrase would make the result depend on file order.
    if (o.kind == EntryKind::kAgent && e.kind == EntryKind::kAgent)
      throw std::runtime_error(where + ": agent \"" + phrase + "\" is already defined at " + o.source +
                               " (generated plurals count)");
  }
  e.source = source;
  terminals_[node].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
  max_words_ = std::max(max_words_, words.size());
  ++phrases_;
}

void ActorLexicon::load_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  const std::string base = std::filesystem::path(path).filename().string();

  enum class Rec { kNone, kCountry, kOrg, kAgent, kPerson, kModifier } rec = Rec::kNone;
  uint32_t ref = 0;
  std::string agent_sectors;
  EntryKind modifier_kind = EntryKind::kSkip;

  std::string raw;
  int lineno = 0;
  while (std::getline(in, raw)) {
    ++lineno;
    const std::string where = path + ":" + std::to_string(lineno);
    const std::string src = base + ":" + std::to_string(lineno);
    auto fail = [&](const std::string& what) { throw std::runtime_error(where + ": " + what); };
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    std::string line = raw.substr(0, raw.find('#'));
    if (trim(line).empty()) continue;
    const bool indented = line[0] == ' ' || line[0] == '\t';

    if (!indented) {  // record header
      std::vector<std::string> f = split_ws(line);
      const std::string& kind = f[0];
      if (kind == "country") {
        if (f.size() < 2 || f.size() > 3) fail("expected `country ISO3 [CAMEO]`");
        CountryEntry c;
        c.iso = f[1];
        c.cameo = f.size() == 3 ? f[2] : f[1];
        if (c.iso.size() != 3 || !valid_code(c.iso)) fail("bad ISO alpha-3 code \"" + c.iso + "\"");
        if (c.cameo.size() != 3 || !valid_code(c.cameo)) fail("bad CAMEO country code \"" + c.cameo + "\"");
        if (cameo_to_country_.count(c.cameo)) fail("country " + c.cameo + " defined twice");
        ref = static_cast<uint32_t>(countries_.size());
        cameo_to_country_[c.cameo] = ref;
        countries_.push_back(c);
        rec = Rec::kCountry;
      } else if (kind == "org") {
        if (f.size() < 2 || f.size() > 3) fail("expected `org CODE [SHORTNAME]`");
        if (!valid_code(f[1])) fail("bad CAMEO code \"" + f[1] + "\" (upper-case letters, 3 to 15, a multiple of 3)");
        ref = static_cast<uint32_t>(orgs_.size());
        orgs_.push_back({f[1], f.size() == 3 ? f[2] : std::string(), {}});
        rec = Rec::kOrg;
      } else if (kind == "agent") {
        if (f.size() != 2) fail("expected `agent ROLECODES`");
        if (!valid_sectors(f[1])) fail("bad role codes \"" + f[1] + "\" (e.g. GOV, GOVMIL, COP)");
        agent_sectors = f[1];
        rec = Rec::kAgent;
      } else if (kind == "person") {
        if (f.size() < 2) fail("expected `person Full Name`");
        PersonEntry p;
        p.name = trim(std::string_view(line).substr(line.find(f[1])));
        p.where = where;
        ref = static_cast<uint32_t>(people_.size());
        people_.push_back(p);
        add_given_initials(people_.back(), people_.back().name);
        Entry e{EntryKind::kPersonFull, ref, {}, {}, {}, {}};
        add_phrase(people_.back().name, e, where, src);
        rec = Rec::kPerson;
      } else if (kind == "modifier") {
        if (f.size() != 2) fail("expected `modifier former|skip|honorific|ignore|country-ref|org-ref|forename`");
        if (f[1] == "former") modifier_kind = EntryKind::kFormer;
        else if (f[1] == "skip") modifier_kind = EntryKind::kSkip;
        else if (f[1] == "honorific") modifier_kind = EntryKind::kHonorific;
        else if (f[1] == "ignore") modifier_kind = EntryKind::kIgnore;
        else if (f[1] == "country-ref") modifier_kind = EntryKind::kCountryRef;
        else if (f[1] == "org-ref") modifier_kind = EntryKind::kOrgRef;
        else if (f[1] == "forename") modifier_kind = EntryKind::kForename;
        else fail("unknown modifier kind \"" + f[1] + "\" (former, skip, honorific, ignore, country-ref, org-ref, forename)");
        rec = Rec::kModifier;
      } else {
        fail("unknown record \"" + kind + "\" (expected country, org, agent, person, modifier)");
      }
      continue;
    }

    // Attribute line: key then value.
    std::string body = trim(line);
    size_t sp = body.find_first_of(" \t");
    std::string key = body.substr(0, sp);
    std::string value = sp == std::string::npos ? std::string() : trim(std::string_view(body).substr(sp));
    if (rec == Rec::kNone) fail("attribute `" + key + "` outside a record");
    if (value.empty()) fail("`" + key + "` has no value");
    auto phrases = [&](const std::string& v) {
      std::vector<std::string> out = split_list(v, ';');
      for (const auto& p : out)
        if (p.empty()) fail("empty phrase in `" + key + "` list (stray ';'?)");
      return out;
    };

    switch (rec) {
      case Rec::kCountry: {
        EntryKind k;
        std::string sectors;
        std::string list = value;
        if (key == "name" || key == "adj") k = EntryKind::kCountry;
        else if (key == "capital") k = EntryKind::kCapital;
        else if (key == "province") k = EntryKind::kProvince;
        else if (key == "seat") {
          k = EntryKind::kSeat;
          size_t s2 = value.find_first_of(" \t");
          sectors = value.substr(0, s2);
          if (!valid_sectors(sectors)) fail("`seat` must start with role codes, got \"" + sectors + "\"");
          if (s2 == std::string::npos) fail("`seat " + sectors + "` has no phrases");
          list = trim(std::string_view(value).substr(s2));
        } else fail("unknown country attribute `" + key + "` (name, adj, capital, seat, province)");
        for (const auto& p : phrases(list)) {
          if (countries_[ref].name.empty() && key == "name") countries_[ref].name = p;
          Entry e{k, ref, sectors, {}, {}, {}};
          e.adjective = key == "adj";
          add_phrase(p, std::move(e), where, src);
        }
        break;
      }
      case Rec::kOrg:
        if (key == "code") {
          // `code CODE FROM..TO`: a dated code; the header's code is the default.
          std::vector<std::string> f = split_ws(value);
          if (f.size() != 2 || f[1].find("..") == std::string::npos) fail("expected `code CODE FROM..TO`");
          if (!valid_code(f[0])) fail("bad CAMEO code \"" + f[0] + "\"");
          size_t dd = f[1].find("..");
          std::string a = f[1].substr(0, dd), b = f[1].substr(dd + 2);
          int from = 0, to = 99999999;
          if (!a.empty() && (from = parse_date(a)) < 0) fail("bad date \"" + a + "\" (YYYY-MM-DD)");
          if (!b.empty() && (to = parse_date(b)) < 0) fail("bad date \"" + b + "\" (YYYY-MM-DD)");
          if (from >= to) fail("empty date range \"" + f[1] + "\"");
          pending_codes_.push_back({f[0], where});
          orgs_[ref].dated.push_back({f[0], {from, to}});
          break;
        }
        if (key != "name") fail("unknown org attribute `" + key + "` (name, code)");
        for (const auto& p : phrases(value)) {
          if (orgs_[ref].name.empty()) orgs_[ref].name = p;
          add_phrase(p, Entry{EntryKind::kOrg, ref, {}, {}, {}, {}}, where, src);
        }
        break;
      case Rec::kAgent: {
        if (key != "title" && key != "noun" && key != "weak" && key != "topic")
          fail("unknown agent attribute `" + key + "` (title, noun, weak, topic)");
        for (const auto& p : phrases(value)) {
          AgentEntry a;
          a.sectors = agent_sectors;
          a.phrase = p;
          a.head = head_word(p);
          a.title = key == "title" || key == "topic";
          a.weak = key == "weak";
          a.topic = key == "topic";
          uint32_t id = static_cast<uint32_t>(agents_.size());
          agents_.push_back(a);
          add_phrase(p, Entry{EntryKind::kAgent, id, {}, {}, {}, {}}, where, src);
          std::string pl = pluralize(p);
          if (!pl.empty()) {
            a.title = false;
            a.plural = true;
            a.phrase = pl;
            id = static_cast<uint32_t>(agents_.size());
            agents_.push_back(a);
            add_phrase(pl, Entry{EntryKind::kAgent, id, {}, {}, {}, {}}, where, src);
          }
        }
        break;
      }
      case Rec::kPerson: {
        PersonEntry& pe = people_[ref];
        if (key == "name" || key == "short" || key == "titled" || key == "alias" || key == "surname") {
          EntryKind k = key == "name"      ? EntryKind::kPersonFull
                        : key == "short"   ? EntryKind::kPersonShort
                        : key == "titled"  ? EntryKind::kPersonTitled
                        : key == "surname" ? EntryKind::kPersonSurname
                                           : EntryKind::kPersonAlias;
          for (const auto& p : phrases(value)) {
            add_phrase(p, Entry{k, ref, {}, {}, {}, {}}, where, src);
            if (k == EntryKind::kPersonFull) add_given_initials(pe, p);
            // News writes Arabic surnames with and without the article
            // ("al-Bashir", "Bashir"), so a surname listed with al-/el- is
            // also a short form without it, licensed like any short form
            // (after a full name in the same story): the bare word is too
            // common across people to match on its own.
            if (k == EntryKind::kPersonShort || k == EntryKind::kPersonAlias) {
              const std::string bare = without_arabic_article(p);
              if (!bare.empty()) add_phrase(bare, Entry{EntryKind::kPersonShort, ref, {}, {}, {}, {}}, where, src);
            }
          }
        } else if (key == "code") {
          std::vector<std::string> f = split_ws(value);
          PersonCode pc;
          pc.code = f[0];
          if (!valid_code(pc.code)) fail("bad CAMEO code \"" + pc.code + "\"");
          size_t next = 1;
          if (f.size() > 1 && f[1].find("..") != std::string::npos) {
            const std::string& r = f[1];
            size_t dd = r.find("..");
            std::string a = r.substr(0, dd), b = r.substr(dd + 2);
            if (!a.empty() && (pc.range.from = parse_date(a)) < 0) fail("bad date \"" + a + "\" (YYYY-MM-DD)");
            if (!b.empty() && (pc.range.to = parse_date(b)) < 0) fail("bad date \"" + b + "\" (YYYY-MM-DD)");
            if (a.empty() && b.empty()) fail("date range \"..\" has no bounds");
            if (pc.range.from >= pc.range.to) fail("empty date range \"" + r + "\"");
            next = 2;
          } else if (f.size() > 1 && f[1][0] >= '0' && f[1][0] <= '9') {
            fail("bad date range \"" + f[1] + "\" (FROM..TO, FROM.. or ..TO)");
          }
          std::string roles;
          for (size_t i = next; i < f.size(); ++i) roles += (roles.empty() ? "" : " ") + f[i];
          if (!roles.empty())
            for (auto& r : split_list(roles, ',')) {
              if (r.empty()) fail("empty role in `code` line");
              pc.roles.push_back(r);
            }
          pending_codes_.push_back({pc.code, where});
          pe.codes.push_back(pc);
        } else if (key == "else") {
          if (!valid_code(value)) fail("bad CAMEO code \"" + value + "\"");
          pending_codes_.push_back({value, where});
          pe.fallback = value;
        } else if (key == "gender") {
          if (value != "m" && value != "f") fail("gender is m or f");
          pe.gender = value[0];
        } else {
          fail("unknown person attribute `" + key + "` (name, short, titled, alias, code, else, gender)");
        }
        break;
      }
      case Rec::kModifier:
        if (key != "words") fail("unknown modifier attribute `" + key + "` (words)");
        for (const auto& p : phrases(value)) add_phrase(p, Entry{modifier_kind, 0, {}, {}, {}, {}}, where, src);
        break;
      case Rec::kNone:
        break;
    }
  }
}

void ActorLexicon::finish() {
  static constexpr std::string_view kGeneric[] = {"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"};
  for (const auto& pc : pending_codes_) {
    std::string_view first = std::string_view(pc.code).substr(0, 3);
    bool ok = country_by_cameo(first) >= 0;
    for (auto g : kGeneric) ok = ok || g == first;
    for (const auto& o : orgs_) ok = ok || o.code == first;
    if (!ok)
      throw std::runtime_error(pc.where + ": code \"" + pc.code +
                               "\" starts with neither a country nor an international code");
  }
  pending_codes_.clear();
  for (auto& p : people_) {
    if (!p.fallback.empty()) continue;
    if (p.codes.empty()) {
      p.fallback = "---";
      continue;
    }
    // Out of office: an elite of the same country (CAMEO's ELI).
    std::string first = p.codes.front().code.substr(0, 3);
    p.fallback = country_by_cameo(first) >= 0 ? first + "ELI" : p.codes.front().code;
  }
  for (const auto& p : people_)
    if (p.fallback == "---")
      throw std::runtime_error(p.where + ": person \"" + p.name + "\" has no `code` or `else` line");
  // One record per person: a second record would compete with the first for
  // every mention of the name, so its dated codes could silently lose.
  std::unordered_map<std::string, const PersonEntry*> seen;
  for (const auto& p : people_) {
    std::string key;
    for (char c : p.name) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, fresh] = seen.emplace(key, &p);
    if (!fresh)
      throw std::runtime_error(p.where + ": person \"" + p.name + "\" is already defined at " + it->second->where +
                               " (add its codes to that record)");
  }
  build_index();
}

std::shared_ptr<const ActorLexicon> load_actor_lexicon(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw std::runtime_error(dir + ": not a directory");
  std::vector<std::string> files;
  for (const auto& de : fs::directory_iterator(dir, ec))
    if (de.is_regular_file() && de.path().extension() == ".txt") files.push_back(de.path().string());
  if (files.empty()) throw std::runtime_error(dir + ": no *.txt lexicon files");
  std::sort(files.begin(), files.end());
  auto lex = std::make_shared<ActorLexicon>();
  for (const auto& f : files) lex->load_file(f);
  lex->finish();
  return lex;
}

}  // namespace dyad
