// The compiled actor lexicon: countries, organisations, agents, people and
// modifiers read from data/actors/*.txt (format: data/actors/README.md),
// compiled into one token trie keyed by folded word ids.
//
// Private to src/actors: the public surface is include/dyad/actors.h.
#ifndef DYAD_SRC_ACTORS_LEXICON_H_
#define DYAD_SRC_ACTORS_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "dyad/document.h"

namespace dyad {

// Dates are yyyymmdd integers; a range is half-open [from, to), the PETRARCH
// convention ("A-B: A <= date < B"): `to` is the day the successor takes over.
struct DateRange {
  int from = 0;
  int to = 99999999;
  bool contains(int d) const { return from <= d && d < to; }
};

struct CountryEntry {
  std::string iso;    // ISO 3166 alpha-3 (Actor.country); XKX for Kosovo
  std::string cameo;  // CAMEO country code (usually == iso; KSV, TMP differ)
  std::string name;   // first `name` phrase, for provenance
};

struct OrgEntry {
  std::string code;  // CAMEO code, e.g. IGONAT, IGOUNOWHO, NGOHRIAMN, LAM
  std::string org;   // short name for Actor.org, e.g. NATO; empty for regions
  std::string name;  // first `name` phrase
  // Optional dated codes (the Taliban: insurgents, then the government);
  // `code` is the default outside them.
  std::vector<std::pair<std::string, std::pair<int, int>>> dated;
};

struct AgentEntry {
  std::string sectors;  // concatenated role codes, e.g. "GOVMIL"
  std::string phrase;   // singular phrase as written, e.g. "defence minister"
  std::string head;     // head word, lower case ("minister")
  bool title = false;   // singular personal title: may precede a name, and
                        // "the <title>" may refer back to a person
  bool weak = false;    // "spokesman", "official": takes the role of a
                        // modifying agent or seat ("police spokesman" -> COP)
  bool plural = false;  // a generated or listed plural form
  bool topic = false;   // "China scholar", "Russia analyst": a country NAME before it is
                        // the subject studied, not the nationality ("Chinese scholar" is)
};

struct PersonCode {
  std::string code;
  DateRange range;
  std::vector<std::string> roles;  // titles held, e.g. "president"
};

struct PersonEntry {
  std::string name;                // canonical name (the record header)
  std::vector<PersonCode> codes;   // tried in order; first range that holds wins
  std::string fallback;            // `else` code; default: country + ELI
  char gender = 0;                 // 'm', 'f' or 0
  // First letters (upper-case ASCII) of the words before the last in every
  // full form: a different given name before a bare surname ("Hunter
  // Biden") is a namesake, a variant spelling ("Jim"/"James") usually
  // keeps the letter.
  std::string given_initials;
  std::string where;               // file:line of the record, for errors
};

enum class EntryKind : uint8_t {
  kCountry,       // name or adjective/demonym of a country
  kCapital,       // capital city used as metonym: the country
  kSeat,          // seat of an institution: country + sectors (Kremlin)
  kOrg,           // IGO, NGO, region
  kAgent,         // role noun
  kPersonFull,    // full name
  kPersonShort,   // surname: needs the full name in the document, or a title
  kPersonTitled,  // needs a title or honorific right before (common words: May)
  kPersonAlias,   // always matches (Putin, Zelenskyy)
  kPersonSurname, // surname that is a common name (Reid, Collins, Jackson): only after
                  // the full name in the same document, never licensed by a title alone
  kFormer,        // "former", "ex-": agent becomes ELI
  kSkip,          // "top", "senior", "deputy": may sit inside a chain
  kHonorific,     // "Mr.", "Ms.": licenses a surname
  kIgnore,        // "South China Sea": consumes its words, yields nothing
  kCountryRef,    // "the country": an earlier country mention (or the
                  // article's dominant country) stands in its place
  kOrgRef,        // "the alliance", "the bloc": an earlier organisation
  kProvince,      // a state's province or federal state ("California",
                  // "Xinjiang"): evidence for the article's country, no actor
  kForename,      // "Jordan", "Chad": a state's name that is also a person's
                  // name; marks the state's entry, yields nothing itself
};

// How a lexicon word constrains the case of the text word.
enum class CaseRule : uint8_t {
  kAny,           // written lower case: any case matches
  kInitialUpper,  // written capitalised: text must start upper case
  kExact,         // written with '=': text must be identical (US, not us)
};

struct Entry {
  EntryKind kind;
  uint32_t ref = 0;              // index into the table of its kind
  std::string sectors;           // kSeat: role codes added to the country
  std::vector<CaseRule> rules;   // one per word
  std::vector<std::string> exact;  // the words as written (for kExact)
  std::string source;            // "file:line" for provenance
  bool adjective = false;        // kCountry: an `adj` form ("Chinese"), not a name ("China")
};

class ActorLexicon {
 public:
  static constexpr uint32_t kNoWord = UINT32_MAX;
  static constexpr uint32_t kNoNode = UINT32_MAX;

  // Folded key of a token or lexicon word: lower case, diacritics removed.
  static std::string fold(std::string_view word);

  // Word id of a folded key, or kNoWord.
  uint32_t word_id(std::string_view key) const { return word_id(key, word_hash(key)); }
  // The same in two steps, for a caller that looks up a run of words: each
  // look-up is a cache miss in a table of megabytes, and requesting the
  // slots of the next words first lets those misses overlap.
  static uint64_t word_key_hash(std::string_view key) { return word_hash(key); }
  void prefetch_word(uint64_t hash) const {
    if (!word_slots_.empty()) __builtin_prefetch(&word_slots_[hash & word_mask_]);
  }
  // hash = word_key_hash(key).
  uint32_t word_id(std::string_view key, uint64_t hash) const {
    if (word_slots_.empty()) {
      auto it = vocab_.find(std::string(key));
      return it == vocab_.end() ? kNoWord : it->second;
    }
    for (size_t i = hash & word_mask_;; i = (i + 1) & word_mask_) {
      const WordSlot& s = word_slots_[i];
      if (s.id == kNoWord) return kNoWord;
      if (s.len == key.size() && std::memcmp(slot_text(s), key.data(), key.size()) == 0) return s.id;
    }
  }
  uint32_t root() const { return 0; }
  // Requests the slot step(node, word) will read.
  void prefetch_step(uint32_t node, uint32_t word) const {
    if (edge_slots_.empty()) return;
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
    __builtin_prefetch(&edge_slots_[edge_hash(key) & edge_mask_]);
  }
  uint32_t step(uint32_t node, uint32_t word) const {
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | word;
    if (edge_slots_.empty()) {
      auto it = edges_.find(key);
      return it == edges_.end() ? kNoNode : it->second;
    }
    for (size_t i = edge_hash(key) & edge_mask_;; i = (i + 1) & edge_mask_) {
      const EdgeSlot& s = edge_slots_[i];
      if (s.next == kNoNode) return kNoNode;
      if (s.key == key) return s.next;
    }
  }
  // Entries whose phrase ends at node.
  const std::vector<uint32_t>& terminals(uint32_t node) const { return terminals_[node]; }
  size_t max_phrase_words() const { return max_words_; }

  const Entry& entry(uint32_t i) const { return entries_[i]; }
  const CountryEntry& country(uint32_t i) const { return countries_[i]; }
  const OrgEntry& org(uint32_t i) const { return orgs_[i]; }
  const AgentEntry& agent(uint32_t i) const { return agents_[i]; }
  const PersonEntry& person(uint32_t i) const { return people_[i]; }

  // Splits a CAMEO code into Actor fields using the country and org tables.
  Actor make_actor(const std::string& code) const;
  // The organisation's code valid at date (yyyymmdd).
  const std::string& org_code(uint32_t org, int date) const {
    for (const auto& [code, range] : orgs_[org].dated)
      if (range.first <= date && date < range.second) return code;
    return orgs_[org].code;
  }
  // The person's code valid at date (yyyymmdd).
  const std::string& person_code(uint32_t person, int date) const;
  // True if the person holds a role compatible with `title` (same phrase or
  // same head word) at date.
  bool person_has_role(uint32_t person, const AgentEntry& title, int date) const;
  // Every date range in which the person holds `title` (the whole role or
  // its last words), appended to *out (for dating an undated article).
  void person_role_ranges(uint32_t person, const AgentEntry& title, std::vector<DateRange>* out) const;
  // CAMEO country code -> index into countries.
  int country_by_cameo(std::string_view cameo) const;

  struct Stats {
    size_t countries = 0, orgs = 0, agents = 0, people = 0, phrases = 0,
           words = 0, nodes = 0;
  };
  Stats stats() const;

  // Loading (lexicon_loader.cc).
  void load_file(const std::string& path);
  void finish();  // checks cross-references after all files are loaded

 private:
  friend class LexiconBuilder;
  uint32_t intern(const std::string& key);
  void add_phrase(const std::string& phrase, Entry e, const std::string& where,
                  const std::string& source);

  std::unordered_map<std::string, uint32_t> vocab_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  // vocab_ and edges_ again as flat open-addressing tables, built by
  // build_index() in finish() (and dropped by any later change, so the maps
  // answer until the next finish()). Matching looks up every token's word
  // and most tokens' first trie step; in the node-based maps each look-up
  // is a chain of cache misses, here one slot (and, for words longer than
  // the slot holds, their bytes in word_text_).
  struct WordSlot {
    uint32_t id = kNoWord;  // kNoWord: empty
    uint32_t len = 0;
    uint32_t offset = 0;    // into word_text_, when len > kInline
    char text[20] = {};     // the word itself, when len <= kInline
    static constexpr uint32_t kInline = 20;
  };
  struct EdgeSlot {
    uint64_t key = 0;
    uint32_t next = kNoNode;  // kNoNode: empty
  };
  static uint64_t word_hash(std::string_view key) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : key) h = (h ^ c) * 0x100000001b3ULL;
    return h ^ (h >> 31);
  }
  static uint64_t edge_hash(uint64_t key) {
    key ^= key >> 33;
    key *= 0xff51afd7ed558ccdULL;
    key ^= key >> 33;
    return key;
  }
  const char* slot_text(const WordSlot& s) const {
    return s.len <= WordSlot::kInline ? s.text : word_text_.data() + s.offset;
  }
  void build_index();
  void drop_index() {
    word_slots_.clear();
    edge_slots_.clear();
  }
  std::vector<WordSlot> word_slots_;
  size_t word_mask_ = 0;
  std::string word_text_;
  std::vector<EdgeSlot> edge_slots_;
  size_t edge_mask_ = 0;
  std::vector<std::vector<uint32_t>> terminals_{1};
  size_t max_words_ = 0;
  size_t phrases_ = 0;

  std::vector<Entry> entries_;
  std::vector<CountryEntry> countries_;
  std::vector<OrgEntry> orgs_;
  std::vector<AgentEntry> agents_;
  std::vector<PersonEntry> people_;
  // Looked up by string_view (the first three letters of every code made).
  StringMap<uint32_t> cameo_to_country_;
  // Person codes are checked in finish(), once every country file is read.
  struct PendingCode { std::string code, where; };
  std::vector<PendingCode> pending_codes_;
};

// Role codes of the CAMEO manual (primary, secondary, tertiary, plus PTY).
bool is_role_code(std::string_view three);

}  // namespace dyad

#endif  // DYAD_SRC_ACTORS_LEXICON_H_
