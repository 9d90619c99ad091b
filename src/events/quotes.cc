#include "events/quotes.h"

#include "events/arguments.h"

namespace dyad::events {
namespace {

enum class Mark { kNone, kOpen, kClose, kEither };

Mark mark_of(const Document& doc, size_t t) {
  // The raw text keeps the direction of curly marks, which the normalised
  // form folds into a straight '"'.
  for (std::string_view s : {doc.token_text(t), std::string_view(doc.tokens[t].norm)}) {
    if (s == "\xE2\x80\x9C" || s == "``" || s == "\xE2\x80\x9E") return Mark::kOpen;  // “ „
    if (s == "\xE2\x80\x9D" || s == "''") return Mark::kClose;                          // ”
  }
  std::string_view s = doc.tokens[t].norm.empty() ? doc.token_text(t) : std::string_view(doc.tokens[t].norm);
  if (s != "\"") return Mark::kNone;
  // A straight mark glued to the word after it and not to the one before
  // opens ( said "We ); glued to the word before, it closes ( us," he ).
  bool space_before = t == 0 || doc.tokens[t - 1].space_after || doc.tokens[t - 1].end < doc.tokens[t].begin;
  bool space_after = doc.tokens[t].space_after;
  if (space_before && !space_after) return Mark::kOpen;
  if (!space_before && space_after) return Mark::kClose;
  return Mark::kEither;
}

// Scare quotes ("a 'stable' relationship", one or two words) are not speech.
constexpr uint32_t kMinQuoteTokens = 3;

bool is_pronoun(const std::string& l) {
  return l == "he" || l == "she" || l == "it" || l == "they";
}

}  // namespace

void find_quotes(Document& doc, const Tree& tree, const VerbLexicon& lex, const Arguments& args,
                 std::vector<int>* quote_of) {
  doc.quotes.clear();
  const size_t n = doc.tokens.size();
  quote_of->assign(n, -1);
  if (n == 0) return;
  const bool have_syntax = tree.size() == n;
  const WordSet* speech = lex.set("speech");

  auto paragraph_of = [&](size_t t) -> uint32_t {
    return doc.sentences.empty() || !have_syntax ? 0 : doc.sentences[tree.sentence_of(static_cast<int>(t))].paragraph;
  };

  // 1. Spans. A straight mark opens when none is open and closes otherwise;
  // a quote still open at a paragraph end stops there (the next paragraph
  // reopens it by convention).
  struct Span { uint32_t open, close; bool closed; };  // tokens of the marks; close = end when unclosed
  std::vector<Span> spans;
  int open = -1;
  uint32_t open_par = 0;
  for (size_t t = 0; t < n; ++t) {
    if (open >= 0 && paragraph_of(t) != open_par) {
      spans.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(t), false});
      open = -1;
    }
    Mark m = mark_of(doc, t);
    if (m == Mark::kNone) continue;
    if (open < 0 && m != Mark::kClose) {
      open = static_cast<int>(t);
      open_par = paragraph_of(t);
    } else if (open >= 0 && m != Mark::kOpen) {
      spans.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(t), true});
      open = -1;
    } else if (open >= 0 && m == Mark::kOpen) {
      // A second opening mark: the first was never closed. Keep it as an
      // unclosed quote up to here and start again.
      spans.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(t), false});
      open = static_cast<int>(t);
      open_par = paragraph_of(t);
    }
  }
  if (open >= 0) spans.push_back({static_cast<uint32_t>(open), static_cast<uint32_t>(n), false});

  // 2. Speakers.
  auto is_cue = [&](int t) {
    return have_syntax && speech && speech->contains(tree.lemma(t)) &&
           (tree.upos(t) == UPos::kVERB || tree.upos(t) == UPos::kAUX) && (*quote_of)[t] < 0;
  };
  std::vector<char> marked(n + 1, 0);  // tokens inside any span, marks included
  for (const Span& s : spans)
    for (uint32_t t = s.open; t <= s.close && t < n; ++t) marked[t] = 1;
  auto in_any_span = [&](size_t t) { return marked[t] != 0; };
  int prev_speaker = -1, prev_par = -1;
  bool prev_unclosed = false;
  for (const Span& s : spans) {
    uint32_t tb = s.open + 1, te = s.close;
    if (te <= tb || te - tb < kMinQuoteTokens) {
      prev_unclosed = false;
      continue;
    }
    Quote q;
    q.token_begin = tb;
    q.token_end = te;
    q.begin = doc.tokens[tb].begin;
    q.end = doc.tokens[te - 1].end;
    q.sentence = have_syntax ? static_cast<uint32_t>(tree.sentence_of(static_cast<int>(s.open))) : 0;
    int qi = static_cast<int>(doc.quotes.size());
    for (uint32_t t = tb; t < te; ++t) (*quote_of)[t] = qi;

    int cue = -1;
    if (have_syntax && !doc.sentences.empty()) {
      // After the closing mark: '"...," the minister said.' Look to the end
      // of the closing mark's sentence, or into the next one when the quote
      // ended its sentence.
      if (s.closed) {
        int sc = tree.sentence_of(static_cast<int>(s.close));
        uint32_t end = doc.sentences[sc].token_end;
        if (end <= s.close + 2 && sc + 1 < static_cast<int>(doc.sentences.size()) &&
            doc.sentences[sc + 1].paragraph == doc.sentences[sc].paragraph)
          end = std::min<uint32_t>(doc.sentences[sc + 1].token_end, s.close + 12);
        for (uint32_t t = s.close + 1; t < end && cue < 0; ++t) {
          if (in_any_span(t)) break;
          if (is_cue(static_cast<int>(t))) cue = static_cast<int>(t);
        }
      }
      // Before the opening mark: 'X said: "..."' — the last cue before it.
      if (cue < 0) {
        int so = tree.sentence_of(static_cast<int>(s.open));
        for (int t = static_cast<int>(s.open) - 1; t >= static_cast<int>(doc.sentences[so].token_begin); --t) {
          if ((*quote_of)[t] >= 0) break;
          if (is_cue(t)) { cue = t; break; }
        }
      }
    }
    q.cue = cue;
    if (cue >= 0) {
      for (int sp : args.speakers(cue)) {
        int m = args.mention_for(sp, -1);
        if (m >= 0) { q.speaker = m; break; }
        // "it said": an unresolved pronoun continues the previous speaker.
        if (is_pronoun(tree.lemma(sp)) && prev_speaker >= 0) { q.speaker = prev_speaker; break; }
      }
    } else if (prev_speaker >= 0 && prev_par >= 0 &&
               (static_cast<uint32_t>(prev_par) == paragraph_of(s.open) ||
                (prev_unclosed && static_cast<uint32_t>(prev_par) + 1 == paragraph_of(s.open)))) {
      // No cue: a second quote in the same paragraph, or a paragraph that
      // reopens an unclosed quote, continues the previous speaker.
      q.speaker = prev_speaker;
    }
    prev_speaker = q.speaker;
    prev_par = static_cast<int>(paragraph_of(s.open));
    prev_unclosed = !s.closed;
    doc.quotes.push_back(q);
  }
}

}  // namespace dyad::events
