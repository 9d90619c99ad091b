// The Document: one article and every layer the pipeline stages add to it.
//
// Design (see ../shared/docs/DESIGN.md): tokens, sentences and mentions are views
// into one text by offset, never copies; each layer is a plain array, indexed by
// token where it describes tokens. A stage reads the layers earlier stages wrote
// and appends its own; no stage reaches back up or keeps pointers into another
// stage's private structures. Offsets are byte offsets into Document::text
// (UTF-8), half-open [begin, end).
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// ---------------------------------------------------------------- ingest layer

struct Paragraph {
  uint32_t begin = 0;  // byte offsets into Document::text
  uint32_t end = 0;
  bool is_headline = false;
};

// Where a run of clean text came from in the input bytes (HTML pages, and any
// input whose text is not a verbatim copy of the bytes): text bytes
// [text_begin, text_end) of Document::text were produced by input bytes
// [source_begin, source_end). Lets evidence be shown in the original page.
struct SourceSpan {
  uint32_t text_begin = 0;
  uint32_t text_end = 0;
  uint32_t source_begin = 0;
  uint32_t source_end = 0;
};

// ------------------------------------------------------------------ text layer

enum class TokenKind : uint8_t {
  kWord,         // letters, possibly with internal apostrophes/hyphens/periods
  kNumber,       // 14,000  3.5  2021  5th
  kPunct,        // . , ; : ! ? ( ) quotes dashes ellipsis
  kSymbol,       // $ % & @ # and other symbols
  kOther,
};

struct Token {
  uint32_t begin = 0;      // byte offsets into Document::text
  uint32_t end = 0;
  std::string norm;        // normalised surface: NFKC; curly quotes -> ' and ";
                           // en/em dashes -> "--"; "…" -> "..."; case kept
  TokenKind kind = TokenKind::kWord;
  bool space_after = true; // whitespace follows in the text
};

struct Sentence {
  uint32_t token_begin = 0;  // indices into Document::tokens, half-open
  uint32_t token_end = 0;
  uint32_t begin = 0;        // byte offsets into Document::text
  uint32_t end = 0;
  uint32_t paragraph = 0;    // index into Document::paragraphs
};

// ---------------------------------------------------------------- syntax layer

// Universal POS tags, in UD's order.
enum class UPos : uint8_t {
  kADJ, kADP, kADV, kAUX, kCCONJ, kDET, kINTJ, kNOUN, kNUM, kPART, kPRON,
  kPROPN, kPUNCT, kSCONJ, kSYM, kVERB, kX, kCount
};
std::string_view upos_name(UPos p);
UPos upos_from_name(std::string_view name);  // kX for unknown

// Dependency relations are small integers into a fixed table of UD labels
// (with the English subtypes: nsubj:pass, obl:agent, acl:relcl, ...). Id 0 is
// "dep"; unknown names map to 0.
using DepRel = uint8_t;
std::string_view deprel_name(DepRel r);
DepRel deprel_from_name(std::string_view name);
// The universal part of a label ("nsubj:pass" -> id of "nsubj").
DepRel deprel_base(DepRel r);
int deprel_count();

struct TokenSyntax {
  UPos upos = UPos::kX;
  std::string xpos;        // Penn Treebank tag (NN, VBD, ...)
  std::string lemma;
  int32_t head = -1;       // document token index of the head; -1 = sentence root
  DepRel deprel = 0;
};

// ---------------------------------------------------------------- actors layer

struct Actor {
  std::string code;                  // CAMEO actor code, e.g. "USAGOV", "RUSMIL", "NATO"
  std::string country;               // ISO 3166 alpha-3 or empty
  std::string org;                   // IGO/NGO code such as "NATO", or empty
  std::vector<std::string> sectors;  // role codes such as "GOV", "MIL", "ELI"
};

struct ActorMention {
  uint32_t token_begin = 0;  // document token indices, half-open
  uint32_t token_end = 0;
  uint32_t head = 0;         // token carrying the mention's syntactic head
  Actor actor;
  std::string entry;         // lexicon entry that matched (provenance); "plural:..."
                             // for one of the mentions a plural phrase ("the two
                             // countries") makes, one per actor, over the same tokens
  int32_t antecedent = -1;   // mention index this one refers back to (coref), or -1
  // How the code was found: "lexicon" (a named person, state or organisation),
  // "agent" (a role noun, with the nationality or seat in its phrase: "a
  // Russian diplomat"), "coref" (from the antecedent: "he", "the ministry"),
  // "context" (a bare role noun given the state its sentence places it in:
  // "rebels in Mali", "in eastern Ukraine, where government troops ...";
  // else the article's dominant country: "the foreign minister said" in a
  // story about Ukraine; confidence lower for the latter), "implied" (an actor the
  // text implies without naming: the police behind an agentless "was
  // arrested"; the mention spans the verb), "place" (a city or province
  // named alone, "Kharkiv", coded as its state: the target of force,
  // coercion or a visit and an event's place, never an acting actor),
  // "unresolved".
  std::string basis = "lexicon";
  float confidence = 1.0f;   // 0..1, a rough prior per basis, not calibrated
  // A proper name in an argument position that no lexicon entry or rule
  // resolved: actor.code is empty. Reported, never silently dropped.
  bool unresolved = false;
  // The words name a state itself ("Russia", "the country" standing for
  // it), not its people or an adjective ("Russians", "Russian"): the events
  // stage codes such a state as its government when it acts
  // (Event::source_actor).
  bool state_name = false;
  // 'm' or 'f' for a person the lexicon knows (from its `gender` line), else 0.
  char gender = 0;
};

// ---------------------------------------------------------------- events layer

// How the text holds an event: done (asserted), not done (negated: "did not
// attack"), possible (hypothetical: "could attack", "if ... will"), planned
// (intended: "will visit"), asked for (requested: "urged X to withdraw"), or
// said not to have happened by someone (denied: "denied attacking",
// "rejected claims that it shelled"; a denial is a claim, not a negation by
// the text itself, so users can weigh it apart).
enum class Modality : uint8_t {
  kAsserted, kNegated, kHypothetical, kIntended, kRequested, kDenied
};
std::string_view modality_name(Modality m);

struct Quote {
  uint32_t begin = 0;        // byte offsets of the quoted text (without the marks)
  uint32_t end = 0;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  int32_t speaker = -1;      // index into Document::mentions, or -1
  int32_t cue = -1;          // token index of the speech verb ("said"), or -1
  uint32_t sentence = 0;     // sentence where the quote starts
  // Direct: the quote is a sentence or more of the speaker's words. Partial:
  // a fragment inside the reporter's own sentence ("called the move 'very
  // provocative'").
  bool partial = false;
  // The speaker as written near the quote ("he", "the ministry", an unknown
  // name), token span, or -1; `speaker` is the actor it resolves to.
  int32_t speaker_begin = -1;
  int32_t speaker_end = -1;
};

// Where an event's date came from.
enum class DateSource : uint8_t {
  kNone,      // no time expression and no article date: the date is empty
  kArticle,   // no time expression in the event's clause: the article date
  kExplicit,  // a calendar date in the clause ("April 13, 2021", "2021-04-13", "April 13")
  kRelative,  // resolved against the article date ("on Tuesday", "yesterday", "last week")
};
inline std::string_view date_source_name(DateSource s) {
  switch (s) {
    case DateSource::kArticle: return "article";
    case DateSource::kExplicit: return "explicit";
    case DateSource::kRelative: return "relative";
    default: return "none";
  }
}

struct Event {
  uint32_t sentence = 0;
  int32_t source = -1;       // index into Document::mentions, or -1
  int32_t target = -1;
  std::string cameo;         // "0256"
  std::string root;          // "02"
  std::string plover;        // PLOVER event type
  std::string plover_mode;   // PLOVER mode within the type ("visit", "arrest"), often empty
  double goldstein = 0.0;
  int quad = 0;              // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  Modality modality = Modality::kAsserted;
  int32_t quote = -1;        // index into Document::quotes, or -1
  std::string date;          // YYYY-MM-DD
  DateSource date_source = DateSource::kNone;
  int32_t date_begin = -1;   // token span of the time expression that gave the date, or -1
  int32_t date_end = -1;
  int32_t verb_begin = -1;   // token span of the verb phrase that fired
  int32_t verb_end = -1;
  // Where it happened, when the sentence says so ("met in Brussels", "the
  // attack near Kharkiv"): the token span of the place's words, or -1, and
  // the place's state (ISO 3166 alpha-3) when known (events/places.h).
  int32_t place_begin = -1;
  int32_t place_end = -1;
  std::string place_country;
  std::string rule;          // id of the pattern that fired
  // The actors as this event codes them where that differs from the
  // mention's own code (empty code otherwise; read them through
  // Document::source_actor / target_actor). A state named as the doer of an
  // act is its government, as ICEWS and CAMEO coders record it ("Russia
  // condemned the vote": RUSGOV), and so is the state an act of talk or
  // diplomacy addresses; the state that sanctions, force or coercion fall
  // on stays the state ("sanctions on Russia": RUS).
  Actor source_actor;
  Actor target_actor;
};

// -------------------------------------------------------------------- document

struct Document {
  // Ingest.
  std::string id;
  std::string title;
  std::string url;
  std::string date;          // article date, YYYY-MM-DD, or empty if unknown
  std::string text;          // the clean article: headline, blank line, paragraphs
  std::vector<Paragraph> paragraphs;
  // Article metadata found by ingest, kept out of the text so it is never
  // coded as prose: "Jane Doe" from "By Jane Doe"; "MOSCOW" from a wire
  // dateline "MOSCOW, April 14 (Reuters) -". Empty when absent.
  std::string byline;
  std::string dateline;
  // Sorted by text_begin, non-overlapping; empty for plain-text and JSONL
  // input, whose paragraphs are copies of the input's lines.
  std::vector<SourceSpan> source_map;

  // Text.
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  // Syntax: empty, or one entry per token.
  std::vector<TokenSyntax> syntax;

  // Actors.
  std::vector<ActorMention> mentions;
  // The date the actor codes were resolved at (YYYY-MM-DD; Biden is USAGOV
  // only while president) and where it came from: "article" (`date`),
  // "titles" (an undated article's titles point to it: "US President Joe
  // Biden"), "today" (an undated article with no such titles). Set by the
  // actor stage.
  std::string actor_date;
  std::string actor_date_basis;
  // The state the article is about, as the actor stage found it from its
  // dateline, headline and mention counts (CAMEO country code, "RUS"), and
  // a rough confidence; empty when no state dominates. Bare role nouns
  // ("the foreign minister said") take it (basis "context").
  std::string context_country;
  float context_confidence = 0.0f;

  // Events.
  std::vector<Quote> quotes;
  std::vector<Event> events;

  std::string_view span_text(uint32_t begin, uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view token_text(uint32_t i) const {
    return span_text(tokens[i].begin, tokens[i].end);
  }
  // Text covered by tokens [tb, te).
  std::string_view tokens_text(uint32_t tb, uint32_t te) const {
    if (tb >= te) return {};
    return span_text(tokens[tb].begin, tokens[te - 1].end);
  }
  // The mention at index i; null for -1 or an index out of range.
  const ActorMention* mention(int32_t i) const {
    return i >= 0 && static_cast<size_t>(i) < mentions.size() ? &mentions[i] : nullptr;
  }
  // The actor an event codes on each side: the event's own when it has one
  // (Event::source_actor), else its mention's; null when the side is empty.
  const Actor* source_actor(const Event& e) const { return side_actor(e.source, e.source_actor); }
  const Actor* target_actor(const Event& e) const { return side_actor(e.target, e.target_actor); }

 private:
  const Actor* side_actor(int32_t m, const Actor& own) const {
    const ActorMention* am = mention(m);
    if (!am) return nullptr;
    return own.code.empty() ? &am->actor : &own;
  }
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
