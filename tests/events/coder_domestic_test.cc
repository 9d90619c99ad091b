// Domestic political and legal acts: pleas, verdicts, court rulings against
// a policy, lawsuits, subpoenas, impeachment, acquittals, dismissals of
// officials, votes against, and acts of a state's institutions on its own
// officials (data/verbs/50-domestic.txt, data/actors/agents_legal.txt).
// Each rule has a near miss that must not be coded. Sentences are invented.
// Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// plead-guilty: 015 with no target; "not guilty" reads as "not-guilty".
TEST(CoderDomestic, AGuiltyPleaAdmitsTheCrime) {
  NEED_MODELS();
  Document d = code_text("A former Kenyan finance minister pleaded guilty to fraud on Monday.");
  EXPECT_TRUE(find(d, "KEN", "", "015")) << describe(d);
  Document not_guilty = code_text("A former Kenyan finance minister pleaded not guilty to fraud on Monday.");
  EXPECT_FALSE(find_code(not_guilty, "015")) << describe(not_guilty);
  Document with = code_text("The Kenyan minister's mother pleaded with the judge for mercy.");
  EXPECT_FALSE(find_code(with, "015")) << describe(with);
}

// court-block, court-strike-down, court-rule-against: a court's ruling
// finds against the policy's owner (116); others blocking a policy do not.
TEST(CoderDomestic, ACourtBlockingAPolicyFindsAgainstItsOwner) {
  NEED_MODELS();
  for (const char* s : {"A U.S. federal judge blocked the Biden administration's new asylum rule on Monday.",
                        "A Kenyan court struck down the Kenyan government's housing levy.",
                        "A South African court ruled against the South African government in the dispute."}) {
    Document d = code_text(s, "2023-06-01");
    EXPECT_TRUE(find_code(d, "116")) << s << "\n" << describe(d);
  }
  Document senator = code_text("A Republican U.S. senator blocked the Biden administration's nominee on Monday.",
                               "2023-06-01");
  EXPECT_FALSE(find_code(senator, "116")) << describe(senator);
}

// acquit, find-not-guilty: 081; "found guilty" stays 116.
TEST(CoderDomestic, AnAcquittalEasesTheSanction) {
  NEED_MODELS();
  Document d = code_text("A Kenyan court acquitted the former Kenyan energy minister of corruption charges.");
  EXPECT_TRUE(find(d, "KENJUD", "KEN", "081")) << describe(d);
  EXPECT_FALSE(find_code(d, "116")) << describe(d);
  Document cleared = code_text("A Kenyan court found the former Kenyan energy minister not guilty of corruption.");
  EXPECT_FALSE(find_code(cleared, "116")) << describe(cleared);
  Document guilty = code_text("A Kenyan court found the former Kenyan energy minister guilty of corruption.");
  EXPECT_TRUE(find(guilty, "KENJUD", "KEN", "116")) << describe(guilty);
  EXPECT_FALSE(find_code(guilty, "081")) << describe(guilty);
  // Clearing the way is no acquittal.
  Document way = code_text("The Kenyan president cleared the way for talks with the Kenyan opposition.");
  EXPECT_FALSE(find_code(way, "081")) << describe(way);
}

// subpoena, question-witness: 090; questioning a decision names no actor.
TEST(CoderDomestic, SubpoenasAndQuestioningInvestigate) {
  NEED_MODELS();
  Document d = code_text("U.S. lawmakers subpoenaed the former White House counsel on Friday.", "2019-05-10");
  EXPECT_TRUE(find(d, "USALEG", "USA", "090")) << describe(d);
  Document q = code_text("Philippine senators questioned the former Philippine police chief for five hours.");
  EXPECT_TRUE(find(q, "PHLLEG", "PHL", "090")) << describe(q);
  Document plan = code_text("Philippine senators questioned the wisdom of the government's plan.");
  EXPECT_FALSE(find_code(plan, "09")) << describe(plan);
}

// impeachment-articles, impeachment-motion, open-impeachment: 091 against
// the "against" actor.
TEST(CoderDomestic, ImpeachmentMotionsInvestigateTheOfficial) {
  NEED_MODELS();
  Document d = code_text(
      "South Africa's main opposition party filed an impeachment motion against President Cyril Ramaphosa.",
      "2022-12-05");
  EXPECT_TRUE(find_any_modality(d, "ZAF", "ZAFGOV", "091")) << describe(d);
  Document open = code_text("Brazil's lower house voted to open impeachment proceedings against the Brazilian "
                            "president.");
  EXPECT_TRUE(find_any_modality(open, "BRALEG", "BRAGOV", "091")) << describe(open);
  // A motion of another kind is no impeachment.
  Document thanks = code_text("South Africa's main opposition party filed a motion against the new mining law.");
  EXPECT_FALSE(find_code(thanks, "091")) << describe(thanks);
}

// fire-official, dismiss-official, remove-from-office: 172, only a
// government's act; a rebuttal or shooting is not.
TEST(CoderDomestic, DismissingAnOfficialIsAnAdministrativeSanction) {
  NEED_MODELS();
  Document d = code_text("The Kenyan president fired the Kenyan police chief on Tuesday.");
  EXPECT_TRUE(find(d, "KENGOV", "KENCOP", "172")) << describe(d);
  Document removed = code_text("Peru's Congress removed the Peruvian president from office on Thursday.");
  EXPECT_TRUE(find(removed, "PERLEG", "PERGOV", "172")) << describe(removed);
  Document reports = code_text("The Kenyan interior minister dismissed the reports as baseless.");
  EXPECT_FALSE(find_code(reports, "172")) << describe(reports);
  Document shells = code_text("Kenyan troops fired artillery shells at al-Shabab positions in Somalia.");
  EXPECT_FALSE(find_code(shells, "172")) << describe(shells);
}

// bar-candidate: 1722 on the politician barred from running.
TEST(CoderDomestic, BarringAPoliticianFromOfficeBansHim) {
  NEED_MODELS();
  Document d = code_text("Brazil's electoral court barred the former Brazilian president from running for office.");
  EXPECT_TRUE(find(d, "BRAJUD", "BRA", "1722")) << describe(d);
  Document entry = code_text("Brazil barred Venezuelan officials from entering the country.");
  EXPECT_FALSE(find_code(entry, "1722")) << describe(entry);
}

// vote-against: 120 on the owner of what is voted down; nothing when no
// actor owns it.
TEST(CoderDomestic, VotingAgainstAnActorsPlanRejectsIt) {
  NEED_MODELS();
  Document d = code_text("British MPs voted against the British government's Brexit deal on Tuesday.");
  EXPECT_TRUE(find(d, "GBRLEG", "GBRGOV", "120")) << describe(d);
  Document bare = code_text("British MPs voted against the proposal on Tuesday.");
  EXPECT_FALSE(find_code(bare, "12")) << describe(bare);
}

// event_stage.cc domestic_act(): a state's institution acting on its own
// officials, both with the same code, is still an event; a pronoun or the
// same word twice is not.
TEST(CoderDomestic, AnInstitutionActingOnItsOwnOfficialsIsAnEvent) {
  NEED_MODELS();
  Document d = code_text("The U.S. attorney general opened an investigation into the American governor's "
                         "handling of the crisis.");
  EXPECT_TRUE(find(d, "USAGOV", "USAGOV", "09")) << describe(d);
  Document sacked = code_text("The British prime minister sacked the British housing secretary on Wednesday.");
  EXPECT_TRUE(find(sacked, "GBRGOV", "GBRGOV", "172")) << describe(sacked);
  // Criticism within one government keeps the old rule.
  Document crit = code_text("The British prime minister criticized the British housing secretary on Wednesday.");
  EXPECT_FALSE(find(crit, "GBRGOV", "GBRGOV", "111")) << describe(crit);
}

// agents_legal.txt: juries, special counsels and inspectors general are
// actors with their roles; "the attorney general" placed by context even
// when the parser hangs "general" on the verb.
TEST(CoderDomestic, JuriesAndProsecutorsAreActors) {
  NEED_MODELS();
  Document d = code_text("An American jury convicted the former U.S. police officer of murder on Tuesday.");
  EXPECT_TRUE(find(d, "USAJUD", "USA", "116")) << describe(d);
  Document ig = code_text("The U.S. Justice Department's inspector general opened an inquiry into the FBI.");
  EXPECT_TRUE(find(ig, "USAGOV", "USACOP", "090")) << describe(ig);
  EXPECT_FALSE(find(ig, "USAMIL", "", "09")) << describe(ig);
  Document grand = code_text("A U.S. grand jury indicted a former American senator on bribery charges.");
  EXPECT_TRUE(find(grand, "USAJUD", "USA", "173")) << describe(grand);
}

// vote-to: a body's vote is done ("voted to remove" is a removal, 172,
// not a threat, 132); approve-impeachment, vote-impeachment: 091.
TEST(CoderDomestic, AVoteIsTheBodysAct) {
  NEED_MODELS();
  Document d = code_text("Kenyan senators voted to remove the Kenyan county governor from office.");
  EXPECT_TRUE(find(d, "KENLEG", "KENGOV", "172")) << describe(d);
  EXPECT_FALSE(find_code(d, "13")) << describe(d);
  Document imp = code_text("Brazilian senators approved the impeachment of the Brazilian president on Wednesday.");
  EXPECT_TRUE(find(imp, "BRALEG", "BRAGOV", "091")) << describe(imp);
  // Approving a budget is no impeachment.
  Document budget = code_text("Brazilian senators approved the Brazilian president's budget on Wednesday.");
  EXPECT_FALSE(find_code(budget, "09")) << describe(budget);
}

// demand-resign-clause (1041), urge-resign-clause (0241): the official asked
// to go is the target; asking someone to stay is neither.
TEST(CoderDomestic, AskingAnOfficialToResign) {
  NEED_MODELS();
  Document d = code_text("Kenyan opposition leaders demanded that the Kenyan interior minister resign immediately.");
  EXPECT_TRUE(find(d, "KEN", "KENGOV", "1041")) << describe(d);
  Document urge = code_text("The British opposition leader called on the British prime minister to resign.");
  EXPECT_TRUE(find(urge, "GBR", "GBRGOV", "0241")) << describe(urge);
  Document stay = code_text("The British opposition leader called on the British prime minister to stay.");
  EXPECT_FALSE(find_code(stay, "0241")) << describe(stay);
  EXPECT_FALSE(find_code(stay, "1041")) << describe(stay);
}

// summon-to-answer: lawmakers, courts or police summoning an official (090);
// a foreign ministry summoning an envoy stays 114.
TEST(CoderDomestic, LawmakersSummoningAnOfficialInvestigate) {
  NEED_MODELS();
  Document d = code_text("Nigerian lawmakers summoned the Nigerian central bank governor to explain the shortage.");
  EXPECT_TRUE(find(d, "NGALEG", "NGAGOV", "090")) << describe(d);
  Document envoy = code_text("Nigeria's foreign ministry summoned the British ambassador on Monday.");
  EXPECT_TRUE(find(envoy, "NGAGOV", "GBRGOV", "114")) << describe(envoy);
  EXPECT_FALSE(find_code(envoy, "09")) << describe(envoy);
}

// court-strike-down2: "down" read as the object's preposition.
TEST(CoderDomestic, StrikingDownReadAsAPhrase) {
  NEED_MODELS();
  Document d = code_text("India's Supreme Court struck down the Indian government's electoral bonds scheme.");
  EXPECT_TRUE(find(d, "INDJUD", "INDGOV", "116")) << describe(d);
  Document storm = code_text("A storm struck down the power lines across the Indian state of Kerala.");
  EXPECT_FALSE(find_code(storm, "116")) << describe(storm);
}

// actor_stage.cc implied_police(): an agentless passive verdict is the
// court's, an impeachment the legislature's.
TEST(CoderDomestic, AgentlessVerdictsAreTheCourts) {
  NEED_MODELS();
  Document d = code_text(
      "Kenyan police arrested the former Kenyan energy minister in 2019.\n\nThe former Kenyan energy minister "
      "was sentenced to ten years in prison for corruption in Nairobi on Monday.");
  EXPECT_TRUE(find(d, "KENJUD", "KEN", "116")) << describe(d);
  // A sentence with its court named keeps the court.
  Document named = code_text("The former Kenyan energy minister was sentenced by a Nairobi court to ten years.");
  EXPECT_TRUE(find(named, "KENJUD", "KEN", "116")) << describe(named);
}

}  // namespace
}  // namespace dyad
