// Coding with TABARI / PETRARCH dictionaries over dyad's tokens, tags and
// dependency tree (or over a parse given with a validation record).
#ifndef DYAD_COMPAT_CODER_H_
#define DYAD_COMPAT_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/compat_dict.h"
#include "dyad/document.h"

namespace dyad::compat {

// One word of a sentence as the compat coder sees it.
struct CToken {
  std::string text;    // as written
  std::string word;    // upper case
  std::string lemma;   // upper case; may be empty
  std::string xpos;    // Penn tag; may be empty
  int head = -1;       // sentence-relative index; -1 = root or no tree
  std::string rel;     // dependency relation (UD v1 or v2 names); "" without a tree
  uint32_t doc_token = 0;  // index into Document::tokens when built from one
  uint32_t doc_token_end = 0;  // one past the last document token it covers
  // From a constituency parse (Treebank records), for verbs: the span of the
  // verb's own VP and of the subject NP of its clause; -1 when unknown.
  int vp_begin = -1, vp_end = -1;
  int subj_begin = -1, subj_end = -1;
  bool passive = false;  // a participle under a form of BE
};

// An actor found by another component (dyad's own actor stage) over
// tokens [begin, end), used when the user's dictionaries bring no actors.
struct ExternalActor {
  int begin = 0, end = 0;
  std::string code;
};

struct CSentence {
  std::vector<CToken> toks;
  int date = 0;        // yyyymmdd; 0 = unknown
  bool has_tree = false;
  std::vector<ExternalActor> external;
  // TABARI FORWARD: the first actor of the previous sentence (its country
  // code, without agents), "" when none; see CodeResult::first_actor.
  std::string forwarded;
};

// Builders. `date` is yyyymmdd.
CSentence sentence_from_document(const Document& doc, uint32_t sentence, int date);
// CoNLL-U lines of one sentence (10 tab-separated columns). Returns "" or an
// error message naming the line.
std::string sentence_from_conllu(std::string_view conllu, int date, CSentence& out);
// A Penn Treebank bracketed parse "(ROOT (S (NP (NNP Arnor)) ...))": words
// and tags (no dependency tree). Returns "" or an error message.
std::string sentence_from_treebank(std::string_view parse, int date, CSentence& out);

struct CEvent {
  std::string source, target, code;
  std::string rule;          // file:line of the pattern (or verb line) that fired
  int verb = -1;             // token index of the verb
  int source_begin = -1, source_end = -1, target_begin = -1, target_end = -1;
  bool operator==(const CEvent& o) const { return source == o.source && target == o.target && code == o.code; }
};

struct CodeResult {
  std::vector<CEvent> events;
  int discard = 0;           // 0 none, 1 sentence-level, 2 story-level discard phrase found
  bool complex = false;      // TABARI: too complex to code (COMPLEX: conditions, a +++ code)
  std::vector<std::string> issues;  // issue codes found in the sentence
  // TABARI: the first dictionary actor of the sentence's text (actor code
  // only, no agent), forwarded to the next sentence under FORWARD.
  std::string first_actor;
};

class Coder {
 public:
  explicit Coder(std::shared_ptr<const Dictionaries> dict);
  // Codes one sentence. Thread-safe.
  CodeResult code(const CSentence& s) const;
  // The same with other coding options than the dictionaries' own (a
  // validation suite's per-record settings).
  CodeResult code(const CSentence& s, const Options& options) const;
  // Codes every sentence of a document that has been run through dyad's
  // pipeline (tokens, sentences, syntax) and appends actor mentions and
  // events to it, marking each event's rule with the pattern's file:line.
  // With use_document_mentions, the document's existing actor mentions are
  // the actors (for verb dictionaries without actor files).
  void run(Document& doc, bool use_document_mentions = false) const;
  const Dictionaries& dict() const { return *dict_; }

 private:
  std::shared_ptr<const Dictionaries> dict_;
};

// User dictionaries for `dyad code` (--dict DIR, --verbs, --actors, --agents,
// --discards, --issues). In "add" mode their events join dyad's own, and
// when no actor file is given dyad's actor mentions serve as the actors of
// the user's verb patterns; in "replace" mode only their events remain.
struct UserDictOptions {
  std::vector<std::string> dirs, verbs, actors, agents, discards, issues;
  bool replace = false;
  bool empty() const {
    return dirs.empty() && verbs.empty() && actors.empty() && agents.empty() && discards.empty() && issues.empty();
  }
};
// Loads every file named; malformed lines go to diags. Returns nullptr with
// *error set when a file cannot be read or nothing usable was loaded.
std::shared_ptr<const Coder> load_user_coder(const UserDictOptions& options, Diagnostics& diags, std::string* error);
// Codes a document the pipeline has run on with the user's dictionaries
// (see UserDictOptions for the modes). Thread-safe.
void apply_user_coder(const Coder& coder, Document& doc, bool replace);

// yyyymmdd from "YYYY-MM-DD" or "YYYYMMDD"; 0 if empty or malformed.
int date_from_iso(std::string_view d);

}  // namespace dyad::compat

#endif  // DYAD_COMPAT_CODER_H_
