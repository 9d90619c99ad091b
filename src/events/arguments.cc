#include "events/arguments.h"

#include <algorithm>
#include <iterator>

#include "events/dateline.h"
#include "syntax/word_list.h"

namespace dyad::events {
namespace {

bool is_relative_pronoun(const std::string& l) {
  return l == "who" || l == "which" || l == "that" || l == "whom";
}

bool is_first_person(const std::string& l) {
  return l == "we" || l == "i" || l == "us" || l == "our" || l == "my" || l == "me" ||
         l == "ourselves" || l == "ours";
}

bool is_time_word(const std::string& l) {
  static const char* const kWords[] = {
      "yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "day", "morning",
      "evening", "night", "afternoon", "weekend", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "time"};
  for (const char* w : kWords)
    if (l == w) return true;
  return false;
}

// A word that dates a fronted phrase: a time word, a month, or a number
// (a year or a day).
bool is_calendar_word(const Tree& tree, int t) {
  static const char* const kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december",
                                        "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec."};
  const std::string& l = tree.lemma(t);
  if (is_time_word(l) || tree.xpos(t) == "CD") return true;
  for (const char* m : kMonths)
    if (l == m) return true;
  return false;
}

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Whether t carries a coordinator of contrast ("yet", "but", "whereas",
// "while") before it.
bool contrastive_cc(const Tree& tree, int t) {
  const Rels& R = rels();
  for (int k : tree.children(t)) {
    if (k > t || tree.base(k) != R.cc) continue;
    const std::string l = lowercase(tree.lemma(k));
    if (l == "yet" || l == "but" || l == "whereas" || l == "while") return true;
  }
  return false;
}

void append_conj(const Tree& tree, int t, std::vector<int>* out) {
  for (int c : tree.with_conjuncts(t))
    if (std::find(out->begin(), out->end(), c) == out->end()) out->push_back(c);
}

}  // namespace

Arguments::Arguments(const Tree& tree, const VerbLexicon& lex)
    : tree_(tree), lex_(lex), objcontrol_(lex.set(CoderSet::objcontrol)) {
  const Document& doc = tree.doc();
  mention_at_.assign(tree.size(), -1);
  std::vector<int> best_len(tree.size(), 0);
  implied_at_.assign(tree.size(), -1);
  // Tokens of wire datelines and credits ("WASHINGTON (Reuters) -"): no
  // mention there is an argument of the sentence's events.
  in_dateline_.assign(tree.size(), 0);
  std::vector<char>& in_dateline = in_dateline_;
  for (const Sentence& s : doc.sentences)
    for (uint32_t t = s.token_begin, end = dateline_end(doc, s); t < end && t < tree.size(); ++t) in_dateline[t] = 1;
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    const ActorMention& am = doc.mentions[m];
    if (am.token_begin < tree.size() && in_dateline[am.token_begin]) continue;
    // An agent the actor stage implied for a passive verb ("was arrested":
    // the police) is that verb's missing agent only, never a word's actor.
    // (The would-be protesters of a banned rally, "implied:protesters", span
    // the rally noun itself and are its actor: "police banned a march";
    // so does the government that made a protested law,
    // "implied:policy-maker": "protested against the new law"; so do the
    // people a lifted curfew was eased for, "implied:people-eased".)
    if (am.basis == "implied" && am.entry.rfind("implied:protesters", 0) != 0 &&
        am.entry.rfind("implied:impeachers", 0) != 0 && am.entry.rfind("implied:policy-maker", 0) != 0 &&
        am.entry.rfind("implied:people-eased", 0) != 0) {
      if (am.head < tree.size()) implied_at_[am.head] = static_cast<int>(m);
      continue;
    }
    for (uint32_t t = am.token_begin; t < am.token_end && t < tree.size(); ++t) {
      // The mention whose head is t wins; otherwise the longest covering span.
      int len = static_cast<int>(am.token_end - am.token_begin) + (am.head == t ? 1000 : 0);
      if (len > best_len[t]) {
        best_len[t] = len;
        mention_at_[t] = static_cast<int>(m);
      }
    }
  }
}

int Arguments::follow(int m) const {
  // A mention that already carries a code stays itself (its span is the
  // evidence in this sentence); an uncoded one ("he") takes its antecedent's.
  const auto& ms = tree_.doc().mentions;
  for (int steps = 0; m >= 0 && steps < 16 && ms[m].actor.code.empty(); ++steps) {
    int a = ms[m].antecedent;
    if (a < 0 || a >= static_cast<int>(ms.size()) || a == m) break;
    m = a;
  }
  return m;
}

bool Arguments::named_region(int m) const {
  const ActorMention& mm = tree_.doc().mentions[m];
  return mm.actor.country.empty() && mm.actor.org.empty() && mm.actor.code.size() == 3 &&
         mm.entry.rfind("org:", 0) == 0;
}

int Arguments::mention_for(int t, int speaker) const {
  if (t < 0 || t >= static_cast<int>(tree_.size())) return -1;
  const Rels& R0 = rels();
  // "websites linked to the militants", "men tied to the cartel": the actor
  // a thing or person is named by its link to (see below).
  auto linked_actor = [&](int n) {
    for (int c : tree_.children(n)) {
      if (tree_.rel(c) != R0.acl || c < n || tree_.upos(c) != UPos::kVERB || tree_.xpos(c) != "VBN" ||
          !lex_.in_set(CoderSet::link_verb, tree_.lemma(c)))
        continue;
      for (int o : tree_.children(c)) {
        if (tree_.base(o) != R0.obl || mention_at_[o] < 0) continue;
        const std::string p = tree_.prep_of(o);
        if (p != "to" && p != "with") continue;
        int m = follow(mention_at_[o]);
        const Actor& a = tree_.doc().mentions[m].actor;
        if (!a.country.empty() || !a.org.empty() || !a.code.empty()) return m;
      }
    }
    // "two men suspected of spying for Moscow", "a soldier accused of
    // working for Russian intelligence": people charged with serving an
    // actor are named by that actor.
    for (int c : tree_.children(n)) {
      if (tree_.rel(c) != R0.acl || c < n || tree_.xpos(c) != "VBN") continue;
      const std::string& l = tree_.lemma(c);
      if (l != "suspect" && l != "accuse" && l != "charge" && l != "convict") continue;
      for (int o : tree_.children(c)) {
        if (tree_.prep_of(o) != "of") continue;
        const std::string& act = tree_.lemma(o);
        if (act != "spying" && act != "spy" && act != "espionage" && act != "work" && act != "working") continue;
        for (int f : tree_.children(o))
          if (f > o && tree_.prep_of(f) == "for" && mention_at_[f] >= 0) {
            int m = follow(mention_at_[f]);
            const Actor& a = tree_.doc().mentions[m].actor;
            if (!a.country.empty() || !a.org.empty()) return m;
          }
      }
    }
    return -1;
  };
  if (mention_at_[t] >= 0) {
    // "arrested 14 people linked to al-Shabab": bare people named by their
    // link to a group are its members.
    if (lex_.in_set(CoderSet::linked_person, tree_.lemma(t)))
      if (int l = linked_actor(t); l >= 0) return l;
    return follow(mention_at_[t]);
  }
  if (implied_at_[t] >= 0 && tree_.upos(t) == UPos::kVERB) return implied_at_[t];
  if (speaker >= 0 && is_first_person(tree_.lemma(t))) return speaker;
  const Rels& R = rels();
  // "China's rivals", "Chinese rivals in Asia": others, named relative to
  // the actor that modifies them, are not that actor.
  const std::string& head_lemma = tree_.lemma(t);
  const bool counterpart = lex_.in_set(CoderSet::counterpart, head_lemma);
  const bool counterpart_owned = counterpart || lex_.in_set(CoderSet::counterpart_strict, head_lemma);
  // "tariffs on $200 billion worth of [Chinese goods]", "hundreds of
  // [Afghan army] posts": a quantity whose counted noun is no actor itself
  // stands for the actor that noun is named by (its modifier), as it
  // stands for a counted actor below.
  if (lex_.in_set(CoderSet::quantity, head_lemma))
    for (int c : tree_.children(t))
      if (c > t && tree_.base(c) == R.nmod && tree_.prep_of(c) == "of" && mention_at_[c] < 0)
        if (int m = mention_for(c, speaker); m >= 0) return m;
  // "its ties with Beijing", "relations between Kyiv and Warsaw": a
  // relation's partner, not its owner, is what an act on it is about.
  if (lex_.in_set(CoderSet::relations, head_lemma))
    for (int c : tree_.children(t))
      if (tree_.base(c) == R.nmod && (tree_.prep_of(c) == "with" || tree_.prep_of(c) == "between") &&
          mention_at_[c] >= 0) {
        int m = follow(mention_at_[c]);
        const Actor& a = tree_.doc().mentions[m].actor;
        if (!a.country.empty() || !a.org.empty()) return m;
      }
  // "his Ugandan counterpart Museveni": the named person in apposition is
  // the counterpart itself, more precise than the adjective's state (the
  // loop below takes modifiers in word order).
  // (Also a name the parser hangs as a bare nmod, with no preposition:
  // "his Brazilian counterpart Luiz Inacio Lula da Silva".)
  if (counterpart_owned)
    for (int c : tree_.children(t))
      if (c > t && (tree_.rel(c) == R.appos || (tree_.base(c) == R.nmod && tree_.prep_of(c).empty())) &&
          mention_at_[c] >= 0) {
        int m = follow(mention_at_[c]);
        const Actor& a = tree_.doc().mentions[m].actor;
        if (!a.country.empty() || !a.org.empty()) return m;
      }
  // "the bombing of a French base", "an attack of the rebels' camp": the
  // "of" phrase of an act of force is what it hit, never who did it.
  const bool force_act = lex_.in_set(CoderSet::attacknoun, head_lemma) || lex_.in_set(CoderSet::airstrike, head_lemma);
  // "investigate war crimes by Russian troops", "an inquiry into abuses by
  // Ethiopian forces": a wrongdoing or an attack (&by-doer-act) stands for
  // its doer named by its "by" phrase, as it does for an owner named by a
  // possessive ("Russia's war crimes"). Before the modifiers: in "the
  // killing of its general by U.S. forces" the "of" phrase is the victim.
  // (The parser often hangs the "by" phrase on the "of" complement. A
  // subject act, "airstrikes by the army killed ...", is read by the
  // nominal coder, which lends the act's own code to the verb.)
  if (lex_.in_set(CoderSet::by_doer_act, head_lemma) && tree_.base(t) != R.nsubj) {
    std::vector<int> holders{t};
    for (int c : tree_.children(t))
      if (c > t && tree_.base(c) == R.nmod && tree_.prep_of(c) == "of") holders.push_back(c);
    for (int hd : holders)
      for (int c : tree_.children(hd))
        if (c > hd && (tree_.base(c) == R.nmod || tree_.base(c) == R.obl) && tree_.prep_of(c) == "by" &&
            mention_at_[c] >= 0) {
          int m = follow(mention_at_[c]);
          const Actor& a = tree_.doc().mentions[m].actor;
          if (!a.country.empty() || !a.org.empty()) return m;
        }
  }
  // "tariffs on imports from 35 countries, including Canada", "allies such
  // as Japan": a collective of states no actor names stands for the first
  // one it is said to include.
  {
    static constexpr std::string_view kCollective[] = {
        "country", "nation", "state", "government", "partner", "ally", "member", "neighbor", "neighbour",
        "economy", "exporter", "importer", "producer", "supplier", "buyer", "democracy", "power"};
    if (std::find(std::begin(kCollective), std::end(kCollective), head_lemma) != std::end(kCollective))
      for (int c : tree_.children(t)) {
        if (c < t || tree_.base(c) != R.nmod) continue;
        // ("including" is lemmatised; "such as" keeps its first word.)
        const std::string p = tree_.prep_of(c);
        if (p != "include" && p != "including" && p != "such" && p != "like") continue;
        if (mention_at_[c] >= 0) {
          const int m = follow(mention_at_[c]);
          const Actor& a = tree_.doc().mentions[m].actor;
          if (!a.country.empty() || !a.org.empty()) return m;
        }
      }
  }
  // "the report by Human Rights Watch", "a statement from the Russian
  // foreign ministry", "a letter from Kim": a text (&text-noun) stands for
  // its author, named by its "by" phrase, or by a "from" phrase that names
  // a body or a person, not a bare state or city ("a report from Kabul" is
  // where it was filed).
  if (lex_.in_set(CoderSet::text_noun, head_lemma))
    for (int c : tree_.children(t)) {
      if (c < t || tree_.base(c) != R.nmod || mention_at_[c] < 0) continue;
      const std::string p = tree_.prep_of(c);
      if (p != "by" && p != "from") continue;
      const int m = follow(mention_at_[c]);
      const Actor& a = tree_.doc().mentions[m].actor;
      if (p == "from" && ((a.org.empty() && a.sectors.empty()) ||
                          tree_.doc().mentions[m].entry.starts_with("capital:")))
        continue;
      if (!a.country.empty() || !a.org.empty()) return m;
    }
  const bool agreement = lex_.in_set(CoderSet::agreement, head_lemma);
  // "Russia's buildup", "the US deployment", "Russian forces", "the leaders
  // of Iran": the actor is a modifier of the argument's head.
  for (int c : tree_.children(t)) {
    DepRel r = tree_.rel(c);
    const bool owner = r == R.nmod_poss || (tree_.base(c) == R.nmod && tree_.prep_of(c) == "of");
    bool ok = r == R.compound || r == R.nmod_poss || r == R.amod || r == R.appos || r == R.flat ||
              (tree_.base(c) == R.nmod && tree_.prep_of(c) == "of" && !force_act);
    if (!ok) continue;
    if ((owner && counterpart_owned) || ((r == R.amod || r == R.compound) && counterpart)) continue;
    // Only named states and organisations stand in for the phrase they
    // modify, and a region for an act or stance it owns (&region-act:
    // "Western accusations" are the West's, "European consumers" are no
    // actor): "military actions" is no event on the military. A quantity is the exception:
    // "dozens of opposition supporters" are the supporters, whoever they are.
    if (mention_at_[c] >= 0) {
      int m = follow(mention_at_[c]);
      const Actor& a = tree_.doc().mentions[m].actor;
      // "the Paris climate agreement", "the Minsk accords", "the Doha deal":
      // a city naming an agreement is where it was signed, not a party.
      // (Capitals joined as the parties are parties: "Pyongyang and
      // Moscow's treaty".)
      if (r == R.compound && agreement && tree_.doc().mentions[m].entry.starts_with("capital:") &&
          tree_.kids(c, R.conj).empty() && tree_.kids(c, R.case_).empty())
        continue;
      if (!a.country.empty() || !a.org.empty()) return m;
      if (named_region(m) && lex_.in_set(CoderSet::region_act, head_lemma)) return m;
      if (tree_.base(c) == R.nmod && tree_.prep_of(c) == "of" && lex_.in_set(CoderSet::quantity, tree_.lemma(t))) return m;
      continue;
    }
    if (speaker >= 0 && is_first_person(tree_.lemma(c))) return speaker;
  }
  // "Ankara's perceived shift": the possessive the parser hung on an
  // adjective or compound before the noun owns the noun. So does a state in
  // a stack of compounds: "the EU sanctions package", "the U.S. arms sale".
  if (!counterpart_owned)
    for (int c : tree_.children(t)) {
      if (c > t || (tree_.rel(c) != R.amod && tree_.rel(c) != R.compound) || mention_at_[c] >= 0) continue;
      for (int k : tree_.children(c)) {
        const bool stacked = tree_.rel(c) == R.compound && (tree_.rel(k) == R.compound || tree_.rel(k) == R.amod);
        // "the Saudi-led coalition": the leader named before "-led" (not
        // "Iran-backed militias": a backer is not the actor).
        // So do the owner, operator or flag state of a ship or firm: "a
        // British-flagged tanker", "a Chinese-owned port".
        const std::string& cl = tree_.lemma(c);
        const bool led = tree_.rel(c) == R.amod && k + 2 == c &&
                         (cl == "lead" || cl == "flag" || cl == "own" || cl == "operate" || cl == "register");
        if (k > c || (tree_.rel(k) != R.nmod_poss && !stacked && !led) || mention_at_[k] < 0) continue;
        int m = follow(mention_at_[k]);
        const Actor& a = tree_.doc().mentions[m].actor;
        if (!a.country.empty() || !a.org.empty()) return m;
      }
    }
  // "tariffs on electric vehicles made in China", "steel produced in
  // Russia": goods (&made-goods) stand for the state they are made in
  // (&origin-verb); a factory built in China need not stand there.
  for (int c : lex_.in_set(CoderSet::made_goods, head_lemma) ? tree_.children(t) : std::span<const int>{}) {
    if (c < t || tree_.rel(c) != R.acl || tree_.xpos(c) != "VBN" || !lex_.in_set(CoderSet::origin_verb, tree_.lemma(c)))
      continue;
    for (int o : tree_.children(c)) {
      // ("cars imported from the European Union": also where they come from.)
      if (tree_.base(o) != R.obl || (tree_.prep_of(o) != "in" && tree_.prep_of(o) != "from") || mention_at_[o] < 0)
        continue;
      int m = follow(mention_at_[o]);
      const Actor& a = tree_.doc().mentions[m].actor;
      // (A bare state, or a union of states: "imported from the European Union".)
      if ((!a.country.empty() && a.code.size() == 3) || a.code == "IGOEUREEC") return m;
    }
  }
  // "missile strikes on nine sites in Pakistan", "bombed militant camps in
  // Syria": a place struck (&struck-site) that names no actor stands for the
  // state it lies in, when that is a state named as such (not a province:
  // "an air base in Crimea" says nothing of whose base).
  if (lex_.in_set(CoderSet::struck_site, head_lemma))
    for (int c : tree_.children(t)) {
      if (c < t || tree_.base(c) != R.nmod || tree_.prep_of(c) != "in" || mention_at_[c] < 0) continue;
      const ActorMention& cm = tree_.doc().mentions[mention_at_[c]];
      if (cm.entry.rfind("country:", 0) == 0 && cm.actor.code.size() == 3) return mention_at_[c];
    }
  // "ambushed a bus carrying soldiers", "hit a convoy transporting police":
  // a vehicle that is no actor stands for the people it carries; "closed
  // websites linked to the militants", "arrested men tied to the cartel":
  // a thing or group named by its link to an actor stands for that actor.
  // Both for a head that names no actor itself (bare people: above).
  {
    const bool vehicle = lex_.in_set(CoderSet::vehicle, head_lemma);
    std::vector<int> around(tree_.children(t).begin(), tree_.children(t).end());
    // The parser also hangs the participle on the verb, right after the
    // vehicle ("ambushed [a truck] [xcomp carrying] soldiers").
    if (vehicle && tree_.rel(t) == R.obj && tree_.head(t) >= 0)
      for (int c : tree_.children(tree_.head(t)))
        if (c == t + 1 && (tree_.rel(c) == R.xcomp || tree_.base(c) == R.advcl)) around.push_back(c);
    for (int c : around) {
      if (c == t + 1 && tree_.head(c) != t && tree_.upos(c) == UPos::kVERB && lex_.in_set(CoderSet::carry_verb, tree_.lemma(c))) {
        for (int o : tree_.kids(c, R.obj))
          if (mention_at_[o] >= 0) return follow(mention_at_[o]);
        continue;
      }
      if (tree_.rel(c) != R.acl || c < t || tree_.upos(c) != UPos::kVERB) continue;
      const std::string& cl = tree_.lemma(c);
      if (vehicle && lex_.in_set(CoderSet::carry_verb, cl)) {
        for (int o : tree_.kids(c, R.obj)) {
          if (mention_at_[o] < 0) continue;
          return follow(mention_at_[o]);
        }
      }
    }
    if (int l = linked_actor(t); l >= 0) return l;
  }
  // "La Ronde, who heads the U.N. mission in Haiti, told VOA": a named
  // person the actors stage does not know, described by a relative clause
  // of leading (&head-verb: heads, leads, chairs...), speaks for what he
  // leads. Only a proper name: "the man who leads the march" is nobody's
  // voice.
  if (tree_.upos(t) == UPos::kPROPN)
    for (int c : tree_.kids(t, R.acl_relcl)) {
      if (c < t || !lex_.in_set(CoderSet::head_verb, tree_.lemma(c))) continue;
      bool who = false;
      for (int k : tree_.kids(c, R.nsubj)) who = who || tree_.lemma(k) == "who";
      if (!who) continue;
      for (int o : tree_.kids(c, R.obj)) {
        const int m = mention_at_[o] >= 0 ? follow(mention_at_[o]) : mention_for(o, -1);
        if (m < 0) continue;
        const Actor& a = tree_.doc().mentions[m].actor;
        if (!a.country.empty() || !a.org.empty()) return m;
      }
    }
  // One level further for quantity and trade phrases: "$28 billion worth
  // of U.S. exports", "a shipment of Iranian oil", "imports from China";
  // travel too ("restrictions on travel from India").
  const std::string& tl = tree_.lemma(t);
  const bool trade = lex_.in_set(CoderSet::trade_noun, tl);
  // "welcomed the decision by Uganda to reopen the border", "praised the
  // efforts by Qatar": an act noun's "by" phrase names its doer (the nouns:
  // &act-by), when no modifier above named it.
  const bool act_by = lex_.in_set(CoderSet::act_by, tl);
  for (int c : tree_.children(t)) {
    if (tree_.base(c) != R.nmod) continue;
    const std::string p = tree_.prep_of(c);
    if (act_by && p == "by" && mention_at_[c] >= 0) {
      int m = follow(mention_at_[c]);
      const Actor& a = tree_.doc().mentions[m].actor;
      if (!a.country.empty() || !a.org.empty()) return m;
    }
    if (trade && p == "from" && mention_at_[c] >= 0) {
      int m = follow(mention_at_[c]);
      const Actor& a = tree_.doc().mentions[m].actor;
      if (!a.country.empty() || !a.org.empty()) return m;
    }
    if (p != "of" || mention_at_[c] >= 0 || force_act) continue;
    for (int g : tree_.children(c)) {
      DepRel r = tree_.rel(g);
      if ((r != R.compound && r != R.amod && r != R.nmod_poss) || mention_at_[g] < 0) continue;
      int m = follow(mention_at_[g]);
      const Actor& a = tree_.doc().mentions[m].actor;
      if (!a.country.empty() || !a.org.empty()) return m;
    }
  }
  return -1;
}

std::vector<int> Arguments::subjects(int v) const {
  std::vector<int> out = subjects_rec(v, 0);
  // A passive of feeling is felt by an actor named as its subject ("Guterres
  // was alarmed by ..."), never by a thing an actor modifies ("the talks
  // between Russia and Ukraine were troubled by delays").
  // (Also their adjectives: "the talks were troubled by delays".)
  if (v >= 0 && static_cast<size_t>(v) < tree_.size() &&
      (tree_.is_passive(v) || tree_.is_reduced_passive(v) || tree_.upos(v) == UPos::kADJ) &&
      lex_.in_set(CoderSet::feeling_passive, tree_.lemma(v)))
    std::erase_if(out, [&](int t) {
      if (t < 0 || mention_at_[t] >= 0 || tree_.upos(t) == UPos::kPRON) return false;
      // ("NATO allies were alarmed": an actor modifier names the feelers.)
      // ("His legal team is concerned": a pronoun's team is not he.)
      for (int c : tree_.children(t))
        if ((tree_.rel(c) == rels().compound || tree_.base(c) == rels().amod || tree_.rel(c) == rels().nmod_poss) &&
            mention_at_[c] >= 0 && tree_.upos(c) != UPos::kPRON)
          return false;
      return true;
    });
  // "KYIV, Ukraine — Russia attacked ...": the parser may take the
  // dateline's place for the subject and hang the story's subject on it as
  // an apposition, a list item or a parataxis ("WASHINGTON (VOA) — House
  // Democrats ..."). The subject is then the first noun past the dateline
  // in that chain, before the verb.
  if (!out.empty() && std::all_of(out.begin(), out.end(), [&](int t) { return t >= 0 && in_dateline_[t]; })) {
    std::vector<int> real;
    for (int t : out) {
      int k = t;
      for (int d = 0; d < 6 && k >= 0 && in_dateline_[k]; ++d) {
        // A noun past the dateline wins over a dateline word that may
        // lead to one ("VOA" in "WASHINGTON (VOA) — House Democrats").
        int next = -1, inside = -1;
        for (int c : tree_.children(k)) {
          if (c <= k || c >= v) continue;
          const DepRel r = tree_.rel(c);
          if (r != rels().appos && r != rels().conj && r != rels().flat && r != rels().parataxis &&
              r != rels().list && r != rels().dep_)
            continue;
          if (in_dateline_[c]) {
            if (inside < 0) inside = c;
          } else if (tree_.upos(c) == UPos::kNOUN || tree_.upos(c) == UPos::kPROPN || tree_.upos(c) == UPos::kPRON) {
            next = c;
            break;
          }
        }
        if (next < 0) next = inside;
        k = next;
      }
      if (k >= 0 && !in_dateline_[k] && std::find(real.begin(), real.end(), k) == real.end()) append_conj(tree_, k, &real);
    }
    if (!real.empty()) return real;
  }
  if (out.empty())
    if (const int s = interrupted_subject(v); s >= 0) append_conj(tree_, s, &out);
  if (out.empty())
    if (const int s = fronted_participle_subject(v); s >= 0) append_conj(tree_, s, &out);
  return out;
}

// "German Chancellor Olaf Scholz, speaking in Berlin, promised ...": a
// participle phrase set off by commas between the subject and its verb
// often makes the parser lose the subject (here "German" became a clause
// of its own). When v has no subject, the token before v (past adverbs and
// auxiliaries) is a comma, the phrase before it opens with a participle
// right after another comma, and an actor mention opens the sentence and
// ends at that first comma, the mention is v's subject. Returns its head
// token, or -1.
int Arguments::interrupted_subject(int v) const {
  const Rels& R = rels();
  if (v < 1 || tree_.upos(v) != UPos::kVERB || tree_.first_kid(v, R.nsubj) >= 0 ||
      tree_.first_kid(v, R.nsubj_pass) >= 0)
    return -1;
  const std::string& x = tree_.xpos(v);
  if (x != "VBD" && x != "VBZ" && x != "VBP") return -1;
  int p = v - 1;
  while (p >= 0 && (tree_.rel(p) == R.advmod || tree_.base(p) == R.aux) && tree_.head(p) == v) --p;
  if (p < 2 || tree_.lemma(p) != ",") return -1;
  // The first comma: the participle phrase is between it and p.
  const int sent = tree_.sentence_of(v);
  int c1 = -1;
  for (int k = p - 1; k >= 0 && k >= p - 15 && tree_.sentence_of(k) == sent; --k)
    if (tree_.lemma(k) == ",") {
      c1 = k;
      break;
    }
  if (c1 < 1 || c1 + 1 >= p) return -1;
  const std::string& px = tree_.xpos(c1 + 1);
  if (px != "VBG" && px != "VBN") return -1;
  // The mention that ends at c1 and opens the sentence.
  const int m = mention_at_[c1 - 1];
  if (m < 0) return -1;
  const ActorMention& am = tree_.doc().mentions[m];
  if (am.token_end != static_cast<uint32_t>(c1)) return -1;
  int first = static_cast<int>(am.token_begin);
  while (first > 0 && tree_.sentence_of(first - 1) == sent && (tree_.lemma(first - 1) == "the")) --first;
  if (first > 0 && tree_.sentence_of(first - 1) == sent) return -1;
  return static_cast<int>(am.head);
}

// "Speaking at a Security Council meeting, Pakistan's envoy to the United
// Nations, Munir Akram, said ...": after a fronted participle phrase the
// parser may hang the subject on the participle (here as a clause of its
// own) and leave the verb with none. When v has no subject, the sentence
// opens with a participle, and the words between the first comma and v
// (past adverbs and auxiliaries of v) form one phrase whose head is a noun
// or name hung outside it, that head is v's subject.
int Arguments::fronted_participle_subject(int v) const {
  const Rels& R = rels();
  if (v < 2 || tree_.upos(v) != UPos::kVERB || tree_.first_kid(v, R.nsubj) >= 0 ||
      tree_.first_kid(v, R.nsubj_pass) >= 0)
    return -1;
  const std::string& x = tree_.xpos(v);
  if (x != "VBD" && x != "VBZ" && x != "VBP") return -1;
  const int sent = tree_.sentence_of(v);
  const int first = static_cast<int>(tree_.doc().sentences[sent].token_begin);
  if (tree_.xpos(first) != "VBG" && tree_.xpos(first) != "VBN") return -1;
  int c = -1;
  for (int k = first + 1; k < v; ++k)
    if (tree_.lemma(k) == ",") {
      c = k;
      break;
    }
  if (c < 0) return -1;
  int p = v - 1;
  while (p > c && (tree_.rel(p) == R.advmod || tree_.base(p) == R.aux) && tree_.head(p) == v) --p;
  int head = -1;
  for (int k = c + 1; k <= p; ++k) {
    if (tree_.upos(k) == UPos::kPUNCT) continue;
    const int h = tree_.head(k);
    if (h > c && h <= p) continue;
    if (head >= 0) return -1;  // two phrases: no single subject
    head = k;
  }
  if (head < 0 || head == v) return -1;
  const UPos u = tree_.upos(head);
  return u == UPos::kNOUN || u == UPos::kPROPN || u == UPos::kPRON ? head : -1;
}

std::vector<int> Arguments::inherited_patient(int v) const {
  const Rels& R = rels();
  const int h = tree_.head(v);
  if (h < 0 || tree_.first_kid(v, R.nsubj_pass) >= 0 || tree_.first_kid(v, R.nsubj) >= 0) return {};
  DepRel r = tree_.rel(v);
  int gov = h;
  // "Two activists were arrested and [deported]": a passive conjunct shares
  // the first conjunct's patient.
  if (r == R.conj && (tree_.is_passive(h) || tree_.is_reduced_passive(h))) return objects(h);
  // "hid for hours before being caught": a clause of time the parser hung
  // on the noun of the verb's phrase is the verb's adverbial clause.
  if (r == R.acl && tree_.base(h) == R.obl && tree_.head(h) >= 0)
    for (int c : tree_.kids(v, R.mark)) {
      const std::string& m = tree_.lemma(c);
      if (m == "before" || m == "after" || m == "when" || m == "while" || m == "until" || m == "upon") {
        r = R.advcl;
        gov = tree_.head(h);
      }
    }
  // "The fishermen flee when [attacked] by pirates", "crossed the border
  // before [being caught]", "[Detained] by police, the reporter was freed":
  // an adverbial passive clause with no subject of its own is about the
  // governing clause's subject (its patient when that clause is passive).
  if (r != R.advcl || tree_.upos(gov) != UPos::kVERB) return {};
  // Only a non-finite clause ("attacked", "being caught", "having been
  // arrested", "to be tried"): a finite one ("and X was killed") has a
  // subject of its own, which the parser lost.
  for (int c : tree_.children(v))
    if (tree_.rel(c) == R.aux || tree_.rel(c) == R.aux_pass) {
      const std::string& x = tree_.xpos(c);
      if (x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD") return {};
    }
  // (A purpose or a condition, "[if] attacked", is about the same subject;
  // its modality is the modality stage's business.)
  if (tree_.is_passive(gov) || tree_.is_reduced_passive(gov)) return objects(gov);
  return subjects(gov);
}

// "Amnesty International, founded in 1961, accused Egypt ...", "The
// Alliance, based in Copenhagen, criticized Beijing", "The group,
// headquartered in London, was sanctioned by Beijing": a participle phrase
// set off by commas right after the subject noun is a reduced relative
// clause on it, but the parser often reads the participle as the main verb
// (with the noun as its subject or compound, and the real verb as its
// conjunct) or as an adverbial clause that took the noun with it. The real
// verb v then has no subject of its own; this returns the noun the
// participle phrase was set off from, or -1. The participle has no object
// (it is passive in sense), and a comma separates the noun from it and it
// from v. (The parse cannot be repaired in the events stage, so the
// argument finder reads through it.)
int Arguments::appositive_participle_subject(int v) const {
  const Rels& R = rels();
  if (v < 0 || tree_.first_kid(v, R.nsubj) >= 0 || tree_.first_kid(v, R.nsubj_pass) >= 0) return -1;
  auto participle_with_noun = [&](int p) -> int {
    if (p < 0 || p >= v || tree_.upos(p) != UPos::kVERB) return -1;
    if (tree_.xpos(p) != "VBN" && tree_.xpos(p) != "VBD") return -1;
    if (tree_.first_kid(p, R.obj) >= 0 || tree_.first_kid(p, R.aux) >= 0) return -1;
    // The comma right before the participle, and one between it and v.
    if (p < 2 || tree_.lemma(p - 1) != ",") return -1;
    bool comma_after = false;
    for (int k = p + 1; k < v; ++k) comma_after = comma_after || tree_.lemma(k) == ",";
    if (!comma_after) return -1;
    // The noun before the first comma: the participle's subject or compound.
    for (int c : tree_.children(p)) {
      if (c >= p - 1) continue;
      const DepRel rc = tree_.rel(c);
      if (rc != R.nsubj && rc != R.nsubj_pass && rc != R.compound) continue;
      if (tree_.upos(c) != UPos::kNOUN && tree_.upos(c) != UPos::kPROPN) continue;
      return c;
    }
    return -1;
  };
  // The participle read as the main verb, v its conjunct.
  if (tree_.rel(v) == R.conj) return participle_with_noun(tree_.head(v));
  // The participle read as an adverbial clause of v.
  for (int c : tree_.children(v))
    if (c < v && tree_.rel(c) == R.advcl)
      if (int n = participle_with_noun(c); n >= 0) return n;
  return -1;
}

std::vector<int> Arguments::subjects_rec(int v, int depth) const {
  std::vector<int> out;
  if (v < 0 || depth > 8) return out;
  const Rels& R = rels();
  DepRel r = tree_.rel(v);
  int h = tree_.head(v);
  if (tree_.is_misparsed_main_clause(v)) {
    // With a "by"-less agent the misparse is local: the noun's conjuncts
    // are as likely the parser's junk as co-subjects.
    // On the predicate of the root's relative clause ("China, which has long
    // been X's ally, expressed ..."), the subject is the root the clause is on.
    if (tree_.rel(h) == R.acl_relcl && tree_.head(h) >= 0) h = tree_.head(h);
    // "China, which has been X's ally, expressed concern" read with the
    // noun "ally" as the root predicate and "China" as its subject: the
    // verb on that predicate noun is done by the noun's subject.
    if (tree_.bare_agent(v) < 0 && tree_.head(h) < 0)
      if (int s = tree_.first_kid(h, R.nsubj);
          s >= 0 && s < h && (tree_.upos(s) == UPos::kNOUN || tree_.upos(s) == UPos::kPROPN))
        h = s;
    if (int g = tree_.glued_to_fronted_root(h); g >= 0) h = g;
    if (tree_.bare_agent(v) >= 0) out.push_back(h);
    else append_conj(tree_, h, &out);
    return out;
  }
  // "A suicide bombing by al-Shabab at a Mogadishu checkpoint killed 20
  // people": the main verb hung as a reduced relative on the last noun of
  // the root noun's prepositional phrase, so the place would be the
  // killer. A past-tense verb there with a direct object of its own (a
  // reduced passive takes none) and no auxiliary is the root noun's.
  if (r == R.acl && h >= 0 && h < v && tree_.xpos(v) == "VBD" && tree_.first_kid(v, R.obj) >= 0 &&
      tree_.first_kid(v, R.aux) < 0 && tree_.first_kid(v, R.nsubj) < 0 && tree_.base(h) == R.nmod &&
      !tree_.prep_of(h).empty() && tree_.prep_of(h) != "of") {
    const int root = tree_.head(h);
    if (root >= 0 && tree_.head(root) < 0 && (tree_.upos(root) == UPos::kNOUN || tree_.upos(root) == UPos::kPROPN) &&
        tree_.first_kid(root, R.cop) < 0) {
      append_conj(tree_, root, &out);
      return out;
    }
  }
  // "the council and the cabinet led by the prime minister dissolved the
  // party", "Somali forces backed by U.S. airstrikes killed 30 fighters":
  // the parser hangs the main verb on the participle as a conjunct with no
  // coordinator, or as its complement clause. A past-tense verb with an object of its
  // own and no subject, coordinator or auxiliary, conjoined to a
  // participle on a noun, is that noun's verb ("the man arrested by police
  // and charged with ..." has its "and").
  if ((r == R.conj || (r == R.ccomp && tree_.first_kid(v, R.mark) < 0)) && h >= 0 && tree_.rel(h) == R.acl &&
      tree_.xpos(h) == "VBN" && tree_.xpos(v) == "VBD" &&
      tree_.first_kid(v, R.obj) >= 0 && tree_.first_kid(v, R.nsubj) < 0 && tree_.first_kid(v, R.aux) < 0 &&
      tree_.first_kid(v, R.cc) < 0 && tree_.head(h) >= 0 &&
      (tree_.upos(tree_.head(h)) == UPos::kNOUN || tree_.upos(tree_.head(h)) == UPos::kPROPN)) {
    append_conj(tree_, tree_.head(h), &out);
    return out;
  }
  // "Officials said [Russia] last week expelled two diplomats", "a source
  // said [Ankara] in recent years imposed controls on ...": a time phrase
  // between the content clause's subject and its verb makes the parser
  // read the subject as the speech verb's object. An active finite content
  // clause with no subject of its own, after such an object, takes it.
  // (Not "tell", whose object is the addressee: "told reporters ...".)
  if (r == R.ccomp && h >= 0 && lex_.in_set(CoderSet::speech, tree_.lemma(h)) && tree_.lemma(h) != "tell" &&
      tree_.first_kid(v, R.nsubj) < 0 && tree_.first_kid(v, R.nsubj_pass) < 0 && tree_.first_kid(v, R.csubj) < 0 &&
      !tree_.is_passive(v) && (tree_.xpos(v) == "VBD" || tree_.xpos(v) == "VBZ" || tree_.xpos(v) == "VBP"))
    for (int o : tree_.kids(h, R.obj))
      if (o > h && o < v && (tree_.upos(o) == UPos::kNOUN || tree_.upos(o) == UPos::kPROPN)) {
        append_conj(tree_, o, &out);
        return out;
      }
  // "Malian forces seized weapons and captured rebels" read as a noun
  // phrase: the second verb left as a conjunct of the root noun, with its
  // own object and "and", is a verb of that noun as subject.
  if (r == R.conj && h >= 0 && tree_.head(h) < 0 && tree_.upos(v) == UPos::kVERB &&
      (tree_.upos(h) == UPos::kNOUN || tree_.upos(h) == UPos::kPROPN) &&
      (tree_.xpos(v) == "VBD" || tree_.xpos(v) == "VBN") && tree_.first_kid(v, R.obj) >= 0 &&
      tree_.first_kid(v, R.nsubj) < 0 && tree_.first_kid(v, R.aux) < 0 && tree_.first_kid(h, R.cop) < 0) {
    bool and_ = false;
    for (int c : tree_.children(v))
      if (tree_.base(c) == R.cc && c < v && tree_.lemma(c) == "and") and_ = true;
    if (and_) {
      out.push_back(h);
      return out;
    }
  }
  // "India's Supreme Court struck down the scheme", "An appeals Court
  // ruled": the parser hangs a capitalised subject noun right before a
  // finite verb on the verb as a compound. Such a noun naming an actor,
  // with no subject left to the verb, is its subject.
  // (The tagger often takes such a verb for a participle, "struck" VBN:
  // only a bare one heading its sentence, with no auxiliary.)
  if (tree_.upos(v) == UPos::kVERB &&
      (tree_.xpos(v) == "VBD" || tree_.xpos(v) == "VBZ" || tree_.xpos(v) == "VBP" ||
       (tree_.xpos(v) == "VBN" && h < 0 && tree_.first_kid(v, R.aux) < 0 && tree_.first_kid(v, R.aux_pass) < 0)) &&
      tree_.first_kid(v, R.nsubj) < 0 && tree_.first_kid(v, R.nsubj_pass) < 0 && tree_.first_kid(v, R.csubj) < 0)
    for (int c : tree_.children(v))
      if (c == v - 1 && tree_.rel(c) == R.compound &&
          (tree_.upos(c) == UPos::kNOUN || tree_.upos(c) == UPos::kPROPN) && mention_at_[c] >= 0) {
        out.push_back(c);
        return out;
      }
  if (int s = amod_main_clause_subject(v); s >= 0) {
    append_conj(tree_, s, &out);
    // The object the parser made the subject's conjunct is no subject.
    std::erase(out, h);
    return out;
  }
  // "We were saddened by the death of X": a passive of feeling
  // (&feeling-passive, 48-attitudes.txt) is the passive subject's own
  // feeling, and its "by" phrase the cause, never the agent. Such a verb
  // takes its subject like an active one (its nsubj:pass, else inherited:
  // "saw the reports and were saddened by them").
  if ((tree_.is_passive(v) || tree_.is_reduced_passive(v)) && !lex_.in_set(CoderSet::feeling_passive, tree_.lemma(v))) {
    for (int c : tree_.children(v))
      if (tree_.rel(c) == R.obl_agent || (tree_.base(c) == R.obl && tree_.prep_of(c) == "by"))
        append_conj(tree_, c, &out);
    // "is designated as a terrorist group by the United States": the parser
    // hangs the agent on the noun of the "as" phrase, where a "by" phrase
    // makes no sense of its own.
    if (out.empty())
      for (int c : tree_.children(v))
        if (tree_.base(c) == R.obl && tree_.prep_of(c) == "as")
          for (int k : tree_.children(c))
            if (tree_.base(k) == R.nmod && tree_.prep_of(k) == "by") append_conj(tree_, k, &out);
    if (out.empty()) {
      // "was killed in a gun battle with police", "were wounded in an
      // Israeli airstrike": with no by-agent, the other side of the fight
      // the passive happened in is its agent.
      for (int c : tree_.children(v)) {
        if (tree_.base(c) != R.obl || (tree_.prep_of(c) != "in" && tree_.prep_of(c) != "during")) continue;
        if (!lex_.in_set(CoderSet::fight_noun, tree_.lemma(c))) continue;
        for (int k : tree_.children(c)) {
          const std::string p = tree_.prep_of(k);
          if (tree_.base(k) == R.nmod && (p == "with" || p == "by")) append_conj(tree_, k, &out);
        }
        // "in an Israeli airstrike", "in a police raid": the actor modifier.
        if (out.empty() && mention_for(c, -1) >= 0) out.push_back(c);
        // The parser often hangs "with police" on the verb next to it.
        // The parser often hangs "with police" elsewhere (on the verb, on a
        // time word): a "with" phrase right after the fight noun.
        for (int k = c + 1; out.empty() && k <= c + 4 && k < static_cast<int>(tree_.size()); ++k)
          if (tree_.prep_of(k) == "with" && (tree_.upos(k) == UPos::kNOUN || tree_.upos(k) == UPos::kPROPN))
            append_conj(tree_, k, &out);
        if (!out.empty()) break;
      }
    }
    // "Five civilians were killed when Russian missiles struck Odesa": an
    // agentless passive of harm whose "when"/"as" clause reports a strike
    // (&strike-verb) was done by that clause's subject.
    if (out.empty() && lex_.in_set(CoderSet::harm_passive, tree_.lemma(v)))
      for (int c : tree_.children(v)) {
        if (tree_.base(c) != R.advcl || !lex_.in_set(CoderSet::strike_verb, tree_.lemma(c)) || tree_.is_passive(c)) continue;
        bool when = false;
        for (int m : tree_.children(c))
          if (m < c && (tree_.rel(m) == R.mark || tree_.rel(m) == R.advmod))
            when = when || tree_.lemma(m) == "when" || tree_.lemma(m) == "as";
        if (!when) continue;
        for (int sj : tree_.kids(c, R.nsubj)) append_conj(tree_, sj, &out);
        if (!out.empty()) break;
      }
    // "Two British diplomats were expelled from Russia": an agentless
    // expulsion is by the state named as where the expelled are sent
    // away from (&expel-from).
    if (out.empty() && lex_.in_set(CoderSet::expel_from, tree_.lemma(v)))
      for (int c : tree_.children(v)) {
        if (tree_.base(c) != R.obl || tree_.prep_of(c) != "from" || mention_at_[c] < 0) continue;
        const Actor& a = tree_.doc().mentions[follow(mention_at_[c])].actor;
        if (!a.country.empty() && a.code.size() == 3) append_conj(tree_, c, &out);
      }
    // "He was arrested in 2011": the police the actor stage implied.
    if (out.empty() && implied_at_[v] >= 0) out.push_back(v);
    return out;
  }
  const int fronted = fronted_object(v);
  const int extracted = extracted_through_report(v);
  const int rel_object = relative_object(v);
  int alleged = -1;
  if (int a = allegation_actor(v, &alleged); a >= 0) {
    append_conj(tree_, a, &out);
    return out;
  }
  for (int c : tree_.children(v)) {
    // (nsubj:pass here only where is_passive() saw through a misparse.)
    if (tree_.rel(c) != R.nsubj && tree_.rel(c) != R.nsubj_pass) continue;
    if (c == fronted || c == rel_object || after_stray_preposition(c, v)) continue;
    if (int a = misread_report_subject(c, v); a != -2) {
      // The claimer is not the actor of what it claims: the subject is what
      // the relative pronoun stands for (no actor when that is "the war").
      if (a >= 0) append_conj(tree_, a, &out);
      return out;
    }
    if (extracted >= 0 && is_relative_pronoun(tree_.lemma(c))) {
      append_conj(tree_, extracted, &out);
      continue;
    }
    // "Trump on Thursday threatened ...": the parser often makes the weekday
    // of a dropped or stranded "on" the subject. A time word never acts.
    if (is_time_word(lowercase(tree_.lemma(c)))) continue;
    if (r == R.acl_relcl && h >= 0 && is_relative_pronoun(tree_.lemma(c))) {
      // "the bombing of a French base that killed nine soldiers": a
      // relative clause on the target of an attack noun is the attack's
      // (the parser hangs it on the nearer noun); the base did nothing.
      if (tree_.base(h) == R.nmod && tree_.prep_of(h) == "of" && tree_.head(h) >= 0 &&
          (lex_.in_set(CoderSet::attacknoun, tree_.lemma(tree_.head(h))) ||
           lex_.in_set(CoderSet::airstrike, tree_.lemma(tree_.head(h)))))
        out.push_back(tree_.head(h));
      // "the board passed a resolution that criticised Iran", "adopted a
      // resolution that demands a halt to ...": a text (&text-noun) naming no
      // actor, the object of a verb that authors or issues it (&law-owner,
      // issue, release, publish), does what its relative clause says through
      // its author, as the participle does ("a resolution criticising Iran").
      // Other verbs ("rejected a statement that criticised X") keep the noun.
      else if (depth < 4 && tree_.rel(h) == R.obj && tree_.head(h) >= 0 && mention_for(h, -1) < 0 &&
               lex_.in_set(CoderSet::text_noun, tree_.lemma(h)) &&
               (lex_.in_set(CoderSet::law_owner, tree_.lemma(tree_.head(h))) ||
                tree_.lemma(tree_.head(h)) == "issue" || tree_.lemma(tree_.head(h)) == "release" ||
                tree_.lemma(tree_.head(h)) == "publish")) {
        for (int s : subjects_rec(tree_.head(h), depth + 1)) out.push_back(s);
      } else
        append_conj(tree_, h, &out);
    } else if (is_relative_pronoun(tree_.lemma(c)) && tree_.lemma(c) != "that") {
      // A relative clause the parser attached elsewhere ("..., who later
      // criticized X" as a conjunct): the antecedent is the nominal just
      // before the pronoun (skipping punctuation).
      int a = c - 1;
      while (a >= 0 && tree_.upos(a) == UPos::kPUNCT && c - a <= 2) --a;
      if (a >= 0 && (tree_.upos(a) == UPos::kNOUN || tree_.upos(a) == UPos::kPROPN)) append_conj(tree_, a, &out);
    } else {
      append_conj(tree_, c, &out);
    }
  }
  // "Recent governments have, however, recognized that ...": with the
  // auxiliary cut off by commas the parser hangs the subject on the
  // auxiliary (nsubj of "have"); it is the verb's.
  if (out.empty())
    for (int a : tree_.kids(v, R.aux))
      if (a < v)
        for (int c : tree_.kids(a, R.nsubj))
          if (c < a && !is_relative_pronoun(tree_.lemma(c))) append_conj(tree_, c, &out);
  if (out.empty() && extracted >= 0) append_conj(tree_, extracted, &out);
  if (out.empty() && !tree_.is_passive(v))
    if (int a = appositive_participle_subject(v); a >= 0) {
      append_conj(tree_, a, &out);
      return out;
    }
  if (out.empty()) out = fronted_subject(v);
  if (out.empty()) out = stranded_subject(v);
  if (!out.empty() || h < 0) return out;
  // "It is unacceptable for Beijing to detain journalists", "was
  // irresponsible for Moscow to hold drills": the "for" phrase right before
  // a "to" clause is that clause's subject, not the governing clause's.
  if (int f = for_subject(v); f >= 0) {
    append_conj(tree_, f, &out);
    return out;
  }
  // Open complements, and "to" clauses the parser made adverbial ("called on
  // X [advcl to de-escalate]"), take an object-control verb's object.
  const bool open = tree_.is_open_complement(v);
  if (open || (r == R.advcl && tree_.prep_of(v) == "to" && objcontrol_ &&
                       objcontrol_->contains(tree_.lemma(h)))) {
    if (objcontrol_ && objcontrol_->contains(tree_.lemma(h))) {
      out = objects(h);
      if (out.empty()) out = iobjects(h);
      if (out.empty()) out = prep_phrases(h, "on");
      if (out.empty()) out = prep_phrases(h, "upon");
      if (out.empty()) out = prep_phrases(h, "for");  // "called for Kabul to lift the ban"
      if (!out.empty()) return out;
    }
    // "Putin is scheduled to meet X", "the envoy was expected to visit Y":
    // the open complement of a passive is done by the passive's subject,
    // not by its agent.
    if (open && tree_.is_passive(h)) {
      for (int c : tree_.kids(h, R.nsubj_pass)) append_conj(tree_, c, &out);
      if (!out.empty()) return out;
    }
    return subjects_rec(h, depth + 1);
  }
  if (r == R.conj) {
    // A coordinated verb shares the first conjunct's subject only when it is
    // really coordinated: with "and"/"but" or, asyndetically, after a comma.
    // A bare verb attached as conj is the parser's guess for a clause whose
    // own subject it lost, and inheriting would pick the wrong actor.
    for (int c : tree_.children(v))
      if (tree_.base(c) == R.cc || (tree_.rel(c) == R.punct && tree_.lemma(c) == ",")) {
        // "Kenyan police shot and killed ...": the tagger read the first
        // verb as a noun ("shot") heading the sentence, with the real
        // subject as its compound; that compound is the subject here.
        if (tree_.head(h) < 0 && tree_.upos(h) == UPos::kNOUN && tree_.first_kid(h, R.nsubj) < 0 && h < v)
          for (int k : tree_.kids(h, R.compound))
            if (mention_at_[k] >= 0) out.push_back(k);
        if (!out.empty()) return out;
        // "expressed sorrow over lives lost and urged X to ...": a finite
        // verb coordinated with a participle that modifies a noun (acl)
        // was really coordinated with the clause that noun is in; a
        // participle has no finite conjunct of its own.
        const std::string& x = tree_.xpos(v);
        const std::string& hx = tree_.xpos(h);
        if ((x == "VBD" || x == "VBZ" || x == "VBP") && (hx == "VBN" || hx == "VBG") && tree_.rel(h) == R.acl) {
          int a = tree_.head(h);
          for (int d = 0; d < 6 && a >= 0 && tree_.upos(a) != UPos::kVERB; ++d) a = tree_.head(a);
          if (a >= 0 && a < v) return subjects_rec(a, depth + 1);
        }
        // "said it was alarmed by the violence and called on X": a finite
        // verb coordinated with a noun was coordinated with the clause the
        // noun is in; after a passive ("was alarmed by ..."), with the one
        // the passive is about, its subject.
        if ((x == "VBD" || x == "VBZ" || x == "VBP") &&
            (tree_.upos(h) == UPos::kNOUN || tree_.upos(h) == UPos::kPROPN) && tree_.head(h) >= 0) {
          int a = tree_.head(h);
          for (int d = 0; d < 6 && a >= 0 && tree_.upos(a) != UPos::kVERB; ++d) a = tree_.head(a);
          if (a >= 0 && a < v && tree_.upos(a) == UPos::kVERB) {
            if (tree_.is_passive(a))
              if (const int sp = tree_.first_kid(a, R.nsubj_pass); sp >= 0) {
                append_conj(tree_, sp, &out);
                return out;
              }
            return subjects_rec(a, depth + 1);
          }
        }
        return subjects_rec(h, depth + 1);
      }
    return out;
  }
  if (r == R.acl_relcl || r == R.acl) {
    // "launched an operation to flush out X": a purpose clause on an object
    // that names no actor is done by the subject of the clause that has the
    // object ("the operation" does not flush anyone out; Kenya does).
    // Also on an adverbial phrase: "in a move to strengthen ties", "in a
    // bid to end the war".
    // Also "proposed a plan for rearming X", "reaffirmed her intention of
    // visiting Y": a "for" or "of" gerund on a plan noun (&noun-intended)
    // says what the plan's author means to do.
    const std::string gerund_prep = tree_.xpos(v) == "VBG" ? tree_.prep_of(v) : std::string();
    const bool plan_for = (gerund_prep == "for" || gerund_prep == "of") &&
                          lex_.in_set(CoderSet::noun_intended, tree_.lemma(h));
    // Not under a verb that judges the act its object names: "Graham
    // slammed the decision to withdraw troops" (not Graham's withdrawal).
    if (r == R.acl && (tree_.prep_of(v) == "to" || plan_for) && mention_for(h, -1) < 0 &&
        (tree_.rel(h) == R.obj || tree_.base(h) == R.obl) && tree_.head(h) >= 0) {
      if (tree_.rel(h) == R.obj && lex_.in_set(CoderSet::judge_verb, tree_.lemma(tree_.head(h)))) return out;
      // "Newsom sued Trump over [his] decision to send troops": a phrase
      // noun owned by a pronoun no one was found for, beside an object
      // the pronoun may stand for, is that owner's plan, not the subject's.
      if (tree_.base(h) == R.obl && tree_.first_kid(tree_.head(h), R.obj) >= 0)
        for (int c : tree_.kids(h, R.nmod_poss))
          if (tree_.upos(c) == UPos::kPRON) return out;
      // "pointed to China's measures for the latter's refusal to cave", "the
      // company's decision to pay": a noun owned by words that name no actor
      // is that owner's act, not the clause subject's (a pronoun owner still
      // stands for the subject: "launched its bid to join").
      for (int c : tree_.kids(h, R.nmod_poss))
        if (tree_.upos(c) != UPos::kPRON) return out;
      return subjects_rec(tree_.head(h), depth + 1);
    }
    // "strengthen ties after meeting Biden": a participle introduced by a
    // temporal subordinator is an adverbial clause the parser hung on a
    // nearby noun; it shares the subject of the clause that noun is in.
    if (r == R.acl && mention_for(h, -1) < 0 && tree_.head(h) >= 0) {
      const std::string mk = tree_.prep_of(v);
      if ((mk == "after" || mk == "before" || mk == "while" || mk == "since" || mk == "without" ||
           mk == "when" || mk == "upon") &&
          (tree_.xpos(v) == "VBG" || tree_.xpos(v) == "VBN"))
        return subjects_rec(tree_.head(h), depth + 1);
    }
    // "issued a statement condemning X", "posted a message accusing Y": a
    // participle on a text its author issued is the author's act.
    if (r == R.acl && tree_.xpos(v) == "VBG" && mention_for(h, -1) < 0 && tree_.head(h) >= 0 &&
        (tree_.rel(h) == R.obj || tree_.base(h) == R.obl)) {
      if (lex_.in_set(CoderSet::text_noun, tree_.lemma(h))) return subjects_rec(tree_.head(h), depth + 1);
      // "detonated explosives near a convoy, killing two": a participle
      // set off by a comma is an adverbial of the clause, whichever noun
      // the parser hung it on (the explosives do not kill; the bomber does).
      for (int c : tree_.children(v))
        if (c < v && tree_.rel(c) == R.punct && tree_.lemma(c) == ",")
          return subjects_rec(tree_.head(h), depth + 1);
    }
    // "good people to meet", "issues to discuss": an infinitive with no
    // object of its own on a noun takes that noun as its object, not as its
    // subject; who does it is left unsaid.
    if (r == R.acl && tree_.prep_of(v) == "to" && mention_for(h, -1) >= 0 && tree_.first_kid(v, R.obj) < 0 &&
        tree_.first_kid(v, R.nsubj) < 0 && tree_.kids(v, R.obl).empty() && tree_.kids(v, R.xcomp).empty())
      return out;
    append_conj(tree_, h, &out);
    return out;
  }
  if (r == R.advcl || tree_.is_adjective_clause(v)) {
    // Only a non-finite adverbial clause shares the main clause's subject
    // ("after meeting X", "X left, saying ..."). A finite verb with no subject
    // of its own ("after the ministers condemned ...") means the parser lost
    // that subject: inheriting would put the wrong actor on the event.
    const std::string& x = tree_.xpos(v);
    bool finite = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
    // "to say [Sondland] did discuss ...", with the content clause's subject
    // misread as the speech verb's object: a finite auxiliary (did, has,
    // will) makes the clause finite too, whatever the verb's own tag.
    for (int c : tree_.kids(v, R.aux)) {
      const std::string& ax = tree_.xpos(c);
      finite = finite || ax == "VBD" || ax == "VBZ" || ax == "VBP" || ax == "MD";
    }
    // "After the Dems decided to ..., and [attacked] Trump's wife, the
    // public has begun ...": a past participle with a direct object and no
    // auxiliary is no passive participle ("Attacked by rebels, the army
    // ..." has none); it is a finite past tense the tagger misread, whose
    // subject the parser lost. (Perfect "having attacked X" has its aux.)
    if (x == "VBN" && tree_.first_kid(v, R.obj) >= 0 && tree_.kids(v, R.aux).empty() &&
        tree_.kids(v, R.aux_pass).empty())
      finite = true;
    std::string mk = tree_.prep_of(v);
    if (!finite && (mk.empty() || mk == "to" || mk == "in" || mk == "by" || mk == "after" || mk == "before" ||
                    mk == "while" || mk == "without")) {
      // "Mech Dara was released after apologizing to Hun Manet": a gerund
      // adjunct of a passive is done by the passive's surface subject (the
      // one released), not by its agent.
      if (x == "VBG" && mk != "by" && mk != "to")
        if (const int sp = tree_.first_kid(h, R.nsubj_pass);
            sp >= 0 && tree_.lemma(sp) != "it" && tree_.first_kid(h, R.obl_agent) < 0) {
          append_conj(tree_, sp, &out);
          return out;
        }
      return subjects_rec(h, depth + 1);
    }
    // "the group claimed responsibility for attacking X", "took credit for
    // bombing Y": the claimant did it. (Elsewhere a "for" gerund is often
    // the object's deed: "criticized Y for attacking Z".)
    if (!finite && mk == "for")
      for (int o : tree_.kids(h, R.obj))
        if (tree_.lemma(o) == "responsibility" || tree_.lemma(o) == "credit") return subjects_rec(h, depth + 1);
  }
  return out;
}

// "the militia that police say killed 40 villagers": v is the content
// clause of a reporting verb (&reporting) that is itself a relative clause
// with its own subject; the relative pronoun was extracted from v, so v's
// subject is the noun the relative clause modifies. Returns it, or -1.
int Arguments::extracted_through_report(int v) const {
  const Rels& R = rels();
  const int h = tree_.head(v);
  if (h < 0 || tree_.rel(v) != R.ccomp || tree_.rel(h) != R.acl_relcl || tree_.head(h) < 0) return -1;
  if (!lex_.in_set(CoderSet::reporting, tree_.lemma(h))) return -1;
  const int s = tree_.first_kid(h, R.nsubj);
  if (s < 0 || is_relative_pronoun(tree_.lemma(s))) return -1;
  return tree_.head(h);
}

// "The U.N. envoy expressed concern.": the tagger reads the verb as a
// participle and the parser makes it an adjective of its object, which
// becomes the root with the real subject as its nsubj. Signs: v is a VBD/VBN
// amod of a root noun, only that noun's own modifiers lie between them, and
// the noun has a subject before v. Returns that subject, or -1.
int Arguments::amod_main_clause_subject(int v) const {
  const Rels& R = rels();
  const int h = tree_.head(v);
  if (h < 0 || tree_.rel(v) != R.amod || h <= v) return -1;
  const int r = tree_.head(h);  // the root, or the noun the object hangs on
  if (tree_.upos(v) != UPos::kVERB || (tree_.xpos(v) != "VBD" && tree_.xpos(v) != "VBN")) return -1;
  if (tree_.upos(h) != UPos::kNOUN) return -1;
  for (int t = v + 1; t < h; ++t)
    if (tree_.head(t) != h || (tree_.rel(t) != R.amod && tree_.rel(t) != R.det && tree_.rel(t) != R.compound &&
                               tree_.rel(t) != R.nummod))
      return -1;
  // "the envoy is an elected official": a copula or a determiner before the
  // participle makes it a noun phrase after all.
  for (int c : tree_.children(h))
    if (tree_.rel(c) == R.cop || (tree_.rel(c) == R.det && c < v)) return -1;
  if (r < 0)
    for (int c : tree_.children(h))
      if (tree_.rel(c) == R.nsubj && c < v) return c;
  // "Sudanese authorities closed six newspapers", "Malian forces seized
  // weapons": the whole clause read as one noun phrase rooted on the
  // subject, the object hung on it (conj, nmod) and the verb made the
  // object's adjective. The verb right after the root noun's phrase is the
  // main verb, the root noun its subject.
  if (r >= 0 && r < v && tree_.head(r) < 0 && (tree_.upos(r) == UPos::kNOUN || tree_.upos(r) == UPos::kPROPN) &&
      (tree_.base(h) == R.conj || tree_.base(h) == R.nmod) && tree_.prep_of(h).empty()) {
    // Nothing but the subject's own modifiers before the verb: no list
    // ("troops, armored vehicles and trained fighters"), no clause.
    for (int t = r + 1; t < v; ++t) {
      if (!tree_.dominated_by(t, r) || tree_.dominated_by(t, h)) return -1;
      const DepRel b = tree_.base(t);
      if (b == R.conj || b == R.cc || b == R.punct || tree_.upos(t) == UPos::kVERB) return -1;
    }
    for (int c : tree_.children(h))
      if (tree_.base(c) == R.cc) return -1;
    if (tree_.first_kid(r, R.cop) >= 0) return -1;
    return r;
  }
  return -1;
}

// "a war that Kiev claims has killed 14,000 civilians": the tagger reads
// the reporting verb as a plural noun and the parser makes "Kiev claims" v's
// subject. Signs: c is a &reporting lemma tagged as a noun, with a modifier
// before it (the claimer), right before v or v's auxiliary, and a relative
// pronoun right before its phrase. Returns the pronoun's antecedent (the
// noun before it), -1 when there is none, or -2 when c is no such misreading.
int Arguments::misread_report_subject(int c, int v) const {
  const Rels& R = rels();
  if (tree_.upos(c) != UPos::kNOUN || !lex_.in_set(CoderSet::reporting, tree_.lemma(c))) return -2;
  if (tree_.xpos(c) != "NNS" && tree_.xpos(c) != "VBZ") return -2;
  const int next = c + 1;
  if (next != v && !(next < static_cast<int>(tree_.size()) && tree_.head(next) == v && tree_.base(next) == R.aux))
    return -2;
  int first = c;
  bool claimer = false;
  for (int k : tree_.children(c))
    if (k < c) {
      first = std::min(first, k);
      if (tree_.rel(k) == R.compound || tree_.rel(k) == R.nmod_poss) claimer = true;
    }
  if (!claimer) return -2;
  // The parser hangs the pronoun on the noun or leaves it just outside.
  int rp = is_relative_pronoun(tree_.lemma(first)) ? first : first - 1;
  if (rp < 0 || !is_relative_pronoun(tree_.lemma(rp))) return -2;
  int a = rp - 1;
  if (a >= 0 && tree_.upos(a) == UPos::kPUNCT) --a;
  if (a >= 0 && (tree_.upos(a) == UPos::kNOUN || tree_.upos(a) == UPos::kPROPN)) return a;
  return -1;
}

// "The sanctions Washington has imposed on Moscow ...": the parser often
// reads a reduced relative as a clause with two subjects. With no object,
// a first subject that names no actor right before a second that does is
// the object the relative clause modifies. Returns it, or -1.
int Arguments::fronted_object(int v) const {
  const Rels& R = rels();
  if (tree_.first_kid(v, R.obj) >= 0) return -1;
  std::vector<int> subj = tree_.kids(v, R.nsubj);
  if (subj.size() != 2 || subj[0] > subj[1]) return -1;
  const int a = subj[0], b = subj[1];
  if (tree_.upos(a) != UPos::kNOUN || mention_for(a, -1) >= 0 || mention_at_[b] < 0) return -1;
  for (int t = a + 1; t < b; ++t)
    if (tree_.head(t) != a && tree_.head(t) != b) return -1;  // adjacent phrases only
  return a;
}

// "Israeli strikes on Gaza killed ...": a "subject" right after a
// preposition the parser hung on the verb is the object of that preposition.
bool Arguments::after_stray_preposition(int c, int v) const {
  const Rels& R = rels();
  for (int t = c - 1; t >= 0 && t >= c - 3; --t) {
    if (tree_.head(t) == c) continue;  // the subject's own determiners and modifiers
    // Subordinators open a clause whose subject follows them.
    static constexpr std::string_view kSubordinators[] = {
        "that",   "if",      "because", "while",  "as",     "after",    "before",   "when",
        "since",  "although", "though", "until",  "unless", "whether",  "once",     "provided",
        "lest",   "whereas", "till",    "whilst"};
    return tree_.head(t) == v && (tree_.rel(t) == R.mark || tree_.rel(t) == R.case_) && tree_.xpos(t) == "IN" &&
           !one_of(tree_.lemma(t), kSubordinators);
  }
  return false;
}

std::vector<int> Arguments::speakers(int v) const {
  std::vector<int> out;
  const Rels& R = rels();
  for (int depth = 0; v >= 0 && depth < 6; ++depth) {
    for (int c : tree_.children(v))
      if (tree_.rel(c) == R.nsubj || tree_.rel(c) == R.nsubj_pass) append_conj(tree_, c, &out);
    if (out.empty()) out = stranded_subject(v);
    // A subject lost to a participle phrase around it, as in subjects().
    if (out.empty() && depth == 0) {
      int s = interrupted_subject(v);
      if (s < 0) s = fronted_participle_subject(v);
      if (s >= 0) append_conj(tree_, s, &out);
    }
    if (!out.empty()) return out;
    DepRel r = tree_.rel(v);
    if (r != R.xcomp && r != R.advcl && r != R.conj) break;
    v = tree_.head(v);
  }
  return out;
}

std::vector<int> Arguments::objects(int v) const {
  std::vector<int> out;
  const Rels& R = rels();
  if (tree_.is_passive(v)) {
    for (int c : tree_.kids(v, R.nsubj_pass)) {
      // "the Houthis, who are listed as ...", "X is a group that is
      // designated as ...": the relative pronoun stands for the noun the
      // clause modifies (for a predicate noun, the copula's subject).
      const int a = tree_.head(v);
      if (tree_.rel(v) == R.acl_relcl && a >= 0 && is_relative_pronoun(tree_.lemma(c))) {
        const int s = tree_.first_kid(a, R.nsubj);
        if (mention_for(a, -1) < 0 && tree_.first_kid(a, R.cop) >= 0 && s >= 0 && s < a) append_conj(tree_, s, &out);
        else append_conj(tree_, a, &out);
        continue;
      }
      append_conj(tree_, c, &out);
    }
    if (out.empty() && tree_.is_copula_passive(v))
      for (int c : tree_.kids(v, R.nsubj)) append_conj(tree_, c, &out);
    // "X stands accused": the linking verb's subject.
    if (out.empty() && tree_.rel(v) == R.xcomp && tree_.head(v) >= 0)
      for (int c : tree_.kids(tree_.head(v), R.nsubj)) append_conj(tree_, c, &out);
    // "The reporter was freed": the parser may label the subject of a
    // passive with an auxiliary a plain nsubj.
    // So may a participle with a by-agent and no auxiliary ("The reporter,
    // detained by police, ...").
    if (out.empty())
      for (int c : tree_.kids(v, R.nsubj)) append_conj(tree_, c, &out);
    // "The group, headquartered in London, was sanctioned by Beijing".
    if (out.empty())
      if (int a = appositive_participle_subject(v); a >= 0) append_conj(tree_, a, &out);
    if (out.empty()) out = inherited_patient(v);
    return out;
  }
  if (tree_.is_reduced_passive(v)) {
    append_conj(tree_, tree_.head(v), &out);
    return out;
  }
  if (tree_.is_misparsed_main_clause(v))
    if (int b = tree_.bare_agent(v); b >= 0) append_conj(tree_, b, &out);
  if (amod_main_clause_subject(v) >= 0) {
    append_conj(tree_, tree_.head(v), &out);
    return out;
  }
  const std::vector<int> objs = tree_.kids(v, R.obj);
  for (int c : objs) {
    // "told reporters that Trump was boosting tariffs" read as a relative
    // clause on "reporters" with "that" as its object: with a second, real
    // object the "that" is the complementizer, and stands for nothing.
    if (tree_.lemma(c) == "that" && objs.size() > 1) continue;
    // "the sanctions which Washington imposed": the relative pronoun stands
    // for the noun the clause modifies.
    if (tree_.rel(v) == R.acl_relcl && is_relative_pronoun(tree_.lemma(c)) && tree_.head(v) >= 0)
      append_conj(tree_, tree_.head(v), &out);
    else
      append_conj(tree_, c, &out);
  }
  if (out.empty())
    if (int f = fronted_object(v); f >= 0) append_conj(tree_, f, &out);
  // "Russian missiles struck [Kyiv], Ukraine's air force said": the parser
  // gives the trailing speech verb two subjects, the reported verb's object
  // right after it being the first. A speech verb's subject that directly
  // follows its content verb, with another subject after it, is that verb's
  // object.
  if (out.empty() && tree_.rel(v) == R.ccomp && tree_.head(v) > v && lex_.in_set(CoderSet::speech, tree_.lemma(tree_.head(v)))) {
    const int h = tree_.head(v);
    int first = -1, later = -1;
    for (int c : tree_.kids(h, R.nsubj)) {
      if (c == v + 1) first = c;
      else if (c > v + 1 && c < h) later = c;
    }
    if (first >= 0 && later >= 0) append_conj(tree_, first, &out);
  }
  if (out.empty()) {
    int alleged = -1;
    if (allegation_actor(v, &alleged) >= 0) out.push_back(alleged);
  }
  if (out.empty())
    if (int rp = relative_object(v); rp >= 0) {
      // "... in a report, which Moscow denied" read with two subjects: the
      // pronoun is the object and stands for the nominal the clause hangs
      // on, else the nominal right before it.
      int a = tree_.head(v);
      if (a < 0 || (tree_.upos(a) != UPos::kNOUN && tree_.upos(a) != UPos::kPROPN)) {
        a = rp - 1;
        while (a >= 0 && tree_.upos(a) == UPos::kPUNCT && rp - a <= 2) --a;
      }
      if (a >= 0 && (tree_.upos(a) == UPos::kNOUN || tree_.upos(a) == UPos::kPROPN)) append_conj(tree_, a, &out);
    }
  if (out.empty()) {
    // "..., a charge New Delhi quickly rejected": an appositive relative
    // clause on an allegation noun that the parser flattened, making the
    // noun a compound on the clause's subject ("a [charge] [New Delhi]").
    // A noun of &allegation right after "a"/"an"/"the", compounded onto
    // the subject of an object-less verb, is that verb's object.
    for (int n : tree_.kids(v, R.nsubj))
      for (int c : tree_.kids(n, R.compound)) {
        const std::string& d = c > 0 ? tree_.lemma(c - 1) : std::string();
        if (c < n && (d == "a" || d == "an" || d == "the") && lex_.in_set(CoderSet::allegation, tree_.lemma(c)) &&
            out.empty())
          out.push_back(c);
      }
  }
  if (out.empty() && tree_.rel(v) == R.acl_relcl && tree_.head(v) >= 0) {
    // "the sanctions Washington has imposed on Moscow": a relative clause
    // with its own (non-relative) subject and no object has the modified
    // noun as its object.
    // Not for a relative adverb ("the region where forces clashed") or a
    // stranded preposition ("the town they fled from").
    bool own_subject = false, adverbial = false;
    for (int c : tree_.children(v)) {
      const std::string& l = tree_.lemma(c);
      if (tree_.rel(c) == R.nsubj && !is_relative_pronoun(l)) own_subject = true;
      if (l == "where" || l == "when" || l == "why" || l == "how" || l == "whereby") adverbial = true;
      if (tree_.base(c) == R.obl && c > v && tree_.children(c).empty()) adverbial = true;
    }
    if (own_subject && !adverbial) append_conj(tree_, tree_.head(v), &out);
  }
  if (out.empty()) {
    // "accused [Russia of lying]", "blamed [Kyiv for shelling] the plant":
    // the parser makes a bare name object the subject of the gerund clause
    // after it, marked "of"/"for". That subject, between the verb and the
    // clause, is the verb's object.
    for (int c : tree_.kids(v, R.advcl)) {
      if (c < v || tree_.xpos(c) != "VBG") continue;
      bool of_for = false;
      for (int m : tree_.kids(c, R.mark)) of_for = of_for || tree_.lemma(m) == "of" || tree_.lemma(m) == "for";
      if (!of_for) continue;
      for (int sj : tree_.kids(c, R.nsubj))
        if (sj > v && sj < c) append_conj(tree_, sj, &out);
    }
  }
  if (out.empty()) {
    // "held [Pakistan responsible] for the attack", "found [Smith guilty]":
    // the parser glues a bare name object onto the adjective complement
    // after it as a compound. A proper noun compounded before the verb's
    // adjectival xcomp is the verb's object.
    for (int x : tree_.kids(v, R.xcomp)) {
      if (tree_.upos(x) != UPos::kADJ || x < v) continue;
      for (int c : tree_.kids(x, R.compound))
        if (c > v && c < x && tree_.upos(c) == UPos::kPROPN) append_conj(tree_, c, &out);
    }
  }
  if (out.empty()) {
    // "soldiers shot and killed two militants": a verb with no object
    // shares the object of the verb coordinated with it, when that verb has
    // no subject of its own (the same clause).
    for (int c : tree_.kids(v, R.conj)) {
      if (c < v || (tree_.upos(c) != UPos::kVERB) || tree_.first_kid(c, R.nsubj) >= 0 ||
          tree_.first_kid(c, R.nsubj_pass) >= 0 || tree_.first_kid(c, R.obj) < 0)
        continue;
      bool cc = false;
      for (int k : tree_.children(c))
        if (tree_.base(k) == R.cc && k < c) cc = true;
      if (!cc) continue;
      for (int o : tree_.kids(c, R.obj)) append_conj(tree_, o, &out);
      break;
    }
    if (!out.empty()) return out;
  }
  if (!out.empty()) {
    // "meeting India's Prime Minister Narendra Modi and Philippine President
    // Rodrigo Duterte": the parser splits a long object into obj + bare obl
    // phrases; a bare (prepositionless) obl that names an actor is one more
    // object, not an adverbial.
    // A phrase with its own contrastive coordinator is not: "opposed Iran's
    // program, yet Israel, which ..., ranks fifth" starts a new clause the
    // parser left without its verb.
    for (int c : tree_.children(v))
      if (tree_.rel(c) == R.obl && tree_.upos(c) == UPos::kPROPN && tree_.prep_of(c).empty() &&
          mention_at_[c] >= 0 && !is_time_word(lowercase(tree_.lemma(c))) && !contrastive_cc(tree_, c))
        append_conj(tree_, c, &out);
    return out;
  }
  // Parser slips we see on news text: an object attached as a bare obl
  // ("condemned [obl Russia's build-up]") or as a non-verbal xcomp whose
  // words belong to an actor mention ("met [xcomp Ukrainian] ... Kuleba").
  for (int c : tree_.children(v)) {
    UPos u = tree_.upos(c);
    bool nominal = u == UPos::kNOUN || u == UPos::kPROPN;
    if (tree_.rel(c) == R.obl && nominal && tree_.prep_of(c).empty() && !is_time_word(lowercase(tree_.lemma(c))))
      append_conj(tree_, c, &out);
    else if (tree_.rel(c) == R.xcomp && (nominal || u == UPos::kADJ) && mention_at_[c] >= 0)
      append_conj(tree_, c, &out);
    // "called [X unbearable]" read as a small clause, X the subject of the
    // adjective: X is what the verb is done to, as in "called X [xcomp
    // unbearable]".
    else if (tree_.rel(c) == R.xcomp && c > v && (nominal || u == UPos::kADJ))
      for (int k : tree_.kids(c, R.nsubj))
        if (k > v && k < c) append_conj(tree_, k, &out);
  }
  if (out.empty())
    if (int n = detached_object(v); n >= 0) append_conj(tree_, n, &out);
  return out;
}

// "airstrikes have killed [at least 50 militants], the statement said" with
// the noun phrase hung on "said" as a clause (ccomp): a noun phrase right
// after an object-less verb, attached elsewhere by a clausal relation a noun
// never takes, is that verb's object. Returns its head, or -1.
int Arguments::detached_object(int v) const {
  const Rels& R = rels();
  if (tree_.upos(v) != UPos::kVERB || tree_.is_passive(v)) return -1;
  const int n_tok = static_cast<int>(tree_.size());
  for (int n = v + 1; n < n_tok && n <= v + 10; ++n) {
    if (tree_.sentence_of(n) != tree_.sentence_of(v)) return -1;
    const UPos u = tree_.upos(n);
    if (u != UPos::kNOUN && u != UPos::kPROPN) continue;
    if (tree_.head(n) == v || tree_.dominated_by(n, v)) return -1;
    const DepRel b = tree_.base(n);
    if (b != R.ccomp && b != R.xcomp && b != R.parataxis && b != R.advcl) continue;
    if (tree_.head(n) > v && tree_.head(n) < n) return -1;
    for (int k = v + 1; k < n; ++k)
      if (!tree_.dominated_by(k, n)) return -1;
    return n;
  }
  return -1;
}

// A relative pronoun subject of v beside a second subject that is none
// ("a report, which Moscow denied" parsed with "which" and "Moscow" both as
// nsubj): the pronoun is really v's fronted object. Returns it, or -1.
int Arguments::relative_object(int v) const {
  const Rels& R = rels();
  if (tree_.first_kid(v, R.obj) >= 0) return -1;
  int rp = -1, other = -1;
  for (int c : tree_.kids(v, R.nsubj)) {
    if (is_relative_pronoun(tree_.lemma(c)) && tree_.lemma(c) != "that") rp = c;
    else other = c;
  }
  return rp >= 0 && other > rp ? rp : -1;
}

// "..., a charge Afghan spokesman X rejected" parsed with "charge" as the
// subject and the actor hung on it as a prepositionless nmod or appositive:
// the actor is the subject and the allegation noun the object. Returns the
// actor token and sets *noun, or -1.
int Arguments::allegation_actor(int v, int* noun) const {
  const Rels& R = rels();
  if (tree_.upos(v) != UPos::kVERB || tree_.first_kid(v, R.obj) >= 0) return -1;
  for (int n : tree_.kids(v, R.nsubj)) {
    if (n >= v || !lex_.in_set(CoderSet::allegation, tree_.lemma(n))) continue;
    const std::string& d = n > 0 ? tree_.lemma(n - 1) : std::string();
    if (d != "a" && d != "an" && d != "the") continue;
    for (int c : tree_.children(n)) {
      const DepRel r = tree_.rel(c);
      if (c <= n || c >= v || !((r == R.nmod && tree_.prep_of(c).empty()) || r == R.appos)) continue;
      if (mention_for(c, -1) < 0) continue;
      *noun = n;
      return c;
    }
  }
  return -1;
}

// A subject the parser hung elsewhere, for a verb with none:
// "as the Senate prepares to vote", "after the leader said ..." with the
// subordinator read as a preposition, the noun as its object somewhere
// above and the verb as a conjunct: the noun right before the verb,
// introduced by a subordinator, is its subject. And "German Chancellor X
// on Wednesday said ..." with the name hung on the verb as a modifier: an
// actor phrase opening the clause, with no preposition, is the subject.
// "for X to V": the noun phrase of a "for" phrase that ends right before
// the "to" of v (hung by the parser on v's governor, or on v itself) is v's
// subject. -1 if none.
int Arguments::for_subject(int v) const {
  const Rels& R = rels();
  int to = -1;
  for (int c : tree_.children(v))
    if (tree_.rel(c) == R.mark && tree_.lemma(c) == "to" && c < v) to = c;
  if (to < 0) return -1;
  const int h = tree_.head(v);
  for (int owner : {h, v}) {
    if (owner < 0) continue;
    for (int c : tree_.children(owner)) {
      if (c >= to || tree_.prep_of(c) != "for") continue;
      DepRel b = tree_.base(c);
      if (b != R.obl && b != R.nmod) continue;
      if (tree_.upos(c) != UPos::kNOUN && tree_.upos(c) != UPos::kPROPN && tree_.upos(c) != UPos::kPRON) continue;
      // The phrase must end right before "to": nothing else between them.
      int last = c;
      std::vector<int> stack{c};
      for (size_t i = 0; i < stack.size() && i < 64; ++i)
        for (int k : tree_.children(stack[i])) {
          stack.push_back(k);
          last = std::max(last, k);
        }
      if (last + 1 == to) return c;
    }
  }
  return -1;
}

std::vector<int> Arguments::stranded_subject(int v) const {
  std::vector<int> out;
  const Rels& R = rels();
  if (tree_.upos(v) != UPos::kVERB || tree_.is_open_complement(v)) return out;
  const DepRel r = tree_.rel(v);
  if (r != R.root && r != R.conj && r != R.ccomp && r != R.parataxis && tree_.head(v) >= 0) return out;
  for (int c : tree_.children(v))
    if (tree_.base(c) == R.nsubj || tree_.base(c) == R.csubj || tree_.rel(c) == R.mark) return out;
  const std::string& x = tree_.xpos(v);
  if (x != "VBD" && x != "VBZ" && x != "VBP" && !(tree_.first_kid(v, R.aux) >= 0)) return out;
  // The subordinator shape.
  int p = v - 1;
  while (p >= 0 && tree_.head(p) == v && (tree_.base(p) == R.aux || tree_.rel(p) == R.advmod)) --p;
  if (p >= 0 && tree_.sentence_of(p) == tree_.sentence_of(v)) {
    int n = p;
    for (int d = 0; d < 6 && n >= 0 && tree_.rel(n) == R.flat; ++d) n = tree_.head(n);
    if (n >= 0 && n < v && (tree_.upos(n) == UPos::kNOUN || tree_.upos(n) == UPos::kPROPN) &&
        !tree_.dominated_by(n, v)) {
      const std::string s = tree_.prep_of(n);
      if (s == "as" || s == "after" || s == "before" || s == "since" || s == "while" || s == "when" ||
          s == "once" || s == "until" || s == "because" || s == "although" || s == "though" || s == "whereas") {
        append_conj(tree_, n, &out);
        return out;
      }
    }
  }
  // The opening-modifier shape.
  const int sb = static_cast<int>(tree_.doc().sentences.size()) > tree_.sentence_of(v)
                     ? static_cast<int>(tree_.doc().sentences[tree_.sentence_of(v)].token_begin)
                     : 0;
  int first = -1;
  for (int c : tree_.children(v))
    if (c < v && tree_.rel(c) != R.punct) {
      first = c;
      break;
    }
  // (An opening phrase is short; the cap keeps a run-on "sentence" linear.)
  if (first < 0 || first - sb > 40) return out;
  const DepRel fb = tree_.base(first);
  if (fb != R.advmod && fb != R.obl && fb != R.dep_ && fb != R.amod && fb != R.nmod && fb != R.appos &&
      fb != R.compound)
    return out;
  if (!tree_.prep_of(first).empty() || is_time_word(lowercase(tree_.lemma(first))) || is_calendar_word(tree_, first))
    return out;
  // Nothing but punctuation before the phrase in its sentence.
  int lo = first;
  for (int k = sb; k < first; ++k)
    if (tree_.dominated_by(k, first)) {
      lo = k;
      break;
    }
  for (int k = sb; k < lo; ++k)
    if (tree_.upos(k) != UPos::kPUNCT) return out;
  const int m = mention_at_[first];
  if (m < 0) return out;
  const Actor& a = tree_.doc().mentions[follow(m)].actor;
  if (a.country.empty() && a.org.empty()) return out;
  out.push_back(first);
  return out;
}

std::vector<int> Arguments::iobjects(int v) const {
  std::vector<int> out;
  for (int c : tree_.kids(v, rels().iobj)) append_conj(tree_, c, &out);
  return out;
}

std::vector<int> Arguments::prep_phrases(int v, const std::string& prep) const {
  std::vector<int> out;
  const Rels& R = rels();
  auto scan = [&](int t, bool verb) {
    for (int c : tree_.children(t)) {
      DepRel b = tree_.base(c);
      // The parser sometimes hangs a noun's own phrase on it as obl ("use
      // [force] against X", a relation only verbs take): read it as nmod.
      // An object that carries a preposition of its own (a second one of
      // the verb, or one hung on the verb's noun object, which takes none)
      // is a phrase the parser misread: "raised tariffs [on $200 billion
      // worth] of Chinese goods", with "on" hung on "$".
      // A gerund clause the parser hung on the object ("accused [the group]
      // of killing civilians", "of" as its mark) is the verb's "of" phrase:
      // the pattern language cannot reach it otherwise (fullcode branch).
      const bool object_gerund = !verb && tree_.rel(c) == R.acl && tree_.xpos(c) == "VBG" && prep == "of";
      // So is an "as" clause hung on the object ("dismissed the sanctions
      // [as politically motivated]"): a verdict on the object, the verb's.
      const bool object_as = !verb && prep == "as" && (b == R.acl || b == R.advcl) && c > t;
      bool ok = b == R.nmod || (verb && (b == R.obl || b == R.advcl || b == R.xcomp || b == R.ccomp)) ||
                (!verb && b == R.obl && tree_.upos(t) == UPos::kNOUN) || (b == R.obj && !prep.empty()) ||
                object_gerund || object_as;
      if (!ok || tree_.prep_of(c) != prep) continue;
      // "allegations by [the army spokesman linking X to Y]" read as a
      // gerund clause with the noun as its subject: the phrase names the
      // subject.
      // So does a clause of manner ("complained about how Beijing treats
      // foreign firms", "outrage over how Moscow handled the crisis"): its
      // subject is the one the phrase is about (not a passive one, who is
      // done to: "about how they were treated").
      bool manner = false;
      if (verb && tree_.upos(c) == UPos::kVERB && !tree_.is_passive(c))
        for (int a : tree_.kids(c, R.advmod))
          if (a < c && tree_.lower(a) == "how") manner = true;
      if (verb && tree_.upos(c) == UPos::kVERB && (tree_.xpos(c) == "VBG" || manner))
        if (int sj = tree_.first_kid(c, R.nsubj); sj >= 0 && sj < c) {
          append_conj(tree_, sj, &out);
          continue;
        }
      append_conj(tree_, c, &out);
      // "apologizing to Senate head Hun Sen and Prime Minister Hun Manet":
      // the parser may hang the name after a title noun on the verb as a
      // phrase of its own, with no preposition; it is the title's holder.
      if (verb && !prep.empty() && tree_.upos(c) == UPos::kNOUN && mention_at(c) < 0)
        for (int d : tree_.children(t)) {
          if (d <= c || tree_.base(d) != R.obl || !tree_.prep_of(d).empty() || tree_.upos(d) != UPos::kPROPN)
            continue;
          // The name starts right after the title noun.
          bool adjacent = true;
          for (int k = c + 1; k < d; ++k) adjacent = adjacent && tree_.head(k) == d;
          if (adjacent && std::find(out.begin(), out.end(), d) == out.end()) append_conj(tree_, d, &out);
        }
    }
  };
  scan(v, true);
  // "ordered the journalist back to prison", "sent the envoys home from
  // Paris": a phrase the parser hangs on a directional adverb of the verb
  // is the verb's, also where the parser hangs the adverb on the object.
  auto directional = [&](int t) {
    for (int c : tree_.kids(t, R.advmod)) {
      const std::string& l = tree_.lemma(c);
      if (l == "back" || l == "home" || l == "away" || l == "out" || l == "off") {
        scan(c, true);
        // "handed back [the Benin Bronzes [to Nigeria]]": the parser may
        // make the verb's object the adverb's, with the phrase on it.
        for (int k : tree_.kids(c, R.obj)) scan(k, false);
      }
    }
  };
  directional(v);
  for (int o : objects(v)) directional(o);
  for (int o : objects(v)) {
    scan(o, false);
    // "$500 million in aid to Ukraine", "tons of food for Gaza": the phrase
    // often hangs on the object's own "in"/"of" modifier.
    if (out.empty())
      for (int c : tree_.children(o))
        if (tree_.base(c) == R.nmod && (tree_.prep_of(c) == "in" || tree_.prep_of(c) == "of")) scan(c, false);
  }
  // "passed information [about the cell [to French authorities]]", "handed
  // over intelligence [on the network [to Italy]]": the parser often hangs
  // the recipient's "to" phrase of a verb of passing on the topic phrase
  // before it (of the verb or of its object). Only for such verbs, and not
  // on a topic that takes a "to" phrase of its own: "complained about the
  // visit to Taiwan" complains to no one.
  static const char* kPassOn[] = {"pass",   "hand",   "give",     "send",   "relay", "forward", "provide",
                                  "supply", "deliver", "transmit", "submit", "feed",  "share",   "present"};
  static const char* kOwnTo[] = {"visit",  "trip",   "travel", "journey", "flight",   "route", "access",
                                 "export", "shipment", "sale", "return",  "transfer", "road",  "threat"};
  bool pass_on = false;
  for (const char* w : kPassOn) pass_on = pass_on || tree_.lemma(v) == w;
  if (out.empty() && prep == "to" && pass_on) {
    auto topic = [&](int c) {
      for (const char* w : kOwnTo)
        if (tree_.lemma(c) == w) return false;
      const std::string p = tree_.prep_of(c);
      return p == "on" || p == "about" || p == "over" || p == "regarding" || p == "concerning";
    };
    for (int c : tree_.children(v))
      if (tree_.base(c) == R.obl && topic(c) && !is_calendar_word(tree_, c)) scan(c, false);
    for (int o : objects(v))
      for (int c : tree_.children(o))
        if (tree_.base(c) == R.nmod && topic(c)) scan(c, false);
  }
  // "demonstrated in Tel Aviv against the prime minister", "met in Doha
  // with the Taliban": the parser often hangs the verb's phrase on the
  // place its locative phrase names (a proper name after in/at/outside/
  // near); a place takes no such phrase of its own. (Not a month or a day:
  // "in January".)
  if (out.empty() && !prep.empty() && prep != "of" && prep != "in" && prep != "at")
    for (int c : tree_.children(v)) {
      const std::string p = tree_.prep_of(c);
      if (tree_.base(c) != R.obl || tree_.upos(c) != UPos::kPROPN || is_calendar_word(tree_, c)) continue;
      if (p != "in" && p != "at" && p != "outside" && p != "near") continue;
      scan(c, false);
    }
  // "a tariff fight with its biggest trading partners -- Mexico, Canada and
  // the EU": a phrase whose head names no actor but carries an appositive
  // list of actors stands for each of them, not for the owner of its head
  // ("the United States' partners" are not the United States).
  std::vector<int> listed;
  for (int h : out) {
    std::vector<int> list;
    if (mention_at_[h] < 0)
      for (int c : tree_.children(h))
        if (tree_.rel(c) == R.appos && mention_at_[c] >= 0)
          for (int k : tree_.with_conjuncts(c))
            if (mention_at_[k] >= 0) list.push_back(k);
    if (list.empty()) list.push_back(h);
    for (int k : list)
      if (std::find(listed.begin(), listed.end(), k) == listed.end()) listed.push_back(k);
  }
  out.swap(listed);
  // "restrictions on travel from India, Bangladesh and Sri Lanka": goods
  // and travellers stand for their "from" country (mention_for), and each
  // conjoined country is one more target, as conjoined objects are.
  const size_t heads = out.size();
  for (size_t i = 0; i < heads; ++i) {
    const int h = out[i];
    if (mention_at_[h] >= 0 || !lex_.in_set(CoderSet::trade_noun, tree_.lemma(h))) continue;
    for (int c : tree_.children(h))
      if (tree_.base(c) == R.nmod && tree_.prep_of(c) == "from" && mention_at_[c] >= 0)
        for (int k : tree_.with_conjuncts(c))
          if (k != c && mention_at_[k] >= 0 && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

// "Earlier in December, Trump threatened ...", "In late January, Mali and
// Niger withdrew ...": the parser often glues the subject that follows a
// fronted time phrase onto the time word (as its appos or conj) and leaves
// the verb without one. Actor words joined to the time word only through
// appos/conj, after the comma that closes the phrase and ending right before
// the verb, are the verb's subject.
std::vector<int> Arguments::fronted_subject(int v) const {
  std::vector<int> out;
  const Rels& R = rels();
  if (tree_.first_kid(v, R.nsubj) >= 0 || tree_.first_kid(v, R.nsubj_pass) >= 0) return out;
  // "On Wednesday, French President X in Berlin called ...": the name hung
  // on the fronted time word as a prepositionless nmod, with a phrase of
  // its own after it. A time word takes no such dependent; an actor name
  // hung on it that way, after the comma closing the time phrase, is the
  // subject.
  for (int a : tree_.children(v)) {
    if (a > v || !is_calendar_word(tree_, a) || mention_at_[a] >= 0) continue;
    int comma = -1;
    for (int k = a + 1; k < v && k <= a + 12 && comma < 0; ++k)
      if (tree_.lemma(k) == ",") comma = k;
    if (comma < 0) continue;
    for (int n : tree_.children(a)) {
      if (n <= comma || n >= v || tree_.rel(n) != R.nmod || !tree_.prep_of(n).empty()) continue;
      if (mention_at_[n] < 0) continue;
      const Actor& act = tree_.doc().mentions[follow(mention_at_[n])].actor;
      if (act.country.empty() && act.org.empty()) continue;
      append_conj(tree_, n, &out);
      return out;
    }
  }
  int p = v - 1;
  // "Trump also threatened", "Russia has repeatedly accused"
  while (p >= 0 && (tree_.rel(p) == R.advmod || tree_.base(p) == R.aux) && tree_.head(p) == v) --p;
  if (p < 0 || mention_at_[p] < 0) return out;
  // The word p is glued to, through appos/conj links only.
  // A multi-word name ("Vladimir Putin") is glued by its first word: the
  // last word hangs on it as flat.
  auto glued_to = [&](int k) {
    for (int d = 0; d < 8 && k >= 0 && tree_.rel(k) == R.flat; ++d) k = tree_.head(k);
    for (int d = 0; d < 8 && k >= 0 && (tree_.rel(k) == R.appos || tree_.rel(k) == R.conj); ++d) k = tree_.head(k);
    return k;
  };
  const int h = glued_to(p);
  if (h < 0 || h >= p) return out;
  // The time word belongs to a phrase of v in front of it.
  int a = h;
  for (int d = 0; d < 4 && a >= 0 && tree_.head(a) != v; ++d) a = tree_.head(a);
  if (a < 0 || a > v || tree_.head(a) != v) return out;
  // Any fronted prepositional phrase glues the same way ("After the
  // annexation of Crimea, Russia accused ..." with "Russia" as a conjunct
  // of "Crimea"); a bare fronted noun only when it is a time word.
  // Only by conj there: an appositive after a place or event noun is
  // often its name, part of the phrase ("In the capital, Lima, ...").
  const bool time_word = mention_at_[h] < 0 && is_calendar_word(tree_, h);
  auto conj_glued_to = [&](int k) {
    for (int d = 0; d < 8 && k >= 0 && tree_.rel(k) == R.flat; ++d) k = tree_.head(k);
    for (int d = 0; d < 8 && k >= 0 && tree_.rel(k) == R.conj; ++d) k = tree_.head(k);
    return k;
  };
  if (!time_word && (tree_.prep_of(a).empty() || tree_.base(a) != R.obl || conj_glued_to(p) != h)) return out;
  int comma = -1;
  for (int k = h + 1; k < p && comma < 0; ++k)
    if (tree_.lemma(k) == ",") comma = k;
  if (comma < 0) return out;
  for (int k = comma + 1; k <= p; ++k)
    if (mention_at_[k] >= 0 && k != h && (time_word ? glued_to(k) : conj_glued_to(k)) == h) out.push_back(k);
  return out;
}

int Arguments::embedded(int v) const {
  const Rels& R = rels();
  for (int c : tree_.children(v))
    if (tree_.rel(c) == R.xcomp && (tree_.upos(c) == UPos::kVERB || tree_.upos(c) == UPos::kAUX)) return c;
  for (int c : tree_.children(v))
    if (tree_.rel(c) == R.ccomp) return c;
  // "it is alleged [that X gave money]": behind an expletive passive
  // subject, the extraposed clause (csubj:pass) is the verb's content, as
  // in "X alleged that ...".
  if (const int it = tree_.first_kid(v, R.nsubj_pass); it >= 0 && tree_.lemma(it) == "it")
    for (int c : tree_.children(v))
      if (c > v && tree_.base(c) == R.csubj && tree_.upos(c) == UPos::kVERB) return c;
  // The same content clause read as a conjunct: a verb coordinated with an
  // object-less verb, after it, with its own subject, but with neither a
  // coordinator nor any punctuation between the two.
  if (tree_.upos(v) == UPos::kVERB && tree_.first_kid(v, R.obj) < 0)
    for (int c : tree_.children(v)) {
      if (c < v || c - v > 40 || tree_.rel(c) != R.conj || tree_.upos(c) != UPos::kVERB) continue;
      const int n = tree_.first_kid(c, R.nsubj);
      if (n < 0 || is_relative_pronoun(tree_.lemma(n))) continue;
      bool joined = false;
      for (int k : tree_.children(c))
        if (tree_.base(k) == R.cc) joined = true;
      for (int k = v + 1; k < c && !joined; ++k)
        if (tree_.upos(k) == UPos::kPUNCT || tree_.base(k) == R.cc) joined = true;
      if (!joined) return c;
    }
  // "Washington alleges the group has not lived up to ...": a verb has no
  // relative clauses, so a relcl the parser hung on an object-less verb,
  // after it and with a subject of its own that is no relative pronoun, is
  // the verb's content clause.
  if (tree_.upos(v) == UPos::kVERB && tree_.first_kid(v, R.obj) < 0)
    for (int c : tree_.children(v))
      if (c > v && tree_.rel(c) == R.acl_relcl && tree_.upos(c) == UPos::kVERB)
        if (int n = tree_.first_kid(c, R.nsubj); n >= 0 && !is_relative_pronoun(tree_.lemma(n))) return c;
  for (int c : tree_.children(v))
    if (tree_.rel(c) == R.advcl && tree_.prep_of(c) == "to") return c;
  // "urged [Russian President Putin] to V" with the infinitive misattached
  // under the object phrase: take a "to" clause hanging from the object.
  std::vector<int> args = objects(v);
  for (int c : tree_.children(v))
    if (tree_.rel(c) == R.iobj || (tree_.base(c) == R.obl && (tree_.prep_of(c) == "on" || tree_.prep_of(c) == "for")))
      args.push_back(c);  // "called on X to V", "called for X to V"
  for (int a : args)
    for (int c : tree_.children(a)) {
      DepRel b = tree_.base(c);
      if ((b == R.advcl || b == R.acl || b == R.xcomp) && tree_.upos(c) == UPos::kVERB && tree_.prep_of(c) == "to")
        return c;
    }
  return -1;
}

}  // namespace dyad::events
