// ActorStage: finds actor mentions in a tokenized Document.
//
// Three steps, each linear in tokens:
//  1. Units: at every token, walk the lexicon trie as far as it goes and keep
//     the longest phrase whose case rules hold ("US" but not "us"; "European
//     Union" over "European"). The walk is bounded by the longest phrase.
//  2. Chains: adjacent units inside one noun phrase compose, CAMEO-style, into
//     one mention: [former|skip]* [country|org|seat ('s)?] [skip|agent]*
//     [person | unknown capitalised name], or agent "of" [the] country.
//     A person entry beats agents (actor entries take precedence, CAMEO
//     manual 3.2); the head agent gives the role, a weak head ("spokesman")
//     takes the role of the agent or seat before it ("police spokesman").
//  3. Links: a surname or repeated name refers to the previous mention of the
//     same person; "the president" to the last person in earlier sentences
//     holding that role; "he"/"she" to the only person of the last sentence
//     that had one. With a dependency tree, a nationality that is an amod /
//     compound / possessive of an agent's head (also through conj) lends its
//     country to that agent ("Russian and Chinese officials").
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "actors/lexicon.h"
#include "actors/plural.h"
#include "core/calendar.h"
#include "dyad/actors.h"
#include "syntax/word_list.h"

namespace dyad {
namespace {

int today_yyyymmdd() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

// doc.date "YYYY-MM-DD..." -> yyyymmdd; 0 when absent or malformed.
int stated_date(const Document& doc) {
  const std::string& s = doc.date;
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
    int v = 0;
    bool ok = true;
    for (int i = 0; i < 10 && ok; ++i) {
      if (i == 4 || i == 7) continue;
      ok = s[i] >= '0' && s[i] <= '9';
      v = v * 10 + (s[i] - '0');
    }
    if (ok) return v;
  }
  return 0;
}

// A person named with a title ("US President Joe Biden"): person index and
// the title's agent index.
struct TitledPerson {
  int person;
  int title;
};

// The date at which an undated article's titles hold. A scraped page often
// carries no date, and "today" then makes Biden a former president and
// Stoltenberg Norway's finance minister in a 2021 story that calls them
// President and NATO Secretary-General: the article's own titles are the
// better witness. Each titled person votes for the ranges in which they held
// that title. News names people by titles they once held ("Vice President
// Joe Biden" in a 2019 story) but never by titles still to come, so the
// article is no older than the latest first start among the votes; from
// there on, the latest stretch that the most votes agree on wins, and its
// middle is the date. Today stays when it is as good as any (no titles, or
// titles that hold now), so a current story is never moved.
int date_from_titles(const ActorLexicon& lex, const std::vector<TitledPerson>& titled, int today) {
  std::vector<std::vector<DateRange>> votes;
  std::vector<std::pair<int, int>> seen;
  for (const TitledPerson& t : titled) {
    if (std::find(seen.begin(), seen.end(), std::make_pair(t.person, t.title)) != seen.end()) continue;
    seen.emplace_back(t.person, t.title);
    std::vector<DateRange> r;
    lex.person_role_ranges(static_cast<uint32_t>(t.person), lex.agent(t.title), &r);
    if (!r.empty()) votes.push_back(std::move(r));
  }
  if (votes.empty()) return today;
  int oldest = 0;  // the article is no older than this
  for (const auto& v : votes) {
    int first = v[0].from;
    for (const DateRange& r : v) first = std::min(first, r.from);
    oldest = std::max(oldest, first);
  }
  if (oldest > today) return today;
  auto support = [&](int day) {
    int n = 0;
    for (const auto& v : votes)
      for (const DateRange& r : v)
        if (r.contains(day)) {
          ++n;
          break;
        }
    return n;
  };
  // The count changes only where a range starts, so the oldest possible day,
  // the later starts and today are the candidates; the latest candidate with
  // the best count opens the stretch.
  int best = support(today), best_day = today;
  auto consider = [&](int day) {
    if (day < oldest || day > today) return;
    const int n = support(day);
    if (n > best || (n == best && best_day != today && day > best_day)) {
      best = n;
      best_day = day;
    }
  };
  consider(oldest);
  for (const auto& v : votes)
    for (const DateRange& r : v) consider(r.from);
  if (best_day == today) return today;
  // The stretch: from the latest start to the earliest end among the ranges
  // that hold on best_day (and never past today).
  int lo = best_day, hi = today + 1;
  for (const auto& v : votes)
    for (const DateRange& r : v)
      if (r.contains(best_day)) hi = std::min(hi, r.to);
  const long b = calendar::days_from_yyyymmdd(hi);
  // A range open at its start ("..2007-06-27") says only when it ended: two
  // years before the end is as far back as the guess goes.
  const long a = lo < 10000101 ? b - 730 : std::max(calendar::days_from_yyyymmdd(lo), b - 36500);
  return calendar::yyyymmdd_from_days(a + (b - a) / 2);
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

bool case_ok(const Entry& e, const Document& doc, uint32_t first) {
  for (size_t k = 0; k < e.rules.size(); ++k) {
    const std::string& w = doc.tokens[first + k].norm;
    switch (e.rules[k]) {
      case CaseRule::kAny:
        break;
      case CaseRule::kInitialUpper:
        // Non-ASCII initials (Ö, Ç) pass: rare, and their case is costly to test.
        if (w.empty() || is_lower_ascii(w[0])) return false;
        break;
      case CaseRule::kExact:
        if (w != e.exact[k]) return false;
        break;
    }
  }
  return true;
}

struct Unit {
  uint32_t begin = 0, end = 0;
  std::vector<uint32_t> entries;  // entries passing the case rules
  int dyn = -1;                   // >=0: a surname introduced by an unknown-name mention
  bool own_chain = false;         // starts a chain of its own (a title's holder named after its phrase)
};

enum class Role { kNone, kPerson, kActor, kAgent, kFormer, kSkip, kHonorific, kDyn };

struct Chain {
  uint32_t begin = 0, end = 0;
  int actor = -1;       // entry index (country, capital, seat, org)
  int person = -1;      // person index
  int person_unit = -1;
  int dyn = -1;         // dyn-name id
  int dyn_unit = -1;
  std::vector<std::pair<int, int>> agents;  // (agent index, unit index)
  bool former = false;
  bool of_attached = false;
  int64_t core_begin = -1;  // first unit that is not a `skip` word
  uint32_t core_end = 0;     // end of the last unit that is not a modifier
  Role last = Role::kNone;
  int last_agent = -1;
  int ref_antecedent = -1;  // "the country": the mention it stands for
  bool ref_context = false; // ... or the article's dominant country
  bool org_officer = false;  // agent "of the <adjective> <Name>": an unnamed body's officer
};

// What the matcher knows about each mention beyond the public struct.
struct Meta {
  int person = -1;     // lexicon person
  int dyn = -1;        // unknown named person (doc-local id)
  int title = -1;      // title agent of the mention, if any
  int actor_entry = -1;
  bool bare_actor = false;  // country/capital alone: may lend its country
  int agent = -1;      // head agent of an agent chain
  bool institution = false;  // a state, seat, organisation or singular
                             // collective agent ("the ministry"): may be "it"
  uint32_t sentence = 0;
  char gender = 0;
  bool studies_state = false;  // "a China scholar": the named state is a topic, so
                               // neither it nor the story's state is the nationality
};

class Matcher {
 public:
  Matcher(const ActorLexicon& lex, const ActorOptions& opts, Document& doc, int date)
      : lex_(lex), opts_(opts), doc_(doc), date_(date) {}

  // People named with a title, "former" ones left out (date_from_titles).
  const std::vector<TitledPerson>& titled_people() const { return titled_people_; }

  void run() {
    doc_.mentions.clear();
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    if (n == 0) return;
    // Every token folded once, into one buffer: the matcher asks for a
    // token's folded form many times (fold() made a new string each time).
    folded_.clear();
    fold_off_.resize(n + 1);
    fold_off_[0] = 0;
    for (uint32_t i = 0; i < n; ++i) {
      const std::string& w = doc_.tokens[i].norm;
      bool ascii = true;
      for (unsigned char c : w) ascii = ascii && c < 0x80;
      if (ascii) {
        for (char c : w) folded_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      } else {
        folded_ += ActorLexicon::fold(w);  // the rare path (ICU)
      }
      fold_off_[i + 1] = static_cast<uint32_t>(folded_.size());
    }
    // Word ids, each a random slot of the lexicon's word table, requested
    // kAhead tokens before use; and with each id, the trie's first step from
    // the root, which find_units takes for nearly every token.
    constexpr uint32_t kAhead = 8;
    word_hash_.resize(n);
    for (uint32_t i = 0; i < n; ++i) word_hash_[i] = ActorLexicon::word_key_hash(fw(i));
    for (uint32_t i = 0; i < std::min(n, kAhead); ++i) lex_.prefetch_word(word_hash_[i]);
    mark_quoted();
    wid_.resize(n);
    for (uint32_t i = 0; i < n; ++i) {
      if (i + kAhead < n) lex_.prefetch_word(word_hash_[i + kAhead]);
      wid_[i] = lex_.word_id(fw(i), word_hash_[i]);
      if (wid_[i] != ActorLexicon::kNoWord) lex_.prefetch_step(lex_.root(), wid_[i]);
    }
    // Sentences; a document without them is one sentence.
    std::vector<std::pair<uint32_t, uint32_t>> sents;
    for (const auto& s : doc_.sentences) sents.emplace_back(s.token_begin, std::min(s.token_end, n));
    if (sents.empty()) sents.emplace_back(0, n);

    // Step 1 over the whole document: surnames are licensed by a full name
    // anywhere in it (headlines use the surname before the body introduces it).
    std::vector<std::vector<Unit>> units(sents.size());
    introduced_.assign(lex_.stats().people, false);
    for (size_t s = 0; s < sents.size(); ++s) {
      find_units(sents[s].first, sents[s].second, units[s]);
      drop_homonyms(sents[s].first, sents[s].second, units[s]);
      for (const Unit& u : units[s])
        for (uint32_t e : u.entries) {
          const Entry& en = lex_.entry(e);
          if (en.kind == EntryKind::kPersonFull || en.kind == EntryKind::kPersonAlias)
            introduced_[en.ref] = true;
        }
    }
    story_acronyms(sents, units);
    find_context(sents, units);
    for (size_t s = 0; s < sents.size(); ++s) {
      sentence_ = static_cast<uint32_t>(s);
      sent_begin_ = sents[s].first;
      sent_end_ = sents[s].second;
      add_dyn_units(units[s]);
      const size_t first_mention = doc_.mentions.size();
      compose(units[s]);
      spoken_for(first_mention);
      led_body(first_mention);
      appositive_states_in_sentence(first_mention);
    }
    if (doc_.syntax.size() == n) attach_by_syntax();
    appositive_states(sents);
    spoken_for();
    officer_of();
    member_states();
    europe_as_union();
    counted_people();
    national_chapters();
    if (opts_.use_context) apply_context();
    if (opts_.use_context) stateless_rights_groups();
    doc_.context_country = context_country_;
    doc_.context_confidence = context_country_.empty() ? 0.0f : context_conf_;
    if (opts_.use_context && doc_.syntax.size() == n) implied_police();
    if (doc_.syntax.size() == n) ruler_opponents();
    if (opts_.report_unresolved) add_unresolved(sents);
    // Last: it renumbers mentions, and the passes above index meta_ by them.
    link_plural_references(lex_, doc_);
  }

 private:
  // The longest lexicon phrase starting at token i (before e); empty if none.
  Unit longest_unit_at(uint32_t i, uint32_t e) const {
    const size_t maxw = lex_.max_phrase_words();
    uint32_t node = lex_.root();
    Unit best;
    for (uint32_t j = i; j < e && j - i < maxw; ++j) {
      if (wid_[j] == ActorLexicon::kNoWord) break;
      node = lex_.step(node, wid_[j]);
      if (node == ActorLexicon::kNoNode) break;
      const auto& terms = lex_.terminals(node);
      if (terms.empty()) continue;
      std::vector<uint32_t> ok;
      for (uint32_t t : terms)
        if (case_ok(lex_.entry(t), doc_, i)) ok.push_back(t);
      if (!ok.empty()) {
        best.begin = i;
        best.end = j + 1;
        best.entries = std::move(ok);
      }
    }
    return best;
  }

  bool is_reference(const Unit& u) const {
    for (uint32_t t : u.entries) {
      const EntryKind k = lex_.entry(t).kind;
      if (k != EntryKind::kCountryRef && k != EntryKind::kOrgRef) return false;
    }
    return !u.entries.empty();
  }
  bool names_org(const Unit& u) const {
    for (uint32_t t : u.entries)
      if (lex_.entry(t).kind == EntryKind::kOrg) return true;
    return false;
  }
  bool names_country(const Unit& u) const {
    for (uint32_t t : u.entries)
      if (lex_.entry(t).kind == EntryKind::kCountry && !lex_.entry(t).adjective) return true;
    return false;
  }

  // Leftmost-longest units, except that the name of an organisation or a
  // state starting inside a reference or another such name and running
  // past it wins: "The Organization of American States" is the OAS, not
  // "the organization" (a reference back) followed by "of ..."; "the
  // Republic of Kenya" is Kenya; "the West African bloc" is West Africa.
  void find_units(uint32_t b, uint32_t e, std::vector<Unit>& out) {
    uint32_t i = b;
    while (i < e) {
      Unit best = longest_unit_at(i, e);
      if (best.end <= best.begin) {
        ++i;
        continue;
      }
      uint32_t later = 0;
      if (is_reference(best) || names_org(best) || names_country(best))
        for (uint32_t k = i + 1; k < best.end && !later; ++k) {
          const Unit u = longest_unit_at(k, e);
          // Longer than the match it cuts into, not counting an article:
          // "Southeast Asian countries" stays "Southeast Asian" + "countries",
          // "the West Bank" is not "the West".
          const uint32_t cut = best.end - best.begin - (fw(best.begin) == "the" ? 1 : 0);
          if (u.end > best.end && u.end - u.begin > cut && (names_org(u) || names_country(u))) later = k;
        }
      if (later) {
        i = later;
        continue;
      }
      if (other_party(best, out, b, e)) {
        i = best.end;
        continue;
      }
      i = best.end;
      out.push_back(std::move(best));
    }
  }

  // A state's name or capital that here names a person, a team or a town:
  // the unit is dropped. Three readings, each shown by the words around it:
  //  * a capital, or a state's name that is also a given name or surname
  //    (`modifier forename`: Jordan, Chad, Israel), followed by a name the
  //    lexicons do not know: "Jordan Peterson", "Israel Adesanya", "Paris
  //    Hilton", "the Washington Wizards", "the Paris Agreement". A capital
  //    opening another name is that name's first word (a newspaper, a team,
  //    a treaty, an exchange), never the government acting. Not when the
  //    name runs into a lexicon phrase ("Abu Dhabi Crown Prince ...": a
  //    title), nor in a Title Case sentence (a headline: "Moscow Warns Kyiv");
  //  * a state's name that is also a surname after a given name the lexicons
  //    do not know, inside the sentence: "Michael Jordan", "Denzel
  //    Washington", "Rep. Jim Jordan" (region words are not given names:
  //    "Northern Israel");
  //  * "Paris, Texas", "Lebanon, Pennsylvania", "Peru, Indiana": a state's
  //    name or capital right before a comma and a province of another state
  //    is a town in that province (English writes "town, state"), unless the
  //    province goes on into a list ("Mexico, Texas and California").
  // The `forename` entries are removed afterwards: they only mark a name.
  void drop_homonyms(uint32_t b, uint32_t e, std::vector<Unit>& units) const {
    static const char* kRegion[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                    "western", "central", "northeast", "northwest", "southeast",
                                    "southwest", "northeastern", "northwestern", "southeastern",
                                    "southwestern", "upper", "lower", "greater", "downtown", "occupied",
                                    "mainland", "rural", "coastal", "modern", "ancient", "democratic",
                                    "independent", "neighbouring", "neighboring", "pro", "anti", "post",
                                    "pre",
                                    // Function words a glued subheading leaves capitalised
                                    // mid-sentence ("... on rise While India has").
                                    "while", "when", "whereas", "as", "if", "although", "though",
                                    "because", "since", "after", "before", "unlike", "like", "with",
                                    "without", "then", "so", "yet", "also", "only", "even", "both",
                                    "under", "over", "against", "until", "once", "where", "how", "why",
                                    "what", "that", "this", "from", "to", "by", "of", "or", "nor", "not",
                                    "all", "now", "here", "there", "about", "across", "between"};
    bool title_case = true;
    for (uint32_t i = b; i < e && title_case; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.kind == TokenKind::kWord && t.norm.size() >= 4 && is_lower_ascii(t.norm[0])) title_case = false;
    }
    // A bare surname of a lexicon person ("Smith") is no proof of a known
    // name: "Chad Smith" is another Smith.
    std::vector<char> covered(e - b, 0);
    for (const Unit& u : units) {
      bool surname = u.dyn < 0 && !u.entries.empty();
      for (uint32_t t : u.entries) {
        const EntryKind k = lex_.entry(t).kind;
        surname = surname && (k == EntryKind::kPersonShort || k == EntryKind::kPersonTitled ||
                               k == EntryKind::kPersonSurname);
      }
      if (!surname)
        for (uint32_t k = u.begin; k < u.end && k < e; ++k) covered[k - b] = 1;
    }
    auto unknown_name = [&](uint32_t i) { return i >= b && i < e && !covered[i - b] && is_name_token(i); };
    std::vector<Unit> kept;
    kept.reserve(units.size());
    for (size_t k = 0; k < units.size(); ++k) {
      Unit& u = units[k];
      bool forename = false, capital = false, name = false;
      int state = -1;
      for (uint32_t t : u.entries) {
        const Entry& en = lex_.entry(t);
        if (en.kind == EntryKind::kForename) forename = true;
        if (en.kind == EntryKind::kCapital || (en.kind == EntryKind::kCountry && !en.adjective)) {
          (en.kind == EntryKind::kCapital ? capital : name) = true;
          state = static_cast<int>(en.ref);
        }
      }
      bool drop = false;
      if (u.dyn < 0 && u.end == u.begin + 1 && state >= 0) {
        if (!title_case && (capital || forename) && unknown_name(u.end)) {
          uint32_t j = u.end;
          while (unknown_name(j)) ++j;
          // "Israel Antiquities Authority", "Kenya Wildlife Service": a name
          // ending in an organisation word is the state's own body (a
          // capital's is not its government: "the Tehran Times").
          if (!(j < e && covered[j - b]) && (capital || !org_word(fw(j - 1)))) drop = true;
        }
        if (!drop && !title_case && forename && u.begin > b) {
          const uint32_t p = u.begin - 1;
          bool region = false;
          for (const char* r : kRegion) region = region || fw(p) == r;
          // A sentence's first word is capitalised anyway ("2) Target Israel
          // and ...": a word must come before it). Tags are not asked: the
          // mentions are the same with and without a tree.
          bool word_before = false;
          for (uint32_t q = b; q < p && !word_before; ++q)
            word_before = !doc_.tokens[q].norm.empty() && std::isalpha(static_cast<unsigned char>(doc_.tokens[q].norm[0]));
          const bool given = unknown_name(p) && !region && word_before;
          if (given) drop = true;
        }
        if (!drop && u.end + 1 < e && fw(u.end) == "," && k + 1 < units.size() && units[k + 1].begin == u.end + 1) {
          const Unit& pv = units[k + 1];
          bool other_province = false;
          for (uint32_t t : pv.entries) {
            const Entry& en = lex_.entry(t);
            if (en.kind == EntryKind::kProvince && static_cast<int>(en.ref) != state) other_province = true;
          }
          // "(Portugal, England, Italy and Spain)", "Canada, Denmark, England,
          // the United States": a list of places, before or after.
          bool list = (pv.end < e && (fw(pv.end) == "and" || fw(pv.end) == "or")) ||
                      (u.begin > b && (fw(u.begin - 1) == "," || fw(u.begin - 1) == "and"));
          if (!list && pv.end + 1 < e && fw(pv.end) == "," && k + 2 < units.size() && units[k + 2].begin == pv.end + 1)
            for (uint32_t t : units[k + 2].entries) {
              const EntryKind ek = lex_.entry(t).kind;
              list = list || ek == EntryKind::kCountry || ek == EntryKind::kCapital || ek == EntryKind::kProvince;
            }
          if (other_province && !list) drop = true;
        }
      }
      if (drop) continue;
      if (forename)
        u.entries.erase(std::remove_if(u.entries.begin(), u.entries.end(),
                                       [&](uint32_t t) { return lex_.entry(t).kind == EntryKind::kForename; }),
                        u.entries.end());
      if (u.entries.empty() && u.dyn < 0) continue;
      kept.push_back(std::move(u));
    }
    units = std::move(kept);
  }

  // The state a unit names (country, capital, seat, province), as a CAMEO
  // code; "" if none.
  std::string unit_state(const Unit& u) const {
    for (uint32_t t : u.entries) {
      const Entry& en = lex_.entry(t);
      if (en.kind == EntryKind::kCountry || en.kind == EntryKind::kCapital || en.kind == EntryKind::kSeat ||
          en.kind == EntryKind::kProvince)
        return lex_.country(en.ref).cameo;
    }
    return "";
  }

  // "the Kurdistan Democratic Party", "the Serbian Democratic Party", "the
  // Democratic Party of Japan": a party name of the lexicon ("Democratic
  // Party", the US Democrats) with a capitalised word right before it or
  // "of <Name>" right after it is part of another party's name, unless that
  // word names the party's own state ("the U.S. Democratic Party"). No actor
  // rather than the wrong one.
  bool other_party(const Unit& u, const std::vector<Unit>& out, uint32_t b, uint32_t e) const {
    if (u.end - u.begin < 2 || fw(u.end - 1) != "party") return false;
    std::string own;
    for (uint32_t t : u.entries)
      if (lex_.entry(t).kind == EntryKind::kOrg) own = lex_.org(lex_.entry(t).ref).code.substr(0, 3);
    if (own.empty() || lex_.country_by_cameo(own) < 0) return false;
    // The unit that ends right before u / starts at t, if any.
    auto state_ending_at = [&](uint32_t t) -> std::string {
      for (const Unit& o : out)
        if (o.end == t) return unit_state(o);
      return "";
    };
    if (u.begin > b + 1 && is_name_token(u.begin - 1) && fw(u.begin - 1) != "the") {
      if (state_ending_at(u.begin) != own) return true;
    }
    if (u.end + 1 < e && fw(u.end) == "of" && is_name_token(u.end + 1)) {
      const Unit next = longest_unit_at(u.end + 1, e);
      if (next.end <= next.begin || unit_state(next) != own) return true;
    }
    return false;
  }

  // Tokens not covered by a lexicon unit that repeat the surname of an unknown
  // titled person introduced earlier ("Foreign Minister Ana Ruiz ... Ruiz said").
  void add_dyn_units(std::vector<Unit>& units) {
    if (dyn_names_.empty()) return;
    std::vector<Unit> merged;
    size_t u = 0;
    for (uint32_t i = sent_begin_; i < sent_end_;) {
      if (u < units.size() && units[u].begin == i) {
        // "Bennett" after "special rapporteur Richard Bennett": a bare
        // surname of a lexicon person whose full name this story never
        // uses is the story's own person.
        if (units[u].end == i + 1 && units[u].dyn < 0 && !units[u].entries.empty()) {
          bool surname_only = true;
          for (uint32_t e : units[u].entries) {
            const Entry& en = lex_.entry(e);
            surname_only = surname_only &&
                           (en.kind == EntryKind::kPersonShort || en.kind == EntryKind::kPersonTitled ||
                            en.kind == EntryKind::kPersonSurname) &&
                           !introduced_[en.ref];
          }
          auto it = dyn_names_.find(fw(i));
          // Only a story person who has a state or organisation displaces
          // the lexicon's: a stateless "Ambassador X Khan" would lose more
          // than the lucky match gains.
          if (surname_only && it != dyn_names_.end()) {
            const Actor& da = doc_.mentions[dyn_first_[it->second]].actor;
            if (da.country.empty() && da.org.empty()) surname_only = false;
          }
          if (surname_only && it != dyn_names_.end()) {
            units[u].entries.clear();
            units[u].dyn = it->second;
          }
        }
        i = units[u].end;
        merged.push_back(std::move(units[u++]));
        continue;
      }
      const std::string& w = doc_.tokens[i].norm;
      if (!w.empty() && is_upper_ascii(w[0])) {
        auto it = dyn_names_.find(fw(i));
        if (it != dyn_names_.end()) {
          Unit d;
          d.begin = i;
          d.end = i + 1;
          d.dyn = it->second;
          merged.push_back(std::move(d));
        }
      }
      ++i;
    }
    units = std::move(merged);
  }

  // "Rapid Support Forces ... RSF fighters ... bombed RSF positions": a
  // short name that several organisations share (RSF is also Reporters
  // Without Borders) is not in the lexicon as a bare word. The story says
  // which it means: when exactly one organisation with that all-capital
  // short name is named in full anywhere in the document, the bare
  // acronym elsewhere in it is that organisation.
  void story_acronyms(const std::vector<std::pair<uint32_t, uint32_t>>& sents, std::vector<std::vector<Unit>>& units) {
    std::unordered_map<std::string, int> named;  // short name -> entry, or -1 when two orgs claim it
    for (const auto& us : units)
      for (const Unit& u : us)
        for (uint32_t e : u.entries) {
          const Entry& en = lex_.entry(e);
          if (en.kind != EntryKind::kOrg) continue;
          const std::string& shortname = lex_.org(en.ref).org;
          if (shortname.size() < 2 || shortname.size() > 6) continue;
          bool caps = true;
          for (char c : shortname) caps = caps && is_upper_ascii(c);
          if (!caps) continue;
          auto [it, fresh] = named.emplace(shortname, static_cast<int>(e));
          if (!fresh && it->second >= 0 && lex_.entry(static_cast<uint32_t>(it->second)).ref != en.ref) it->second = -1;
        }
    if (named.empty()) return;
    for (size_t s = 0; s < sents.size(); ++s) {
      std::vector<Unit>& us = units[s];
      std::vector<Unit> added;
      for (uint32_t i = sents[s].first; i < sents[s].second; ++i) {
        auto it = named.find(doc_.tokens[i].norm);
        if (it == named.end() || it->second < 0) continue;
        if (std::any_of(us.begin(), us.end(), [&](const Unit& u) { return i >= u.begin && i < u.end; })) continue;
        Unit u;
        u.begin = i;
        u.end = i + 1;
        u.entries.push_back(static_cast<uint32_t>(it->second));
        added.push_back(std::move(u));
      }
      if (added.empty()) continue;
      for (Unit& u : added) us.push_back(std::move(u));
      std::sort(us.begin(), us.end(), [](const Unit& a, const Unit& b) { return a.begin < b.begin; });
    }
  }

  // Token i folded as ActorLexicon::fold does (i < the document's tokens).
  std::string_view fw(uint32_t i) const {
    return std::string_view(folded_).substr(fold_off_[i], fold_off_[i + 1] - fold_off_[i]);
  }

  // "Gunmen abducted King and Weeks": a capitalised monarch's or judge's
  // title with no article, possessive or name around it is a surname (at a
  // sentence's start too: the monarch is "the King"). "the King", "King
  // Abdullah", "Saudi King Salman", "Chief Judge" and headlines keep the title.
  bool surname_like_title(const Unit& u, const Chain& ch, const AgentEntry& a) const {
    static const char* kTitles[] = {"king", "queen", "prince", "princess", "bishop", "judge"};
    if (ch.last != Role::kNone || u.end != u.begin + 1) return false;
    bool listed = false;
    for (const char* t : kTitles) listed = listed || a.phrase == t;
    if (!listed) return false;
    const std::string& w = doc_.tokens[u.begin].norm;
    if (w.empty() || !is_upper_ascii(w[0])) return false;
    if (u.end < sent_end_ && (is_name_token(u.end) || tok_is(u.end, "of"))) return false;
    if (u.begin > sent_begin_) {
      const uint32_t p = u.begin - 1;
      // "a Federal Judge", "Chief Judge": a capitalised word before is part
      // of the title; a given name before it makes it a surname ("American
      // Kevin King", "Martin Luther King"): a word the tagger reads as a
      // name that is no title's modifier.
      if (is_name_token(p)) {
        static constexpr std::string_view kTitleWords[] = {
            "chief", "federal", "district", "appeals", "supreme", "high", "crown", "senior", "deputy",
            "presiding", "circuit", "state", "county", "former", "acting", "auxiliary", "archbishop",
            "retired", "late", "grand", "prime", "royal", "saudi", "jordanian", "moroccan", "british",
            "thai", "dutch", "spanish", "belgian", "danish", "swedish", "norwegian", "bahraini"};
        const std::string_view pw = fw(p);
        for (std::string_view t : kTitleWords)
          if (pw == t) return false;
        // (Words alone decide, as everywhere in mention finding: the
        // capitalised word mid-sentence is a name.)
        if (p == sent_begin_) return false;
      }
      static const char* kBefore[] = {"the", "a", "an", "his", "her", "its", "their", "our", "former", "late", "'s", "\u2019s"};
      for (const char* b : kBefore)
        if (tok_is(p, b)) return false;
    }
    if (sentence_ < doc_.sentences.size()) {
      const uint32_t para = doc_.sentences[sentence_].paragraph;
      if (para < doc_.paragraphs.size() && doc_.paragraphs[para].is_headline) return false;
    }
    return true;
  }

  // Whether the story's date is more than two years before the first
  // dated office of person p (all codes dated; no date: false).
  bool long_before_office(uint32_t p) const {
    const PersonEntry& pe = lex_.person(p);
    if (date_ <= 0 || pe.codes.empty()) return false;
    int first = 99999999;
    for (const PersonCode& c : pe.codes) {
      if (c.range.from <= 0) return false;
      first = std::min(first, c.range.from);
    }
    return date_ + 20000 < first;
  }

  bool tok_is(uint32_t i, std::string_view lower) const {
    if (i >= sent_end_) return false;
    return fw(i) == lower;
  }

  // The role a unit plays given the chain so far.
  Role classify(const Unit& u, const Chain& ch, int* ref) const {
    if (u.dyn >= 0) {
      *ref = u.dyn;
      return Role::kDyn;
    }
    const bool titled = ch.last == Role::kHonorific ||
                        (ch.last == Role::kAgent && lex_.agent(ch.last_agent).title);
    int best = -1, best_score = -1;
    for (uint32_t e : u.entries) {
      const Entry& en = lex_.entry(e);
      bool eligible = false;
      int score = 0;
      switch (en.kind) {
        case EntryKind::kPersonFull: eligible = true; score = 4; break;
        // A surname right after another given name is a relative or a
        // namesake ("Michelle Obama", "Hunter Biden"), not the listed person.
        // (A capitalised word after it proves nothing: Title Case headlines.)
        // Nor is a bare surname someone who held no office for years yet
        // ("Bush" in 1991 is the father, not George W.).
        case EntryKind::kPersonAlias:
          eligible = !other_given_name_before(u, ch, en.ref) && !long_before_office(en.ref);
          score = 2;
          break;
        // A surname followed by another capitalised word is someone else's
        // first name ("Ambassador Michel Duclos" is not Charles Michel).
        case EntryKind::kPersonShort:
          eligible = (introduced_[en.ref] || titled) && !is_name_token(u.end) && !other_given_name_before(u, ch, en.ref);
          break;
        // ... or once the story has named them in full ("Imran Khan ...
        // Khan said"), as a common surname.
        case EntryKind::kPersonTitled:
          eligible = (titled || (introduced_[en.ref] && !other_given_name_before(u, ch, en.ref))) &&
                     !is_name_token(u.end);
          break;
        // A common surname ("Reid", "Jackson") stands for the person only
        // once the story has named them in full: "Mr. Jackson" alone is
        // anyone.
        case EntryKind::kPersonSurname:
          eligible = introduced_[en.ref] && !is_name_token(u.end) && !other_given_name_before(u, ch, en.ref);
          break;
        default: break;
      }
      // "former German President Richard von Weizsaecker": a surname that
      // only the title licenses, after a nationality that is not the listed
      // person's state, is a namesake (here Alain Richard, a Frenchman).
      if (eligible && !introduced_[en.ref] &&
          (en.kind == EntryKind::kPersonShort || en.kind == EntryKind::kPersonTitled) &&
          other_state_in_chain(ch, en.ref))
        eligible = false;
      if (!eligible) continue;
      // Named in full earlier in the story beats an alias of someone else
      // ("Farouk al-Sharaa ... Sharaa said" in 2005 is not Ahmed al-Sharaa).
      if (introduced_[en.ref]) score += 3;
      if (ch.last == Role::kAgent && lex_.person_has_role(en.ref, lex_.agent(ch.last_agent), date_)) score += 1;
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(en.ref);
      }
    }
    if (best >= 0) {
      *ref = best;
      return Role::kPerson;
    }
    Role r = Role::kNone;
    int rank = 0;
    for (uint32_t e : u.entries) {
      const Entry& en = lex_.entry(e);
      int k = 0;
      Role kr = Role::kNone;
      switch (en.kind) {
        case EntryKind::kOrg: k = 6; kr = Role::kActor; break;
        case EntryKind::kCountry: case EntryKind::kSeat: k = 5; kr = Role::kActor; break;
        case EntryKind::kCountryRef: case EntryKind::kOrgRef: k = 5; kr = Role::kActor; break;
        case EntryKind::kCapital: k = 4; kr = Role::kActor; break;
        // A province or city ("Kharkiv", "Karachi police"): its state, for
        // what is done to the place and for the role nouns it modifies.
        case EntryKind::kProvince: k = 4; kr = Role::kActor; break;
        case EntryKind::kAgent:
          if (surname_like_title(u, ch, lex_.agent(en.ref))) break;
          k = 3;
          kr = Role::kAgent;
          break;
        case EntryKind::kFormer: k = 2; kr = Role::kFormer; break;
        case EntryKind::kHonorific: k = 2; kr = Role::kHonorific; break;
        case EntryKind::kSkip: k = 1; kr = Role::kSkip; break;
        default: break;
      }
      if (k > rank) {
        rank = k;
        r = kr;
        *ref = kr == Role::kAgent ? static_cast<int>(en.ref) : static_cast<int>(e);
      }
    }
    return r;
  }

  void compose(std::vector<Unit>& units) {
    size_t u = 0;
    uint32_t pron_from = sent_begin_;
    while (u < units.size()) {
      resolve_pronouns(pron_from, units[u].begin);
      Chain ch;
      ch.begin = ch.end = units[u].begin;
      size_t v = u;
      for (; v < units.size(); ++v) {
        const Unit& U = units[v];
        bool via_poss = false, via_of = false;
        if (v != u && U.own_chain) break;
        if (v != u && U.begin != ch.end) {
          bool poss = ch.actor >= 0 && ch.agents.empty() && ch.person < 0 && ch.dyn < 0 &&
                      U.begin == ch.end + 1 &&
                      (tok_is(ch.end, "'s") || tok_is(ch.end, "\u2019s") ||
                       // "the United Nations' court": a plural name's bare apostrophe
                       ((tok_is(ch.end, "'") || tok_is(ch.end, "\u2019")) && ch.end > 0 &&
                        !doc_.tokens[ch.end - 1].norm.empty() && doc_.tokens[ch.end - 1].norm.back() == 's'));
          bool of = !ch.agents.empty() && ch.actor < 0 && ch.person < 0 && ch.dyn < 0 &&
                    tok_is(ch.end, "of") &&
                    (U.begin == ch.end + 1 || (U.begin == ch.end + 2 && tok_is(ch.end + 1, "the")));
          if (poss) via_poss = true;
          else if (of) via_of = true;
          else break;
        }
        int ref = -1;
        Role r = classify(U, ch, &ref);
        bool done = ch.person >= 0 || ch.dyn >= 0;
        bool accept = false;
        switch (r) {
          case Role::kPerson:
          case Role::kDyn:
            accept = !done && !via_of;
            break;
          case Role::kActor:
            accept = !done && ch.actor < 0 && !via_poss && (ch.agents.empty() || via_of);
            // "the U.S. deputy U.N. ambassador", "a British NATO envoy": an
            // intergovernmental body between a state and a role noun is
            // where the state's official is posted; the state stays the actor.
            if (!accept && !done && ch.actor >= 0 && !via_poss && !via_of && ch.agents.empty() &&
                posting_at_igo(ch.actor, ref, units, v)) {
              accept = true;
              r = Role::kSkip;
            }
            break;
          case Role::kAgent:
          case Role::kFormer:
          case Role::kSkip:
          case Role::kHonorific:
            accept = !done && !via_of && !ch.of_attached;
            break;
          case Role::kNone:
            break;
        }
        if (!accept) break;
        switch (r) {
          case Role::kPerson: ch.person = ref; ch.person_unit = static_cast<int>(v); break;
          case Role::kDyn: ch.dyn = ref; ch.dyn_unit = static_cast<int>(v); break;
          case Role::kActor: {
            const EntryKind k = lex_.entry(ref).kind;
            if (k == EntryKind::kCountryRef || k == EntryKind::kOrgRef) {
              // "The Alliance of Democracies", "the Organization of American
              // States": a capitalised name going on with "of" + a name is
              // that name, not a reference back.
              if (U.end + 1 < sent_end_ && tok_is(U.end, "of") && is_name_token(U.end + 1) &&
                  !doc_.tokens[U.end - 1].norm.empty() && is_upper_ascii(doc_.tokens[U.end - 1].norm[0])) {
                accept = false;
                break;
              }
              // "Pakistan's English daily The Nation": a capitalised "The
              // Nation" inside a sentence is a name, not "the nation".
              if (k == EntryKind::kCountryRef && capitalised_ref(U)) {
                accept = false;
                break;
              }
              // "the country", "the alliance": what it stands for.
              int ante = -1;
              bool ctx = false;
              int e = resolve_ref(k, &ante, &ctx, ref_phrase(U));
              if (e < 0) { accept = false; break; }
              ref = e;
              ch.ref_antecedent = ante;
              ch.ref_context = ctx;
            }
            // "the president of the American Farm Bureau": an adjective
            // going on into a name after "of" names an organisation the
            // agent heads, not the state; the officer is left uncoded.
            if (via_of && lex_.entry(ref).adjective && U.end < sent_end_ && is_name_token(U.end)) {
              ch.org_officer = true;
              accept = false;
              break;
            }
            // "exiled leaders of Egypt's Muslim Brotherhood": a state owning
            // the organisation named next is not what the agent leads; the
            // agent is the organisation's (led_body).
            if (via_of && (tok_is(U.end, "'s") || tok_is(U.end, "\u2019s")) && v + 1 < units.size() &&
                units[v + 1].begin == U.end + 1 &&
                std::any_of(units[v + 1].entries.begin(), units[v + 1].entries.end(),
                            [&](uint32_t e) { return lex_.entry(e).kind == EntryKind::kOrg; })) {
              accept = false;
              break;
            }
            // "chief executive of the London-based website Full Fact": a
            // place that is "-based" modifies the noun after it.
            // "director of the Latin America bureau of Reporters Without
            // Borders": a place or region that goes on into a lower-case
            // unit noun is where the unit sits; the post heads the unit of
            // the body named after it (led_body), or is left uncoded.
            // ("director of the Africa program at Human Rights Watch": the
            // unit's body may follow "at", "for" or "with" too.)
            if (via_of && U.end < sent_end_ && unit_noun(fw(U.end)) && U.end + 1 < sent_end_ &&
                (tok_is(U.end + 1, "of") || tok_is(U.end + 1, "at") || tok_is(U.end + 1, "for") ||
                 tok_is(U.end + 1, "with"))) {
              if (!(ch.last_agent >= 0 && is_body_post(lex_.agent(ch.last_agent).phrase))) ch.org_officer = true;
              accept = false;
              break;
            }
            // The post of a body ("chief executive", "director") stays a
            // mention of its own, and takes the body named after the noun
            // (led_body); another ("president") is left uncoded.
            if (via_of && U.end + 1 < sent_end_ && tok_is(U.end, "-") && tok_is(U.end + 1, "based")) {
              if (ch.last_agent >= 0 && is_body_post(lex_.agent(ch.last_agent).phrase)) {
                accept = false;
                break;
              }
              ch.org_officer = true;
              accept = false;
              break;
            }
            // "the director general of the Pakistani military's media
            // wing", "the chief of the Turkish police": an adjective after
            // "of" that goes on into a role noun modifies that noun; the
            // body ("Pakistani military") is a chain of its own, and the
            // officer takes its code afterwards (officer_of).
            if (via_of && lex_.entry(ref).adjective && v + 1 < units.size() && units[v + 1].begin == U.end &&
                unit_is_agent(units[v + 1]) && ch.last_agent >= 0 &&
                (lex_.agent(ch.last_agent).title || lex_.agent(ch.last_agent).weak)) {
              accept = false;
              break;
            }
            ch.actor = ref;
            ch.of_attached = via_of;
            break;
          }
          case Role::kAgent: ch.agents.emplace_back(ref, static_cast<int>(v)); ch.last_agent = ref; break;
          case Role::kFormer: ch.former = true; break;
          default: break;
        }
        if (!accept) break;
        ch.last = r;
        ch.end = U.end;
        if (r != Role::kSkip && ch.core_begin < 0) ch.core_begin = U.begin;
        if (r != Role::kSkip && r != Role::kFormer && r != Role::kHonorific) ch.core_end = U.end;
      }
      if (v == u) ++v;  // a unit that cannot start a chain
      const size_t before = doc_.mentions.size();
      finish_chain(ch, units);
      if (doc_.mentions.size() == before + 1) name_after_title(units, v);
      pron_from = ch.end;
      u = v;
    }
    resolve_pronouns(pron_from, sent_end_);
  }

  // "Bolivia's ambassador to the United Nations, Maria Quispe, said": an
  // unknown name of two to four capitalised words set off by commas right
  // after a title mention with a state or organisation (and what the title
  // is "to", "for", "of" or "at") is that title's holder. The name is added
  // as a surname unit of its own right after the title's chain, so that it
  // and its later mentions ("Quispe said") take the title's code, as "Ana
  // Ruiz, Chile's foreign minister" does the other way round.
  void name_after_title(std::vector<Unit>& units, size_t v) {
    const size_t mi = doc_.mentions.size() - 1;
    const ActorMention& m = doc_.mentions[mi];
    const Meta& mt = meta_[mi];
    if (mt.title < 0 || mt.person >= 0 || mt.dyn >= 0) return;
    if (m.actor.country.empty() && m.actor.org.empty()) return;
    uint32_t t = m.token_end;
    // "to the United Nations", "of the presidential guard": words the
    // lexicon covers, and small words, up to the comma.
    bool phrase = false;
    if (t < sent_end_ && (tok_is(t, "to") || tok_is(t, "for") || tok_is(t, "of") || tok_is(t, "at"))) {
      ++t;
      const uint32_t from = t;
      while (t < sent_end_ && t < m.token_end + 8 && !tok_is(t, ",") && (tok_is(t, "the") || covered(units, t))) ++t;
      phrase = t > from && covered(units, t - 1);
    }
    uint32_t b = 0, e = 0;
    if (t + 3 < sent_end_ && tok_is(t, ",")) {
      b = t + 1;
      e = b;
      while (e < sent_end_ && e - b < 4 && is_name_token(e) && !covered(units, e)) ++e;
      if (e - b < 2 || e >= sent_end_ || !tok_is(e, ",")) return;
    } else if (phrase && t + 1 < sent_end_) {
      // "Former U.S. Ambassador to Ukraine Marie Yovanovitch testified": the
      // name right after the title's phrase, with no commas, when the
      // title is capitalised as a name's title is. Two to four capitalised
      // words, then no further capitalised word.
      const std::string& tw = doc_.tokens[m.head].norm;
      if (tw.empty() || !is_upper_ascii(tw[0])) return;
      b = t;
      e = b;
      while (e < sent_end_ && e - b < 4 && is_name_token(e) && !covered(units, e)) ++e;
      if (e - b < 2 || (e < sent_end_ && is_name_token(e))) return;
    } else {
      return;
    }
    Unit n;
    n.begin = b;
    n.end = e;
    n.own_chain = true;
    n.dyn = static_cast<int>(dyn_first_.size());
    dyn_first_.push_back(static_cast<int>(mi));
    if (!name_particle(fw(e - 1))) dyn_names_[std::string(fw(e - 1))] = n.dyn;
    size_t at = v;
    while (at < units.size() && units[at].begin < b) ++at;
    units.insert(units.begin() + static_cast<std::ptrdiff_t>(at), std::move(n));
  }

  static void append_roles(std::string& code, const std::string& sectors) {
    // TABARI's rule: a role already present on a 3-character boundary is not
    // added again (Kremlin GOV + spokesman GOV is RUSGOV, not RUSGOVGOV).
    for (size_t i = 0; i + 3 <= sectors.size(); i += 3) {
      std::string_view r = std::string_view(sectors).substr(i, 3);
      bool have = false;
      for (size_t j = 0; j + 3 <= code.size(); j += 3)
        have = have || std::string_view(code).substr(j, 3) == r;
      if (!have) code += r;
    }
  }

  std::string actor_base(int entry, std::string* seat_sectors) const {
    const Entry& e = lex_.entry(entry);
    if (e.kind == EntryKind::kOrg) return lex_.org_code(e.ref, date_);
    std::string code = lex_.country(e.ref).cameo;
    if (e.kind == EntryKind::kSeat) *seat_sectors = e.sectors;
    return code;
  }

  uint32_t agent_head_token(int agent, const Unit& u) const {
    const std::string& h = lex_.agent(agent).head;
    for (uint32_t t = u.begin; t < u.end; ++t)
      if (fw(t) == h) return t;
    return u.end - 1;
  }

  // Capitalised words that end organisation names, not people's: "General
  // Statistics Office" is not General Statistics, "president of Wan Guo
  // Company" is not a head of state.
  bool is_org_word(uint32_t i) const { return i < sent_end_ && org_word(fw(i)); }
  static bool org_word(std::string_view f) {
    static const char* kOrg[] = {"office", "agency", "ministry", "department", "council", "committee",
                                 "bank", "company", "corporation", "corp.", "group", "institute",
                                 "university", "party", "court", "commission", "authority", "service",
                                 "services", "association", "union", "organization", "organisation",
                                 "foundation", "center", "centre", "fund", "board", "review", "index",
                                 "statistics", "inc.", "ltd", "ltd.", "co.", "times", "post", "news",
                                 "school", "college", "hospital", "club", "airlines", "bureau",
                                 "directorate", "secretariat", "forum", "network", "federation"};
    for (const char* s : kOrg)
      if (f == s) return true;
    return false;
  }

  // "Thousands of Armenians", "two Britons", "many Syrians": a counted
  // plural demonym is people of the state, its civilians, not the state.
  void counted_people() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (!counted_demonym(i)) continue;
      ActorMention& m = doc_.mentions[i];
      m.actor = lex_.make_actor(m.actor.code + "CVL");
      m.entry += "+counted";
    }
  }

  // Whether mention i is a counted plural demonym ("thousands of Sudanese",
  // "two Britons"), before counted_people has recoded it.
  bool counted_demonym(size_t i) const {
    static const char* kCount[] = {"thousands", "hundreds", "millions", "dozens", "tens", "many", "some",
                                   "several", "few", "scores", "more", "other", "fellow", "two", "three",
                                   "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"};
    const ActorMention& m = doc_.mentions[i];
    if (m.token_end != m.token_begin + 1 || m.actor.code.size() != 3 || m.actor.country.empty()) return false;
    if (m.entry.rfind("country:", 0) != 0 || m.entry.find('+') != std::string::npos) return false;
    const std::string& w = doc_.tokens[m.token_begin].norm;
    // "Sudanese", "Chinese", "Swiss": demonyms that are their own plural,
    // counted only as "thousands of Sudanese" and not before a noun they
    // modify ("hundreds of Chinese firms", "number 1 Chinese restaurant").
    const bool own_plural = w.size() > 4 && (w.compare(w.size() - 3, 3, "ese") == 0 || w.compare(w.size() - 4, 4, "wiss") == 0);
    if (w.size() < 4 || (w.back() != 's' && !own_plural) || m.token_begin == 0) return false;
    uint32_t p = m.token_begin - 1;
    if (own_plural) {
      if (fw(p) != "of") return false;
      if (doc_.syntax.size() == doc_.tokens.size() && m.token_end < doc_.tokens.size() &&
          (doc_.syntax[m.token_end].upos == UPos::kNOUN || doc_.syntax[m.token_end].upos == UPos::kPROPN))
        return false;
    }
    if (fw(p) == "of" && p > 0) --p;
    const Token& q = doc_.tokens[p];
    bool counted = q.kind == TokenKind::kNumber || (!q.norm.empty() && q.norm[0] >= '0' && q.norm[0] <= '9');
    for (const char* c : kCount) counted = counted || fw(p) == c;
    return counted;
  }

  // The chain names a state (country, capital or seat) and the person's code
  // at the article date starts with another state.
  bool other_state_in_chain(const Chain& ch, uint32_t person) const {
    if (ch.actor < 0) return false;
    const Entry& a = lex_.entry(static_cast<uint32_t>(ch.actor));
    if (a.kind != EntryKind::kCountry && a.kind != EntryKind::kCapital && a.kind != EntryKind::kSeat) return false;
    const std::string& c = lex_.person_code(person, date_);
    if (c.size() < 3 || lex_.country_by_cameo(std::string_view(c).substr(0, 3)) < 0) return false;
    return c.compare(0, 3, lex_.country(a.ref).cameo) != 0;
  }

  // The surname opens its chain (no title, country or honorific unit before
  // it) and the token before it is a proper name whose first letter starts
  // none of the person's given names: someone else's given name.
  bool other_given_name_before(const Unit& u, const Chain& ch, uint32_t person) const {
    if (ch.last != Role::kNone || u.begin == 0) return false;
    const uint32_t p = u.begin - 1;
    if (p < sent_begin_ || !is_name_token(p)) return false;
    // The tagger decides whether a capitalised word is a name ("Since Biden
    // took office" after a glued subheading); without tags, only a word
    // mid-sentence counts, since a sentence opener is capitalised anyway.
    if (doc_.syntax.size() == doc_.tokens.size() ? doc_.syntax[p].upos != UPos::kPROPN : p == sent_begin_)
      return false;
    const std::string& given = lex_.person(person).given_initials;
    return given.find(doc_.tokens[p].norm[0]) == std::string::npos;
  }

  // Arabic name particles that never stand alone for a person ("Al" of
  // "Al-Anbar" is no "Hazim Al").
  static bool name_particle(std::string_view w) {
    // (w is folded: lower case.)
    return w == "al" || w == "el" || w == "bin" || w == "ibn" || w == "abu" || w == "abd" || w == "abdel" ||
           w == "abdul";
  }

  bool is_name_token(uint32_t i) const {
    static const char* kStop[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                  "sunday", "january", "february", "march", "april", "june", "july",
                                  "august", "september", "october", "november", "december", "the",
                                  "and", "on", "in", "at", "for", "said", "says", "told", "but",
                                  // Sentence adverbs, capitalised after a subheading the text
                                  // stage ran into the sentence ("President Moise Shortly
                                  // before the press conference, ..."): never part of a name.
                                  "shortly", "meanwhile", "earlier", "later", "recently", "previously",
                                  "separately", "however", "yesterday", "today", "tonight", "tomorrow"};
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::kWord || t.norm.empty() || !is_upper_ascii(t.norm[0])) return false;
    bool lower = false;
    for (char c : t.norm) lower = lower || is_lower_ascii(c);
    if (!lower) return false;  // ALL-CAPS headline words are not names
    std::string f = ActorLexicon::fold(t.norm);
    for (const char* s : kStop)
      if (f == s) return false;
    return true;
  }

  // "foreign ministry spokesperson Abdul Qahar Balkhi": spokespeople are
  // weak agents (they take the role before them) but are named like titles.
  static bool is_spokes(const AgentEntry& a) { return a.weak && a.phrase.rfind("spokes", 0) == 0; }
  // Singular weak agents that are one person's post may precede a name too
  // ("special rapporteur Richard Bennett", "adviser Ana Ruiz"); "official",
  // "chief" and "leader" are left out ("the official Xinhua agency", "the
  // chief Brexit negotiator").
  static bool names_follow(const AgentEntry& a) {
    static const char* const kPost[] = {"rapporteur", "special rapporteur", "investigator", "special representative",
                                        "adviser", "advisor", "aide"};
    if (!a.weak) return false;
    for (const char* p : kPost)
      if (a.phrase == p) return true;
    return false;
  }

  // "opposition Labour Party leader Jeremy Corbyn", "Jeremy Corbyn, the
  // Labour leader", "X, the leader of the gang": "leader" is one person's
  // post, and may precede or follow that person's name, when a named party,
  // state or organisation, or an "of" phrase, says whose leader ("the chief
  // Brexit negotiator", "the leader" alone, stay unnamed posts). The name
  // then links its later bare surname.
  // The word itself in lower case: a Title Case headline ("Taliban Chief
  // Hails Troop Exit") capitalises the words after it too.
  bool leader_of_named(const AgentEntry& a, const Chain& ch, uint32_t head) const {
    if ((ch.actor < 0 && !tok_is(ch.end, "of")) || !a.weak || (a.phrase != "leader" && a.phrase != "chief"))
      return false;
    const std::string& w = doc_.tokens[head].norm;
    return !w.empty() && is_lower_ascii(w[0]);
  }

  // "Ana Ruiz, director of Amnesty International", "Ana Ruiz, a senior
  // official at the Kenyan interior ministry": the post of a body that
  // the phrase after it names ("of", or for an official "at"/"with"), or
  // that owns it ("Oxfam's director"). The name in apposition before the
  // post is its holder and takes the body's code (led_body, officer_of).
  // The word in lower case, as for leader_of_named.
  // A director's "of" phrase must name an organisation the lexicon knows
  // ("director of the museum" names none: no holder is made up for it).
  bool post_of_body(const AgentEntry& a, const Chain& ch, uint32_t head, const std::vector<Unit>& units) const {
    if (!is_body_post(a.phrase)) return false;
    const std::string& w = doc_.tokens[head].norm;
    if (w.empty() || !is_lower_ascii(w[0])) return false;
    // "deputy director of Inner Mongolia's disease control centre": the
    // place owns what the post heads, which goes unnamed.
    if (ch.actor >= 0)
      return lex_.entry(ch.actor).kind == EntryKind::kOrg || !(tok_is(ch.end, "'s") || tok_is(ch.end, "\u2019s"));
    if (a.phrase == "official") return tok_is(ch.end, "of") || tok_is(ch.end, "at") || tok_is(ch.end, "with");
    if (!tok_is(ch.end, "of")) return false;
    for (uint32_t t = ch.end + 1; t < sent_end_ && t < ch.end + 11; ++t) {
      for (const Unit& u : units)
        if (u.begin == t)
          for (uint32_t e : u.entries)
            if (lex_.entry(e).kind == EntryKind::kOrg && !lex_.org(lex_.entry(e).ref).org.empty()) return true;
      if (post_phrase_stop(t) || unnamed_word(t, &units)) return false;
    }
    return false;
  }
  // A unit of an organisation, named before the organisation: "the Kabul
  // bureau of ...".
  static bool unit_noun(std::string_view w) {
    static const char* kUnit[] = {"bureau", "office", "branch", "chapter", "desk", "division", "program",
                                  "programme", "section", "unit", "wing", "mission", "delegation"};
    for (const char* k : kUnit)
      if (w == k) return true;
    return false;
  }
  // The body's phrase ends at token t: "of" goes on after a unit noun.
  bool post_phrase_stop(uint32_t t) const {
    if (fw(t) == "of" && t > 0 && unit_noun(fw(t - 1))) return false;
    return ends_post_phrase(fw(t));
  }
  // In a post's "of" phrase, a word that ends it before any body: a
  // capitalised word no lexicon entry covers ("Chairman of the Judiciary
  // Committee overseeing the FBI": a body the lexicon does not know), or a
  // participle not glued by a hyphen ("overseeing", but "fact-checking",
  // "London-based" go on).
  // (`units`: the sentence's lexicon units, while it is composed; else its
  // mentions cover the word.)
  bool unnamed_word(uint32_t t, const std::vector<Unit>* units = nullptr) const {
    const Token& k = doc_.tokens[t];
    if (k.kind != TokenKind::kWord || k.norm.empty()) return false;
    if (is_upper_ascii(k.norm[0])) {
      if (units) return !covered(*units, t);
      for (const ActorMention& m : doc_.mentions)
        if (m.token_begin <= t && t < m.token_end) return false;
      return true;
    }
    const std::string_view w = fw(t);
    const bool glued = t > 0 && (fw(t - 1) == "-" || fw(t - 1) == "\u2010");
    const bool participle = (w.size() > 4 && w.substr(w.size() - 3) == "ing") || (w.size() > 4 && w.substr(w.size() - 2) == "ed");
    return participle && !glued;
  }
  // Words that end the noun phrase naming a post's body.
  static bool ends_post_phrase(std::string_view w) {
    static const char* kStop[] = {",", "who", "which", "and", "of", "in", "on", "at", "for", "to", "with",
                                  "from", "by", "that", "or", "said", "says", "told", ";", ":", "(", "\"",
                                  "\u201c", "."};
    for (const char* k : kStop)
      if (w == k) return true;
    return false;
  }
  static bool is_body_post(std::string_view p) {
    static const char* kPost[] = {"director", "chairman", "chairwoman", "chair", "chief executive", "official"};
    for (const char* k : kPost)
      if (p == k) return true;
    return false;
  }

  // Gender implied by a title, for "he"/"she" after an unknown name.
  static char title_gender(const std::string& phrase) {
    static const char* kF[] = {"woman", "queen", "princess", "madam", "duchess", "empress", "chairwoman"};
    static const char* kM[] = {"spokesman", "congressman", "chairman", "businessman", "king", "prince",
                               "policeman", "emir", "sultan", "sheikh"};
    for (const char* f : kF)
      if (phrase.find(f) != std::string::npos) return 'f';
    for (const char* m : kM)
      if (phrase.find(m) != std::string::npos) return 'm';
    return 0;
  }

  int root_of(int m) const {
    while (doc_.mentions[m].antecedent >= 0) m = doc_.mentions[m].antecedent;
    return m;
  }

  void finish_chain(const Chain& ch, const std::vector<Unit>& units) {
    if (ch.org_officer && ch.person < 0 && ch.dyn < 0 && ch.actor < 0) return;
    ActorMention m;
    Meta meta;
    meta.sentence = sentence_;
    // "two Russian soldiers": the span starts at the first word that counts.
    m.token_begin = ch.core_begin >= 0 ? static_cast<uint32_t>(ch.core_begin) : ch.begin;
    // ...and ends at the last: "Russia's top" is "Russia".
    m.token_end = ch.core_end > m.token_begin ? ch.core_end : ch.end;
    std::string seat;
    if (ch.person >= 0) {
      const PersonEntry& p = lex_.person(ch.person);
      m.actor = lex_.make_actor(lex_.person_code(ch.person, date_));
      m.head = units[ch.person_unit].end - 1;
      m.entry = "person:" + p.name;
      m.basis = "lexicon";
      m.confidence = m.antecedent >= 0 || introduced_[ch.person] ? 0.95f : 0.85f;
      meta.person = ch.person;
      meta.gender = p.gender;
      m.gender = p.gender;
      // "former", "then-" and "the late" titles name an office held before
      // the story ("then" is a skip word inside the chain; "late" comes just
      // before it and is no modifier, since "a late Russian attack" is no
      // former Russian).
      bool then_title = ch.begin >= 1 && fw(ch.begin - 1) == "late";
      for (uint32_t t = ch.begin; t < units[ch.person_unit].begin && !then_title; ++t) then_title = fw(t) == "then";
      if (!ch.former && !then_title) {
        int title = -1;
        for (const auto& [agent, unit] : ch.agents)
          if (unit < ch.person_unit && (lex_.agent(agent).title || lex_.agent(agent).weak)) title = agent;
        if (title >= 0) titled_people_.push_back({ch.person, title});
        // "California Attorney General Xavier Becerra" in 2018: a person the
        // lexicon dates no office for at the article date (its `else`
        // code) who is given a present title here holds that office: the
        // person's state with the title's role.
        // (Not a title the lexicon dates elsewhere: "President Joe Biden" in
        // 2019 is a later title, not an office the lexicon lacks.)
        const bool dated = std::any_of(p.codes.begin(), p.codes.end(),
                                       [&](const PersonCode& c) { return c.range.contains(date_); });
        std::vector<DateRange> held;
        if (!dated && title >= 0) lex_.person_role_ranges(static_cast<uint32_t>(ch.person), lex_.agent(title), &held);
        if (!dated && held.empty() && title >= 0 && lex_.agent(title).title && !lex_.agent(title).sectors.empty() &&
            !m.actor.country.empty() && m.actor.code.size() >= 3 &&
            lex_.country_by_cameo(std::string_view(m.actor.code).substr(0, 3)) >= 0) {
          m.actor = lex_.make_actor(m.actor.code.substr(0, 3) + lex_.agent(title).sectors);
          m.entry += "+title";
        }
      }
      if (auto it = last_person_.find(ch.person); it != last_person_.end()) m.antecedent = it->second;
    } else if (ch.dyn >= 0) {
      int first = dyn_first_[ch.dyn];
      m.actor = doc_.mentions[first].actor;
      m.head = units[ch.dyn_unit].end - 1;
      m.entry = doc_.mentions[first].entry;
      m.basis = doc_.mentions[first].basis;
      m.confidence = doc_.mentions[first].confidence;
      meta.dyn = ch.dyn;
      if (auto it = last_dyn_.find(ch.dyn); it != last_dyn_.end()) m.antecedent = it->second;
    } else if (!ch.agents.empty()) {
      auto [head_agent, head_unit] = ch.agents.back();
      const AgentEntry& ha = lex_.agent(head_agent);
      std::string code = ch.actor >= 0 ? actor_base(ch.actor, &seat) : std::string();
      // "Putin's spokesman", "Netanyahu government": a person's country
      // qualifies an agent that follows the name directly.
      if (ch.actor < 0 && !doc_.mentions.empty() && meta_.back().person >= 0) {
        const ActorMention& p = doc_.mentions.back();
        const bool next = p.token_end == ch.begin ||
                          (p.token_end + 1 == ch.begin && tok_is(p.token_end, "'s"));
        if (next && !p.actor.country.empty() && p.actor.code.size() >= 3 &&
            lex_.country_by_cameo(std::string_view(p.actor.code).substr(0, 3)) >= 0)
          code = p.actor.code.substr(0, 3);
      }
      // "a China scholar", "a Russia analyst": the state named (not its
      // adjective) right before the role is what the expert studies.
      if (ha.topic && ch.actor >= 0 && ch.agents.size() == 1 && lex_.entry(ch.actor).kind == EntryKind::kCountry &&
          !lex_.entry(ch.actor).adjective && !tok_is(units[head_unit].begin - 1, "'s")) {
        code.clear();
        meta.studies_state = true;
      }
      // "in general", "a general strike", "his general practitioner", "the
      // general atmosphere": the adjective and the adverb, not the officer
      // ("a general said", "General Vo Nguyen Giap"). Read from the words
      // alone, so that mentions are the same with and without a parse.
      if (ha.phrase == "general") {
        const uint32_t g = agent_head_token(head_agent, units[head_unit]);
        static constexpr std::string_view kAfter[] = {
            "strike",    "strikes",   "election",   "elections", "assembly",  "public",    "practitioner",
            "rule",      "atmosphere", "population", "consensus", "sense",    "idea",      "direction",
            "situation", "trend",     "terms",      "interest",  "welfare",   "principle", "audience",
            "store",     "manager",   "counsel",    "framework", "debate",    "mood",      "setup",
            "story",     "knowledge", "purpose",    "view",      "agreement", "amnesty"};
        const bool lower = doc_.tokens_text(g, g + 1) == "general";
        if (lower && g > 0 && (fw(g - 1) == "in" || (g > 1 && fw(g - 1) == "a" && fw(g - 2) == "as"))) return;
        if (lower && g + 1 < sent_end_ && one_of(fw(g + 1), kAfter)) return;
      }
      std::string sectors = ha.sectors;
      if (ha.weak) {
        // "police spokesman" -> COP, "Pentagon spokesman" -> MIL.
        bool found = false;
        for (int k = static_cast<int>(ch.agents.size()) - 2; k >= 0 && !found; --k)
          if (!lex_.agent(ch.agents[k].first).weak) {
            sectors = lex_.agent(ch.agents[k].first).sectors;
            found = true;
          }
        if (!found && !seat.empty()) sectors = seat;
        // "an Acme spokesperson", "a spokeswoman for Acme", "Acme leaders":
        // the post of an owner the lexicon does not know (a company, a
        // person, an agency) says nothing about the role; the default GOV
        // would make a firm's refusal to comment a government's. No actor.
        if (!found && seat.empty() && ch.actor < 0 && !ch.former && unknown_owner(ch.begin, ch.end, units)) return;
      }
      if (ch.former) sectors = "ELI";
      // "the president of Gazprom", "the president of Voice of America": a
      // title heading a state's body of society (a seat whose role is a
      // firm's, an outlet's, a union's) takes that body's role; the title's
      // own (a president's GOV) would make a firm's head the government.
      if (!ch.former && ch.actor >= 0 && lex_.entry(ch.actor).kind == EntryKind::kSeat && society_seat(seat))
        sectors = seat;
      // "president of Wan Guo Company": the head of an organisation the
      // lexicon does not know is an elite (CAMEO ELI), not a government.
      if (ch.actor < 0 && ch.end + 1 < sent_end_ && tok_is(ch.end, "of")) {
        uint32_t o = ch.end + (tok_is(ch.end + 1, "the") ? 2 : 1);
        if (o < sent_end_ && is_name_token(o) && !covered(units, o)) sectors = "ELI";
      }
      // Organisations keep their own code ("NATO officials" is NATO); regions
      // (org records without a short name) compose like countries.
      const bool org = ch.actor >= 0 && lex_.entry(ch.actor).kind == EntryKind::kOrg &&
                       !lex_.org(lex_.entry(ch.actor).ref).org.empty();
      if (!org) append_roles(code, sectors);
      m.actor = lex_.make_actor(code);
      set_org(ch.actor, m.actor);
      m.head = agent_head_token(head_agent, units[head_unit]);
      m.entry = "agent:" + ha.phrase;
      if (ch.actor >= 0) m.entry = entry_name(ch.actor) + "+" + m.entry;
      // "the court's president", "the ministry's spokesman": a post owned by
      // a body that was itself linked to an earlier mention is that body's
      // officer (the chain joins only a named state or organisation to what
      // it owns, so the owner here is a separate, earlier mention).
      if (ch.actor < 0 && !ch.former && m.actor.country.empty() && m.actor.org.empty() && (ha.title || ha.weak)) {
        if (const int o = agent_owner(ch.begin); o >= 0) {
          m.actor = doc_.mentions[o].actor;
          m.entry += "+owner:" + m.actor.code;
        }
      }
      meta.actor_entry = ch.actor;
      meta.agent = head_agent;
      meta.institution = !ha.title && !ha.plural && !ha.weak && (!m.actor.country.empty() || !m.actor.org.empty());
      m.basis = "agent";
      m.confidence = m.actor.country.empty() && m.actor.org.empty() ? 0.5f : 0.85f;
      if (ch.ref_antecedent >= 0 || ch.ref_context) {
        m.antecedent = ch.ref_antecedent;
        m.basis = ch.ref_context ? "context" : "coref";
        m.confidence = ch.ref_context ? context_conf_ : 0.75f;
      }
      if (ha.title) meta.title = head_agent;
      // A capitalised non-title agent closing a run of unknown capitalised
      // words names an organisation: "Wan Guo Company", "City Hospital".
      if (!ha.title && ch.actor < 0 && ch.agents.size() == 1) {
        const std::string& w = doc_.tokens[m.token_begin].norm;
        uint32_t b = m.token_begin;
        if (!w.empty() && is_upper_ascii(w[0]))
          while (b > sent_begin_ + 1 && m.token_begin - b < 4 && is_name_token(b - 1) && !covered(units, b - 1)) --b;
        if (b < m.token_begin) {
          m.token_begin = b;
          m.entry += "+name";
        }
      }
      // An unknown capitalised name after a singular title: "Foreign Minister
      // Ana Ruiz". Its surname is remembered for later bare mentions.
      if ((ha.title || is_spokes(ha) || names_follow(ha) || leader_of_named(ha, ch, m.head)) && ch.last == Role::kAgent) {
        uint32_t k = ch.end;
        while (k < sent_end_ && k < ch.end + 4 && is_name_token(k) && !covered(units, k)) ++k;
        // "defense minister Hazim Al-Sha'lan": a hyphenated name goes on over
        // its hyphen (the tokenizer splits it), so that the surname
        // remembered is "Sha'lan", not the particle "Al" that every later
        // "Al-Anbar" or "Al-Gu'ud" would take for him.
        while (k > ch.end && k + 1 < sent_end_ && k < ch.end + 6 && fw(k) == "-" && !doc_.tokens[k - 1].space_after &&
               !doc_.tokens[k].space_after && is_name_token(k + 1) && !covered(units, k + 1))
          k += 2;
        // A capitalised run that ends in an organisation word is the name of
        // an organisation, and a capitalised title before it is part of it.
        bool org_name = false;
        for (uint32_t t = ch.end; t <= k && t < sent_end_; ++t) org_name = org_name || is_org_word(t);
        if (org_name && k > ch.end) {
          if (!doc_.tokens[units[head_unit].begin].norm.empty() &&
              is_upper_ascii(doc_.tokens[units[head_unit].begin].norm[0]) && ch.actor < 0)
            return;
          k = ch.end;
        }
        // "the EU's chief Brexit negotiator": after a leader's or chief's
        // post (leader_of_named), a name has two words at least.
        const bool by_leader = !ha.title && !is_spokes(ha) && !names_follow(ha);
        if (k > ch.end && (!by_leader || k >= ch.end + 2)) {
          m.token_end = k;
          m.head = k - 1;
          meta.dyn = static_cast<int>(dyn_first_.size());
          meta.gender = title_gender(ha.phrase);
          dyn_first_.push_back(static_cast<int>(doc_.mentions.size()));
          // (A name cut after a particle, "Hazim Al", leaves no surname.)
          if (!name_particle(fw(k - 1))) dyn_names_[std::string(fw(k - 1))] = meta.dyn;
          m.entry += "+name";
        }
      }
      // "the president", "the Russian foreign minister": the last person in
      // earlier sentences who holds that title (and country, if given).
      // ("The European Commission President": a title an organisation
      // owns refers back only to that organisation's holder.)
      if (ha.title && meta.dyn < 0 && ch.begin > sent_begin_ && tok_is(ch.begin - 1, "the")) {
        int a = find_title_antecedent(ha, m.actor.country);
        if (a >= 0 && !m.actor.org.empty() && doc_.mentions[a].actor.org != m.actor.org) a = -1;
        // "the president of the American Farm Bureau": a title heading a
        // body of society is not the state's president named before.
        if (a >= 0 && ch.actor >= 0 && lex_.entry(ch.actor).kind == EntryKind::kSeat && society_seat(seat)) a = -1;
        if (a >= 0) {
          m.antecedent = a;
          if (m.actor.country.empty()) {
            m.actor = doc_.mentions[a].actor;
            m.basis = "coref";
            m.confidence = 0.8f;
          }
          meta.person = meta_[a].person;
          meta.dyn = meta_[a].dyn;
          meta.gender = meta_[a].gender;
        }
      }
      // "the ministry", "the government", "the army": a bare collective noun
      // after "the" is the last mention, in the three sentences before,
      // headed by the same noun and carrying a country or organisation.
      if (!ha.title && ch.actor < 0 && m.actor.country.empty() && m.actor.org.empty() &&
          ch.begin > sent_begin_ && tok_is(ch.begin - 1, "the")) {
        int a = find_agent_antecedent(ha);
        // "Taliban officials do not answer VOA's queries because they
        // banned the media outlet": a singular media noun refers back to
        // the last named news organisation (this sentence or three before).
        if (a < 0 && !ha.plural && ha.sectors == "MED" && ha.head != "media") a = find_named_media(ch.begin);
        // "The Coca-Cola corporation built a plant in an Indian village ...
        // the villagers complained to the corporation": a singular firm
        // noun refers back to the last named multinational (MNC...), not
        // to a firm of the state the story is set in.
        if (a < 0 && !ha.plural && ha.sectors == "BUS" &&
            (ha.head == "company" || ha.head == "corporation" || ha.head == "firm"))
          a = find_named_firm_unrivalled(ch.begin);
        if (a >= 0) {
          m.antecedent = a;
          m.actor = doc_.mentions[a].actor;
          m.basis = "coref";
          m.confidence = 0.75f;
          meta.institution = !ha.plural && !ha.weak;
        }
      }
      // "Ana Ruiz, Chile's foreign minister" / "Ana Ruiz, a Chilean
      // diplomat": an unknown name of two to four capitalised words right
      // before ", [a|the] <title>" is that person; the title refers back.
      // Also "Mara Quist, a spokeswoman for the State Department", "Ana
      // Ruiz, an aide to President X": the speaking role gets its body in
      // spoken_for(), which passes it on to the name.
      if ((ha.title || names_follow(ha) || is_spokes(ha) || ha.phrase == "aide" || leader_of_named(ha, ch, m.head) ||
           post_of_body(ha, ch, m.head, units)) &&
          meta.dyn < 0 && m.antecedent < 0) {
        uint32_t b0 = ch.begin;
        // "X, the notorious leader of ...": up to two lower-case words
        // between the article and the post.
        for (uint32_t skip = 0; skip < 2 && b0 > sent_begin_ + 1 && !tok_is(b0 - 1, "a") && !tok_is(b0 - 1, "an") &&
                                !tok_is(b0 - 1, "the");
             ++skip) {
          const std::string& w = doc_.tokens[b0 - 1].norm;
          if (w.empty() || !is_lower_ascii(w[0]) || doc_.tokens[b0 - 1].kind != TokenKind::kWord) break;
          const uint32_t d = b0 - 2;
          if (tok_is(d, "a") || tok_is(d, "an") || tok_is(d, "the") ||
              (skip == 0 && d > sent_begin_ && doc_.tokens[d].kind == TokenKind::kWord &&
               !doc_.tokens[d].norm.empty() && is_lower_ascii(doc_.tokens[d].norm[0])))
            --b0;
          else
            break;
        }
        if (b0 > sent_begin_ && (tok_is(b0 - 1, "a") || tok_is(b0 - 1, "an") || tok_is(b0 - 1, "the"))) --b0;
        if (b0 >= sent_begin_ + 3 && tok_is(b0 - 1, ",")) {
          const uint32_t e = b0 - 1;
          uint32_t b = e;
          while (b > sent_begin_ && e - b < 4 && is_name_token(b - 1) && !covered(units, b - 1)) --b;
          if (e - b >= 2 && (b == sent_begin_ || !is_name_token(b - 1))) {
            ActorMention n;
            n.token_begin = b;
            n.token_end = e;
            n.head = e - 1;
            n.actor = m.actor;
            n.entry = m.entry + "+appos";
            Meta nm = meta;
            nm.dyn = static_cast<int>(dyn_first_.size());
            nm.gender = title_gender(ha.phrase);
            dyn_first_.push_back(static_cast<int>(doc_.mentions.size()));
            if (!name_particle(fw(e - 1))) dyn_names_[std::string(fw(e - 1))] = nm.dyn;
            m.antecedent = static_cast<int>(doc_.mentions.size());
            meta.dyn = nm.dyn;
            meta.gender = nm.gender;
            push(std::move(n), nm);
          }
        }
      }
    } else if (ch.actor >= 0) {
      // "the Hong Kong Human Rights and Democracy Act", "the Minsk
      // Agreements": a place that opens the title of a law or treaty is part
      // of its name, not an actor.
      const EntryKind ek = lex_.entry(ch.actor).kind;
      if ((ek == EntryKind::kCountry || ek == EntryKind::kCapital) && opens_document_title(ch.end)) return;
      if (sports_side(ek, ch.end)) return;
      std::string code = actor_base(ch.actor, &seat);
      // A capital named alone stands for the state's government ("Moscow
      // said", "talks with Beijing"), as in PETRARCH's validation actors
      // (WASHINGTON -> USAGOV); a country named alone is the state (RUS).
      // "The country" after "Rome" is the state, not its government.
      if (ek == EntryKind::kCapital && ch.ref_antecedent < 0 && !ch.ref_context) seat = "GOV";
      append_roles(code, seat);
      m.actor = lex_.make_actor(code);
      set_org(ch.actor, m.actor);
      // Spans stop before a possessive or modifier that led nowhere.
      m.head = m.token_end - 1;
      m.entry = entry_name(ch.actor);
      meta.actor_entry = ch.actor;
      const EntryKind k = lex_.entry(ch.actor).kind;
      meta.bare_actor = k == EntryKind::kCountry || k == EntryKind::kCapital;
      // "Russia", not "Russians" or "Russian": the state itself.
      m.state_name = k == EntryKind::kCountry && !lex_.entry(ch.actor).adjective && m.actor.sectors.empty() &&
                     m.actor.org.empty() && !m.actor.country.empty();
      // A place named alone is no body that speaks or acts ("it" never
      // stands for it).
      meta.institution = k != EntryKind::kProvince || !m.actor.sectors.empty();
      m.basis = k == EntryKind::kProvince && m.actor.sectors.empty() ? "place" : "lexicon";
      m.confidence = k == EntryKind::kCapital ? 0.8f : k == EntryKind::kProvince ? 0.6f : 0.95f;
      if (ch.ref_antecedent >= 0 || ch.ref_context) {
        // "the country", "the alliance" stand for an earlier mention.
        m.antecedent = ch.ref_antecedent;
        m.entry = "ref:" + std::string(doc_.tokens_text(m.token_begin, m.token_end)) + "=" + m.entry;
        m.basis = ch.ref_context ? "context" : "coref";
        m.confidence = ch.ref_context ? context_conf_ : 0.75f;
      } else if (k == EntryKind::kCapital || k == EntryKind::kSeat) {
        // "Moscow", "the Kremlin" after "Russia": a metonym links back to
        // the last plain mention of its state.
        auto it = last_state_.find(m.actor.country);
        if (it != last_state_.end()) m.antecedent = it->second;
      }
      if (k == EntryKind::kCountry && ch.ref_antecedent < 0 && !ch.ref_context)
        last_state_[m.actor.country] = static_cast<int>(doc_.mentions.size());
    } else {
      return;  // modifiers alone
    }
    push(std::move(m), meta);
  }

  // The mention that owns the post starting at token b through "'s": the
  // mention just pushed, in this sentence, ending right before the "'s",
  // when it is a body (an agent mention, not a person) that has a state or
  // organisation: "the court's" after "the court" was linked to "the U.N.'s
  // highest court". Returns its index, or -1.
  int agent_owner(uint32_t b) const {
    if (b < sent_begin_ + 2 || doc_.mentions.empty()) return -1;
    if (!tok_is(b - 1, "'s") && !tok_is(b - 1, "\u2019s")) return -1;
    const int o = static_cast<int>(doc_.mentions.size()) - 1;
    const ActorMention& m = doc_.mentions[o];
    const Meta& mt = meta_[o];
    if (mt.sentence != sentence_ || m.token_end != b - 1 || m.unresolved) return -1;
    if (mt.person >= 0 || mt.dyn >= 0 || mt.agent < 0) return -1;
    if (m.actor.country.empty() && m.actor.org.empty()) return -1;
    return o;
  }

  // "the London side", "the Madrid club", "the Spanish club": a football
  // club named by its city or country is no state. A capital before a
  // lower-case "side" or "club", or a country's adjective before a
  // lower-case "club", is a sports side. (Diplomatic usage names a state's
  // side by its adjective, "the Chinese side", which stays the state; and a
  // capitalised "Club" is a name: the Paris Club of creditors.) Read from the
  // words alone, like the rest of the lexicon stage. (A national team, "the
  // Indian cricket team", stays a mention: "gunmen attacked the Sri Lankan
  // cricket team" hit that state's people; the events stage keeps the team
  // from acting for its state.)
  bool sports_side(EntryKind ek, uint32_t t) const {
    if (t >= sent_end_) return false;
    const std::string& norm = doc_.tokens[t].norm;
    if (norm.empty() || is_upper_ascii(norm[0])) return false;
    const std::string_view w = fw(t);
    if (ek == EntryKind::kCapital) return w == "side" || w == "club" || w == "clubs";
    if (ek == EntryKind::kCountry) return w == "club" || w == "clubs";
    return false;
  }

  // Whether the words from t on, up to 8 of them, are title-case words (or
  // "and", "of", "for", "the", "on" between them) ending in a word that names
  // a law or treaty, with at least one title word before it.
  bool opens_document_title(uint32_t t) const {
    static const char* kDoc[] = {"act", "acts", "bill", "law", "accord", "accords", "agreement", "agreements",
                                 "treaty", "protocol", "convention", "charter", "declaration", "memorandum"};
    static const char* kGlue[] = {"and", "of", "for", "the", "on", "to", "in"};
    int title_words = 0;
    for (uint32_t i = t; i < sent_end_ && i < t + 9; ++i) {
      const std::string_view w = fw(i);
      const std::string& norm = doc_.tokens[i].norm;
      const bool cap = !norm.empty() && is_upper_ascii(norm[0]);
      bool doc_word = false;
      for (const char* d : kDoc) doc_word = doc_word || w == d;
      if (cap && doc_word) return title_words > 0 || i == t;
      bool glue = false;
      for (const char* g : kGlue) glue = glue || w == g;
      if (cap) ++title_words;
      else if (!glue) return false;
    }
    return false;
  }

  // Appends a mention, remembering the last mention of each person so that
  // links cost O(1) however long the document.
  void push(ActorMention&& m, const Meta& meta) {
    const int idx = static_cast<int>(doc_.mentions.size());
    if (meta.person >= 0) last_person_[meta.person] = idx;
    if (meta.dyn >= 0) last_dyn_[meta.dyn] = idx;
    doc_.mentions.push_back(std::move(m));
    meta_.push_back(meta);
  }

  // An org entry names its organisation directly (the UN Security Council
  // shares the UN's code but is "UNSC").
  void set_org(int entry, Actor& a) const {
    if (entry < 0) return;
    const Entry& e = lex_.entry(entry);
    if (e.kind == EntryKind::kOrg && !lex_.org(e.ref).org.empty()) a.org = lex_.org(e.ref).org;
  }

  // True if tok lies in a unit that can be an actor: a unit holding only
  // surnames that were not licensed there may still be part of a new name.
  // Whether the agent phrase [b, e) belongs to an unknown name: a
  // capitalised word no actor covers right before it ("an Acme
  // spokesperson"; not the sentence's first word, capitalised anyway), or
  // "for [the] <name>" right after it. Read from the words alone, so the
  // mentions are the same with or without a parse.
  bool unknown_owner(uint32_t b, uint32_t e, const std::vector<Unit>& units) const {
    auto name = [&](uint32_t t) {
      return t >= sent_begin_ && t < sent_end_ && is_name_token(t) && !covered(units, t);
    };
    if (b > sent_begin_ + 1 && name(b - 1)) return true;
    if (e < sent_end_ && tok_is(e, "for")) {
      uint32_t o = e + 1;
      if (o < sent_end_ && tok_is(o, "the")) ++o;
      if (name(o)) return true;
    }
    return false;
  }

  bool covered(const std::vector<Unit>& units, uint32_t tok) const {
    for (const Unit& u : units) {  // units are few per sentence
      if (tok < u.begin || tok >= u.end) continue;
      if (u.dyn >= 0) return true;
      for (uint32_t e : u.entries) {
        EntryKind k = lex_.entry(e).kind;
        if (k != EntryKind::kPersonShort && k != EntryKind::kPersonTitled && k != EntryKind::kPersonSurname) return true;
      }
      return false;
    }
    return false;
  }

  std::string entry_name(int entry) const {
    const Entry& e = lex_.entry(entry);
    switch (e.kind) {
      case EntryKind::kOrg: return "org:" + lex_.org(e.ref).name;
      case EntryKind::kCapital: return "capital:" + lex_.country(e.ref).cameo;
      case EntryKind::kProvince: return "place:" + lex_.country(e.ref).cameo;
      case EntryKind::kSeat: return "seat:" + lex_.country(e.ref).cameo + e.sectors;
      default: return "country:" + lex_.country(e.ref).cameo;
    }
  }

  int find_title_antecedent(const AgentEntry& title, const std::string& country) const {
    for (int i = static_cast<int>(doc_.mentions.size()) - 1; i >= 0; --i) {
      const Meta& mt = meta_[i];
      if (mt.sentence == sentence_) continue;
      if (sentence_ - mt.sentence > 3) break;
      bool compatible = false;
      if (mt.person >= 0) compatible = lex_.person_has_role(mt.person, title, date_);
      // A titled mention: named ("Foreign Minister Ana Ruiz") or not but
      // with a country ("Ukraine's foreign minister ... the minister said").
      if (!compatible && mt.title >= 0 &&
          (mt.person >= 0 || mt.dyn >= 0 || !doc_.mentions[i].actor.country.empty())) {
        const AgentEntry& t = lex_.agent(mt.title);
        compatible = t.phrase == title.phrase || t.head == title.head;
      }
      if (compatible && (country.empty() || doc_.mentions[i].actor.country == country)) return i;
    }
    return -1;
  }

  // he/she in [b, e): linked only when the latest earlier sentence that names
  // people names exactly one; a person named before it in its own sentence
  // decides instead ("X said he would"), unless two different people are.
  // Which tokens are quoted words: curly quotes open and close, a straight
  // quote toggles; a paragraph break closes whatever is open (scraped text
  // drops closing marks).
  void mark_quoted() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    quoted_.assign(n, false);
    bool in = false;
    uint32_t para_end = 0;
    size_t p = 0;
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = doc_.tokens[i];
      while (p < doc_.paragraphs.size() && doc_.paragraphs[p].end <= t.begin) ++p;
      if (p < doc_.paragraphs.size() && doc_.paragraphs[p].end != para_end) {
        para_end = doc_.paragraphs[p].end;
        in = false;
      }
      const std::string_view w = doc_.span_text(t.begin, t.end);
      if (w == "\u201c" || w == "\u00ab") { in = true; continue; }
      if (w == "\u201d" || w == "\u00bb") { in = false; continue; }
      if (w == "\"" || w == "``" || w == "''") { in = !in; continue; }
      quoted_[i] = in;
    }
  }

  void resolve_pronouns(uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i) {
      std::string_view f = fw(i);
      // Only the body nouns of body_noun_antecedent (council, commission,
      // committee, tribunal, panel, board) and the pronouns below (it, they,
      // he, him, his, she, her) do anything: the rest go by their first letter.
      switch (f.empty() ? '\0' : f[0]) {
        case 'b': case 'c': case 'g': case 'h': case 'i': case 'p': case 's': case 't': break;
        default: continue;
      }
      if (const int k = body_noun_antecedent(i); k >= 0) {
        push_pronoun(i, k, "ref:" + std::string(f), 0.7f);
        continue;
      }
      if (const int k = group_noun_antecedent(i); k >= 0) {
        push_pronoun(i, k, "ref:group", 0.6f);
        continue;
      }
      if (f == "it") {
        resolve_it(i);
        continue;
      }
      if (f == "they") {
        resolve_they(i);
        continue;
      }
      if (f == "them") {
        resolve_them(i);
        continue;
      }
      // Object and possessive forms too: "barred him from the country",
      // "accused her government of ...".
      const bool male = f == "he" || f == "him" || f == "his";
      const bool female = f == "she" || f == "her";
      if (!male && !female) continue;
      const char g = male ? 'm' : 'f';
      // '"...," Ruiz told Biden. She added ...': the speaker of the quotation
      // the sentence before closed, over anyone else that sentence names.
      // '"...," he said': the pronoun attributes this sentence's quotation,
      // which goes on from the previous sentence's speaker.
      const bool attributes = (f == "he" || f == "she") && i > sent_begin_ + 1 && !quoted_[i] &&
                              i + 1 < sent_end_ && (fw(i + 1) == "said" || fw(i + 1) == "says" || fw(i + 1) == "added") &&
                              (closes_quote(i - 1) || (fw(i - 1) == "," && closes_quote(i - 2)));
      if (((f == "he" || f == "she") && i == sent_begin_ && !quoted_[i]) || attributes) {
        const int k = quote_speaker_before(attributes);
        // A speaker of unknown gender yields to another person of that
        // sentence whose gender is the pronoun's ('Ruiz told Biden. He ...').
        // (Not for a pronoun attributing its own quotation: the quotation
        // goes on in the previous speaker's voice.)
        bool rival = false;
        if (k >= 0 && meta_[k].gender == 0 && !attributes)
          for (int o = static_cast<int>(doc_.mentions.size()) - 1; o >= 0 && meta_[o].sentence + 1 >= sentence_; --o)
            if (meta_[o].sentence + 1 == sentence_ && (meta_[o].person >= 0 || meta_[o].dyn >= 0) &&
                root_of(o) != root_of(k) && meta_[o].gender == g &&
                // (A subject or object, not a person in a phrase around the
                // clause: "In a letter to the president, X said ...".)
                core_argument(doc_.mentions[o].head))
              rival = true;
        if (k >= 0 && !rival && (meta_[k].gender == 0 || meta_[k].gender == g)) {
          push_pronoun(i, k, "pronoun:" + std::string(f), 0.7f);
          continue;
        }
      }
      // '"X's travel was banned because he lied," Mujahid said. "He is not
      // someone we trust."': inside a quotation that goes on from the
      // previous sentence's speaker, he/she is not that speaker.
      const int speaker = quoted_[i] && sentence_ > 0 ? quote_speaker_before() : -1;
      int found = -1;
      bool ambiguous = false;
      int sent = -1;
      for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
        const Meta& mt = meta_[k];
        if (sentence_ - mt.sentence > 2) break;  // bounded look-back
        if (mt.person < 0 && mt.dyn < 0) continue;
        // "Afghan broadcaster TOLOnews", "state broadcaster CCTV": a one-word
        // name in capitals after a title is an organisation's, no he or she.
        if (mt.person < 0 && acronym_name(doc_.mentions[k])) continue;
        if (speaker >= 0 && root_of(k) == root_of(speaker)) continue;
        // "'... the Assad regime's practice ...,' Robertson said. He
        // added: ...": a person named inside a quotation is not whom a
        // pronoun in the reporter's words stands for.
        if (!quoted_[i] && quoted_[doc_.mentions[k].head]) continue;
        // People named earlier in the pronoun's own sentence decide alone:
        // one person ("Akhundzada said in a statement he issued") is the
        // antecedent; two different people are ambiguous.
        if (mt.sentence == sentence_) {
          if (found >= 0 && root_of(found) != root_of(k)) { ambiguous = true; break; }
          if (found < 0) found = k;
          sent = static_cast<int>(sentence_);
          continue;
        }
        if (sent >= 0 && static_cast<int>(mt.sentence) != sent) break;
        sent = static_cast<int>(mt.sentence);
        if (found >= 0 && root_of(found) != root_of(k)) { ambiguous = true; break; }
        if (found < 0) found = k;
      }
      // "Zippy Duvall, the president of the American Farm Bureau, said
      // ... . He urged Mr. Trump ...": a sentence-opening he or she that
      // two people of the sentence before leave open goes on from that
      // sentence's main subject (not a person in a phrase around it: "In a
      // letter to the president, X said").
      if (ambiguous && (f == "he" || f == "she") && i == sent_begin_ && !quoted_[i] && sentence_ > 0) {
        const int subj = main_subject_person(sentence_ - 1, g);
        if (subj >= 0) {
          ambiguous = false;
          found = subj;
        }
      }
      if (ambiguous || found < 0) continue;
      // An object pronoun is never the subject of its own clause ("Trump
      // praised him" is not Trump): a person in the pronoun's own sentence
      // counts only across a clause boundary ("X said the court barred
      // him"). Words, not the tree, decide, so mentions are the same
      // with or without a parse.
      if ((f == "him" || f == "her") && meta_[found].sentence == sentence_) {
        // ", calling him corrupt", ", accusing her of lying": the object
        // of a participle right after a comma shares the clause's subject,
        // so that comma is no boundary.
        // (Unless another actor is named before that person in the
        // sentence, so the person is the clause's object: "Democrats
        // unveiled articles against Trump, accusing him of ...".)
        uint32_t end = i;
        bool after_other = false;
        for (int k = found - 1; k >= 0 && meta_[k].sentence == sentence_ && !after_other; --k)
          after_other = root_of(k) != root_of(found) && !doc_.mentions[k].actor.code.empty();
        const bool participle = i >= 2 && fw(i - 2) == "," && fw(i - 1).size() > 4 && fw(i - 1).ends_with("ing");
        if (participle) end = i - 2;
        bool boundary = participle && after_other;
        for (uint32_t t = doc_.mentions[found].token_end; t < end && !boundary; ++t) {
          std::string_view w = fw(t);
          boundary = w == "that" || w == "said" || w == "says" || w == "," || w == "who" || w == "after" ||
                     w == "when" || w == "because" || w == "while" || w == "but" || w == "and";
        }
        if (!boundary) continue;
      }
      char fg = meta_[found].gender;
      if (fg != 0 && fg != g) continue;
      push_pronoun(i, found, "pronoun:" + std::string(f), 0.7f);
    }
  }


  // The person (lexicon person or unknown name) that is the subject of
  // sentence s's root verb, of gender g or unknown; -1 if none, or if the
  // tree is missing.
  int main_subject_person(uint32_t s, char g) const {
    if (doc_.syntax.size() != doc_.tokens.size()) return -1;
    int out = -1;
    for (size_t k = 0; k < doc_.mentions.size(); ++k) {
      if (meta_[k].sentence != s || (meta_[k].person < 0 && meta_[k].dyn < 0)) continue;
      if (meta_[k].gender != 0 && meta_[k].gender != g) continue;
      const ActorMention& m = doc_.mentions[k];
      if (quoted_[m.head]) continue;
      // The name's first word carries its relation ("Zippy" nsubj, "Duvall"
      // flat).
      uint32_t t = m.head;
      for (int step = 0; step < 4; ++step) {
        const std::string_view r = deprel_name(doc_.syntax[t].deprel);
        if ((r != "flat" && r != "flat:name" && r != "compound") || doc_.syntax[t].head < 0) break;
        t = static_cast<uint32_t>(doc_.syntax[t].head);
      }
      if (t < m.token_begin || t >= m.token_end) continue;
      const std::string_view r = deprel_name(doc_.syntax[t].deprel);
      if (r != "nsubj" || doc_.syntax[t].head < 0) continue;
      const uint32_t v = static_cast<uint32_t>(doc_.syntax[t].head);
      if (deprel_name(doc_.syntax[v].deprel) != "root") continue;
      // A root with two subjects is a parse gone wrong ("The talks between
      // X and Y ended": "talks" and "Y"): no main subject.
      int subjects = 0;
      if (s < doc_.sentences.size())
        for (uint32_t u = doc_.sentences[s].token_begin; u < doc_.sentences[s].token_end && u < doc_.syntax.size(); ++u)
          if (doc_.syntax[u].head == static_cast<int>(v) && deprel_name(doc_.syntax[u].deprel) == "nsubj") ++subjects;
      if (subjects != 1) continue;
      if (out >= 0 && root_of(out) != root_of(static_cast<int>(k))) return -1;
      if (out < 0) out = static_cast<int>(k);
    }
    return out;
  }

  // Whether mention m ends in a one-word name with two capitals in a row
  // after a lower-case word ("broadcaster TOLOnews", "network NHK"; not
  // "reporter McDonald").
  bool acronym_name(const ActorMention& m) const {
    if (m.token_end < m.token_begin + 2 || m.head + 1 != m.token_end) return false;
    const std::string& w = doc_.tokens[m.head].norm;
    const std::string& before = doc_.tokens[m.head - 1].norm;
    if (before.empty() || !std::islower(static_cast<unsigned char>(before[0]))) return false;
    for (size_t k = 1; k < w.size(); ++k)
      if (is_upper_ascii(w[k - 1]) && is_upper_ascii(w[k])) return true;
    return false;
  }

  // The person who spoke the quotation of the previous sentence, when that
  // sentence attributes one with a reporting verb right after it:
  // '"...," Ruiz said', '"...," said Ruiz', '"...," Ruiz told Biden'. The
  // speaker (a named person, outside the quotation marks) follows the
  // closing mark within two tokens, and a reporting verb is right before or
  // right after the name. Returns the mention, or -1.
  //
  // With `any_report`, for the pronoun that attributes a quotation of its
  // own ('"...," he said'), the previous sentence's reporting subject need
  // not have closed a quotation, and may stand before an appositive:
  // 'Eswar Prasad, a trade professor at Cornell, said the president's ...'.
  int quote_speaker_before(bool any_report = false) const {
    static const char* kSay[] = {"said", "says", "told", "tells", "added", "adds", "wrote", "asked", "stated",
                                 "insisted", "warned", "explained", "replied", "noted", "continued", "declared"};
    auto say = [&](uint32_t t) {
      if (t >= doc_.tokens.size()) return false;
      for (const char* v : kSay)
        if (fw(t) == v) return true;
      return false;
    };
    auto quote_mark = [&](uint32_t t) {
      const std::string_view w = doc_.span_text(doc_.tokens[t].begin, doc_.tokens[t].end);
      return w == "\u201d" || w == "\"" || w == "''" || w == "\u00bb";
    };
    if (sentence_ == 0 || sentence_ > doc_.sentences.size()) return -1;
    const uint32_t sb = doc_.sentences[sentence_ - 1].token_begin;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (mt.sentence >= sentence_) continue;
      if (mt.sentence + 1 < sentence_) break;
      const ActorMention& m = doc_.mentions[k];
      if ((mt.person < 0 && mt.dyn < 0) || quoted_[m.head]) continue;
      // '"...," said Ruiz' / '"...," Ruiz said'.
      uint32_t b = m.token_begin;
      // ("told Biden", "asked Biden": the name after is the addressee.)
      const bool said_before = b > sb && say(b - 1) && fw(b - 1) != "told" && fw(b - 1) != "tells" &&
                               fw(b - 1) != "asked";
      if (said_before) --b;
      bool said_after = say(m.token_end);
      // "Interior Minister X of Chile said": past an "of" + name.
      if (!said_after && m.token_end + 1 < doc_.tokens.size() && fw(m.token_end) == "of") {
        uint32_t t = m.token_end + 1;
        if (fw(t) == "the") ++t;
        const uint32_t t0 = t;
        while (t < doc_.tokens.size() && t < t0 + 3 && is_name_token(t)) ++t;
        said_after = t > t0 && say(t);
      }
      if (any_report && !said_before && !said_after && m.token_end < doc_.tokens.size() && fw(m.token_end) == ",") {
        // "X, a trade professor at Cornell, said": past one appositive.
        for (uint32_t t = m.token_end + 1; t < m.token_end + 14 && t + 1 < doc_.tokens.size(); ++t) {
          if (quoted_[t] || fw(t) == "." || fw(t) == ";") break;
          if (fw(t) == ",") {
            said_after = say(t + 1) && fw(t + 1) != "told" && fw(t + 1) != "asked";
            break;
          }
        }
      }
      if (!said_before && !said_after) continue;
      // ('said President X had ...': after the verb, only a quotation's
      // inverted speaker, '"...," said X', is one.)
      if (any_report && said_after) return k;
      bool closed = false;
      for (uint32_t t = b; t > sb && b - t < 3 && !closed; --t) closed = quote_mark(t - 1);
      if (closed) return k;
    }
    return -1;
  }

  // Whether token t is a closing quotation mark.
  bool closes_quote(uint32_t t) const {
    if (t >= doc_.tokens.size()) return false;
    const std::string_view w = doc_.span_text(doc_.tokens[t].begin, doc_.tokens[t].end);
    return w == "\u201d" || w == "\u00bb" || w == "''" || (w == "\"" && t > 0 && quoted_[t - 1]);
  }

  // The one-token pronoun at i as a mention standing for mention `found`
  // (its actor, linked as its antecedent). The copy lives in this sentence
  // and is never a title or a bare country that lends its country onward.
  void push_pronoun(uint32_t i, int found, std::string entry, float confidence) {
    ActorMention m;
    m.token_begin = i;
    m.token_end = i + 1;
    m.head = i;
    m.actor = doc_.mentions[found].actor;
    m.entry = std::move(entry);
    m.antecedent = found;
    m.basis = "coref";
    m.confidence = confidence;
    Meta mt = meta_[found];
    mt.sentence = sentence_;
    mt.title = -1;
    mt.bare_actor = false;
    push(std::move(m), mt);
  }

  // ------------------------------------------------------------ "they"
  // A group that can act as "they": a plural role noun ("militants",
  // "security forces", "the protesters") or a named non-state movement
  // (the Taliban, al-Shabab). States and IGOs are "it" in news copy.
  bool group_mention(int k) const {
    const Meta& mt = meta_[k];
    const ActorMention& m = doc_.mentions[k];
    if (m.actor.code.empty() || mt.person >= 0 || mt.dyn >= 0) return false;
    // "Tens of thousands of Sudanese protested. They demanded ...": counted
    // people of a state (recoded CVL by counted_people) are a group too.
    if (mt.agent < 0 && counted_demonym(static_cast<size_t>(k))) return true;
    if (mt.agent >= 0) {
      if (lex_.agent(mt.agent).plural) return true;
      // Listed plural phrases ("security forces", "armed men") are not
      // flagged as generated plurals: the head word decides (the same with
      // or without a parse, so mentions do not depend on the tree).
      if (m.head >= doc_.tokens.size()) return false;
      std::string_view w = fw(m.head);
      if (w == "police" || w == "people" || w == "men" || w == "women" || w == "militia") return true;
      return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
    }
    if (mt.actor_entry < 0 || lex_.entry(mt.actor_entry).kind != EntryKind::kOrg) return false;
    const std::string& c = m.actor.code;
    // A firm (MNC) is "it" too; a "they" after it is most often its users.
    return !c.empty() && c.compare(0, 3, "IGO") != 0 && c.compare(0, 3, "NGO") != 0 && c.compare(0, 3, "MNC") != 0 &&
           !m.actor.org.empty();
  }

  // Whether mention k is the subject of a verb (or of the clause a speech
  // verb of its reports: "the army said it killed ...") whose object is an
  // armed group's role noun ("killed 33 terrorists").
  bool fights_armed_group(size_t k) const {
    const ActorMention& m = doc_.mentions[k];
    if (doc_.syntax.size() != doc_.tokens.size() || m.head >= doc_.tokens.size()) return false;
    const TokenSyntax& hs = doc_.syntax[m.head];
    if (deprel_name(deprel_base(hs.deprel)) != "nsubj" || hs.head < 0) return false;
    std::vector<int32_t> verbs{hs.head};
    const uint32_t sb = meta_[k].sentence < doc_.sentences.size() ? doc_.sentences[meta_[k].sentence].token_begin : 0;
    const uint32_t se = meta_[k].sentence < doc_.sentences.size() ? doc_.sentences[meta_[k].sentence].token_end : 0;
    // (Its verb, the clause it reports, and their conjoined verbs: "the
    // military completed an operation and killed 33 terrorists".)
    for (int round = 0; round < 2; ++round)
      for (uint32_t t = sb; t < se && t < doc_.tokens.size(); ++t) {
        const std::string_view r = deprel_name(deprel_base(doc_.syntax[t].deprel));
        if ((r == "ccomp" || r == "conj") &&
            std::find(verbs.begin(), verbs.end(), doc_.syntax[t].head) != verbs.end() &&
            std::find(verbs.begin(), verbs.end(), static_cast<int32_t>(t)) == verbs.end())
          verbs.push_back(static_cast<int32_t>(t));
      }
    for (const ActorMention& o : doc_.mentions) {
      if (o.head >= doc_.tokens.size() || !armed_role(o.actor.code, 0)) continue;
      const TokenSyntax& os = doc_.syntax[o.head];
      if (deprel_name(os.deprel) == "obj" && std::find(verbs.begin(), verbs.end(), os.head) != verbs.end())
        return true;
    }
    return false;
  }

  // "They picked out police officers and shot them", "arrested the
  // protesters and beat them": an object "them" of a verb conjoined to an
  // earlier verb is that verb's object when it names a group (and the
  // conjoined verb has no other object).
  void resolve_them(uint32_t i) {
    if (doc_.syntax.size() != doc_.tokens.size()) return;
    const TokenSyntax& ps = doc_.syntax[i];
    if (deprel_name(ps.deprel) != "obj" || ps.head < 0) return;
    // The verbs the pronoun's verb is conjoined to, up the chain ("picked
    // out officers and tied their hands and shot them"; the parser may
    // read a particle verb's object as an oblique).
    std::vector<uint32_t> earlier;
    for (uint32_t v = static_cast<uint32_t>(ps.head); earlier.size() < 4;) {
      if (deprel_name(deprel_base(doc_.syntax[v].deprel)) != "conj" || doc_.syntax[v].head < 0) break;
      v = static_cast<uint32_t>(doc_.syntax[v].head);
      earlier.push_back(v);
    }
    if (earlier.empty()) return;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (mt.sentence != sentence_) break;
      const ActorMention& m = doc_.mentions[k];
      if (m.token_begin >= i || m.head >= doc_.tokens.size() || doc_.syntax[m.head].head < 0) continue;
      const uint32_t h = static_cast<uint32_t>(doc_.syntax[m.head].head);
      const std::string_view r = deprel_name(deprel_base(doc_.syntax[m.head].deprel));
      if ((r != "obj" && r != "obl") || std::find(earlier.begin(), earlier.end(), h) == earlier.end()) continue;
      // (An oblique only for a verb with no object of its own, the particle
      // verb misread: "seized the weapons from insurgents and destroyed
      // them" destroyed the weapons.)
      if (r == "obl") {
        bool has_obj = false;
        for (uint32_t c = sent_begin_; c < sent_end_ && c < doc_.tokens.size(); ++c)
          has_obj = has_obj || (doc_.syntax[c].head == static_cast<int32_t>(h) &&
                                deprel_name(doc_.syntax[c].deprel) == "obj");
        if (has_obj) return;
      }
      if (!group_mention(k)) return;
      push_pronoun(i, k, "pronoun:them", 0.6f);
      return;
    }
  }

  // A quoted "they" that is the subject of an act of violence stands for
  // the one armed group (rebels, insurgents, separatists, or a named group
  // of that kind) named in its sentence or the three before; two different
  // ones leave it alone.
  void quoted_attackers(uint32_t i) {
    if (doc_.syntax.size() != doc_.tokens.size()) return;
    const TokenSyntax& ps = doc_.syntax[i];
    if (deprel_name(deprel_base(ps.deprel)) != "nsubj" || ps.head < 0) return;
    static constexpr std::string_view kViolence[] = {
        "shoot", "kill", "attack", "abduct", "kidnap", "burn", "storm", "fire", "beat", "torture", "execute",
        "behead", "bomb", "loot", "rape", "massacre", "slaughter", "stab", "hit", "take", "seize", "pick"};
    const std::string& verb = doc_.syntax[static_cast<uint32_t>(ps.head)].lemma;
    bool violent = false;
    for (std::string_view v : kViolence) violent = violent || verb == v;
    if (!violent) return;
    // (Bare role nouns and one named group: "the military killed 33
    // terrorists ... harrowing moments with the Baloch Liberation Army":
    // the named group.)
    int found = -1, named = -1;
    bool mixed = false, named_mixed = false;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (sentence_ - mt.sentence > 3) break;
      const ActorMention& m = doc_.mentions[k];
      if (m.token_begin >= i || mt.person >= 0 || m.entry.rfind("pronoun:", 0) == 0) continue;
      // A state's soldiers or police named in the window may be the
      // shooters as well ("Pakistani soldiers raided a village ...
      // 'They shot my brother'"): left alone.
      // (Not forces told fighting the armed group itself: "the army said it
      // killed 33 terrorists".)
      if (!armed_role(m.actor.code, 0)) {
        bool force = false;
        for (size_t r = 0; r + 3 <= m.actor.code.size(); r += 3) {
          const std::string_view role = std::string_view(m.actor.code).substr(r, 3);
          force = force || role == "MIL" || role == "COP";
        }
        // (A group of them: soldiers, troops, police; not one officer or
        // spokesman of the army.)
        if (force && group_mention(k) && !fights_armed_group(static_cast<size_t>(k))) return;
        continue;
      }
      if (m.entry.rfind("org:", 0) == 0) {
        if (named >= 0 && doc_.mentions[named].actor.code != m.actor.code) named_mixed = true;
        if (named < 0) named = k;
      }
      if (found >= 0 && doc_.mentions[found].actor.code != m.actor.code &&
          doc_.mentions[found].antecedent != k && m.antecedent != found)
        mixed = true;
      if (found < 0) found = k;
    }
    if (mixed) found = named_mixed ? -1 : named;
    if (found >= 0) push_pronoun(i, found, "pronoun:they", 0.5f);
  }

  // Whether group mention k can be what a narrative "they" stands for: not
  // a modifier of another noun ("read the police report. They refused"),
  // and not inside a quotation of its own sentence ("'... calling the
  // police.' They refused": the speaker's words name the group, the
  // narrative "they" is someone else).
  bool they_candidate(int k, bool pronoun_quoted) const {
    const ActorMention& m = doc_.mentions[k];
    if (doc_.syntax.size() == doc_.tokens.size() && m.head < doc_.tokens.size()) {
      std::string_view rel = deprel_name(deprel_base(doc_.syntax[m.head].deprel));
      const int h = doc_.syntax[m.head].head;
      if (rel == "compound" && h >= 0 && static_cast<uint32_t>(h) >= m.token_end) return false;
      // The tree is often wrong about noun-noun compounds ("a copy of the
      // police report" with "police" as nmod of "copy"): a common noun right
      // after the mention also makes it a modifier.
      if (m.token_end < doc_.tokens.size() && doc_.syntax[m.token_end].upos == UPos::kNOUN) return false;
    }
    const uint32_t s = meta_[k].sentence;
    if (pronoun_quoted || s >= doc_.sentences.size()) return true;
    int quotes = 0;
    for (uint32_t t = doc_.sentences[s].token_begin; t < m.token_begin; ++t) {
      const std::string& w = doc_.tokens[t].norm;
      if (w == "\"" || w == "``" || w == "''" || w == "\u201c" || w == "\u201d") ++quotes;
    }
    return quotes % 2 == 0;
  }

  // "Militants stormed a hotel. They took hostages.": "they" is linked to
  // a group named in its own sentence before it, else in the nearest of the
  // two sentences before that names one: the first group there (news puts
  // the actor of the story first, in subject position). Groups joined by
  // "and" ("rebels and soldiers clashed") leave it unlinked.
  void resolve_they(uint32_t i) {
    // Inside a quotation "they" is the speaker's adversary or subject as
    // often as the last group named: left alone, save as the doer of
    // violence in a witness's words ('"They shot and killed people on the
    // train," a passenger said') when the story has named one armed group.
    int quotes = 0;
    for (uint32_t t = sent_begin_; t < i; ++t) {
      const std::string& w = doc_.tokens[t].norm;
      if (w == "\"" || w == "``" || w == "''" || w == "\u201c" || w == "\u201d") ++quotes;
    }
    if (quotes % 2 == 1) {
      quoted_attackers(i);
      return;
    }
    // A quotation that closes after the pronoun began in an earlier
    // sentence: "they" is quoted too, and may stand for a group the same
    // quotation named.
    int after = 0;
    for (uint32_t t = i + 1; t < sent_end_; ++t) {
      const std::string& w = doc_.tokens[t].norm;
      if (w == "\"" || w == "``" || w == "''" || w == "\u201c" || w == "\u201d") ++after;
    }
    const bool quoted = after % 2 == 1;
    int first = -1, sent = -1;
    std::vector<int> cands;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (sentence_ - mt.sentence > 2) break;
      if (doc_.mentions[k].token_begin >= i) continue;
      if (!group_mention(k) || !they_candidate(k, quoted)) continue;
      if (sent >= 0 && static_cast<int>(mt.sentence) != sent) break;
      sent = static_cast<int>(mt.sentence);
      first = k;  // scanning backwards: ends on the sentence's first group
      cands.push_back(k);
    }
    if (first < 0) return;
    // Counted people named in an earlier sentence ("many Iraqis hope ...")
    // are not what "they" means when this sentence names an actor before it
    // ("The interim government has promised ..., but ... they will").
    if (meta_[first].sentence != sentence_ && counted_demonym(static_cast<size_t>(first)))
      for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0 && meta_[k].sentence == sentence_; --k)
        if (doc_.mentions[k].token_begin < i) return;
    for (int k : cands) {
      if (k == first || doc_.mentions[k].actor.code == doc_.mentions[first].actor.code) continue;
      // Different groups coordinated with the first one: ambiguous.
      bool joined = true, saw_and = false;
      const uint32_t lo = std::min(doc_.mentions[first].token_end, doc_.mentions[k].token_end);
      const uint32_t hi = std::max(doc_.mentions[first].token_begin, doc_.mentions[k].token_begin);
      for (uint32_t t = lo; t < hi && joined; ++t) {
        std::string_view w = fw(t);
        if (w == "and") saw_and = true;
        else if (w != "," && w != "the" && w != "both") joined = false;
      }
      if (joined && saw_and) return;
    }
    push_pronoun(i, first, "pronoun:they", 0.6f);
    // The group is the state's people, not the state (counted_people
    // recodes the antecedent itself only after composition).
    if (counted_demonym(static_cast<size_t>(first))) {
      ActorMention& p = doc_.mentions.back();
      p.actor = lex_.make_actor(p.actor.code + "CVL");
    }
  }

  // ------------------------------------------------------------ "it"
  // "it" is linked only as the subject of a reporting or policy verb ("it
  // said", "it has warned"): elsewhere it is mostly expletive ("it is
  // unclear"). The antecedent is the nearest institution (state, seat,
  // organisation, singular collective such as "the ministry") earlier in
  // the sentence or in the two before.
  static bool it_verb(std::string_view w) {
    static const char* kVerbs[] = {
        "said", "says", "added", "stated", "announced", "warned", "accused", "urged", "denied",
        "claimed", "rejected", "condemned", "insisted", "demanded", "threatened", "vowed", "blamed",
        "confirmed", "told", "asked", "welcomed", "criticized", "criticised", "called", "responded",
        "pledged", "plans", "planned", "wants", "wanted", "sent", "deployed", "launched", "imposed",
        "signed", "agreed", "refused", "promised", "reported", "declared", "noted", "hopes",
        "expects", "argued", "estimated", "summoned", "expelled", "recalled", "sanctioned",
        "say", "add", "announce", "warn", "accuse", "urge", "deny", "claim", "reject", "condemn",
        "insist", "demand", "threaten", "vow", "blame", "confirm", "tell", "ask", "welcome",
        "criticize", "call", "respond", "pledge", "plan", "want", "send", "deploy", "launch",
        "impose", "sign", "agree", "refuse", "promise", "report", "declare", "continue", "seek",
        "seeks", "sought", "expressed", "express", "stressed", "stress", "opposed", "oppose"};
    for (const char* v : kVerbs)
      if (w == v) return true;
    return false;
  }

  // Verbs whose object "it" is a state or body being acted on: "imposed
  // sanctions on Moscow, accusing it of ...", "urged it to".
  static bool it_object_verb(std::string_view w) {
    static const char* kVerbs[] = {"accusing", "accused", "accuse", "accuses", "blaming", "blamed", "blame",
                                   "urging", "urged", "urge", "urges", "warning", "warned", "warn", "warns",
                                   "criticizing", "criticising", "criticized", "criticised", "condemning",
                                   "condemned", "sanctioning", "sanctioned", "pressing", "pressed", "pressuring",
                                   "pressured", "threatening", "threatened", "punishing", "punished",
                                   "attacking", "attacked", "asking", "asked"};
    for (const char* v : kVerbs)
      if (w == v) return true;
    return false;
  }

  // ------------------------------------------------------------ reported "it"
  // Verbs that report what their subject says, thinks or intends, and take
  // a clause: "North Korea said it ...", "Beijing has hinted that it ...".
  // ("told" is left out: its object sits between, "Russia told Kyiv it must
  // leave", and either side may be "it".)
  static bool reporting_verb(std::string_view w) {
    static const char* kVerbs[] = {
        "said", "says", "say", "announced", "announces", "stated", "states", "hinted", "hints", "added",
        "adds", "argued", "argues", "claimed", "claims", "insisted", "insists", "confirmed", "confirms",
        "noted", "notes", "indicated", "indicates", "signaled", "signalled", "signals", "declared",
        "declares", "warned", "warns", "vowed", "vows", "pledged", "pledges", "promised", "promises",
        "threatened", "threatens", "stressed", "stresses", "maintained", "maintains", "reiterated",
        "reiterates", "acknowledged", "acknowledges", "admitted", "admits", "denied", "denies",
        "reported", "reports", "asserted", "asserts", "believes", "believed", "hopes", "hoped"};
    for (const char* v : kVerbs)
      if (w == v) return true;
    return false;
  }

  // The institution "it" stands for when it opens the clause of a reporting
  // verb whose subject is that institution: "North Korea said it carried
  // out a test", "ECOWAS has stated it will maintain trade", "the agency
  // said in a statement that it chose not to", "Mauritius, which argues it
  // was forced". The subject must be the mention that ends right before the
  // verb (auxiliaries and adverbs between), in this sentence, and be a
  // state, seat, organisation or singular collective; an adjunct between
  // the verb and "that" may not name an actor ("warned Kyiv that it").
  // Returns the mention index, or -1. Words decide, and a parse, when there
  // is one, keeps out an expletive or copular "it". (The actors branch had
  // the same rule as resolve_reported_it(); this one replaces it: adjuncts
  // before "that", no actor between verb and "it", no state in a phrase.)
  // An adjective whose subject must be an agent (readiness, willingness,
  // reluctance) and that carries a "to" infinitive as its complement.
  bool stance_adjective(uint32_t a) const {
    static const char* const kStance[] = {"ready",   "willing", "unwilling", "prepared", "determined",
                                          "eager",   "reluctant", "loath",   "hesitant", "keen"};
    bool stance = false;
    for (const char* w : kStance) stance = stance || doc_.syntax[a].lemma == w;
    if (!stance) return false;
    for (uint32_t c = a + 1; c < doc_.syntax.size() && c < a + 4; ++c) {
      if (doc_.syntax[c].head != static_cast<int32_t>(a)) continue;
      if (deprel_name(doc_.syntax[c].deprel) != "xcomp" && deprel_name(doc_.syntax[c].deprel) != "advcl") continue;
      if (c >= 1 && fw(c - 1) == "to") return true;
    }
    return false;
  }

  int reported_it_antecedent(uint32_t i) const {
    if (i <= sent_begin_) return -1;
    // With a tree: not an expletive or copular "it" ("Moscow said it was
    // unclear whether ...", "... it is time to ..."): the subject of a verb.
    if (doc_.syntax.size() == doc_.tokens.size()) {
      const TokenSyntax& x = doc_.syntax[i];
      const std::string_view rel = deprel_name(x.deprel);
      if (rel == "expl" || rel.rfind("nsubj", 0) != 0 || x.head < 0) return -1;
      const UPos hp = doc_.syntax[x.head].upos;
      // An adjective of readiness or reluctance with its "to" clause is
      // the stance of an agent, never an expletive's: "Kenya said it was
      // ready to meet Somalia", "Moscow said it was unwilling to attend"
      // (but "said it was unclear whether", "said it was important to").
      if (hp == UPos::kADJ && !stance_adjective(static_cast<uint32_t>(x.head))) return -1;
      if (hp == UPos::kNOUN || hp == UPos::kPROPN || hp == UPos::kPRON) return -1;
    }
    uint32_t v = i - 1;  // the reporting verb
    if (fw(v) == "that") {
      // "said that it", "said on Wednesday that it", "said in a statement that it"
      bool found = false;
      for (uint32_t k = v; k > sent_begin_ && v - k < 6;) {
        --k;
        const std::string_view w = fw(k);
        if (reporting_verb(w)) {
          v = k;
          found = true;
          break;
        }
        if (w == "," || w == ";" || w == ":" || w == "\"" || w == "\u201c" || w == "\u201d") return -1;
      }
      if (!found) return -1;
    }
    if (!reporting_verb(fw(v))) return -1;
    // No actor between the verb and "it": "warned Kyiv that it" is ambiguous.
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const ActorMention& m = doc_.mentions[k];
      if (meta_[k].sentence != sentence_ || m.token_end <= v) break;
      if (m.token_begin > v && m.token_begin < i) return -1;
    }
    // The subject: back over auxiliaries and adverbs, and a relative "which".
    static const char* kBetween[] = {"has", "have", "had", "also", "again", "earlier", "previously",
                                     "repeatedly", "already", "publicly", "now", "later", "recently",
                                     "officially", "formally", "long", "which", "always", "often"};
    uint32_t s = v;
    bool relative = false;
    while (s > sent_begin_) {
      const std::string_view w = fw(s - 1);
      bool skip = false;
      for (const char* b : kBetween) skip = skip || w == b;
      // ", which argues": the comma before a relative pronoun.
      if (!skip && w == "," && s < v && fw(s) == "which") skip = relative = true;
      if (!skip) break;
      --s;
    }
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const ActorMention& m = doc_.mentions[k];
      const Meta& mt = meta_[k];
      if (mt.sentence != sentence_) break;
      if (m.token_end > s) continue;
      if (m.token_end < s) return -1;  // the word before the verb is no actor's
      if (mt.person >= 0 || mt.dyn >= 0 || !mt.institution || m.actor.code.empty() || m.unresolved) return -1;
      // "officers in Kabul say it ...": a state in a phrase is not the
      // subject (but "administered from Mauritius, which argues it" is).
      uint32_t b = m.token_begin;
      if (b > sent_begin_ && fw(b - 1) == "the") --b;
      if (b > sent_begin_ && !relative) {
        static const char* kPrep[] = {"in", "at", "from", "of", "with", "for", "to", "by", "near", "on", "against",
                                      "like", "than", "between", "among", "inside", "outside", "across"};
        for (const char* pr : kPrep)
          if (fw(b - 1) == pr) return -1;
      }
      return k;
    }
    return -1;
  }

  void resolve_it(uint32_t i) {
    // "North Korea said it ...": the reporting verb's institutional subject.
    if (const int k = reported_it_antecedent(i); k >= 0) {
      push_pronoun(i, k, "pronoun:it", 0.7f);
      return;
    }
    // The object of a verb of acting on someone: the nearest institution
    // before it (persons are "him" or "her", not "it").
    if (i > sent_begin_ && it_object_verb(fw(i - 1))) {
      for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
        const Meta& mt = meta_[k];
        if (sentence_ - mt.sentence > 2) break;
        if (doc_.mentions[k].token_begin >= i || mt.person >= 0 || mt.dyn >= 0) continue;
        if (!mt.institution || doc_.mentions[k].actor.code.empty()) continue;
        push_pronoun(i, k, "pronoun:it", 0.6f);
        return;
      }
      return;
    }
    uint32_t j = i + 1;
    // Auxiliaries and negation between: "it has not said", "it would send".
    while (j < sent_end_ && j < i + 4) {
      std::string_view w = fw(j);
      if (w == "has" || w == "had" || w == "would" || w == "will" || w == "had" || w == "not" ||
          w == "also" || w == "did" || w == "does" || w == "n't" || w == "could" || w == "may" ||
          w == "might" || w == "previously" || w == "later")
        ++j;
      else
        break;
    }
    if (j >= sent_end_ || !it_verb(fw(j))) return;
    int found = -1;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (sentence_ - mt.sentence > 2) break;
      if (doc_.mentions[k].token_begin >= i) continue;
      if (mt.person >= 0 || mt.dyn >= 0) {
        // A person named in this sentence before "it" is its likelier
        // subject ("Putin said it was ..."): do not guess.
        if (mt.sentence == sentence_) return;
        continue;
      }
      if (!mt.institution || doc_.mentions[k].actor.code.empty()) continue;
      found = k;
      break;
    }
    if (found < 0) return;
    push_pronoun(i, found, "pronoun:it", 0.65f);
  }

  // "the ministry": the last mention in the three sentences before headed by
  // the same noun (or phrase) that has a country or organisation.
  int find_agent_antecedent(const AgentEntry& a) const {
    for (int i = static_cast<int>(doc_.mentions.size()) - 1; i >= 0; --i) {
      const Meta& mt = meta_[i];
      if (mt.sentence == sentence_) continue;
      if (sentence_ - mt.sentence > 3) break;
      if (mt.person >= 0 || mt.dyn >= 0) continue;
      const ActorMention& m = doc_.mentions[i];
      if (m.actor.country.empty() && m.actor.org.empty()) continue;
      // "The International Court of Justice ruled ... the court said": a
      // named organisation whose name has the noun as a word.
      if (mt.agent < 0) {
        if (!a.plural && names_body_with(i, a.head)) return i;
        continue;
      }
      const AgentEntry& b = lex_.agent(mt.agent);
      if (b.title || b.plural != a.plural) continue;
      if (b.phrase == a.phrase || b.head == a.head) return i;
    }
    return -1;
  }

  // The last named organisation of a kind (a lexicon name, no role noun,
  // no person, with a country or organisation, for which `wanted` holds)
  // ending before token `before`, in this sentence or the three before; -1
  // if none, or if a role-noun mention for which `blocks` holds (one of
  // that kind named by a common noun) comes after it.
  template <class Blocks, class Wanted>
  int find_named_before(uint32_t before, Blocks blocks, Wanted wanted) const {
    for (int i = static_cast<int>(doc_.mentions.size()) - 1; i >= 0; --i) {
      const Meta& mt = meta_[i];
      if (mt.sentence > sentence_) continue;
      if (sentence_ - mt.sentence > 3) break;
      const ActorMention& m = doc_.mentions[i];
      if (m.token_end > before) continue;
      if (mt.agent >= 0 && blocks(m, lex_.agent(mt.agent))) return -1;
      if (mt.person >= 0 || mt.dyn >= 0 || mt.agent >= 0 || mt.actor_entry < 0) continue;
      if (m.actor.country.empty() && m.actor.org.empty()) continue;
      if (wanted(m)) return i;
    }
    return -1;
  }

  static bool has_sector(const ActorMention& m, std::string_view s) {
    return std::find(m.actor.sectors.begin(), m.actor.sectors.end(), s) != m.actor.sectors.end();
  }

  // The last named news organisation (MED role). ("The Taliban banned Voice
  // of America ... told a local newspaper ... The newspaper said": an
  // outlet named by a common noun since is the one meant, not the earlier
  // named one.)
  int find_named_media(uint32_t before) const {
    return find_named_before(
        before,
        [](const ActorMention& m, const AgentEntry& g) {
          return has_sector(m, "MED") && !g.title && !g.topic && !g.weak && !g.plural && g.sectors == "MED";
        },
        [](const ActorMention& m) { return has_sector(m, "MED"); });
  }

  // The last named multinational corporation (code MNC...). ("An Indian
  // firm": a firm named by a common noun with a state of its own since is
  // the one meant.)
  int find_named_firm(uint32_t before) const {
    return find_named_before(
        before,
        [](const ActorMention& m, const AgentEntry& g) {
          return m.basis != "context" && !m.actor.country.empty() && !g.title && !g.plural && g.sectors == "BUS";
        },
        [](const ActorMention& m) { return m.actor.code.compare(0, 3, "MNC") == 0; });
  }

  // find_named_firm() unless an organisation the lexicon does not know is
  // named between the firm and token `before`: "Blue Origin's lander ...
  // the company's founder", "Ousted WeWork CEO Adam Neumann ... left the
  // company" may be that one. Such a name is a run of capitalised words no
  // mention covers (a lone sentence-initial word is none) that has two words
  // or more, or is followed by a possessive or by a mention.
  int find_named_firm_unrivalled(uint32_t before) const {
    const int a = find_named_firm(before);
    if (a < 0) return a;
    const uint32_t from = doc_.mentions[a].token_end;
    auto in_mention = [&](uint32_t t) {
      for (const ActorMention& m : doc_.mentions)
        if (t >= m.token_begin && t < m.token_end) return true;
      return false;
    };
    auto sentence_start = [&](uint32_t t) {
      for (const Sentence& st : doc_.sentences)
        if (st.token_begin == t) return true;
      return false;
    };
    auto cap = [&](uint32_t t) {
      const Token& k = doc_.tokens[t];
      return k.kind == TokenKind::kWord && !k.norm.empty() && is_upper_ascii(k.norm[0]) && !in_mention(t);
    };
    for (uint32_t t = from; t < before; ++t) {
      if (!cap(t)) continue;
      uint32_t e = t;
      while (e < before && cap(e)) ++e;
      const bool lone_start = e == t + 1 && sentence_start(t);
      const bool possessive = e < before && (fw(e) == "'s" || fw(e) == "’s");
      if (!lone_start && (e >= t + 2 || possessive || (e < before && in_mention(e)))) return -1;
      t = e;
    }
    return a;
  }

  // Whether mention i is a named organisation (an org entry of the
  // lexicon, not a state) with `noun` as one of its words, capitalised:
  // "Security Council" for "council", "International Court of Justice" for
  // "court".
  bool names_body_with(size_t i, std::string_view noun) const {
    const Meta& mt = meta_[i];
    if (mt.actor_entry < 0 || lex_.entry(mt.actor_entry).kind != EntryKind::kOrg) return false;
    const ActorMention& m = doc_.mentions[i];
    for (uint32_t t = m.token_begin; t < m.token_end; ++t) {
      const std::string& w = doc_.tokens[t].norm;
      if (!w.empty() && is_upper_ascii(w[0]) && fw(t) == noun) return true;
    }
    return false;
  }

  // "The U.N. Security Council met ... the council condemned": a bare
  // "the council" (commission, committee, tribunal, panel, board) that no
  // lexicon unit covers stands for the last named organisation, in this
  // sentence or the five before, whose name has that word. Not "the council
  // of elders" (an "of" phrase names its own body). Returns the mention, or
  // -1.
  int body_noun_antecedent(uint32_t i) const {
    // (Asked of every token: string_views, not C strings, so no strlen each.)
    static constexpr std::string_view kBody[] = {"council", "commission", "committee", "tribunal", "panel", "board"};
    static constexpr std::string_view kBodies[] = {"councils", "commissions", "committees", "tribunals", "panels",
                                                   "boards"};
    const std::string_view w = fw(i);
    bool body = false, bodies = false;
    for (std::string_view b : kBody) body = body || w == b;
    for (std::string_view b : kBodies) bodies = bodies || w == b;
    if ((!body && !bodies) || i <= sent_begin_ || fw(i - 1) != "the" || tok_is(i + 1, "of")) return -1;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (sentence_ - mt.sentence > 5) break;
      if (doc_.mentions[k].token_begin >= i) continue;
      const ActorMention& m = doc_.mentions[k];
      if (mt.person >= 0 || mt.dyn >= 0) continue;
      // "the House committee investigating the attack ... The committee
      // had demanded ...", "three House committees ... The committees
      // subpoenaed ...": a role-noun body (an agent mention, not a named
      // organisation) that ends in the same word, in the same number. (Its
      // state may come later, from the story's context: apply_context()
      // copies it to this link.)
      if (mt.agent >= 0 && !lex_.agent(mt.agent).title && !m.actor.code.empty() && m.token_end > m.token_begin &&
          fw(m.token_end - 1) == w)
        return k;
      if (m.actor.country.empty() && m.actor.org.empty()) continue;
      if (body && names_body_with(static_cast<size_t>(k), w)) return k;
    }
    return -1;
  }

  // "The Baloch Liberation Army claimed responsibility. In a statement, the
  // group said ...", "Amnesty International ... the group said": a bare
  // "the group" is the named organisation (no state, IGO or person) of its
  // sentence or the two before, when only one is named there.
  // Only armed groups, militant movements and NGOs: "the group" is rarely
  // a party or a firm, and never so when a name follows it ("the group
  // Swift Boat Veterans for Truth").
  int group_noun_antecedent(uint32_t i) const {
    if (fw(i) != "group" || i <= sent_begin_ || fw(i - 1) != "the" || tok_is(i + 1, "of")) return -1;
    if (i + 1 < sent_end_ && is_name_token(i + 1)) return -1;
    // Another group told between ("a group of about 50 protesters
    // gathered ... The group burned a flag") is what "the group" means.
    auto other_group_between = [&](uint32_t from) {
      for (uint32_t t = from; t + 1 < i; ++t) {
        const std::string_view w = fw(t);
        if ((w == "group" || w == "groups") && fw(t + 1) == "of") return true;
      }
      return false;
    };
    int found = -1;
    for (int k = static_cast<int>(doc_.mentions.size()) - 1; k >= 0; --k) {
      const Meta& mt = meta_[k];
      if (sentence_ - mt.sentence > 2) break;
      const ActorMention& m = doc_.mentions[k];
      if (m.token_begin >= i || mt.person >= 0 || mt.dyn >= 0 || m.actor.org.empty()) continue;
      if (m.actor.code.compare(0, 3, "IGO") == 0 || m.entry.rfind("org:", 0) != 0) continue;
      const std::string& c = m.actor.code;
      if (!armed_role(c, 0) && c.compare(0, 3, "IMG") != 0 && c.compare(0, 3, "NGO") != 0) continue;
      if (found < 0 && other_group_between(m.token_end)) return -1;
      if (found >= 0 && doc_.mentions[found].actor.code != m.actor.code) return -1;
      if (found < 0) found = k;
    }
    return found;
  }

  // States whose national legislature news calls "Congress" (the United
  // States, the Philippines, Spain, most of Latin America, Micronesia).
  static bool congress_state(std::string_view c) {
    static const char* const kStates[] = {"USA", "PHL", "ESP", "MEX", "GTM", "HND", "COL", "PER", "BRA",
                                          "ARG", "CHL", "PRY", "DOM", "FSM"};
    for (const char* k : kStates)
      if (c == k) return true;
    return false;
  }

  // The highest-scoring key (ties to the smaller key), its score and the
  // runner-up's score.
  static void top_two(const std::unordered_map<std::string, double>& score, std::string* top, double* best,
                      double* second) {
    for (const auto& [c, v] : score) {
      if (v > *best || (v == *best && c < *top)) {
        *second = *best;
        *best = v;
        *top = c;
      } else if (v > *second) {
        *second = v;
      }
    }
  }

  // ------------------------------------------------------------ context
  // The article's dominant country: every unit naming a state (country,
  // capital, seat) or a person whose code at the article date starts with a
  // state counts once, twice in the headline, three times in the dateline.
  // It is dominant when it scores at least 3 and 1.5 times the runner-up.
  void find_context(const std::vector<std::pair<uint32_t, uint32_t>>& sents,
                    const std::vector<std::vector<Unit>>& units) {
    uint32_t dl_begin = 0, dl_end = 0;
    if (!doc_.dateline.empty()) {
      size_t p = doc_.text.find(doc_.dateline);
      if (p != std::string::npos && p < 2000) {
        dl_begin = static_cast<uint32_t>(p);
        dl_end = static_cast<uint32_t>(p + doc_.dateline.size());
      }
    }
    std::unordered_map<std::string, double> score;
    // Only names of places (a state's name or adjective, its provinces and
    // cities): where the story happens, for the police, protesters and
    // civilians of a story no state dominates (capitals, seats and leaders
    // name governments acting from afar).
    std::unordered_map<std::string, double> local;
    std::unordered_map<uint32_t, double> org_score;
    province_at_.assign(doc_.tokens.size(), -1);
    for (size_t s = 0; s < units.size(); ++s) {
      double w = 1;
      if (s < doc_.sentences.size()) {
        uint32_t p = doc_.sentences[s].paragraph;
        if (p < doc_.paragraphs.size() && doc_.paragraphs[p].is_headline) w = 2;
      } else if (s == 0 && !doc_.title.empty()) {
        w = 2;
      }
      (void)sents;
      for (const Unit& u : units[s]) {
        double uw = w;
        if (dl_end > dl_begin && doc_.tokens[u.begin].begin >= dl_begin && doc_.tokens[u.begin].begin < dl_end)
          uw = 3;
        std::string cameo;
        for (uint32_t e : u.entries) {
          const Entry& en = lex_.entry(e);
          if (en.kind == EntryKind::kOrg) {
            // Firms (MNC) are never what "the alliance" or "the agency" means.
            const std::string& oc = lex_.org(en.ref).code;
            if (!lex_.org(en.ref).org.empty() && oc.compare(0, 3, "MNC") != 0) org_score[e] += uw;
            cameo.clear();
            // A state's own party or body ("House Republicans" USAOPPPTY)
            // says whose politics the story is about, as a leader does.
            // (Not an armed group, a firm or the media: al-Shabab fights in
            // Kenya as much as in Somalia.)
            if (oc.size() >= 6 && lex_.country_by_cameo(std::string_view(oc).substr(0, 3)) >= 0) {
              const std::string_view role = std::string_view(oc).substr(3, 3);
              if (role == "GOV" || role == "LEG" || role == "JUD" || role == "OPP" || role == "PTY")
                cameo = oc.substr(0, 3);
            }
            break;  // an organisation name wins over a country reading
          }
          if (en.kind == EntryKind::kCountry || en.kind == EntryKind::kCapital || en.kind == EntryKind::kSeat ||
              en.kind == EntryKind::kProvince) {
            cameo = lex_.country(en.ref).cameo;
            if (en.kind == EntryKind::kProvince)
              for (uint32_t k = u.begin; k < u.end; ++k) province_at_[k] = static_cast<int>(en.ref);
            if ((en.kind == EntryKind::kCountry || en.kind == EntryKind::kCapital) && !country_entry_.count(cameo))
              country_entry_[cameo] = e;
          } else if (cameo.empty() && (en.kind == EntryKind::kPersonFull || en.kind == EntryKind::kPersonAlias)) {
            const std::string& c = lex_.person_code(en.ref, date_);
            if (c.size() >= 3 && lex_.country_by_cameo(std::string_view(c).substr(0, 3)) >= 0) cameo = c.substr(0, 3);
          }
        }
        if (!cameo.empty()) score[cameo] += uw;
        for (uint32_t e : u.entries) {
          const Entry& en = lex_.entry(e);
          if (en.kind == EntryKind::kOrg) break;
          if (en.kind == EntryKind::kCountry || en.kind == EntryKind::kProvince) {
            local[lex_.country(en.ref).cameo] += uw;
            break;
          }
        }
      }
    }
    double best = 0, second = 0, total = 0;
    std::string top;
    state_score_ = score;
    top_two(score, &top, &best, &second);
    for (const auto& [c, v] : score) total += v;
    // A story about Texas courts may never write "United States": seats
    // and provinces count without the state's name.
    // (One state named once or twice is as often where a foreign actor went
    // as the story's home: "the government said soldiers would fight in
    // Mali" is no Malian government.)
    if (opts_.use_context && !top.empty() && best >= 3 && best >= 1.5 * second &&
        lex_.country_by_cameo(top) >= 0) {
      context_country_ = top;
      // A rough prior: the dominant country's share of all state mentions.
      context_conf_ = static_cast<float>(0.4 + 0.4 * best / total);
    }
    if (opts_.use_context && context_country_.empty()) {
      double lb = 0, ls = 0;
      std::string ltop;
      top_two(local, &ltop, &lb, &ls);
      // ...and it must be a contender overall too: a story about a US
      // impeachment names Ukraine more often than "the United States", but
      // its people act in Washington.
      const double overall = score.count(ltop) ? score.at(ltop) : 0;
      if (!ltop.empty() && lb >= 3 && lb >= 2 * ls && overall * 1.5 >= best && lex_.country_by_cameo(ltop) >= 0)
        local_country_ = ltop;
    }
    double ob = 0;
    for (const auto& [e, v] : org_score)
      if (v > ob || (v == ob && static_cast<int>(e) < dominant_org_)) {
        ob = v;
        dominant_org_ = static_cast<int>(e);
      }
  }

  // What "the country" / "the alliance" stands for: the last mention of a
  // state (of an organisation) in the three (five) sentences before, this
  // one included; else the dominant country (the most mentioned
  // organisation). Returns an entry index, or -1.
  // The words of a country-ref or org-ref unit, folded ("the world body").
  std::string ref_phrase(const Unit& u) const {
    std::string p;
    for (uint32_t t = u.begin; t < u.end; ++t) {
      if (!p.empty()) p += ' ';
      p += fw(t);
    }
    return p;
  }

  // Whether the reference's words are capitalised past the sentence's first
  // word and outside a headline: the name of something ("The Nation").
  bool capitalised_ref(const Unit& u) const {
    if (u.begin <= sent_begin_) return false;
    if (sentence_ < doc_.sentences.size()) {
      const uint32_t para = doc_.sentences[sentence_].paragraph;
      if (para < doc_.paragraphs.size() && doc_.paragraphs[para].is_headline) return false;
    }
    const std::string& w = doc_.tokens[u.end - 1].norm;
    return !w.empty() && is_upper_ascii(w[0]);
  }

  bool seat_is_agency(const ActorMention& m) const {
    if (m.token_end <= m.token_begin) return false;
    // An acronym: "ICE", "NASA", "FDA".
    if (m.token_end == m.token_begin + 1) {
      const std::string& w = doc_.tokens[m.token_begin].norm;
      bool caps = w.size() >= 2 && w.size() <= 6;
      for (char c : w) caps = caps && is_upper_ascii(c);
      if (caps) return true;
    }
    static const char* kWords[] = {"agency", "administration", "enforcement", "protection", "service",
                                   "bureau", "commission", "authority"};
    for (uint32_t t = m.token_begin; t < m.token_end; ++t)
      for (const char* k : kWords)
        if (fw(t) == k) return true;
    return false;
  }

  // Which organisations an org-ref phrase may stand for (by CAMEO code):
  // "the world body" the UN family; "the bloc", "the alliance", "the
  // (regional) body" an intergovernmental organisation, never an armed or
  // political movement ("the world body" is not the Taliban; "the body" in
  // a story about Hamas is a corpse); "the agency" one or a
  // non-governmental one; "the organization" any ("the leadership of the
  // organization" after al-Qaeda). An empty phrase: any.
  static bool org_ref_fits(std::string_view phrase, const std::string& code) {
    if (phrase.empty()) return true;
    const bool igo = code.compare(0, 3, "IGO") == 0;
    if (phrase.find("world body") != std::string_view::npos) return code.compare(0, 6, "IGOUNO") == 0;
    if (phrase.find("organization") != std::string_view::npos || phrase.find("organisation") != std::string_view::npos)
      return true;
    if (phrase.find("agency") != std::string_view::npos) return igo || code.compare(0, 3, "NGO") == 0;
    return igo;
  }

  int resolve_ref(EntryKind kind, int* ante, bool* ctx, std::string_view phrase = {}) const {
    *ante = -1;
    *ctx = false;
    const uint32_t window = kind == EntryKind::kCountryRef ? 3 : 5;
    // "the withdrawal of U.S. troops from the country" in a story about
    // Afghanistan: the dominant country, when there is one, is the likelier
    // referent than the nearest state.
    if (kind == EntryKind::kCountryRef && !context_country_.empty() && country_entry_.count(context_country_)) {
      for (int i = static_cast<int>(doc_.mentions.size()) - 1; i >= 0; --i) {
        if (sentence_ - meta_[i].sentence > window) break;  // bounded look-back
        const ActorMention& m = doc_.mentions[i];
        if (m.actor.code.compare(0, 3, context_country_) == 0 && meta_[i].actor_entry >= 0) {
          *ante = root_of(i);
          break;
        }
      }
      *ctx = *ante < 0;
      return static_cast<int>(country_entry_.at(context_country_));
    }
    for (int i = static_cast<int>(doc_.mentions.size()) - 1; i >= 0; --i) {
      const Meta& mt = meta_[i];
      if (sentence_ - mt.sentence > window) break;
      const ActorMention& m = doc_.mentions[i];
      if (kind == EntryKind::kCountryRef) {
        if (m.actor.country.empty() || m.unresolved) continue;
        const std::string& code = m.actor.code;
        if (code.size() < 3) continue;
        auto it = country_entry_.find(code.substr(0, 3));
        if (it == country_entry_.end()) continue;
        *ante = root_of(i);
        return static_cast<int>(it->second);
      }
      // "Immigration and Customs Enforcement detained ... the agency said",
      // "NASA ... the agency's budget": a state's agency (a seat named as
      // an agency, administration, service or bureau, or by its acronym;
      // not a building such as the White House or the Kremlin).
      if (kind == EntryKind::kOrgRef && phrase.find("agency") != std::string_view::npos && mt.actor_entry >= 0 &&
          lex_.entry(mt.actor_entry).kind == EntryKind::kSeat && !m.unresolved && seat_is_agency(m)) {
        *ante = root_of(i);
        return mt.actor_entry;
      }
      // "the alliance", "the agency", "the body": never a firm (MNC).
      if (mt.actor_entry >= 0 && lex_.entry(mt.actor_entry).kind == EntryKind::kOrg &&
          !lex_.org(lex_.entry(mt.actor_entry).ref).org.empty() &&
          lex_.org(lex_.entry(mt.actor_entry).ref).code.compare(0, 3, "MNC") != 0 &&
          org_ref_fits(phrase, lex_.org(lex_.entry(mt.actor_entry).ref).code)) {
        *ante = root_of(i);
        return mt.actor_entry;
      }
    }
    if (kind == EntryKind::kCountryRef && !context_country_.empty() && country_entry_.count(context_country_)) {
      *ctx = true;
      return static_cast<int>(country_entry_.at(context_country_));
    }
    if (kind == EntryKind::kOrgRef && dominant_org_ >= 0 &&
        org_ref_fits(phrase, lex_.org(lex_.entry(dominant_org_).ref).code)) {
      *ctx = true;
      return dominant_org_;
    }
    return -1;
  }

  // A code made only of role codes ("GOV", "GOVMIL"): no state, no region.
  bool roles_only(const std::string& code) const {
    if (code.empty() || code.size() % 3) return false;
    for (size_t i = 0; i < code.size(); i += 3)
      if (!is_role_code(std::string_view(code).substr(i, 3))) return false;
    return true;
  }

  // Roles a state can hold: a bare agent with one of them takes the
  // article's dominant country ("the foreign minister said").
  static bool state_role(const std::string& code) {
    // Also the people of a place (civilians, criminals, workers, farmers,
    // doctors, students): in a story about one country they are its own
    // unless a word says otherwise (context_fits).
    static const char* kRoles[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS",
                                   "SEP", "PTY", "CVL", "CRM", "LAB", "AGR", "HLH", "EDU", "REL"};
    for (size_t i = 0; i + 3 <= code.size(); i += 3)
      for (const char* r : kRoles)
        if (std::string_view(code).substr(i, 3) == r) return true;
    return society_role(code);
  }

  // Roles of society that are not organs of a state (journalists,
  // businesses, refugees, rights and environmental groups, unidentified
  // gunmen, notables): in a one-country story they are usually that
  // country's too, but less surely than its officials or soldiers (a
  // foreign correspondent, refugees from a neighbour), so they take the
  // dominant country with a lower confidence.
  // People who act where they live: police, protesters and the opposition,
  // students, workers, criminals. (Not bare "people" or "families", CVL:
  // too often anyone anywhere.)
  static bool local_role(const std::string& code) {
    static const char* kRoles[] = {"COP", "OPP", "EDU", "LAB", "AGR", "HLH", "CRM", "REL"};
    if (code.size() != 3) return false;
    for (const char* r : kRoles)
      if (code == r) return true;
    return false;
  }
  static bool society_seat(const std::string& sectors) {
    static const char* kRoles[] = {"BUS", "MED", "AGR", "LAB", "HRI", "ENV", "EDU"};
    if (sectors.empty() || sectors.size() % 3) return false;
    for (size_t i = 0; i < sectors.size(); i += 3) {
      bool ok = false;
      for (const char* r : kRoles) ok = ok || std::string_view(sectors).substr(i, 3) == r;
      if (!ok) return false;
    }
    return true;
  }
  static bool society_role(const std::string& code) {
    static const char* kRoles[] = {"MED", "BUS", "REF", "ENV", "HRI", "UAF", "ELI"};
    for (size_t i = 0; i + 3 <= code.size(); i += 3)
      for (const char* r : kRoles)
        if (std::string_view(code).substr(i, 3) == r) return true;
    return false;
  }

  // After composition: bare agents take the dominant country, and mentions
  // that copied their antecedent's code copy it again (the antecedent may
  // have just gained its country). Antecedents come first: one pass.
  void apply_context() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      if (m.antecedent >= 0 && (m.basis == "coref" || meta_[i].dyn >= 0) && m.actor.country.empty() &&
          m.actor.org.empty()) {
        const ActorMention& a = doc_.mentions[m.antecedent];
        if (!a.actor.country.empty() || !a.actor.org.empty()) {
          m.actor = a.actor;
          if (a.basis == "context") m.confidence = std::min(m.confidence, a.confidence);
        }
        continue;
      }
      if (meta_[i].person < 0 && possessed_role(i)) continue;
      if (meta_[i].person < 0 && named_group(i)) continue;
      // "Rep." or "Sen." before a name is the US style: the United States'
      // legislator when no state dominates the story or it names the US
      // ("Sen. Mitt Romney criticized the decision on Syria").
      const bool us_title = m.actor.code == "LEG" && m.token_end >= m.token_begin + 2 &&
                            (doc_.tokens[m.token_begin].norm == "Rep." || doc_.tokens[m.token_begin].norm == "Sen.");
      // (Philippine, Nigerian, Kenyan and Liberian copy writes "Sen." too:
      // a story those states dominate keeps its own.)
      const bool sen_state = context_country_ == "PHL" || context_country_ == "NGA" ||
                             context_country_ == "KEN" || context_country_ == "LBR";
      if (us_title && (context_country_.empty() || context_country_ == "USA" ||
                       (!sen_state && state_score_.count("USA")))) {
        m.actor = lex_.make_actor("USALEG");
        m.entry += "+default:USA";
        m.basis = "context";
        m.confidence = 0.5f;
        continue;
      }
      if (shared_conjunct(i)) continue;
      if (coalition_force(i)) continue;
      // The state the sentence places the agent in beats the article's
      // dominant one; two places equally likely leave it bare.
      if (const int placed = placed_role(i); placed != 0) continue;
      if (crowd_antecedent(i)) continue;
      if (definite_antecedent(i)) continue;
      // "pending in Congress", "a Senate committee" with no dominant state:
      // in English-language news a bare, capitalised Congress or Senate is
      // the United States' (others come with their state: "Peru's
      // Congress", "the Nigerian Senate"). A story about another state
      // gives it that state below.
      if (context_country_.empty() && m.actor.code == "LEG" && m.token_end <= m.token_begin + 2 &&
          (doc_.tokens[m.token_begin].norm == "Congress" || doc_.tokens[m.token_begin].norm == "Senate")) {
        m.actor = lex_.make_actor("USALEG");
        m.entry += "+default:USA";
        m.basis = "context";
        m.confidence = 0.5f;
        continue;
      }
      // "We have few friends left in the Congress," said a Turkish diplomat:
      // a bare, capitalised Congress in a story dominated by a state whose
      // legislature is not called Congress (Turkey's is the Grand National
      // Assembly) is not that state's. It is the United States' when the
      // story names them; else no state (India's "Congress" is a party).
      if (!context_country_.empty() && m.actor.code == "LEG" && m.token_end <= m.token_begin + 2 &&
          doc_.tokens[m.token_end - 1].norm == "Congress" && !congress_state(context_country_)) {
        if (state_score_.count("USA")) {
          m.actor = lex_.make_actor("USALEG");
          m.entry += "+default:USA";
          m.basis = "context";
          m.confidence = 0.5f;
        }
        continue;
      }
      // No dominant state: the place the story happens in, for the people
      // acting there (police, protesters, civilians, students).
      const bool local = context_country_.empty() && !local_country_.empty() && local_role(m.actor.code);
      const std::string& ctx = local ? local_country_ : context_country_;
      if (ctx.empty() || meta_[i].person >= 0 || meta_[i].studies_state) continue;
      if (!m.actor.country.empty() || !m.actor.org.empty() || !roles_only(m.actor.code)) continue;
      if (!state_role(m.actor.code) || m.entry.rfind("pronoun:", 0) == 0) continue;
      if (!context_fits(i, ctx)) continue;
      std::string code = ctx;
      append_roles(code, m.actor.code);
      m.actor = lex_.make_actor(code);
      m.entry += (local ? "+local:" : "+context:") + ctx;
      m.basis = "context";
      m.confidence = (society_role(m.actor.code) || local ? 0.8f : 1.0f) * context_conf_;
    }
  }

  // "Human rights groups have accused the army of ...": rights groups that
  // neither the sentence nor the story places in a state are the
  // international ones (CAMEO's generic NGO with the HRI speciality), an
  // actor of their own, not a bare role to drop.
  void stateless_rights_groups() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      if (m.actor.code != "HRI" || !m.actor.country.empty() || !m.actor.org.empty()) continue;
      if (meta_[i].person >= 0 || m.entry.rfind("pronoun:", 0) == 0) continue;
      m.actor = lex_.make_actor("NGOHRI");
      m.entry += "+stateless:NGO";
      m.basis = "context";
      m.confidence = 0.5f;
    }
  }

  // "Professor Ali Demir, a Turkish presidential adviser, said": a person
  // named for the first time with no state (an unknown name after a
  // stateless title) takes the state named in the appositive that follows,
  // with the appositive's role; later mentions of the name copy it through
  // their antecedent (apply_context).
  void appositive_states(const std::vector<std::pair<uint32_t, uint32_t>>& sents) {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) appositive_state(i, sents[meta_[i].sentence].second);
  }

  // The same for the mentions of the sentence just composed (from mention
  // `first` on), so that the person has the state before later sentences
  // are read: a bare surname later on ("Robertson said") that is also the
  // surname of some lexicon person is displaced by the story's own person
  // only when that person has a state (add_dyn_units), and it copies the
  // code the first mention has at that moment. The pass after composition
  // (appositive_states) finds the mentions this one settled and skips them.
  void appositive_states_in_sentence(size_t first) {
    for (size_t i = first; i < doc_.mentions.size(); ++i) appositive_state(i, sent_end_);
  }

  // The post in apposition right before the name of mention i: "<post>,
  // <name>," where the post is a title or a spokesman-like agent (not a
  // person) with a state or organisation, in the same sentence. Not when the
  // post is itself an item of a list ("X, the minister, Judge Y, ...") or
  // the name does not close the apposition with a comma. Returns the post's
  // mention index, or -1.
  int post_before_name(size_t i, uint32_t end) const {
    const ActorMention& m = doc_.mentions[i];
    const uint32_t t = m.token_begin;
    if (t < 2 || fw(t - 1) != "," || m.token_end >= end || fw(m.token_end) != ",") return -1;
    for (size_t k = i; k-- > 0;) {
      const ActorMention& o = doc_.mentions[k];
      if (meta_[k].sentence != meta_[i].sentence || o.token_end < t - 1) return -1;
      if (o.token_end != t - 1) continue;
      // "the spokesperson for Pakistan's foreign ministry, Ambassador X,":
      // the post is the spokesperson before "for" (spoken_for gave it the
      // ministry's code).
      if (k > 0 && (meta_[k].agent < 0 || (!lex_.agent(meta_[k].agent).title && !lex_.agent(meta_[k].agent).weak))) {
        uint32_t f = o.token_begin;
        if (f > 0 && fw(f - 1) == "the") --f;
        if (f > 0 && (fw(f - 1) == "for" || fw(f - 1) == "to") && doc_.mentions[k - 1].token_end == f - 1 &&
            meta_[k - 1].sentence == meta_[i].sentence)
          --k;
      }
      const ActorMention& post = doc_.mentions[k];
      const Meta& mt = meta_[k];
      if (mt.person >= 0 || mt.dyn >= 0 || mt.agent < 0 || post.unresolved) return -1;
      const AgentEntry& a = lex_.agent(mt.agent);
      if (!a.title && !a.weak) return -1;
      if (post.actor.country.empty() && post.actor.org.empty()) return -1;
      uint32_t b = post.token_begin;
      while (b > 0 && (fw(b - 1) == "the" || fw(b - 1) == "'s" || fw(b - 1) == "\u2019s")) {
        --b;
        // "The court's president": the owner's words belong to the post too.
        if (fw(b) != "the") {
          for (size_t j = k; j-- > 0;)
            if (doc_.mentions[j].token_end == b) { b = doc_.mentions[j].token_begin; break; }
        }
      }
      // A list of actors ("Chile's envoy, the minister, Ambassador X, ...");
      // an opening phrase ("On Thursday, the spokesperson ...") is none.
      if (b > 0 && fw(b - 1) == "and") return -1;
      if (b > 1 && fw(b - 1) == ",")
        for (size_t j = k; j-- > 0 && meta_[j].sentence == meta_[i].sentence;)
          if (doc_.mentions[j].token_end == b - 1) return -1;
      return static_cast<int>(k);
    }
    return -1;
  }

  // Mention i, if it is the first mention of a stateless unknown person,
  // takes the state of the appositive after it (which ends by `end`).
  void appositive_state(size_t i, uint32_t end) {
    auto is = [&](uint32_t t, uint32_t e, std::string_view w) {
      return t < e && fw(t) == w;
    };
    {
      ActorMention& m = doc_.mentions[i];
      const Meta& mm = meta_[i];
      if (mm.dyn < 0 || mm.person >= 0 || dyn_first_[mm.dyn] != static_cast<int>(i)) return;
      if (!m.actor.country.empty() || !m.actor.org.empty()) return;
      // "The court's president, Judge Ana Ruiz, said": the post before the
      // name is the same person's.
      if (const int o = post_before_name(i, end); o >= 0) {
        const Actor& a = doc_.mentions[o].actor;
        if (!a.org.empty() || m.actor.code.empty() || !roles_only(m.actor.code)) {
          m.actor = a;
        } else {
          std::string code = a.country;
          append_roles(code, m.actor.code);
          m.actor = lex_.make_actor(code);
        }
        m.entry += "+post:" + m.actor.code;
        return;
      }
      // "Foreign Minister Ana Ruiz of Chile": the state right after "of".
      if (!m.actor.code.empty() && roles_only(m.actor.code) && is(m.token_end, end, "of")) {
        uint32_t o = m.token_end + 1;
        if (is(o, end, "the")) ++o;
        for (size_t j = i + 1; j < doc_.mentions.size(); ++j) {
          if (doc_.mentions[j].token_begin < o) continue;
          if (doc_.mentions[j].token_begin == o && names_state(j)) {
            std::string code = doc_.mentions[j].actor.country;
            append_roles(code, m.actor.code);
            m.actor = lex_.make_actor(code);
            m.entry += "+of:" + code;
            return;
          }
          break;
        }
      }
      uint32_t t = m.token_end;
      std::string country, roles;
      // The appositive, and a second one when the first names no state
      // ("Cmdr. X, a spokesperson for Inherent Resolve, the U.S. military
      // operation against ...").
      for (int seg = 0; seg < 2 && country.empty(); ++seg) {
        if (!is(t, end, ",")) break;
        ++t;
        if (is(t, end, "a") || is(t, end, "an") || is(t, end, "the")) ++t;
        else if (seg > 0) break;
        uint32_t stop = t;
        while (stop < end && stop < t + 8 && !is(stop, end, ",") && !is(stop, end, ".") && !is(stop, end, ";") &&
               !is(stop, end, "who") && !is(stop, end, "said"))
          ++stop;
        for (size_t j = i + 1; j < doc_.mentions.size(); ++j) {
          const ActorMention& o = doc_.mentions[j];
          if (o.token_begin >= stop) break;
          if (o.token_begin < t || !o.actor.org.empty() || meta_[j].person >= 0 || meta_[j].dyn >= 0) continue;
          if (topic_name(j)) continue;
          if (country.empty() && !o.actor.country.empty()) country = o.actor.country;
          const std::string& c = o.actor.code;
          // A state or capital alone lends no role ("envoy to Kyiv": UKRGOV).
          const std::string r = names_state(j)                          ? ""
                                 : !o.actor.country.empty() && c.size() > 3 ? c.substr(3)
                                 : (o.actor.country.empty() ? c : "");
          if (!r.empty() && roles_only(r)) roles = r;
        }
        t = stop;
      }
      if (country.empty() || roles.empty()) return;
      // The person's own title keeps its role ("Lieutenant General X, the
      // army's spokesman" stays MIL); the appositive lends its state.
      if (!m.actor.code.empty() && roles_only(m.actor.code)) roles = m.actor.code;
      std::string code = country;
      append_roles(code, roles);
      m.actor = lex_.make_actor(code);
      m.entry += "+appos:" + code;
    }
  }

  // In a story that names the European Union, a bare "Europe" or "the
  // European side" that acts or is acted on is the Union (trade, sanctions
  // and negotiations are its competence): "if Europe follows through on its
  // tariff", "the European side refused"; so are "European" goods. Regional
  // phrases ("European countries", "Central Europe") keep their region code.
  void europe_as_union() {
    int eu = -1;
    for (size_t i = 0; i < doc_.mentions.size() && eu < 0; ++i)
      if (doc_.mentions[i].actor.code.rfind("IGOEUREEC", 0) == 0 && doc_.mentions[i].actor.code.size() == 9)
        eu = static_cast<int>(i);
    if (eu < 0) return;
    for (ActorMention& m : doc_.mentions) {
      if (m.actor.code != "EUR") continue;
      const std::string text = ActorLexicon::fold(std::string(doc_.tokens_text(m.token_begin, m.token_end)));
      const bool side = m.token_end < doc_.tokens.size() && text == "european" &&
                        fw(m.token_end) == "side";
      // "tariffs on European cars", "a ban on European wine": goods named
      // by the adjective are the Union's (its common trade policy), as
      // "Chinese goods" are China's. (Up to two words on: "European
      // agricultural products".)
      bool goods = false;
      if (text == "european" && doc_.syntax.size() == doc_.tokens.size()) {
        static constexpr std::string_view kGoods[] = {
            "good",  "product", "export", "import",    "car",       "vehicle", "automobile", "wine",
            "spirit", "cheese", "steel",  "aluminum",  "aluminium", "aircraft", "brandy",    "champagne",
            "whiskey", "whisky", "pork",  "dairy",     "beef",      "food",    "produce",    "shipment"};
        for (uint32_t t = m.token_end; t < doc_.tokens.size() && t <= m.token_end + 2 && !goods; ++t) {
          const std::string& lemma = doc_.syntax[t].lemma;
          for (std::string_view g : kGoods) goods = goods || lemma == g;
          if (doc_.syntax[t].upos != UPos::kADJ && doc_.syntax[t].upos != UPos::kNOUN) break;
        }
      }
      if (text != "europe" && !side && !goods) continue;
      m.actor = doc_.mentions[eu].actor;
      m.entry += "+union";
      m.confidence = std::min(m.confidence, 0.7f);
    }
  }

  // "a Ukraine specialist", "a China expert": a state's name compounded
  // onto a noun no mention covers (no role word) is the topic of that
  // noun, not the nationality of whoever it describes.
  bool topic_name(size_t j) const {
    const ActorMention& o = doc_.mentions[j];
    if (!names_state(j) || doc_.syntax.size() != doc_.tokens.size() || o.head >= doc_.syntax.size()) return false;
    if (deprel_name(deprel_base(doc_.syntax[o.head].deprel)) != "compound") return false;
    const int32_t g = doc_.syntax[o.head].head;
    if (g < 0 || static_cast<size_t>(g) >= doc_.tokens.size() || doc_.syntax[g].upos != UPos::kNOUN) return false;
    for (const ActorMention& x : doc_.mentions)
      if (x.token_begin <= static_cast<uint32_t>(g) && static_cast<uint32_t>(g) < x.token_end) return false;
    return true;
  }

  // Mention m takes `country` with its own roles; `how` is appended to its
  // entry for provenance ("+crowd:PAK"), `antecedent` links the mention it
  // was read from (-1: none).
  void take_state(ActorMention& m, const std::string& country, const std::string& how, const char* basis,
                  float confidence, int antecedent = -1) {
    std::string code = country;
    append_roles(code, m.actor.code);
    m.actor = lex_.make_actor(code);
    m.entry += how;
    if (antecedent >= 0) m.antecedent = static_cast<int32_t>(antecedent);
    m.basis = basis;
    m.confidence = confidence;
  }

  // "In Fallujah, hundreds of demonstrators came out against US troops ...
  // The US troops fired into the hostile crowd": a definite crowd ("the
  // crowd", "the angry mob") with no place of its own is the crowd, protest
  // or march the story placed in this sentence or the three before, not
  // the people of the story's dominant state. It takes that crowd's state
  // and keeps its own role. True when mention i was placed so.
  bool crowd_antecedent(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (meta_[i].agent < 0 || meta_[i].person >= 0 || !m.actor.country.empty() || !m.actor.org.empty()) return false;
    const std::string& head = lex_.agent(meta_[i].agent).head;
    if (head != "crowd" && head != "mob") return false;
    bool definite = false;
    for (uint32_t k = 1; k <= 2 && k <= m.token_begin; ++k) {
      const std::string_view w = fw(m.token_begin - k);
      if (w == "the") definite = true;
      if (w == "," || w == "." || w == ";") break;
    }
    if (!definite) return false;
    static constexpr std::string_view kCrowd[] = {"crowd", "mob", "protester", "protestor", "demonstrator",
                                                  "marchers", "rioter"};
    for (size_t j = i; j-- > 0;) {
      if (meta_[i].sentence - meta_[j].sentence > 3) break;
      const ActorMention& o = doc_.mentions[j];
      if (meta_[j].agent < 0 || o.actor.country.empty()) continue;
      const std::string& h = lex_.agent(meta_[j].agent).head;
      bool crowd = false;
      for (std::string_view c : kCrowd) crowd = crowd || h == c;
      if (!crowd) continue;
      take_state(m, o.actor.country, "+crowd:" + o.actor.country, "coref", 0.6f, static_cast<int>(j));
      return true;
    }
    return false;
  }

  // "coalition forces", "coalition soldiers", "coalition aircraft": in a
  // story about a war a coalition fought in, at the time, the coalition's
  // forces are its leader's (as "US-led coalition" says): the United
  // States in Afghanistan (2001-2021), Iraq (2003-2011, and against the
  // Islamic State from 2014) and Syria (from 2014); Saudi Arabia in Yemen
  // (from 2015). Elsewhere or at other times a "coalition" names no state.
  bool coalition_force(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (meta_[i].agent < 0 || meta_[i].person >= 0 || !m.actor.country.empty() || !m.actor.org.empty()) return false;
    if (m.token_begin == 0 || fw(m.token_begin - 1) != "coalition") return false;
    bool force = false;
    for (const auto& r : m.actor.sectors) force = force || r == "MIL";
    if (!force) return false;
    const std::string& where = !context_country_.empty() ? context_country_ : local_country_;
    struct War {
      const char* state;
      int from, to;  // yyyymmdd
      const char* leader;
    };
    static constexpr War kWars[] = {{"AFG", 20011007, 20210830, "USA"},
                                    {"IRQ", 20030320, 20111218, "USA"},
                                    {"IRQ", 20140808, 99991231, "USA"},
                                    {"SYR", 20140922, 99991231, "USA"},
                                    {"YEM", 20150326, 99991231, "SAU"}};
    for (const War& w : kWars) {
      if (where != w.state || date_ < w.from || date_ > w.to) continue;
      take_state(m, w.leader, std::string("+coalition:") + w.leader, "context", 0.7f);
      return true;
    }
    return false;
  }

  // "Rebels in Mali attacked a convoy. ... The rebels later clashed with
  // French troops": a definite bare agent ("the rebels", "the clerics")
  // names the same people as the last mention of that agent noun within
  // three sentences that has a state from its own words or its sentence's
  // place, and takes its state (before the story's dominant one, which may
  // be another: a story about Iraq that turns to Mali).
  bool definite_antecedent(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (meta_[i].agent < 0 || meta_[i].person >= 0 || !m.actor.country.empty() || !m.actor.org.empty()) return false;
    if (m.token_begin == 0 || fw(m.token_begin) != "the") {
      if (m.token_begin == 0 || fw(m.token_begin - 1) != "the") return false;
    }
    const std::string& head = lex_.agent(meta_[i].agent).head;
    for (size_t j = i; j-- > 0;) {
      if (meta_[i].sentence - meta_[j].sentence > 3) break;
      const ActorMention& o = doc_.mentions[j];
      if (meta_[j].agent < 0 || meta_[j].person >= 0 || o.actor.country.empty()) continue;
      if (lex_.agent(meta_[j].agent).head != head) continue;
      // (Only a state the words gave it: one the story's dominant state
      // gave it, this mention gets below if the context fits.)
      if (o.entry.find("+context:") != std::string::npos || o.entry.find("+local:") != std::string::npos)
        return false;
      take_state(m, o.actor.country, "+same:" + o.actor.country, "coref", 0.6f, static_cast<int>(j));
      return true;
    }
    return false;
  }

  // Roles of non-state armed groups: what "the militants", "the insurgents",
  // "the terror group", "separatists" name.
  static bool armed_role(const std::string& code, size_t from) {
    for (size_t k = from; k + 3 <= code.size(); k += 3) {
      std::string_view r = std::string_view(code).substr(k, 3);
      if (r == "REB" || r == "INS" || r == "SEP") return true;
    }
    return false;
  }

  // "Al-Shabab attacked a base. ... The militants launched an assault":
  // news copy names an armed group once, then refers to it by a role noun.
  // A bare armed-group mention (no state, no organisation, no word saying
  // it is someone else's) is the named non-state armed group mentioned
  // last in this sentence or the four before it (a lexicon group with a
  // home country and a rebel, insurgent or separatist role), or one such a
  // role noun was already linked to. Bounded
  // walk back: linear. True when mention i took the group.
  bool named_group(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (meta_[i].dyn >= 0 || !m.actor.country.empty() || !m.actor.org.empty() || !roles_only(m.actor.code))
      return false;
    if (!armed_role(m.actor.code, 0) || m.entry.rfind("pronoun:", 0) == 0) return false;
    if (!own_role_noun(i)) return false;
    // "soldiers, supported by local clan militias": a word saying what kind
    // of armed men they are (local, tribal, a rival or a state's proxy)
    // says they are not the group named before.
    {
      static constexpr std::string_view kKind[] = {"local", "clan", "tribal", "rival", "village", "community",
                                                   "pro-government", "government-backed", "state-backed",
                                                   "vigilante", "self-defense", "self-defence", "allied"};
      const uint32_t lo = m.token_begin >= 2 ? m.token_begin - 2 : 0;
      for (uint32_t t = lo; t < m.head && t < doc_.tokens.size(); ++t)
        for (std::string_view k : kKind)
          if (fw(t) == k) return false;
    }
    // "militants present on Afghan soil", "rebels in Mali": a place of the
    // mention's own names another state than the group's: not that group
    // (placed_role places it).
    std::string own_place;
    if (doc_.syntax.size() == doc_.tokens.size() && m.head < doc_.tokens.size()) {
      index_children();
      own_place = place_of(m.head, /*clause_ok=*/false);
    }
    // Mention j is a named armed group, or a role noun already linked to
    // one: a group with a home country (a transnational movement, IMG, is
    // not what a local "terrorist cell" or "militants" are coded as).
    // "US troops there clashed with guerrillas" in a story about Iraq that
    // named Hamas sentences before: a bare plural (no determiner, number
    // or name before it: not "the militants", "six militants", "Tiger
    // guerrillas") introduces fighters not yet named, so it refers back to
    // no group of a sentence before the previous one whose home is not the story's
    // dominant state (context places it). Al-Shabab's "militants" in a
    // Somalia story stay al-Shabab.
    bool indefinite = false;
    if (!doc_.tokens[m.token_begin].norm.empty() && doc_.tokens[m.token_end - 1].norm.back() == 's') {
      indefinite = true;
      for (uint32_t k = 0; k <= 2 && k <= m.token_begin && indefinite; ++k) {
        const uint32_t t = m.token_begin - k;
        const std::string_view w = fw(t);
        if (k > 0 && (w == "," || w == "." || w == ";" || w == ":" || w == "\"" ||
                      (meta_[i].sentence < doc_.sentences.size() &&
                       t < doc_.sentences[meta_[i].sentence].token_begin)))
          break;
        const std::string& raw = doc_.tokens[t].norm;
        const bool num = doc_.syntax.size() == doc_.tokens.size() && doc_.syntax[t].upos == UPos::kNUM;
        const bool name = k > 0 && !raw.empty() && is_upper_ascii(raw[0]) &&
                          (meta_[i].sentence >= doc_.sentences.size() ||
                           t > doc_.sentences[meta_[i].sentence].token_begin);
        if (w == "the" || w == "these" || w == "those" || w == "such" || w == "its" || w == "their" || num || name)
          indefinite = false;
      }
    }
    auto group_at = [&](size_t j) {
      const ActorMention& o = doc_.mentions[j];
      if (o.unresolved || o.actor.code.size() < 6) return false;
      // (A group named in the sentence just before is still the one meant:
      // "Israel pressed its offensive against Hamas. The military said it
      // targeted militants ...".)
      if (indefinite && meta_[j].sentence + 1 < meta_[i].sentence && !context_country_.empty() &&
          o.actor.country != context_country_)
        return false;
      const bool linked = o.entry.find("+group") != std::string::npos;
      const int e = meta_[j].actor_entry;
      const bool named = e >= 0 && lex_.entry(e).kind == EntryKind::kOrg && meta_[j].person < 0;
      return (linked || named) && !o.actor.country.empty() && armed_role(o.actor.code, 3) &&
             (own_place.empty() || own_place == o.actor.country);
    };
    auto take = [&](size_t j, float confidence) {
      const ActorMention& o = doc_.mentions[j];
      const bool linked = o.entry.find("+group") != std::string::npos;
      m.actor = o.actor;
      m.antecedent = static_cast<int32_t>(linked && o.antecedent >= 0 ? o.antecedent : j);
      m.entry += "+group";
      m.basis = "coref";
      m.confidence = confidence;
      return true;
    };
    for (size_t j = i; j-- > 0;) {
      if (meta_[i].sentence - meta_[j].sentence > 4) break;
      if (group_at(j)) return take(j, 0.7f);
    }
    // "M23 rebels backed by Rwandan troops pushed into Goma ... (six
    // sentences on) The rebels killed 13 peacekeepers": further back, the
    // one armed group the story has named so far, when it has named only
    // one (two different groups leave the mention as it was) and named it
    // with the same noun ("M23 rebels" ... "the rebels"; a bare "Al-Shabab"
    // long before "the militants" is too loose a tie).
    if (meta_[i].agent < 0) return false;
    const std::string& noun = lex_.agent(meta_[i].agent).head;
    bool same_noun = false;
    int only = -1;
    for (size_t j = i; j-- > 0;) {
      if (meta_[j].sentence == meta_[i].sentence || !group_at(j)) continue;
      if (only >= 0 && doc_.mentions[only].actor.code != doc_.mentions[j].actor.code) return false;
      if (only < 0) only = static_cast<int>(j);
      if (meta_[j].agent >= 0 && lex_.agent(meta_[j].agent).head == noun) same_noun = true;
    }
    if (only < 0 || !same_noun) return false;
    return take(static_cast<size_t>(only), 0.6f);
  }

  // Whether bare role mention i may stand for an actor of the story rather
  // than someone else's or a modifier: no word before it says it is
  // another's ("foreign forces", "Russian-backed rebels"), no organisation
  // right before it, and the tree does not show it modifying a noun
  // ("military purposes", "militant attacks") unless the noun is a unit of
  // the force ("a police patrol").
  // With `sponsored_ok`, a sponsor word is no objection (the place rule:
  // rebels backed from abroad are still the rebels of where they fight).
  bool own_role_noun(size_t i, bool sponsored_ok = false) const {
    const ActorMention& m = doc_.mentions[i];
    static const char* kOther[] = {"foreign", "international", "coalition", "other", "western", "allied",
                                   "multinational", "peacekeeping", "overseas", "outside", "regional", "global",
                                   "world", "u.n.", "un", "nato", "their", "its", "his", "her"};
    const uint32_t lo = m.token_begin >= 2 ? m.token_begin - 2 : 0;
    // "EU officials told national governments ...": the governments of
    // the nations, each its own, never one state's.
    if (m.token_end >= m.token_begin + 1 && fw(m.token_end - 1) == "governments" && m.token_begin > 0 &&
        fw(m.token_begin - 1) == "national")
      return false;
    for (uint32_t t = lo; t < m.token_begin; ++t) {
      std::string_view w = fw(t);
      // "outside a police station", "outside the ministry": the
      // preposition says where, not whose ("outside powers" does).
      if (w == "outside" && t + 1 < m.token_begin &&
          (fw(t + 1) == "a" || fw(t + 1) == "an" || fw(t + 1) == "the"))
        continue;
      for (const char* o : kOther)
        if (w == o) return false;
      if (!sponsored_ok && sponsor_word(w)) return false;
    }
    // "people worldwide", "protesters around the world", "troops abroad":
    // a following word says they are everywhere or elsewhere.
    if (m.token_end < doc_.tokens.size()) {
      std::string_view w = fw(m.token_end);
      if (w == "worldwide" || w == "abroad" || w == "overseas" || w == "elsewhere") return false;
      // "diplomats from seven Latin American countries", "troops from
      // several nations": a "from" phrase on countries no lexicon names says
      // they are some other states' people.
      for (uint32_t t = m.token_end; t + 1 < doc_.tokens.size() && t < m.token_end + 6; ++t) {
        if (t == m.token_end && fw(t) != "from") break;
        std::string_view x = fw(t + 1);
        if (x == "country" || x == "countries" || x == "nation" || x == "nations" || x == "states") return false;
        if (x == "." || x == "," || x == ";") break;
      }
      if (m.token_end + 2 < doc_.tokens.size() && (w == "around" || w == "across" || w == "all") &&
          (fw(m.token_end + 1) == "the" || fw(m.token_end + 1) == "over") &&
          (fw(m.token_end + 2) == "world" || fw(m.token_end + 2) == "globe" || fw(m.token_end + 2) == "the"))
        return false;
    }
    if (doc_.syntax.size() == doc_.tokens.size()) {
      // The relation of the phrase, not of its last word: the parser often
      // reads a postposed "general" as an adjective, on the noun before it
      // or on the verb ("the state attorney [general] sued", with
      // "attorney" the subject). A word of the phrase whose head lies
      // outside it in a relation other than amod/compound speaks for it.
      uint32_t top = m.head;
      auto rel_of = [&](uint32_t t) { return deprel_name(deprel_base(doc_.syntax[t].deprel)); };
      if (rel_of(top) == "amod" || rel_of(top) == "compound")
        for (uint32_t t = m.token_begin; t < m.token_end && t < doc_.syntax.size(); ++t) {
          const int h = doc_.syntax[t].head;
          if (h >= 0 && static_cast<uint32_t>(h) >= m.token_begin && static_cast<uint32_t>(h) < m.token_end) continue;
          const std::string_view r = rel_of(t);
          if (r == "nsubj" || r == "obj" || r == "iobj" || r == "obl" || r == "nmod" || r == "conj" ||
              r == "appos" || r == "root") {
            top = t;
            break;
          }
        }
      std::string_view rel = rel_of(top);
      // "military purposes" is no actor, but "a police patrol", "an army
      // base" are the force itself (the target of an attack on them).
      static const char* kUnits[] = {"patrol", "convoy", "unit", "post", "checkpoint", "base", "station",
                                     "vehicle", "camp", "outpost", "headquarters", "barracks", "position",
                                     "van", "truck", "helicopter", "squad", "team", "building", "installation",
                                     "facility"};
      bool unit = false;
      // ("military buildings", "army installations": the adjective too.)
      if (rel == "compound" || rel == "amod") {
        int h = doc_.syntax[top].head;
        if (h >= 0 && static_cast<size_t>(h) < doc_.tokens.size()) {
          std::string_view hw = fw(h);
          if (hw.size() > 1 && hw.back() == 's' && hw != "headquarters" && hw != "barracks") hw.remove_suffix(1);
          for (const char* u : kUnits)
            if (hw == u) unit = true;
        }
      }
      if ((rel == "amod" || rel == "compound") && !unit) return false;
    }
    return true;
  }

  // A country chain (entry `country`) followed by an intergovernmental
  // organisation (entry `org`, code IGO...) whose unit is directly followed
  // by a role noun: "U.S. [deputy] U.N. ambassador".
  bool posting_at_igo(int country_entry, int org_entry, const std::vector<Unit>& units, size_t v) const {
    const Entry& ce = lex_.entry(static_cast<uint32_t>(country_entry));
    const Entry& oe = lex_.entry(static_cast<uint32_t>(org_entry));
    if (ce.kind != EntryKind::kCountry || oe.kind != EntryKind::kOrg) return false;
    if (lex_.org(oe.ref).code.compare(0, 3, "IGO") != 0) return false;
    if (v + 1 >= units.size() || units[v + 1].begin != units[v].end) return false;
    for (uint32_t e : units[v + 1].entries)
      if (lex_.entry(e).kind == EntryKind::kAgent) return true;
    return false;
  }

  // "EU member states", "NATO members", "ASEAN countries": the states of a
  // regional organisation are governments of its region (CAMEO region code
  // + GOV: EURGOV, WSTGOV, SEAGOV), not the organisation itself, which acts
  // through its own bodies. Only organisations whose code carries a CAMEO
  // region (IGOEUREEC, IGOWSTNAT, IGOSEAASN, IGOAFRAFU, IGOMEAARL); the
  // mention grows over the noun.
  void member_states() {
    static const char* const kRegions[] = {"EUR", "WST", "SEA", "AFR", "MEA", "PGS", "ASA", "LAM",
                                           "SAM", "NMR", "BLK", "CAU", "CAS", "EEU", "CEU", "SAS",
                                           "WAF", "EAF", "NAF", "SAF", "CRB", "SCN", "MDT"};
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      const int e = meta_[i].actor_entry;
      if (e < 0 || lex_.entry(e).kind != EntryKind::kOrg || meta_[i].agent >= 0 || meta_[i].person >= 0) continue;
      const std::string& c = m.actor.code;
      if (c.size() < 9 || c.compare(0, 3, "IGO") != 0 || m.token_end >= doc_.tokens.size()) continue;
      bool region = false;
      for (const char* r : kRegions) region = region || c.compare(3, 3, r) == 0;
      if (!region) continue;
      uint32_t t = m.token_end;
      if (fw(t) == "member" && t + 1 < doc_.tokens.size()) ++t;
      else if (fw(t) == "member" || fw(t) == "-") continue;
      const std::string_view w = fw(t);
      if (w != "states" && w != "countries" && w != "nations" && w != "governments" && w != "members") continue;
      if (t + 1 < doc_.tokens.size() && fw(t + 1) == "'s") continue;
      // Not when the noun goes on ("EU member states' ministers" aside, "EU
      // countries' leaders"): a later mention would own those words.
      if (i + 1 < doc_.mentions.size() && doc_.mentions[i + 1].token_begin <= t) continue;
      m.actor = lex_.make_actor(c.substr(3, 3) + "GOV");
      m.token_end = t + 1;
      m.head = t;
      m.entry += "+members";
    }
  }

  bool unit_is_agent(const Unit& u) const {
    for (uint32_t e : u.entries)
      if (lex_.entry(e).kind == EntryKind::kAgent) return true;
    return false;
  }

  // "the director general of the Pakistani military", "the chief of the
  // Turkish police", "a spokesman of the Russian Defense Ministry": a post
  // (title or weak role noun) with no state of its own, followed by "of
  // [the]" and a body that has one (a state or organisation with a role
  // noun), is an officer of that body and takes its code, as CAMEO codes
  // officials by their institution (so the president of a senate is LEG,
  // not GOV). Former officers are left to the ELI rule.
  void officer_of() {
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      if (meta_[i].person >= 0 || meta_[i].agent < 0) continue;
      // A post (a title or a weak head: "chief", "spokesman"), not a group
      // ("the families of Palestinian bombers" are civilians).
      const AgentEntry& a = lex_.agent(meta_[i].agent);
      // A post that named its holder (a name in apposition before it, or
      // after it) is done, but for an official "at"/"with" a body, which
      // post_of_body let name its holder.
      if (meta_[i].dyn >= 0 && !(a.phrase == "official" && m.antecedent >= 0)) continue;
      if (!a.title && !a.weak) continue;
      if (!m.actor.country.empty() || !m.actor.org.empty() || m.actor.code == "ELI") continue;
      if (m.token_end + 1 >= doc_.tokens.size()) continue;
      // "a senior official at the Kenyan interior ministry", "an official
      // with the United Nations": an official is also the body's "at" or
      // "with" it, and may belong to an organisation named alone.
      const bool official = a.phrase == "official" || a.phrase == "officials";
      const std::string_view prep = fw(m.token_end);
      if (prep != "of" && !(official && (prep == "at" || prep == "with"))) continue;
      uint32_t t = m.token_end + 1;
      if (fw(t) == "the") ++t;
      for (size_t j = i + 1; j < doc_.mentions.size() && meta_[j].sentence == meta_[i].sentence; ++j) {
        const ActorMention& o = doc_.mentions[j];
        if (o.token_begin < t) continue;
        const bool body = meta_[j].agent >= 0 || (official && meta_[j].actor_entry >= 0 && !o.actor.org.empty());
        if (o.token_begin == t && body && meta_[j].person < 0 && meta_[j].dyn < 0 &&
            (!o.actor.country.empty() || !o.actor.org.empty())) {
          const std::string was = m.actor.code;
          m.actor = o.actor;
          m.entry += "+" + std::string(prep) + ":" + o.actor.code;
          m.confidence = std::min(m.confidence, o.confidence);
          // The name in apposition before the post holds it.
          if (m.antecedent >= 0 && static_cast<size_t>(m.antecedent) < i) {
            ActorMention& n = doc_.mentions[m.antecedent];
            if (n.actor.code == was && n.entry.size() > 6 && n.entry.compare(n.entry.size() - 6, 6, "+appos") == 0) {
              n.actor = o.actor;
              n.entry += "+" + std::string(prep) + ":" + o.actor.code;
            }
          }
        }
        break;
      }
    }
  }

  // "A spokesman for Hamas", "a spokeswoman for the Chilean Foreign
  // Ministry", "an aide to President Ruiz": a bare speaking role followed by
  // "for"/"to" and the actor it speaks for is that actor, as CAMEO codes a
  // spokesperson by the body it speaks for.
  // "the leader of the Village de Dieu gang", "the head of the agency": a
  // leader's post with no state of its own is the body it leads, named in
  // the "of" phrase (its last actor there that is not a state alone: a
  // state's leader is composed as the chain "leader of <state>"). Not a
  // former leader (ELI). The name in apposition takes it too.
  void led_body(size_t first) {
    for (size_t i = first; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      if (meta_[i].person >= 0 || meta_[i].agent < 0 || !m.actor.country.empty() || !m.actor.org.empty()) continue;
      if (!roles_only(m.actor.code) || m.token_end + 1 >= doc_.tokens.size()) continue;
      // ELI from "former" stays; ELI from "leader of <unknown name>" gives
      // way to a role the name's head noun has ("the Red Dog gang").
      bool former = false;
      for (uint32_t t = m.token_begin >= 2 ? m.token_begin - 2 : 0; t < m.token_end && !former; ++t)
        former = fw(t) == "former" || fw(t) == "ex";
      if (former) continue;
      const std::string_view head = fw(m.token_end - 1);
      // "director of Amnesty International", "chief executive of the
      // London-based fact-checking website Full Fact": the head of a body
      // of any kind (post_of_body), when the body is named within a noun
      // phrase of plain words after "of".
      const bool post = meta_[i].agent >= 0 && is_body_post(lex_.agent(meta_[i].agent).phrase) &&
                        lex_.agent(meta_[i].agent).phrase != "official";
      if (head != "leader" && head != "head" && head != "chief" && head != "leaders" && head != "heads" &&
          head != "chiefs" && !post)
        continue;
      if (fw(m.token_end) != "of") continue;
      int led = -1;
      for (size_t j = i + 1; j < doc_.mentions.size() && meta_[j].sentence == meta_[i].sentence; ++j) {
        const ActorMention& o = doc_.mentions[j];
        if (o.token_begin > m.token_end + (post ? 10 : 6)) break;
        bool stop = false;  // the "of" phrase ends at a comma or a verb-like word
        for (uint32_t t = m.token_end + 1; t < o.token_begin && !stop; ++t) {
          stop = fw(t) == "," || fw(t) == "who" || fw(t) == "which" || fw(t) == "and";
          // A post's body: the noun phrase goes on through lower-case words,
          // hyphens and "-based" places only, not into another phrase.
          if (post) stop = stop || post_phrase_stop(t) || unnamed_word(t);
        }
        if (stop) break;
        if (meta_[j].person >= 0 || meta_[j].dyn >= 0 || o.unresolved) break;
        // A body with no state yet ("the gang": CRM) lends its role; the
        // story's state comes to both later (apply_context).
        if (o.actor.code.empty() || names_state(j)) continue;
        // "the Latin America bureau of ...": where the unit sits.
        if (post && o.token_end + 1 < doc_.tokens.size() && unit_noun(fw(o.token_end)) && fw(o.token_end + 1) == "of")
          continue;
        // "the London-based rights group Amnesty International": a common
        // noun with the body's name right after it in apposition; the name
        // is the body.
        if (post && j + 1 < doc_.mentions.size() && doc_.mentions[j + 1].token_begin == o.token_end &&
            meta_[j + 1].person < 0 && meta_[j + 1].dyn < 0 && !doc_.mentions[j + 1].actor.org.empty()) {
          led = static_cast<int>(j + 1);
          break;
        }
        // A director's body is named: a bare role noun there ("director
        // of industry analysis") is a field, not a body.
        if (post && o.actor.country.empty() && o.actor.org.empty()) break;
        // A capitalised role word inside a name ("the Village de Dieu
        // gang") is not the body.
        const std::string& w0 = doc_.tokens[o.token_begin].norm;
        if (meta_[j].agent >= 0 && meta_[j].actor_entry < 0 && !w0.empty() && is_upper_ascii(w0[0])) continue;
        led = static_cast<int>(j);  // the first body of the phrase
        break;
      }
      if (led < 0) continue;
      m.actor = doc_.mentions[led].actor;
      m.entry += "+of:" + m.actor.code;
      if (m.antecedent >= 0 && static_cast<size_t>(m.antecedent) < i) {
        ActorMention& n = doc_.mentions[m.antecedent];
        const Meta& nm = meta_[m.antecedent];
        if (nm.dyn >= 0 && nm.person < 0 && dyn_first_[nm.dyn] == m.antecedent && n.actor.country.empty() &&
            n.actor.org.empty()) {
          n.actor = m.actor;
          n.entry += "+of:" + m.actor.code;
        }
      }
    }
  }

  // (`first`: from that mention on. Also run on each sentence as soon as it
  // is composed, so that "the spokesperson for Pakistan's foreign ministry,
  // Ambassador X Khan," lends its state to the name before a later bare
  // "Khan" is read; see appositive_states_in_sentence.)
  void spoken_for(size_t first = 0) {
    static const char* kRoles[] = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                                   "spokeswomen", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
                                   "representative", "representatives"};
    for (size_t i = first; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      if (meta_[i].person >= 0 || !m.actor.country.empty() || !m.actor.org.empty()) continue;
      if (m.token_end == 0 || m.token_end >= doc_.tokens.size()) continue;
      const std::string_view head = fw(m.token_end - 1);
      bool speaker = false;
      for (const char* r : kRoles) speaker = speaker || head == r;
      if (!speaker) continue;
      const std::string_view prep = fw(m.token_end);
      const bool aide = head.substr(0, 4) == "aide" || head.substr(0, 3) == "adv";
      if (!(prep == "for" || (aide && prep == "to"))) continue;
      uint32_t t = m.token_end + 1;
      if (t < doc_.tokens.size() && fw(t) == "the") ++t;
      for (size_t j = i + 1; j < doc_.mentions.size() && meta_[j].sentence == meta_[i].sentence; ++j) {
        const ActorMention& o = doc_.mentions[j];
        if (o.token_begin < t) continue;
        // "adviser to the Chinese American Museum": an adjective that goes
        // on into a name is part of an organisation's name, not the state.
        const bool org_name = meta_[j].actor_entry >= 0 && lex_.entry(meta_[j].actor_entry).adjective &&
                              o.token_end < doc_.tokens.size() && is_name_token(o.token_end);
        if (o.token_begin == t && !org_name && (!o.actor.country.empty() || !o.actor.org.empty())) {
          const std::string was = m.actor.code;
          m.actor = o.actor;
          m.entry += "+for:" + o.actor.code;
          m.confidence = std::min(m.confidence, o.confidence);
          // "Mara Quist, a spokeswoman for the State Department": the name
          // in apposition speaks for the same body.
          if (m.antecedent >= 0 && static_cast<size_t>(m.antecedent) < doc_.mentions.size()) {
            ActorMention& n = doc_.mentions[m.antecedent];
            if (n.actor.code == was && n.entry.size() > 6 && n.entry.compare(n.entry.size() - 6, 6, "+appos") == 0) {
              n.actor = o.actor;
              n.entry += "+for:" + o.actor.code;
              n.confidence = m.confidence;
            }
          }
        }
        break;
      }
    }
  }

  // The country of the subject of the verb of harm (kill, attack, shell...)
  // whose object is token t, or "" when t is no such object.
  std::string harm_subject_country(uint32_t t) const {
    if (t >= doc_.syntax.size() || base_rel_of(t) != "obj" || doc_.syntax[t].head < 0) return "";
    const uint32_t v = static_cast<uint32_t>(doc_.syntax[t].head);
    static constexpr std::string_view kHarm[] = {"kill", "attack", "assassinate", "bomb", "shell", "strike",
                                                 "raid", "target", "shoot", "abduct", "kidnap", "execute",
                                                 "murder", "ambush", "capture", "behead"};
    if (!one_of(doc_.syntax[v].lemma, kHarm)) return "";
    for (size_t j = 0; j < doc_.mentions.size(); ++j) {
      const ActorMention& o = doc_.mentions[j];
      if (o.head < doc_.syntax.size() && doc_.syntax[o.head].head == static_cast<int32_t>(v) &&
          base_rel_of(o.head) == "nsubj")
        return o.actor.country;
    }
    return "";
  }

  // "Syria's authorities said their forces ...", "Kenya will withdraw its
  // troops": a bare state role owned by "its"/"their" belongs to the
  // nearest actor with a state named before it in the same sentence. True
  // when mention i took that state.
  bool possessed_role(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (!m.actor.country.empty() || !m.actor.org.empty() || !roles_only(m.actor.code)) return false;
    if (!state_role(m.actor.code) || m.entry.rfind("pronoun:", 0) == 0 || m.token_begin == 0) return false;
    std::string_view w = fw(m.token_begin - 1);
    if (w != "its" && w != "their") return false;
    // "after Israel killed its former leader": the doer of a harm to the
    // role is seldom its owner; the owner is named before the doer.
    const std::string harmer = harm_subject_country(m.head);
    // Mentions are in text order: walk back through this sentence only.
    int best = -1;
    for (size_t j = i; j-- > 0;) {
      const ActorMention& o = doc_.mentions[j];
      if (meta_[j].sentence != meta_[i].sentence) break;
      if (o.token_end > m.token_begin - 1 || o.actor.country.empty()) continue;
      if (!harmer.empty() && o.actor.country == harmer) continue;
      if (best < 0 || o.token_begin > doc_.mentions[best].token_begin) best = static_cast<int>(j);
    }
    if (best < 0) return false;
    std::string code = doc_.mentions[best].actor.country;
    append_roles(code, m.actor.code);
    m.actor = lex_.make_actor(code);
    m.entry += "+owner:" + doc_.mentions[best].actor.country;
    m.basis = "coref";
    m.confidence = 0.7f;
    return true;
  }

  // "U.S. and British warplanes and warships struck ...": a bare role noun
  // conjoined to a role noun that a state adjective or name places (entry
  // "country:X+agent:..."), with the very same roles, shares that state: the
  // modifier distributes over the pair. Without it the bare one took the
  // place the clause strikes ("in Yemen") and the strike lost its target.
  // Only identical roles: "American troops and rebels" may be two sides.
  bool shared_conjunct(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (doc_.syntax.size() != doc_.tokens.size() || meta_[i].person >= 0 || meta_[i].dyn >= 0) return false;
    if (!m.actor.country.empty() || !m.actor.org.empty() || !roles_only(m.actor.code)) return false;
    if (m.entry.rfind("agent:", 0) != 0 || m.antecedent >= 0) return false;
    const TokenSyntax& hs = doc_.syntax[m.head];
    if (base_rel_of(m.head) != "conj" || hs.head < 0) return false;
    const uint32_t g = static_cast<uint32_t>(hs.head);
    for (size_t k = 0; k < i; ++k) {
      const ActorMention& a = doc_.mentions[k];
      if (a.head != g || a.entry.rfind("country:", 0) != 0 || a.entry.find("+agent:") == std::string::npos) continue;
      if (a.actor.country.empty() || a.actor.code.size() != 3 + m.actor.code.size() ||
          a.actor.code.compare(3, std::string::npos, m.actor.code) != 0)
        return false;
      m.actor = a.actor;
      m.entry += "+shared:" + a.actor.country;
      m.basis = "context";
      m.confidence = 0.7f;
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------ place
  // "Rebels in Mali", "In Mali, soldiers fired on ...", "in eastern Ukraine,
  // where government troops have been fighting rebels": a bare state role
  // takes the state its sentence places it in -- an "in" phrase on the
  // agent itself, else on the clause it is an argument of (or on up to two
  // clauses above it), else the state a "where" clause hangs on. Rebels are
  // coded to the country they fight in, so a sponsor ("Russian-backed
  // rebels") does not stop it. Returns 1 when mention i took a place, -1
  // when two different states are named at the same level (ambiguous: no
  // place and no dominant country either), 0 when no place is named.
  int placed_role(size_t i) {
    ActorMention& m = doc_.mentions[i];
    if (doc_.syntax.size() != doc_.tokens.size() || meta_[i].person >= 0 || meta_[i].dyn >= 0) return 0;
    if (!m.actor.country.empty() || !m.actor.org.empty() || !roles_only(m.actor.code)) return 0;
    if (!state_role(m.actor.code) || m.entry.rfind("pronoun:", 0) == 0) return 0;
    if (!own_role_noun(i, /*sponsored_ok=*/true) || org_before(i)) return 0;
    // Refugees are coded by where they fled from, not where they are.
    for (size_t k = 0; k + 3 <= m.actor.code.size(); k += 3)
      if (std::string_view(m.actor.code).substr(k, 3) == "REF") return 0;
    index_children();
    // (Not the opposition: "critics of Iran", "opponents of Moscow" are
    // no one's people by that "of".)
    bool opposed = false;
    for (size_t k = 0; k + 3 <= m.actor.code.size(); k += 3)
      opposed = opposed || std::string_view(m.actor.code).substr(k, 3) == "OPP";
    const bool domestic = domestic_role(i);
    // "Ethiopia's government and Tigrayan rebels signed a peace deal in
    // South Africa": where sides meet, sign or negotiate is no home of
    // theirs; only a phrase on the role noun itself places them there.
    bool clause_ok = domestic || placed_by_clause(i);
    // (Not for people of a domestic kind: "workers gathered outside
    // Lusaka" are Zambia's.)
    if (clause_ok && !domestic && diplomatic_clause(m.head)) clause_ok = false;
    std::string place = place_of(m.head, clause_ok, domestic, !opposed);
    if (place.empty()) place = police_sentence_place(i);
    if (place.empty()) place = modifier_place(i);
    if (place.empty()) return 0;
    if (place == "?") return -1;
    // "Russian-backed rebels in Russia" names no foreign sponsor: unsure.
    if (sponsor_state(i) == place) return 0;
    std::string code = place;
    append_roles(code, m.actor.code);
    m.actor = lex_.make_actor(code);
    m.entry += "+place:" + place;
    m.basis = "context";
    m.confidence = society_role(m.actor.code) ? 0.6f : 0.75f;
    return 1;
  }

  // Whether token t is the subject (or a conjunct of it) of a verb of
  // meeting, talks or signing ("signed a deal in Pretoria", "met in Doha",
  // "held talks in Geneva").
  bool diplomatic_clause(uint32_t t) const {
    if (doc_.syntax.size() != doc_.tokens.size() || t >= doc_.syntax.size()) return false;
    uint32_t u = t;
    for (int d = 0; d < 4 && deprel_name(deprel_base(doc_.syntax[u].deprel)) == "conj" && doc_.syntax[u].head >= 0; ++d)
      u = static_cast<uint32_t>(doc_.syntax[u].head);
    if (deprel_name(doc_.syntax[u].deprel) != "nsubj" || doc_.syntax[u].head < 0) return false;
    static constexpr std::string_view kMeet[] = {"sign", "meet", "negotiate", "talk", "attend", "hold",
                                                 "gather", "agree", "convene", "visit", "travel", "arrive"};
    const std::string& l = doc_.syntax[doc_.syntax[u].head].lemma;
    for (std::string_view k : kMeet)
      if (l == k) return true;
    return false;
  }

  // The mentions of mention i's sentence, [from, to): mentions are in text
  // order, so a walk out from i (not over the whole document).
  std::pair<size_t, size_t> sentence_mentions(size_t i) const {
    size_t from = i, to = i + 1;
    while (from > 0 && meta_[from - 1].sentence == meta_[i].sentence) --from;
    while (to < doc_.mentions.size() && meta_[to].sentence == meta_[i].sentence) ++to;
    return {from, to};
  }

  // A capital, province or city named alone (no role or owner composed
  // onto it): a place the sentence names.
  static bool named_place_mention(const ActorMention& o) {
    return (o.entry.rfind("capital:", 0) == 0 || o.entry.rfind("place:", 0) == 0) &&
           o.entry.find('+') == std::string::npos;
  }

  // "Police used water cannon against protesters in Paris", "police used
  // tear gas to disperse crowds in Tbilisi": police (and protesters) act
  // where they are, so a bare
  // police mention that no phrase of its own clause places takes the one
  // state that the capitals, provinces and cities named in its sentence
  // belong to (none, or two states: no place).
  std::string police_sentence_place(size_t i) const {
    const ActorMention& m = doc_.mentions[i];
    // (So do protesters: "the protesters set fire to buildings in Lahore".)
    bool crowd = false;
    if (m.actor.code == "OPP" && meta_[i].agent >= 0) {
      const std::string& h = lex_.agent(meta_[i].agent).head;
      crowd = h == "protester" || h == "protestor" || h == "demonstrator" || h == "rioter" || h == "marcher";
    }
    if (m.actor.code != "COP" && !crowd) return {};
    std::string state;
    const auto [from, to] = sentence_mentions(i);
    for (size_t j = from; j < to; ++j) {
      if (j == i || meta_[j].sentence != meta_[i].sentence) continue;
      const ActorMention& o = doc_.mentions[j];
      const bool named_place = named_place_mention(o);
      if (!named_place || o.actor.country.empty()) continue;
      // Only where something happens ("in Paris"), not a capital acted on
      // or appealed to ("called on Washington", "threw eggs at Washington").
      bool where = false;
      for (uint32_t k = o.token_begin > 3 ? o.token_begin - 3 : 0; k < o.token_begin; ++k) {
        const std::string_view w = fw(k);
        where = where || w == "in" || w == "near" || w == "outside" || w == "across" || w == "around" ||
                w == "through" || w == "throughout";
      }
      if (!where) continue;
      // The place's clause is the mention's or one with no subject of its
      // own ("used tear gas to disperse crowds in Tbilisi"), not one told
      // of someone else ("... hours after the president returned from
      // talks in Washington", "protesters who had marched in Gaza").
      if (!place_in_own_clause(m, o)) continue;
      if (!state.empty() && state != o.actor.country) return {};
      state = o.actor.country;
    }
    return state;
  }

  // Whether place mention o lies in the clause of mention m: walking up
  // from the place, every verb met before one that governs m has no
  // subject of its own. True when the tree is missing.
  bool place_in_own_clause(const ActorMention& m, const ActorMention& o) const {
    const size_t n = doc_.syntax.size();
    if (n != doc_.tokens.size() || m.head >= n || o.head >= n) return true;
    std::vector<uint32_t> above;  // m's head and the tokens above it
    for (int32_t u = static_cast<int32_t>(m.head), d = 0; u >= 0 && static_cast<size_t>(u) < n && d < 40;
         u = doc_.syntax[u].head, ++d)
      above.push_back(static_cast<uint32_t>(u));
    auto governs_m = [&](uint32_t u) { return std::find(above.begin(), above.end(), u) != above.end(); };
    for (int32_t u = doc_.syntax[o.head].head, d = 0; u >= 0 && static_cast<size_t>(u) < n && d < 40;
         u = doc_.syntax[u].head, ++d) {
      if (governs_m(static_cast<uint32_t>(u))) return true;
      if (doc_.syntax[u].upos != UPos::kVERB && doc_.syntax[u].upos != UPos::kAUX) continue;
      for (size_t k = 0; k < n; ++k) {
        if (doc_.syntax[k].head != u || (k >= m.token_begin && k < m.token_end)) continue;
        const std::string_view r = deprel_name(deprel_base(doc_.syntax[k].deprel));
        if (r == "nsubj" || r == "csubj" || deprel_name(doc_.syntax[k].deprel) == "nsubj:pass") return false;
      }
    }
    return true;
  }

  // "military buildings in Lahore", "army posts near Kandahar": a bare
  // state role that only modifies a thing (amod or compound of a noun no
  // mention covers) is placed by that thing's own "in/near/at" phrase, when
  // it names a capital, province or city (the thing stands where it is
  // and is that state's forces').
  std::string modifier_place(size_t i) const {
    const ActorMention& m = doc_.mentions[i];
    if (doc_.syntax.size() != doc_.tokens.size() || m.head >= doc_.syntax.size()) return {};
    const std::string_view r = deprel_name(deprel_base(doc_.syntax[m.head].deprel));
    if (r != "amod" && r != "compound") return {};
    const int32_t g = doc_.syntax[m.head].head;
    if (g < 0 || static_cast<size_t>(g) >= doc_.tokens.size() || doc_.syntax[g].upos != UPos::kNOUN) return {};
    for (const ActorMention& x : doc_.mentions)
      if (x.token_begin <= static_cast<uint32_t>(g) && static_cast<uint32_t>(g) < x.token_end) return {};
    const auto [from, to] = sentence_mentions(i);
    for (size_t j = from; j < to; ++j) {
      const ActorMention& o = doc_.mentions[j];
      if (meta_[j].sentence != meta_[i].sentence || o.actor.country.empty() || o.head >= doc_.syntax.size()) continue;
      const bool named_place = named_place_mention(o);
      if (!named_place || doc_.syntax[o.head].head != g) continue;
      if (deprel_name(deprel_base(doc_.syntax[o.head].deprel)) != "nmod") continue;
      for (uint32_t k = o.token_begin > 3 ? o.token_begin - 3 : 0; k < o.token_begin; ++k) {
        const std::string_view w = fw(k);
        if (w == "in" || w == "near" || w == "at") return o.actor.country;
      }
    }
    return {};
  }

  // Whether the place of the clause is the place of agent i, not only an
  // "in" phrase on the agent itself: forces, police, armed groups, civilians
  // and the opposition act where they are from, and so do students, workers
  // and farmers ("hundreds of students protested in Ankara"); so do a
  // government, a ministry or a court. Officials and titled people travel ("the two
  // presidents are cooperating in Syria"), and so do reporters and firms.
  bool placed_by_clause(size_t i) const {
    const std::string& c = doc_.mentions[i].actor.code;
    static const char* kLocal[] = {"MIL", "COP", "REB", "INS", "SEP", "CRM", "CVL", "OPP",
                                   "SPY", "EDU", "LAB", "AGR", "HLH", "REL"};
    bool institution_role = false;
    for (size_t k = 0; k + 3 <= c.size(); k += 3) {
      const std::string_view r = std::string_view(c).substr(k, 3);
      for (const char* l : kLocal)
        if (r == l) return true;
      institution_role = institution_role || r == "GOV" || r == "JUD" || r == "LEG" || r == "PTY";
    }
    if (!institution_role || meta_[i].agent < 0) return false;
    const AgentEntry& a = lex_.agent(static_cast<uint32_t>(meta_[i].agent));
    return !a.title && !a.weak && !a.plural;
  }

  // Whether bare mention i is of a domestic kind: police, protesters and the
  // opposition, civilians and residents, criminals and gangs, students,
  // workers, farmers, unidentified gunmen, and local officials ("local
  // authorities", "municipal officials"). These act where they live, so
  // the place their clause says the act happens ("Police fired tear gas at
  // protesters in central Lima", "unidentified gunmen killed three villagers
  // near Kandahar", "residents of Idlib fled") is their state; such events
  // were otherwise left unplaced (or given the story's dominant state, which
  // a dateline elsewhere can make wrong). place_of reads more kinds of place
  // phrase for them (near, outside, around, at ... in, of on the noun).
  // Not armies, governments, rebels, insurgents or militants: they act
  // abroad ("Russian-backed rebels", "al-Shabab attacked a base in Kenya"),
  // so only the narrower "in" reading (placed_by_clause) applies to them.
  bool domestic_role(size_t i) const {
    const ActorMention& m = doc_.mentions[i];
    const std::string& c = m.actor.code;
    if (c.empty() || c.size() % 3 != 0) return false;
    static const char* kDomestic[] = {"COP", "OPP", "CVL", "CRM", "EDU", "LAB", "AGR", "UAF", "REL"};
    bool gov = false;
    // (A partner already placed, "police" in "clashed with police in Lima",
    // is read by its roles.)
    const size_t from = !m.actor.country.empty() && c.compare(0, 3, m.actor.country) == 0 ? 3 : 0;
    if (from == c.size()) return false;
    for (size_t k = from; k + 3 <= c.size(); k += 3) {
      const std::string_view r = std::string_view(c).substr(k, 3);
      bool ok = false;
      for (const char* d : kDomestic) ok = ok || r == d;
      gov = gov || r == "GOV";
      if (!ok && r != "GOV") return false;
    }
    if (!gov) return true;
    // A government role only when a word before it makes it local.
    const uint32_t lo = m.token_begin >= 2 ? m.token_begin - 2 : 0;
    for (uint32_t t = lo; t < m.token_end; ++t) {
      const std::string_view w = fw(t);
      if (w == "local" || w == "municipal" || w == "provincial" || w == "city" || w == "district") return true;
    }
    return false;
  }

  // A state's own people and none of its officials: opposition, civilians,
  // workers, farmers, students, the press, clergy, health workers (and with
  // `with_business`, firms), the ones a law or reform is done to when they
  // protest it or demand it be undone.
  static bool state_people(const Actor& a, bool with_business) {
    bool people = false;
    for (const std::string& r : a.sectors) {
      if (r == "GOV" || r == "MIL" || r == "COP" || r == "LEG" || r == "JUD" || r == "SPY" || r == "ELI") return false;
      if (r == "OPP" || r == "CVL" || r == "LAB" || r == "AGR" || r == "EDU" || r == "MED" || r == "REL" ||
          r == "HLH" || (with_business && r == "BUS"))
        people = true;
    }
    return people;
  }

  // Whether mention k names a state alone: a country ("Zambia", RUS) or its
  // capital ("Lusaka", coded as the government, ZMBGOV), no agent.
  bool names_state(size_t k) const {
    const ActorMention& o = doc_.mentions[k];
    const int e = meta_[k].actor_entry;
    if (e < 0 || o.actor.country.empty()) return false;
    const EntryKind kind = lex_.entry(e).kind;
    if (kind == EntryKind::kCapital) return o.actor.code == o.actor.country + "GOV";
    return kind == EntryKind::kCountry && o.actor.code.size() == 3;
  }

  // Children of every token (once per document, when a place is asked for).
  void index_children() {
    if (!kid_off_.empty()) return;
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    kid_off_.assign(n + 2, 0);
    for (uint32_t t = 0; t < n; ++t)
      if (int32_t h = doc_.syntax[t].head; h >= 0 && static_cast<uint32_t>(h) < n) ++kid_off_[h + 2];
    for (uint32_t t = 2; t < n + 2; ++t) kid_off_[t] += kid_off_[t - 1];
    kids_.resize(kid_off_[n + 1]);
    for (uint32_t t = 0; t < n; ++t)
      if (int32_t h = doc_.syntax[t].head; h >= 0 && static_cast<uint32_t>(h) < n) kids_[kid_off_[h + 1]++] = t;
    // kid_off_[h] .. kid_off_[h + 1] now spans h's children, in token order.
    state_head_.assign(n, -1);
    for (size_t k = 0; k < doc_.mentions.size(); ++k)
      if (names_state(k) && doc_.mentions[k].head < n) state_head_[doc_.mentions[k].head] = static_cast<int>(k);
  }
  std::span<const uint32_t> kids_of(uint32_t t) const {
    return std::span<const uint32_t>(kids_.data() + kid_off_[t], kid_off_[t + 1] - kid_off_[t]);
  }
  std::string_view rel_of(uint32_t t) const { return deprel_name(doc_.syntax[t].deprel); }
  std::string_view base_rel_of(uint32_t t) const { return deprel_name(deprel_base(doc_.syntax[t].deprel)); }

  // The state named at token t or at its conjuncts ("in Mali and Niger").
  // A province or city counts as its state ("guerrillas in Fallujah"), and
  // so does "the city of X" ("in the eastern city of Baqubah").
  // With `parts` (a domestic actor, domestic_role), also a part of a town
  // ("the streets of Tehran", "the outskirts of Nairobi", "a suburb of
  // Lima"): where people of that town act.
  void states_at(uint32_t t, std::vector<std::string>* out, bool parts = false) const {
    auto add = [&](uint32_t k) {
      if (state_head_[k] >= 0) out->push_back(doc_.mentions[state_head_[k]].actor.country);
      else if (k < province_at_.size() && province_at_[k] >= 0) out->push_back(lex_.country(province_at_[k]).iso);
    };
    add(t);
    const size_t before = out->size();
    static const char* kPlaceNoun[] = {"city",   "town",      "village",    "province",  "region", "district",
                                       "state",  "capital",   "county",     "governorate", "prefecture",
                                       "territory", "island", "port", "soil"};
    bool place_noun = parts && place_part(t);
    for (const char* w : kPlaceNoun) place_noun = place_noun || fw(t) == w;
    for (uint32_t c : kids_of(t)) {
      if (base_rel_of(c) == "conj") add(c);
      // "the Kenyan capital, Nairobi": the place noun's name in apposition.
      if (place_noun && base_rel_of(c) == "appos") add(c);
      if (place_noun && base_rel_of(c) == "nmod")
        for (uint32_t k : kids_of(c))
          if (k < c && base_rel_of(k) == "case" && (fw(k) == "of" || fw(k) == "'s" || fw(k) == "\u2019s")) add(c);
      // "Borno state", "the Somali city", "Nigeria's Borno state": the
      // place noun's own name or state adjective, and the name's possessor.
      if (place_noun && c < t && (base_rel_of(c) == "compound" || base_rel_of(c) == "amod" ||
                                  base_rel_of(c) == "flat")) {
        add(c);
        for (uint32_t k : kids_of(c))
          if (base_rel_of(k) == "nmod")
            for (uint32_t kk : kids_of(k))
              if (kk < k && base_rel_of(kk) == "case" && (fw(kk) == "'s" || fw(kk) == "\u2019s")) add(k);
      }
    }
    if (out->size() == before) the_town_named_before(t, out);
  }

  // "... in the western city of Falluja. Sunni clerics in the town issued
  // a declaration": a definite "the town" ("the city", "the village") that
  // names no place of its own is the city or town last named, within
  // three sentences (the gazetteer's cities and provinces only).
  void the_town_named_before(uint32_t t, std::vector<std::string>* out) const {
    const std::string_view w = fw(t);
    if (w != "town" && w != "city" && w != "village") return;
    bool the = false;
    for (uint32_t c : kids_of(t)) {
      const std::string_view b = base_rel_of(c);
      if (b == "det" && (fw(c) == "the" || fw(c) == "The")) the = true;
      // (Any word of its own: "the border town", "the Somali city", "the
      // town of Qaim", "the town where ...".)
      else if (b != "case" && b != "punct") return;
    }
    if (!the || doc_.sentences.empty()) return;
    size_t si = 0;
    while (si + 1 < doc_.sentences.size() && doc_.sentences[si + 1].token_begin <= t) ++si;
    const uint32_t from = doc_.sentences[si >= 3 ? si - 3 : 0].token_begin;
    for (uint32_t k = t; k-- > from;) {
      if (k < province_at_.size() && province_at_[k] >= 0) {
        out->push_back(lex_.country(province_at_[k]).iso);
        return;
      }
      // (A capital is a city too: "in Baghdad ... in the city".)
      if (const int m = state_head_[k]; m >= 0 && doc_.mentions[m].entry.starts_with("capital:")) {
        out->push_back(doc_.mentions[m].actor.country);
        return;
      }
    }
  }

  bool place_part(uint32_t t) const {
    static const char* kParts[] = {"street", "streets", "outskirts", "suburb", "suburbs", "center", "centre",
                                   "heart", "downtown", "neighborhood", "neighbourhoods", "neighbourhood",
                                   "neighborhoods", "edge", "districts", "villages", "towns"};
    for (const char* w : kParts)
      if (fw(t) == w) return true;
    return false;
  }

  // States named as where the phrase or clause headed by t happens: its
  // "in X" phrases, and for a clause, the state a "where" refers back to.
  // With `domestic` (domestic_role), also the phrases that say where a
  // local actor acts: "near", "outside", "around" a place; "at" only through
  // an "in" phrase inside it ("at a rally in Caracas"; "at Washington" is
  // whom a protest is aimed at); and any place phrase whose own noun is no
  // state but carries an "in" phrase ("outside the parliament in Nairobi",
  // "at protesters in central Lima"). With `of_ok`, an "of" place on the
  // agent's own noun ("residents of Idlib").
  void places_at(uint32_t t, bool clause, std::vector<std::string>* out, bool domestic = false,
                 bool of_ok = false) const {
    for (uint32_t c : kids_of(t)) {
      const std::string_view b = base_rel_of(c);
      if (b == "nmod" || (clause && b == "obl")) {
        bool in = false, near = false, nested = false;
        for (uint32_t k : kids_of(c)) {
          if (k > c || base_rel_of(k) != "case") continue;
          const std::string_view w = fw(k);
          in = in || w == "in" || w == "inside" || w == "throughout" || w == "across";
          // "the mayor of Nablus", "the people of Fallujah", "residents of
          // the city of Aleppo": on the agent itself (of_ok), an "of" place
          // is the place it belongs to.
          in = in || (of_ok && b == "nmod" && w == "of");
          if (!domestic) continue;
          // "on the outskirts of", "through the streets of": only with a
          // part of a town ("called on Washington" is no place).
          near = near || w == "near" || w == "outside" || w == "around" ||
                 ((w == "on" || w == "through") && place_part(c));
          nested = nested || w == "at" || w == "near" || w == "outside" || w == "around" || w == "in";
        }
        // "militants with bases in Afghanistan", "rebels with hideouts in
        // Sudan": a base of the agent's own is where it is.
        bool with = false;
        for (uint32_t k : kids_of(c))
          if (k < c && base_rel_of(k) == "case" && fw(k) == "with") with = true;
        if (with && !clause && base_word(fw(c)) && armed_head(t))
          for (uint32_t k : kids_of(c)) {
            if (base_rel_of(k) != "nmod") continue;
            for (uint32_t q : kids_of(k))
              if (q < k && base_rel_of(q) == "case" && fw(q) == "in") states_at(k, out);
          }
        const size_t before = out->size();
        if (in || near) states_at(c, out, domestic);
        if (nested && out->size() == before)
          for (uint32_t k : kids_of(c)) {
            if (base_rel_of(k) != "nmod") continue;
            for (uint32_t q : kids_of(k))
              if (q < k && base_rel_of(q) == "case" && fw(q) == "in") states_at(k, out);
          }
      } else if ((b == "amod" || b == "acl") && c > t && located_word(doc_.syntax[c].lemma) && armed_head(t)) {
        // "militants present on Afghan soil", "fighters based in Syria",
        // "insurgents operating in Mali": a word of being somewhere, with
        // its own "in" or "on" place.
        for (uint32_t k : kids_of(c)) {
          const std::string_view kb = base_rel_of(k);
          if (kb != "obl" && kb != "nmod") continue;
          for (uint32_t q : kids_of(k))
            if (q < k && base_rel_of(q) == "case" &&
                (fw(q) == "in" || fw(q) == "on" || fw(q) == "inside" ||
                 // "ringleaders operating from Afghanistan": where they act from
                 (fw(q) == "from" && doc_.syntax[c].lemma == "operate")))
              states_at(k, out);
        }
      } else if (clause && b == "advmod" && fw(c) == "where") {
        // "in eastern Ukraine, where ...": the parser hangs the clause on
        // the verb or the noun; the state is right before the "where".
        if (c == 0) continue;
        uint32_t p = c - 1;
        if (fw(p) == "," && p > 0) --p;
        states_at(p, out);
      }
    }
  }

  // Whether token t heads a mention of a non-state armed group's role
  // (militants, rebels, insurgents, gunmen): only they are where they are
  // based; "troops stationed in Syria" are another state's.
  bool armed_head(uint32_t t) const {
    for (const ActorMention& m : doc_.mentions)
      if (m.head == t) {
        for (const auto& r : m.actor.sectors)
          if (r == "REB" || r == "INS" || r == "SEP" || r == "UAF") return true;
        return false;
      }
    return false;
  }

  // Nouns of a group's own place ("with bases in Afghanistan").
  static bool base_word(std::string_view w) {
    static constexpr std::string_view kBase[] = {"bases", "base", "hideouts", "hideout", "sanctuaries",
                                                 "sanctuary", "havens", "haven", "strongholds"};
    for (std::string_view b : kBase)
      if (w == b) return true;
    return false;
  }

  // Words that say where someone is ("present on Afghan soil", "based in
  // Syria", "operating in Mali").
  static bool located_word(std::string_view lemma) {
    static constexpr std::string_view kLocated[] = {"present", "base",   "operate", "hide", "locate",
                                                    "station", "active", "hiding",  "holed", "shelter"};
    for (std::string_view w : kLocated)
      if (lemma == w) return true;
    return false;
  }

  // An oblique that says where or with whom the act happens ("fired at
  // protesters in Lima", "clashed with police in Caracas", "arrested by
  // police in Lagos"), not a way in or out ("were sent to schools in
  // France", "fled from homes in Aleppo") nor a topic ("rallied against
  // the bombing near Gaza"): only then does a place inside it place the
  // actor.
  bool located_obl(uint32_t c) const {
    if (base_rel_of(c) != "obl" || event_noun(c)) return false;
    for (uint32_t k : kids_of(c)) {
      if (k > c || base_rel_of(k) != "case") continue;
      const std::string_view w = fw(k);
      // "with" a partner: only another domestic actor shares the place
      // ("clashed with police in Lima", not "collaborated with partners
      // in Afghanistan").
      if (w == "with") {
        for (size_t j = 0; j < doc_.mentions.size(); ++j)
          if (doc_.mentions[j].head == c && doc_.mentions[j].token_begin <= c && c < doc_.mentions[j].token_end)
            return domestic_role(j);
        return false;
      }
      return w == "at" || w == "in" || w == "near" || w == "outside" || w == "around" || w == "inside" ||
             w == "on" || w == "by";
    }
    return false;
  }
  // A noun naming an act ("the bombing near Gaza", "the killings at a
  // market in Baghdad", "the war in Iraq"): its place is where that act
  // happened, which the actor may only be talking about.
  bool event_noun(uint32_t t) const {
    const std::string_view w = fw(t);
    if (w.size() > 5 && (w.substr(w.size() - 3) == "ing" || w.substr(w.size() - 4) == "ings")) return true;
    static const char* kActs[] = {"attack", "attacks", "war", "wars", "strike", "strikes", "raid", "raids",
                                  "massacre", "violence", "crackdown", "conflict", "death", "deaths",
                                  "explosion", "explosions", "blast", "blasts", "offensive", "invasion",
                                  "occupation", "siege", "campaign", "operation", "operations", "election",
                                  "elections", "decision", "policy", "plan", "situation", "crisis"};
    for (const char* a : kActs)
      if (w == a) return true;
    return false;
  }

  // The place of the agent whose head is t: "", a state code, or "?" when
  // two different states are named at the first level that names any.
  std::string place_of(uint32_t t, bool clause_ok, bool domestic = false, bool of_ok = false) const {
    std::vector<std::string> found;
    auto verdict = [&]() -> std::string {
      for (const std::string& f : found)
        if (f != found[0]) return "?";
      return found[0];
    };
    places_at(t, false, &found, domestic, of_ok);
    if (!found.empty()) return verdict();
    if (!clause_ok) return "";
    // Up the noun phrase to the argument it belongs to ("an attack by
    // rebels", "troops and police").
    uint32_t a = t;
    for (int k = 0; k < 4; ++k) {
      const std::string_view b = base_rel_of(a);
      if (b != "conj" && b != "appos" && b != "compound" && b != "flat" && b != "nmod") break;
      if (doc_.syntax[a].head < 0) return "";
      a = static_cast<uint32_t>(doc_.syntax[a].head);
      // "the US attack on militiamen in Najaf", "clashes with rebels in
      // Idlib": an act of force happens where those it strikes are, so its
      // own "in" place is theirs. (Only force: "talks with rebels in Doha"
      // are held abroad.)
      static const char* kForce[] = {"attack", "assault", "raid", "strike", "airstrike", "offensive",
                                     "clash", "fighting", "battle", "crackdown", "operation", "bombing",
                                     "shelling", "ambush", "firefight", "siege", "incursion"};
      if (b == "nmod") {
        std::string_view hw = fw(a);
        if (hw.size() > 3 && hw.back() == 's') hw.remove_suffix(1);
        bool force = false;
        for (const char* f : kForce) force = force || hw == f;
        if (force) {
          places_at(a, false, &found);
          if (!found.empty()) return verdict();
        }
      }
    }
    const std::string_view b = base_rel_of(a);
    if ((b != "nsubj" && b != "obj" && b != "iobj" && b != "obl") || doc_.syntax[a].head < 0) return "";
    uint32_t v = static_cast<uint32_t>(doc_.syntax[a].head);
    // Whether the mention is no subject and every step up so far was from a
    // participle clause ("..., killing three civilians"): only then is the
    // act of force above the one that struck it (not "shelled Kharkiv, and
    // soldiers later stormed the city": a clause of its own).
    bool via_participle = b != "nsubj";
    for (int level = 0; level < 3; ++level) {
      places_at(v, true, &found, domestic);
      // "Police arrested 20 supporters in Nairobi", "rebels in Mali
      // attacked a police post": the parser hangs the clause's place on its
      // subject or object as often as on the verb (for a domestic actor
      // also on an oblique: "fired at protesters in Lima").
      for (uint32_t c : kids_of(v))
        if (level == 0 && found.empty() &&
            (base_rel_of(c) == "nsubj" || base_rel_of(c) == "obj" || (domestic && located_obl(c))))
          places_at(c, false, &found, domestic && !event_noun(c));
      // "Russian forces shelled Kharkiv, killing three civilians": those a
      // participle of an act of force strikes are in the place the act
      // struck (never the attacker: level 0 is the clause of the mention).
      // So are those of a participle on an act of force on a thing in a
      // place ("stormed a hotel in Mogadishu, leaving nine people dead").
      if (level > 0 && via_participle && found.empty() && force_verb(doc_.syntax[v].lemma))
        for (uint32_t c : kids_of(v))
          if (base_rel_of(c) == "obj") {
            states_at(c, &found);
            if (found.empty()) places_at(c, false, &found, domestic);
          }
      if (!found.empty()) return verdict();
      const std::string_view r = base_rel_of(v);
      if ((r != "conj" && r != "advcl" && r != "xcomp" && r != "ccomp") || doc_.syntax[v].head < 0) break;
      via_participle = via_participle && r == "advcl" && doc_.syntax[v].xpos == "VBG";
      v = static_cast<uint32_t>(doc_.syntax[v].head);
    }
    return "";
  }

  // Verbs of force whose object is the place struck ("shelled Kharkiv",
  // "bombed the city of Homs").
  static bool force_verb(std::string_view lemma) {
    static constexpr std::string_view kForce[] = {"shell", "bomb",   "strike",  "attack", "hit",    "pound",
                                                  "raid",  "storm",  "target",  "bombard", "invade", "overrun"};
    for (std::string_view f : kForce)
      if (lemma == f) return true;
    return false;
  }

  // With a tree: mention o is the subject of a verb that stands between it
  // and token e ("Amnesty International urged the ..."), so it is no
  // modifier of what comes after. ("al-Shabab militants, including key
  // leaders": "including" has no subject.)
  bool subject_of_verb_between(const ActorMention& o, uint32_t e) const {
    if (doc_.syntax.size() != doc_.tokens.size() || o.head >= doc_.syntax.size()) return false;
    // (Up through the words of a longer name: "Amnesty International
    // Kenya urged", with "Kenya" the subject.)
    uint32_t t = o.head;
    for (int d = 0; d < 4; ++d) {
      const TokenSyntax& h = doc_.syntax[t];
      if (h.head < static_cast<int32_t>(o.token_begin) || h.head >= static_cast<int32_t>(e)) return false;
      const std::string_view r = deprel_name(h.deprel);
      if (doc_.syntax[h.head].upos == UPos::kVERB)
        return h.head >= static_cast<int32_t>(o.token_end) && (r == "nsubj" || r == "nsubj:pass");
      t = static_cast<uint32_t>(h.head);
    }
    return false;
  }

  // "Amnesty International Kenya condemned ...", "Transparency
  // International Russia": a state named right after a non-governmental
  // organisation's name, with nothing between, is the name of its national
  // chapter; the state's mention stands for the organisation (so "Kenya",
  // where the parser puts the head, is no subject of its own).
  void national_chapters() {
    for (size_t i = 1; i < doc_.mentions.size(); ++i) {
      ActorMention& m = doc_.mentions[i];
      const ActorMention& o = doc_.mentions[i - 1];
      if (o.token_end != m.token_begin || meta_[i].sentence != meta_[i - 1].sentence) continue;
      if (o.actor.code.compare(0, 3, "NGO") != 0 || m.actor.code.size() != 3 || m.actor.code != m.actor.country)
        continue;
      if (m.token_end < doc_.tokens.size() && (fw(m.token_end) == "'s" || fw(m.token_end) == "\u2019s")) continue;
      m.actor = o.actor;
      m.entry += "+chapter:" + o.entry;
      m.basis = o.basis;
    }
  }

  // An organisation right before mention i ("IAEA Director General"), in
  // the same phrase: a verb or a comma between them ends it ("Boko Haram
  // militants killed 15 villagers in Borno": the villagers are no member of
  // Boko Haram, and the "in" phrase places them).
  bool org_before(size_t i) const {
    const ActorMention& m = doc_.mentions[i];
    const bool parsed = doc_.syntax.size() == doc_.tokens.size();
    for (size_t k = i; k-- > 0;) {
      const ActorMention& o = doc_.mentions[k];
      if (meta_[k].sentence != meta_[i].sentence || m.token_begin - std::min(o.token_end, m.token_begin) > 3) break;
      if (o.actor.org.empty() || o.token_end > m.token_begin) continue;
      bool same_phrase = true;
      for (uint32_t t = o.token_end; t < m.token_begin && same_phrase; ++t)
        same_phrase = fw(t) != "," &&
                      !(parsed && (doc_.syntax[t].upos == UPos::kVERB || doc_.syntax[t].upos == UPos::kAUX));
      if (same_phrase) return true;
    }
    return false;
  }

  // "Russian-backed rebels" are someone else's rebels.
  static bool sponsor_word(std::string_view w) {
    static const char* kSponsored[] = {"backed", "supported", "sponsored", "funded", "aligned",
                                       "linked", "loyal", "led", "affiliated"};
    for (const char* o : kSponsored)
      if (w == o) return true;
    return false;
  }

  // The state of a sponsor named right before mention i ("Russian-backed"),
  // or "".
  std::string sponsor_state(size_t i) const {
    const ActorMention& m = doc_.mentions[i];
    for (size_t k = i; k-- > 0;) {
      const ActorMention& o = doc_.mentions[k];
      if (meta_[k].sentence != meta_[i].sentence || o.token_end + 3 < m.token_begin) break;
      if (o.token_end > m.token_begin || o.actor.country.empty()) continue;
      for (uint32_t t = o.token_end; t < m.token_begin; ++t)
        if (sponsor_word(fw(t))) return o.actor.code.substr(0, 3);
      return "";
    }
    return "";
  }

  // Whether the dominant country may be lent to bare agent mention i. Not
  // when a word before it says it is someone else's ("foreign forces",
  // "international troops", "coalition"), when an organisation precedes it
  // ("IAEA Director General"), when the tree shows it modifies a noun
  // ("military purposes"), or when its sentence names another state and the
  // nearest state before it is not the dominant one.
  // "Kurt Volker, the special envoy to Ukraine": the state a role is sent to
  // is its host, not its own, so a story about that state does not make the
  // envoy (or the person the role describes) one of its officials.
  bool sent_to_context_state(size_t i) const {
    const ActorMention& m = doc_.mentions[i];
    const uint32_t sent = meta_[i].sentence;
    for (size_t k = i + 1; k < doc_.mentions.size() && meta_[k].sentence == sent; ++k) {
      const ActorMention& o = doc_.mentions[k];
      if (o.token_begin > m.token_end + 12) break;
      if (o.token_begin < 2 || o.actor.code.compare(0, 3, context_country_) != 0 || fw(o.token_begin - 1) != "to")
        continue;
      // "Steve Bannon, a former adviser to President Donald Trump": a role
      // "to" a named person serves that person; only a role sent to the
      // state or its seat ("envoy to Washington") comes from elsewhere.
      if (meta_[k].person >= 0) continue;
      // The word before "to" ends a role-noun mention: i itself or the role
      // in i's apposition.
      for (size_t j = i; j < k; ++j)
        if (doc_.mentions[j].token_end == o.token_begin - 1 && doc_.mentions[j].entry.rfind("agent:", 0) == 0)
          return true;
    }
    return false;
  }

  // The head of the clause token t belongs to: the first ancestor (t
  // itself included) that is a verb or heads a clausal relation; -1 if none.
  int clause_of(uint32_t t) const {
    for (int k = 0, x = static_cast<int>(t); k < 16 && x >= 0; ++k) {
      const TokenSyntax& y = doc_.syntax[x];
      std::string_view rel = deprel_name(deprel_base(y.deprel));
      if (y.upos == UPos::kVERB || rel == "ccomp" || rel == "advcl" || rel == "acl" || rel == "xcomp" ||
          rel == "parataxis" || rel == "root")
        return x;
      x = y.head;
    }
    return -1;
  }

  // With a tree: token t lies in a clause that depends on the clause of
  // token h ("X told lawmakers [that the request to the Ukrainian president
  // was improper]"): what the sentence goes on to say, not who X is. Without
  // a tree: false.
  bool in_later_clause(uint32_t t, uint32_t h) const {
    if (doc_.syntax.size() != doc_.tokens.size() || t >= doc_.syntax.size() || h >= doc_.syntax.size()) return false;
    const int ct = clause_of(t), ch = clause_of(h);
    if (ct < 0 || ch < 0 || ct == ch) return false;
    // ct must lie below ch.
    for (int k = 0, x = doc_.syntax[ct].head; k < 16 && x >= 0; ++k, x = doc_.syntax[x].head)
      if (x == ch) return true;
    return false;
  }

  // With a tree: token t or a noun it modifies on the way up to its clause
  // is introduced by "from" ("people arriving from the Indian
  // subcontinent"): where someone comes from.
  bool from_phrase(uint32_t t) const {
    if (doc_.syntax.size() != doc_.tokens.size() || t >= doc_.syntax.size()) return false;
    const int c = clause_of(t);
    for (int k = 0, x = static_cast<int>(t); k < 8 && x >= 0 && x != c; ++k, x = doc_.syntax[x].head) {
      const uint32_t lo = x >= 6 ? static_cast<uint32_t>(x) - 6 : 0;
      for (uint32_t q = lo; q < static_cast<uint32_t>(x); ++q)
        if (doc_.syntax[q].head == x && deprel_name(deprel_base(doc_.syntax[q].deprel)) == "case" && fw(q) == "from")
          return true;
    }
    return false;
  }

  // With a tree: token t heads a subject or object ("officials said
  // *Poland* would send jets"); without one, every token counts.
  // Whether token o is the object or a non-locative oblique of the verb
  // whose subject is token subj (also through the object's noun: "signed a
  // treaty with Rwanda").
  bool acted_on_by_subject(uint32_t subj, uint32_t o) const {
    if (doc_.syntax.size() != doc_.tokens.size() || subj >= doc_.syntax.size() || o >= doc_.syntax.size()) return false;
    const TokenSyntax& ss = doc_.syntax[subj];
    // (An active subject: "refugees were driven from Somalia" came from it.)
    int32_t v = deprel_name(ss.deprel) == "nsubj" ? ss.head : -1;
    // "militants who had fired rockets at southern Israel": the subject of
    // a relative clause on the role noun, by its relative pronoun.
    if (v < 0)
      for (uint32_t c = subj + 1; c < doc_.syntax.size() && c < subj + 12 && v < 0; ++c) {
        if (doc_.syntax[c].head != static_cast<int32_t>(subj) || deprel_name(doc_.syntax[c].deprel) != "acl:relcl")
          continue;
        for (uint32_t k = subj + 1; k < c; ++k) {
          const std::string_view w = fw(k);
          if (doc_.syntax[k].head == static_cast<int32_t>(c) && deprel_name(doc_.syntax[k].deprel) == "nsubj" &&
              (w == "who" || w == "that" || w == "which"))
            v = static_cast<int32_t>(c);
        }
      }
    if (v < 0) return false;
    uint32_t a = o;
    for (int d = 0; d < 3; ++d) {
      const TokenSyntax& as = doc_.syntax[a];
      if (as.head < 0) return false;
      const std::string_view r = deprel_name(deprel_base(as.deprel));
      if (r != "obj" && r != "obl" && r != "nmod" && r != "iobj") return false;
      // Locative phrases say where, and may be the subject's own state.
      for (uint32_t k = a >= 3 ? a - 3 : 0; k < a; ++k)
        if (doc_.syntax[k].head == static_cast<int32_t>(a) && deprel_name(doc_.syntax[k].deprel) == "case") {
          const std::string_view w = fw(k);
          if (w == "in" || w == "across" || w == "throughout" || w == "inside" || w == "of" || w == "from")
            return false;
        }
      if (as.head == v) return r != "nmod";
      a = static_cast<uint32_t>(as.head);
    }
    return false;
  }

  bool core_argument(uint32_t t) const {
    if (doc_.syntax.size() != doc_.tokens.size() || t >= doc_.syntax.size()) return true;
    std::string_view rel = deprel_name(doc_.syntax[t].deprel);
    return rel == "nsubj" || rel == "nsubj:pass" || rel == "obj" || rel == "iobj" || rel == "obl:agent";
  }

  // Whether bare role mention i takes state ctx: it is the story's own role
  // noun, and no other state is named before it in its sentence nearer than
  // ctx, nor after it in its own clause ("rulers won in Botswana", "Luca
  // Zaia, governor of Veneto, one of Italy's regions") or as a subject or
  // object ("Officials said Poland would send jets": whose officials is
  // open). A state named after it only as a modifier inside a clause its
  // clause governs ("Vindman told lawmakers that the request to the
  // Ukrainian president was improper") is what the sentence goes on to say,
  // not whose the role is.
  // Whether the foreign force at mention k, in the sentence of mention i,
  // is placed in the story's state ctx: "US troops there", the force's
  // state named in an earlier sentence ("the American occupation of
  // Iraq"), or ctx named before it in its paragraph.
  bool force_placed_in_story(size_t i, size_t k, const std::string& ctx) const {
    const uint32_t sent = meta_[i].sentence;
    const Sentence& st = doc_.sentences[sent];
    for (uint32_t t = st.token_begin; t < st.token_end && t < doc_.tokens.size(); ++t)
      if (fw(t) == "there" || fw(t) == "here") return true;
    const std::string& force = doc_.mentions[k].actor.country;
    const uint32_t para = st.paragraph;
    for (size_t j = std::min(i, k); j-- > 0;) {
      const uint32_t sj = meta_[j].sentence;
      if (sj < sent && doc_.mentions[j].actor.country == force) return true;
      if (doc_.sentences[sj].paragraph == para && doc_.mentions[j].actor.country == ctx) return true;
    }
    return false;
  }

  bool context_fits(size_t i, const std::string& ctx) const {
    const ActorMention& m = doc_.mentions[i];
    if (!own_role_noun(i)) return false;
    if (ctx == context_country_ && sent_to_context_state(i)) return false;
    const uint32_t sent = meta_[i].sentence;
    // Refugees come from elsewhere: any other state in the sentence may be
    // theirs ("the first refugees to arrive at Dadaab, driven from Somalia").
    bool refugees = false;
    for (const auto& r : m.actor.sectors) refugees = refugees || r == "REF";
    int nearest = -1;  // nearest state mention before i in its sentence
    bool other = false;
    // "The junta also accused France of planning to attack the country": a
    // junta rules at home, so a state named after it in its clause is what
    // it acts on, not its owner (one named before it still may be).
    bool home_ruler = false;
    if (meta_[i].agent >= 0) {
      const std::string& h = lex_.agent(meta_[i].agent).head;
      home_ruler = h == "junta" || h == "juntas";
    }
    // Mentions are in text order here: the sentence's are around i.
    size_t lo_k = i, hi_k = i + 1;
    while (lo_k > 0 && meta_[lo_k - 1].sentence == sent) --lo_k;
    while (hi_k < doc_.mentions.size() && meta_[hi_k].sentence == sent) ++hi_k;
    for (size_t k = lo_k; k < hi_k; ++k) {
      if (k == i) continue;
      const ActorMention& o = doc_.mentions[k];
      // (A party of the story's own state, "Democratic lawmakers grilled
      // Lt. Col. X", is no other owner; an armed group or movement is: "16
      // al-Shabab militants, including key leaders".)
      bool own_party = o.actor.code.compare(0, 3, ctx) == 0;
      if (own_party) {
        bool pty = false;
        for (const auto& r : o.actor.sectors) {
          if (r == "PTY" || r == "LEG") pty = true;
          if (r == "REB" || r == "INS" || r == "SEP" || r == "UAF" || r == "RAD") own_party = false;
        }
        own_party = own_party && pty;
      }
      // (An organisation that is the subject of a verb before the role is
      // not its owner: "Amnesty International urged the authorities to ...",
      // "the U.N. chief called on the authorities": the story's own.)
      if (!o.actor.org.empty() && !own_party && o.token_end <= m.token_begin && m.token_begin - o.token_end <= 3 &&
          !subject_of_verb_between(o, m.token_begin))
        return false;
      if (o.actor.country.empty()) continue;
      // Nor is the state a post is sent to ("Kurt Volker, former special
      // envoy to Kyiv, and Tim Morrison, an NSC aide, testified"): the
      // envoy serves another state, the story's own when the post is not
      // sent to it.
      if (const int to = posted_to(o); to >= 0) {
        if (o.actor.code.compare(0, 3, ctx) == 0 && static_cast<uint32_t>(to) == m.token_end) return false;
        continue;
      }
      // A rebel or insurgent group is no state whose officials these could be.
      if (armed_role(o.actor.code, 3)) continue;
      // Nor are another state's forces the owners of the rebels or
      // guerrillas they fight ("US troops clashed with guerrillas" in a story
      // about Iraq): rebels are coded to the country they fight in.
      // (Only for a force the story places there: "In other news,
      // Colombian troops killed 12 rebels" in a story about Syria names
      // Colombia's rebels.)
      if (armed_role(m.actor.code, 0) && o.actor.code.compare(0, 3, ctx) != 0 && force_placed_in_story(i, k, ctx)) {
        bool force = false;
        for (const auto& r : o.actor.sectors) force = force || r == "MIL" || r == "COP";
        if (force) continue;
      }
      // Nor is the partner or object of the role's own act ("the government
      // signed a new treaty with Rwanda", "the president visited Kenya"):
      // no one acts on or with their own state that way (a place, "cut
      // taxes in Rwanda", still may be the role's).
      if (o.token_begin > m.token_begin && acted_on_by_subject(m.head, o.head)) continue;
      // Nor is the outlet told the story ("a village chief told VOA",
      // "said in an interview with the BBC").
      if (o.actor.sectors.size() == 1 && o.actor.sectors[0] == "MED") continue;
      if (o.actor.code.compare(0, 3, ctx) != 0 &&
          (o.token_end <= m.token_begin ||
           (!home_ruler && (core_argument(o.head) || !in_later_clause(o.head, m.head) || refugees ||
                            from_phrase(o.head)))))
        other = true;
      if (o.token_end <= m.token_begin) nearest = static_cast<int>(k);
    }
    if (!other) return true;
    return nearest >= 0 && doc_.mentions[nearest].actor.code.compare(0, 3, ctx) == 0;
  }

  // "envoy to Kyiv", "the ambassador to the United Nations": mention o
  // is where the post before "to" is sent. Returns the "to" token, or -1.
  int posted_to(const ActorMention& o) const {
    uint32_t t = o.token_begin;
    if (t > 0 && fw(t - 1) == "the") --t;
    if (t < 2 || fw(t - 1) != "to") return -1;
    static const char* kPost[] = {"envoy", "envoys", "ambassador", "ambassadors", "emissary", "emissaries",
                                  "representative", "representatives", "delegate", "delegates"};
    const std::string_view w = fw(t - 2);
    for (const char* k : kPost)
      if (w == k) return static_cast<int>(t - 1);
    return -1;
  }

  // ------------------------------------------------------------ unresolved
  // A proper name heading a subject, object or passive agent that no rule
  // resolved becomes a mention with an empty code and `unresolved` set,
  // rather than vanishing. With a tree: PROPN heads of nsubj, nsubj:pass,
  // obj, iobj, obl:agent. Without one: two to four capitalised words right
  // before a reporting verb ("Ana Ruiz said").
  // "Mnangagwa urged his opponents to go to court", "Putin's critics": the
  // opponents or critics (plural) a state's ruler or government owns, by a
  // possessive that names or stands for them, are that state's opposition
  // (CAMEO OPP). A mention of their own over the noun, basis "coref".
  // (Owned by anyone else, "his opponents" are no one we can code.)
  void ruler_opponents() {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    std::vector<int> at(n, -1);
    for (size_t i = 0; i < doc_.mentions.size(); ++i)
      for (uint32_t t = doc_.mentions[i].token_begin; t < doc_.mentions[i].token_end && t < n; ++t) at[t] = static_cast<int>(i);
    std::vector<ActorMention> extra;
    for (uint32_t t = 0; t < n; ++t) {
      if (at[t] >= 0 || doc_.syntax[t].upos != UPos::kNOUN) continue;
      const std::string& l = doc_.syntax[t].lemma;
      if ((l != "opponent" && l != "critic") || fw(t).back() != 's') continue;
      int owner = -1;
      for (uint32_t c = t >= 4 ? t - 4 : 0; c < t; ++c)
        if (doc_.syntax[c].head == static_cast<int32_t>(t) && deprel_name(doc_.syntax[c].deprel) == "nmod:poss")
          owner = at[c];
      if (owner < 0) continue;
      int o = owner;
      for (int d = 0; d < 4 && doc_.mentions[o].antecedent >= 0 &&
                      static_cast<size_t>(doc_.mentions[o].antecedent) < doc_.mentions.size();
           ++d)
        if (doc_.mentions[o].basis == "coref") o = doc_.mentions[o].antecedent;
        else break;
      const Actor& a = doc_.mentions[owner].actor;
      if (a.country.empty() || a.code.size() != 6 || a.code.compare(3, 3, "GOV") != 0) continue;
      ActorMention m;
      m.token_begin = t;
      m.token_end = t + 1;
      m.head = t;
      m.actor = lex_.make_actor(a.country + "OPP");
      m.entry = "opponents:" + a.code;
      m.antecedent = -1;
      m.basis = "coref";
      m.confidence = 0.6f;
      extra.push_back(std::move(m));
    }
    if (!extra.empty()) merge_mentions(std::move(extra));
  }

  void add_unresolved(const std::vector<std::pair<uint32_t, uint32_t>>& sents) {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    std::vector<bool> covered(n, false);
    for (const ActorMention& m : doc_.mentions)
      for (uint32_t t = m.token_begin; t < m.token_end && t < n; ++t) covered[t] = true;
    std::vector<ActorMention> extra;
    const bool tree = doc_.syntax.size() == n;
    for (const auto& [sb, se] : sents) {
      sent_begin_ = sb;
      sent_end_ = se;
      for (uint32_t t = sb; t < se; ++t) {
        if (covered[t] || !is_name_token(t)) continue;
        uint32_t b = t, e = t + 1;
        bool arg = false;
        if (tree) {
          const TokenSyntax& x = doc_.syntax[t];
          std::string_view full = deprel_name(x.deprel);
          arg = x.upos == UPos::kPROPN &&
                (full == "nsubj" || full == "nsubj:pass" || full == "obj" || full == "iobj" || full == "obl:agent");
          if (!arg) continue;
          // The name around its head: adjacent capitalised words.
          while (b > sb && !covered[b - 1] && is_name_token(b - 1) && t - b < 4) --b;
          while (e < se && !covered[e] && is_name_token(e) && e - t < 4) ++e;
        } else {
          while (e < se && !covered[e] && is_name_token(e) && e - t < 4) ++e;
          static const char* kSay[] = {"said", "says", "told", "added", "warned", "announced"};
          bool say = false;
          if (e < se)
            for (const char* v : kSay) say = say || fw(e) == v;
          if (!say || e - t < 2) {
            t = e - 1;
            continue;
          }
        }
        if (covered[b] && b < t) b = t;
        // Part of a name a mention already holds ("Abdel" of "Abdel Bari"),
        // or the name of an organisation or a document, not a person.
        if ((e < se && covered[e] && is_name_token(e)) || (b > sb && covered[b - 1] && is_name_token(b - 1))) {
          t = e - 1;
          continue;
        }
        bool thing = false;
        for (uint32_t k = b; k < e && !thing; ++k) {
          static const char* kThing[] = {"act", "law", "treaty", "agreement", "accord", "plan", "program",
                                         "programme", "bill", "convention", "resolution", "constitution",
                                         "declaration", "initiative", "strategy", "doctrine", "protocol"};
          std::string_view w = fw(k);
          for (const char* x : kThing) thing = thing || w == x;
          thing = thing || is_org_word(k);
        }
        if (thing) {
          t = e - 1;
          continue;
        }
        ActorMention m;
        m.token_begin = b;
        m.token_end = e;
        m.head = tree ? t : e - 1;
        m.entry = "unresolved:name";
        m.basis = "unresolved";
        m.confidence = 0;
        m.unresolved = true;
        for (uint32_t k = b; k < e; ++k) covered[k] = true;
        extra.push_back(std::move(m));
        t = e - 1;
      }
    }
    merge_mentions(std::move(extra));
  }

  // ------------------------------------------------------------ implied
  // "He was arrested in 2011", "was charged with robbery": an agentless
  // passive arrest, detention or charge is the police's act (news names the
  // police when someone else did it), and CAMEO codes it (173). The police
  // are those of the state the passive happened in ("in Moscow"), else the
  // article's dominant country; with neither, nothing is implied. The
  // mention spans the verb itself (basis "implied", low confidence), where
  // the event stage looks for a passive's missing agent.
  //
  // The same for verdicts and impeachment: "was sentenced to ten years",
  // "was convicted of fraud", "was acquitted" are a court's acts (JUD),
  // "was impeached" the legislature's (LEG).
  // And deportation: "were deported to Honduras" is the government's (GOV)
  // of the state it happened in; with a "from" phrase the state named there
  // expels (the event stage, &expel-from).
  void implied_police() {
    static const char* kArrest[] = {"arrest", "rearrest", "re-arrest", "detain", "jail", "imprison",
                                    "apprehend", "charge", "indict", "handcuff", "incarcerate"};
    static const char* kCourt[] = {"sentence", "convict", "acquit"};
    static const char* kLegislature[] = {"impeach"};
    // "many of whom were deported to Honduras": deportation is the state's
    // (its government's) act.
    static const char* kDeport[] = {"deport"};
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    std::vector<uint8_t> subj(n, 0), agent(n, 0);
    // "He was rearrested" parsed with "was" as a copula (cop) and "He" as a
    // plain nsubj is the same agentless passive: a participle with a copula
    // "be", a subject and no object.
    std::vector<uint8_t> nsubj(n, 0), cop_be(n, 0), obj(n, 0);
    std::vector<int> place(n, -1);  // a state named by an "in" phrase on the verb
    std::vector<uint8_t> from_phrase(n, 0);  // a "from" phrase on the verb
    std::vector<int> state_at(n, -1);
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const ActorMention& m = doc_.mentions[i];
      if (names_state(i) && m.head < n) state_at[m.head] = static_cast<int>(i);
    }
    for (uint32_t t = 0; t < n; ++t) {
      const int32_t h = doc_.syntax[t].head;
      if (h < 0 || static_cast<uint32_t>(h) >= n) continue;
      std::string_view full = deprel_name(doc_.syntax[t].deprel);
      if (full == "nsubj:pass") subj[h] = 1;
      if (full == "nsubj") nsubj[h] = 1;
      if (full == "obj") obj[h] = 1;
      if (full == "cop" && doc_.syntax[t].lemma == "be") cop_be[h] = 1;
      if (full == "obl:agent") agent[h] = 1;
      if (deprel_name(deprel_base(doc_.syntax[t].deprel)) == "obl") {
        bool by = false, in = false, from = false;
        for (uint32_t k = t >= 3 ? t - 3 : 0; k < t; ++k)
          if (doc_.syntax[k].head == static_cast<int32_t>(t)) {
            std::string_view w = fw(k);
            by = by || w == "by";
            in = in || w == "in";
            from = from || w == "from";
          }
        if (by) agent[h] = 1;
        if (in && state_at[t] >= 0) place[h] = state_at[t];
        if (from) from_phrase[h] = 1;
      }
    }
    std::vector<ActorMention> extra;
    // A one-token mention the actor stage implies (basis "implied").
    auto add_implied = [&extra, this](uint32_t t, const std::string& code, std::string entry, float conf) {
      ActorMention m;
      m.token_begin = t;
      m.token_end = t + 1;
      m.head = t;
      m.actor = lex_.make_actor(code);
      m.entry = std::move(entry);
      m.basis = "implied";
      m.confidence = conf;
      extra.push_back(std::move(m));
    };
    for (uint32_t t = 0; t < n; ++t) {
      const TokenSyntax& x = doc_.syntax[t];
      const bool copula_passive = nsubj[t] && cop_be[t] && !obj[t];
      if (x.xpos != "VBN" || !(subj[t] || copula_passive) || agent[t]) continue;
      const char* role = nullptr;
      const char* what = nullptr;
      for (const char* a : kArrest)
        if (x.lemma == a) role = "COP", what = "police";
      for (const char* a : kCourt)
        if (x.lemma == a) role = "JUD", what = "court";
      for (const char* a : kLegislature)
        if (x.lemma == a) role = "LEG", what = "legislature";
      // ("expelled from Russia" is Russia's act: &expel-from, read by the
      // event stage.)
      for (const char* a : kDeport)
        if (x.lemma == a && !from_phrase[t]) role = "GOV", what = "government";
      if (!role) continue;
      std::string country;
      if (place[t] >= 0) country = doc_.mentions[place[t]].actor.country;
      else country = context_country_;
      if (country.empty()) continue;
      add_implied(t, country + role,
                  "implied:" + std::string(what) + "+" + std::string(place[t] >= 0 ? "place:" : "context:") + country,
                  place[t] >= 0 ? 0.6f : 0.5f * context_conf_);
    }
    // "Police banned a march planned for Sunday", "banning most rallies":
    // a ban on rallies falls on those who would rally, the opposition of
    // the state the ban is in (CAMEO 1721, restrictions on political
    // freedoms; the gold codes "banning most rallies" HKGGOV -> HKGOPP). An
    // object rally noun that no mention covers and no actor owns ("the
    // opposition's rally", "a march by students") gets an implied
    // opposition mention spanning the noun.
    // The same for a rally dispersed, crushed or broken up ("police
    // dispersed the protest", "crushed the pro-reform protests"): repression
    // (175) of those who rallied.
    static const char* kBan[] = {"ban",   "prohibit", "outlaw", "forbid", "disperse", "crush",
                                 "quell", "suppress", "quash",  "smash",  "repress"};
    static const char* kRally[] = {"rally", "march", "protest", "demonstration", "gathering", "sit-in", "vigil"};
    std::vector<uint8_t> covered(n, 0), owned(n, 0);
    std::vector<int> noun_place(n, -1);  // "the protest in Nairobi": where the rally is, no owner
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const ActorMention& m = doc_.mentions[i];
      for (uint32_t k = m.token_begin; k < m.token_end && k < n; ++k) covered[k] = 1;
      if (m.head >= n || doc_.syntax[m.head].head < 0) continue;
      const uint32_t hd = static_cast<uint32_t>(doc_.syntax[m.head].head);
      bool in_phrase = false;
      if (deprel_name(doc_.syntax[m.head].deprel) == "nmod" && names_state(i))
        for (uint32_t k = m.head >= 3 ? m.head - 3 : 0; k < m.head; ++k)
          if (doc_.syntax[k].head == static_cast<int32_t>(m.head) && fw(k) == "in") in_phrase = true;
      if (in_phrase && hd < n) noun_place[hd] = static_cast<int>(i);
      else owned[hd] = 1;
    }
    for (uint32_t t = 0; t < n; ++t) {
      const TokenSyntax& o = doc_.syntax[t];
      std::string_view full = deprel_name(o.deprel);
      if ((full != "obj" && full != "nsubj:pass") || o.head < 0 || covered[t] || owned[t]) continue;
      bool ban = false, rally = false;
      for (const char* b : kBan) ban = ban || doc_.syntax[o.head].lemma == b;
      // ("broke up the rally")
      if (doc_.syntax[o.head].lemma == "break")
        for (uint32_t k = static_cast<uint32_t>(o.head) + 1; k < n && k <= static_cast<uint32_t>(o.head) + 3; ++k)
          if (doc_.syntax[k].head == o.head && fw(k) == "up" &&
              deprel_name(doc_.syntax[k].deprel) == "compound:prt")
            ban = true;
      for (const char* r : kRally) rally = rally || o.lemma == r;
      if (!ban || !rally) continue;
      const int at = place[o.head] >= 0 ? place[o.head] : noun_place[t];
      std::string country = at >= 0 ? doc_.mentions[at].actor.country : context_country_;
      if (country.empty()) continue;
      add_implied(t, country + "OPP", "implied:protesters+" + std::string(at >= 0 ? "place:" : "context:") + country,
                  at >= 0 ? 0.5f : 0.4f * context_conf_);
    }
    // "Farmers protested against the new land law", "Kenyan teachers went on
    // strike over the budget", "workers staged a walkout against the pension
    // reform": a law or policy that no actor owns, protested against by a
    // state's own people (opposition, civilians, workers, farmers,
    // students...), is their government's, and the protest is aimed at that
    // government (the CAMEO coders' reading of a domestic protest). An
    // implied government mention spans the noun. The protesters must be
    // named with their state; a state or its officials protesting a law
    // ("China protested against the new law") are left alone.
    static const char* kPolicy[] = {"law",      "bill",   "legislation", "reform",  "reforms", "policy",
                                    "decree",   "budget", "amendment",   "ordinance", "curfew", "lockdown",
                                    "austerity", "privatization", "privatisation", "mandate", "regulation",
                                    "regulations", "tax"};
    static const char* kProtestHead[] = {"protest", "demonstrate", "rally", "march",  "strike",
                                         "picket",  "demonstration", "walkout", "boycott", "sit-in"};
    // A change to a subsidy or a tax is the policy too: "over the removal
    // of the fuel subsidy", "against tax hikes".
    static const char* kChange[] = {"removal", "scrapping", "withdrawal", "cut", "hike", "increase", "rise"};
    static const char* kLevied[] = {"subsidy", "subsidies", "tax", "taxes", "levy", "levies"};
    static const char* kVote[] = {"election", "elections", "vote", "poll", "polls", "referendum", "ballot"};
    auto policy_change = [&](uint32_t c) {
      bool change = false;
      for (const char* w : kChange) change = change || doc_.syntax[c].lemma == w;
      if (!change) return false;
      for (uint32_t k = c >= 6 ? c - 6 : 0; k < n && k <= c + 6; ++k) {
        if (doc_.syntax[k].head != static_cast<int32_t>(c)) continue;
        std::string_view rel = deprel_name(doc_.syntax[k].deprel);
        if (rel != "compound" && rel != "nmod") continue;
        for (const char* w : kLevied)
          if (doc_.syntax[k].lemma == w) return true;
      }
      return false;
    };
    std::vector<int> mention_at(n, -1);
    for (size_t i = 0; i < doc_.mentions.size(); ++i)
      if (doc_.mentions[i].head < n) mention_at[doc_.mentions[i].head] = static_cast<int>(i);
    auto subject_mention = [&](uint32_t verb) -> int {
      for (uint32_t k = 0; k < n; ++k)
        if (doc_.syntax[k].head == static_cast<int32_t>(verb) && deprel_name(doc_.syntax[k].deprel) == "nsubj")
          return mention_at[k];
      return -1;
    };
    for (uint32_t t = 0; t < n; ++t) {
      const TokenSyntax& o = doc_.syntax[t];
      if (o.upos != UPos::kNOUN || covered[t] || owned[t] || o.head < 0) continue;
      bool policy = policy_change(t);
      for (const char* w : kPolicy) policy = policy || o.lemma == w;
      // ("The opposition boycotted the election": an election or vote
      // boycotted is the government's, which holds it.)
      bool vote = false;
      for (const char* w : kVote) vote = vote || o.lemma == w;
      if (!policy && !vote) continue;
      const uint32_t h = static_cast<uint32_t>(o.head);
      if (h >= n) continue;
      std::string_view base = deprel_name(deprel_base(o.deprel));
      const bool boycotted = base == "obj" && doc_.syntax[h].lemma == "boycott";
      if (vote && !boycotted) continue;
      if (!boycotted && base != "obl" && base != "nmod") continue;
      bool against = boycotted;
      for (uint32_t k = t >= 4 ? t - 4 : 0; k < t; ++k)
        if (doc_.syntax[k].head == static_cast<int32_t>(t) && (fw(k) == "against" || fw(k) == "over"))
          against = true;
      if (!against) continue;
      bool protest = false;
      for (const char* w : kProtestHead) protest = protest || doc_.syntax[h].lemma == w;
      if (!protest) continue;
      // The protesters: the protest verb's subject, or for a protest noun
      // the subject of the verb it hangs on ("staged a protest against").
      int who = subject_mention(h);
      if (who < 0 && doc_.syntax[h].upos == UPos::kNOUN && doc_.syntax[h].head >= 0)
        who = subject_mention(static_cast<uint32_t>(doc_.syntax[h].head));
      if (who < 0) continue;
      const Actor& pa = doc_.mentions[who].actor;
      if (pa.country.empty() || names_state(who)) continue;
      if (!state_people(pa, /*with_business=*/true)) continue;
      add_implied(t, pa.country + "GOV", "implied:policy-maker+protesters:" + pa.country, 0.4f);
    }
    // "Turkey lifted its state of emergency", "the curfew was eased by Sri
    // Lankan police", "relaxed the nationwide curfew": a curfew, a state of
    // emergency or martial law lifted or eased is eased for the people who
    // lived under it, the civilians of the lifting actor's state (CAMEO 0813,
    // 0814; the gold codes "Turkey lifted its state of emergency" TURGOV ->
    // TURCVL). An implied civilian mention spans the noun; only the object
    // (or passive subject) of a verb of lifting or easing gets one, with the
    // state of its subject (or by-agent).
    static const char* kEase[] = {"lift",  "end",    "ease",    "relax",   "shorten", "loosen",
                                  "scrap", "revoke", "rescind", "suspend", "cancel",  "repeal", "remove", "drop"};
    for (uint32_t t = 0; t < n; ++t) {
      const TokenSyntax& o = doc_.syntax[t];
      if (o.upos != UPos::kNOUN || o.head < 0 || covered[t]) continue;
      std::string_view rel = deprel_name(o.deprel);
      if (rel != "obj" && rel != "nsubj:pass") continue;
      bool rule = o.lemma == "curfew";
      // "Ethiopia eased curbs on public gatherings", "relaxed censorship of
      // the press", "lifted its ban on independent news websites": limits
      // on political freedoms eased (CAMEO 0811) are eased for the same
      // people, when the limited thing names no actor of its own (a ban
      // on flights to Georgia, on Russian media, is aimed elsewhere).
      static const char* kFreedom[] = {"gathering", "assembly",    "protest",   "demonstration", "rally",
                                       "media",     "press",       "internet",  "website",       "newspaper",
                                       "speech",    "expression",  "broadcaster", "opposition", "worship"};
      if (!rule && (o.lemma == "state" || o.lemma == "law" || o.lemma == "rule"))
        for (uint32_t k = t >= 3 ? t - 3 : 0; k < n && k <= t + 3; ++k) {
          if (doc_.syntax[k].head != static_cast<int32_t>(t)) continue;
          std::string_view kr = deprel_name(doc_.syntax[k].deprel);
          const std::string& kl = doc_.syntax[k].lemma;
          if (o.lemma == "state" && kr == "nmod" && kl == "emergency") rule = true;
          if (o.lemma != "state" && (kr == "amod" || kr == "compound") && (kl == "martial" || kl == "emergency"))
            rule = true;
        }
      std::vector<int> limited_named;  // actors the eased limit names
      if (!rule && (o.lemma == "censorship" || o.lemma == "restriction" || o.lemma == "curb" ||
                    o.lemma == "ban" || o.lemma == "limit") && o.head >= 0)
        for (uint32_t k = t + 1; k < n && k <= t + 8 && !rule; ++k) {
          // The limited thing: the noun's own "on" ("of" for censorship)
          // phrase, or the verb's, which the parser often takes it for.
          const int32_t kh = doc_.syntax[k].head;
          std::string_view kr = deprel_name(doc_.syntax[k].deprel);
          if (!((kh == static_cast<int32_t>(t) && kr == "nmod") || (kh == o.head && kr == "obl"))) continue;
          bool freedom = false;
          for (const char* w : kFreedom) freedom = freedom || doc_.syntax[k].lemma == w;
          if (!freedom) continue;
          bool on = false;
          limited_named.clear();
          for (uint32_t j = t + 1; j < n && j <= k + 6; ++j) {
            int32_t up = doc_.syntax[j].head;
            bool under = j == k;
            for (int hops = 0; up >= 0 && hops < 4 && !under; ++hops, up = doc_.syntax[up].head)
              under = up == static_cast<int32_t>(k);
            if (!under) continue;
            if (mention_at[j] >= 0) limited_named.push_back(mention_at[j]);
            if (doc_.syntax[j].head == static_cast<int32_t>(k) && deprel_name(doc_.syntax[j].deprel) == "case" &&
                (doc_.syntax[j].lemma == "on" || (o.lemma == "censorship" && doc_.syntax[j].lemma == "of")))
              on = true;
          }
          rule = on;
        }
      if (!rule) continue;
      const uint32_t h = static_cast<uint32_t>(o.head);
      if (h >= n) continue;
      bool ease = false;
      for (const char* w : kEase) ease = ease || doc_.syntax[h].lemma == w;
      if (!ease) continue;
      int who = -1;
      for (uint32_t k = 0; k < n && who < 0; ++k)
        if (doc_.syntax[k].head == static_cast<int32_t>(h) &&
            deprel_name(doc_.syntax[k].deprel) == (rel == "obj" ? "nsubj" : "obl:agent"))
          who = mention_at[k];
      if (who < 0) continue;
      const std::string& country = doc_.mentions[who].actor.country;
      if (country.empty()) continue;
      // (A limit on another state's media or people is aimed at them.)
      bool foreign = false;
      for (int m : limited_named) {
        const std::string& mc = doc_.mentions[m].actor.country;
        foreign = foreign || (!mc.empty() && mc != country);
      }
      if (foreign) continue;
      add_implied(t, country + "CVL", "implied:people-eased+" + country, 0.4f);
    }
    // "Algerian protesters demanded sweeping political reforms", "Indian
    // farmers demanded the repeal of the new farm laws": reforms, or a law
    // or policy to be repealed, withdrawn or scrapped, that a state's own
    // people (named with their state, as above) demand with no actor named
    // anywhere in the demanded words are asked of their government, as a
    // protested law is its (`implied:policy-maker`). The implied mention
    // spans the law (the "of" phrase of the change noun) or the reforms.
    static const char* kReformAsked[] = {"reform", "reforms", "overhaul", "amendment", "amendments", "constitution"};
    static const char* kUndo[] = {"repeal", "withdrawal", "scrapping", "abolition", "cancellation", "suspension",
                                  "revocation", "rollback"};
    auto subtree_named = [&](uint32_t root) {
      for (size_t i = 0; i < doc_.mentions.size(); ++i) {
        uint32_t k = doc_.mentions[i].head;
        for (int steps = 0; k < n && steps < 64; ++steps) {
          if (k == root) return true;
          if (doc_.syntax[k].head < 0) break;
          k = static_cast<uint32_t>(doc_.syntax[k].head);
        }
      }
      return false;
    };
    for (uint32_t t = 0; t < n; ++t) {
      const TokenSyntax& o = doc_.syntax[t];
      if (o.upos != UPos::kNOUN || o.head < 0 || deprel_name(o.deprel) != "obj") continue;
      const uint32_t h = static_cast<uint32_t>(o.head);
      if (h >= n || (doc_.syntax[h].lemma != "demand" && doc_.syntax[h].lemma != "insist")) continue;
      bool reform = false, undo = false;
      for (const char* w : kReformAsked) reform = reform || o.lemma == w;
      for (const char* w : kUndo) undo = undo || o.lemma == w;
      if (!reform && !undo) continue;
      uint32_t at = t;
      if (undo) {
        // The law undone: the "of" phrase of the change noun.
        int law = -1;
        for (uint32_t k = t + 1; k < n && k <= t + 8; ++k)
          if (doc_.syntax[k].head == static_cast<int32_t>(t) && deprel_name(doc_.syntax[k].deprel) == "nmod")
            for (const char* w : kPolicy)
              if (doc_.syntax[k].lemma == w && law < 0) law = static_cast<int>(k);
        if (law < 0) continue;
        at = static_cast<uint32_t>(law);
      }
      if (covered[at] || subtree_named(t)) continue;
      int who = subject_mention(h);
      if (who < 0) continue;
      const Actor& pa = doc_.mentions[who].actor;
      if (pa.country.empty() || names_state(who)) continue;
      if (!state_people(pa, /*with_business=*/false)) continue;
      add_implied(at, pa.country + "GOV", "implied:policy-maker+demanders:" + pa.country, 0.4f);
    }
    // "The White House called the impeachment process a sham", "the
    // impeachment hearings": an impeachment is a legislature's act, so an
    // "impeachment" no actor owns stands for the legislature of the state
    // the story is about (an implied mention on the noun, read as the
    // thing's owner or the act's doer).
    for (uint32_t t = 0; t < n; ++t) {
      const TokenSyntax& o = doc_.syntax[t];
      if (o.upos != UPos::kNOUN || o.lemma != "impeachment" || covered[t] || owned[t]) continue;
      // (Nor one a possessive or "of"/"against" phrase gives a target of its
      // own is owned by: "Trump's impeachment" names whom, not who.)
      bool owner = false;
      for (const ActorMention& m : doc_.mentions)
        if (m.head < n && doc_.syntax[m.head].head == static_cast<int32_t>(t) &&
            deprel_name(doc_.syntax[m.head].deprel) == "nmod:poss")
          owner = true;
      if (owner || context_country_.empty()) continue;
      add_implied(t, context_country_ + "LEG", "implied:impeachers+context:" + context_country_,
                  0.4f * context_conf_);
    }
    std::sort(extra.begin(), extra.end(),
              [](const ActorMention& a, const ActorMention& b) { return a.token_begin < b.token_begin; });
    merge_mentions(std::move(extra));
  }

  // Merges mentions found after composition into doc_.mentions in text
  // order, renumbering antecedents. (meta_ is not kept past this point.)
  void merge_mentions(std::vector<ActorMention>&& extra) {
    if (extra.empty()) return;
    std::vector<ActorMention> merged;
    std::vector<int> remap(doc_.mentions.size(), -1);
    merged.reserve(doc_.mentions.size() + extra.size());
    size_t x = 0;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      while (x < extra.size() && extra[x].token_begin < doc_.mentions[i].token_begin) merged.push_back(std::move(extra[x++]));
      remap[i] = static_cast<int>(merged.size());
      merged.push_back(std::move(doc_.mentions[i]));
    }
    while (x < extra.size()) merged.push_back(std::move(extra[x++]));
    for (ActorMention& m : merged)
      if (m.antecedent >= 0 && !m.unresolved) m.antecedent = remap[m.antecedent];
    doc_.mentions = std::move(merged);
  }

  // True if token t modifies its head as owner or nationality: amod,
  // compound, nmod:poss ("Russia's ... officials"), or nmod with "of"
  // ("officials of Haiti"); not a location ("a university in Tokyo").
  bool modifies_as_owner(uint32_t t) const { return nmod_case(t, "of"); }

  // True if token t modifies its head as amod, compound, nmod:poss, or nmod
  // introduced by the preposition `prep` (folded).
  bool nmod_case(uint32_t t, std::string_view prep) const {
    std::string_view full = deprel_name(doc_.syntax[t].deprel);
    std::string_view rel = deprel_name(deprel_base(doc_.syntax[t].deprel));
    if (rel == "amod" || rel == "compound" || full == "nmod:poss") return prep == "of";
    if (rel != "nmod") return false;
    const uint32_t lo = t >= 4 ? t - 4 : 0;
    for (uint32_t k = lo; k < t; ++k)
      if (doc_.syntax[k].head == static_cast<int32_t>(t) &&
          deprel_name(deprel_base(doc_.syntax[k].deprel)) == "case" &&
          fw(k) == prep)
        return true;
    return false;
  }

  // "officials from Mexico, Canada and Japan", "a delegation from Iran",
  // "refugees from Syria": a state introduced by "from" on a role noun that
  // has no country of its own is where those people come from, so it gives
  // the agent its country, as "of" does. Only for an agent still without a
  // country or organisation (never "U.S. officials from Iraq"), and not for
  // armed forces that are a verb's object or passive subject, where a "from"
  // the parser hung on the noun is mostly the verb's ("pulled troops from
  // Afghanistan", "soldiers were withdrawn from Mali").
  bool origin_of_agent(uint32_t dep, const ActorMention& a) const {
    if (!nmod_case(dep, "from") || !a.actor.country.empty() || !a.actor.org.empty()) return false;
    // "met with strong opposition from Riyadh", "drew opposition from
    // Berlin": a bare "opposition" with "from" is the act of opposing, sent
    // by the state, not that state's opposition parties (48-critverbs.txt).
    if (fw(a.head) == "opposition") return false;
    bool mil = false;
    for (const auto& s : a.actor.sectors)
      if (s == "MIL") mil = true;
    if (!mil) return true;
    // Weapons come from where they are bought ("submarines from North
    // Korea"); only soldiers come from their state.
    static const char* const kPersonnel[] = {"troops", "soldiers", "forces", "servicemen", "marines",
                                             "paratroopers", "officers", "peacekeepers", "contingent"};
    bool personnel = false;
    for (const char* w : kPersonnel) personnel = personnel || fw(a.head) == w;
    if (!personnel) return false;
    std::string_view rel = deprel_name(doc_.syntax[a.head].deprel);
    return rel != "obj" && rel != "nsubj:pass";
  }

  void attach_by_syntax() {
    // Index: head token -> mention, for agent mentions without a person.
    std::unordered_map<uint32_t, int> agent_at;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const auto& m = doc_.mentions[i];
      if (meta_[i].person < 0 && meta_[i].dyn < 0 && !meta_[i].bare_actor &&
          m.entry.find("agent:") != std::string::npos)
        agent_at[m.head] = static_cast<int>(i);
    }
    std::unordered_set<int> from_lent;  // agents given a country by "from"
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (!meta_[i].bare_actor) continue;
      ActorMention& m = doc_.mentions[i];
      uint32_t t = m.head;
      // "Ivory Coast's air force": a name the parser joined with flat or
      // compound has its syntactic head inside the span, not at its end.
      for (int k = 0; k < 4; ++k) {
        const int32_t up = doc_.syntax[t].head;
        if (up < static_cast<int32_t>(m.token_begin) || up >= static_cast<int32_t>(m.token_end)) break;
        t = static_cast<uint32_t>(up);
      }
      int32_t h = doc_.syntax[t].head;
      uint32_t dep = t;  // the token whose relation to the agent counts
      if (deprel_name(deprel_base(doc_.syntax[t].deprel)) == "conj" && h >= 0) {
        dep = static_cast<uint32_t>(h);  // "Russian and Chinese officials"
        h = doc_.syntax[h].head;
      }
      if (h < 0) continue;
      auto it = agent_at.find(static_cast<uint32_t>(h));
      if (it == agent_at.end()) continue;
      ActorMention& a = doc_.mentions[it->second];
      // The later members of "officials from Mexico, Canada and Japan" find
      // the agent already given the first member's country.
      if (!modifies_as_owner(dep)) {
        if (from_lent.count(it->second) == 0 && !origin_of_agent(dep, a)) continue;
        if (!nmod_case(dep, "from")) continue;
        from_lent.insert(it->second);
      }
      std::string roles;
      for (const auto& s : a.actor.sectors) roles += s;
      if (roles.empty()) continue;
      std::string base = lex_.country(lex_.entry(meta_[i].actor_entry).ref).cameo;
      // "Afghan and Western leaders": an agent that already names its own
      // region or group ("Western leaders", WSTGOV: a code beyond its
      // roles) keeps it; the conjoined nationality is a second actor, not
      // the region's.
      if (a.actor.country.empty() && a.actor.org.empty() && a.actor.code == roles) {
        std::string code = base;
        append_roles(code, roles);
        a.actor = lex_.make_actor(code);
      }
      std::string code = base;
      append_roles(code, roles);
      m.actor = lex_.make_actor(code);
    }
  }

  const ActorLexicon& lex_;
  const ActorOptions& opts_;
  Document& doc_;
  const int date_;
  std::vector<TitledPerson> titled_people_;
  std::unordered_map<std::string, uint32_t> country_entry_;  // CAMEO -> a country entry seen
  std::unordered_map<std::string, int> last_state_;         // ISO -> last plain mention
  std::string context_country_;
  std::unordered_map<std::string, double> state_score_;  // CAMEO -> the story's score (find_context)
  float context_conf_ = 0;
  std::vector<uint32_t> kid_off_, kids_;  // children index (index_children)
  std::vector<int> state_head_;           // token -> bare state mention headed there, or -1
  std::string local_country_;             // where the story happens, when no state dominates it
  std::vector<int> province_at_;          // token -> country (lexicon index) of a province or city there, or -1
  int dominant_org_ = -1;
  std::vector<uint32_t> wid_;
  std::vector<bool> quoted_;  // token lies between quotation marks (its paragraph's)
  std::vector<uint64_t> word_hash_;  // ActorLexicon::word_key_hash per token
  std::string folded_;              // every token folded, end to end (fw)
  std::vector<uint32_t> fold_off_;  // token i is folded_[fold_off_[i], fold_off_[i + 1])
  std::vector<bool> introduced_;
  std::vector<Meta> meta_;
  StringMap<int> dyn_names_;  // folded name -> dyn id
  std::vector<int> dyn_first_;
  std::unordered_map<int, int> last_person_, last_dyn_;
  uint32_t sentence_ = 0, sent_begin_ = 0, sent_end_ = 0;
};

}  // namespace

ActorStage::ActorStage(std::shared_ptr<const ActorLexicon> lexicon, ActorOptions options)
    : lexicon_(std::move(lexicon)), options_(options) {}

void ActorStage::run(Document& doc) const {
  const int stated = stated_date(doc);
  const int today = today_yyyymmdd();
  auto record = [&doc](int date, const char* basis) {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100);
    doc.actor_date = buf;
    doc.actor_date_basis = basis;
  };
  Matcher m(*lexicon_, options_, doc, stated ? stated : today);
  m.run();
  if (stated) {
    record(stated, "article");
    return;
  }
  // An undated article: resolve again at the date its titles point to, if
  // that is not today (a second pass over the actor stage only).
  const int dated = date_from_titles(*lexicon_, m.titled_people(), today);
  if (dated == today) {
    record(today, "today");
    return;
  }
  Matcher again(*lexicon_, options_, doc, dated);
  again.run();
  record(dated, "titles");
}

}  // namespace dyad
