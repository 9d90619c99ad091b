#include "syntax/tag_repair.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>

#include "syntax/word_list.h"

namespace dyad {
namespace {

// Whether w, in any case, is the lower-case word `l` (no allocation: the
// repairs ask this of every token).
bool is_word(std::string_view w, std::string_view l) {
  if (w.size() != l.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(w[k])) != l[k]) return false;
  return true;
}

std::string lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_auxiliary(std::string_view w) {
  static constexpr std::string_view kAux[] = {"has",  "have", "had", "having", "is",   "are", "was",
                                              "were", "be",   "been", "being", "'s",  "'ve", "'d",
                                              "get",  "gets", "got", "gotten", "getting", "'re", "'m", "am"};
  return one_of(w, kAux);
}

// Participles that take a name or label as their complement in a reduced
// relative: "a country called Chad", "a rebel known as X".
bool names_its_complement(std::string_view w) {
  static constexpr std::string_view kNaming[] = {"called", "named",   "dubbed",   "termed",  "titled",
                                                 "entitled", "labeled", "labelled", "nicknamed", "branded",
                                                 "known",  "styled",  "renamed",  "given",   "shown",
                                                 "told",   "asked",   "granted",  "offered", "awarded",
                                                 "handed", "paid",    "sent",     "promised", "denied",
                                                 "left",   "considered", "deemed", "elected", "appointed"};
  return one_of(w, kNaming);
}

bool noun_tag(std::string_view x) { return x == "NNS" || x == "NNPS" || x == "NNP" || x == "NN"; }

// Words that follow a reduced relative as its time, not its object: "the
// suspects arrested Tuesday", "weapons seized last month".
bool time_word(std::string_view w) {
  static constexpr std::string_view kTime[] = {
      "yesterday", "today",    "tonight",  "tomorrow", "last",     "next",   "this",     "earlier",
      "later",     "overnight", "early",   "late",     "monday",   "tuesday", "wednesday", "thursday",
      "friday",    "saturday", "sunday",   "january",  "february", "march",  "april",    "may",
      "june",      "july",     "august",   "september", "october", "november", "december", "recently"};
  return one_of(w, kTime);
}

// Complements of "held", "taken", "kept" in a reduced relative ("a train
// held hostage", "the officials taken prisoner"): a predicate, not an object.
bool predicate_noun(std::string_view w) {
  static constexpr std::string_view kPred[] = {"hostage", "hostages", "captive", "captives", "prisoner",
                                               "prisoners", "responsible", "accountable", "liable", "hostage-"};
  return one_of(w, kPred);
}

// Tags that open a noun phrase serving as a direct object.
// Whether the word before token i (within the sentence from `begin`) is a
// form of "be" (with `have`, also of "have" and "get"), which makes a past
// form after it a participle: "was shot dead", "has set fire to".
bool after_be(const Document& doc, uint32_t i, uint32_t begin, bool have) {
  if (i <= begin) return false;
  const std::string p = lower(doc.tokens[i - 1].norm);
  if (p == "was" || p == "were" || p == "been" || p == "be" || p == "is" || p == "are" || p == "being") return true;
  return have && (p == "has" || p == "have" || p == "had" || p == "got" || p == "get");
}

// Whether token k is a common noun followed by a finite verb ("armed men
// attacked", "army chiefs met"): the noun is a subject, so the word before
// it modifies it and is no verb taking it as object.
bool noun_before_finite(const Document& doc, uint32_t k, uint32_t end) {
  if (k + 1 >= end) return false;
  const std::string& x = doc.syntax[k].xpos;
  if (x != "NN" && x != "NNS") return false;
  const std::string& v = doc.syntax[k + 1].xpos;
  return v == "VBD" || v == "VBZ" || v == "VBP" || v == "MD";
}

bool opens_object(std::string_view x) {
  return x == "DT" || x == "PRP$" || x == "CD" || x == "NNP" || x == "NNPS" || x == "NNS" || x == "PDT" ||
         x == "NN" || x == "JJ";
}

}  // namespace

void repair_past_participles(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  // A sentence with no verb at all ("The Taliban also imposed restrictions
  // on printing books", "imposed" read as an adjective): an -ed adjective
  // after its noun is a participle candidate like a VBN.
  bool verbless = true;
  for (uint32_t k = begin; k < end && verbless; ++k) verbless = !doc.syntax[k].xpos.starts_with("VB") && doc.syntax[k].xpos != "MD";
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    const bool ed_adjective = verbless && ts.xpos == "JJ" && doc.tokens[i].norm.size() > 4 &&
                              doc.tokens[i].norm.ends_with("ed") &&
                              std::islower(static_cast<unsigned char>(doc.tokens[i].norm[0]));
    if (ts.xpos != "VBN" && !ed_adjective) continue;
    // The noun before it, adverbs between allowed ("rebels later seized").
    uint32_t p = i - 1;
    while (p > begin && doc.syntax[p].xpos == "RB" && i - p < 3) --p;
    if (!noun_tag(doc.syntax[p].xpos)) continue;
    // No auxiliary in the few words before the noun's verb group.
    // (An auxiliary of an earlier verb does not count: in "have said the
    // UAE supplied weapons" the "have" is said's.)
    bool aux = false;
    for (uint32_t k = i; k-- > begin && i - k <= 4;) {
      if (is_auxiliary(lower(doc.tokens[k].norm))) aux = true;
      if (doc.syntax[k].xpos.starts_with("VB") && !is_auxiliary(lower(doc.tokens[k].norm))) break;
    }
    if (aux) continue;
    const std::string next = lower(doc.tokens[i + 1].norm);
    // "Pakistani troops fired on Indian positions": with a preposition
    // after it, the participle is the simple past only when the sentence
    // has no other finite verb ("troops deployed in Mali said ..." keeps
    // its reduced relative).
    if (doc.syntax[i + 1].xpos == "IN" && !time_word(next)) {
      bool finite = false;
      for (uint32_t k = begin; k < end && !finite; ++k)
        if (k != i) {
          const std::string& x = doc.syntax[k].xpos;
          finite = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
        }
      if (!finite) {
        ts.xpos = "VBD";
        ts.upos = UPos::kVERB;
      }
      continue;
    }
    if (!opens_object(doc.syntax[i + 1].xpos) || time_word(next) || predicate_noun(next)) continue;
    // A naming participle takes a bare name ("a group called Hope Now"); a
    // determiner, a pronoun or a possessive after it opens an object
    // ("called the move ...", "called Pakistan's assertions baseless").
    if (names_its_complement(lower(doc.tokens[i].norm))) {
      const std::string& nx = doc.syntax[i + 1].xpos;
      const bool possessive = i + 2 < end && doc.syntax[i + 2].xpos == "POS";
      const bool lower_det = nx == "DT" && !doc.tokens[i + 1].norm.empty() &&
                             std::islower(static_cast<unsigned char>(doc.tokens[i + 1].norm[0]));
      if (!(possessive || lower_det || nx == "PRP$" || nx == "PRP")) continue;
    }
    ts.xpos = "VBD";
    ts.upos = UPos::kVERB;
  }
}

void repair_modal_adjectives(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  // Adjectives that are also verbs taking an object.
  static const char* const kHomographs[] = {"free", "clear", "open", "secure", "empty", "clean", "calm", "narrow",
                                            "slow", "lower", "dry", "cool", "ready", "wet", "smooth", "tidy"};
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "JJ") continue;
    std::string prev = doc.syntax[i - 1].xpos;
    // "urged Egypt to free detained journalists": a "to" the tagger read as
    // a preposition is the infinitive's after a verb that hands its object
    // an infinitive (not "committed to free trade").
    if (prev == "IN" && lower(doc.tokens[i - 1].norm) == "to") {
      // (The verb's object right before "to": a name, a pronoun or a
      // noun, not a participle: "urged allies committed to free trade".)
      static const char* const kControl[] = {"urged", "urge", "urges", "urging", "asked", "ask", "asks",
                                             "called", "pressed", "told", "ordered", "forced", "allowed",
                                             "helped", "encouraged", "pressured", "pushed"};
      const std::string& ox = doc.syntax[i - 2].xpos;
      const bool object_before = i >= begin + 3 && (ox == "NNP" || ox == "NNPS" || ox == "PRP" || ox == "NNS" || ox == "NN");
      bool control = false;
      for (uint32_t k = i >= begin + 4 ? i - 4 : begin; k + 2 < i; ++k)
        for (const char* c : kControl) control = control || lower(doc.tokens[k].norm) == c;
      if (control && object_before) prev = "TO";
    }
    if (prev != "MD" && prev != "TO") continue;
    // (A participle before a noun opens an object too: "to free detained
    // journalists".)
    const std::string& nx = doc.syntax[i + 1].xpos;
    const bool participle_np = (nx == "VBN" || nx == "VBG") && i + 2 < end && noun_tag(doc.syntax[i + 2].xpos);
    if ((!opens_object(nx) || nx == "JJ") && !participle_np) continue;
    if (prev == "TO") {
      const std::string w = lower(doc.tokens[i].norm);
      bool homograph = false;
      for (const char* h : kHomographs) homograph = homograph || w == h;
      if (!homograph) continue;
    }
    ts.xpos = "VB";
    ts.upos = UPos::kVERB;
  }
}

void repair_prefixed_infinitives(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  static constexpr std::string_view kPrefixes[] = {"de-", "re-", "co-", "counter-", "pre-", "over-", "out-", "mis-"};
  static constexpr std::string_view kVerbEndings[] = {"ate", "ize", "ise", "ify", "ish"};
  for (uint32_t i = begin + 1; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "NN" && ts.xpos != "JJ") continue;
    if (lower(doc.tokens[i - 1].norm) != "to") continue;
    const std::string w = lower(doc.tokens[i].norm);
    size_t stem = 0;
    for (std::string_view p : kPrefixes)
      if (w.size() > p.size() + 3 && w.compare(0, p.size(), p) == 0) stem = p.size();
    if (stem == 0) continue;
    bool verbal = false;
    for (std::string_view x : kVerbEndings)
      verbal = verbal || (w.size() >= stem + x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0);
    if (!verbal) continue;
    ts.xpos = "VB";
    ts.upos = UPos::kVERB;
    doc.syntax[i - 1].xpos = "TO";
    doc.syntax[i - 1].upos = UPos::kPART;
  }
}

void repair_name_hyphens(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 3 > end) return;
  auto capital = [&](uint32_t i) {
    const std::string& w = doc.tokens[i].norm;
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  };
  // "WHO Director-General ...": an acronym in capitals that the tagger read
  // as the pronoun "who" or "what", before a capitalised word, is a name.
  for (uint32_t i = begin; i + 1 < end; ++i) {
    const std::string& w = doc.tokens[i].norm;
    if (w.size() < 3 || !capital(i + 1)) continue;
    if (doc.syntax[i].xpos != "WP" && doc.syntax[i].xpos != "WDT") continue;
    bool caps = true;
    for (char c : w) caps = caps && c >= 'A' && c <= 'Z';
    if (!caps) continue;
    // (A title-case headline in capitals throughout says nothing.)
    const std::string& n = doc.tokens[i + 1].norm;
    bool next_caps = true;
    for (char c : n) next_caps = next_caps && !(c >= 'a' && c <= 'z');
    if (next_caps) continue;
    doc.syntax[i].xpos = "NNP";
    doc.syntax[i].upos = UPos::kPROPN;
  }
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    if (doc.tokens[i].norm != "-" || doc.tokens[i - 1].space_after || doc.tokens[i].space_after) continue;
    if (!capital(i - 1) || !capital(i + 1)) continue;
    doc.syntax[i].xpos = "HYPH";
    doc.syntax[i].upos = UPos::kPUNCT;
  }
}

void repair_attributive_participles(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  // "accused neighboring Ethiopia of ...", "the warring parties": a few
  // -ing words that news uses as adjectives before a noun, which the tagger
  // reads as verbs (and the parser then gives the noun to them as object).
  // Not after a form of "be" ("is ruling the country").
  static constexpr std::string_view kAttributive[] = {"neighboring", "neighbouring", "warring", "ruling",
                                                      "governing", "outgoing", "incoming", "ongoing"};
  for (uint32_t i = begin; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "VBG") continue;
    const std::string w = lower(doc.tokens[i].norm);
    bool listed = false;
    listed = listed || one_of(w, kAttributive);
    if (!listed) continue;
    const std::string_view nx = doc.syntax[i + 1].xpos;
    if (nx != "NN" && nx != "NNS" && nx != "NNP" && nx != "NNPS") continue;
    if (i > begin) {
      const std::string p = lower(doc.tokens[i - 1].norm);
      if (p == "is" || p == "are" || p == "was" || p == "were" || p == "be" || p == "been" || p == "'s") continue;
    }
    ts.xpos = "JJ";
    ts.upos = UPos::kADJ;
  }
}

void repair_coordinated_past(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  // "recognized Gonzalez as the winner and imposed sanctions on 16
  // officials": after "and" or "but" that follows a finite verb of the
  // sentence, a past form of an event verb before a noun phrase is the
  // second verb of the clause, not an adjective ("imposed sanctions" as
  // "sanctions that were imposed"). Only verbs that are no common
  // adjectives ("armed groups", "united front" stay).
  static constexpr std::string_view kPastVerbs[] = {
      "imposed", "launched", "signed", "expelled", "seized", "deployed", "arrested", "detained",
      "condemned", "accused", "criticized", "criticised", "urged", "rejected", "recalled", "suspended",
      "lifted", "approved", "ordered", "summoned", "killed", "banned", "sanctioned", "threatened"};
  for (uint32_t i = begin + 2; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "JJ" && ts.xpos != "VBN") continue;
    const std::string& pn = doc.tokens[i - 1].norm;
    if (pn != "and" && pn != "but" && pn != "And" && pn != "But") continue;
    const std::string w = lower(doc.tokens[i].norm);
    bool listed = false;
    listed = listed || one_of(w, kPastVerbs);
    if (!listed) continue;
    const std::string_view nx = doc.syntax[i + 1].xpos;
    if (nx != "NN" && nx != "NNS" && nx != "NNP" && nx != "NNPS" && nx != "DT" && nx != "PRP$" && nx != "CD" &&
        nx != "JJ")
      continue;
    bool finite_before = false;
    for (uint32_t k = begin; k + 1 < i && !finite_before; ++k)
      finite_before = doc.syntax[k].xpos == "VBD" || doc.syntax[k].xpos == "VBZ" || doc.syntax[k].xpos == "VBP";
    if (!finite_before) continue;
    ts.xpos = "VBD";
    ts.upos = UPos::kVERB;
  }
}

void repair_event_gerund_nouns(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 3 > end) return;
  static constexpr std::string_view kEventNouns[] = {"meeting", "briefing", "hearing", "gathering", "signing",
                                                     "bombing", "shooting", "shelling", "uprising", "ruling",
                                                     "swearing-in", "funding", "spending", "offering"};
  static constexpr std::string_view kTimeHeads[] = {"week", "month", "year", "weekend", "morning", "evening",
                                                    "night", "spring", "summer", "autumn", "fall", "winter"};
  auto nominal = [](std::string_view x) { return x == "NN" || x == "NNP"; };
  for (uint32_t i = begin + 2; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "VBG") continue;
    const std::string w = lower(doc.tokens[i].norm);
    bool listed = false;
    listed = listed || one_of(w, kEventNouns);
    if (!listed || !nominal(doc.syntax[i - 1].xpos)) continue;
    // Back over the noun phrase's modifiers to its determiner or possessor.
    uint32_t k = i - 1;
    while (k > begin && (nominal(doc.syntax[k].xpos) || doc.syntax[k].xpos == "JJ" || doc.syntax[k].xpos == "CD" ||
                         doc.syntax[k].xpos == "HYPH"))
      --k;
    const std::string_view kx = doc.syntax[k].xpos;
    if (kx != "DT" && kx != "PRP$" && kx != "POS") continue;
    if (kx == "DT") {
      const std::string d = lower(doc.tokens[k].norm);
      if (d != "a" && d != "an" && d != "the" && d != "this" && d != "that" && d != "its") continue;
    }
    // No object after it: nothing, punctuation, a preposition, a verb, or
    // a time phrase ("this week", "last month").
    if (i + 1 < end) {
      const std::string_view nx = doc.syntax[i + 1].xpos;
      // After a common noun a preposition may open the verb's phrase ("a
      // man shooting at police"); after a name it is the event's ("a
      // Security Council meeting on Syria").
      if (doc.syntax[i - 1].xpos == "NN" && (nx == "IN" || nx == "TO" || nx == "RB")) continue;
      const bool np_start = nx == "DT" || nx == "PRP$" || nx == "PRP" || nx == "CD" || nx == "JJ" ||
                            nx.starts_with("NN");
      if (np_start) {
        bool time = false;
        const std::string n1 = lower(doc.tokens[i + 1].norm);
        if ((n1 == "this" || n1 == "last" || n1 == "next") && i + 2 < end) {
          const std::string n2 = lower(doc.tokens[i + 2].norm);
          time = time || one_of(n2, kTimeHeads);
          time = time || doc.syntax[i + 2].xpos == "NNP";  // "this Monday"
        }
        if (!time) continue;
      }
    }
    ts.xpos = "NN";
    ts.upos = UPos::kNOUN;
  }
}

// See the header: "stun grenades".
void repair_weapon_compounds(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos.empty() || ts.xpos[0] != 'V' || lower(doc.tokens[i].norm) != "stun") continue;
    const std::string n = lower(doc.tokens[i + 1].norm);
    if (n != "grenade" && n != "grenades" && n != "gun" && n != "guns" && n != "bomb" && n != "bombs") continue;
    ts.xpos = "NN";
    ts.upos = UPos::kNOUN;
  }
}

// See the header: "open to talks with China".
void repair_talks_after_to(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin + 1; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "VB" || !is_word(doc.tokens[i - 1].norm, "to")) continue;
    if (is_word(doc.tokens[i].norm, "talks")) {
      ts.xpos = "NNS";
      ts.upos = UPos::kNOUN;
      doc.syntax[i - 1].xpos = "IN";
      doc.syntax[i - 1].upos = UPos::kADP;
      continue;
    }
    // "bowed to pressure from protesters", "caved in to pressure": the
    // noun after a verb of yielding, or before "from" (the verb takes an
    // object: "to pressure Iran").
    if (is_word(doc.tokens[i].norm, "pressure")) {
      static constexpr std::string_view kYield[] = {
          "bow",    "bows",     "bowed",  "bowing",  "yield",  "yields", "yielded",  "yielding",  "cave",
          "caves",  "caved",    "caving", "succumb", "succumbs", "succumbed", "succumbing", "bend", "bends",
          "bent",   "bending",  "in",     "relent",  "relented", "submit", "submitted", "buckle", "buckled"};
      const std::string before = i >= begin + 2 ? lower(doc.tokens[i - 2].norm) : std::string();
      const bool yielding = std::find(std::begin(kYield), std::end(kYield), before) != std::end(kYield);
      const bool from = i + 1 < end && is_word(doc.tokens[i + 1].norm, "from");
      if (!yielding && !from) continue;
      ts.xpos = "NN";
      ts.upos = UPos::kNOUN;
      doc.syntax[i - 1].xpos = "IN";
      doc.syntax[i - 1].upos = UPos::kADP;
      continue;
    }
    // "to trade talks", "to peace talks" read as "to trade" + object: a
    // verb "trade" before a noun of negotiation is its first part.
    if (i + 1 >= end || !is_word(doc.tokens[i].norm, "trade")) continue;
    const std::string_view n = doc.tokens[i + 1].norm;
    if (!is_word(n, "talks") && !is_word(n, "negotiations") && !is_word(n, "deal") && !is_word(n, "agreement") &&
        !is_word(n, "pact") && !is_word(n, "war") && !is_word(n, "dispute") && !is_word(n, "truce"))
      continue;
    ts.xpos = "NN";
    ts.upos = UPos::kNOUN;
    doc.syntax[i - 1].xpos = "IN";
    doc.syntax[i - 1].upos = UPos::kADP;
    TokenSyntax& ns = doc.syntax[i + 1];
    ns.xpos = is_word(n, "talks") || is_word(n, "negotiations") ? "NNS" : "NN";
    ns.upos = UPos::kNOUN;
  }
}

// See the header: "handed over the prisoners".
void repair_hand_over_particle(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin + 1; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    const bool over = ts.xpos == "IN" && is_word(doc.tokens[i].norm, "over");
    const bool back = ts.xpos == "RB" && is_word(doc.tokens[i].norm, "back");
    if (!over && !back) continue;
    const TokenSyntax& vs = doc.syntax[i - 1];
    if (vs.xpos.empty() || vs.xpos[0] != 'V') continue;
    const std::string_view w = doc.tokens[i - 1].norm;
    const bool hand = is_word(w, "hand") || is_word(w, "hands") || is_word(w, "handed") || is_word(w, "handing");
    // "turned over the suspect", "handed back the pilot": the particle
    // before the object (a noun phrase must follow "turn over"; "handed
    // back" also stands alone: "was handed back by Pakistan").
    const bool turn = over && (is_word(w, "turn") || is_word(w, "turns") || is_word(w, "turned") ||
                               is_word(w, "turning")) &&
                      i + 1 < end &&
                      (doc.syntax[i + 1].xpos == "DT" || doc.syntax[i + 1].xpos == "CD" ||
                       doc.syntax[i + 1].xpos == "PRP$" || doc.syntax[i + 1].xpos == "NNP" ||
                       doc.syntax[i + 1].xpos == "NNS");
    if (!hand && !turn) continue;
    ts.xpos = "RP";
    ts.upos = UPos::kADP;
  }
}

// See the header: "police shot dead a protester".
void repair_shot_dead(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos.empty() || ts.xpos[0] != 'N' || !is_word(doc.tokens[i].norm, "shot")) continue;
    if (!is_word(doc.tokens[i + 1].norm, "dead")) continue;
    ts.xpos = after_be(doc, i, begin, /*have=*/true) ? "VBN" : "VBD";
    ts.upos = UPos::kVERB;
  }
}

namespace {
bool all_capitals(const Document& doc, uint32_t i) {
  int letters = 0;
  for (char c : doc.tokens[i].norm) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.' && c != '-' && c != '\'') return false;
  }
  return letters >= 2;
}
}  // namespace

uint32_t wire_dateline_dash(const Document& doc, uint32_t b, uint32_t e) {
  if (e > doc.tokens.size() || b + 4 >= e || !all_capitals(doc, b)) return e;
  uint32_t caps = b;
  while (caps < e && all_capitals(doc, caps)) ++caps;
  bool place_or_credit = caps >= b + 2;
  for (uint32_t j = b + 1; j < e && j < b + 12; ++j) {
    const std::string& w = doc.tokens[j].norm;
    if (w == "\u2014" || w == "\u2013" || w == "-" || w == "--") {
      // The story opens after the dash with a capital, a digit or a quote
      // ("UN, EU — and even China — urged" is a list, no dateline).
      const std::string& nw = doc.tokens[j + 1 < e ? j + 1 : j].norm;
      const bool opens = !nw.empty() && !(nw[0] >= 'a' && nw[0] <= 'z');
      return place_or_credit && opens && j + 3 < e ? j : e;
    }
    if (j >= caps && (w == "," || w == "(")) place_or_credit = true;
    const bool ok = w == "," || w == "(" || w == ")" || w == "." ||
                    (!w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9')));
    if (!ok) return e;
  }
  return e;
}

// See the header: "ADDIS ABABA, Ethiopia —".
void repair_dateline_capitals(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size()) return;
  if (wire_dateline_dash(doc, begin, end) == end) return;
  for (uint32_t i = begin; i < end && all_capitals(doc, i); ++i) {
    doc.syntax[i].xpos = "NNP";
    doc.syntax[i].upos = UPos::kPROPN;
  }
}

// See the header: "set fire to".
void repair_set_fire(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if ((!ts.xpos.empty() && ts.xpos[0] == 'V') || !is_word(doc.tokens[i].norm, "set")) continue;
    const std::string n = lower(doc.tokens[i + 1].norm);
    if (n != "fire" && n != "ablaze" && n != "alight") continue;
    const bool to = lower(doc.tokens[i - 1].norm) == "to";  // "threatened to set fire to"
    ts.xpos = after_be(doc, i, begin, /*have=*/true) ? "VBN" : to ? "VB" : "VBD";
    ts.upos = UPos::kVERB;
  }
}

// See the header: "the Israeli military targeted".
void repair_military_subject(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "JJ" || lower(doc.tokens[i].norm) != "military") continue;
    const std::string& px = doc.syntax[i - 1].xpos;
    const bool opened = px == "DT" || px == "JJ" || px == "POS" || px == "PRP$" || px == "NNP";
    const std::string& nx = doc.syntax[i + 1].xpos;
    const bool finite = nx == "VBD" || nx == "VBZ" || nx == "VBP" || nx == "MD";
    // ("Sudan's military seized power": the past read as a participle on
    // the noun after it.)
    bool past = false;
    if (nx == "VBN" && i + 2 < end) {
      const std::string& ox = doc.syntax[i + 2].xpos;
      past = ox == "DT" || ox == "NN" || ox == "NNS" || ox == "NNP" || ox == "PRP$" || ox == "CD";
      // ("Myanmar's military appointed government said": a modifier of
      // the noun that is the subject.)
      if (noun_before_finite(doc, i + 2, end)) past = false;
    }
    if (!opened || (!finite && !past)) continue;
    ts.xpos = "NN";
    ts.upos = UPos::kNOUN;
    if (past) {
      doc.syntax[i + 1].xpos = "VBD";
      doc.syntax[i + 1].upos = UPos::kVERB;
    }
  }
}

// See the header: "launched an offensive against".
void repair_offensive_noun(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  for (uint32_t i = begin + 1; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    const std::string w = lower(doc.tokens[i].norm);
    if (ts.xpos != "JJ" || (w != "offensive" && w != "counteroffensive" && w != "counter-offensive")) continue;
    const std::string& px = doc.syntax[i - 1].xpos;
    const bool opened = px == "DT" || px == "PRP$" || px == "POS" || px == "JJ" || px == "NN" || px == "NNP" ||
                        px == "VBN" || px == "VBG";
    if (!opened) continue;
    if (i + 1 < end) {
      const std::string& nx = doc.syntax[i + 1].xpos;
      const bool closes = nx == "IN" || nx == "TO" || nx == "CC" || nx == "," || nx == "." || nx == ":" ||
                          nx == "WDT" || nx == "RB" || (!nx.empty() && nx[0] == 'V');
      if (!closes) continue;
    }
    ts.xpos = "NN";
    ts.upos = UPos::kNOUN;
  }
}

// See the header: "..., pressed Ukraine to investigate".
void repair_control_verb_adjectives(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 4 > end) return;
  static constexpr std::string_view kPast[] = {
      "pressed",  "urged",     "asked",    "ordered",  "invited",   "encouraged", "forced",   "persuaded",
      "instructed", "pressured", "pushed", "begged",   "implored",  "compelled",  "lobbied",  "prodded",
      "exhorted", "directed",  "authorized", "authorised", "advised", "challenged", "commanded", "petitioned"};
  for (uint32_t i = begin; i + 3 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "JJ") continue;
    const std::string w = lower(doc.tokens[i].norm);
    if (std::find(std::begin(kPast), std::end(kPast), w) == std::end(kPast)) continue;
    // The object: names, pronouns, determiners, adjectives and nouns, then "to" + VB.
    uint32_t k = i + 1;
    bool object = false;
    while (k < end && k < i + 6) {
      const std::string& x = doc.syntax[k].xpos;
      if (x == "NNP" || x == "NNPS" || x == "NN" || x == "NNS" || x == "PRP" || x == "DT" || x == "JJ" || x == "CD") {
        object = object || x != "DT";
        ++k;
        continue;
      }
      break;
    }
    if (!object || k + 1 >= end || doc.syntax[k].xpos != "TO" || doc.syntax[k + 1].xpos != "VB") continue;
    ts.xpos = after_be(doc, i, begin, /*have=*/false) ? "VBN" : "VBD";
    ts.upos = UPos::kVERB;
  }
}

// See the header: "ECOWAS, the West African regional bloc, imposed".
void repair_verb_after_appositive(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 5 > end) return;
  int commas = 0;
  for (uint32_t i = begin; i + 1 < end; ++i) {
    const std::string& x = doc.syntax[i].xpos;
    if (!x.empty() && (x[0] == 'V' || x == "MD")) return;  // a verb before: not this shape
    if (doc.tokens[i].norm == ",") {
      ++commas;
      continue;
    }
    if (x != "JJ" || commas < 2 || doc.tokens[i - 1].norm != ",") continue;
    const std::string w = lower(doc.tokens[i].norm);
    if (w.size() < 5 || w.compare(w.size() - 2, 2, "ed") != 0) return;
    const std::string& nx = doc.syntax[i + 1].xpos;
    const bool phrase = nx == "DT" || nx == "NN" || nx == "NNS" || nx == "NNP" || nx == "NNPS" || nx == "PRP$" ||
                        nx == "CD" || nx == "JJ" || nx == "PRP";
    if (!phrase) return;
    // ("In Kano, Nigeria's second city, armed men attacked": an adjective
    // on the subject.)
    if (noun_before_finite(doc, i + 1, end)) return;
    doc.syntax[i].xpos = "VBD";
    doc.syntax[i].upos = UPos::kVERB;
    return;
  }
}

// See the header: "demanded that Pakistan hand over".
void repair_mandative_verbs(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 4 > end) return;
  static constexpr std::string_view kDemand[] = {"demand", "demanded", "demands", "demanding", "insist",
                                                 "insisted", "insists", "insisting", "urge", "urged",
                                                 "urges", "urging", "ask", "asked", "asks", "request",
                                                 "requested", "requests", "require", "required", "requires",
                                                 "recommend", "recommended", "recommends", "propose",
                                                 "proposed", "proposes", "suggest", "suggested", "suggests"};
  auto demand_verb = [&](uint32_t k) {
    const std::string v = lower(doc.tokens[k].norm);
    return std::find(std::begin(kDemand), std::end(kDemand), v) != std::end(kDemand);
  };
  for (uint32_t t = begin + 1; t + 3 < end; ++t) {
    if (!is_word(doc.tokens[t].norm, "that")) continue;
    // The verb right before "that", or before a time word or adverb
    // ("demanded on Friday that", "insisted again that").
    bool verb = demand_verb(t - 1);
    if (!verb && t >= begin + 2) {
      const std::string w1 = lower(doc.tokens[t - 1].norm);
      const bool adverb = w1 == "again" || w1 == "repeatedly" || w1 == "also" || w1 == "publicly" ||
                          w1 == "yesterday" || w1 == "today";
      if (adverb) verb = demand_verb(t - 2);
      else if (t >= begin + 3 && time_word(w1) && is_word(doc.tokens[t - 2].norm, "on")) verb = demand_verb(t - 3);
    }
    if (!verb) continue;
    // The subject: a run of names (with hyphens inside: "Omar al-Bashir"),
    // one pronoun, or a determiner, modifiers and one noun ("the government").
    uint32_t i = t + 1;
    bool named = false;
    if (doc.syntax[i].xpos == "PRP") {
      ++i;
    } else if (doc.syntax[i].xpos == "DT" && is_word(doc.tokens[i].norm, "the")) {
      ++i;
      while (i < end && i < t + 7 &&
             (doc.syntax[i].xpos == "JJ" || doc.syntax[i].xpos == "NNP" || doc.syntax[i].xpos == "HYPH" ||
              (doc.syntax[i].xpos == "VBN" && doc.syntax[i - 1].xpos == "HYPH")))
        ++i;
      if (i >= end || (doc.syntax[i].xpos != "NN" && doc.syntax[i].xpos != "NNS")) continue;
      ++i;
    } else {
      while (i < end && i < t + 8 &&
             (doc.syntax[i].xpos == "NNP" || doc.syntax[i].xpos == "NNPS" ||
              (doc.syntax[i].xpos == "HYPH" && i > t + 1 && i + 1 < end && doc.syntax[i + 1].xpos == "NNP")))
        ++i;
      if (i == t + 1) continue;
      named = true;
    }
    if (i + 1 >= end || doc.syntax[i].xpos != "NN") continue;
    const std::string& nx = doc.syntax[i + 1].xpos;
    // ("demanded that Iran respect freedom of navigation", "that Washington
    // lift sanctions": after a name, a noun may open the object too.)
    // A bare noun object ("lift sanctions") only after a word demanded of
    // states again and again: "that Iraq oil exports stop" keeps "oil".
    static constexpr std::string_view kAsked[] = {
        "lift",    "end",     "stop",    "halt",   "release", "free",    "withdraw", "return", "respect",
        "cease",   "drop",    "ease",    "allow",  "pay",     "remove",  "reverse",  "restore", "recognize",
        "recognise", "resume", "abandon", "scrap",  "hand",    "apologize", "apologise", "compensate"};
    const bool asked_verb =
        std::find(std::begin(kAsked), std::end(kAsked), lower(doc.tokens[i].norm)) != std::end(kAsked);
    const bool opens = nx == "IN" || nx == "RP" || nx == "DT" || nx == "PRP$" || nx == "CD" || nx == "NNP" ||
                       nx == "JJ" || nx == "TO" || nx == "RB" || nx == "PDT" ||
                       (named && asked_verb && (nx == "NN" || nx == "NNS"));
    if (!opens) continue;
    // ("asked that NATO membership for Sweden be delayed": the noun heads
    // the subject when a bare verb or modal follows in the clause.)
    bool later_verb = false;
    for (uint32_t k = i + 1; k < end && !later_verb; ++k) {
      const std::string& kx = doc.syntax[k].xpos;
      if (kx == "," || kx == ":" || kx == "." || kx == "CC") break;
      later_verb = (kx == "VB" && lower(doc.tokens[k - 1].norm) != "to") || kx == "MD";
    }
    if (later_verb) continue;
    doc.syntax[i].xpos = "VB";
    doc.syntax[i].upos = UPos::kVERB;
  }
}

// See the header: "protesters outside parliament".
void repair_outside_preposition(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 3 > end) return;
  for (uint32_t i = begin + 1; i + 1 < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "JJ" || lower(doc.tokens[i].norm) != "outside") continue;
    const std::string& px = doc.syntax[i - 1].xpos;
    const std::string& nx = doc.syntax[i + 1].xpos;
    const bool after_noun = px == "NN" || px == "NNS" || px == "NNP" || px == "NNPS";
    const bool before_phrase = nx == "NN" || nx == "NNP" || nx == "NNPS" || nx == "DT" || nx == "PRP$";
    if (!after_noun || !before_phrase) continue;
    ts.xpos = "IN";
    ts.upos = UPos::kADP;
  }
}

void repair_capitalized_name_verbs(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 3 > end) return;
  auto capital = [&](uint32_t t) {
    const std::string& w = doc.tokens[t].norm;
    return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
  };
  int lower_words = 0;
  for (uint32_t t = begin; t < end; ++t) {
    const std::string& w = doc.tokens[t].norm;
    if (!w.empty() && std::islower(static_cast<unsigned char>(w[0]))) ++lower_words;
  }
  if (lower_words < 3) return;
  for (uint32_t i = begin + 1; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    // Past forms are left alone: a title-case "Homes Wanted" or "Service
    // Called them" is more often a verb than a name.
    if (!(ts.xpos.starts_with("VB") || ts.xpos == "MD") || ts.xpos == "VBD" || ts.xpos == "VBN" || !capital(i) ||
        !capital(i - 1))
      continue;
    if (i + 1 < end && doc.syntax[i + 1].xpos == "PRP") continue;  // "Thank you", "Watch them
    const std::string& px = doc.syntax[i - 1].xpos;
    if (px != "NNP" && px != "NNPS" && px != "NN" && px != "NNS" && px != "JJ") continue;
    // A name of two capitalised words before it ("Human Rights Watch"), or
    // one after which the name ends ("Risk Managing Electricity" is a
    // title; "Q Thank you" a verb).
    const bool two_before = i >= begin + 2 && capital(i - 2) && doc.tokens[i - 1].norm.size() > 1;
    const bool ends_here = i + 1 < end && !capital(i + 1) && doc.tokens[i - 1].norm.size() > 1;
    if (!two_before && !ends_here) continue;
    // All capitals ("WHO", "US") are names the other repairs handle.
    const std::string& w = doc.tokens[i].norm;
    if (w.size() > 1 && std::isupper(static_cast<unsigned char>(w[1]))) continue;
    ts.xpos = "NNP";
    ts.upos = UPos::kPROPN;
  }
}

void repair_initial_names(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 3 > end) return;
  // "Trump called Schiff a liar", "Pence told Putin ...": a surname that is
  // also a common noun opening the sentence (or its text past a dateline
  // dash) is tagged a singular noun, and the parser then loses the subject
  // and the objects. A capitalised singular noun there, right before a past
  // or present verb that a proper noun follows, is a name: a common noun
  // opens a news sentence with a determiner, and a bare mass noun
  // ("Inflation hit Japan") is read the same either way.
  uint32_t i = begin;
  for (uint32_t k = begin; k + 3 < end && k < begin + 8; ++k) {
    const std::string& w = doc.tokens[k].norm;
    if (w == "\u2014" || w == "--" || w == "\u2013") {
      i = k + 1;
      break;
    }
  }
  if (i + 2 >= end) return;
  TokenSyntax& ts = doc.syntax[i];
  const std::string& w = doc.tokens[i].norm;
  if (ts.xpos != "NN" || w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) ||
      !std::islower(static_cast<unsigned char>(w[1])))
    return;
  TokenSyntax& vs = doc.syntax[i + 1];
  if ((vs.xpos != "VBD" && vs.xpos != "VBZ" && vs.xpos != "VBN") || doc.syntax[i + 2].xpos != "NNP") return;
  ts.xpos = "NNP";
  ts.upos = UPos::kPROPN;
  // ("Trump called Schiff": the tagger, with no subject, read "called" as
  // a participle; after the name it is the clause's past tense.)
  if (vs.xpos == "VBN") {
    vs.xpos = "VBD";
    vs.upos = UPos::kVERB;
  }
}

void repair_determined_gerunds(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 2 > end) return;
  // "called the firing a disgrace", "condemned the killing of ...": an -ing
  // form right after "the" is the act noun, not a verb taking what follows
  // as its object. Only when no noun or adjective follows it ("the rising
  // tide" keeps its participle): a determiner, preposition, punctuation,
  // verb or adverb.
  for (uint32_t i = begin + 1; i < end; ++i) {
    TokenSyntax& ts = doc.syntax[i];
    if (ts.xpos != "VBG") continue;
    const std::string& d = doc.tokens[i - 1].norm;
    if (d != "the" && d != "The") continue;
    if (i + 1 < end) {
      const std::string& nx = doc.syntax[i + 1].xpos;
      if (nx.starts_with("NN") || nx.starts_with("JJ") || nx == "CD" || nx == "PRP" || nx == "PRP$" || nx == "VBG" ||
          nx == "VBN" || nx == "POS" || nx == "HYPH")
        continue;
    }
    ts.xpos = "NN";
    ts.upos = UPos::kNOUN;
  }
}

// See the header: "Both Pakistan and China reject claims ...".
void repair_both_names_verbs(Document& doc, uint32_t begin, uint32_t end) {
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 6 > end) return;
  if (lower(doc.tokens[begin].norm) != "both") return;
  auto name = [&](uint32_t k) { return doc.syntax[k].xpos == "NNP" || doc.syntax[k].xpos == "NNPS"; };
  uint32_t i = begin + 1;
  if (!name(i)) return;
  while (i < end && name(i)) ++i;
  if (i >= end || lower(doc.tokens[i].norm) != "and") return;
  ++i;
  if (i >= end || !name(i)) return;
  while (i < end && name(i)) ++i;
  if (i + 1 >= end) return;
  TokenSyntax& ts = doc.syntax[i];
  const std::string& w = doc.tokens[i].norm;
  if (ts.xpos != "NN" || w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return;
  const std::string& nx = doc.syntax[i + 1].xpos;
  const bool opens = nx == "DT" || nx == "PRP$" || nx == "JJ" || nx == "NNS" || nx == "CD" || nx == "IN" ||
                     nx == "TO" || nx == "NNP" || nx == "RB";
  if (!opens) return;
  // ("Both India and Pakistan army chiefs met": a compound on the subject.)
  if (noun_before_finite(doc, i + 1, end)) return;
  ts.xpos = "VBP";
  ts.upos = UPos::kVERB;
}

}  // namespace dyad
