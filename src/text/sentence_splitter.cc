// The sentence splitter: a decision at each token that can end a sentence.
//
// Hard breaks: paragraph boundaries (doc.paragraphs), blank lines, and the
// sentence cap (kMaxSentenceTokens). Soft breaks are decided from the token
// and the one after it (after skipping closing quotes and brackets, which stay
// with the sentence they close):
//   "." "?" "!"  break, unless closing quotes intervene and the next word is
//                lower-case ('"Why?" he asked') or the next token is , ; : )
//   "..." "…"    break only before a capital, a digit or an opening quote
//   abbreviation  titles ("Gen.") and "e.g." never end a sentence; "No." before
//                a number never does; months before a number never do; others
//                ("U.S.", "p.m.", "Inc.", initials) end one only when the next
//                word is a capitalised common sentence opener ("The", "He",
//                "But": lexicon.cc) or an opening quote. So "U.S. Secretary"
//                and "5 p.m. Friday" stay whole but "by the U.S. The ministry"
//                breaks.
//   newline      a single newline inside a paragraph breaks when the next line
//                starts a list item ("-", "*", "•", "1." "1)") or when the line
//                it ends is short (<= kHeadingBytes) without final punctuation
//                and the next line starts with a capital, digit or quote: that
//                is a heading, dateline or list line. Long lines are taken as
//                hard-wrapped prose and joined.
//   heading      a sentence that opens with a subheading whose line break was
//                lost ("Border talks The delegations met ...") is split after
//                the heading (text/glued_heading.h).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/text.h"
#include "text/char_class.h"
#include "text/glued_heading.h"
#include "text/lexicon.h"

namespace dyad {
namespace {

using text::AbbrevClass;
using text::CharClass;

constexpr size_t kHeadingBytes = 60;

enum class Shape : uint8_t {
  kUpper, kLower, kDigit, kOpen /* quote */, kBracket /* ( [ { */, kMidPunct, kTerminal, kOther
};

enum QuoteRole : uint8_t { kNotQuote, kOpening, kClosing };

bool is_terminal_norm(std::string_view n) {
  return n == "." || n == "?" || n == "!" || n == "..." || n == ".." ||
         (!n.empty() && (n[0] == '?' || n[0] == '!'));
}

class Splitter {
 public:
  explicit Splitter(Document& doc, const SentenceOptions& opt)
      : doc_(doc), toks_(doc.tokens), opt_(opt) {}

  void run() {
    const size_t n = toks_.size();
    doc_.sentences.clear();
    if (n == 0) return;
    assign_paragraphs();
    assign_quote_roles();
    size_t start = 0, line_start = 0;
    for (size_t i = 0; i < n; ++i) {
      size_t end = i;  // last token of the sentence if we break here
      bool brk = false;
      if (i + 1 == n) {
        brk = true;
      } else {
        int nl = hard_or_newlines(i + 1);
        if (nl >= 2) {
          brk = true;
        } else if (i + 1 - start >= opt_.max_sentence_tokens) {
          brk = true;
        } else {
          brk = soft_break(start, i, &end);
          if (!brk && nl == 1) brk = newline_break(line_start, i);
        }
        if (nl >= 1) line_start = i + 1;
      }
      if (!brk) continue;
      // end >= i: closing quotes/brackets absorbed into this sentence.
      for (size_t k = i + 1; k <= end; ++k)
        if (hard_or_newlines(k) >= 1) line_start = k;
      add(start, end + 1);
      start = end + 1;
      i = end;
    }
    if (start < n) add(start, n);
    if (opt_.split_glued_headings) split_glued_headings();
    if (opt_.split_final_abbreviation_period) split_final_periods();
  }

 private:
  void assign_paragraphs() {
    para_.assign(toks_.size(), 0);
    const auto& ps = doc_.paragraphs;
    if (ps.empty()) return;
    size_t p = 0;
    for (size_t i = 0; i < toks_.size(); ++i) {
      while (p + 1 < ps.size() && toks_[i].begin >= ps[p].end) ++p;
      para_[i] = static_cast<uint32_t>(p);
    }
  }

  // Whether each quote token opens or closes. Curly quotes say so themselves;
  // a straight quote attached to the word before it closes, one attached to
  // the word after it opens, and one standing free closes if a double quote
  // is open in the paragraph (straight single quotes are too often
  // apostrophes to count).
  void assign_quote_roles() {
    role_.assign(toks_.size(), kNotQuote);
    bool open_double = false;
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (k > 0 && para_[k] != para_[k - 1]) open_double = false;
      const Token& t = toks_[k];
      if (t.kind != TokenKind::kPunct) continue;
      std::string_view surface = text_of(k);
      std::string_view n = t.norm;
      if (n != "\"" && n != "'") continue;
      QuoteRole r;
      if (surface == "\xE2\x80\x9C" || surface == "\xE2\x80\x98" || surface == "\xC2\xAB" ||
          surface == "\xE2\x80\x9E" || surface == "``") {
        r = kOpening;
      } else if (surface == "\xE2\x80\x9D" || surface == "\xE2\x80\x99" ||
                 surface == "\xC2\xBB") {
        r = kClosing;
      } else {
        bool attached_before = k > 0 && para_[k - 1] == para_[k] && !toks_[k - 1].space_after;
        bool attached_after = !t.space_after && k + 1 < toks_.size() && para_[k + 1] == para_[k];
        if (attached_before && !attached_after) r = kClosing;
        else if (attached_after && !attached_before) r = kOpening;
        else if (n == "\"") r = open_double ? kClosing : kOpening;
        else r = attached_before ? kClosing : kOpening;
      }
      if (n == "\"") open_double = r == kOpening;
      role_[k] = r;
    }
  }

  // 2 if a paragraph boundary or blank line lies between tokens k-1 and k,
  // 1 if a single newline does, else 0.
  int hard_or_newlines(size_t k) const {
    if (para_[k] != para_[k - 1]) return 2;
    const std::string& s = doc_.text;
    int nl = 0;
    for (size_t b = toks_[k - 1].end; b < toks_[k].begin; ++b) {
      if (s[b] == '\n') {
        if (++nl == 2) return 2;
      } else if (s[b] == '\r' || s[b] == ' ' || s[b] == '\t') {
        continue;
      }
    }
    return nl;
  }

  std::string_view text_of(size_t k) const {
    return std::string_view(doc_.text).substr(toks_[k].begin, toks_[k].end - toks_[k].begin);
  }

  Shape shape(size_t k) const {
    const Token& t = toks_[k];
    text::Char c = text::decode_char(doc_.text.data(), t.begin, t.end);
    if (t.kind == TokenKind::kPunct && is_terminal_norm(t.norm)) return Shape::kTerminal;
    if (role_[k] == kOpening) return Shape::kOpen;
    // A clitic ("’s" after "C.A.R.") continues the sentence.
    if (t.kind == TokenKind::kWord && c.cls == CharClass::kQuote) return Shape::kLower;
    std::string_view w = text_of(k);
    if (w.find("://") != std::string_view::npos || w.rfind("www.", 0) == 0) return Shape::kOther;
    switch (c.cls) {
      case CharClass::kUpper: return Shape::kUpper;
      case CharClass::kLower: return Shape::kLower;
      case CharClass::kDigit: return Shape::kDigit;
      case CharClass::kOpen: return Shape::kBracket;
      case CharClass::kQuote: return Shape::kOpen;
      case CharClass::kPunct: case CharClass::kClose: return Shape::kMidPunct;
      default: return Shape::kOther;
    }
  }

  // A closing quote, or a bracket closed right after the sentence's end.
  bool is_closer(size_t k) const {
    if (toks_[k].kind != TokenKind::kPunct) return false;
    if (role_[k] == kClosing) return true;
    std::string_view n = toks_[k].norm;
    return (n == ")" || n == "]" || n == "}") && !toks_[k - 1].space_after;
  }

  // Is token i (a ".") the period of a list number: a number of at most
  // three digits opening the sentence or following ":" or ";" ("1." "*2."
  // "Demands: 1.")?
  bool is_enumerator_period(size_t start, size_t i) const {
    if (i == start || toks_[i - 1].kind != TokenKind::kNumber) return false;
    if (toks_[i - 1].end - toks_[i - 1].begin > 3 || toks_[i - 1].space_after) return false;
    if (i >= start + 2) {
      std::string_view before = toks_[i - 2].norm;
      if (before == ":" || before == ";") return true;
    }
    for (size_t k = start; k + 1 < i; ++k)
      if (toks_[k].kind == TokenKind::kWord || toks_[k].kind == TokenKind::kNumber) return false;
    return true;
  }

  // Is token k a capitalised common sentence opener ("The", "He", "But")?
  bool is_starter(size_t k) const {
    std::string_view w = text_of(k);
    if (w.size() > 16) return false;
    char buf[16];
    for (size_t i = 0; i < w.size(); ++i)
      buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? static_cast<char>(w[i] + 32) : w[i];
    return text::is_sentence_starter(std::string_view(buf, w.size()));
  }

  // Should the sentence end after token i (or after the closers following
  // it)? Sets *end to the last token of the sentence.
  bool soft_break(size_t start, size_t i, size_t* end) const {
    const Token& t = toks_[i];
    std::string_view w = text_of(i);
    enum { kNone, kStop, kQuestion, kEllipsis, kAbbrev, kEmoticon } type = kNone;
    if (t.kind == TokenKind::kPunct) {
      if (t.norm == "." || t.norm == "\xE3\x80\x82") type = kStop;
      else if (t.norm.find("...") != std::string::npos || t.norm == "..") type = kEllipsis;
      else if (!t.norm.empty() && (t.norm[0] == '?' || t.norm[0] == '!')) type = kQuestion;
    } else if (t.kind == TokenKind::kWord && w.size() >= 2 && w.back() == '.') {
      type = kAbbrev;
    } else if (t.kind == TokenKind::kSymbol && w.size() >= 2 &&
               (w[0] == ':' || w[0] == ';' || w[0] == '=')) {
      type = kEmoticon;
    }
    if (type == kNone) return false;
    // Absorb closing quotes and brackets.
    size_t j = i;
    while (j + 1 < toks_.size() && hard_or_newlines(j + 1) == 0 && is_closer(j + 1)) ++j;
    *end = j;
    if (j + 1 >= toks_.size()) return true;
    if (hard_or_newlines(j + 1) >= 2) return true;
    const bool closed = j > i;
    const size_t nx = j + 1;
    const Shape s = shape(nx);
    if (s == Shape::kTerminal) return false;  // ". . ." "? ?": end after the last
    switch (type) {
      case kStop:
        if (is_enumerator_period(start, i)) return false;
        // "file .doc", "Fax.(03)": a period glued to what follows.
        if (!closed && !t.space_after && s != Shape::kUpper && s != Shape::kOpen) return false;
        [[fallthrough]];
      case kQuestion:
        if (s == Shape::kMidPunct) return false;
        if (s == Shape::kLower) {
          if (closed) return false;
          return type == kStop ? opt_.break_period_before_lower
                               : opt_.break_question_before_lower;
        }
        return true;
      case kEllipsis:
      case kEmoticon:
        return s == Shape::kUpper || s == Shape::kOpen || s == Shape::kBracket ||
               s == Shape::kDigit;
      case kAbbrev:
        return abbrev_break(w.substr(0, w.size() - 1), nx, s, closed);
      default:
        return false;
    }
  }

  bool abbrev_break(std::string_view word, size_t nx, Shape s, bool closed) const {
    AbbrevClass cls = text::abbreviation_class(word);
    bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
    if (cls == AbbrevClass::kNone && !initial && !text::is_dotted_abbreviation(word))
      cls = AbbrevClass::kCanEnd;  // some other word the tokenizer kept a period on
    switch (cls) {
      case AbbrevClass::kTitle:
      case AbbrevClass::kNeverEnd:
      case AbbrevClass::kBeforeNumber:
        return false;
      case AbbrevClass::kMonth:
        if (s == Shape::kDigit) return false;
        break;
      default:
        break;
    }
    if (closed) return s == Shape::kUpper || s == Shape::kOpen;
    switch (s) {
      case Shape::kUpper:
        return is_starter(nx);
      case Shape::kOpen:
        return !initial;
      default:
        return false;
    }
  }

  // A single newline between tokens i and i+1 (i >= line_start).
  bool newline_break(size_t line_start, size_t i) const {
    const size_t nx = i + 1;
    std::string_view n = toks_[nx].norm;
    // The next line opens a list item.
    if (n == "-" || n == "--" || n == "*" || n == "\xE2\x80\xA2" || n == "\xC2\xB7") return true;
    if (toks_[nx].kind == TokenKind::kNumber && nx + 1 < toks_.size() &&
        hard_or_newlines(nx + 1) == 0 && (toks_[nx + 1].norm == "." || toks_[nx + 1].norm == ")"))
      return true;
    // The line just ended is a heading: short, and not ended by a comma,
    // conjunction-like continuation or punctuation that expects more.
    size_t bytes = toks_[i].end - toks_[line_start].begin;
    if (bytes > kHeadingBytes) return false;
    std::string_view last = toks_[i].norm;
    if (last == "," || last == ";" || last == "-" || last == "(" || last == "&") return false;
    Shape s = shape(nx);
    return s == Shape::kUpper || s == Shape::kDigit || s == Shape::kOpen;
  }

  // A subheading that lost its line break ("Border talks The delegations
  // met ...") becomes a sentence of its own (text/glued_heading.h).
  void split_glued_headings() {
    std::vector<std::pair<size_t, size_t>> cuts;  // (sentence, heading tokens)
    for (size_t i = 0; i < doc_.sentences.size(); ++i) {
      const Sentence& s = doc_.sentences[i];
      if (size_t k = text::glued_heading_tokens(doc_, s.token_begin, s.token_end)) cuts.emplace_back(i, k);
    }
    if (cuts.empty()) return;
    std::vector<Sentence> old = std::move(doc_.sentences);
    doc_.sentences.clear();
    doc_.sentences.reserve(old.size() + cuts.size());
    size_t c = 0;
    for (size_t i = 0; i < old.size(); ++i) {
      size_t k = c < cuts.size() && cuts[c].first == i ? cuts[c++].second : 0;
      if (k > 0) add(old[i].token_begin, old[i].token_begin + k);
      add(old[i].token_begin + k, old[i].token_end);
    }
  }

  // Gives each sentence-final abbreviation's period its own token, in one
  // pass that rebuilds the token array only if some sentence needs it.
  void split_final_periods() {
    auto needs_token = [&](const Token& t) {
      return t.kind == TokenKind::kWord && t.end - t.begin >= 2 &&
             doc_.text[t.end - 1] == '.' && !t.norm.empty() && t.norm.back() == '.';
    };
    size_t count = 0;
    for (const Sentence& s : doc_.sentences) count += needs_token(toks_[s.token_end - 1]);
    if (count == 0) return;
    std::vector<Token> out;
    out.reserve(toks_.size() + count);
    uint32_t shift = 0;
    size_t next = 0;
    for (Sentence& s : doc_.sentences) {
      for (; next < s.token_end; ++next) out.push_back(std::move(doc_.tokens[next]));
      s.token_begin += shift;
      if (needs_token(out.back())) {
        Token& last = out.back();
        Token period;
        period.begin = last.end - 1;
        period.end = last.end;
        period.norm = ".";
        period.kind = TokenKind::kPunct;
        period.space_after = last.space_after;
        last.end -= 1;
        last.norm.pop_back();
        last.space_after = false;
        out.push_back(std::move(period));
        ++shift;
      }
      s.token_end += shift;
    }
    doc_.tokens = std::move(out);
  }

  void add(size_t tb, size_t te) {
    Sentence& s = doc_.sentences.emplace_back();
    s.token_begin = static_cast<uint32_t>(tb);
    s.token_end = static_cast<uint32_t>(te);
    s.begin = toks_[tb].begin;
    s.end = toks_[te - 1].end;
    s.paragraph = para_[tb];
  }

  Document& doc_;
  const std::vector<Token>& toks_;
  const SentenceOptions& opt_;
  std::vector<uint32_t> para_;
  std::vector<QuoteRole> role_;
};

}  // namespace

void split_sentences(Document& doc, const SentenceOptions& options) {
  Splitter(doc, options).run();
}

void split_sentences(Document& doc) { split_sentences(doc, SentenceOptions{}); }

void run_text_stage(Document& doc) {
  tokenize(doc);
  split_sentences(doc);
}

}  // namespace dyad
