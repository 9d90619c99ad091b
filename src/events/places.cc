// Event places (see places.h).
#include "events/places.h"

#include "events/dates.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace dyad::events {
namespace {

// Prepositions that put an event somewhere ("in", "near", "off the coast
// of"), not a direction of an argument ("to", "from", "against", "with").
bool is_locative(std::string_view p) {
  static constexpr std::string_view kPreps[] = {"in",     "at",     "near",   "outside",    "inside", "across",
                                                "throughout", "into", "within", "around", "off"};
  return std::find(std::begin(kPreps), std::end(kPreps), p) != std::end(kPreps);
}

// Common nouns that name a place ("in the city", "at the border"); such a
// phrase is a place even without a name, and may carry its country ("the
// Turkish city of ...").
bool is_place_noun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "city",     "town",    "village",  "capital",     "region",       "province", "district",
      "county",   "area",    "zone",     "border",      "frontier",     "base",     "camp",
      "port",     "harbor",  "harbour",  "airport",     "square",       "headquarters",
      "embassy",  "consulate", "compound", "outskirts", "suburb",       "neighborhood",
      "neighbourhood", "coast", "island", "peninsula",  "valley",       "enclave",  "territory"};
  return std::find(std::begin(kNouns), std::end(kNouns), lemma) != std::end(kNouns);
}

// Month and day names: "in April", "on Tuesday" are times, not places.
bool is_time_name(std::string_view lower) { return month_of_word(lower) > 0 || weekday_of_word(lower) >= 0; }

// The mention whose tokens cover t, or nullptr.
const ActorMention* mention_covering(const Document& doc, int t) {
  for (const ActorMention& m : doc.mentions)
    if (static_cast<uint32_t>(t) >= m.token_begin && static_cast<uint32_t>(t) < m.token_end) return &m;
  return nullptr;
}

// A state, its capital or one of its cities or provinces: the lexicon entry
// names a country and no agent
// ("country:RUS", "capital:SOM"; not "country:RUS+agent:troops"). A capital
// alone is coded as its government (SOMGOV); a state alone has no role.
bool names_a_state(const ActorMention& m) {
  const std::string_view e = m.entry;
  if (m.actor.country.empty() || !m.actor.org.empty() || e.find('+') != std::string_view::npos) return false;
  if (e.rfind("capital:", 0) == 0 || e.rfind("place:", 0) == 0) return true;  // a city or province too
  return e.rfind("country:", 0) == 0 && m.actor.sectors.empty();
}

// The first token of t's subtree (t's leftmost descendant).
int first_token(const Tree& tree, int t) {
  int first = t;
  for (int k : tree.children(t))
    if (k < first) first = std::min(first, first_token(tree, k));
  return first;
}

struct Candidate {
  int begin = -1, end = -1;  // token span of the place's words
  std::string country;
};

// The words naming the place headed by c: its determiners, adjectives and
// name parts, and for a place noun an "of" name after it ("the city of
// Antalya"). Capped, so a place with a long relative clause stays short.
void place_span(const Tree& tree, int c, int& begin, int& end) {
  const Rels& r = rels();
  begin = c;
  end = c + 1;
  for (int k : tree.children(c)) {
    const DepRel b = tree.base(k);
    if (b == r.det || b == r.amod || b == r.compound || b == r.flat || b == r.nummod) {
      begin = std::min(begin, k);
      end = std::max(end, k + 1);
    }
  }
  if (is_place_noun(tree.lemma(c)))
    for (int k : tree.children(c)) {
      // "Pakistan's Balochistan province", "the city of Antalya", "the
      // capital, Bangui".
      const bool named_after = k > c && tree.upos(k) == UPos::kPROPN &&
                               ((tree.base(k) == r.nmod && tree.prep_of(k) == "of") || tree.base(k) == r.appos);
      if (k < c && tree.rel(k) == r.nmod_poss) begin = std::min(begin, first_token(tree, k));
      if (!named_after) continue;
      end = std::max(end, k + 1);
      for (int g : tree.children(k))
        if (g > k && (tree.base(g) == r.flat || tree.base(g) == r.compound)) end = std::max(end, g + 1);
    }
  if (end - begin > 8) begin = std::max(begin, c - 4), end = std::min(end, c + 4);
}

// Whether c, a locative phrase's head, names a place; fills out when it does.
bool place_at(const Document& doc, const Tree& tree, const Event& e, int c, Candidate& out) {
  const Rels& r = rels();
  if (!is_locative(tree.prep_of(c))) return false;
  if (is_time_name(tree.lower(c))) return false;
  if (e.date_begin >= 0 && c >= e.date_begin && c < e.date_end) return false;
  // An argument of the event is not where it happened.
  for (int32_t a : {e.source, e.target})
    if (a >= 0 && static_cast<size_t>(a) < doc.mentions.size()) {
      const ActorMention& m = doc.mentions[a];
      if (static_cast<uint32_t>(c) >= m.token_begin && static_cast<uint32_t>(c) < m.token_end) return false;
    }
  const ActorMention* m = mention_covering(doc, c);
  if (m && names_a_state(*m)) {
    out.country = m->actor.country;
  } else if (m && !m->unresolved) {
    return false;  // an organisation, a person, a group: not a place
  } else if (tree.upos(c) == UPos::kPROPN) {
    // A name no lexicon entry claims: a city, a region.
  } else if (tree.upos(c) == UPos::kNOUN && is_place_noun(tree.lemma(c))) {
    // "the Turkish city of ...", "Pakistan's Balochistan province", "the
    // C.A.R.'s capital, Bangui": the country an adjective, a possessor or an
    // of-name in its phrase gives. A bare "the area" or "the city" points
    // back at a place named elsewhere: not a place of its own.
    bool named = false;
    for (int k : tree.children(c)) {
      const DepRel b = tree.base(k);
      if (b != r.amod && b != r.nmod && b != r.compound && b != r.flat && b != r.appos) continue;
      if (tree.upos(k) == UPos::kPROPN) named = true;
      const ActorMention* km = mention_covering(doc, k);
      if (km && names_a_state(*km) && (b != r.nmod || tree.prep_of(k) == "of" || tree.rel(k) == r.nmod_poss) &&
          out.country.empty())
        out.country = km->actor.country;
    }
    if (!named && out.country.empty()) return false;
  } else {
    return false;
  }
  place_span(tree, c, out.begin, out.end);
  return true;
}

const char* kThirdLocation = "044";
const char* kMakeVisit = "042";
const char* kHostVisit = "043";

}  // namespace

void assign_places(Document& doc, const Tree& tree, const Codebook& book) {
  const Rels& r = rels();
  const int n = static_cast<int>(tree.size());
  for (Event& e : doc.events) {
    if (e.verb_begin < 0 || e.verb_end > n || e.verb_begin >= e.verb_end) continue;
    // Locative phrases on the words that fired, then on the target's and
    // the source's heads: parsers hang "met X in Geneva" and "attacked
    // police in Kunduz" on the object as often as on the verb.
    std::vector<int> heads;
    for (int v = e.verb_begin; v < e.verb_end; ++v) heads.push_back(v);
    for (int32_t a : {e.target, e.source})
      if (a >= 0 && static_cast<size_t>(a) < doc.mentions.size()) heads.push_back(static_cast<int>(doc.mentions[a].head));
    Candidate best;
    for (int h : heads) {
      if (h < 0 || h >= n) continue;
      for (int c : tree.children(h)) {
        const DepRel b = tree.base(c);
        if ((b != r.obl && b != r.nmod) || tree.rel(c) == r.obl_agent) continue;
        if (c >= e.verb_begin && c < e.verb_end) continue;
        if (place_at(doc, tree, e, c, best)) break;
        best = Candidate();
      }
      if (best.begin >= 0) break;
    }
    if (best.begin < 0) continue;
    e.place_begin = best.begin;
    e.place_end = best.end;
    e.place_country = best.country;
    // Two states' actors meeting in a third state: CAMEO 044.
    if (e.cameo != "040" || best.country.empty()) continue;
    if (e.source < 0 || e.target < 0 || static_cast<size_t>(e.source) >= doc.mentions.size() ||
        static_cast<size_t>(e.target) >= doc.mentions.size())
      continue;
    const std::string& sc = doc.mentions[e.source].actor.country;
    const std::string& tc = doc.mentions[e.target].actor.country;
    if (sc.empty() || tc.empty() || sc == tc) continue;
    // A meeting in one side's state is a visit by the other (CAMEO 042,
    // make a visit; 043, host a visit): "Cameroon and C.A.R. officials met in
    // Bangui" -- Cameroon visits (042), the C.A.R. hosts (043). The events of
    // a mutual meeting come in both directions, so each gets its own code.
    if (sc == best.country || tc == best.country) {
      const CameoEntry* visit = book.find(tc == best.country ? kMakeVisit : kHostVisit);
      if (!visit) continue;
      Codebook::assign(*visit, &e);
      e.rule += tc == best.country ? "+visit-place" : "+host-place";
      continue;
    }
    const CameoEntry* third = book.find(kThirdLocation);
    if (!third) continue;
    Codebook::assign(*third, &e);
    e.rule += "+third-location";
  }
}

}  // namespace dyad::events
