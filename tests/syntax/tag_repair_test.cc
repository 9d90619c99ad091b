// Tag repairs (src/syntax/tag_repair.h) on hand-tagged invented sentences,
// the tags the statistical tagger gives them.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "syntax/tag_repair.h"

namespace dyad {
namespace {

// "word/TAG word/TAG ..." as one sentence.
Document tagged(const std::string& s) {
  Document d;
  std::istringstream in(s);
  std::string wt;
  while (in >> wt) {
    const size_t slash = wt.rfind('/');
    Token t;
    t.begin = static_cast<uint32_t>(d.text.size());
    d.text += wt.substr(0, slash) + " ";
    t.end = t.begin + static_cast<uint32_t>(slash);
    t.norm = wt.substr(0, slash);
    d.tokens.push_back(t);
    TokenSyntax ts;
    ts.xpos = wt.substr(slash + 1);
    d.syntax.push_back(ts);
  }
  return d;
}

std::string tag_of(const Document& d, const std::string& w) {
  for (size_t i = 0; i < d.tokens.size(); ++i)
    if (d.tokens[i].norm == w) return d.syntax[i].xpos;
  return "?";
}

// The tag of word w in s after one repair.
using Repair = void (*)(Document&, uint32_t, uint32_t);
std::string after(Repair repair, const std::string& s, const std::string& w) {
  Document d = tagged(s);
  repair(d, 0, static_cast<uint32_t>(d.tokens.size()));
  return tag_of(d, w);
}

std::string repaired(const std::string& s, const std::string& w) { return after(repair_past_participles, s, w); }

TEST(TagRepair, PastTenseWithAnObjectAfterANounIsSimplePast) {
  EXPECT_EQ(repaired("Militants/NNS attacked/VBN a/DT convoy/NN ./.", "attacked"), "VBD");
  EXPECT_EQ(repaired("Rebels/NNS later/RB seized/VBN the/DT town/NN ./.", "seized"), "VBD");
  EXPECT_EQ(repaired("Gunmen/NNS killed/VBN five/CD villagers/NNS ./.", "killed"), "VBD");
  EXPECT_EQ(repaired("Farmers/NNS blocked/VBN main/JJ roads/NNS ./.", "blocked"), "VBD");
  // A naming verb with an object that is no bare name.
  EXPECT_EQ(repaired("Affairs/NNS called/VBN Chile/NNP 's/POS claims/NNS false/JJ ./.", "called"), "VBD");
  EXPECT_EQ(repaired("Officials/NNS called/VBN the/DT move/NN illegal/JJ ./.", "called"), "VBD");
}

TEST(TagRepair, RealParticiplesStay) {
  // An auxiliary before it.
  EXPECT_EQ(repaired("Rebels/NNS have/VBP seized/VBN the/DT town/NN ./.", "seized"), "VBN");
  // A reduced relative: passive, its "by" agent or its time after it.
  EXPECT_EQ(repaired("Soldiers/NNS wounded/VBN by/IN the/DT blast/NN died/VBD ./.", "wounded"), "VBN");
  EXPECT_EQ(repaired("The/DT suspects/NNS arrested/VBN Tuesday/NNP were/VBD freed/VBN ./.", "arrested"), "VBN");
  // A name or a predicate as the participle's complement.
  EXPECT_EQ(repaired("A/DT group/NN called/VBN Hope/NNP Now/NNP said/VBD so/RB ./.", "called"), "VBN");
  EXPECT_EQ(repaired("Passengers/NNS held/VBN hostage/NN for/IN days/NNS spoke/VBD ./.", "held"), "VBN");
  // No noun before it.
  EXPECT_EQ(repaired("Recently/RB seized/VBN documents/NNS surfaced/VBD ./.", "seized"), "VBN");
}

TEST(TagRepair, AnEdAdjectiveInAVerblessSentenceIsTheVerb) {
  EXPECT_EQ(repaired("The/DT Taliban/NNP also/RB imposed/JJ restrictions/NNS on/IN books/NNS ./.", "imposed"),
            "VBD");
  // A sentence with a verb of its own keeps its adjectives.
  EXPECT_EQ(repaired("The/DT exhausted/JJ soldiers/NNS returned/VBD ./.", "exhausted"), "JJ");
  EXPECT_EQ(repaired("Soldiers/NNS seemed/VBD tired/JJ ./.", "tired"), "JJ");
  // Not after a noun: "the exhausted soldiers" as a heading.
  EXPECT_EQ(repaired("The/DT exhausted/JJ soldiers/NNS ./.", "exhausted"), "JJ");
}

std::string modal_repaired(const std::string& s, const std::string& w) {
  return after(repair_modal_adjectives, s, w);
}

TEST(TagRepair, AdjectiveAfterAModalWithAnObjectIsAVerb) {
  EXPECT_EQ(modal_repaired("Israel/NNP would/MD free/JJ 150/CD prisoners/NNS ./.", "free"), "VB");
  EXPECT_EQ(modal_repaired("Troops/NNS will/MD clear/JJ the/DT road/NN ./.", "clear"), "VB");
  // After "to" only a verb-adjective homograph: "to free the hostages" is a
  // verb, "rose to high levels" keeps its adjective.
  EXPECT_EQ(modal_repaired("They/PRP agreed/VBD to/TO free/JJ the/DT hostages/NNS ./.", "free"), "VB");
  EXPECT_EQ(modal_repaired("Prices/NNS rose/VBD to/TO high/JJ levels/NNS ./.", "high"), "JJ");
  // No object after it, or "be" between: the adjective stays.
  EXPECT_EQ(modal_repaired("The/DT road/NN will/MD be/VB clear/JJ soon/RB ./.", "clear"), "JJ");
  EXPECT_EQ(modal_repaired("Prisoners/NNS would/MD free/JJ ./.", "free"), "JJ");
}

std::string infinitive_repaired(const std::string& s, const std::string& w) {
  return after(repair_prefixed_infinitives, s, w);
}

TEST(TagRepair, PrefixedVerbAfterToIsAVerb) {
  EXPECT_EQ(infinitive_repaired("They/PRP urged/VBD Russia/NNP to/IN de-escalate/NN ./.", "de-escalate"), "VB");
  EXPECT_EQ(infinitive_repaired("They/PRP urged/VBD Russia/NNP to/IN de-escalate/NN ./.", "to"), "TO");
  EXPECT_EQ(infinitive_repaired("Both/DT agreed/VBD to/TO re-establish/NN ties/NNS ./.", "re-establish"), "VB");
  EXPECT_EQ(infinitive_repaired("Seoul/NNP wants/VBZ to/TO re-normalize/JJ relations/NNS ./.", "re-normalize"), "VB");
  // Nouns keep their tag: no verb ending, no verbal prefix, or no "to".
  EXPECT_EQ(infinitive_repaired("He/PRP called/VBD for/IN de-escalation/NN ./.", "de-escalation"), "NN");
  EXPECT_EQ(infinitive_repaired("He/PRP looked/VBD to/IN re-election/NN ./.", "re-election"), "NN");
  EXPECT_EQ(infinitive_repaired("It/PRP turned/VBD to/IN e-commerce/NN ./.", "e-commerce"), "NN");
  EXPECT_EQ(infinitive_repaired("The/DT re-estimate/NN rose/VBD ./.", "re-estimate"), "NN");
}

std::string gerund_repaired(const std::string& s, const std::string& w) {
  return after(repair_event_gerund_nouns, s, w);
}

TEST(TagRepair, AnEventGerundAfterANamedBodyIsANoun) {
  EXPECT_EQ(gerund_repaired("Speaking/VBG at/IN a/DT Security/NNP Council/NNP meeting/VBG this/DT week/NN ,/, he/PRP said/VBD ./.",
                            "meeting"),
            "NN");
  EXPECT_EQ(gerund_repaired("After/IN the/DT cabinet/NN briefing/VBG ,/, he/PRP left/VBD ./.", "briefing"), "NN");
  EXPECT_EQ(gerund_repaired("He/PRP spoke/VBD at/IN Monday/NNP 's/POS Senate/NNP hearing/VBG ./.", "hearing"), "NN");
  // With an object after it, or a plural or no determiner before it, the
  // verb stays: "a soldier killing a civilian", "the ministers meeting".
  EXPECT_EQ(gerund_repaired("They/PRP saw/VBD a/DT soldier/NN shooting/VBG a/DT civilian/NN ./.", "shooting"), "VBG");
  EXPECT_EQ(gerund_repaired("He/PRP saw/VBD the/DT ministers/NNS meeting/VBG ./.", "meeting"), "VBG");
  EXPECT_EQ(gerund_repaired("Lawmakers/NNS began/VBD hearing/VBG witnesses/NNS ./.", "hearing"), "VBG");
  // Only event nouns: "a man running" stays a verb.
  EXPECT_EQ(gerund_repaired("They/PRP saw/VBD a/DT man/NN running/VBG ./.", "running"), "VBG");
}

std::string name_repaired(const std::string& s, const std::string& w) {
  return after(repair_capitalized_name_verbs, s, w);
}

TEST(TagRepair, AVerbInsideACapitalisedNameIsPartOfIt) {
  EXPECT_EQ(name_repaired("Human/JJ Rights/NNS Watch/VBP urged/VBN Egypt/NNP to/TO act/VB ./.", "Watch"), "NNP");
  EXPECT_EQ(name_repaired("The/DT group/NN Stop/VB said/VBD it/PRP would/MD act/VB ./.", "Stop"), "VB");
  // A title-case headline, "Thank you", a past form and a name that goes on
  // with one capital before it are left alone.
  EXPECT_EQ(name_repaired("Rights/NNS Groups/NNS Watch/VBP Vote/NN", "Watch"), "VBP");
  EXPECT_EQ(name_repaired("Q/NN Thank/VBP you/PRP for/IN coming/VBG ./.", "Thank"), "VBP");
  EXPECT_EQ(name_repaired("Fast/JJ Service/NN Called/VBD them/PRP at/IN noon/NN ./.", "Called"), "VBD");
  EXPECT_EQ(name_repaired("the/DT course/NN on/IN Risk/NN Managing/VBG Electricity/NNP Derivatives/NNPS is/VBZ full/JJ",
                          "Managing"),
            "VBG");
}

}  // namespace
}  // namespace dyad
