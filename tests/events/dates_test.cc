// Event dates: calendar arithmetic, recognition of time expressions in token
// sequences, resolution against the article date, and attachment to the
// event's clause through hand-written parses (so the tests do not depend on
// the parser model).
#include "events/dates.h"

#include <gtest/gtest.h>

#include "events/tree.h"
#include "event_test_util.h"

namespace dyad::events {
namespace {

TEST(EventDates, CalendarArithmetic) {
  Ymd d;
  ASSERT_TRUE(parse_ymd("2021-04-14", &d));
  EXPECT_EQ(weekday(d), 2);  // a Wednesday
  EXPECT_EQ(format_ymd(add_days(d, -14)), "2021-03-31");
  EXPECT_EQ(format_ymd(add_days(Ymd{2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(format_ymd(add_days(Ymd{2021, 1, 1}, -1)), "2020-12-31");
  EXPECT_FALSE(parse_ymd("2021-02-30", &d));
  EXPECT_FALSE(parse_ymd("14/04/2021", &d));
  EXPECT_FALSE(parse_ymd("", &d));
  EXPECT_TRUE(parse_ymd("2021-04-14T08:00:00Z", &d));
  EXPECT_FALSE(parse_ymd("2021-04-145", &d));
}

// One sentence of "word" tokens, each its own row, all hanging on token 1 —
// enough for recognition, which reads tokens only.
Document flat(const std::string& words) {
  std::istringstream in(words);
  std::string w, rows;
  int i = 0;
  while (in >> w) {
    ++i;
    rows += std::to_string(i) + " " + w + " " + w + " X X " + (i == 1 ? "0 root" : "1 dep") + "\n";
  }
  return evtest::parse_rows(rows);
}

// The dates an article dated 2021-04-14 (a Wednesday) reads in `words`,
// with the text of each expression: "text=YYYY-MM-DD" joined by "|".
std::string read_dates(const std::string& words, bool future = false) {
  Document doc = flat(words);
  Ymd base{2021, 4, 14};
  std::string out;
  for (const DateExpr& x : find_date_expressions(doc, 0, static_cast<uint32_t>(doc.tokens.size()))) {
    Ymd d;
    if (!out.empty()) out += "|";
    out += std::string(doc.tokens_text(x.token_begin, x.token_end)) + "=";
    out += resolve_date(x, &base, future, &d) ? format_ymd(d) : "?";
  }
  return out;
}

TEST(EventDates, ExplicitForms) {
  EXPECT_EQ(read_dates("talks opened April 13 in Vienna"), "April 13=2021-04-13");
  EXPECT_EQ(read_dates("signed on 13 April 2021 ."), "13 April 2021=2021-04-13");
  EXPECT_EQ(read_dates("signed on April 13 , 2021 , in Geneva"), "April 13 , 2021=2021-04-13");
  EXPECT_EQ(read_dates("filed on 2021-04-02 ."), "2021-04-02=2021-04-02");
  EXPECT_EQ(read_dates("arrived on March 3rd"), "March 3rd=2021-03-03");
  EXPECT_EQ(read_dates("met on Jan. 6"), "Jan. 6=2021-01-06");
  EXPECT_EQ(read_dates("the 3rd of March"), "3rd of March=2021-03-03");
  // A month and day after the article date, read as past: last year's.
  EXPECT_EQ(read_dates("the Dec. 24 attack"), "Dec. 24=2020-12-24");
  // Read as future: the coming one.
  EXPECT_EQ(read_dates("will vote on May 2", true), "May 2=2021-05-02");
  // Not dates: a modal "may", a bare number, a percentage.
  EXPECT_EQ(read_dates("Moscow may 5 times"), "");
  EXPECT_EQ(read_dates("April was calm and 2014 troops left"), "");
  EXPECT_EQ(read_dates("rose in 2021 percent"), "");
  // A month or a year after "in": its first day (the latest such month for
  // a bare month name).
  EXPECT_EQ(read_dates("in April the troops left"), "April=2021-04-01");
  EXPECT_EQ(read_dates("took office in January"), "January=2021-01-01");
  EXPECT_EQ(read_dates("elections in November"), "November=2020-11-01");
  EXPECT_EQ(read_dates("annexed Crimea in 2014 ,"), "2014=2014-01-01");
  EXPECT_EQ(read_dates("in March 2014"), "March 2014=2014-03-01");
  // A weekday naming the date beside it is one expression.
  EXPECT_EQ(read_dates("on Tuesday , April 6 ,"), "Tuesday , April 6=2021-04-06");
}

TEST(EventDates, RelativeForms) {
  EXPECT_EQ(read_dates("On Tuesday , X said"), "Tuesday=2021-04-13");
  EXPECT_EQ(read_dates("late on Wednesday"), "Wednesday=2021-04-14");  // the article's own day
  EXPECT_EQ(read_dates("on Thursday"), "Thursday=2021-04-08");
  EXPECT_EQ(read_dates("on Thursday", true), "Thursday=2021-04-15");
  EXPECT_EQ(read_dates("last Wednesday"), "last Wednesday=2021-04-07");
  EXPECT_EQ(read_dates("next Wednesday"), "next Wednesday=2021-04-21");
  EXPECT_EQ(read_dates("on Sunday night"), "Sunday night=2021-04-11");
  EXPECT_EQ(read_dates("yesterday morning"), "yesterday morning=2021-04-13");
  EXPECT_EQ(read_dates("said today"), "today=2021-04-14");
  EXPECT_EQ(read_dates("due tomorrow"), "tomorrow=2021-04-15");
  EXPECT_EQ(read_dates("met last week"), "last week=2021-04-07");
  EXPECT_EQ(read_dates("meet next week"), "next week=2021-04-21");
  EXPECT_EQ(read_dates("struck earlier this month"), "earlier this month=2021-04-01");
  EXPECT_EQ(read_dates("struck last month"), "last month=2021-03-01");
  EXPECT_EQ(read_dates("left two days ago"), "two days ago=2021-04-12");
  EXPECT_EQ(read_dates("left a week ago"), "a week ago=2021-04-07");
  EXPECT_EQ(read_dates("has flared up in recent weeks"), "recent weeks=2021-04-14");
  EXPECT_EQ(read_dates("he recently met"), "recently=2021-04-14");
}

TEST(EventDates, BoundsAndPossessivesAreNotEventTimes) {
  EXPECT_EQ(read_dates("fighting since Monday"), "");
  EXPECT_EQ(read_dates("must leave by Friday"), "");
  EXPECT_EQ(read_dates("talks until April 20"), "");
  EXPECT_EQ(read_dates("over the past week"), "");
  EXPECT_EQ(read_dates("condemned Tuesday 's attack"), "");
}

TEST(EventDates, MonthOffsetsCrossYears) {
  Document doc = flat("struck last month");
  auto xs = find_date_expressions(doc, 0, static_cast<uint32_t>(doc.tokens.size()));
  ASSERT_EQ(xs.size(), 1u);
  Ymd jan{2021, 1, 10}, d;
  ASSERT_TRUE(resolve_date(xs[0], &jan, false, &d));
  EXPECT_EQ(format_ymd(d), "2020-12-01");
  // Relative expressions need an article date.
  EXPECT_FALSE(resolve_date(xs[0], nullptr, false, &d));
}

// "On Tuesday , the ministers met and Russia condemned the deal signed on
// Monday ." — "met" and its conjunct "condemned" take Tuesday; "signed" (a
// participle modifying "deal") takes Monday, and Monday is no date of theirs.
const char* kTwoClauses =
    "1 On on ADP IN 2 case\n"
    "2 Tuesday Tuesday PROPN NNP 6 obl\n"
    "3 , , PUNCT , 6 punct\n"
    "4 the the DET DT 5 det\n"
    "5 ministers minister NOUN NNS 6 nsubj\n"
    "6 met meet VERB VBD 0 root\n"
    "7 and and CCONJ CC 9 cc\n"
    "8 Russia Russia PROPN NNP 9 nsubj\n"
    "9 condemned condemn VERB VBD 6 conj\n"
    "10 the the DET DT 11 det\n"
    "11 deal deal NOUN NN 9 obj\n"
    "12 signed sign VERB VBN 11 acl\n"
    "13 on on ADP IN 14 case\n"
    "14 Monday Monday PROPN NNP 12 obl\n"
    "15 . . PUNCT . 6 punct\n";

TEST(EventDates, AttachesToTheEventClause) {
  Document doc = evtest::parse_rows(kTwoClauses);
  Tree tree(doc);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  EventDate met = event_date(tree, 5, 0, n, doc.date, false);
  EXPECT_EQ(met.date, "2021-04-13");
  EXPECT_EQ(met.source, DateSource::kRelative);
  EXPECT_EQ(doc.tokens_text(met.token_begin, met.token_end), "Tuesday");
  EventDate condemned = event_date(tree, 8, 0, n, doc.date, false);
  EXPECT_EQ(condemned.date, "2021-04-13");
  EventDate signed_ = event_date(tree, 11, 0, n, doc.date, false);
  EXPECT_EQ(signed_.date, "2021-04-12");
}

TEST(EventDates, TemporalClauseKeepsItsOwnTime) {
  // "Talks resumed since Scholz took office in December , after envoys urged
  // Moscow ." with "urged" parsed as a conjunct of "took": the December of
  // the since-clause is not the date of the urging, which has its own "after".
  Document doc = evtest::parse_rows(
      "1 Talks talk NOUN NNS 2 nsubj\n"
      "2 resumed resume VERB VBD 0 root\n"
      "3 since since SCONJ IN 5 mark\n"
      "4 Scholz Scholz PROPN NNP 5 nsubj\n"
      "5 took take VERB VBD 2 advcl\n"
      "6 office office NOUN NN 5 obj\n"
      "7 in in ADP IN 8 case\n"
      "8 December December PROPN NNP 5 obl\n"
      "9 , , PUNCT , 12 punct\n"
      "10 after after SCONJ IN 12 mark\n"
      "11 envoys envoy NOUN NNS 12 nsubj\n"
      "12 urged urge VERB VBD 5 conj\n"
      "13 Moscow Moscow PROPN NNP 12 obj\n"
      "14 . . PUNCT . 2 punct\n");
  Tree tree(doc);
  EventDate took = event_date(tree, 4, 0, 14, doc.date, false);
  EXPECT_EQ(took.source, DateSource::kExplicit);
  EventDate urged = event_date(tree, 11, 0, 14, doc.date, false);
  EXPECT_EQ(urged.source, DateSource::kArticle);
  // The main clause is not dated by its since-clause either.
  EventDate resumed = event_date(tree, 1, 0, 14, doc.date, false);
  EXPECT_EQ(resumed.source, DateSource::kArticle);
}

TEST(EventDates, RelativeClauseKeepsItsOwnTime) {
  // "Russia annexed Crimea in 2014 , a move that killed many ." — "killed"
  // modifies "move": the 2014 of the main clause is not its date.
  Document doc = evtest::parse_rows(
      "1 Russia Russia PROPN NNP 2 nsubj\n"
      "2 annexed annex VERB VBD 0 root\n"
      "3 Crimea Crimea PROPN NNP 2 obj\n"
      "4 in in ADP IN 5 case\n"
      "5 2014 2014 NUM CD 2 obl\n"
      "6 , , PUNCT , 8 punct\n"
      "7 a a DET DT 8 det\n"
      "8 move move NOUN NN 3 appos\n"
      "9 that that PRON WDT 10 nsubj\n"
      "10 killed kill VERB VBD 8 acl:relcl\n"
      "11 many many PRON DT 10 obj\n"
      "12 . . PUNCT . 2 punct\n");
  Tree tree(doc);
  EventDate annexed = event_date(tree, 1, 0, 12, doc.date, false);
  EXPECT_EQ(annexed.date, "2014-01-01");
  EXPECT_EQ(annexed.source, DateSource::kExplicit);
  EventDate killed = event_date(tree, 9, 0, 12, doc.date, false);
  EXPECT_EQ(killed.source, DateSource::kArticle);
}

TEST(EventDates, NoExpressionGivesTheArticleDateOrNone) {
  // "Russia condemned the deal ."
  Document doc = evtest::parse_rows(
      "1 Russia Russia PROPN NNP 2 nsubj\n"
      "2 condemned condemn VERB VBD 0 root\n"
      "3 the the DET DT 4 det\n"
      "4 deal deal NOUN NN 2 obj\n"
      "5 . . PUNCT . 2 punct\n");
  Tree tree(doc);
  EventDate d = event_date(tree, 1, 0, 5, doc.date, false);
  EXPECT_EQ(d.date, "2021-04-14");
  EXPECT_EQ(d.source, DateSource::kArticle);
  EXPECT_EQ(d.token_begin, -1);
  d = event_date(tree, 1, 0, 5, "", false);
  EXPECT_EQ(d.date, "");
  EXPECT_EQ(d.source, DateSource::kNone);
}

TEST(EventDates, FutureTenseLooksForward) {
  // "Blinken will visit Kyiv on Thursday ." (article: Wednesday 2021-04-14)
  Document doc = evtest::parse_rows(
      "1 Blinken Blinken PROPN NNP 3 nsubj\n"
      "2 will will AUX MD 3 aux\n"
      "3 visit visit VERB VB 0 root\n"
      "4 Kyiv Kyiv PROPN NNP 3 obj\n"
      "5 on on ADP IN 6 case\n"
      "6 Thursday Thursday PROPN NNP 3 obl\n"
      "7 . . PUNCT . 3 punct\n");
  Tree tree(doc);
  EventDate d = event_date(tree, 2, 0, 7, doc.date, false);
  EXPECT_EQ(d.date, "2021-04-15");
  EXPECT_EQ(d.source, DateSource::kRelative);
}

TEST(EventDates, ExplicitDateWithoutArticleDate) {
  // "Troops crossed the border on 13 April 2021 ."
  Document doc = evtest::parse_rows(
      "1 Troops troop NOUN NNS 2 nsubj\n"
      "2 crossed cross VERB VBD 0 root\n"
      "3 the the DET DT 4 det\n"
      "4 border border NOUN NN 2 obj\n"
      "5 on on ADP IN 6 case\n"
      "6 13 13 NUM CD 2 obl\n"
      "7 April April PROPN NNP 6 flat\n"
      "8 2021 2021 NUM CD 6 nmod:tmod\n"
      "9 . . PUNCT . 2 punct\n",
      "");
  Tree tree(doc);
  EventDate d = event_date(tree, 1, 0, 9, doc.date, false);
  EXPECT_EQ(d.date, "2021-04-13");
  EXPECT_EQ(d.source, DateSource::kExplicit);
}

TEST(EventDates, DateInASubjectIsNotTheEventTime) {
  // "Tuesday was calm , officials said ." — no time for "said".
  Document doc = evtest::parse_rows(
      "1 Tuesday Tuesday PROPN NNP 3 nsubj\n"
      "2 was be AUX VBD 3 cop\n"
      "3 calm calm ADJ JJ 6 ccomp\n"
      "4 , , PUNCT , 6 punct\n"
      "5 officials official NOUN NNS 6 nsubj\n"
      "6 said say VERB VBD 0 root\n"
      "7 . . PUNCT . 6 punct\n");
  Tree tree(doc);
  EventDate d = event_date(tree, 5, 0, 7, doc.date, false);
  EXPECT_EQ(d.source, DateSource::kArticle);
}

}  // namespace
}  // namespace dyad::events
