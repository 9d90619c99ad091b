// The aggregate tables against brute force: random events over month ends,
// a leap day and undated articles, ingested in several batches; every count,
// sum, series and dyad list read through the aggregates must equal what the
// events themselves give. Also: upgrading a version-1 store, and the
// full-text filter.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "dyad/store.h"
#include "store/aggregates.h"
#include "store/doc_builder.h"
#include "store/sqlite.h"
#include "store/store_impl.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing_store::DocBuilder;

struct Truth {
  std::string src, tgt, date, root;
  int quad;
  double goldstein;
};

class AggregatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_aggr_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // n random articles of one or two events each, stored in batches of 37.
  void fill(Store& s, int n, uint64_t seed) {
    std::mt19937_64 rng(seed);
    auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<uint64_t>(k)); };
    const char* countries[] = {"USA", "RUS", "CHN", "UKR"};
    const char* roots[] = {"01", "04", "05", "11", "14", "17", "19", "20"};
    std::vector<Document> docs;
    for (int i = 0; i < n; ++i) {
      // 2023-11-20 .. 2024-03-10 (crosses a year end and 2024-02-29); one in 15 undated.
      std::string date;
      if (pick(15)) {
        int64_t d0 = 0;
        store::parse_day("2023-11-20", d0);
        date = store::format_day(d0 + pick(112));
      }
      std::string id = "a" + std::to_string(i);
      DocBuilder b(id, "https://example.org/" + id, date, "Report " + id);
      uint32_t t = b.sentence("Envoys of X met envoys of Y about grain talks in story " + id + " .");
      std::string src = countries[pick(4)], tgt = countries[pick(4)];
      int sm = b.mention(t + 2, t + 3, src + "GOV", src, {"GOV"});
      int tm = b.mention(t + 6, t + 7, tgt + "GOV", tgt, {"GOV"});
      int events = 1 + pick(2);
      for (int k = 0; k < events; ++k) {
        std::string root = roots[pick(8)];
        int quad = 1 + pick(4);
        double g = (pick(200) - 100) / 10.0;
        bool no_target = pick(6) == 0;
        b.event(1, sm, no_target ? -1 : tm, root + "0", quad, g, date, static_cast<int>(t + 3));
        truth_.push_back({src, no_target ? "" : tgt, date, root, quad, g});
      }
      docs.push_back(b.doc());
      if (docs.size() == 37 || i + 1 == n) {
        std::vector<const Document*> p;
        for (const auto& d : docs) p.push_back(&d);
        s.ingest(p, StoreProvenance{"0.test", "m", "l"});
        docs.clear();
      }
    }
  }

  static bool in_range(const std::string& date, const std::string& from, const std::string& to) {
    if (from.empty() && to.empty()) return true;
    if (date.empty()) return false;
    return (from.empty() || date >= from) && (to.empty() || date <= to);
  }

  fs::path dir_;
  std::string path_;
  std::vector<Truth> truth_;
};

// Date ranges that exercise every way a range is split: open ends, one day,
// whole months, a month less a few days, ragged ends on both sides.
std::vector<std::pair<std::string, std::string>> ranges() {
  return {{"", ""},
          {"2024-01-01", ""},
          {"", "2023-12-31"},
          {"2024-02-29", "2024-02-29"},
          {"2024-02-01", "2024-02-29"},
          {"2024-02-01", "2024-02-28"},
          {"2024-02-02", "2024-02-29"},
          {"2023-12-01", "2024-01-31"},
          {"2023-11-25", "2024-03-03"},
          {"2023-12-30", "2024-01-02"},
          {"2023-12-05", "2023-12-20"},
          {"2024-03-11", "2024-04-30"},
          {"1999-01-01", "2099-12-31"}};
}

TEST_F(AggregatesTest, DyadsCountsAndSeriesEqualBruteForce) {
  auto s = Store::open(path_);
  fill(*s, 400, 7);
  ASSERT_EQ(s->counts().events, static_cast<int64_t>(truth_.size()));

  for (const auto& [from, to] : ranges()) {
    SCOPED_TRACE(from + ".." + to);
    for (bool undirected : {false, true}) {
      // Dyads: brute force over the events with both sides.
      std::map<std::pair<std::string, std::string>, DyadCount> want;
      for (const Truth& t : truth_) {
        if (t.tgt.empty() || !in_range(t.date, from, to)) continue;
        auto key = undirected && t.tgt < t.src ? std::make_pair(t.tgt, t.src) : std::make_pair(t.src, t.tgt);
        DyadCount& d = want[key];
        ++d.events;
        ++d.by_quad[t.quad - 1];
        d.goldstein_total += t.goldstein;
        if (!t.date.empty() && (d.first_date.empty() || t.date < d.first_date)) d.first_date = t.date;
        if (t.date > d.last_date) d.last_date = t.date;
      }
      DyadFilter f;
      f.from = from;
      f.to = to;
      f.undirected = undirected;
      f.limit = 1000;
      Page<DyadCount> got = s->dyads(f);
      ASSERT_EQ(got.total, static_cast<int64_t>(want.size()));
      ASSERT_EQ(got.rows.size(), want.size());
      for (size_t i = 0; i < got.rows.size(); ++i) {
        const DyadCount& g = got.rows[i];
        SCOPED_TRACE(g.source + "-" + g.target + (undirected ? " undirected" : ""));
        auto it = want.find({g.source, g.target});
        ASSERT_NE(it, want.end());
        EXPECT_EQ(g.events, it->second.events);
        EXPECT_EQ(g.by_quad, it->second.by_quad);
        EXPECT_NEAR(g.goldstein_total, it->second.goldstein_total, 1e-6);
        EXPECT_EQ(g.first_date, it->second.first_date);
        EXPECT_EQ(g.last_date, it->second.last_date);
        if (i > 0) EXPECT_GE(got.rows[i - 1].events, g.events);  // most events first
      }

      // Event totals for a dyad, one side, a quad class and a root.
      for (int variant = 0; variant < 4; ++variant) {
        EventFilter ef;
        ef.from = from;
        ef.to = to;
        ef.undirected = undirected;
        ef.source = "USA";
        if (variant != 1) ef.target = "RUS";
        if (variant == 2) ef.quad = 4;
        if (variant == 3) ef.root = "19";
        int64_t n = 0;
        for (const Truth& t : truth_) {
          bool fwd = t.src == "USA" && (ef.target.empty() || t.tgt == "RUS");
          bool back = undirected && (ef.target.empty() ? t.tgt == "USA" : (t.src == "RUS" && t.tgt == "USA"));
          if (!(fwd || back) || !in_range(t.date, from, to)) continue;
          if (ef.quad && t.quad != ef.quad) continue;
          if (!ef.root.empty() && t.root != ef.root) continue;
          ++n;
        }
        ef.limit = 1;
        Page<StoredEvent> page = s->events(ef);
        EXPECT_EQ(page.total, n) << "variant " << variant;
        EXPECT_TRUE(page.total_exact);
      }
    }

    // A weekly series of USA->RUS.
    SeriesQuery q;
    q.source = "USA";
    q.target = "RUS";
    q.period = Period::kWeek;
    q.from = from;
    q.to = to;
    std::map<std::string, std::pair<int64_t, double>> weeks;
    std::map<std::string, std::map<std::string, int64_t>> week_roots;
    for (const Truth& t : truth_) {
      if (t.src != "USA" || t.tgt != "RUS" || t.date.empty() || !in_range(t.date, from, to)) continue;
      std::string w = period_start(t.date, Period::kWeek);
      ++weeks[w].first;
      weeks[w].second += t.goldstein;
      ++week_roots[w][t.root];
    }
    for (const SeriesPoint& p : s->series(q)) {
      auto it = weeks.find(p.period);
      int64_t n = it == weeks.end() ? 0 : it->second.first;
      EXPECT_EQ(p.events, n) << p.period;
      if (n) {
        EXPECT_NEAR(p.goldstein_total, it->second.second, 1e-6) << p.period;
        EXPECT_EQ(p.by_root, week_roots[p.period]) << p.period;
      }
    }
  }
}

TEST_F(AggregatesTest, DedupEventsCountGroupsAnchoredInThePeriod) {
  auto s = Store::open(path_);
  fill(*s, 150, 11);
  for (const auto& [from, to] : ranges()) {
    DyadFilter f;
    f.from = from;
    f.to = to;
    f.limit = 1000;
    for (const DyadCount& d : s->dyads(f).rows) {
      EventFilter ef;
      ef.source = d.source;
      ef.target = d.target;
      ef.from = from;
      ef.to = to;
      EXPECT_EQ(d.dedup_events, s->dedup_events(ef).total) << d.source << "-" << d.target << " " << from << ".."
                                                           << to;
    }
  }
}

TEST_F(AggregatesTest, VersionOneStoreIsUpgradedWhenOpenedForWriting) {
  DyadFilter f;
  f.limit = 1000;
  f.from = "2023-12-10";
  f.to = "2024-02-20";
  Page<DyadCount> before;
  {
    auto s = Store::open(path_);
    fill(*s, 120, 3);
    before = s->dyads(f);
  }
  {
    // Turn the file back into what version 1 wrote.
    store::Db db(path_, false);
    for (const char* sql :
         {"DROP TABLE dyad_days", "DROP TABLE dyad_months", "DROP TABLE events_fts", "DROP INDEX events_source",
          "DROP INDEX events_target", "ALTER TABLE events DROP COLUMN date_source",
          "ALTER TABLE events DROP COLUMN date_text", "ALTER TABLE mentions DROP COLUMN basis",
          "ALTER TABLE mentions DROP COLUMN confidence", "ALTER TABLE events DROP COLUMN plover_mode",
          "ALTER TABLE events DROP COLUMN place", "ALTER TABLE events DROP COLUMN place_country",
          "UPDATE meta SET value = '1' WHERE key = 'schema_version'"})
      db.exec(sql);
  }
  try {
    Store::open(path_, /*readonly=*/true);
    FAIL() << "a version-1 store opened read-only";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("open it once for writing"), std::string::npos) << e.what();
  }
  auto s = Store::open(path_);  // upgrades
  Page<DyadCount> after = s->dyads(f);
  ASSERT_EQ(after.rows.size(), before.rows.size());
  for (size_t i = 0; i < after.rows.size(); ++i) {
    EXPECT_EQ(after.rows[i].source, before.rows[i].source);
    EXPECT_EQ(after.rows[i].target, before.rows[i].target);
    EXPECT_EQ(after.rows[i].events, before.rows[i].events);
    EXPECT_EQ(after.rows[i].dedup_events, before.rows[i].dedup_events);
    EXPECT_EQ(after.rows[i].by_quad, before.rows[i].by_quad);
  }
  EventFilter text;
  text.text = "grain";
  EXPECT_GT(s->events(text).rows.size(), 0u);  // the sentence index was built
}

TEST_F(AggregatesTest, PloverModeIsStoredAndAVersionTwoStoreGainsTheColumn) {
  auto put = [&](Store& s, const std::string& id, const std::string& mode) {
    DocBuilder b(id, "https://example.org/" + id, "2024-05-01", "Report " + id);
    uint32_t t = b.sentence("Washington visited Moscow .");
    int sm = b.mention(t, t + 1, "USAGOV", "USA", {"GOV"});
    int tm = b.mention(t + 2, t + 3, "RUSGOV", "RUS", {"GOV"});
    b.event(1, sm, tm, "042", 1, 1.9, "", static_cast<int>(t + 1));
    Document d = b.doc();
    d.events.back().plover_mode = mode;
    s.ingest(d, StoreProvenance{});
  };
  {
    auto s = Store::open(path_);
    put(*s, "a1", "visit");
    auto rows = s->events(EventFilter{}).rows;
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].plover_mode, "visit");
  }
  {
    // Turn the file back into what version 2 wrote.
    store::Db db(path_, false);
    for (const char* sql : {"ALTER TABLE events DROP COLUMN plover_mode", "ALTER TABLE events DROP COLUMN place",
                            "ALTER TABLE events DROP COLUMN place_country",
                            "UPDATE meta SET value = '2' WHERE key = 'schema_version'"})
      db.exec(sql);
  }
  try {
    Store::open(path_, /*readonly=*/true);
    FAIL() << "a version-2 store opened read-only";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 2 is older"), std::string::npos) << e.what();
  }
  auto s = Store::open(path_);  // upgrades
  put(*s, "a2", "visit");
  auto rows = s->events(EventFilter{}).rows;
  ASSERT_EQ(rows.size(), 2u);
  std::multiset<std::string> got{rows[0].plover_mode, rows[1].plover_mode};
  EXPECT_EQ(got, (std::multiset<std::string>{"", "visit"}));  // the old row has none
}

// Schema 4 stores each event's place; a version-3 store gains the columns
// when opened for writing, its old rows without a place.
TEST_F(AggregatesTest, PlaceIsStoredAndAVersionThreeStoreGainsTheColumns) {
  auto put = [&](Store& s, const std::string& id) {
    DocBuilder b(id, "https://example.org/" + id, "2024-05-01", "Report " + id);
    uint32_t t = b.sentence("Washington met Moscow in Quito .");
    int sm = b.mention(t, t + 1, "USAGOV", "USA", {"GOV"});
    int tm = b.mention(t + 2, t + 3, "RUSGOV", "RUS", {"GOV"});
    b.event(1, sm, tm, "044", 1, 2.5, "", static_cast<int>(t + 1));
    Document d = b.doc();
    d.events.back().place_begin = static_cast<int32_t>(t + 4);
    d.events.back().place_end = static_cast<int32_t>(t + 5);
    d.events.back().place_country = "ECU";
    s.ingest(d, StoreProvenance{});
  };
  {
    auto s = Store::open(path_);
    put(*s, "a1");
    auto rows = s->events(EventFilter{}).rows;
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].place, "Quito");
    EXPECT_EQ(rows[0].place_country, "ECU");
  }
  {
    store::Db db(path_, false);
    for (const char* sql : {"ALTER TABLE events DROP COLUMN place", "ALTER TABLE events DROP COLUMN place_country",
                            "UPDATE meta SET value = '3' WHERE key = 'schema_version'"})
      db.exec(sql);
  }
  auto s = Store::open(path_);  // upgrades
  put(*s, "a2");
  auto rows = s->events(EventFilter{}).rows;
  ASSERT_EQ(rows.size(), 2u);
  std::multiset<std::string> got{rows[0].place, rows[1].place};
  EXPECT_EQ(got, (std::multiset<std::string>{"", "Quito"}));  // the old row has none
}

TEST_F(AggregatesTest, TextFilterMatchesWordsAndPrefixesOnly) {
  auto s = Store::open(path_);
  auto put = [&](const std::string& id, const std::string& sentence) {
    DocBuilder b(id, "https://example.org/" + id, "2024-05-0" + id.substr(1), "Report " + id);
    uint32_t t = b.sentence(sentence);
    int sm = b.mention(t, t + 1, "USAGOV", "USA", {"GOV"});
    int tm = b.mention(t + 2, t + 3, "RUSGOV", "RUS", {"GOV"});
    b.event(1, sm, tm, "111", 3, -2.0, "", static_cast<int>(t + 1));
    s->ingest(b.doc(), StoreProvenance{});
  };
  put("a1", "Washington criticised Moscow over the grain embargo .");
  put("a2", "Washington criticised Moscow over Kyiv's café talks .");
  put("a3", "Washington criticised Moscow over embargoes and sanctions .");
  auto hits = [&](const std::string& q) {
    EventFilter f;
    f.text = q;
    return s->events(f).rows.size();
  };
  EXPECT_EQ(hits("embargo"), 2u);          // a prefix of "embargoes" too
  EXPECT_EQ(hits("EMBARGO grain"), 1u);    // every word, any case
  EXPECT_EQ(hits("cafe"), 1u);             // accents folded
  EXPECT_EQ(hits("bargo"), 0u);            // not inside words
  EXPECT_EQ(hits("?!"), 0u);               // no words: nothing
  EXPECT_EQ(hits("grain\"*)"), 1u);         // FTS syntax is read as words, never as operators
  EXPECT_EQ(hits("embargo OR sanctions"), 0u);  // "or" is a word here, and no sentence has it
  EventFilter f;
  f.text = "Washington";
  f.limit = 2;
  Page<StoredEvent> page = s->events(f);
  EXPECT_EQ(page.rows.size(), 2u);
  EXPECT_FALSE(page.total_exact);  // text searches are not counted past the page
  EXPECT_EQ(page.total, 3);
}

}  // namespace
}  // namespace dyad
