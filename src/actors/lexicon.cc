// ActorLexicon: folding, the trie, and turning codes into Actor fields.
#include "actors/lexicon.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>

namespace dyad {

namespace {

constexpr uint32_t pack3(const char* c) {
  return static_cast<uint32_t>(static_cast<unsigned char>(c[0])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(c[1])) << 8 | static_cast<unsigned char>(c[2]);
}

}  // namespace

bool is_role_code(std::string_view c) {
  // Compared as 3-byte integers, not strings: every 3-letter block of every
  // code the actor stage makes is tested here (~300k calls on VOA x3, each
  // once a loop of memcmp calls).
  static constexpr uint32_t kRoles[] = {
      pack3("COP"), pack3("GOV"), pack3("INS"), pack3("JUD"), pack3("MIL"), pack3("OPP"), pack3("REB"),
      pack3("SEP"), pack3("SPY"), pack3("UAF"), pack3("AGR"), pack3("BUS"), pack3("CRM"), pack3("CVL"),
      pack3("DEV"), pack3("EDU"), pack3("ELI"), pack3("ENV"), pack3("HLH"), pack3("HRI"), pack3("LAB"),
      pack3("LEG"), pack3("MED"), pack3("REF"), pack3("MOD"), pack3("RAD"), pack3("PTY"), pack3("REL")};
  if (c.size() != 3) return false;
  const uint32_t k = pack3(c.data());
  for (uint32_t r : kRoles)
    if (r == k) return true;
  return false;
}

std::string ActorLexicon::fold(std::string_view word) {
  bool ascii = true;
  for (unsigned char c : word)
    if (c >= 0x80) { ascii = false; break; }
  std::string out(word);
  if (ascii) {
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  // Rare path (Erdoğan, Zelenskyy's Cyrillic-derived spellings, Côte): strip
  // combining marks after canonical decomposition so that "Erdoğan" and
  // "Erdogan" share a key, then lower-case.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
  if (U_SUCCESS(err)) {
    icu::UnicodeString d = nfd->normalize(u, err);
    if (U_SUCCESS(err)) u = d;
  }
  icu::UnicodeString kept;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
    i += U16_LENGTH(c);
  }
  kept.toLower();
  out.clear();
  kept.toUTF8String(out);
  return out;
}

uint32_t ActorLexicon::intern(const std::string& key) {
  auto [it, fresh] = vocab_.emplace(key, static_cast<uint32_t>(vocab_.size()));
  if (fresh) drop_index();
  return it->second;
}

void ActorLexicon::build_index() {
  auto capacity = [](size_t n) {
    size_t cap = 16;
    while (cap < 2 * n) cap <<= 1;
    return cap;
  };
  word_slots_.assign(capacity(vocab_.size()), WordSlot());
  word_mask_ = word_slots_.size() - 1;
  word_text_.clear();
  for (const auto& [word, id] : vocab_) {
    size_t i = word_hash(word) & word_mask_;
    while (word_slots_[i].id != kNoWord) i = (i + 1) & word_mask_;
    WordSlot& s = word_slots_[i];
    s.id = id;
    s.len = static_cast<uint32_t>(word.size());
    if (word.size() <= WordSlot::kInline) {
      std::memcpy(s.text, word.data(), word.size());
    } else {
      s.offset = static_cast<uint32_t>(word_text_.size());
      word_text_ += word;
    }
  }
  edge_slots_.assign(capacity(edges_.size()), EdgeSlot());
  edge_mask_ = edge_slots_.size() - 1;
  for (const auto& [key, next] : edges_) {
    size_t i = edge_hash(key) & edge_mask_;
    while (edge_slots_[i].next != kNoNode) i = (i + 1) & edge_mask_;
    edge_slots_[i] = {key, next};
  }
}

int ActorLexicon::country_by_cameo(std::string_view cameo) const {
  auto it = cameo_to_country_.find(cameo);
  return it == cameo_to_country_.end() ? -1 : static_cast<int>(it->second);
}

Actor ActorLexicon::make_actor(const std::string& code) const {
  Actor a;
  a.code = code;
  size_t rest = 0;
  if (code.size() >= 3) {
    int c = country_by_cameo(std::string_view(code).substr(0, 3));
    if (c >= 0) {
      a.country = countries_[c].iso;
      rest = 3;
    } else if (is_role_code(std::string_view(code).substr(0, 3))) {
      rest = 0;  // an agent with no country: "MIL", "GOVMIL"
    } else {
      // The longest organisation code that prefixes this code names the org
      // (IGOUNOWHO is WHO, not the UN).
      size_t best = 0;
      for (const auto& o : orgs_) {
        if (o.org.empty() || o.code.size() <= best) continue;
        if (code.compare(0, o.code.size(), o.code) == 0) {
          best = o.code.size();
          a.org = o.org;
        }
      }
      rest = 3;
    }
  }
  for (size_t i = rest; i + 3 <= code.size(); i += 3) {
    std::string_view three = std::string_view(code).substr(i, 3);
    if (is_role_code(three)) a.sectors.emplace_back(three);
  }
  return a;
}

const std::string& ActorLexicon::person_code(uint32_t p, int date) const {
  const PersonEntry& e = people_[p];
  for (const auto& c : e.codes)
    if (c.range.contains(date)) return c.code;
  return e.fallback;
}

namespace {

// A held role matches a title by phrase or by head word: the word before
// " of ", else the last word ("deputy prime minister" has head "minister").
bool role_matches(const std::string& role, const AgentEntry& title) {
  if (role == title.phrase) return true;
  std::string_view rv(role);
  size_t of = rv.find(" of ");
  if (of != std::string_view::npos) rv = rv.substr(0, of);
  size_t sp = rv.rfind(' ');
  if (sp != std::string_view::npos) rv = rv.substr(sp + 1);
  return rv == title.head;
}

bool holds_role(const PersonCode& c, const AgentEntry& title) {
  for (const auto& r : c.roles)
    if (role_matches(r, title)) return true;
  return false;
}

}  // namespace

bool ActorLexicon::person_has_role(uint32_t p, const AgentEntry& title, int date) const {
  for (const auto& c : people_[p].codes)
    if (c.range.contains(date) && holds_role(c, title)) return true;
  return false;
}

void ActorLexicon::person_role_ranges(uint32_t p, const AgentEntry& title, std::vector<DateRange>* out) const {
  // Stricter than person_has_role: the title must be the whole role or its
  // end ("minister" for "foreign minister"), so "Vice President" does not
  // vote for a later presidency.
  const std::string& t = title.phrase;
  for (const auto& c : people_[p].codes)
    for (const auto& r : c.roles)
      if (r == t || (r.size() > t.size() && r.compare(r.size() - t.size(), t.size(), t) == 0 &&
                     r[r.size() - t.size() - 1] == ' ')) {
        out->push_back(c.range);
        break;
      }
}

ActorLexicon::Stats ActorLexicon::stats() const {
  Stats s;
  s.countries = countries_.size();
  s.orgs = orgs_.size();
  s.agents = agents_.size();
  s.people = people_.size();
  s.phrases = phrases_;
  s.words = vocab_.size();
  s.nodes = terminals_.size();
  return s;
}

}  // namespace dyad
