// `dyad ingest`, `dyad query`, `dyad export` as a user runs them: the real
// binary, real files, and a kill -9 in the middle of an ingest.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "dyad/store.h"
#include "cli_fixture.h"
#include "store/doc_builder.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
using testing_store::simple_article;

using RunResult = cli_test::CliResult;
using cli_test::slurp;

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> v;
  std::istringstream in(s);
  std::string l;
  while (std::getline(in, l))
    if (!l.empty()) v.push_back(l);
  return v;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> v;
  size_t b = 0;
  while (true) {
    size_t e = s.find(sep, b);
    v.push_back(s.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return v;
}

// A synthetic news article in JSONL: distinct text, URL and id per n, a few
// plainly codable sentences. Written here; nothing from ../shared.
std::string synthetic_article(int n) {
  static const char* kSrc[] = {"Russian", "Chinese", "French", "Turkish", "Iranian"};
  static const char* kTgt[] = {"Ukrainian", "Japanese", "German", "Greek", "Iraqi"};
  static const char* kVerb[] = {"met", "criticized", "praised", "accused", "visited"};
  const char* s = kSrc[n % 5];
  const char* t = kTgt[(n / 5) % 5];
  const char* v = kVerb[(n / 25) % 5];
  std::ostringstream text;
  text << "The " << s << " foreign minister " << v << " " << t << " officials on Monday in talks number " << n
       << ". Officials said the meeting lasted " << (n % 7 + 1) << " hours. The " << t
       << " government thanked the " << s << " delegation for visit " << n << ".";
  nlohmann::json j = {{"id", "syn-" + std::to_string(n)},
                      {"url", "https://synthetic" + std::to_string(n % 3) + ".example/story/" + std::to_string(n)},
                      {"title", std::string(s) + " minister " + v + " " + t + " officials, report " +
                                    std::to_string(n)},
                      {"published", "2024-0" + std::to_string(1 + n % 6) + "-1" + std::to_string(n % 9)},
                      {"text", text.str()}};
  return j.dump() + "\n";
}

class StoreCli : public cli_test::CliTest {
 protected:
  std::string path(const std::string& name) { return (dir_ / name).string(); }

  RunResult run(const std::string& args) { return cli_test::run_dyad(dir_, args, "/dev/null", 600); }

  // A store made by the library from hand-made documents (no models needed).
  std::string hand_made_store() {
    std::string db = path("hand.db");
    auto s = Store::open(db);
    std::vector<Document> docs = {
        simple_article("a", "https://one.example/a", "2024-03-04", "USA", "RUS", "036"),
        simple_article("b", "https://two.example/b", "2024-03-05", "USA", "RUS", "036"),
        simple_article("c", "https://two.example/c", "2024-03-13", "USA", "RUS", "190", 4, -10.0),
        simple_article("d", "https://one.example/d", "2024-03-20", "RUS", "USA", "112", 3, -2.0),
        simple_article("e", "", "2024-03-06", "FRA", "DEU", "042"),
    };
    std::vector<const Document*> p;
    for (auto& d : docs) p.push_back(&d);
    s->ingest(p, StoreProvenance{"0.test", "m", "l"});
    return db;
  }

  static int64_t scalar(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    int64_t v = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
      sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return v;
  }
};

TEST_F(StoreCli, QueryWeeklySeriesAsCsvAndJson) {
  std::string db = hand_made_store();
  RunResult r = run("query --db '" + db + "' --dyad USA-RUS --by week --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> l = lines(r.out);
  ASSERT_EQ(l.size(), 3u) << r.out;  // header + weeks of 4 and 11 March
  std::vector<std::string> head = split(l[0], ',');
  EXPECT_EQ(head[0], "period");
  EXPECT_EQ(head.size(), 10u + 20u);
  std::vector<std::string> w1 = split(l[1], ',');
  ASSERT_EQ(w1.size(), head.size());
  EXPECT_EQ(w1[0], "2024-03-04");
  EXPECT_EQ(w1[1], "2");  // events
  EXPECT_EQ(w1[2], "2");  // q1
  std::vector<std::string> w2 = split(l[2], ',');
  EXPECT_EQ(w2[0], "2024-03-11");
  EXPECT_EQ(w2[5], "1");  // q4
  EXPECT_EQ(w2[6], "-10.0");

  r = run("query --db '" + db + "' --dyad USA-RUS --by week --undirected --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["series"].size(), 3u);
  EXPECT_EQ(j["series"][2]["period"], "2024-03-18");
  EXPECT_EQ(j["series"][2]["events"], 1);
  EXPECT_EQ(j["series"][2]["roots"]["11"], 1);
  EXPECT_EQ(j["period"], "week");

  r = run("query --db '" + db + "' --dyad USA-RUS --by month --from 2024-03-10 --to 2024-03-31 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["series"].size(), 1u);
  EXPECT_EQ(j["series"][0]["events"], 1);

  // Without --dyad: the dyad list.
  r = run("query --db '" + db + "' --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  l = lines(r.out);
  ASSERT_EQ(l.size(), 4u);
  EXPECT_EQ(l[1].substr(0, 10), "USA,RUS,3,");

  r = run("query --db '" + db + "' --dyad USARUS");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("SOURCE-TARGET"), std::string::npos) << r.err;
  r = run("query --db '" + db + "' --dyad USA-RUS --from 2024/03/01");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos) << r.err;
}

TEST_F(StoreCli, ExportFormatsHaveTheirColumns) {
  std::string db = hand_made_store();
  RunResult r = run("export --db '" + db + "' --format gdelt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> l = lines(r.out);
  ASSERT_EQ(l.size(), 4u);  // 5 events, a and b one deduplicated event
  for (const auto& row : l) EXPECT_EQ(split(row, '\t').size(), 61u) << row;
  std::vector<std::string> first = split(l[0], '\t');
  EXPECT_EQ(first[1], "20240304");     // SQLDATE
  EXPECT_EQ(first[2], "202403");       // MonthYear
  EXPECT_EQ(first[5], "USAGOV");       // Actor1Code
  EXPECT_EQ(first[7], "USA");          // Actor1CountryCode
  EXPECT_EQ(first[12], "GOV");         // Actor1Type1Code
  EXPECT_EQ(first[15], "RUSGOV");      // Actor2Code
  EXPECT_EQ(first[26], "036");         // EventCode
  EXPECT_EQ(first[29], "1");           // QuadClass
  EXPECT_EQ(first[31], "2");           // NumMentions
  EXPECT_EQ(first[32], "2");           // NumSources
  EXPECT_EQ(first[33], "2");           // NumArticles
  EXPECT_EQ(first[59].size(), 14u);    // DATEADDED YYYYMMDDHHMMSS
  EXPECT_EQ(first[60], "https://one.example/a");

  r = run("export --db '" + db + "' --format gdelt --header --from 2024-03-10");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  l = lines(r.out);
  ASSERT_EQ(l.size(), 3u);
  std::vector<std::string> names = split(l[0], '\t');
  ASSERT_EQ(names.size(), 61u);
  EXPECT_EQ(names[0], "GLOBALEVENTID");
  EXPECT_EQ(names[60], "SOURCEURL");

  r = run("export --db '" + db + "' --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  l = lines(r.out);
  ASSERT_EQ(l.size(), 6u);
  size_t cols = split(l[0], ',').size();
  for (const auto& row : l) EXPECT_EQ(split(row, ',').size(), cols) << row;  // no commas in these fields

  r = run("export --db '" + db + "' --format jsonl --to 2024-03-05");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  l = lines(r.out);
  ASSERT_EQ(l.size(), 2u);
  nlohmann::json e = nlohmann::json::parse(l[0]);
  EXPECT_EQ(e["cameo"], "036");
  EXPECT_EQ(e["source"]["code"], "USAGOV");
  EXPECT_TRUE(e["evidence"]["spans"]["verb"].is_array());
  EXPECT_EQ(e["dedup_id"], 1);
}

TEST_F(StoreCli, BadDatabaseGivesClearErrorAndNonZeroExit) {
  RunResult r = run("query --db '" + path("nope/none.db") + "' --dyad USA-RUS");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("none.db"), std::string::npos) << r.err;
  std::string junk = path("junk.db");
  {
    std::ofstream out(junk);
    for (int i = 0; i < 300; ++i) out << "garbage, not SQLite\n";
  }
  r = run("export --db '" + junk + "' --format csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("junk.db"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not a database"), std::string::npos) << r.err;
  std::string in = path("one.jsonl");
  std::ofstream(in) << synthetic_article(1);
  r = run("ingest --db '" + path("missing/dir/x.db") + "' '" + in + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("x.db"), std::string::npos) << r.err;
  r = run("ingest --db '" + junk + "' '" + in + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("not a database"), std::string::npos) << r.err;
}

TEST_F(StoreCli, IngestStoresCodedArticlesOnceAndMatchesCode) {
  std::string in = path("in.jsonl");
  {
    std::ofstream out(in);
    for (int i = 0; i < 12; ++i) out << synthetic_article(i);
  }
  std::string db = path("e.db");
  RunResult r = run("ingest --db '" + db + "' --threads 2 '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM articles"), 12);
  int64_t events = scalar(db, "SELECT count(*) FROM events");
  // The same events as `dyad code` writes for the same input.
  RunResult code = run("code --threads 2 '" + in + "'");
  ASSERT_EQ(code.exit_code, 0) << code.err;
  EXPECT_EQ(events, static_cast<int64_t>(lines(code.out).size()));
  EXPECT_GT(events, 0);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM sentences"), 12 * 4);  // headline + 3 sentences
  EXPECT_GT(scalar(db, "SELECT count(*) FROM mentions"), 12);
  EXPECT_EQ(scalar(db, "SELECT sum(num_mentions) FROM dedup_events"),
            scalar(db, "SELECT count(*) FROM events WHERE dedup_id IS NOT NULL"));

  // Again: nothing changes.
  int64_t groups = scalar(db, "SELECT count(*) FROM dedup_events");
  r = run("ingest --db '" + db + "' '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 articles stored, 12 already stored"), std::string::npos) << r.err;
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM articles"), 12);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM events"), events);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM dedup_events"), groups);
}

// kill -9 in the middle of an ingest: the file stays valid, holds whole
// batches only, and a second run stores exactly the rest.
TEST_F(StoreCli, KillNineLosesNoCommittedBatch) {
  const int kArticles = 1500, kBatch = 10;
  std::string in = path("big.jsonl");
  {
    std::ofstream out(in);
    for (int i = 0; i < kArticles; ++i) out << synthetic_article(i);
  }
  std::string db = path("k.db");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    setenv("DYAD_DATA", DYAD_SOURCE_DIR, 1);
    std::string err = path("kill.err");
    freopen(err.c_str(), "w", stderr);
    freopen("/dev/null", "w", stdout);
    execl(DYAD_CLI_PATH, "dyad", "ingest", "--db", db.c_str(), "--threads", "2", "--batch",
          std::to_string(kBatch).c_str(), in.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait for a few committed batches, then kill without warning.
  int64_t seen = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  int status = 0;
  bool exited = false;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    if (fs::exists(db)) seen = scalar(db, "SELECT count(*) FROM articles");
    if (seen >= 3 * kBatch) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_FALSE(exited) << "ingest finished before it could be killed; make the input bigger. stderr: "
                       << slurp(path("kill.err"));
  ASSERT_GE(seen, 3 * kBatch) << "no progress in time: " << slurp(path("kill.err"));
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status));

  int64_t stored = 0;
  {
    auto s = Store::open(db);  // reopened read-write, as the next run will
    EXPECT_EQ(s->integrity_check(), "ok");
    stored = s->counts().articles;
  }
  std::printf("kill -9 after %lld stored articles (seen %lld) of %d\n", static_cast<long long>(stored),
              static_cast<long long>(seen), kArticles);
  EXPECT_GE(stored, seen);
  EXPECT_LT(stored, kArticles) << "killed too late to prove anything";
  EXPECT_EQ(stored % kBatch, 0) << "a partial batch was committed";
  // Stored in input order: exactly the first `stored` articles.
  EXPECT_EQ(scalar(db, "SELECT max(CAST(substr(doc_id, 5) AS INTEGER)) FROM articles"), stored - 1);
  // Every event belongs to a stored article; groups agree with their events.
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"), 0);
  EXPECT_EQ(scalar(db, "SELECT coalesce(sum(num_mentions), 0) FROM dedup_events"),
            scalar(db, "SELECT count(*) FROM events WHERE dedup_id IS NOT NULL"));
  // The aggregates were committed with their events: the all-time rows, the
  // months and the days each add up to the events table.
  const int64_t n_events = scalar(db, "SELECT count(*) FROM events");
  EXPECT_EQ(scalar(db, "SELECT coalesce(sum(events), 0) FROM dyad_months WHERE month = '*'"), n_events);
  EXPECT_EQ(scalar(db, "SELECT coalesce(sum(events), 0) FROM dyad_months WHERE month <> '*'"), n_events);
  EXPECT_EQ(scalar(db, "SELECT coalesce(sum(events), 0) FROM dyad_days"), n_events);
  EXPECT_EQ(scalar(db, "SELECT coalesce(sum(anchored), 0) FROM dyad_days"),
            scalar(db, "SELECT count(*) FROM dedup_events"));

  RunResult r = run("ingest --db '" + db + "' --threads 2 '" + in + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(std::to_string(kArticles - stored) + " articles stored, " + std::to_string(stored) +
                       " already stored"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM articles"), kArticles);
  EXPECT_EQ(scalar(db, "SELECT count(DISTINCT doc_id) FROM articles"), kArticles);
  RunResult check = run("export --db '" + db + "' --format csv");
  EXPECT_EQ(check.exit_code, 0) << check.err;
}

}  // namespace
}  // namespace dyad
