// WordClasses: reading WordNet's index/data files (an invented miniature
// written here, with real byte offsets) into first-sense noun/verb classes.
#include "syntax/word_classes.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fake_wordnet.h"

namespace dyad {
namespace {

TEST(WordClasses, FirstSenseClassOfNounsAndVerbs) {
  const std::string dir = testing_support::write_fake_wordnet("wc-first");
  const WordClasses wc = WordClasses::from_wordnet(dir);
  // "monday": noun.time (28) -> 29.
  EXPECT_EQ(wc.noun(WordClasses::key_of("monday")), 29);
  EXPECT_EQ(wc.noun(WordClasses::key_of("Monday")), 29);  // lowercased
  // "envoy": first sense noun.person (18), second noun.communication (10).
  EXPECT_EQ(wc.noun(WordClasses::key_of("envoy")), 19);
  // "talk" is a noun (noun.communication, 10) and a verb (verb.communication, 32).
  EXPECT_EQ(wc.noun(WordClasses::key_of("talk")), 11);
  EXPECT_EQ(wc.verb(WordClasses::key_of("talk")), 33);
  EXPECT_EQ(wc.verb(WordClasses::key_of("monday")), 0);
  EXPECT_EQ(wc.noun(WordClasses::key_of("zzyzx")), 0);
  // Multi-word lemmas never match one token and are skipped.
  EXPECT_EQ(wc.size(), 3u);
  // The table survives a trip through its entries (the model file stores them).
  const WordClasses again = WordClasses::from_entries(wc.entries());
  EXPECT_EQ(again.size(), 3u);
  EXPECT_EQ(again.verb(WordClasses::key_of("talk")), 33);
  std::filesystem::remove_all(dir);
}

// A model saved after loading must be the bytes it was loaded from, whatever
// order the table was filled in: entries() lists by key.
TEST(WordClasses, EntriesAreListedByKeyWhateverTheFillOrder) {
  std::vector<WordClasses::Entry> in;
  for (const char* w : {"envoy", "monday", "talk", "summit", "truce", "border", "march"})
    in.push_back({WordClasses::key_of(w), 19, 33});
  const std::vector<WordClasses::Entry> a = WordClasses::from_entries(in).entries();
  std::reverse(in.begin(), in.end());
  const std::vector<WordClasses::Entry> b = WordClasses::from_entries(in).entries();
  ASSERT_EQ(a.size(), in.size());
  ASSERT_EQ(b.size(), in.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].key, b[i].key);
    if (i > 0) EXPECT_LT(a[i - 1].key, a[i].key);
  }
}

TEST(WordClasses, BadFilesAreReportedByName) {
  const std::string dir = testing_support::write_fake_wordnet("wc-bad");
  {
    std::ofstream f(dir + "/index.verb", std::ios::app);
    f << "walk v 1 0 1 0 00099999\n";  // no synset at that offset
  }
  try {
    WordClasses::from_wordnet(dir);
    FAIL() << "a bad offset was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("data.verb"), std::string::npos) << e.what();
  }
  {
    std::ofstream f(dir + "/index.noun", std::ios::app);
    f << "garbage\n";
  }
  try {
    WordClasses::from_wordnet(dir);
    FAIL() << "a malformed index line was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("index.noun:"), std::string::npos) << e.what();
  }
  try {
    WordClasses::from_wordnet(dir + "/nowhere");
    FAIL() << "a missing directory was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("wordnet-base"), std::string::npos) << e.what();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
