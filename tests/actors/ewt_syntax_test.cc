// The actor stage on real English with gold dependency trees (UD EWT dev):
// every mention is well formed with and without the syntax layer, and the
// tree only ever adds country information, never removes a mention.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dyad/actors.h"
#include "dyad/conllu.h"

namespace dyad {
namespace {

void check_well_formed(const Document& d) {
  for (size_t i = 0; i < d.mentions.size(); ++i) {
    const ActorMention& m = d.mentions[i];
    ASSERT_LT(m.token_begin, m.token_end);
    ASSERT_LE(m.token_end, d.tokens.size());
    EXPECT_GE(m.head, m.token_begin);
    EXPECT_LT(m.head, m.token_end);
    EXPECT_LT(m.antecedent, static_cast<int32_t>(i));  // links point back
    EXPECT_FALSE(m.actor.code.empty());
    if (i > 0) EXPECT_GE(m.token_begin, d.mentions[i - 1].token_end);  // no overlap, text order
  }
}

TEST(ActorsOnEwt, WellFormedWithAndWithoutTrees) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared absent: " << path;
  auto docs = read_conllu_file(path);
  ActorStage stage(load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"));
  size_t with = 0, without = 0, gained_country = 0, changed = 0;
  for (Document& d : docs) {
    d.date = "2010-06-01";
    Document bare = d;
    bare.syntax.clear();
    stage.run(bare);
    stage.run(d);
    check_well_formed(bare);
    check_well_formed(d);
    ASSERT_EQ(d.mentions.size(), bare.mentions.size()) << d.text;
    for (size_t i = 0; i < d.mentions.size(); ++i) {
      EXPECT_EQ(d.mentions[i].token_begin, bare.mentions[i].token_begin);
      if (bare.mentions[i].actor.country.empty() && !d.mentions[i].actor.country.empty()) ++gained_country;
      if (bare.mentions[i].actor.code != d.mentions[i].actor.code) ++changed;
    }
    with += d.mentions.size();
    without += bare.mentions.size();
  }
  EXPECT_GT(with, 300u);  // EWT dev mentions countries, officials, ... (480 when written)
  RecordProperty("mentions", static_cast<int>(with));
  RecordProperty("gained_country", static_cast<int>(gained_country));
  std::printf("EWT dev: %zu mentions, %zu gained a country from the tree, %zu codes changed\n", with,
              gained_country, changed);
}

}  // namespace
}  // namespace dyad
