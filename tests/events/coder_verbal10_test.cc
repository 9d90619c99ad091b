// Rejections, reduced relations and statements (roots 12, 16, 01): an
// economic war ignited, outsiders kept out, denials that answer a lawsuit or
// a sentence, sanctions and talks whose other side the story has told,
// hopes about things, "Both X and Y reject" kept a verb, and ICE by its
// initials (2026-12-01, tenth session, verbal branch). Each rule has a near
// miss. Sentences are invented. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// An event of sentence `s` (0-based, headline first) whose codes start
// with src/tgt and whose code starts with `code`, asserted.
const Event* find_in(const Document& d, uint32_t s, const std::string& src, const std::string& tgt,
                     const std::string& code) {
  for (const Event& e : d.events) {
    std::string sc = e.source >= 0 ? d.mentions[e.source].actor.code : "";
    std::string tc = e.target >= 0 ? d.mentions[e.target].actor.code : "";
    if (e.sentence == s && starts(sc, src) && starts(tc, tgt) && !tc.empty() && starts(e.cameo, code) &&
        e.modality == Modality::kAsserted)
      return &e;
  }
  return nullptr;
}

// 16-reduce.txt wage-trade-war: an economic war is a trade war, and
// igniting one starts it (163 on the partner).
TEST(CoderVerbal10, IgnitingAnEconomicWarIsTariffs) {
  NEED_MODELS();
  Document d = code_text("Trump ignited an economic war with Canada last week.", "2025-03-12");
  EXPECT_TRUE(find(d, "USA", "CAN", "163")) << describe(d);
  // Near miss: a debate ignited is no war.
  Document n = code_text("Trump ignited an economic debate with Canada last week.", "2025-03-12");
  EXPECT_FALSE(find(n, "USA", "CAN", "16")) << describe(n);
}

// 12-reject.txt not-allow-outsider: not letting aid agencies, monitors or
// an IGO in is refusing international involvement (1245).
TEST(CoderVerbal10, NotAllowingAidAgenciesInRefusesInvolvement) {
  NEED_MODELS();
  Document d = code_text("The Malian army does not allow aid agencies to go to the northern areas.", "2025-03-12");
  EXPECT_TRUE(find(d, "MLIMIL", "NGO", "1245")) << describe(d);
  Document u = code_text("Myanmar did not allow the United Nations to enter Rakhine state.", "2025-03-12");
  EXPECT_TRUE(find(u, "MMR", "IGOUNO", "1245")) << describe(u);
  // Near misses: allowed, not refused; and people of the region kept out
  // are no international involvement.
  Document a = code_text("The Malian army allows aid agencies to go to the northern areas.", "2025-03-12");
  EXPECT_FALSE(find_code(a, "1245")) << describe(a);
  Document p = code_text("Israel did not allow Palestinians to enter Jerusalem.", "2025-03-12");
  EXPECT_FALSE(find_code(p, "1245")) << describe(p);
}

// event_stage.cc accuser_of(): a lawsuit filed against the denier is the
// claim a bare denial answers (016 to the one who filed it, an
// organisation of no country included).
TEST(CoderVerbal10, ADenialAnswersTheLawsuitAgainstTheDenier) {
  NEED_MODELS();
  Document d = code_text(
      "Evictions\n\nAmnesty International filed a lawsuit against the Kenyan government over the evictions in "
      "Nairobi.\n\nThe Kenyan government has dismissed the allegations.",
      "2025-03-12");
  EXPECT_TRUE(find(d, "KENGOV", "NGO", "016")) << describe(d);
  // Near miss: a report filed is no claim against anyone.
  Document n = code_text(
      "Evictions\n\nAmnesty International published a report on the evictions in Nairobi.\n\nThe Kenyan "
      "government has dismissed the allegations.",
      "2025-03-12");
  EXPECT_FALSE(find(n, "KENGOV", "NGO", "016")) << describe(n);
}

// accuser_of(): a court that sentenced the denier made the accusations its
// lawyers reject (one country's court and journalist are two sides when
// the court named him).
TEST(CoderVerbal10, ADenialAnswersTheSentence) {
  NEED_MODELS();
  Document d = code_text(
      "Verdict\n\nA Guatemalan court sentenced the Guatemalan journalist Jose Zamora to six years in prison on "
      "money-laundering charges.\n\nZamora has rejected all the accusations.",
      "2025-03-12");
  EXPECT_TRUE(find(d, "GTMMED", "GTMJUD", "016")) << describe(d);
  // Near miss: a court that praised him accused him of nothing.
  Document n = code_text(
      "Verdict\n\nA Guatemalan court praised the Guatemalan journalist Jose Zamora for his reporting.\n\nZamora "
      "has rejected all the accusations.",
      "2025-03-12");
  EXPECT_FALSE(find(n, "GTMMED", "GTMJUD", "016")) << describe(n);
}

// code_nominal(): sanctions with an owner and no target fall on the state
// the story told that owner sanctioning (story_sanction_target), as the
// verb's do.
TEST(CoderVerbal10, OwnedSanctionsTakeTheTargetTheStoryTold) {
  NEED_MODELS();
  Document d = code_text(
      "Sanctions\n\nThe United States imposed new sanctions on Iran on Monday over its missile program.\n\nThe "
      "U.S. sanctions will take effect next week, officials said.",
      "2025-03-12");
  EXPECT_TRUE(find_in(d, 2, "USA", "IRN", "163")) << describe(d);
  // Near miss: a story that told no one sanctioned gives no target.
  Document n = code_text("Sanctions\n\nThe U.S. sanctions will take effect next week, officials said.", "2025-03-12");
  EXPECT_FALSE(find_code(n, "163")) << describe(n);
}

// data/actors/countries.txt: ICE by its initials (exact case) is the U.S.
// immigration police.
TEST(CoderVerbal10, IceByItsInitials) {
  NEED_MODELS();
  Document d = code_text("Detainees\n\nAn ICE spokesman declined to comment on the detainees.", "2025-03-12");
  EXPECT_TRUE(find(d, "USACOP", "", "011")) << describe(d);
  // Near miss: ice is no agency.
  Document n = code_text("Detainees\n\nAn ice cream vendor declined to comment on the detainees.", "2025-03-12");
  EXPECT_FALSE(find(n, "USACOP", "", "011")) << describe(n);
}

// event_stage.cc story_talks_partner(): talks broken off or suspended with
// no partner named are the talks the story told that side holding (164),
// and suspending talks halts negotiations, not relations (16-reduce.txt
// halt-talks before reduce-relations).
TEST(CoderVerbal10, TalksBrokenOffTakeThePartnerTheStoryTold) {
  NEED_MODELS();
  Document d = code_text(
      "Talks\n\nWashington and Tehran held talks in Oman last month.\n\nThe White House suspended the talks on "
      "Friday.",
      "2019-11-19");
  EXPECT_TRUE(find_in(d, 2, "USAGOV", "IRN", "164")) << describe(d);
  Document w = code_text("Talks\n\nThe White House suspended the talks with Tehran on Friday.", "2019-11-19");
  EXPECT_TRUE(find(w, "USAGOV", "IRN", "164")) << describe(w);
  EXPECT_FALSE(find(w, "USAGOV", "IRN", "160")) << describe(w);
  // Near misses: no talks told, or talks with two partners.
  Document n = code_text("Talks\n\nThe White House suspended the talks on Friday.", "2019-11-19");
  EXPECT_FALSE(find_code(n, "164")) << describe(n);
  Document two = code_text(
      "Talks\n\nWashington held talks with Tehran and with Moscow last month.\n\nThe White House suspended the "
      "talks on Friday.",
      "2019-11-19");
  EXPECT_FALSE(find_code(two, "164")) << describe(two);
  // A refusal to meet (125 by the refuse table) takes the same partner;
  // with no talks told, none.
  Document r = code_text(
      "Talks\n\nWashington and Pyongyang held talks in Hanoi last year.\n\nNorth Korea is refusing to meet to "
      "discuss denuclearization.",
      "2021-03-14");
  EXPECT_TRUE(find_in(r, 2, "PRK", "USA", "125")) << describe(r);
  Document rn = code_text("Talks\n\nNorth Korea is refusing to meet to discuss denuclearization.", "2021-03-14");
  EXPECT_FALSE(find_code(rn, "125")) << describe(rn);
}

// story_talks_partner(): rebels and their own state are two sides; a visit
// of the state's government abroad is no talks of the rebels.
TEST(CoderVerbal10, RebelsDoNotShareTheirGovernmentsTalks) {
  NEED_MODELS();
  Document d = code_text(
      "Talks\n\nThe Sri Lankan president visited India last week.\n\nColombo held six rounds of talks with the "
      "Tamil Tigers last year.\n\nIn April, the Tamil Tigers pulled out of the negotiations.",
      "2004-11-19");
  EXPECT_TRUE(find_in(d, 3, "LKASEP", "LKAGOV", "164")) << describe(d);
  EXPECT_FALSE(find(d, "LKASEP", "IND", "164")) << describe(d);
}

// event_stage.cc (hope/fear clause): a hope about a clause whose own
// subject names no actor is about the clause's object (013).
TEST(CoderVerbal10, AHopeAboutAThingIsAboutWhomItActsOn) {
  NEED_MODELS();
  Document d = code_text(
      "Syria\n\nThe U.N. envoy said he hopes the declaration will move Syria toward the rule of law.",
      "2025-03-14");
  EXPECT_TRUE(find(d, "IGOUNO", "SYR", "013")) << describe(d);
  // Near misses: the clause's subject is an actor (hoped of Russia, not
  // of Syria); the hoper's own act ("hopes to avoid").
  Document r = code_text("Syria\n\nThe U.N. envoy said he hopes Russia will help Syria.", "2025-03-14");
  EXPECT_FALSE(find(r, "IGOUNO", "SYR", "013")) << describe(r);
  Document o = code_text("Sea\n\nChina hopes to avoid arbitration with Malaysia over the sea.", "2025-03-14");
  EXPECT_FALSE(find(o, "CHN", "MYS", "013")) << describe(o);
}

// syntax/tag_repair.cc repair_both_names_verbs(): "Both X and Y reject
// claims" keeps its verb, so the denial is coded and answers the accuser.
TEST(CoderVerbal10, BothNamesKeepTheirVerb) {
  NEED_MODELS();
  Document d = code_text(
      "Claims\n\nThe Baloch Liberation Army accuses Pakistan of exploiting the resources of the province.\n\nBoth "
      "Pakistan and China reject claims that their joint ventures are depriving the Baloch of opportunities.",
      "2025-03-14");
  EXPECT_TRUE(find(d, "PAK", "PAKSEP", "016")) << describe(d);
  // Near miss: a noun after the names that no phrase follows is a noun
  // ("Both Pakistan and China trade" has no verb to repair).
  Document n = code_text("Claims\n\nBoth Pakistan and China trade grew last year.", "2025-03-14");
  EXPECT_FALSE(find_code(n, "016")) << describe(n);
}

// event_stage.cc code_predicate(): the act an owned refusal refuses is
// refused (the table `refuse`), asserted; arguments.cc: a noun owned by
// words that name no actor lends its infinitive no clause subject.
TEST(CoderVerbal10, AnOwnedRefusalIsARefusal) {
  NEED_MODELS();
  Document d = code_text("Inspectors\n\nIran's refusal to allow IAEA inspectors into the site angered Washington.",
                         "2021-03-14");
  EXPECT_TRUE(find(d, "IRN", "IGOUNOIAE", "1245")) << describe(d);
  // Near misses: a failure is no refusal (the act stays negated), and a
  // hostile act refused codes nothing.
  Document f = code_text("Inspectors\n\nIran's failure to allow IAEA inspectors into the site angered Washington.",
                         "2021-03-14");
  EXPECT_FALSE(find_code(f, "1245")) << describe(f);
  Document h = code_text("Truce\n\nHamas's refusal to attack Israel surprised analysts.", "2021-03-14");
  EXPECT_FALSE(find_code(h, "12")) << describe(h);
  // The owner names no actor: not the subject of the main clause either.
  Document o = code_text(
      "Demands\n\nA U.S. senator pointed to the company's refusal to bow to Beijing's demands.", "2021-03-14");
  EXPECT_FALSE(find_code(o, "124")) << describe(o);
  // An owner left open ("its", no antecedent) refuses nothing known.
  Document p = code_text("Demands\n\nA U.S. senator pointed to its refusal to bow to Beijing's demands.", "2021-03-14");
  EXPECT_FALSE(find_code(p, "124")) << describe(p);
}

// 12-reject.txt keep-sanctions: sanctions kept in place are sanctions not
// eased (1244).
TEST(CoderVerbal10, SanctionsKeptAreNotEased) {
  NEED_MODELS();
  Document d = code_text("Sanctions\n\nThe European Union maintained its sanctions on Belarus on Monday.", "2021-03-14");
  EXPECT_TRUE(find(d, "IGOEUREEC", "BLR", "1244")) << describe(d);
  // Near miss: prices kept are no sanctions.
  Document n = code_text("Prices\n\nThe Belarusian company maintained its prices on Monday.", "2021-03-14");
  EXPECT_FALSE(find_code(n, "12")) << describe(n);
}

}  // namespace
}  // namespace dyad
