// The HTTP API end to end: a fixture store, a real Server on a free loopback
// port, cpp-httplib as the client. Status codes, validation, JSON shapes,
// evidence spans, paging, and the embedded dashboard.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "dyad/server.h"
#include "dyad/store.h"
#include "server/server_fixture.h"
#include "server/web_assets.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::code_points;
using testing::to_utf8;

class ServerApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = (std::filesystem::temp_directory_path() / ("dyad_server_test_" + std::to_string(getpid()) + ".db")).string();
    testing::write_fixture_store(db_);
    ServerOptions o;
    o.db_path = db_;
    o.port = 0;
    o.threads = 4;
    server_ = new Server(o);
    thread_ = new std::thread([] { server_->run(); });
    for (int i = 0; i < 500 && !server_->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_TRUE(server_->is_running());
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    std::filesystem::remove(db_);
    std::filesystem::remove(db_ + "-wal");
    std::filesystem::remove(db_ + "-shm");
  }

  struct Reply {
    int status = 0;
    std::string content_type;
    std::string body;
    json j;
  };

  static Reply get(const std::string& target) {
    httplib::Client cli("127.0.0.1", server_->port());
    cli.set_tcp_nodelay(true);
    auto res = cli.Get(target.c_str());
    Reply r;
    if (!res) {
      ADD_FAILURE() << "no response for " << target;
      return r;
    }
    r.status = res->status;
    r.content_type = res->get_header_value("Content-Type");
    r.body = res->body;
    if (r.content_type.rfind("application/json", 0) == 0) r.j = json::parse(r.body);
    return r;
  }

  // A 400 whose JSON error names `word`.
  static void expect_400(const std::string& target, const std::string& word) {
    Reply r = get(target);
    EXPECT_EQ(r.status, 400) << target << " -> " << r.body;
    ASSERT_TRUE(r.j.is_object()) << target;
    ASSERT_TRUE(r.j.contains("error")) << target;
    EXPECT_NE(r.j["error"].get<std::string>().find(word), std::string::npos) << target << " -> " << r.body;
  }

  static std::string db_;
  static Server* server_;
  static std::thread* thread_;
};

std::string ServerApiTest::db_;
Server* ServerApiTest::server_ = nullptr;
std::thread* ServerApiTest::thread_ = nullptr;

TEST_F(ServerApiTest, StatsCountTheStore) {
  Reply r = get("/api/stats");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(r.j["articles"], 3);
  EXPECT_EQ(r.j["events"], 6);
  EXPECT_EQ(r.j["first_date"], "2024-03-04");
  EXPECT_EQ(r.j["last_date"], "2024-04-02");
}

TEST_F(ServerApiTest, EventsHaveTheRecordShape) {
  Reply r = get("/api/events?limit=500");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.j["total"], 6);
  ASSERT_EQ(r.j["events"].size(), 6u);
  EXPECT_TRUE(r.j["next_cursor"].is_null());
  for (const auto& e : r.j["events"]) {
    EXPECT_TRUE(e["id"].is_number_integer());
    EXPECT_TRUE(e["article_id"].is_number_integer());
    EXPECT_TRUE(e["cameo"].is_string()) << "codes are strings";
    EXPECT_TRUE(e["root"].is_string());
    EXPECT_TRUE(e["goldstein"].is_number());
    EXPECT_GE(e["quad"].get<int>(), 1);
    EXPECT_LE(e["quad"].get<int>(), 4);
    EXPECT_TRUE(e["source"].is_object());
    EXPECT_TRUE(e["evidence"]["spans"].contains("verb"));
    EXPECT_TRUE(e["evidence"]["rule"].is_string());
  }
}

TEST_F(ServerApiTest, EventFiltersNarrowTheResult) {
  Reply r = get("/api/events?dyad=TUR-GRC");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.j["total"], 1);
  EXPECT_EQ(r.j["events"][0]["cameo"], "036");

  r = get("/api/events?source=tur");  // case folded
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.j["total"], 2);

  r = get("/api/events?quad=4");
  EXPECT_EQ(r.j["total"], 3);
  r = get("/api/events?root=19");
  ASSERT_EQ(r.j["total"], 1);
  EXPECT_EQ(r.j["events"][0]["source"]["code"], "RUSMIL");
  r = get("/api/events?from=2024-03-05&to=2024-03-31");
  EXPECT_EQ(r.j["total"], 2);
  r = get("/api/events?q=FRIGATES");
  ASSERT_EQ(r.j["total"], 1);
  EXPECT_EQ(r.j["events"][0]["cameo"], "152");
  r = get("/api/events?source=USAGOV&level=actor");
  EXPECT_EQ(r.j["total"], 0);
  r = get("/api/events?source=US&level=actor");
  EXPECT_EQ(r.j["total"], 1);
  // Newest first unless asked otherwise.
  r = get("/api/events?limit=1");
  EXPECT_EQ(r.j["events"][0]["date"], "2024-04-02");
  r = get("/api/events?limit=1&order=oldest");
  EXPECT_EQ(r.j["events"][0]["date"], "2024-03-04");
}

TEST_F(ServerApiTest, CursorPagingVisitsEveryEventOnce) {
  std::set<int64_t> seen;
  std::string target = "/api/events?limit=2";
  int pages = 0;
  while (true) {
    Reply r = get(target);
    ASSERT_EQ(r.status, 200) << r.body;
    for (const auto& e : r.j["events"]) EXPECT_TRUE(seen.insert(e["id"].get<int64_t>()).second);
    ++pages;
    if (r.j["next_cursor"].is_null()) break;
    target = "/api/events?limit=2&cursor=" + r.j["next_cursor"].get<std::string>();
    ASSERT_LT(pages, 10);
  }
  EXPECT_EQ(seen.size(), 6u);
  EXPECT_EQ(pages, 3);
}

TEST_F(ServerApiTest, BadParametersAre400WithAReason) {
  expect_400("/api/events?from=2024-02-30", "from");
  expect_400("/api/events?from=yesterday", "from");
  expect_400("/api/events?to=2024-13-01", "to");
  expect_400("/api/events?from=2024-05-01&to=2024-04-01", "after");
  expect_400("/api/events?limit=100000", "limit");
  expect_400("/api/events?limit=0", "limit");
  expect_400("/api/events?limit=99999999999999999999999", "limit");
  expect_400("/api/events?limit=ten", "limit");
  expect_400("/api/events?offset=-1", "offset");
  expect_400("/api/events?offset=1000000000", "offset");
  expect_400("/api/events?cursor=zzz", "cursor");
  expect_400("/api/events?quad=5", "quad");
  expect_400("/api/events?root=21", "root");
  expect_400("/api/events?dyad=USA", "dyad");
  expect_400("/api/events?dyad=USA-RUS&source=USA", "dyad");
  expect_400("/api/events?soruce=USA", "soruce");
  expect_400("/api/events?source=USA&source=RUS", "more than once");
  expect_400("/api/events?q=" + std::string(300, 'x'), "q");
  expect_400("/api/events?q=%FF%FE", "UTF-8");
  expect_400("/api/events?q=a%00b", "control");
  expect_400("/api/events?modality=maybe", "modality");
  expect_400("/api/events?order=random", "order");
  expect_400("/api/series", "dyad");
  expect_400("/api/series?dyad=USA-RUS&by=year", "by");
  expect_400("/api/dyads?limit=501", "limit");
  expect_400("/api/actors?limit=1000", "limit");
  expect_400("/api/network?from=2024-1-1", "from");
  expect_400("/api/articles/abc", "article id");
  expect_400("/api/articles/0", "article id");
  expect_400("/api/articles/99999999999999999999", "article id");
}

TEST_F(ServerApiTest, InjectionStringsAreDataNotSql) {
  // Actor codes are restricted to letters and digits: rejected outright.
  expect_400("/api/events?source=USA%27%20OR%201%3D1%20--", "source");
  expect_400("/api/events?dyad=USA-RUS%27%3B%20DROP%20TABLE%20events%3B%20--", "dyad");
  // Free text reaches SQLite as a bound parameter: it matches nothing.
  for (const char* q : {"%27%3B%20DROP%20TABLE%20events%3B%20--", "%25", "_", "%27%20OR%20%271%27%3D%271",
                        "%22%29%20UNION%20SELECT%20*%20FROM%20articles%20--"}) {
    Reply r = get(std::string("/api/events?q=") + q);
    EXPECT_EQ(r.status, 200) << q << " -> " << r.body;
    EXPECT_EQ(r.j["total"], 0) << q;
  }
  Reply r = get("/api/quotes?speaker=%27%20OR%201%3D1%20--");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.j["total"], 0);
  r = get("/api/actors?q=%27%3B%20DELETE%20FROM%20actors%3B%20--");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.j["actors"].size(), 0u);
  // And the store is intact.
  r = get("/api/stats");
  EXPECT_EQ(r.j["events"], 6);
}

TEST_F(ServerApiTest, ArticleEvidenceSpansSliceTheText) {
  Reply list = get("/api/events?dyad=TUR-GRC");
  ASSERT_EQ(list.status, 200);
  int64_t article_id = list.j["events"][0]["article_id"];
  Reply r = get("/api/articles/" + std::to_string(article_id));
  ASSERT_EQ(r.status, 200) << r.body;
  const json& art = r.j["article"];
  EXPECT_EQ(art["title"], "Turkey offers talks to Greece");
  EXPECT_EQ(art["date"], "2024-03-04");
  ASSERT_EQ(r.j["events"].size(), 2u);
  // Offsets are code points: "Erdoğan" has a two-byte letter before the verb,
  // so byte offsets would be off by one here.
  std::u32string text = code_points(art["text"].get<std::string>());
  auto slice = [&](const json& span) {
    return to_utf8(text.substr(span[0].get<size_t>(), span[1].get<size_t>() - span[0].get<size_t>()));
  };
  const json* invite = nullptr;
  for (const auto& e : r.j["events"])
    if (e["cameo"] == "036") invite = &e;
  ASSERT_NE(invite, nullptr);
  EXPECT_EQ(slice((*invite)["evidence"]["spans"]["source"]), "Turkish President Erdoğan");
  EXPECT_EQ(slice((*invite)["evidence"]["spans"]["verb"]), "invited");
  EXPECT_EQ(slice((*invite)["evidence"]["spans"]["target"]), "Greek Prime Minister Mitsotakis");
}

TEST_F(ServerApiTest, ArticleQuotesHaveSpeakers) {
  Reply list = get("/api/events?q=frigates");
  ASSERT_EQ(list.j["total"], 1);
  Reply r = get("/api/articles/" + std::to_string(list.j["events"][0]["article_id"].get<int64_t>()));
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r.j["quotes"].size(), 1u);
  const json& q = r.j["quotes"][0];
  EXPECT_EQ(q["speaker"]["code"], "GRCGOV");
  EXPECT_EQ(q["speaker"]["text"], "Dendias");
  EXPECT_EQ(q["cue"], "told");
  std::u32string text = code_points(r.j["article"]["text"].get<std::string>());
  EXPECT_EQ(to_utf8(text.substr(q["start"].get<size_t>(), q["end"].get<size_t>() - q["start"].get<size_t>())),
            q["text"].get<std::string>());
}

TEST_F(ServerApiTest, MissingArticleIs404) {
  Reply r = get("/api/articles/4242");
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(r.j.contains("error"));
}

TEST_F(ServerApiTest, QuotesBySpeaker) {
  Reply r = get("/api/quotes?speaker=GRC");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.j["total"], 1);
  EXPECT_EQ(r.j["quotes"][0]["title"], "Navies shadow each other in the Aegean");
  r = get("/api/quotes?speaker=USA");
  EXPECT_EQ(r.j["total"], 0);
}

TEST_F(ServerApiTest, DyadsAndSeries) {
  Reply r = get("/api/dyads");
  ASSERT_EQ(r.status, 200) << r.body;
  int64_t sum = 0;
  for (const auto& d : r.j["dyads"]) {
    sum += d["events"].get<int64_t>();
    ASSERT_EQ(d["quad"].size(), 4u);
  }
  // Dyads need both sides: the two one-sided events (no target) are not in any.
  EXPECT_EQ(sum, 4);

  r = get("/api/series?dyad=TUR-GRC&by=day&from=2024-03-01&to=2024-03-07");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.j["dyad"], "TUR-GRC");
  EXPECT_EQ(r.j["by"], "day");
  int64_t events = 0;
  for (const auto& p : r.j["points"]) {
    int64_t q = 0;
    for (const auto& n : p["quad"]) q += n.get<int64_t>();
    EXPECT_EQ(q, p["events"].get<int64_t>()) << p.dump();
    events += p["events"].get<int64_t>();
    if (p["period"] == "2024-03-04") EXPECT_DOUBLE_EQ(p["goldstein_mean"].get<double>(), 4.0);
  }
  EXPECT_EQ(events, 1);
}

TEST_F(ServerApiTest, ActorSearch) {
  Reply r = get("/api/actors?q=grc");
  ASSERT_EQ(r.status, 200) << r.body;
  std::set<std::string> codes;
  for (const auto& a : r.j["actors"]) codes.insert(a["code"]);
  EXPECT_TRUE(codes.count("GRCGOV"));
  EXPECT_FALSE(codes.count("RUSMIL"));
}

TEST_F(ServerApiTest, NetworkOfAPeriod) {
  Reply r = get("/api/network?from=2024-03-01&to=2024-03-31");
  ASSERT_EQ(r.status, 200) << r.body;
  // March: TUR->GRC and GRC->TUR; one-sided events (no target) are not edges.
  ASSERT_EQ(r.j["edges"].size(), 2u);
  std::set<std::string> nodes;
  for (const auto& n : r.j["nodes"]) nodes.insert(n["id"]);
  EXPECT_EQ(nodes, (std::set<std::string>{"GRC", "TUR"}));
  for (const auto& e : r.j["edges"]) {
    EXPECT_EQ(e["weight"], 1);
    EXPECT_TRUE(nodes.count(e["source"].get<std::string>()));
  }
  r = get("/api/network?from=2024-04-01");
  std::set<std::string> april;
  for (const auto& n : r.j["nodes"]) april.insert(n["id"]);
  EXPECT_EQ(april, (std::set<std::string>{"RUS", "UKR", "USA"}));
}

TEST_F(ServerApiTest, UnknownEndpointAndMethods) {
  Reply r = get("/api/nothing");
  EXPECT_EQ(r.status, 404);
  EXPECT_TRUE(r.j.contains("error"));
  httplib::Client cli("127.0.0.1", server_->port());
  auto res = cli.Post("/api/events", "{}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
  res = cli.Delete("/api/articles/1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 405);
}

TEST_F(ServerApiTest, ServesTheEmbeddedDashboard) {
  Reply r = get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_NE(r.body.find("<title>dyad dashboard</title>"), std::string::npos);
  // Every script and stylesheet the page names is served with its type.
  size_t pos = 0;
  int assets = 0;
  while ((pos = r.body.find("./assets/", pos)) != std::string::npos) {
    size_t end = r.body.find('"', pos);
    std::string path = r.body.substr(pos + 1, end - pos - 1);
    Reply a = get(path);
    EXPECT_EQ(a.status, 200) << path;
    EXPECT_TRUE(a.content_type.rfind("text/javascript", 0) == 0 || a.content_type.rfind("text/css", 0) == 0)
        << path << " " << a.content_type;
    ++assets;
    pos = end;
  }
  EXPECT_GE(assets, 2);
  EXPECT_EQ(get("/no-such-file.js").status, 404);
}

TEST_F(ServerApiTest, KeepAliveServesManyRequestsOnOneConnection) {
  httplib::Client cli("127.0.0.1", server_->port());
  cli.set_tcp_nodelay(true);
  cli.set_keep_alive(true);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < 50; ++i) {
    auto res = cli.Get("/api/stats");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
  }
  // With Nagle's delay each request would take ~40 ms (2 s in all).
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 1.5);
}

TEST(ServerWebAssets, EmbeddedCopyMatchesWebDist) {
  // web_assets.cc is generated from web/dist; a rebuild of one without the
  // other would serve a stale dashboard.
  namespace fs = std::filesystem;
  fs::path dist = fs::path(DYAD_SOURCE_DIR) / "web" / "dist";
  ASSERT_TRUE(fs::exists(dist / "index.html"));
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dist))
    if (entry.is_regular_file()) ++files;
  ASSERT_EQ(server::web_assets().size(), files);
  for (const auto& a : server::web_assets()) {
    std::ifstream in(dist / std::string(a.path).substr(1), std::ios::binary);
    ASSERT_TRUE(in) << a.path;
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_EQ(ss.str(), std::string(reinterpret_cast<const char*>(a.data), a.size)) << a.path;
  }
}

TEST(ServerOpen, MissingStoreFailsAtStartNamingTheFile) {
  ServerOptions o;
  o.db_path = "/nonexistent/dir/events.db";
  o.port = 0;
  try {
    Server s(o);
    FAIL() << "opened a missing store";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/dir/events.db"), std::string::npos) << e.what();
  }
}

// The response cache must never serve a reply older than the store: a write
// by another connection (as `dyad ingest` into a served file) is seen at once.
TEST(ServerCache, AWriteToTheStoreIsSeenAtOnce) {
  std::string db =
      (std::filesystem::temp_directory_path() / ("dyad_server_cache_" + std::to_string(getpid()) + ".db")).string();
  testing::write_fixture_store(db);
  ServerOptions o;
  o.db_path = db;
  o.port = 0;
  o.cache_bytes = 1 << 20;
  Server server(o);
  auto stats = [&] { return json::parse(server.handle("/api/stats", {}).body); };
  EXPECT_EQ(stats()["articles"], 3);
  EXPECT_EQ(stats()["articles"], 3);  // served from the cache
  {
    auto writer = Store::open(db, /*readonly=*/false);
    Document doc = testing::make_document(
        "a4", "https://news.example.org/late-4", "2024-04-09", {"Talks resume", "Greece welcomed Turkey to talks."},
        {{1, "Greece", "GRC", "GRC", "welcomed", "Turkey", "TUR", "TUR", "036", "AGREE", 4.0, 1}});
    writer->ingest(doc, StoreProvenance{"test", "m", "l"});
  }
  EXPECT_EQ(stats()["articles"], 4);
  auto ev = json::parse(server.handle("/api/events", {{"dyad", "GRC-TUR"}}).body);
  EXPECT_EQ(ev["total"], 2);
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(db + ext);
}

}  // namespace
}  // namespace dyad
