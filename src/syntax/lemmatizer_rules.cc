// Lemmatisation rules, driven by the PTB tag.
//
// For inflected forms the rules propose candidate base forms in a fixed order
// and keep the first one a base-form list knows ("stopped": stopp, stop ->
// stop). Where nothing is known they fall back to spelling heuristics.
// Learned exceptions (the corpus's conventions: "n't" -> "not", "me" -> "I")
// are consulted first.
#include <atomic>
#include <cstdint>
#include <string>

#include "syntax/lemmatizer_rules.h"

namespace dyad::lemmatizer_internal {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool is_alpha(char c) { return c >= 'a' && c <= 'z'; }
bool is_consonant(char c) { return is_alpha(c) && !is_vowel(c); }

// Ends consonant-vowel-consonant (final not w, x, y): the shape whose -ed/-ing
// form doubles the consonant, so "hop" -> "hopped" and "hoped" must be "hope".
bool ends_cvc(std::string_view s) {
  if (s.size() < 3) return false;
  char a = s[s.size() - 3], b = s[s.size() - 2], c = s[s.size() - 1];
  return is_consonant(a) && is_vowel(b) && is_consonant(c) && c != 'w' && c != 'x' && c != 'y';
}

// Ends in a doubled consonant ("stopp", "bigg").
bool ends_doubled(std::string_view s) {
  return s.size() >= 3 && s.back() == s[s.size() - 2] && is_consonant(s.back());
}

// Spelling heuristics for verbs no list knows: bases that end in a silent e.
bool looks_e_final(std::string_view s) {
  static const char* kEndings[] = {"at", "iz", "is", "ys", "uc", "v", "rg", "dg", "ur", "bl",
                                   "pl", "tl", "dl", "gl", "kl", "ac"};
  if (s.size() < 3) return false;
  for (const char* e : kEndings)
    if (ends_with(s, e)) return true;
  return false;
}

bool all_upper(std::string_view w) {
  bool letters = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

bool is_punct_tag(std::string_view t) {
  // Called for every token: most tags are letters, so test the few
  // all-letter punctuation tags by length before anything else.
  if (t.empty()) return false;
  if (t[0] >= 'A' && t[0] <= 'Z') {
    switch (t.size()) {
      case 2: return t == "LS";
      case 3: return t == "NFP" || t == "SYM" || t == "ADD";
      case 4: return t == "HYPH";
      default: return false;
    }
  }
  return t == "." || t == "," || t == ":" || t == "``" || t == "''" || t == "-LRB-" ||
         t == "-RRB-" || t == "$" || t == "#";
}

inline char lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// FNV-1a of tag + '\t' + ascii_lower(word), without building that string.
uint64_t exception_hash(std::string_view tag, std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&](char c) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  };
  for (char c : tag) mix(c);
  mix('\t');
  for (char c : word) mix(lower_char(c));
  h ^= h >> 29;
  return h ? h : 1;  // 0 marks an empty slot
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {

// Picks the first candidate in `known`; "" if none.
template <typename Set>
std::string first_known(std::initializer_list<std::string> cands, const Set& known) {
  for (const std::string& c : cands)
    if (!c.empty() && known.count(c)) return c;
  return "";
}

std::string noun_base(const LemmaTables& t, const std::string& w) {
  auto it = t.irregular[kNoun].find(w);
  if (it != t.irregular[kNoun].end()) return it->second;
  if (w.size() <= 2 || w.back() != 's') return w;
  if (ends_with(w, "'s")) return w.substr(0, w.size() - 2);  // "AK47's"
  const std::string c1 = w.substr(0, w.size() - 1);
  if (t.known[kNoun].count(c1)) return c1;  // the known list holds e-final nouns
  if (ends_with(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
  if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "zes") ||
      ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "ses"))
    return w.substr(0, w.size() - 2);
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) return w;
  return c1;
}

// Base of an -ed / -ing form given the stem with the suffix removed.
std::string verb_stem_base(const LemmaTables& t, const std::string& s, bool ing) {
  const auto& V = t.known[kVerb];
  if (s.size() < 1) return "";
  std::string r;
  if (!ing && s.back() == 'i') {  // tried, died
    r = first_known({s + "e", s.substr(0, s.size() - 1) + "y"}, V);
    if (!r.empty()) return r;
  }
  if (ing && ends_with(s, "y") && s.size() >= 2) {  // dying, lying
    r = first_known({s.substr(0, s.size() - 1) + "ie"}, V);
    if (!r.empty() && !V.count(s)) return r;
  }
  if (ends_doubled(s)) {
    r = first_known({s.substr(0, s.size() - 1)}, V);
    if (!r.empty()) return r;
  }
  const bool have_s = V.count(s) > 0, have_e = V.count(s + "e") > 0;
  if (have_s && have_e) return ends_cvc(s) ? s + "e" : s;
  if (have_s) return s;
  if (have_e) return s + "e";
  // Unknown verb: spelling heuristics.
  if (!ing && s.back() == 'i') return s.substr(0, s.size() - 1) + "y";
  if (ends_doubled(s) && s.back() != 'l' && s.back() != 's' && s.back() != 'f' &&
      s.back() != 'z')
    return s.substr(0, s.size() - 1);
  if (looks_e_final(s)) return s + "e";
  return s;
}

std::string verb_base(const LemmaTables& t, const std::string& w, std::string_view tag) {
  auto it = t.irregular[kVerb].find(w);
  if (it != t.irregular[kVerb].end()) return it->second;
  const auto& V = t.known[kVerb];
  if (tag == "VBZ") {
    if (w.size() <= 2 || w.back() != 's') return w;
    const std::string c1 = w.substr(0, w.size() - 1), c2 = w.substr(0, w.size() - 2);
    std::string r;
    if (ends_with(w, "ies") && w.size() > 4) r = first_known({c1, c2.substr(0, c2.size() - 1) + "y"}, V);
    else if (ends_with(w, "es")) r = first_known({c1, c2}, V);
    else r = first_known({c1}, V);
    if (!r.empty()) return r;
    if (ends_with(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
    if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "zes") ||
        ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "oes"))
      return c2;
    return c1;
  }
  if (tag == "VBD" || tag == "VBN") {
    if (w.size() > 3 && ends_with(w, "ed")) {
      std::string r = verb_stem_base(t, w.substr(0, w.size() - 2), false);
      if (!r.empty()) return r;
    }
    return w;
  }
  if (tag == "VBG") {
    if (w.size() > 4 && ends_with(w, "ing")) {
      std::string r = verb_stem_base(t, w.substr(0, w.size() - 3), true);
      if (!r.empty()) return r;
    }
    return w;
  }
  return w;
}

// Comparative / superlative base; w unchanged when no known base is found.
std::string graded_base(const LemmaTables& t, const std::string& w, bool adverb) {
  const auto& irr = t.irregular[adverb ? kAdv : kAdj];
  auto it = irr.find(w);
  if (it != irr.end()) return it->second;
  if (adverb) {
    auto it2 = t.irregular[kAdj].find(w);
    if (it2 != t.irregular[kAdj].end()) return it2->second;
  }
  std::string s;
  if (ends_with(w, "est") && w.size() > 4) s = w.substr(0, w.size() - 3);
  else if (ends_with(w, "er") && w.size() > 3) s = w.substr(0, w.size() - 2);
  else return w;
  auto known = [&](const std::string& c) {
    return !c.empty() && (t.known[kAdj].count(c) || (adverb && t.known[kAdv].count(c)));
  };
  if (s.back() == 'i' && known(s.substr(0, s.size() - 1) + "y"))
    return s.substr(0, s.size() - 1) + "y";
  if (ends_doubled(s) && known(s.substr(0, s.size() - 1))) return s.substr(0, s.size() - 1);
  const bool have_s = known(s), have_e = known(s + "e");
  if (have_s && have_e) return ends_cvc(s) ? s + "e" : s;
  if (have_s) return s;
  if (have_e) return s + "e";
  return w;
}

}  // namespace

std::string LemmaTables::rule_lemma(std::string_view word, std::string_view tag,
                                    bool sentence_initial) const {
  if (word.empty()) return std::string();
  if (is_punct_tag(tag) || tag == "GW" || tag == "FW" || tag == "AFX") return std::string(word);
  if (tag == "NNP") {
    // Long all-caps names are headline case ("TEHRAN" -> "Tehran"); short
    // ones are acronyms ("NATO").
    if (word.size() >= 5 && all_upper(word)) {
      std::string out = ascii_lower(word);
      out[0] = word[0];
      return out;
    }
    return std::string(word);
  }
  const std::string w = ascii_lower(word);
  if (tag == "NNPS") {
    // Keep the capitalisation, change only the ending ("States" -> "State").
    std::string base = noun_base(*this, w);
    if (base.size() <= word.size() && word.substr(0, base.size()) == std::string_view(base))
      return base;
    std::string out(word.substr(0, std::min(base.size(), word.size())));
    for (size_t i = 0; i < out.size() && i < base.size(); ++i)
      if (ascii_lower(std::string_view(&out[i], 1))[0] != base[i]) out[i] = base[i];
    return out + (base.size() > out.size() ? base.substr(out.size()) : "");
  }
  if (tag == "CD") {
    bool numeric = true, comma = false;
    for (char c : word) {
      if (c == ',') comma = true;
      else if (!(c >= '0' && c <= '9') && c != '.') numeric = false;
    }
    if (numeric && comma) {
      std::string out;
      for (char c : word)
        if (c != ',') out.push_back(c);
      return out;
    }
    return all_upper(word) ? std::string(word) : w;
  }
  if (tag == "NNS") {
    std::string base = noun_base(*this, w);
    // Plural acronyms keep their case ("ROMs" -> "ROM").
    if (word.size() > 2 && all_upper(word.substr(0, word.size() - 1)) &&
        (word.back() == 's') && base.size() == word.size() - 1)
      return std::string(word.substr(0, base.size()));
    return base;
  }
  // Single capital letters are names of things ("plan B"); longer all-caps
  // common nouns are mostly shouting or headline case.
  if (tag == "NN") return all_upper(word) && word.size() == 1 ? std::string(word) : w;
  if (tag == "VBZ" || tag == "VBD" || tag == "VBN" || tag == "VBG") return verb_base(*this, w, tag);
  if (tag == "JJR" || tag == "JJS") return graded_base(*this, w, false);
  if (tag == "RBR" || tag == "RBS") return graded_base(*this, w, true);
  if (tag == "JJ") {
    // Adjectives of nationality and the like keep their capital ("Iraqi");
    // a capital at the start of a sentence says nothing.
    const bool title = word[0] >= 'A' && word[0] <= 'Z' && !all_upper(word);
    if (!title) return w;
    if (capitalized[kAdj].count(w)) return std::string(word);
    if (known[kAdj].count(w)) return w;  // a common adjective in title case
    return sentence_initial ? w : std::string(word);
  }
  return w;
}

void LemmaTables::index_exceptions() {
  size_t cap = 16;
  while (cap < by_tag.size() * 4) cap <<= 1;
  exception_index.assign(cap, ExceptionSlot());
  for (const auto& entry : by_tag) {
    const std::string& key = entry.first;
    const size_t tab = key.find('\t');
    if (tab == std::string::npos) continue;  // load() always writes one
    const uint64_t h = exception_hash(std::string_view(key).substr(0, tab), std::string_view(key).substr(tab + 1));
    size_t i = h & (cap - 1);
    while (exception_index[i].hash != 0) i = (i + 1) & (cap - 1);
    exception_index[i] = {h, &entry};
  }
}

uint64_t LemmaTables::next_id() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

const std::string* LemmaTables::find_exception(std::string_view word, std::string_view tag) const {
  const size_t mask = exception_index.size() - 1;
  const uint64_t h = exception_hash(tag, word);
  for (size_t i = h & mask; exception_index[i].hash != 0; i = (i + 1) & mask) {
    if (exception_index[i].hash != h) continue;
    const std::string& key = exception_index[i].entry->first;
    if (key.size() != tag.size() + 1 + word.size() || key.compare(0, tag.size(), tag) != 0 ||
        key[tag.size()] != '\t')
      continue;
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k) same = key[tag.size() + 1 + k] == lower_char(word[k]);
    if (same) return &exception_index[i].entry->second;
  }
  return nullptr;
}

std::string LemmaTables::lemma(std::string_view word, std::string_view tag,
                               bool sentence_initial) const {
  if (!exception_index.empty()) {
    if (const std::string* l = find_exception(word, tag)) return *l;
  } else if (!by_tag.empty()) {
    std::string key(tag);
    key.push_back('\t');
    key += ascii_lower(word);
    auto it = by_tag.find(key);
    if (it != by_tag.end()) return it->second;
  }
  return rule_lemma(word, tag, sentence_initial);
}

}  // namespace dyad::lemmatizer_internal
