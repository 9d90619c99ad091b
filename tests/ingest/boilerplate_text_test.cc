// Plain-text boilerplate removal, byline and dateline metadata, and the cue file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dyad/ingest.h"

namespace dyad {
namespace {

TEST(BoilerplateText, FurnitureDroppedProseKept) {
  IngestOptions opt;
  Document d = parse_text_document(
      "Ministers agree grain corridor extension\n\n"
      "By Priya Raman and Ole Sand\n\n"
      "ODESSA, Aug. 2 (Wire) - Ministers agreed on Tuesday to extend the grain corridor by 120 days.\n\n"
      "Share this article\n\nRelated coverage: Freight rates fall\n\n"
      "The extension covers three ports and was brokered by the regional council.\n\n"
      "Advertisement\n\nSign up for our morning newsletter\n\nMore from Europe\n\n"
      "This site uses cookies to give you the best experience.\n\n"
      "(Photo by K. Berg/Getty Images)\n\nComments\n\n"
      "Officials said inspections would continue at sea.\n",
      opt);
  EXPECT_EQ(d.byline, "Priya Raman and Ole Sand");
  EXPECT_EQ(d.dateline, "ODESSA");
  std::vector<std::string> paras;
  for (const auto& p : d.paragraphs) paras.emplace_back(d.span_text(p.begin, p.end));
  ASSERT_EQ(paras.size(), 5u) << d.text;
  EXPECT_EQ(paras[1], "ODESSA, Aug. 2 (Wire) -");
  EXPECT_EQ(paras[2].substr(0, 16), "Ministers agreed");
  EXPECT_EQ(paras[3].substr(0, 13), "The extension");
  EXPECT_EQ(paras[4], "Officials said inspections would continue at sea.");
}

TEST(BoilerplateText, ProseThatMentionsCuesIsKept) {
  // Cue words inside real sentences do not make a line furniture.
  EXPECT_FALSE(is_boilerplate("The minister said readers could subscribe to the view that talks had failed, "
                              "but the cabinet shared none of it and related the delay to the budget."));
  EXPECT_FALSE(is_boilerplate("Advertisers pulled out of the broadcaster after the ruling."));
  EXPECT_FALSE(is_boilerplate("Comments by the envoy angered the delegation."));
  EXPECT_TRUE(is_boilerplate("Read more \xC2\xBB"));
  EXPECT_TRUE(is_boilerplate("ADVERTISEMENT"));
  EXPECT_TRUE(is_boilerplate("Photo: Reuters"));
}

TEST(BoilerplateText, DatelineWithFullMonthName) {
  IngestOptions opt;
  Document d = make_article("Head", "MOSCOW, April 14 (Reuters) - Officials said talks would resume.", opt);
  EXPECT_EQ(d.dateline, "MOSCOW");
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_EQ(d.span_text(d.paragraphs[1].begin, d.paragraphs[1].end), "MOSCOW, April 14 (Reuters) -");
  d = make_article("Head", "NATO allies said on Monday - in a statement - that drills would go on.", opt);
  EXPECT_EQ(d.dateline, "");
}

TEST(BoilerplateText, BylineNames) {
  EXPECT_EQ(byline_names("By Jane Doe"), "Jane Doe");
  EXPECT_EQ(byline_names("by JANE DOE, Staff Writer"), "JANE DOE, Staff Writer");
  EXPECT_EQ(byline_names("By the end of the week the troops had gone home."), "");
  EXPECT_EQ(byline_names("Byzantine walls were damaged."), "");
  EXPECT_EQ(byline_names("By and large, talks went well."), "");
}

TEST(BoilerplateText, CueFileErrorsNameFileAndLine) {
  auto path = std::filesystem::temp_directory_path() / ("dyad_cues_" + std::to_string(::getpid()) + ".txt");
  {
    std::ofstream(path) << "# ok\nprefix\tread also\n\nbogus\tthing\n";
  }
  try {
    load_boilerplate_cues(path.string());
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path.string() + ":4: unknown kind 'bogus'"), std::string::npos) << e.what();
  }
  {
    std::ofstream(path) << "prefix read also\n";
  }
  EXPECT_THROW(load_boilerplate_cues(path.string()), std::runtime_error);
  {
    std::ofstream(path) << "line\tShare\nshort\tnewsletter\n";
  }
  auto cues = load_boilerplate_cues(path.string());
  ASSERT_EQ(cues.size(), 2u);
  EXPECT_TRUE(matches_boilerplate_cues("share:", cues));
  EXPECT_FALSE(matches_boilerplate_cues("Shares fell sharply.", cues));
  EXPECT_TRUE(matches_boilerplate_cues("Get the Daily Brief newsletter", cues));
  EXPECT_FALSE(matches_boilerplate_cues(
      "The newsletter, which the ministry has published every week since the war began, was suspended today.", cues));
  std::filesystem::remove(path);
}

TEST(BoilerplateText, ShippedCueFileLoads) {
  auto cues = load_boilerplate_cues(std::string(DYAD_SOURCE_DIR) + "/data/ingest/boilerplate.txt");
  EXPECT_GT(cues.size(), 50u);
}

}  // namespace
}  // namespace dyad
