// Text stage: tokenizer and sentence splitter written for news English.
//
// Why our own: ICU's sentence breaker splits after "U.S." and "Gen." and its
// word breaker splits "U.S." into "U.S" + "." (../shared/docs/PLATFORM.md). We use
// ICU only for Unicode properties and normalisation.
//
// Tokens follow the Penn Treebank / UD English EWT conventions the tagger and
// parser are trained on: clitics split ("Kyiv's" -> "Kyiv" "'s", "don't" ->
// "do" "n't", "can't" -> "ca" "n't", "cannot" -> "can" "not"), punctuation
// separate, abbreviations keep their period ("U.S.", "Gen.", "Jan.", "p.m.",
// initials "J."), numbers whole ("14,000", "3.5", "5:00", "11/28/2000", "5th",
// phone numbers), "$5" -> "$" "5", "40%" -> "40" "%", "5pm" -> "5" "pm",
// URLs and e-mail addresses whole. Hyphens split as in EWT ("search-engine" ->
// "search" "-" "engine", "Cold War-style" -> "Cold" "War" "-" "style",
// "1990-2000" -> "1990" "-" "2000") except after the prefixes EWT keeps
// ("e-mail", "non-human", "pre-war", "co-workers"). Token.norm is NFKC with
// curly quotes -> ' and ", en/em dashes -> "--", "…" -> "...". Invalid UTF-8
// bytes become kSymbol tokens with norm U+FFFD. No token is longer than 1024
// bytes (4096 for URLs): longer unbroken stretches are cut, so a 50 MB line
// costs linear time and memory proportional to its tokens.
#ifndef DYAD_TEXT_H_
#define DYAD_TEXT_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad {

// Fills doc.tokens from doc.text (and doc.paragraphs, when present: no token
// crosses a paragraph boundary, and text outside every paragraph is not
// tokenized). Replaces any existing tokens.
void tokenize(Document& doc);

struct SentenceOptions {
  // A sentence is cut after this many tokens even without a boundary, so
  // downstream stages (tagger, parser) stay bounded on run-on input.
  size_t max_sentence_tokens = 400;
  // "." followed directly by a lower-case word: break? (News: almost always
  // a boundary; web text often starts sentences in lower case.)
  bool break_period_before_lower = true;
  // "?" or "!" followed directly by a lower-case word: break?
  bool break_question_before_lower = true;
  // EWT convention: an abbreviation that ends a sentence gives up its period
  // to a separate "." token ("... and so on, etc." -> "etc" "."; "the U.S."
  // -> "U.S" "."), so the tagger and parser see the sentence-final period
  // they were trained on. When set, split_sentences splits such tokens in
  // doc.tokens (offsets stay exact; norms lose the final "."). Titles
  // ("Gen.") never end a sentence except at a paragraph end.
  bool split_final_abbreviation_period = true;
  // Scraped text often loses the line break after a subheading, gluing it to
  // the next sentence ("... on Friday. Border talks The delegations met").
  // When set, a short heading-like run of words followed by a capitalised
  // sentence opener at the start of a sentence becomes its own sentence
  // (src/text/glued_heading.h has the rule).
  bool split_glued_headings = true;
};

// Fills doc.sentences from doc.tokens. Sentences never cross paragraphs or
// blank lines (a paragraph end always ends a sentence). "." "?" "!" end a
// sentence, with closing quotes and brackets kept in it; abbreviations end
// one only before a capitalised common sentence opener ("by the U.S. The
// ministry" breaks, "U.S. Secretary", "Gen. Sergei", "Jan. 6", "5 p.m.
// Friday" do not). A single newline inside a paragraph ends a sentence only
// before a list item or after a short heading-like line (<= 60 bytes, no
// final punctuation); longer lines are taken as hard-wrapped prose. See
// src/text/sentence_splitter.cc for the rules. May split a sentence-final
// abbreviation token (see split_final_abbreviation_period).
void split_sentences(Document& doc);
void split_sentences(Document& doc, const SentenceOptions& options);

// tokenize() then split_sentences().
void run_text_stage(Document& doc);

// ------------------------------------------------- sentence-boundary scoring

// How a CoNLL-U file's "# text" lines are put back together into documents.
enum class EvalLayout {
  // Sentences of a paragraph ("# newpar") joined by a space, paragraphs by a
  // blank line, and Document::paragraphs set: what ingest gives the splitter.
  kParagraphs,
  // All sentences of a document ("# newdoc") joined by a space, no paragraph
  // information: only the splitter's own judgement counts.
  kRunOn,
};

struct BoundaryScore {
  size_t documents = 0;
  size_t gold = 0;       // gold sentence ends
  size_t predicted = 0;  // predicted sentence ends
  size_t correct = 0;    // predicted ends at a gold end offset
  // The gold ends whose sentence ends in . ? ! or an ellipsis (perhaps
  // followed by closing quotes or brackets), and how many of them were found:
  // the boundaries punctuation can reveal, as opposed to unpunctuated
  // e-mail headers, signatures and list lines.
  size_t gold_punct = 0;
  size_t correct_punct = 0;
  double recall_punct() const { return gold_punct ? double(correct_punct) / gold_punct : 0.0; }
  double precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double recall() const { return gold ? double(correct) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

// Rebuilds raw text from the "# text" lines of a CoNLL-U file, splits it with
// split_sentences(options) and scores sentence-end byte offsets against the
// gold ones. Throws std::runtime_error naming the file if it cannot be read.
// When errors is set, each missed and each spurious boundary is written to it
// with some context ("MISS ...|..." / "FALSE ...|...").
BoundaryScore eval_sentences_conllu(const std::string& path, EvalLayout layout,
                                    const SentenceOptions& options = {},
                                    std::ostream* errors = nullptr);

}  // namespace dyad

#endif  // DYAD_TEXT_H_
