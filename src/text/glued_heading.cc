// Glued subheadings: see glued_heading.h for the rule. The word lists here
// are closed classes of news English, written for this rule: which words may
// open a sentence after a heading, which words make a run of words a clause
// rather than a heading, and which nouns introduce a title or a name.
#include "text/glued_heading.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "text/char_class.h"
#include "text/lexicon.h"

namespace dyad::text {
namespace {

constexpr size_t kMaxHeadingWords = 5;
// Tokens the sentence must keep after the opener for the rest to be a clause.
constexpr size_t kMinRestTokens = 3;

enum class Opener : unsigned char {
  kNone,
  kDeterminer,   // "The attack", "A spokesman"
  kPronoun,      // "He said": only before a lower-case word
  kPossessive,   // "Their talks": only before a lower-case word
  kPreposition,  // "During a visit", "According to"
  kSubordinator, // "When the", "Although just"
  kAdverb,       // "Meanwhile", "Last year", "Shortly before"
};

const std::unordered_map<std::string_view, Opener>& opener_table() {
  static const auto* t = [] {
    auto* m = new std::unordered_map<std::string_view, Opener>;
    for (const char* w : {"the", "a", "an", "this", "these", "those", "some", "several", "many",
                          "most", "each", "every", "another", "both", "more", "fewer", "nearly",
                          "almost"})
      (*m)[w] = Opener::kDeterminer;
    for (const char* w : {"he", "she", "it", "they", "we", "there"}) (*m)[w] = Opener::kPronoun;
    for (const char* w : {"his", "her", "their", "its", "our"}) (*m)[w] = Opener::kPossessive;
    // Not "of", "for", "to", "with", "by", "and": title-cased names use them
    // ("Ministry For Foreign Affairs", "Bosnia And Herzegovina").
    for (const char* w : {"in", "on", "at", "during", "since", "after", "before", "despite",
                          "amid", "among", "under", "according", "following", "from", "across",
                          "throughout", "until", "within", "without", "upon"})
      (*m)[w] = Opener::kPreposition;
    for (const char* w : {"when", "while", "although", "though", "because", "if", "as", "once",
                          "unless", "whether", "whereas"})
      (*m)[w] = Opener::kSubordinator;
    for (const char* w : {"however", "meanwhile", "last", "earlier", "later", "shortly",
                          "recently", "currently", "previously", "now", "today", "yesterday",
                          "instead", "nevertheless", "nonetheless"})
      (*m)[w] = Opener::kAdverb;
    return m;
  }();
  return *t;
}

// Words that make a run a clause, not a heading: auxiliaries, reporting
// verbs, pronouns, negation and clause adverbs ("Trump also attacked The
// Wall Street Journal", "I am not sure I ...").
const std::unordered_set<std::string_view>& clause_words() {
  static const auto* s = new std::unordered_set<std::string_view>{
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
      "do", "does", "did", "will", "would", "can", "could", "should", "shall", "may",
      "might", "must", "said", "says", "say", "told", "tells", "added", "asked",
      "also", "not", "n't", "never", "just", "still", "then", "very", "too", "only",
      "even", "already", "i", "you", "he", "she", "it", "we", "they", "him", "her",
      "them", "us", "me", "my", "your", "his", "their", "our", "its", "who", "whom",
      "which", "that", "what", "this", "these", "those", "there", "here", "so", "if",
      "when", "while", "because", "although", "though", "where", "how", "why",
  };
  return *s;
}

// Function words and name particles: they neither end a heading nor make it
// sentence-case ("Secretary of State", "Croix des Bouquets" stay title-like).
const std::unordered_set<std::string_view>& function_words() {
  static const auto* s = new std::unordered_set<std::string_view>{
      "the", "a", "an", "of", "in", "into", "on", "onto", "at", "for", "to", "from",
      "with", "by", "and", "or", "but", "nor", "as", "about", "over", "under", "after",
      "before", "since", "during", "amid", "between", "among", "against", "without",
      "within", "through", "via", "vs", "per", "than", "near", "across", "upon",
      "like", "out", "up", "off", "down", "back", "away",  // "Check out The ..."
      "de", "del", "della", "des", "di", "da", "do", "dos", "das", "du", "la", "le",
      "les", "el", "al", "bin", "ibn", "van", "von", "der", "den", "y", "e",
  };
  return *s;
}

// Nouns that introduce a title or a name that may itself start with "The"
// ("the newspaper The Times", "the Dutch city The Hague").
const std::unordered_set<std::string_view>& title_introducers() {
  static const auto* s = new std::unordered_set<std::string_view>{
      "newspaper", "newspapers", "paper", "daily", "weekly", "magazine", "journal",
      "tabloid", "outlet", "publication", "website", "site", "broadcaster", "network",
      "channel", "station", "show", "program", "programme", "series", "film", "movie",
      "documentary", "book", "novel", "memoir", "album", "song", "band", "group",
      "play", "musical", "city", "town", "village", "capital", "port", "island",
      "islands", "country", "nation", "kingdom", "archipelago", "region", "company",
      "firm", "agency", "organization", "organisation", "foundation", "charity",
      "tank", "institute", "game", "app", "podcast", "column", "report",
  };
  return *s;
}

// Person nouns that stand before a name: a following "He" or "Her" is part
// of the name ("vice premier He Lifeng"), not a pronoun.
const std::unordered_set<std::string_view>& person_titles() {
  static const auto* s = new std::unordered_set<std::string_view>{
      "premier", "minister", "president", "vice", "chairman", "chairwoman", "chair",
      "leader", "secretary", "general", "envoy", "ambassador", "spokesman",
      "spokeswoman", "spokesperson", "governor", "mayor", "senator", "lawmaker",
      "official", "commander", "chief", "director", "head", "king", "queen", "prince",
      "princess", "emperor", "pope", "sheikh", "cleric", "activist", "dissident",
      "artist", "actor", "actress", "singer", "player", "coach", "captain", "judge",
      "prosecutor", "lawyer", "economist", "analyst", "professor", "author", "writer",
      "journalist", "reporter", "correspondent", "counterpart", "rival", "wife",
      "husband", "son", "daughter", "mother", "father", "brother", "sister",
      "majesty", "highness", "holiness", "excellency",
  };
  return *s;
}

// A word lower-cased into a small buffer: no allocation per token. Words too
// long for it are in none of the lists and come back empty.
class Lower {
 public:
  Lower() = default;
  explicit Lower(std::string_view w) {
    if (w.size() > sizeof(buf_)) return;
    for (size_t i = 0; i < w.size(); ++i)
      buf_[i] = (w[i] >= 'A' && w[i] <= 'Z') ? static_cast<char>(w[i] + 32) : w[i];
    n_ = w.size();
  }
  std::string_view view() const { return std::string_view(buf_, n_); }

 private:
  char buf_[24];
  size_t n_ = 0;
};

// "talks" and "Talk", "negotiations" and "Negotiation" are the same noun
// here; "new" and "News" are not (the stem must have four letters).
bool same_noun(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 4) return a == b && a.size() >= 3;
  return a == b || (b.size() == a.size() + 1 && b.back() == 's' && b.starts_with(a));
}

class Matcher {
 public:
  Matcher(const Document& doc, size_t tb, size_t te) : doc_(doc), tb_(tb), te_(te) {}

  // Grows the heading a word at a time and tries the word after it as an
  // opener; gives up at the first word no heading may contain.
  size_t run() {
    if (!is_heading_word(tb_) || !is_cap(tb_)) return 0;
    // "The attack", "A new front": a determiner before a lower-case noun.
    bool det_start = false;
    {
      Lower first(text(tb_));
      if (is_sentence_starter(first.view())) {
        std::string_view f = first.view();
        if (f != "the" && f != "a" && f != "an") return 0;
        det_start = true;
      }
    }
    size_t n = 0;
    for (size_t i = tb_; i < te_ && n < kMaxHeadingWords; ++i) {
      if (is_joining_hyphen(i)) continue;
      if (!is_heading_word(i)) return 0;
      if (i > tb_ && !doc_.tokens[i - 1].space_after && !is_joining_hyphen(i - 1) &&
          !is_clitic(i))
        return 0;
      if (n == 1 && det_start && !is_lower_word(i)) return 0;
      words_[n++] = i;
      bool valid = !(det_start && n < 2);
      if (is_clitic(i)) {
        valid = false;
      } else {
        Lower lw(text(i));
        if (clause_words().count(lw.view())) return 0;
        bool function = function_words().count(lw.view()) > 0;
        if (function || text(i).back() == '.') valid = false;
        if (n > 1 && !function && is_lower_word(i)) {
          sentence_case_ = true;
          content_[ncontent_++] = lw;
        }
        last_lower_ = lw;
      }
      last_ = i;
      if (valid && opener_ok(n, i + 1)) return i + 1 - tb_;
    }
    return 0;
  }

 private:
  std::string_view text(size_t k) const {
    const Token& t = doc_.tokens[k];
    return std::string_view(doc_.text).substr(t.begin, t.end - t.begin);
  }
  CharClass first_class(size_t k) const {
    const Token& t = doc_.tokens[k];
    return decode_char(doc_.text.data(), t.begin, t.end).cls;
  }
  bool is_cap(size_t k) const { return first_class(k) == CharClass::kUpper; }
  bool is_lower_word(size_t k) const {
    return doc_.tokens[k].kind == TokenKind::kWord && first_class(k) == CharClass::kLower;
  }
  bool is_clitic(size_t k) const {
    return doc_.tokens[k].kind == TokenKind::kWord && first_class(k) == CharClass::kQuote;
  }
  // "-" inside a hyphenated word the tokenizer split ("Cold War-style").
  bool is_joining_hyphen(size_t k) const {
    const Token& t = doc_.tokens[k];
    return t.kind == TokenKind::kPunct && t.norm == "-" && k > tb_ && k + 1 < te_ &&
           !t.space_after && !doc_.tokens[k - 1].space_after;
  }
  // A word of letters (an internal hyphen, apostrophe or dotted abbreviation
  // allowed), or a possessive clitic. No numbers, no punctuation.
  bool is_heading_word(size_t k) const {
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kWord) return false;
    if (is_clitic(k)) return k > tb_;
    if (!is_letter(first_class(k))) return false;
    std::string_view w = text(k);
    if (w.back() == '.') return is_dotted_abbreviation(w.substr(0, w.size() - 1));
    return true;
  }

  // Does token j open a sentence after the heading words_[0, n)?
  bool opener_ok(size_t n, size_t j) const {
    if (j + kMinRestTokens >= te_) return false;
    const Token& t = doc_.tokens[j];
    if (t.kind != TokenKind::kWord || !is_cap(j)) return false;
    std::string_view w = text(j);
    // A capitalised word, not an acronym ("US", "BLA") nor "I".
    for (size_t b = 1; b < w.size(); ++b)
      if (w[b] >= 'A' && w[b] <= 'Z') return false;
    if (w.size() < 2) return w == "A" && opener_after(Opener::kDeterminer, j);
    Lower lw(w);
    // "Border talks Talks between ...": the heading's noun repeated.
    if (sentence_case_) {
      for (size_t c = 0; c < ncontent_; ++c)
        if (same_noun(content_[c].view(), lw.view())) return true;
    } else if (n >= 2 && j + (last_ - tb_) < te_) {
      // "Ann Lee Ann Lee moved ...": a name heading repeated word for word.
      bool same = true;
      for (size_t m = 0; m < n && same; ++m) same = text(words_[m]) == text(j + (words_[m] - tb_));
      if (same) return true;
    }
    auto it = opener_table().find(lw.view());
    if (it == opener_table().end()) return false;
    return opener_after(it->second, j);
  }

  // Is the word after opener j what that kind of opener needs?
  bool opener_after(Opener kind, size_t j) const {
    const size_t nx = j + 1;
    const bool next_lower = is_lower_word(nx);
    const std::string_view last = last_lower_.view();
    if (kind == Opener::kPronoun || kind == Opener::kPossessive) {
      if (!sentence_case_ || !next_lower) return false;
      return person_titles().count(last) == 0;
    }
    if (!sentence_case_) {
      // A name or a title-cased heading: only a plain sentence opening
      // continues it ("Reporters Without Borders", "Moon Jae In said" stay).
      if (!next_lower) return false;
      return clause_words().count(Lower(text(nx)).view()) == 0;
    }
    if (is_cap(nx)) {
      // "The charity Doctors Without Borders": a capitalised word, then a
      // capitalised opener and another capital, is one title-cased name.
      if (is_cap(last_)) return false;
      // "Ministers praised The Northern Accord": a name as the object of a
      // past-tense verb.
      if (last.size() > 3 && last.ends_with("ed")) return false;
      // "the newspaper The Times": a title after the noun naming its kind.
      if (kind == Opener::kDeterminer && text(j) == "The" && title_introducers().count(last))
        return false;
    }
    return true;
  }

  const Document& doc_;
  const size_t tb_, te_;
  size_t words_[kMaxHeadingWords] = {};  // token index of each heading word
  bool sentence_case_ = false;           // a lower-case content word after the first
  Lower content_[kMaxHeadingWords];      // those words, lower-cased
  size_t ncontent_ = 0;
  size_t last_ = 0;                      // last word of the heading
  Lower last_lower_;
};

}  // namespace

size_t glued_heading_tokens(const Document& doc, size_t tb, size_t te) {
  if (te > doc.tokens.size() || tb >= te) return 0;
  return Matcher(doc, tb, te).run();
}

}  // namespace dyad::text
