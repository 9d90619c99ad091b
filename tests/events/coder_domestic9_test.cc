// Domestic politics and courts, ninth session (branch domestic): a court
// declaring a policy unlawful when the parser hangs the adjective on the
// object, defying or not honouring a summons or subpoena, impeachment
// proceedings, praise drawn from an actor, a court granting house arrest,
// and a chamber's named committee composing with the state before it
// (data/verbs/50-domestic.txt, data/verbs/42-criticism.txt,
// data/verbs/12-reject.txt, data/verbs/48-critverbs.txt,
// data/verbs/48-material.txt, data/actors/agents_legal.txt).
// Each rule has a near miss that must not be coded. Sentences are invented.
// Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// court-declare-unlawful2: "declared [the owner's ban unconstitutional]",
// the adjective read as the object's modifier, is the court's verdict (116)
// on the ban's owner. A ruling that upholds it, a chamber's declaration or a
// judge finding illegal things is not.
TEST(CoderDomestic9, ACourtDeclaringAPolicyUnlawfulFindsAgainstItsOwner) {
  NEED_MODELS();
  Document d = code_text("A U.S. federal judge declared President Trump's travel ban unconstitutional.", "2019-11-20");
  EXPECT_TRUE(find(d, "USAJUD", "USAGOV", "116")) << describe(d);
  for (const char* s : {"A U.S. federal judge declared President Trump's travel ban constitutional.",
                        "The U.S. Senate declared President Trump's travel ban unconstitutional.",
                        "A U.S. federal judge found illegal payments in President Trump's charity."}) {
    Document n = code_text(s, "2019-11-20");
    EXPECT_FALSE(find_code(n, "116")) << s << "\n" << describe(n);
  }
}

// defy-summons, not-honour-summons, not-comply-summons: defying a summons or
// subpoena, or not honouring one, defies the law (128) of its issuer (the
// compound, the possessor or the "from" phrase). Honouring one, receiving
// one or ignoring an invitation is no defiance.
TEST(CoderDomestic9, DefyingASummonsDefiesItsIssuer) {
  NEED_MODELS();
  for (const char* s : {"Nigerian lawmakers ignored a summons from the Nigeria Police on Monday.",
                        "Nigerian lawmakers defied the Nigeria Police summons.",
                        "Nigerian lawmakers did not honour the Nigeria Police summons."}) {
    Document d = code_text(s, "2020-06-01");
    EXPECT_TRUE(find(d, "NGALEG", "NGACOP", "128")) << s << "\n" << describe(d);
  }
  Document sub = code_text("The Nigerian minister did not comply with the Nigerian Senate's subpoena.", "2020-06-01");
  EXPECT_TRUE(find(sub, "NGAGOV", "NGALEG", "128")) << describe(sub);
  for (const char* s : {"Nigerian lawmakers honoured the Nigeria Police summons.",
                        "The Nigerian minister complied with the Nigerian Senate's subpoena.",
                        "Nigerian lawmakers received a summons from the Nigeria Police.",
                        "Nigerian lawmakers ignored an invitation from the Nigeria Police."}) {
    Document n = code_text(s, "2020-06-01");
    EXPECT_FALSE(find_code(n, "128")) << s << "\n" << describe(n);
  }
}

// n-impeachment: "proceedings" keeps its plural as lemma; "a hearing on the
// impeachment proceedings against X" is the inquiry (091). Other
// proceedings against X are not impeachment.
TEST(CoderDomestic9, ImpeachmentProceedingsAgainstAnOfficial) {
  NEED_MODELS();
  Document d = code_text(
      "The US House of Representatives held a public hearing on the impeachment proceedings against President Trump.",
      "2019-11-20");
  EXPECT_TRUE(find(d, "USALEG", "USAGOV", "091")) << describe(d);
  Document legal = code_text("A Kenyan court halted the legal proceedings against the Kenyan deputy president.",
                             "2019-11-20");
  EXPECT_FALSE(find_code(legal, "091")) << describe(legal);
}

// draw-praise: praise received names its giver in the "from" phrase (051
// on the owner of what was praised); with no giver, no event.
TEST(CoderDomestic9, PraiseDrawnFromAnActor) {
  NEED_MODELS();
  Document d = code_text("The Kenyan president's plan won praise from the Kenyan opposition.", "2019-11-20");
  EXPECT_TRUE(find(d, "KENOPP", "KENGOV", "051")) << describe(d);
  Document bare = code_text("The Kenyan president's plan drew praise.", "2019-11-20");
  EXPECT_FALSE(find_code(bare, "051")) << describe(bare);
}

// grant-house-arrest: a court granting house arrest, bail or parole eases
// the sanction (081) on the one granted it; a court ordering an arrest stays
// an arrest (173), and a company granting leave is no sanction.
TEST(CoderDomestic9, ACourtGrantingHouseArrestEasesTheSanction) {
  NEED_MODELS();
  for (const char* s : {"A Guatemalan court granted house arrest to the Guatemalan journalist.",
                        "A Guatemalan court granted the Guatemalan journalist house arrest."}) {
    Document d = code_text(s, "2024-11-20");
    EXPECT_TRUE(find(d, "GTMJUD", "GTMMED", "081")) << s << "\n" << describe(d);
  }
  Document order = code_text("A Guatemalan court ordered the arrest of the Guatemalan journalist.", "2024-11-20");
  EXPECT_TRUE(find(order, "GTMJUD", "GTMMED", "173")) << describe(order);
  EXPECT_FALSE(find_code(order, "081")) << describe(order);
  Document leave = code_text("The Guatemalan company granted the Guatemalan journalist leave.", "2024-11-20");
  EXPECT_FALSE(find_code(leave, "081")) << describe(leave);
}

// A chamber's named committee is one legislative mention with the state
// before it ("the U.S. House Intelligence Committee"); another state's
// committee keeps its own state.
TEST(CoderDomestic9, AChambersNamedCommitteeComposesWithItsState) {
  NEED_MODELS();
  Document d = code_text("The U.S. House Intelligence Committee questioned the U.S. ambassador to the European Union.",
                         "2019-11-20");
  EXPECT_TRUE(find(d, "USALEG", "USAGOV", "090")) << describe(d);
  // In a story about another state the committee keeps the state before it.
  Document crit = code_text("The Kenyan ambassador criticised the U.S. House Intelligence Committee.", "2019-11-20");
  EXPECT_TRUE(find(crit, "KENGOV", "USALEG", "111")) << describe(crit);
  Document ken = code_text("The Kenyan Senate Finance Committee questioned the Kenyan finance minister.", "2019-11-20");
  EXPECT_TRUE(find(ken, "KENLEG", "KENGOV", "090")) << describe(ken);
  EXPECT_FALSE(find(ken, "USA", "", "090")) << describe(ken);
}

}  // namespace
}  // namespace dyad
