#include "text/lexicon.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace dyad::text {
namespace {

struct AbbrevEntry {
  const char* word;
  AbbrevClass cls;
};

// Titles and ranks that stand before a name: a following capital is the name.
constexpr const char* kTitles[] = {
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt",
    "Col", "Maj", "Capt", "Cmdr", "Cmdt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Sen",
    "Sens", "Rep", "Reps", "Gov", "Govs", "Rev", "Hon", "Pres", "Supt", "Insp",
    "Det", "Amb", "Fr", "Mt", "Ft", "Msgr", "Atty", "Lt.Col", "Spc", "Ens",
    "Cdr", "Sec", "Treas", "Rt",
};
// Abbreviations that are only abbreviations before a number ("No. 5").
constexpr const char* kBeforeNumber[] = {
    "No", "Nos", "no", "nos", "Vol", "vol", "Vols", "Art", "art", "Arts", "Fig",
    "fig", "Figs", "pp", "Ch", "ch", "Para", "para", "Pt", "pt", "Ex", "Op", "op",
};
constexpr const char* kMonths[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
};
// May end a sentence: company suffixes, generational suffixes, street types,
// US state abbreviations in AP style, weekdays and common lower-case forms.
constexpr const char* kCanEnd[] = {
    "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Jr", "Sr", "St", "Ave",
    "Blvd", "Rd", "Ln", "Hwy", "Dept", "Univ", "Assn", "Intl", "Natl", "Govt",
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
    "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
    "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis",
    "Wyo", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    "etc", "approx", "est", "al", "esp", "incl", "govt", "dept", "yrs", "hrs",
    "mins", "lb", "lbs", "oz", "tel", "Tel", "ext", "Ext",
    "Attn", "attn", "Rs", "Messrs",
};
constexpr const char* kNeverEnd[] = {
    "vs", "v", "cf", "viz", "ca", "e.g", "i.e", "E.g", "I.e", "et",
};

const std::unordered_map<std::string_view, AbbrevClass>& abbrev_table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, AbbrevClass>;
    for (const char* w : kCanEnd) (*t)[w] = AbbrevClass::kCanEnd;
    for (const char* w : kMonths) (*t)[w] = AbbrevClass::kMonth;
    for (const char* w : kBeforeNumber) (*t)[w] = AbbrevClass::kBeforeNumber;
    for (const char* w : kTitles) (*t)[w] = AbbrevClass::kTitle;
    for (const char* w : kNeverEnd) (*t)[w] = AbbrevClass::kNeverEnd;
    return t;
  }();
  return *table;
}

// Closed-class and other words that commonly open a sentence in news. After
// an abbreviation that can end a sentence ("U.S.", "p.m.", "Inc."), a
// capitalised word from this list signals a new sentence; any other capitalised
// word ("Secretary", "Friday", "Sergei") is taken to continue it.
constexpr const char* kStarters[] = {
    // determiners and pronouns
    "the", "a", "an", "this", "that", "these", "those", "there", "here", "it",
    "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
    "my", "your", "him", "them", "us", "some", "many", "most", "all", "both",
    "each", "every", "no", "none", "any", "several", "few", "such", "another",
    "other", "others", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "what", "who", "whom", "whose", "which", "why", "how",
    "where", "when", "nobody", "everyone", "someone", "nothing", "everything",
    // conjunctions and prepositions
    "but", "and", "or", "nor", "so", "yet", "if", "while", "as", "after",
    "before", "since", "although", "though", "because", "unless", "until",
    "whether", "once", "in", "on", "at", "for", "with", "from", "by", "to",
    "during", "under", "about", "among", "despite", "without", "within",
    "through", "against", "between", "into", "of", "like", "unlike", "instead",
    "amid", "following", "according", "over", "up", "out",
    // sentence adverbs and discourse markers
    "however", "meanwhile", "still", "also", "earlier", "later", "last", "next",
    "now", "then", "today", "yesterday", "tomorrow", "tonight", "thus",
    "therefore", "moreover", "furthermore", "nevertheless", "nonetheless",
    "indeed", "instead", "otherwise", "similarly", "separately", "finally",
    "first", "second", "third", "currently", "previously", "recently", "already",
    "only", "even", "just", "perhaps", "maybe", "often", "sometimes", "never",
    "always", "again", "yes", "not", "please", "well", "oh", "thanks",
    "asked", "speaking", "officials", "analysts", "critics", "experts",
    "authorities", "witnesses", "residents", "police",
    // auxiliaries opening questions
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will",
    "would", "should", "may", "might", "must", "have", "has", "had", "let",
};

// Prefixes EWT keeps attached across a hyphen ("e-mail", "non-human").
constexpr const char* kHyphenPrefixes[] = {
    "e", "non", "mid", "pre", "anti", "re", "post", "co", "pro", "multi", "ex",
    "sub", "semi", "neo", "cross", "counter", "vice", "inter", "intra", "ultra",
    "over", "psycho", "trans", "bi", "tri", "uni", "un", "de", "x", "mis",
};

const std::unordered_set<std::string_view>& starter_set() {
  static const auto* s =
      new std::unordered_set<std::string_view>(std::begin(kStarters), std::end(kStarters));
  return *s;
}
const std::unordered_set<std::string_view>& prefix_set() {
  static const auto* s = new std::unordered_set<std::string_view>(
      std::begin(kHyphenPrefixes), std::end(kHyphenPrefixes));
  return *s;
}

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

AbbrevClass abbreviation_class(std::string_view word) {
  const auto& t = abbrev_table();
  auto it = t.find(word);
  return it == t.end() ? AbbrevClass::kNone : it->second;
}

bool is_dotted_abbreviation(std::string_view w) {
  if (w.empty() || w.front() == '.' || w.back() == '.') return false;
  bool has_period = false;
  size_t part = 0;
  for (char c : w) {
    if (c == '.') {
      if (part == 0) return false;
      has_period = true;
      part = 0;
    } else if (ascii_alpha(c)) {
      if (++part > 3) return false;
    } else {
      return false;
    }
  }
  return has_period;
}

bool is_sentence_starter(std::string_view lower) { return starter_set().count(lower) > 0; }

bool is_hyphen_prefix(std::string_view lower) { return prefix_set().count(lower) > 0; }

}  // namespace dyad::text
