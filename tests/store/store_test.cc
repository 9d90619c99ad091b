// The store as a library: idempotence, deduplication across articles,
// aggregates on a hand-made set, the read API the server uses, and clear
// errors for bad files.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "dyad/store.h"
#include "store/doc_builder.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing_store::DocBuilder;
using testing_store::simple_article;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_store_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string db_path(const std::string& name = "t.db") { return (dir_ / name).string(); }

  static IngestStats put(Store& s, const std::vector<Document>& docs) {
    std::vector<const Document*> p;
    for (const auto& d : docs) p.push_back(&d);
    return s.ingest(p, StoreProvenance{"0.test", "m1", "l1"});
  }

  fs::path dir_;
};

TEST_F(StoreTest, SameArticleTwiceChangesNothing) {
  auto s = Store::open(db_path());
  Document a = simple_article("a1", "https://example.org/a1", "2024-03-01", "USA", "RUS", "036");
  IngestStats first = put(*s, {a});
  EXPECT_EQ(first.articles_added, 1u);
  EXPECT_EQ(first.events_added, 1u);
  StoreCounts before = s->counts();

  // Same URL again.
  IngestStats again = put(*s, {a});
  EXPECT_EQ(again.articles_added, 0u);
  EXPECT_EQ(again.articles_skipped, 1u);
  // Same text under another URL and id: same content hash.
  Document copy = a;
  copy.url = "https://mirror.example.net/x";
  copy.id = "mirror-1";
  EXPECT_EQ(put(*s, {copy}).articles_skipped, 1u);
  // The same URL with other text (an edited page) is still the same article.
  Document edited = simple_article("a1-edited", "https://example.org/a1", "2024-03-01", "USA", "RUS", "036");
  EXPECT_EQ(put(*s, {edited}).articles_skipped, 1u);

  StoreCounts after = s->counts();
  EXPECT_EQ(after.articles, before.articles);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.dedup_events, before.dedup_events);
  EXPECT_EQ(after.mentions, before.mentions);
  auto d = s->dedup_event(1);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->num_mentions, 1);
}

TEST_F(StoreTest, DuplicateWithinOneBatchIsStoredOnce) {
  auto s = Store::open(db_path());
  Document a = simple_article("a1", "", "2024-03-01", "USA", "RUS", "036");
  IngestStats st = put(*s, {a, a});
  EXPECT_EQ(st.articles_added, 1u);
  EXPECT_EQ(st.articles_skipped, 1u);
  EXPECT_EQ(s->counts().events, 1);
}

TEST_F(StoreTest, DedupGroupsReportsOfOneHappeningAcrossArticles) {
  auto s = Store::open(db_path());
  // Three outlets report a USA -> RUS meeting (036) around 1 March; one of
  // them twice. A fourth report a week later is another happening; a denial
  // and a different family are not the same event either.
  Document a = simple_article("a", "https://one.example/a", "2024-03-01", "USA", "RUS", "036");
  Document b = simple_article("b", "https://www.two.example/b", "2024-03-02", "USA", "RUS", "0361");
  Document c = simple_article("c", "https://one.example/c", "2024-02-29", "USA", "RUS", "036");
  Document later = simple_article("d", "https://three.example/d", "2024-03-09", "USA", "RUS", "036");
  Document denied =
      simple_article("e", "https://three.example/e", "2024-03-01", "USA", "RUS", "036", 1, 1.0, Modality::kNegated);
  Document other = simple_article("f", "https://three.example/f", "2024-03-01", "USA", "RUS", "042");
  Document reverse = simple_article("g", "https://three.example/g", "2024-03-01", "RUS", "USA", "036");
  put(*s, {a, b});
  put(*s, {c, later, denied, other, reverse});  // incremental: the first group grows

  EventFilter f;
  f.source = "USA";
  f.target = "RUS";
  f.limit = 100;
  Page<DedupEvent> groups = s->dedup_events(f);
  ASSERT_EQ(groups.total, 4);  // 1 March asserted, 9 March, negated, 042
  const DedupEvent& g = groups.rows[0];
  EXPECT_EQ(g.date, "2024-03-01");
  EXPECT_EQ(g.family, "036");
  EXPECT_EQ(g.num_mentions, 3);
  EXPECT_EQ(g.num_articles, 3);
  EXPECT_EQ(g.num_sources, 2);  // one.example twice, two.example ("www." dropped)
  EXPECT_EQ(g.first_date, "2024-02-29");
  EXPECT_EQ(g.last_date, "2024-03-02");
  std::vector<StoredEvent> ev = s->dedup_mentions(g.id);
  ASSERT_EQ(ev.size(), 3u);
  for (const auto& e : ev) EXPECT_EQ(e.dedup_id, g.id);

  int single = 0;
  for (const auto& r : groups.rows)
    if (r.id != g.id) {
      EXPECT_EQ(r.num_mentions, 1);
      ++single;
    }
  EXPECT_EQ(single, 3);
  // RUS -> USA is its own directed dyad.
  f.source = "RUS";
  f.target = "USA";
  EXPECT_EQ(s->dedup_events(f).total, 1);
}

TEST_F(StoreTest, TwoMentionsInOneArticleCountOneArticle) {
  auto s = Store::open(db_path());
  DocBuilder b("x", "https://one.example/x", "2024-05-01", "Talks");
  uint32_t t = b.sentence("Officials of USA met envoys of RUS today .");
  int u = b.mention(t + 2, t + 3, "USAGOV", "USA", {"GOV"});
  int r = b.mention(t + 6, t + 7, "RUSGOV", "RUS", {"GOV"});
  uint32_t t2 = b.sentence("Soldiers of USA met generals of RUS too .");
  int um = b.mention(t2 + 2, t2 + 3, "USAMIL", "USA", {"MIL"});
  int rm = b.mention(t2 + 6, t2 + 7, "RUSMIL", "RUS", {"MIL"});
  b.event(1, u, r, "036", 1, 4.0, "2024-05-01", static_cast<int>(t + 3));
  b.event(2, um, rm, "036", 1, 4.0, "2024-05-01", static_cast<int>(t2 + 3));
  put(*s, {b.doc()});
  auto g = s->dedup_event(1);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->num_mentions, 2);
  EXPECT_EQ(g->num_articles, 1);
  EXPECT_EQ(g->num_sources, 1);
  EXPECT_FALSE(s->dedup_event(2));
}

TEST_F(StoreTest, EventWithoutTargetIsStoredAndGrouped) {
  auto s = Store::open(db_path());
  DocBuilder b("nt", "https://one.example/nt", "2024-05-02", "Protest");
  uint32_t t = b.sentence("Students in SRB protested again .");
  int st = b.mention(t + 2, t + 3, "SRBEDU", "SRB", {"EDU"});
  b.event(1, st, -1, "141", 3, -6.5, "", static_cast<int>(t + 3));
  b.event(1, -1, -1, "141", 3, -6.5, "", static_cast<int>(t + 3));
  put(*s, {b.doc()});
  Page<StoredEvent> p = s->events(EventFilter{});
  ASSERT_EQ(p.total, 2);
  EXPECT_TRUE(p.rows[0].source);
  EXPECT_FALSE(p.rows[0].target);
  EXPECT_FALSE(p.rows[1].source);
  auto g = s->dedup_event(1);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->source_key, "SRB");
  EXPECT_EQ(g->target_key, "");
  EXPECT_EQ(s->counts().dedup_events, 2);  // the actorless event is its own group
  EXPECT_EQ(s->dyads(DyadFilter{}).total, 0);  // dyads need both sides
}

TEST_F(StoreTest, WeeklyAggregatesOnAHandMadeSet) {
  auto s = Store::open(db_path());
  // USA -> RUS, one Monday-based week per row: counts 1,2,1,2,1,2,1,2 then 9
  // (a burst) then 2. Week of 2024-01-01 (a Monday) onwards.
  const int counts[] = {1, 2, 1, 2, 1, 2, 1, 2, 9, 2};
  std::vector<Document> docs;
  int n = 0;
  for (int w = 0; w < 10; ++w) {
    for (int k = 0; k < counts[w]; ++k) {
      int day = 1 + 7 * w + (k % 5);  // days within the week (Mon..Fri)
      char date[16];
      // January has 31 days; roll into February/March by hand.
      int m = 1, d = day;
      if (d > 31) {
        m = 2;
        d -= 31;
      }
      if (m == 2 && d > 29) {
        m = 3;
        d -= 29;
      }
      std::snprintf(date, sizeof(date), "2024-%02d-%02d", m, d);
      bool conflict = k % 3 == 2;
      docs.push_back(simple_article("w" + std::to_string(n++), "https://s.example/" + std::to_string(n), date,
                                    "USA", "RUS", conflict ? "190" : "036", conflict ? 4 : 1,
                                    conflict ? -10.0 : 4.0));
    }
  }
  // An unrelated dyad must not leak in.
  docs.push_back(simple_article("other", "https://s.example/other", "2024-01-03", "FRA", "DEU", "036"));
  put(*s, docs);

  SeriesQuery q;
  q.source = "USA";
  q.target = "RUS";
  q.period = Period::kWeek;
  std::vector<SeriesPoint> pts = s->series(q);
  ASSERT_EQ(pts.size(), 10u);
  EXPECT_EQ(pts[0].period, "2024-01-01");
  EXPECT_EQ(pts[1].period, "2024-01-08");
  for (int w = 0; w < 10; ++w) EXPECT_EQ(pts[w].events, counts[w]) << w;
  // Week 9: 9 events, k%3==2 for k=2,5,8 -> 3 material conflict (190), 6 verbal coop.
  EXPECT_EQ(pts[8].by_quad[0], 6);
  EXPECT_EQ(pts[8].by_quad[3], 3);
  EXPECT_EQ(pts[8].by_root.at("03"), 6);
  EXPECT_EQ(pts[8].by_root.at("19"), 3);
  EXPECT_DOUBLE_EQ(pts[8].goldstein_total, 6 * 4.0 - 3 * 10.0);
  EXPECT_DOUBLE_EQ(pts[8].goldstein_mean, (6 * 4.0 - 3 * 10.0) / 9);
  // z against the 8 previous weeks (mean 1.5, sd 0.5): (9 - 1.5) / 0.5 = 15.
  for (int w = 0; w < 8; ++w) EXPECT_FALSE(pts[w].change);
  EXPECT_NEAR(pts[8].z, 15.0, 1e-9);
  EXPECT_TRUE(pts[8].change);
  // The week after: the window now holds the burst; 2 is not a change.
  EXPECT_FALSE(pts[9].change);
  EXPECT_LT(std::fabs(pts[9].z), 2.0);

  // Months and a date range.
  q.period = Period::kMonth;
  pts = s->series(q);
  ASSERT_EQ(pts.size(), 3u);
  EXPECT_EQ(pts[0].period, "2024-01-01");
  int64_t total = 0;
  for (const auto& p : pts) total += p.events;
  EXPECT_EQ(total, 23);
  q.period = Period::kDay;
  q.from = "2024-01-01";
  q.to = "2024-01-07";
  pts = s->series(q);
  ASSERT_EQ(pts.size(), 7u);  // empty days included
  EXPECT_EQ(pts[0].events, 1);
  EXPECT_EQ(pts[6].events, 0);

  // Undirected picks up RUS -> USA too; the dyad list counts both dyads.
  put(*s, {simple_article("rev", "https://s.example/rev", "2024-01-02", "RUS", "USA", "036")});
  q.undirected = true;
  pts = s->series(q);
  EXPECT_EQ(pts[1].events, 1);  // 2024-01-02: 0 USA->RUS, 1 RUS->USA
  DyadFilter df;
  Page<DyadCount> dy = s->dyads(df);
  ASSERT_EQ(dy.total, 3);
  EXPECT_EQ(dy.rows[0].source, "USA");
  EXPECT_EQ(dy.rows[0].events, 23);
  df.undirected = true;
  dy = s->dyads(df);
  ASSERT_EQ(dy.total, 2);
  EXPECT_EQ(dy.rows[0].source, "RUS");  // min(source, target)
  EXPECT_EQ(dy.rows[0].events, 24);
}

TEST_F(StoreTest, ArticleWithLayersAndQuotes) {
  auto s = Store::open(db_path());
  DocBuilder b("q1", "https://news.example/q1", "2024-06-10", "Minister speaks");
  uint32_t t = b.sentence("Lavrov said Russia will hold talks with Türkiye soon .");
  int lav = b.mention(t, t + 1, "RUSGOV", "RUS", {"GOV"});
  int rus = b.mention(t + 2, t + 3, "RUS", "RUS");
  int tur = b.mention(t + 7, t + 8, "TUR", "TUR");
  b.quote(t + 2, t + 9, lav, static_cast<int>(t + 1), 1);
  b.event(1, rus, tur, "036", 1, 4.0, "", static_cast<int>(t + 4), Modality::kIntended);
  b.doc().events.back().quote = 0;
  put(*s, {b.doc()});

  auto a = s->article_by_doc_id("q1");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->sentences.size(), 2u);
  EXPECT_EQ(a->sentences[1].text, "Lavrov said Russia will hold talks with Türkiye soon .");
  ASSERT_EQ(a->mentions.size(), 3u);
  // Offsets are code points: "Türkiye" has a two-byte ü.
  const StoredActor& ta = a->mentions[2].actor;
  EXPECT_EQ(ta.text, "Türkiye");
  EXPECT_EQ(ta.end - ta.start, 7);
  ASSERT_EQ(a->quotes.size(), 1u);
  EXPECT_EQ(a->quotes[0].text, "Russia will hold talks with Türkiye soon");
  EXPECT_EQ(a->quotes[0].cue, "said");
  ASSERT_TRUE(a->quotes[0].speaker);
  EXPECT_EQ(a->quotes[0].speaker->code, "RUSGOV");
  ASSERT_EQ(a->events.size(), 1u);
  const StoredEvent& e = a->events[0];
  EXPECT_EQ(e.date, "2024-06-10");  // the article date where the event has none
  EXPECT_EQ(e.modality, "intended");
  EXPECT_EQ(e.quote_index, 0);
  EXPECT_EQ(e.verb, "hold");
  ASSERT_TRUE(e.target);
  EXPECT_EQ(e.target->text, "Türkiye");
  EXPECT_EQ(e.dyad_version, "0.test");

  Page<StoredQuote> qs = s->quotations_by_speaker("RUS");
  ASSERT_EQ(qs.total, 1);
  EXPECT_EQ(qs.rows[0].doc_id, "q1");
  EXPECT_EQ(s->quotations_by_speaker("lavrov").total, 1);  // by speaker text, any case
  EXPECT_EQ(s->quotations_by_speaker("USA").total, 0);

  std::vector<ActorHit> hits = s->search_actors("rus");
  ASSERT_GE(hits.size(), 2u);
  EXPECT_EQ(hits[0].mentions, 1);

  EventFilter f;
  f.text = "TALKS";
  EXPECT_EQ(s->events(f).total, 1);
  f.text = "100%";
  EXPECT_EQ(s->events(f).total, 0);
}

TEST_F(StoreTest, EventPagingAndFilters) {
  auto s = Store::open(db_path());
  std::vector<Document> docs;
  for (int i = 0; i < 25; ++i) {
    char date[16];
    std::snprintf(date, sizeof(date), "2024-04-%02d", i + 1);
    docs.push_back(simple_article("p" + std::to_string(i), "", date, i % 2 ? "USA" : "CHN", "RUS",
                                  i % 5 ? "036" : "190", i % 5 ? 1 : 4, i % 5 ? 4.0 : -10.0));
  }
  put(*s, docs);
  EventFilter f;
  f.limit = 10;
  Page<StoredEvent> p = s->events(f);
  EXPECT_EQ(p.total, 25);
  ASSERT_EQ(p.rows.size(), 10u);
  EXPECT_EQ(p.rows[0].date, "2024-04-01");
  f.offset = 20;
  EXPECT_EQ(s->events(f).rows.size(), 5u);
  f = EventFilter{};
  f.newest_first = true;
  EXPECT_EQ(s->events(f).rows[0].date, "2024-04-25");
  f = EventFilter{};
  f.root = "19";
  EXPECT_EQ(s->events(f).total, 5);
  f = EventFilter{};
  f.quad = 4;
  f.from = "2024-04-02";
  f.to = "2024-04-20";
  EXPECT_EQ(s->events(f).total, 3);  // days 6, 11, 16
  f = EventFilter{};
  f.source = "USAG";  // actor-code prefix
  f.level = DyadLevel::kActor;
  EXPECT_EQ(s->events(f).total, 12);
  f.source = "USA";
  f.level = DyadLevel::kCountry;
  f.undirected = true;
  EXPECT_EQ(s->events(f).total, 12);
  f = EventFilter{};
  f.from = "April";
  EXPECT_THROW(s->events(f), StoreError);
}

TEST_F(StoreTest, BadFilesGiveClearErrors) {
  // A directory that does not exist.
  try {
    Store::open((dir_ / "no" / "such" / "dir" / "x.db").string());
    FAIL() << "expected StoreError";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("x.db"), std::string::npos) << e.what();
  }
  // Read-only open of a missing file.
  EXPECT_THROW(Store::open(db_path("missing.db"), /*readonly=*/true), StoreError);
  // A text file posing as a database.
  std::string junk = db_path("junk.db");
  {
    std::ofstream out(junk);
    for (int i = 0; i < 200; ++i) out << "this is not a database at all\n";
  }
  try {
    Store::open(junk);
    FAIL() << "expected StoreError";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("junk.db"), std::string::npos) << e.what();
  }
  // A valid SQLite file of another application.
  std::string other = db_path("other.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(other.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE recipes(name TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  try {
    Store::open(other);
    FAIL() << "expected StoreError";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("not a dyad store"), std::string::npos) << e.what();
  }
  EXPECT_THROW(Store::open(dir_.string()), StoreError);
  // A read-only store refuses writes with a clear error.
  std::string ours = db_path("ours.db");
  Store::open(ours);
  auto ro = Store::open(ours, /*readonly=*/true);
  // Read-only store refuses writes with a clear error.
  Document a = simple_article("a", "", "2024-01-01", "USA", "RUS", "036");
  EXPECT_THROW(ro->ingest(a, {}), StoreError);
}

TEST_F(StoreTest, ReopenKeepsDataAndWindow) {
  {
    StoreOptions o;
    o.dedup_window_days = 3;
    auto s = Store::open(db_path(), o);
    put(*s, {simple_article("a", "", "2024-01-01", "USA", "RUS", "036")});
  }
  auto s = Store::open(db_path());  // default window 1, but the store keeps 3
  put(*s, {simple_article("b", "", "2024-01-04", "USA", "RUS", "036")});
  EXPECT_EQ(s->counts().dedup_events, 1);
  EXPECT_EQ(s->counts().articles, 2);
  EXPECT_EQ(s->integrity_check(), "ok");
}

TEST(StorePeriods, WeekStartsMondayMonthStartsFirst) {
  EXPECT_EQ(period_start("2024-03-14", Period::kWeek), "2024-03-11");  // a Thursday
  EXPECT_EQ(period_start("2024-03-11", Period::kWeek), "2024-03-11");
  EXPECT_EQ(period_start("2024-03-17", Period::kWeek), "2024-03-11");  // Sunday
  EXPECT_EQ(period_start("2021-01-01", Period::kWeek), "2020-12-28");
  EXPECT_EQ(period_start("2024-02-29", Period::kMonth), "2024-02-01");
  EXPECT_EQ(period_start("2024-02-29", Period::kDay), "2024-02-29");
  EXPECT_EQ(period_start("garbage", Period::kDay), "");
}

}  // namespace
}  // namespace dyad
