// Trade and economic diplomacy as a wire tells it: tariffs imposed, raised,
// threatened, suspended or named as background, complaints at the WTO, IMF
// money, currency accusations, trade officials by their titles. Found by
// coding invented trade stories (2026-11-30, eighth session); each rule has
// a near miss. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// agents.txt: trade and economic offices ("commerce minister", "chief trade
// negotiator") keep their state.
TEST(CoderTrade, TradeOfficesKeepTheirState) {
  NEED_MODELS();
  Document d = code_text("India's commerce minister met the Chinese ambassador in New Delhi on Monday.", "2019-06-01");
  EXPECT_TRUE(find(d, "INDGOV", "CHNGOV", "04")) << describe(d);
  // A trade union is labour, no government.
  Document u = code_text("The trade union called a strike.", "2019-06-01");
  for (const auto& m : u.mentions) {
    EXPECT_EQ(m.actor.code.find("GOV"), std::string::npos) << m.actor.code;
  }
}

// 00-sets.txt &sanction, 30-nominal.txt: duties and levies are tariffs.
TEST(CoderTrade, DutiesAreTariffs) {
  NEED_MODELS();
  Document d = code_text("Beijing imposed duties on American soybeans.", "2018-06-22");
  EXPECT_TRUE(find(d, "CHN", "USA", "163")) << describe(d);
  Document n = code_text("The soldiers returned to duty after the holiday. He has a duty to protect his family.",
                         "2018-06-22");
  EXPECT_EQ(count_root(n, "16"), 0) << describe(n);
}

// 16-reduce.txt levy-tariffs: "quadrupled its tariffs".
TEST(CoderTrade, QuadrupledTariffs) {
  NEED_MODELS();
  Document d = code_text("The United States quadrupled its tariffs on Chinese electric vehicles.", "2024-05-14");
  EXPECT_TRUE(find(d, "USA", "CHN", "163")) << describe(d);
}

// &sanction-follow: a tariff that would rise if the other side does not act
// is a threat (1312); a rise that happened is no threat.
TEST(CoderTrade, ATariffThatRisesIfXFailsIsAThreat) {
  NEED_MODELS();
  Document d = code_text("The tariff would rise to 25% by October if Mexico fails to act, Trump said.", "2019-06-05");
  EXPECT_TRUE(find(d, "USAGOV", "MEX", "1312", Modality::kIntended)) << describe(d);
  Document n = code_text("The tariff rose to 25% in October.", "2019-06-05");
  EXPECT_EQ(count_root(n, "13"), 0) << describe(n);
}

// 48-trade.txt label-manipulator: naming a currency manipulator accuses.
TEST(CoderTrade, CurrencyManipulatorIsAnAccusation) {
  NEED_MODELS();
  Document d = code_text("The Treasury Department designated China a currency manipulator on Monday.", "2019-08-05");
  EXPECT_TRUE(find(d, "USAGOV", "CHN", "112")) << describe(d);
  Document n = code_text("The Treasury Department designated China a strategic partner on Monday.", "2019-08-05");
  EXPECT_EQ(count_root(n, "11"), 0) << describe(n);
}

// 48-trade.txt complaint-with-forum: the WTO is where a complaint is
// lodged, not its target.
TEST(CoderTrade, AComplaintAtTheWtoIsNotAgainstTheWto) {
  NEED_MODELS();
  Document d = code_text(
      "The European Union filed a complaint against the United States at the World Trade Organization.", "2018-06-22");
  EXPECT_TRUE(find(d, "IGOEUREEC", "USA", "114")) << describe(d);
  Document n = code_text("China filed a complaint with the World Trade Organization over the duties.", "2024-10-04");
  EXPECT_FALSE(find(n, "CHN", "IGOWTO", "11")) << describe(n);
}

// 48-trade.txt release-money2, deposit-money: money released or deposited
// is aid (071); prisoners released stay 0841.
TEST(CoderTrade, MoneyReleasedOrDepositedIsAid) {
  NEED_MODELS();
  Document d = code_text("The IMF's executive board released an immediate $1 billion to Islamabad.", "2019-07-03");
  EXPECT_TRUE(find(d, "IGOIMF", "PAK", "071")) << describe(d);
  EXPECT_FALSE(find_code(d, "084")) << describe(d);
  Document dep = code_text("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "2019-07-03");
  EXPECT_TRUE(find(dep, "SAU", "PAK", "071")) << describe(dep);
  Document n = code_text("Russia released two prisoners to Ukraine on Wednesday.", "2019-07-03");
  EXPECT_TRUE(find(n, "RUS", "UKR", "0841")) << describe(n);
}

// event_stage.cc story_sanction_owner(): sanctions named with their target
// but no owner are the side the story told sanctioning that state.
TEST(CoderTrade, BackgroundTariffsTakeTheOwnerTheStoryGave) {
  NEED_MODELS();
  Document d = code_text(
      "Trump suspended a planned increase in tariffs on Chinese goods. "
      "The 15% tariffs on Chinese goods imposed on Sept. 1 remain in place.",
      "2019-10-11");
  EXPECT_TRUE(find(d, "USAGOV", "CHN", "085")) << describe(d);
  int n163 = 0;
  for (const Event& e : d.events) n163 += e.cameo == "163" && e.sentence == 1;
  EXPECT_EQ(n163, 1) << describe(d);
  // (The increase suspended is no imposition of the tariffs it names.)
  for (const Event& e : d.events) EXPECT_FALSE(e.cameo == "163" && e.sentence == 0) << describe(d);
  // No owner told: no guess.
  Document none = code_text("The 15% tariffs on Chinese goods imposed on Sept. 1 remain in place.", "2019-10-11");
  EXPECT_EQ(count_root(none, "16"), 0) << describe(none);
}

// code_nominal(): tariffs that hit someone are aimed at them.
TEST(CoderTrade, TariffsHitThoseTheyHurt) {
  NEED_MODELS();
  Document d = code_text("American farmers have been hit hard by Chinese tariffs.", "2019-08-05");
  EXPECT_TRUE(find(d, "CHN", "USA", "163")) << describe(d);
  Document n = code_text("American farmers have been hit hard by the drought.", "2019-08-05");
  EXPECT_TRUE(n.events.empty()) << describe(n);
}

// arguments.cc: goods imported from a state (or the EU) stand for it.
TEST(CoderTrade, GoodsImportedFromAStateStandForIt) {
  NEED_MODELS();
  Document d = code_text("Trump threatened to impose tariffs on cars imported from the European Union.", "2018-06-22");
  EXPECT_TRUE(find(d, "USAGOV", "IGOEUREEC", "1312")) << describe(d);
  Document n = code_text("Trump threatened to impose tariffs on cars imported from abroad.", "2018-06-22");
  EXPECT_FALSE(find_code(n, "1312")) << describe(n);
}

// code_nominal(): an act averted has not happened.
TEST(CoderTrade, AvertedTariffsAreNotImposed) {
  NEED_MODELS();
  Document d = code_text("Ebrard arrived in Washington for talks aimed at averting U.S. tariffs on Mexican goods.",
                         "2019-06-05");
  EXPECT_FALSE(find(d, "USA", "MEX", "163")) << describe(d);
  Document p = code_text("Washington imposed U.S. tariffs on Mexican goods.", "2019-06-05");
  EXPECT_TRUE(find(p, "USA", "MEX", "163")) << describe(p);
}

// modality(): the purpose of an alleged act is alleged with it.
TEST(CoderTrade, ThePurposeOfAnAllegedActIsAlleged) {
  NEED_MODELS();
  Document d = code_text("Beijing accused Washington of abusing export controls to suppress Chinese firms.", "2019-05-31");
  EXPECT_TRUE(find(d, "CHNGOV", "USAGOV", "112")) << describe(d);
  EXPECT_FALSE(find(d, "USA", "CHN", "")) << describe(d);
  EXPECT_FALSE(find(d, "USA", "CHN", "", Modality::kIntended)) << describe(d);
  // Not alleged: a purpose of one's own act is announced.
  Document p = code_text("Washington imposed export controls to suppress Chinese firms.", "2019-05-31");
  EXPECT_TRUE(find(p, "USA", "CHN", "", Modality::kIntended)) << describe(p);
}

// cooperation_aim(): help named as what aid is for is that aid.
TEST(CoderTrade, HelpAsTheAimOfAidIsThatAid) {
  NEED_MODELS();
  Document d = code_text("The IMF approved a $6 billion loan for Pakistan on Wednesday to help the country avoid a crisis.",
                         "2019-07-03");
  EXPECT_TRUE(find(d, "IGOIMF", "PAK", "07")) << describe(d);
  EXPECT_FALSE(find(d, "IGOIMF", "PAK", "03", Modality::kIntended)) << describe(d);
  // Alone, a pledge to help is one.
  Document p = code_text("The IMF pledged to help Pakistan.", "2019-07-03");
  EXPECT_TRUE(find_any_modality(p, "IGOIMF", "PAK", "03")) << describe(p);
}

// 48-trade.txt grant-reprieve, open-market.
TEST(CoderTrade, ReprievesEaseAndOpenMarketsCooperate) {
  NEED_MODELS();
  Document d = code_text("The Commerce Department granted Huawei a 90-day reprieve.", "2019-05-31");
  EXPECT_TRUE(find(d, "USAGOV", "CHN", "085")) << describe(d);
  Document n = code_text("The court granted the defendant a reprieve.", "2019-05-31");
  EXPECT_FALSE(find_code(n, "085")) << describe(n);
  Document m = code_text("Tokyo agreed to open its market to American rice.", "2025-07-23");
  EXPECT_TRUE(find(m, "JPNGOV", "USA", "0311", Modality::kIntended)) << describe(m);
  Document mn = code_text("The mayor opened a new market in the town.", "2025-07-23");
  EXPECT_TRUE(mn.events.empty()) << describe(mn);
}

// 04-consult.txt: talks restarted are talks.
TEST(CoderTrade, RestartedTalks) {
  NEED_MODELS();
  Document d = code_text("Trump and Chinese President Xi Jinping agreed in Osaka to restart trade talks.", "2019-08-05");
  EXPECT_TRUE(find(d, "USAGOV", "CHNGOV", "036", Modality::kIntended)) << describe(d);
  EXPECT_TRUE(find(d, "CHNGOV", "USAGOV", "036", Modality::kIntended)) << describe(d);
}

// accuser_of(): a denial answers a claim against the denier, not a
// statement of its own government or an accusation aimed at another.
TEST(CoderTrade, ADenialAnswersAClaimAgainstTheDenier) {
  NEED_MODELS();
  Document d = code_text(
      "The United States has accused Huawei of spying for Beijing. "
      "Huawei has denied that it spies for the Chinese government.",
      "2019-05-31");
  EXPECT_TRUE(find(d, "CHNBUS", "USA", "016")) << describe(d);
  Document n = code_text(
      "Chinese Commerce Ministry spokesman Gao Feng said foreign firms that block supplies to Chinese companies "
      "would face consequences. Beijing accused Washington of abusing export controls. "
      "Huawei has denied that it spies for the Chinese government.",
      "2019-05-31");
  EXPECT_FALSE(find(n, "CHNBUS", "CHN", "016")) << describe(n);
}

// 48-trade.txt &quantity: a sum in a currency stands for the goods it buys.
TEST(CoderTrade, ASumInACurrencyStandsForTheGoods) {
  NEED_MODELS();
  Document d = code_text("Canada imposed 25% tariffs on 30 billion Canadian dollars of American goods on Tuesday.",
                         "2025-03-04");
  EXPECT_TRUE(find(d, "CAN", "USA", "163")) << describe(d);
  Document n = code_text("Canada spent 30 billion Canadian dollars on new roads.", "2025-03-04");
  EXPECT_TRUE(n.events.empty()) << describe(n);
}

// 48-trade.txt impose-export-controls: export controls are sanctions,
// control alone is not.
TEST(CoderTrade, ExportControlsAreSanctions) {
  NEED_MODELS();
  Document d = code_text("Japan tightened export controls on South Korea.", "2019-07-04");
  EXPECT_TRUE(find(d, "JPN", "KOR", "163")) << describe(d);
  Document e = code_text("Japan eased export controls on South Korea.", "2019-07-04");
  EXPECT_TRUE(find(e, "JPN", "KOR", "085")) << describe(e);
  Document n = code_text("The army extended its control over the city of Aleppo.", "2019-07-04");
  EXPECT_EQ(count_root(n, "16"), 0) << describe(n);
}

// retaliate-against, story_sanction_side(): a retaliation falls on the side
// the story told sanctioning the retaliating one.
TEST(CoderTrade, RetaliationFallsOnTheSanctioningSide) {
  NEED_MODELS();
  Document d = code_text("China also retaliated against new U.S. duties.", "2025-03-04");
  EXPECT_TRUE(find(d, "CHN", "USA", "163")) << describe(d);
  Document s = code_text(
      "President Donald Trump imposed tariffs on Mexican goods on Tuesday. "
      "Mexico retaliated against the steel duties.",
      "2025-03-04");
  EXPECT_TRUE(find(s, "MEX", "USA", "163")) << describe(s);
  // No sanction told: no target to guess.
  Document n = code_text("Mexico retaliated against the steel duties.", "2025-03-04");
  EXPECT_EQ(count_root(n, "16"), 0) << describe(n);
}

}  // namespace
}  // namespace dyad
