// Loaders of TABARI / PETRARCH dictionaries on small dictionaries written for
// these tests: every construct, and malformed lines reported as file:line.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/compat.h"

namespace dyad::compat {
namespace {

bool has_diag(const Diagnostics& d, int line, const std::string& part) {
  for (const auto& x : d)
    if (x.line == line && x.reason.find(part) != std::string::npos) return true;
  return false;
}

std::string diags_str(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d) s += x.str() + "\n";
  return s;
}

// Codes of the phrase at date.
std::vector<std::string> actor_codes(const Dictionaries& d, const std::string& phrase, int date) {
  uint32_t node = d.actors.trie.root();
  for (auto& w : split_phrase(phrase, false)) {
    node = d.actors.trie.step(node, w.text);
    if (node == PhraseTrie::kNone) return {};
  }
  auto it = d.actors.at_node.find(node);
  if (it == d.actors.at_node.end()) return {};
  return d.actors.codes_at(it->second, date);
}

TEST(CompatDates, TwoAndFourDigitYears) {
  EXPECT_EQ(parse_dict_date("20090120"), 20090120);
  EXPECT_EQ(parse_dict_date("090120"), 20090120);
  EXPECT_EQ(parse_dict_date("780101"), 19780101);
  EXPECT_EQ(parse_dict_date("300101"), 20300101);
  EXPECT_EQ(parse_dict_date("310101"), 19310101);
  EXPECT_EQ(parse_dict_date("2009012X"), -1);
  EXPECT_EQ(parse_dict_date("20091320"), -1);
  EXPECT_EQ(parse_dict_date(""), -1);
}

TEST(CompatActors, PetrRecordsSynonymsAndDateRanges) {
  const char* text =
      "# a comment line\n"
      "<!-- an xml comment\n"
      "   spanning lines [NOT] -->\n"
      "FREEDONIA_  [FRD]   # the country\n"
      "+FREEDONIAN_\n"
      "RUFUS_FIREFLY\n"
      "+PRESIDENT_FIREFLY\n"
      "\t[FRDELI 19200101-19330101]\n"
      "\t[FRDGOV >330101]\n"
      "TRENTINO [SYLGOV < 19330601] [SYL]\n"
      "TWIN_STATES [FRD/SYL]\n"
      "AMBROSIA [ABC > 140608]\n"
      "SPACED [DEF 19950601 - 19990815]\n";
  Dictionaries d;
  Diagnostics diags;
  parse_actors(text, "t.actors.txt", d, diags, FormatHint::kPetr2);
  EXPECT_TRUE(diags.empty()) << diags_str(diags);
  EXPECT_EQ(actor_codes(d, "FREEDONIA", 20000101), std::vector<std::string>{"FRD"});
  EXPECT_EQ(actor_codes(d, "FREEDONIAN", 20000101), std::vector<std::string>{"FRD"});
  EXPECT_EQ(actor_codes(d, "PRESIDENT FIREFLY", 19250101), std::vector<std::string>{"FRDELI"});
  EXPECT_EQ(actor_codes(d, "RUFUS FIREFLY", 19400101), std::vector<std::string>{"FRDGOV"});
  // Half-open range: the end day belongs to the next code.
  EXPECT_EQ(actor_codes(d, "RUFUS FIREFLY", 19330101), std::vector<std::string>{"FRDGOV"});
  EXPECT_TRUE(actor_codes(d, "RUFUS FIREFLY", 19100101).empty());
  EXPECT_EQ(actor_codes(d, "TRENTINO", 19300101), std::vector<std::string>{"SYLGOV"});
  EXPECT_EQ(actor_codes(d, "TRENTINO", 19400101), std::vector<std::string>{"SYL"});
  EXPECT_EQ(actor_codes(d, "TWIN STATES", 19400101), std::vector<std::string>{"FRD/SYL"});
  EXPECT_EQ(actor_codes(d, "AMBROSIA", 20140608), std::vector<std::string>{"ABC"});
  EXPECT_TRUE(actor_codes(d, "AMBROSIA", 20140607).empty());
  EXPECT_EQ(actor_codes(d, "SPACED", 19970101), std::vector<std::string>{"DEF"});
  EXPECT_TRUE(actor_codes(d, "NOT", 20000101).empty());  // inside the comment
}

TEST(CompatActors, SamePhraseInTwoRecordsKeepsBoth) {
  Dictionaries d;
  Diagnostics diags;
  parse_actors("GRAUSTARK [GRK <19500101]\nGRAUSTARK [GRKREB]\n", "t.txt", d, diags, FormatHint::kPetr2);
  EXPECT_EQ(actor_codes(d, "GRAUSTARK", 19400101), std::vector<std::string>{"GRK"});
  EXPECT_EQ(actor_codes(d, "GRAUSTARK", 19600101), std::vector<std::string>{"GRKREB"});
}

TEST(CompatActors, MalformedLinesAreReportedAndSkipped) {
  const char* text =
      "+ORPHAN_SYNONYM\n"            // 1: no record yet
      "GOOD_ONE [GD1]\n"             // 2
      "BAD_DATE [BDX <2009ab01]\n"   // 3
      "BARE_DATE [BDY 19990101]\n"   // 4
      "NO_CODE_IN_BLOCK [19990101-20000101]\n"  // 5
      "UNCLOSED [XYZ\n"              // 6
      "GOOD_TWO [GD2]\n"             // 7
      "NOCODE_AT_ALL\n"              // 8
      "GOOD_THREE [GD3]\n";          // 9
  Dictionaries d;
  Diagnostics diags;
  parse_actors(text, "bad.txt", d, diags, FormatHint::kPetr2);
  EXPECT_TRUE(has_diag(diags, 1, "synonym")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 3, "bad date")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 4, "needs <, > or a range")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 5, "no actor code")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 6, "unclosed")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 8, "has no code")) << diags_str(diags);
  for (const auto& x : diags) EXPECT_EQ(x.file, "bad.txt");
  EXPECT_EQ(diags[0].str().substr(0, 10), "bad.txt:1:");
  // Loading went on.
  EXPECT_EQ(actor_codes(d, "GOOD ONE", 20000101), std::vector<std::string>{"GD1"});
  EXPECT_EQ(actor_codes(d, "GOOD TWO", 20000101), std::vector<std::string>{"GD2"});
  EXPECT_EQ(actor_codes(d, "GOOD THREE", 20000101), std::vector<std::string>{"GD3"});
}

TEST(CompatActors, TabariCommentsStemsAndSections) {
  const char* text =
      "<NOUN>\n"
      "HERDERS ;a code-less noun\n"
      "</NOUN>\n"
      "KLOPSTOK [KLP] ;semicolon comment\n"
      "MARSOVIA_ [MRS]\n"
      "#COMMENTED [CMT]\n"
      "HOLY_SEE [###] [VAT >20000101]\n"
      "~FINISH\n"
      "AFTER_FINISH [AFT]\n";
  Dictionaries d;
  Diagnostics diags;
  parse_actors(text, "demo.actors", d, diags);  // flavor from the name
  EXPECT_TRUE(diags.empty()) << diags_str(diags);
  EXPECT_TRUE(d.actors.trie.has_stems());
  // A stem matches any word it begins; MARSOVIA_ is exact.
  uint32_t n = PhraseTrie::kNone;
  d.actors.trie.for_each_step(0, "KLOPSTOKIAN", [&](uint32_t c) { n = c; });
  ASSERT_NE(n, PhraseTrie::kNone);
  n = PhraseTrie::kNone;
  d.actors.trie.for_each_step(0, "MARSOVIAN", [&](uint32_t c) { n = c; });
  EXPECT_EQ(n, PhraseTrie::kNone);
  n = PhraseTrie::kNone;
  d.actors.trie.for_each_step(0, "COMMENTED", [&](uint32_t c) { n = c; });
  EXPECT_EQ(n, PhraseTrie::kNone);
  n = PhraseTrie::kNone;
  d.actors.trie.for_each_step(0, "AFTER", [&](uint32_t c) { n = c; });
  EXPECT_EQ(n, PhraseTrie::kNone);
}

TEST(CompatAgents, PluralsSubstitutionsAndPlacement) {
  const char* text =
      "!WORKER! = CLERK, CLERKS, TYPIST\n"
      "ENVOY [~GOV]\n"
      "DEPUTY {DEPUTIES_X} [~LEG]\n"
      "SECRET_POLICE {} [~SPY]\n"
      "RELIEF_AGENCY [NGO~]\n"
      "BOSS [~BUS]\n"
      "COUNTY!WORKER! [~LOC]\n"
      "NO_BRACKET ~GOV\n"
      "NO_TILDE [GOV]\n"
      "!UNDEFINED!_THING [~XXX]\n";
  Dictionaries d;
  Diagnostics diags;
  parse_agents(text, "a.txt", d, diags, FormatHint::kPetr2);
  auto code = [&](const std::string& phrase) -> std::string {
    uint32_t node = 0;
    for (auto& w : split_phrase(phrase, false)) {
      node = d.agents.trie.step(node, w.text);
      if (node == PhraseTrie::kNone) return "";
    }
    auto it = d.agents.at_node.find(node);
    return it == d.agents.at_node.end() ? "" : d.agents.records[it->second].code;
  };
  EXPECT_EQ(code("ENVOY"), "~GOV");
  EXPECT_EQ(code("ENVOYS"), "~GOV");
  EXPECT_EQ(code("DEPUTIES X"), "~LEG");
  EXPECT_EQ(code("DEPUTYS"), "");
  EXPECT_EQ(code("SECRET POLICE"), "~SPY");
  EXPECT_EQ(code("SECRET POLICES"), "");
  EXPECT_EQ(code("RELIEF AGENCIES"), "NGO~");
  EXPECT_EQ(code("BOSSES"), "~BUS");
  EXPECT_EQ(code("COUNTYCLERK"), "~LOC");
  EXPECT_EQ(code("COUNTYTYPIST"), "~LOC");
  EXPECT_TRUE(has_diag(diags, 8, "without a [CODE]")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 9, "needs '~'")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 10, "undefined substitution")) << diags_str(diags);
}

TEST(CompatDiscardsIssues, StoryAndSentenceLevel) {
  Dictionaries d;
  Diagnostics diags;
  parse_discards("# header\n+CRICKET WORLD CUP  # story\nBOX SCORE\nGOLF_ ;legacy\n+\n", "disc.txt", d, diags);
  EXPECT_EQ(d.discards.entries, 3u);
  EXPECT_TRUE(has_diag(diags, 5, "empty discard")) << diags_str(diags);
  parse_issues(
      "<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\n"
      "n:ballot [VOTING]\n"
      "v:protest[PROTEST]\n"
      "cross+border [BORDER]\n"
      "~not an issue\n"
      "missing code\n"
      "</ISSUE>\n",
      "issues.txt", d, diags);
  EXPECT_EQ(d.issues.entries, 4u);
  EXPECT_TRUE(has_diag(diags, 6, "without [CODE]")) << diags_str(diags);
  auto find = [&](std::vector<std::string> words) -> std::string {
    uint32_t node = 0;
    for (auto& w : words) {
      node = d.issues.trie.step(node, w);
      if (node == PhraseTrie::kNone) return "";
    }
    auto it = d.issues.at_node.find(node);
    return it == d.issues.at_node.end() ? "" : it->second;
  };
  EXPECT_EQ(find({"BALLOTS"}), "VOTING");
  EXPECT_EQ(find({"PROTESTED"}), "PROTEST");
  EXPECT_EQ(find({"CROSS", "BORDER"}), "BORDER");
  EXPECT_EQ(find({"CROSS-BORDER"}), "BORDER");
  EXPECT_EQ(find({"NOT", "AN", "ISSUE"}), "~");
}

TEST(CompatVerbs, Petr2SynsetsBlocksFormsAndPatterns) {
  const char* text =
      "# header\n"
      "####### SYNONYM SETS #######\n"
      "&GRAIN\n"
      "+WHEAT\n"
      "+BARLEY_\n"
      "+RYE_FLOUR\n"
      "####### VERB PATTERNS #######\n"
      "--- SHIP [070] ---\n"
      "SHIP\n"
      "FERRY {FERRIED FERRIES FERRYING} [071]\n"
      "+HAND_OVER {+HANDED_OVER +HANDS_OVER} [072]\n"
      "- * &GRAIN  [073]\n"
      "- * {FRESH WATER} (TO ^) [074:075]\n"
      "- * (ACROSS BORDER)  [:076]  # comment\n"
      "- POLICE *  [077]\n"
      "--- IDLE [---] ---\n"
      "LOITER\n"
      "~ a (a b ATTACK) SAY = a b 015\n";
  Dictionaries d;
  Diagnostics diags;
  parse_verbs(text, "v.txt", d, diags);
  EXPECT_TRUE(diags.empty()) << diags_str(diags);
  const VerbDict& v = d.verbs;
  EXPECT_EQ(v.flavor, Flavor::kPetr2);
  ASSERT_EQ(v.blocks.size(), 2u);
  EXPECT_EQ(v.blocks[0].meaning, "SHIP");
  EXPECT_EQ(v.blocks[0].code, "070");
  EXPECT_EQ(v.blocks[1].code, "");
  std::vector<uint32_t> ids;
  for (const char* f : {"SHIP", "SHIPS", "SHIPPED", "SHIPPING", "FERRIED", "HANDED", "LOITERED"}) {
    v.lookup(f, ids);
    // SHIPPED/SHIPPING: the regular rules double no consonant (as PETRARCH).
    if (std::string(f) == "SHIPPED" || std::string(f) == "SHIPPING") EXPECT_TRUE(ids.empty()) << f;
    else EXPECT_FALSE(ids.empty()) << f;
  }
  v.lookup("FERRYS", ids);
  EXPECT_TRUE(ids.empty());  // listed forms replace generated ones
  v.lookup("HANDED", ids);
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(v.entries[ids[0]].after, std::vector<std::string>{"OVER"});
  EXPECT_EQ(v.entries[ids[0]].code, "072");
  ASSERT_EQ(v.patterns.size(), 4u);
  // Synset members with plurals; BARLEY_ and the phrase without.
  uint32_t grain = v.synset_index.at("&GRAIN");
  EXPECT_TRUE(v.in_synset(grain, "WHEATS"));
  EXPECT_FALSE(v.in_synset(grain, "BARLEYS"));
  const VerbPatternC& p2 = v.patterns[1];
  EXPECT_FALSE(p2.linear);
  ASSERT_EQ(p2.tree.post_nouns.size(), 1u);
  EXPECT_EQ(p2.tree.post_nouns[0].head, "WATER");
  EXPECT_EQ(p2.tree.post_nouns[0].mods, std::vector<std::string>{"FRESH"});
  ASSERT_EQ(p2.tree.post_preps.size(), 1u);
  EXPECT_EQ(p2.tree.post_preps[0].prep, "TO");
  EXPECT_TRUE(p2.tree.post_preps[0].obj.any);
  EXPECT_TRUE(p2.paired);
  EXPECT_EQ(p2.active, "074");
  EXPECT_EQ(p2.passive, "075");
  EXPECT_EQ(v.patterns[2].active, "");
  EXPECT_EQ(v.patterns[2].passive, "076");
  EXPECT_EQ(v.patterns[3].tree.pre_nouns.size(), 1u);
  EXPECT_EQ(v.transformations.size(), 1u);
  // The more specific pattern is tried first.
  EXPECT_EQ(v.blocks[0].patterns[0], 1u);
}

TEST(CompatVerbs, Petr2MalformedLines) {
  const char* text =
      "&EARLY\n"
      "+ONE\n"
      "LOOSE_VERB\n"                       // 3: before the marker
      "####### VERB PATTERNS #######\n"
      "- * ORPHAN [010]\n"                 // 5: no block
      "--- NOCODE ---\n"                   // 6
      "--- FINE [020] ---\n"
      "FINE\n"
      "- * NOSTAR_CODE\n"                  // 9: no code
      "- NOSTAR [030]\n"                   // 10
      "- * (UNCLOSED [040]\n"              // 11
      "- * * [050]\n"                      // 12
      "- * &UNDEFINED [060]\n"             // 13: warned, kept
      "- * FINE_ONE [07 0]\n"              // 14: bad code
      "- * GOOD [070]\n";
  Dictionaries d;
  Diagnostics diags;
  parse_verbs(text, "bad.verbs.txt", d, diags, FormatHint::kPetr2);
  EXPECT_TRUE(has_diag(diags, 3, "before the VERB PATTERNS")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 5, "outside a verb block")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 6, "block header")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 9, "without [CODE]")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 10, "without '*'")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 11, "unclosed")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 12, "two '*'")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 13, "undefined synset")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 14, "bad event code")) << diags_str(diags);
  // Loading went on: FINE has the two good patterns (GOOD, &UNDEFINED).
  ASSERT_EQ(d.verbs.blocks.size(), 1u);
  EXPECT_EQ(d.verbs.blocks[0].patterns.size(), 2u);
}

TEST(CompatVerbs, LinearPetr1Patterns) {
  const char* text =
      "<!-- header -->\n"
      "&HUE\n"
      "+CRIMSON\n"
      "+SKY BLUE\n"
      "\n"
      "--- PAINT [050] ---\n"
      "PAINT {PAINTED PAINTS}\n"
      "+TOUCH_UP [051]\n"
      "- $ * + RED  [052]\n"
      "- + WAS_ * BY $  [053:054]\n"
      "- % * &HUE [055]\n"
      "- ALMOST_* ^ + [056?]\n"
      "- * WALL_AND_FLOOR [057!]\n"
      "- * {A | B} [058]\n";
  Dictionaries d;
  Diagnostics diags;
  parse_verbs(text, "PETR.Test.verbs.txt", d, diags);
  EXPECT_EQ(d.verbs.flavor, Flavor::kPetr1);
  // PETRARCH-1 skips {a | b} lines.
  EXPECT_TRUE(has_diag(diags, 14, "TABARI-only")) << diags_str(diags);
  ASSERT_EQ(d.verbs.patterns.size(), 5u);
  const auto& p1 = d.verbs.patterns[0].lin;
  ASSERT_EQ(p1.before.size(), 1u);
  EXPECT_EQ(p1.before[0].kind, LinElem::kSource);
  ASSERT_EQ(p1.after.size(), 2u);
  EXPECT_EQ(p1.after[0].kind, LinElem::kTarget);
  EXPECT_EQ(p1.after[1].word, "RED");
  const auto& p2 = d.verbs.patterns[1].lin;
  ASSERT_EQ(p2.before.size(), 2u);
  EXPECT_EQ(p2.before[1].word, "WAS");
  EXPECT_TRUE(p2.before_glued);
  EXPECT_TRUE(d.verbs.patterns[1].paired);
  EXPECT_EQ(d.verbs.patterns[2].lin.before[0].kind, LinElem::kCompound);
  EXPECT_EQ(d.verbs.patterns[2].lin.after[0].kind, LinElem::kSynset);
  EXPECT_TRUE(d.verbs.patterns[3].subordinate);
  EXPECT_EQ(d.verbs.patterns[3].lin.after[0].kind, LinElem::kSkip);
  EXPECT_TRUE(d.verbs.patterns[4].dominant);
  EXPECT_TRUE(d.verbs.patterns[4].lin.after[1].glued);
  EXPECT_TRUE(d.verbs.patterns[4].lin.after[2].glued);
  std::vector<uint32_t> ids;
  d.verbs.lookup("TOUCH", ids);
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(d.verbs.entries[ids[0]].after, std::vector<std::string>{"UP"});
  uint32_t hue = d.verbs.synset_index.at("&HUE");
  EXPECT_EQ(d.verbs.synsets[hue].members.size(), 3u);  // CRIMSON, CRIMSONS, SKY BLUE
}

TEST(CompatVerbs, TabariRootsStemsAlternativesAndSections) {
  const char* text =
      "<SYNSETS>\n"
      "&METAL\n"
      "+IRON\n"
      "+TIN_\n"
      "</SYNSETS>\n"
      "<TIME>\n"
      "LAST_WEEK [-7]\n"
      "</TIME>\n"
      "MELT  [070] ;comment\n"
      "- * &METAL [071]\n"
      "- * { GOLD_ | SILVER } COINS [072]\n"
      "FORGE_ [080]\n"
      "{ FORGED_ FORGING_ }\n"
      "- IN_* [081]\n"
      "- *_OUT [082]\n"
      "- NEAR~ THE * [083]\n"
      "~FINISH\n"
      "AFTERWARDS [999]\n";
  Dictionaries d;
  Diagnostics diags;
  parse_verbs(text, "demo.verbs", d, diags);
  EXPECT_TRUE(diags.empty()) << diags_str(diags);
  EXPECT_EQ(d.verbs.flavor, Flavor::kTabari);
  ASSERT_EQ(d.verbs.blocks.size(), 2u);
  std::vector<uint32_t> ids;
  d.verbs.lookup("MELTDOWN", ids);  // a stem
  EXPECT_EQ(ids.size(), 1u);
  d.verbs.lookup("FORGERY", ids);   // FORGE_ is exact
  EXPECT_TRUE(ids.empty());
  d.verbs.lookup("FORGED", ids);
  EXPECT_EQ(ids.size(), 1u);
  d.verbs.lookup("AFTERWARDS", ids);
  EXPECT_TRUE(ids.empty());
  const auto& alt = d.verbs.patterns[1].lin.after[0];
  EXPECT_EQ(alt.kind, LinElem::kAlt);
  EXPECT_EQ(alt.alts.size(), 2u);
  EXPECT_TRUE(d.verbs.patterns[2].lin.before_glued);
  EXPECT_TRUE(d.verbs.patterns[3].lin.after_glued);
  const auto& tilde = d.verbs.patterns[4].lin.before;
  ASSERT_EQ(tilde.size(), 2u);
  EXPECT_TRUE(tilde[0].stem);
  EXPECT_TRUE(tilde[1].glued);
}

TEST(CompatPico, HexExpressions) {
  Dictionaries d;
  Diagnostics diags;
  parse_pico("# c\n010:0x1000#Statement\n122:-0xFFFF+0x2040+0x300\n033:0x3040\nbad line\n044:0xZZ\n", "pico.txt", d,
             diags);
  EXPECT_EQ(d.pico.to_hex.at("010"), 0x1000);
  EXPECT_EQ(d.pico.to_hex.at("122"), -0xFFFF + 0x2040 + 0x300);
  EXPECT_EQ(d.pico.from_hex.at(0x3040), "033");
  EXPECT_EQ(d.pico.from_hex.at(0x30a0), "138");
  EXPECT_TRUE(has_diag(diags, 5, "CODE:HEXEXPR")) << diags_str(diags);
  EXPECT_TRUE(has_diag(diags, 6, "bad hex")) << diags_str(diags);
}

TEST(CompatLoad, UnreadableFileIsReported) {
  Dictionaries d;
  Diagnostics diags;
  EXPECT_FALSE(load_actors("/nonexistent/dir/x.txt", d, diags));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_NE(diags[0].reason.find("cannot read"), std::string::npos);
}

TEST(CompatLoad, CrlfLatin1AndControlBytes) {
  std::string with_nul("CAF\xC9_ROYAL [CFR]\r\nZED\x1a [ZED]\r\nNULL_ [NLL]\r\n");
  Dictionaries d;
  Diagnostics diags;
  parse_actors(with_nul, "latin.txt", d, diags, FormatHint::kPetr2);
  EXPECT_TRUE(diags.empty()) << diags_str(diags);
  EXPECT_EQ(actor_codes(d, "CAF\xC9 ROYAL", 20000101), std::vector<std::string>{"CFR"});
  EXPECT_EQ(actor_codes(d, "NULL", 20000101), std::vector<std::string>{"NLL"});
}

}  // namespace
}  // namespace dyad::compat

namespace dyad::compat {
namespace {

TEST(CompatVerbs, HeaderWithCodeGluedToDashesAndDefaultAfterRestrictions) {
  Dictionaries d;
  Diagnostics diags;
  parse_verbs("####### VERB PATTERNS #######\n---  SHOUT   [110]---  ---\nSHOUT\n- * LOUDLY [111]\n", "v.txt", d, diags);
  EXPECT_TRUE(diags.empty()) << (diags.empty() ? "" : diags[0].str());
  ASSERT_EQ(d.verbs.blocks.size(), 1u);
  EXPECT_EQ(d.verbs.blocks[0].code, "110");
  EXPECT_EQ(d.verbs.blocks[0].patterns.size(), 1u);
  // An unrestricted code on the primary line is the default, used only when
  // no restriction holds (TABARI manual; the PETRARCH DATE unit tests).
  parse_actors("SAMWISE [HOB]\n\t[HOBCIV <20080120]\n\t[HOBMIL 20080120-20121109]\n", "a.txt", d, diags,
               FormatHint::kPetr2);
  uint32_t node = d.actors.trie.step(0, "SAMWISE");
  ASSERT_NE(node, PhraseTrie::kNone);
  const auto& recs = d.actors.at_node.at(node);
  EXPECT_EQ(d.actors.codes_at(recs, 20000101), std::vector<std::string>{"HOBCIV"});
  EXPECT_EQ(d.actors.codes_at(recs, 20100101), std::vector<std::string>{"HOBMIL"});
  EXPECT_EQ(d.actors.codes_at(recs, 20150101), std::vector<std::string>{"HOB"});
  EXPECT_EQ(d.actors.codes_at(recs, 0), std::vector<std::string>{"HOB"});
}

}  // namespace
}  // namespace dyad::compat
