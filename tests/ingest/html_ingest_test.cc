// HTML ingest: charsets, invalid bytes, the source map, boilerplate removal,
// metadata, broken and empty pages. Pages are written here for the test.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/html.h"
#include "dyad/ingest.h"

namespace dyad {
namespace {

std::string paragraph(const Document& d, size_t i) {
  return std::string(d.span_text(d.paragraphs[i].begin, d.paragraphs[i].end));
}

// An article page with the usual furniture around four paragraphs.
std::string news_page(const std::string& extra_head = "") {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + extra_head +
         "<title>Harbour talks stall over fishing quotas | The Coastal Ledger</title>"
         "<meta property=\"og:title\" content=\"Harbour talks stall over fishing quotas\">"
         "<meta property=\"article:published_time\" content=\"2031-03-07T09:15:00Z\">"
         "<meta name=\"author\" content=\"Mara Okonkwo\">"
         "<link rel=\"canonical\" href=\"https://ledger.example/2031/03/07/harbour-talks\">"
         "<script>var tracking = '<p>not text</p>';</script><style>p{color:red}</style></head><body>"
         "<div class=\"cookie-banner\">We use cookies to improve your experience. <a href=\"/privacy\">Accept</a></div>"
         "<nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
         "<li><a href=\"/sport\">Sport</a></li></ul></nav>"
         "<header><h1>Harbour talks stall over fishing quotas</h1></header>"
         "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
         "<article class=\"story-body\">"
         "<p>The fisheries ministers of Norland and Vestria ended two days of talks in Port Alder on Friday "
         "without agreeing on next year's quotas, officials from both delegations said.</p>"
         "<p>Norland wants the cod quota cut by a fifth, arguing that stocks in the northern grounds have "
         "fallen for three years in a row; Vestria says its coastal towns cannot absorb the loss.</p>"
         "<div class=\"ad-slot\">Advertisement</div>"
         "<p>&quot;We came to close a deal, and we will come back to close it,&quot; the Vestrian minister "
         "told reporters, adding that a new round was planned for April &amp; May.</p>"
         "<p>The two countries share the fishing grounds under a treaty signed in 1988, which requires a "
         "joint quota to be set before the first of January.</p>"
         "</article>"
         "<div class=\"related-articles\"><h3>Related</h3><ul>"
         "<li><a href=\"/a\">Port Alder dockworkers strike for a second week</a></li>"
         "<li><a href=\"/b\">Vestria names new fisheries chief</a></li>"
         "<li><a href=\"/c\">Cod prices climb at northern auctions</a></li></ul></div>"
         "<div id=\"comments\"><h3>Leave a Reply</h3><form><textarea name=\"c\"></textarea>"
         "<input type=\"submit\" value=\"Post Comment\"></form></div>"
         "<footer><p>Copyright 2031 The Coastal Ledger. All rights reserved.</p></footer>"
         "</body></html>";
}

TEST(HtmlIngest, ArticleWithoutFurniture) {
  IngestOptions opt;
  Document d = parse_html_document(news_page(), opt);
  EXPECT_EQ(d.title, "Harbour talks stall over fishing quotas");
  EXPECT_EQ(d.date, "2031-03-07");
  EXPECT_EQ(d.byline, "Mara Okonkwo");
  EXPECT_EQ(d.url, "https://ledger.example/2031/03/07/harbour-talks");
  ASSERT_EQ(d.paragraphs.size(), 5u);
  EXPECT_TRUE(d.paragraphs[0].is_headline);
  EXPECT_EQ(paragraph(d, 1).substr(0, 38), "The fisheries ministers of Norland and");
  EXPECT_EQ(paragraph(d, 3).substr(0, 30), "\"We came to close a deal, and ");
  EXPECT_NE(paragraph(d, 3).find("April & May."), std::string::npos);
  for (const char* junk : {"cookies", "Home", "Share on", "Tweet", "Advertisement", "dockworkers", "Leave a",
                           "Copyright", "not text", "color:red", "Post Comment"})
    EXPECT_EQ(d.text.find(junk), std::string::npos) << junk;
  std::string body = article_body(d);
  EXPECT_EQ(body.find("Harbour talks stall"), std::string::npos);  // headline is not body
  EXPECT_NE(body.find("joint quota"), std::string::npos);
}

TEST(HtmlIngest, SourceMapPointsBackIntoTheInput) {
  std::string page = news_page();
  Document d = parse_html_document(page, {});
  ASSERT_FALSE(d.source_map.empty());
  uint32_t last_end = 0;
  size_t verbatim = 0, with_entities = 0;
  for (const SourceSpan& s : d.source_map) {
    ASSERT_LE(s.text_end, d.text.size());
    ASSERT_LE(s.source_end, page.size());
    ASSERT_LE(s.source_begin, s.source_end);
    EXPECT_GE(s.text_begin, last_end);  // sorted, non-overlapping
    last_end = s.text_end;
    std::string text = d.text.substr(s.text_begin, s.text_end - s.text_begin);
    std::string src = page.substr(s.source_begin, s.source_end - s.source_begin);
    if (src.find('&') == std::string::npos) {
      EXPECT_EQ(src, text);
      ++verbatim;
    } else {
      EXPECT_NE(src.find("&quot;"), std::string::npos);
      ++with_entities;
    }
  }
  EXPECT_GE(verbatim, 3u);
  EXPECT_EQ(with_entities, 1u);
  // Every body paragraph is covered by the map.
  for (size_t i = 1; i < d.paragraphs.size(); ++i) {
    bool covered = false;
    for (const SourceSpan& s : d.source_map)
      covered = covered || (s.text_begin <= d.paragraphs[i].begin && s.text_end > d.paragraphs[i].begin);
    EXPECT_TRUE(covered) << i;
  }
}

TEST(HtmlIngest, DeclaredLegacyCharsetIsConverted) {
  // "Prague" and a Czech sentence in windows-1250; Cyrillic in windows-1251.
  std::string cp1251 =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
      "<title>News</title></head><body><article><p>\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 "
      "\xEF\xF0\xE8\xE1\xFB\xEB \xE2 \xCC\xEE\xF1\xEA\xE2\xF3 in the morning, officials said on Monday "
      "after the talks.</p></article></body></html>";
  HtmlReport report;
  Document d = parse_html_document(cp1251, {}, &report);
  EXPECT_EQ(report.charset, "windows-1251");
  EXPECT_EQ(report.invalid_bytes, 0u);
  EXPECT_NE(d.text.find("\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82"),  // Президент
            std::string::npos);
  // The map still points at the right input bytes after conversion.
  const SourceSpan& s = d.source_map.front();
  EXPECT_EQ(cp1251.substr(s.source_begin, 4), "\xCF\xF0\xE5\xE7");

  // Latin-1 label means windows-1252 (curly quote at 0x93).
  std::string latin1 = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>The caf\xE9 owner said "
                       "\x93no\x94 to the mayor's plan, neighbours reported on Tuesday evening.</p></body></html>";
  d = parse_html_document(latin1, {}, &report);
  EXPECT_EQ(report.charset, "windows-1252");
  EXPECT_NE(d.text.find("caf\xC3\xA9 owner said \xE2\x80\x9Cno\xE2\x80\x9D"), std::string::npos);
}

TEST(HtmlIngest, BomAndSniffing) {
  EXPECT_EQ(sniff_charset("\xEF\xBB\xBF<html>"), "utf-8");
  EXPECT_EQ(sniff_charset("\xFF\xFE<\0h\0"), "utf-16le");
  EXPECT_EQ(sniff_charset("<meta charset='KOI8-R'>"), "koi8-r");
  EXPECT_EQ(sniff_charset("<?xml version=\"1.0\" encoding=\"windows-1250\"?><html>"), "windows-1250");
  EXPECT_EQ(sniff_charset("<html><p>no declaration</p>"), "");
  // UTF-16LE with BOM.
  std::string ascii = "<html><body><p>Envoys met in Geneva on Monday to discuss the ceasefire, diplomats said.</p></body></html>";
  std::string u16 = "\xFF\xFE";
  for (char c : ascii) {
    u16 += c;
    u16 += '\0';
  }
  HtmlReport report;
  Document d = parse_html_document(u16, {}, &report);
  EXPECT_EQ(report.charset, "utf-16le");
  EXPECT_NE(d.text.find("Envoys met in Geneva"), std::string::npos);
  EXPECT_EQ(u16.substr(d.source_map.front().source_begin, 4), std::string("E\0n\0", 4));
}

TEST(HtmlIngest, InvalidBytesAreAWarningNotAnError) {
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body><p>Troops left the town of "
                     "Kor\xFFvik on Sunday, the defence ministry said in a statement \xE2\x82.</p></body></html>";
  HtmlReport report;
  Document d = parse_html_document(page, {}, &report);
  EXPECT_EQ(report.invalid_bytes, 3u);  // \xFF, and the two bytes of the cut sequence
  ASSERT_FALSE(report.warnings.empty());
  EXPECT_NE(report.warnings[0].find("invalid"), std::string::npos);
  EXPECT_NE(d.text.find("Kor\xEF\xBF\xBDvik"), std::string::npos);
  std::string t = d.text;
  EXPECT_EQ(repair_utf8(t), 0u);  // output is valid UTF-8
}

TEST(HtmlIngest, MetadataFromJsonLdAndTime) {
  std::string page =
      "<html><head><title>Dam deal signed - River Post</title>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2029-11-30T08:00:00+01:00\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Ines Carvalho\"}}</script></head><body>"
      "<h1>Dam deal signed</h1><div class=\"content\"><p>Upstream and downstream states signed the dam "
      "agreement on Saturday after a decade of talks, their foreign ministers said.</p>"
      "<p>The deal sets minimum flows for the dry season, a point that had blocked earlier drafts, "
      "and creates a joint commission.</p></div></body></html>";
  Document d = parse_html_document(page, {});
  EXPECT_EQ(d.date, "2029-11-30");
  EXPECT_EQ(d.byline, "Ines Carvalho");
  EXPECT_EQ(d.title, "Dam deal signed");

  std::string with_time =
      "<html><body><article><time datetime=\"2027-06-05\">June 5</time><p>By Tomas Lind</p>"
      "<p>LISBON, June 5 (Wire) - Port workers ended their strike on Thursday after the government "
      "agreed to review pensions, the union said.</p></article></body></html>";
  d = parse_html_document(with_time, {});
  EXPECT_EQ(d.date, "2027-06-05");
  EXPECT_EQ(d.byline, "Tomas Lind");
  EXPECT_EQ(d.dateline, "LISBON");
  EXPECT_EQ(d.text.find("By Tomas"), std::string::npos);
}

TEST(HtmlIngest, TruncatedAndBrokenPagesDoNotCrash) {
  std::string page = news_page();
  for (size_t cut = 0; cut < page.size(); cut += 41) {
    std::string part = page.substr(0, cut);
    try {
      Document d = parse_html_document(part, {});
      std::string t = d.text;
      EXPECT_EQ(repair_utf8(t), 0u);
    } catch (const std::runtime_error&) {
      // A prefix with no text is an error, never a crash.
    }
  }
  for (std::string broken : {std::string("<div><p>Unclosed <b>bold <i>italic</div></p></b> text after the "
                                         "broken tags stays readable for everyone here."),
                             std::string("<script>never closed ") + std::string(5000, 'x'),
                             std::string("<!-- comment never closed <p>hidden</p>"),
                             std::string(20000, '<') + "p>deep",
                             std::string("<table><tr><td><p>cell</table></td>text")}) {
    try {
      parse_html_document(broken, {});
    } catch (const std::runtime_error&) {
    }
  }
  // Deep nesting: no recursion limit is hit, and time stays linear (gumbo
  // alone is quadratic in nesting depth; 100k levels took minutes).
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += i % 2 ? "<div>" : "<span>";
  deep += "<p>The council voted on Wednesday to expand the tram network, the mayor said.</p>";
  auto t0 = std::chrono::steady_clock::now();
  Document d = parse_html_document(deep, {});
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 20.0);
  EXPECT_NE(d.text.find("tram network"), std::string::npos);
}

TEST(HtmlIngest, EmptyPageIsAClearError) {
  try {
    parse_html_document("", {});
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("empty"), std::string::npos);
  }
  try {
    parse_html_document("<html><head><title></title></head><body><div></div></body></html>", {});
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("no text"), std::string::npos);
  }
}

std::string gzip(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

TEST(HtmlIngest, GzipRoundTripAndCorruption) {
  std::string page = news_page();
  std::string gz = gzip(page), out, error;
  ASSERT_TRUE(is_gzip(gz));
  ASSERT_TRUE(gunzip(gz, &out, &error)) << error;
  EXPECT_EQ(out, page);
  EXPECT_FALSE(gunzip(gz.substr(0, gz.size() / 2), &out, &error));
  EXPECT_NE(error.find("truncated"), std::string::npos);
  EXPECT_FALSE(gunzip(gz, &out, &error, 100));  // output bound
}

class HtmlFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dyad_html_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& body) {
    auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << body;
    return p.string();
  }
  std::filesystem::path dir_;
};

TEST_F(HtmlFiles, ReadInputDetectsHtmlByExtensionContentAndGzip) {
  std::string page = news_page();
  std::vector<std::string> inputs = {write("a.html", page), write("b.txt", page), write("c.html.gz", gzip(page)),
                                     write("d", gzip(page))};
  for (const auto& f : inputs) {
    std::vector<Document> docs;
    std::vector<IngestIssue> issues;
    size_t n = read_input(f, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
                          [&](const IngestIssue& i) { issues.push_back(i); });
    ASSERT_EQ(n, 1u) << f;
    EXPECT_EQ(docs[0].title, "Harbour talks stall over fishing quotas") << f;
    EXPECT_EQ(docs[0].date, "2031-03-07") << f;
    EXPECT_TRUE(issues.empty()) << f;
  }
}

TEST_F(HtmlFiles, EmptyAndCorruptFilesAreNamedErrors) {
  std::vector<IngestIssue> issues;
  auto on_issue = [&](const IngestIssue& i) { issues.push_back(i); };
  std::string empty = write("empty.html", "  \n");
  EXPECT_EQ(read_input(empty, {}, [](Document&&) {}, on_issue), 0u);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].input, empty);
  EXPECT_EQ(issues[0].severity, IngestIssue::Severity::kError);
  EXPECT_NE(issues[0].message.find("empty HTML page"), std::string::npos);

  issues.clear();
  std::string gz = gzip(news_page());
  std::string bad = write("bad.html.gz", gz.substr(0, gz.size() / 3));
  EXPECT_EQ(read_input(bad, {}, [](Document&&) {}, on_issue), 0u);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("gzip"), std::string::npos);
}

TEST(HtmlIngest, LooksLikeHtml) {
  EXPECT_TRUE(looks_like_html("<!DOCTYPE html><html>"));
  EXPECT_TRUE(looks_like_html("\n  <html lang=\"en\">"));
  EXPECT_TRUE(looks_like_html("<div class=x><p>One</p><p>Two</p></div>"));
  EXPECT_FALSE(looks_like_html("Headline\n\nThe minister said <b> is a tag."));
  EXPECT_FALSE(looks_like_html("{\"title\": \"x\"}"));
}

}  // namespace
}  // namespace dyad
