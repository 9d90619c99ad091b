// Dictionaries in the TABARI / PETRARCH formats, compiled for matching.
// Formats: ../shared/docs/FORMATS.md. Words are stored upper-case; matching is
// case-insensitive (the coder upper-cases the text).
#ifndef DYAD_COMPAT_DICT_H_
#define DYAD_COMPAT_DICT_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dyad::compat {

// ------------------------------------------------------------- diagnostics

// One malformed (skipped) or suspicious line.
struct Diagnostic {
  std::string file;
  int line = 0;
  std::string reason;
  std::string str() const { return file + ":" + std::to_string(line) + ": " + reason; }
};
using Diagnostics = std::vector<Diagnostic>;

// Which program's conventions a file follows. They differ in comments (`;`
// and a leading `#` in TABARI; any `#` and `<!-- -->` in PETRARCH), in stems
// (TABARI: a word without a trailing `_` matches any word it begins) and in
// verb-pattern semantics.
enum class Flavor : uint8_t { kTabari, kPetr1, kPetr2 };

// yyyymmdd from "YYYYMMDD" or "YYMMDD" (7 characters or fewer: YYMMDD, years
// 00-30 -> 20YY, others 19YY). -1 if not a date.
int parse_dict_date(std::string_view s);

// ------------------------------------------------------------ phrase trie

// Word sequences -> node ids, with TABARI stems: an edge marked `stem`
// matches any text word that begins with it. Lookups never allocate.
class PhraseTrie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Word {
    std::string text;  // upper case
    bool stem = false;
    // TABARI: a space (not '_') before this word, so other words may come
    // between it and the previous one ("PRINCE DOL_AMROTH" matches "Prince
    // of Dol Amroth").
    bool gap = false;
    // TABARI: written with a trailing '=': this word only, no plural.
    bool bare = false;
  };
  // Most words a gap may skip.
  static constexpr int kMaxGap = 3;
  PhraseTrie();
  // Adds the phrase; returns its final node.
  uint32_t add(const std::vector<Word>& words);
  uint32_t root() const { return 0; }
  // The child of node for a text word (exact edge first), or kNone.
  uint32_t step(uint32_t node, std::string_view upper_word) const;
  // The child of node for a word already interned (word_id), or kNone.
  // Coders intern each text word once per sentence and step by id.
  uint32_t step_id(uint32_t node, uint32_t id) const {
    if (id == kNone) return kNone;
    auto it = edges_.find(edge_key(node, id));
    return it == edges_.end() ? kNone : it->second;
  }
  // Every child of node reached by the word (exact and stem edges).
  template <class F>
  void for_each_step(uint32_t node, std::string_view w, F&& f) const {
    for_each_step(node, w, word_id(w), f);
  }
  // The same with the word's id (word_id(w)) known.
  template <class F>
  void for_each_step(uint32_t node, std::string_view w, uint32_t id, F&& f) const {
    uint32_t e = step_id(node, id);
    if (e != kNone) f(e);
    if (!has_stems_) return;
    for (size_t len = w.size(); len >= 1; --len) {
      uint32_t id = word_id(w.substr(0, len));
      if (id == kNone) continue;
      auto it = stem_edges_.find(edge_key(node, id));
      if (it != stem_edges_.end() && it->second != e) f(it->second);
    }
  }
  size_t nodes() const { return node_count_; }
  bool has_stems() const { return has_stems_; }
  bool has_gaps() const { return !gap_parents_.empty(); }
  // Whether a gap edge leaves `node` / leads to `child`.
  bool gap_parent(uint32_t node) const { return gap_parents_.count(node) > 0; }
  bool gap_child(uint32_t child) const { return gap_children_.count(child) > 0; }
  // Whether the word leading to `node` was written bare ("MOUSE="): no plural.
  bool bare(uint32_t node) const { return !bare_.empty() && bare_.count(node) > 0; }
  // Interned id of an upper-case word, or kNone.
  uint32_t word_id(std::string_view w) const { return word_id(w, hash_word(w)); }
  // The same with the word's hash_word() known: a coder hashes each text
  // word once and looks it up in every trie (actors, agents, discards, ...).
  uint32_t word_id(std::string_view w, uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.hash == static_cast<uint32_t>(hash >> 32) && words_[s.id] == w) return s.id;
    }
  }
  static uint64_t hash_word(std::string_view w) { return std::hash<std::string_view>()(w); }

 private:
  static uint64_t edge_key(uint32_t node, uint32_t word) { return (uint64_t(node) << 32) | word; }
  // The vocabulary: an open-addressing table of word ids (power-of-two
  // size, at most half full), probed with a hash computed by the caller.
  struct Slot {
    uint32_t id = kNone;
    uint32_t hash = 0;  // high half of hash_word
  };
  uint32_t intern(const std::string& w);
  std::vector<Slot> slots_;
  std::vector<std::string> words_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::unordered_map<uint64_t, uint32_t> stem_edges_;
  std::unordered_set<uint32_t> gap_parents_, gap_children_, bare_;
  uint32_t node_count_ = 1;
  bool has_stems_ = false;
};

// Splits a dictionary phrase on `_` and spaces; a trailing `_` makes the word
// exact under TABARI stems (`stems` true) and is dropped otherwise.
std::vector<PhraseTrie::Word> split_phrase(std::string_view phrase, bool stems);

// ---------------------------------------------------------------- actors

struct DatedCode {
  std::string code;   // CAMEO actor code; "---" is the null actor
  int from = 0;       // yyyymmdd, half-open [from, to)
  int to = 99999999;
  bool restricted = false;
};

struct ActorRecord {
  std::string phrase;              // primary phrase as written (provenance)
  std::vector<DatedCode> codes;    // file order
  std::string where;               // file:line
};

class ActorDict {
 public:
  // The code valid at date (yyyymmdd; 0 = unknown): the first restriction
  // that holds, else the unrestricted default. A compound code "GME/GMW"
  // is returned whole (the coder splits it where the program did).
  // Empty: the phrase has no code then.
  std::vector<std::string> codes_at(const std::vector<uint32_t>& records, int date) const;

  PhraseTrie trie;
  std::unordered_map<uint32_t, std::vector<uint32_t>> at_node;  // node -> records
  std::vector<ActorRecord> records;
  size_t max_words = 0;
};

// ---------------------------------------------------------------- agents

struct AgentRecord {
  std::string code;   // "~GOV" (appended) or "IGO~" (prefixed), as written
  std::string where;
};

class AgentDict {
 public:
  PhraseTrie trie;
  std::unordered_map<uint32_t, uint32_t> at_node;  // node -> record
  std::vector<AgentRecord> records;
  size_t max_words = 0;
};

// ----------------------------------------------------------- discards etc.

class DiscardDict {
 public:
  PhraseTrie trie;
  std::unordered_map<uint32_t, bool> at_node;  // node -> story level?
  size_t entries = 0;
};

class IssueDict {
 public:
  PhraseTrie trie;
  std::unordered_map<uint32_t, std::string> at_node;  // node -> code; "~" / "~~" suppress
  size_t entries = 0;
};

// ----------------------------------------------------------------- verbs

// A set of alternative phrases (synset members, with generated plurals).
struct Synset {
  std::string name;  // with the leading '&'
  std::vector<std::vector<std::string>> members;
  bool has_phrases = false;  // some member has several words
  int longest = 1;           // words of the longest member
};

// One element of a linear (TABARI / PETRARCH-1) pattern.
struct LinElem {
  enum Kind : uint8_t { kWord, kSynset, kAlt, kSource, kTarget, kCompound, kSkip } kind = kWord;
  std::string word;                 // kWord (upper case)
  bool stem = false;                // kWord: TABARI stem
  uint32_t synset = 0;              // kSynset
  std::vector<std::vector<std::string>> alts;  // kAlt: { a | b }
  bool glued = false;               // `_`: must immediately follow the previous element
};

struct LinPattern {
  std::vector<LinElem> before;      // in text order, ending next to the verb
  std::vector<LinElem> after;       // in text order, starting next to the verb
  bool before_glued = false;        // IN_*: last `before` element right before the verb
  bool after_glued = false;         // *_OUT
  int length = 0;                   // TABARI's sort key
};

// A noun element of a tree (PETRARCH-2) pattern: the head (a word or synset)
// and the other words of a braced phrase, which must sit in the same phrase.
struct TreeNoun {
  std::string head;                 // upper case, or "" when head is a synset
  int32_t synset = -1;
  bool any = false;                 // `^`
  // Inside a prepositional element, a legacy TABARI slot: `(WITH +)` names
  // the phrase holding the target, `(FROM $)` the one holding the source
  // (0 none, '$', '+'). The noun itself matches anything.
  char slot = 0;
  std::vector<std::string> mods;    // words or "&SYN" names
};
struct TreePrep {
  std::string prep;
  bool has_obj = false;
  TreeNoun obj;
};
struct TreePattern {
  std::vector<TreeNoun> pre_nouns, post_nouns;
  std::vector<TreePrep> pre_preps, post_preps;
  // Legacy TABARI slot markers left in PETRARCH-2 files (`- % * [050]`):
  // PETRARCH-2 stores them as literal words that never match; dyad reads
  // `%` as "the compound subject's members act on each other" and drops
  // `$` / `+` as constraints, as UD-PETRARCH's expectations assume.
  bool compound = false;
  // The post-verb elements in written order: 'N' the next of post_nouns,
  // 'P' the next of post_preps, and the legacy standalone markers '^' (skip
  // the next phrase of the verb), '$' and '+' (the next phrase of the verb
  // holding an actor is the source / the target), as UD-PETRARCH's
  // expectations read them (`- * IFTAR (IN ^) +`, `- * TABASKI ^ $`).
  std::string post_order;
  bool post_slots = false;          // post_order holds '^', '$' or '+'
  bool pre_target = false;          // `+` before the verb: the subject is the target
};

struct VerbPatternC {
  std::string active;   // code for source -> target; "" = none
  std::string passive;  // [A:B] second code; "" if absent
  bool paired = false;
  bool subordinate = false;  // TABARI [CODE?]
  bool dominant = false;     // TABARI [CODE!]
  bool linear = true;
  LinPattern lin;
  TreePattern tree;
  std::string where;   // file:line
  int specificity = 0;
};

// A verb line: the word the parser tags as the verb, plus particles.
struct VerbEntry {
  uint32_t block = 0;
  std::string code;                 // overrides the block code when not empty ("---": none)
  std::string passive;              // with `code`: [A:B] second code
  bool paired = false;
  bool subordinate = false;         // TABARI [CODE?] on the verb line
  std::vector<std::string> before;  // words before the verb word (pre-compounds)
  std::vector<std::string> after;   // particles after the verb word
  std::string where;
};

struct VerbBlock {
  std::string meaning;
  std::string code;                 // default code: "" = no event ("---")
  std::string passive;              // [A:B]
  bool paired = false;
  bool subordinate = false;         // TABARI [CODE?]
  std::vector<uint32_t> patterns;   // into VerbDict::patterns, most specific first
  std::string where;
};

class VerbDict {
 public:
  Flavor flavor = Flavor::kPetr2;
  std::vector<Synset> synsets;
  std::unordered_map<std::string, uint32_t> synset_index;  // "&NAME" -> index
  std::vector<VerbBlock> blocks;
  std::vector<VerbEntry> entries;
  std::vector<VerbPatternC> patterns;
  // Upper-case inflected form -> entries; and TABARI stems.
  std::unordered_map<std::string, std::vector<uint32_t>> forms;
  std::unordered_map<std::string, std::vector<uint32_t>> stems;  // TABARI stems
  std::vector<std::string> transformations;             // `~` lines, kept verbatim

  // Entries whose form matches the upper-case word (exact, then stems).
  void lookup(std::string_view upper_word, std::vector<uint32_t>& out) const;
  bool in_synset(uint32_t synset, std::string_view upper_word) const;
  // Rebuilds synset_words after synsets change (the loaders call it).
  void index_synsets();

  struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Per synset, its single-word members with those of nested synsets, so
  // that a membership test is one lookup.
  std::vector<std::unordered_set<std::string, WordHash, std::equal_to<>>> synset_words;
};

// The PETRARCH internal coding ontology: CAMEO code <-> hex.
class Pico {
 public:
  std::unordered_map<std::string, int> to_hex;
  std::map<int, std::string> from_hex;
  bool empty() const { return to_hex.empty(); }
};

// ------------------------------------------------------------ dictionaries

// TABARI .options settings that change coding (manual chapter 8). The
// defaults are TABARI's own.
struct TabariOptions {
  // SET: CODE BY CLAUSE (first event of each conjunction-delimited clause),
  // SENTENCE (first event of the sentence) or CODE ALL (every verb).
  enum class CodeBy : uint8_t { kClause, kSentence, kAll } code_by = CodeBy::kClause;
  // COMPLEX: a sentence meeting any active condition is not coded.
  int complex_verbs = 0, complex_conj = 0, complex_actors = 0;
  bool complex_noactprior = false, complex_noverb = false;
  // DEFAULT: SOURCE [x] PRIOR TARGET [y] AFTER ("" = off).
  std::string default_source, default_target;
  bool default_source_prior = false, default_target_after = false;
  // COMMA: comma-delimited clauses of (min, max] words are dropped before
  // coding; b* for the clause opening the sentence, e* for the closing one.
  bool comma = true;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 128, comma_bmax = 0;
  bool convert_agents = false;  // SET: CONVERT AGENTS: an agent alone is an actor ("~MIL")
  int minimum_words = 0;        // SET: MINIMUM WORDS (0 = off)
  // FORWARD: a pronoun with no actor before it in its sentence is the first
  // actor of the previous sentence (CSentence::forwarded).
  bool forward = false;
};

struct Options {
  bool require_dyad = true;
  int new_actor_length = 0;
  int comma_min = 2, comma_max = 8, comma_bmin = 0, comma_bmax = 0, comma_emin = 2, comma_emax = 8;
  TabariOptions tabari;
};

// Applies one TABARI options command ("COMPLEX: VERBS[5] NOACTPRIOR",
// "SET: CODE BY SENTENCE", "DEFAULT: OFF", "COMMA: MIN = 4 MAX = 6").
// Returns false for a command TABARI does not have; commands that do not
// change coding (LABEL, OUTPUT, FORWARD, ...) are accepted and ignored.
bool apply_tabari_option(std::string_view command, Options& options);

// Sets the TABARI program's own defaults (MINIMUM WORDS 8), which a TABARI
// project starts from before its .options file is read.
void set_tabari_program_defaults(Options& options);

struct Dictionaries {
  VerbDict verbs;
  ActorDict actors;
  AgentDict agents;
  DiscardDict discards;
  IssueDict issues;
  Pico pico;
  Options options;
  bool has_verbs = false, has_actors = false, has_agents = false;
  std::vector<std::string> files;   // every file loaded, for provenance
};

// Loaders. Each appends to `dict`, reports bad lines in `diags` and returns
// false only when the file cannot be read at all (also reported). The flavor
// is guessed from the file name and content when kAuto.
enum class FormatHint : uint8_t { kAuto, kTabari, kPetr1, kPetr2 };
bool load_verbs(const std::string& path, Dictionaries& dict, Diagnostics& diags,
                FormatHint hint = FormatHint::kAuto);
bool load_actors(const std::string& path, Dictionaries& dict, Diagnostics& diags,
                 FormatHint hint = FormatHint::kAuto);
bool load_agents(const std::string& path, Dictionaries& dict, Diagnostics& diags,
                 FormatHint hint = FormatHint::kAuto);
bool load_discards(const std::string& path, Dictionaries& dict, Diagnostics& diags);
bool load_issues(const std::string& path, Dictionaries& dict, Diagnostics& diags);
bool load_pico(const std::string& path, Dictionaries& dict, Diagnostics& diags);
// TABARI .options: reads what matters for coding (none of it yet changes
// results) and reports unknown commands.
bool load_tabari_options(const std::string& path, Dictionaries& dict, Diagnostics& diags);

// From-text variants (tests, and files already in memory); `name` is used in
// diagnostics.
void parse_verbs(std::string_view text, const std::string& name, Dictionaries& dict,
                 Diagnostics& diags, FormatHint hint = FormatHint::kAuto);
void parse_actors(std::string_view text, const std::string& name, Dictionaries& dict,
                  Diagnostics& diags, FormatHint hint = FormatHint::kAuto);
void parse_agents(std::string_view text, const std::string& name, Dictionaries& dict,
                  Diagnostics& diags, FormatHint hint = FormatHint::kAuto);
void parse_discards(std::string_view text, const std::string& name, Dictionaries& dict,
                    Diagnostics& diags);
void parse_issues(std::string_view text, const std::string& name, Dictionaries& dict,
                  Diagnostics& diags);
void parse_pico(std::string_view text, const std::string& name, Dictionaries& dict,
                Diagnostics& diags);

// A directory of dictionaries, as `dyad code --dict DIR` takes it: a
// PETR_config.ini ([Dictionaries] names the files) or a TABARI .project if
// present, else files recognised by name (*verbs*, *actors*, *agents*,
// *discards*, *Issue*, *Ontology*). Returns false if nothing usable was found.
bool load_dictionary_dir(const std::string& dir, Dictionaries& dict, Diagnostics& diags);

// Reads a whole file; false if unreadable.
bool read_file(const std::string& path, std::string& out);

}  // namespace dyad::compat

#endif  // DYAD_COMPAT_DICT_H_
