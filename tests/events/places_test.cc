// Event places (src/events/places.h): a locative phrase on the event's
// words or its arguments, its state when the lexicon knows it, and CAMEO 044
// for a meeting in a third state. Sentences are invented.
#include <gtest/gtest.h>

#include "events/event_test_util.h"

namespace dyad {
namespace {

using namespace evtest;

// Marks mention i as a lexicon state or capital (what names_a_state reads).
void entry(Document& d, int i, const std::string& e) { d.mentions[i].entry = e; }

std::string place_text(const Document& d, const Event& e) {
  return e.place_begin < 0 ? std::string() : std::string(d.tokens_text(e.place_begin, e.place_end));
}

TEST(EventPlaces, MeetingInAThirdStateIs044) {
  // Chile met Peru in Quito on Monday .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 in in ADP IN 5 case
5 Quito Quito PROPN NNP 2 obl
6 on on ADP IN 7 case
7 Monday Monday PROPN NNP 2 obl
8 . . PUNCT . 2 punct
)");
  entry(d, add_mention(d, "Chile", "CHL"), "country:CHL");
  entry(d, add_mention(d, "Peru", "PER"), "country:PER");
  entry(d, add_mention(d, "Quito", "ECU"), "capital:ECU");
  shipped_stage().run(d);
  ASSERT_FALSE(d.events.empty());
  for (const Event& e : d.events) {
    EXPECT_EQ(e.cameo, "044") << e.rule;
    EXPECT_EQ(place_text(d, e), "Quito");
    EXPECT_EQ(e.place_country, "ECU");
    EXPECT_EQ(e.root, "04");
  }
}

// (Was "Stays040" before the fullcode branch: a meeting in one side's state
// is that side hosting a visit by the other, CAMEO 042 / 043.)
TEST(EventPlaces, MeetingInOneOfTheTwoStatesIsAVisit) {
  // Chile met Peru in Lima .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 in in ADP IN 5 case
5 Lima Lima PROPN NNP 2 obl
6 . . PUNCT . 2 punct
)");
  entry(d, add_mention(d, "Chile", "CHL"), "country:CHL");
  entry(d, add_mention(d, "Peru", "PER"), "country:PER");
  entry(d, add_mention(d, "Lima", "PER"), "capital:PER");
  shipped_stage().run(d);
  ASSERT_FALSE(d.events.empty());
  for (const Event& e : d.events) {
    // Chile -> Peru in Lima: Chile makes the visit.
    EXPECT_EQ(e.cameo, "042");
    EXPECT_EQ(place_text(d, e), "Lima");
    EXPECT_EQ(e.place_country, "PER");
  }
}

TEST(EventPlaces, PlaceNounTakesItsCountryAndName) {
  // Chile met Peru in the Bolivian city of Sucre .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 in in ADP IN 7 case
5 the the DET DT 7 det
6 Bolivian Bolivian ADJ JJ 7 amod
7 city city NOUN NN 2 obl
8 of of ADP IN 9 case
9 Sucre Sucre PROPN NNP 7 nmod
10 . . PUNCT . 2 punct
)");
  entry(d, add_mention(d, "Chile", "CHL"), "country:CHL");
  entry(d, add_mention(d, "Peru", "PER"), "country:PER");
  entry(d, add_mention(d, "Bolivian", "BOL"), "country:BOL");
  shipped_stage().run(d);
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(place_text(d, d.events[0]), "the Bolivian city of Sucre");
  EXPECT_EQ(d.events[0].place_country, "BOL");
  EXPECT_EQ(d.events[0].cameo, "044");
}

TEST(EventPlaces, TimesBarePlaceNounsAndOrganisationsAreNotPlaces) {
  // Chile met Peru in April at the border in NATO .
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Peru Peru PROPN NNP 2 obj
4 in in ADP IN 5 case
5 April April PROPN NNP 2 obl
6 at at ADP IN 8 case
7 the the DET DT 8 det
8 border border NOUN NN 2 obl
9 in in ADP IN 10 case
10 NATO NATO PROPN NNP 2 obl
11 . . PUNCT . 2 punct
)");
  entry(d, add_mention(d, "Chile", "CHL"), "country:CHL");
  entry(d, add_mention(d, "Peru", "PER"), "country:PER");
  const int nato = add_mention(d, "NATO", "NAT");
  entry(d, nato, "org:NATO");
  d.mentions[nato].actor.country.clear();
  d.mentions[nato].actor.org = "NATO";
  shipped_stage().run(d);
  ASSERT_FALSE(d.events.empty());
  for (const Event& e : d.events) {
    EXPECT_EQ(e.place_begin, -1) << place_text(d, e);
    EXPECT_EQ(e.cameo, "040");
  }
}

TEST(EventPlaces, LocativeOnTheObjectAndAnUnknownName) {
  // Chile met Peruvian envoys in Montevideo .  ("in Montevideo" on "envoys";
  // no lexicon entry for the city: a place with no known state, so no 044)
  Document d = parse_rows(R"(
1 Chile Chile PROPN NNP 2 nsubj
2 met meet VERB VBD 0 root
3 Peruvian Peruvian ADJ JJ 4 amod
4 envoys envoy NOUN NNS 2 obj
5 in in ADP IN 6 case
6 Montevideo Montevideo PROPN NNP 4 nmod
7 . . PUNCT . 2 punct
)");
  entry(d, add_mention(d, "Chile", "CHL"), "country:CHL");
  add_mention(d, "Peruvian envoys", "PERGOV");
  shipped_stage().run(d);
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(place_text(d, d.events[0]), "Montevideo");
  EXPECT_EQ(d.events[0].place_country, "");
  EXPECT_EQ(d.events[0].cameo, "040");
}

}  // namespace
}  // namespace dyad
