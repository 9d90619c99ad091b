// TABARI's special actor codes, names joined by '_' in the text, and OPTION
// records, on dictionaries written for these tests (invented countries).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "dyad/compat.h"

namespace dyad::compat {
namespace {

const char* kActors =
    "FREEDONIA_ [FRD]\n"
    "SYLVANIA_ [SYL]\n"
    "MARSOVIA_ [MRS <19900101] [###]\n"
    "KLOPSTOKIA_ [+++]\n"
    "DUKE GRAND_FENWICK_ [GFW]\n";
const char* kVerbs = "ATTACK  [190]\nWARN  [160]\n- * AT ^ + [162]\n";

std::shared_ptr<Dictionaries> dicts() {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs(kVerbs, "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors(kActors, "t.actors", *d, diags, FormatHint::kTabari);
  EXPECT_TRUE(diags.empty()) << diags[0].str();
  return d;
}

// Words tagged NNP / VBD / IN / DT as given, as a flat Treebank sentence.
CodeResult code(const std::shared_ptr<Dictionaries>& d, const std::vector<std::pair<std::string, std::string>>& words,
                int date = 20000101) {
  std::string p = "(ROOT (S";
  for (const auto& [w, t] : words) p += " (" + t + " " + w + ")";
  p += "))";
  CSentence s;
  EXPECT_EQ(sentence_from_treebank(p, date, s), "");
  return Coder(d).code(s);
}

std::vector<std::string> strs(const CodeResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

TEST(CompatTabariCodes, DiscardAndComplexActorsAnywhereInTheSentence) {
  auto d = dicts();
  // Marsovia is ### from 1990 on: the sentence is discarded even though
  // Marsovia takes no part in the event.
  auto r = code(d, {{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"near", "IN"},
                    {"Marsovia", "NNP"}, {".", "."}});
  EXPECT_EQ(r.discard, 1);
  EXPECT_TRUE(r.events.empty());
  // Before 1990 Marsovia is an actor like any other.
  r = code(d, {{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"near", "IN"}, {"Marsovia", "NNP"},
               {".", "."}},
           19850101);
  EXPECT_EQ(r.discard, 0);
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD SYL 190"});
  r = code(d, {{"Klopstokia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {".", "."}});
  EXPECT_TRUE(r.complex);
  EXPECT_TRUE(r.events.empty());
}

TEST(CompatTabariCodes, UnderscoreJoinedTextWordMatchesThePhrase) {
  auto d = dicts();
  // "Freedonia warned at the Sylvania of the Duke of Grand_Fenwick": `^`
  // passes over Sylvania, `+` is the Duke.
  auto r = code(d, {{"Freedonia", "NNP"}, {"warned", "VBD"}, {"at", "IN"}, {"the", "DT"}, {"Sylvania", "NNP"},
                    {"of", "IN"}, {"the", "DT"}, {"Duke", "NNP"}, {"of", "IN"}, {"Grand_Fenwick", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD GFW 162"});
  // The parts must follow each other: "Grand_Old_Fenwick" is not the phrase.
  r = code(d, {{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"the", "DT"}, {"Duke", "NNP"}, {"of", "IN"},
               {"Grand_Old_Fenwick", "NNP"}, {".", "."}});
  EXPECT_TRUE(strs(r).empty());
}

TEST(CompatTabariCodes, OptionRecordsAreNotCoded) {
  auto d = dicts();
  Suite suite;
  suite.kind = Suite::Kind::kTabari;
  SuiteRecord opt;
  opt.id = "OPT-01";
  opt.text = "Freedonia attacked Sylvania.";
  opt.option_commands = {"SET: CODE BY SENTENCE"};
  SuiteRecord story = opt;
  story.id = "STORY-01";
  story.option_commands.clear();
  story.expected = {{"FRD", "SYL", "190"}};
  suite.records = {opt, story};
  SentenceSource src = [](const SuiteRecord&, std::vector<CSentence>& out) -> std::string {
    CSentence s;
    std::string e = sentence_from_treebank("(ROOT (S (NNP Freedonia) (VBD attacked) (NNP Sylvania) (. .)))", 20000101, s);
    out = {s};
    return e;
  };
  SuiteScore sc = run_suite(suite, d, src);
  ASSERT_EQ(sc.outcomes.size(), 2u);
  EXPECT_TRUE(sc.outcomes[0].got.empty());  // the note is not a story
  EXPECT_TRUE(sc.outcomes[0].passed);
  EXPECT_EQ(sc.outcomes[1].got.size(), 1u);
  EXPECT_TRUE(sc.outcomes[1].passed);
}

TEST(CompatTabariCodes, ForwardGivesAnOpeningPronounThePreviousFirstActor) {
  auto d = dicts();
  Options o;
  ASSERT_TRUE(apply_tabari_option("FORWARD: ^^*****NNN*SSS", o));
  EXPECT_TRUE(o.tabari.forward);
  Coder c(d);
  auto sent = [](const std::string& parse, const std::string& fwd) {
    CSentence s;
    EXPECT_EQ(sentence_from_treebank(parse, 20000101, s), "");
    s.forwarded = fwd;
    return s;
  };
  // "Freedonia attacked Sylvania." then "He warned Sylvania."
  CodeResult a = c.code(sent("(ROOT (S (NNP Freedonia) (VBD attacked) (NNP Sylvania) (. .)))", ""), o);
  EXPECT_EQ(a.first_actor, "FRD");
  CodeResult b = c.code(sent("(ROOT (S (PRP He) (VBD warned) (NNP Sylvania) (. .)))", a.first_actor), o);
  EXPECT_EQ(strs(b), std::vector<std::string>{"FRD SYL 160"});
  // The next sentence forwards this one's first dictionary actor, not the pronoun's.
  EXPECT_EQ(b.first_actor, "SYL");
  // Off: the pronoun is not resolved from outside the sentence.
  ASSERT_TRUE(apply_tabari_option("FORWARD: ^^*****NNN*SSS OFF", o));
  EXPECT_FALSE(o.tabari.forward);
  b = c.code(sent("(ROOT (S (PRP He) (VBD warned) (NNP Sylvania) (. .)))", "FRD"), o);
  auto off = strs(b);
  EXPECT_TRUE(std::find(off.begin(), off.end(), "FRD SYL 160") == off.end());
}

TEST(CompatTabariCodes, RootEndingsAndBareWords) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("DEPART_ [032]\nBAN= [191]\nDEPLORE_ [122]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nGOOSE= [GOO]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto one = [&](const std::string& subj, const std::string& verb) {
    return strs(code(d, {{subj, "NNP"}, {verb, "VBD"}, {"Sylvania", "NNP"}, {".", "."}}));
  };
  // A root takes S, ES, ED, EN and ING, and D after a final E.
  for (const char* v : {"departs", "departes", "departed", "departen", "departing"})
    EXPECT_EQ(one("Freedonia", v), std::vector<std::string>{"FRD SYL 032"}) << v;
  EXPECT_EQ(one("Freedonia", "deplored"), std::vector<std::string>{"FRD SYL 122"});
  for (const char* v : {"departx", "departink"}) EXPECT_TRUE(one("Freedonia", v).empty()) << v;
  // '=': the word exactly, no endings and no plural.
  EXPECT_EQ(one("Goose", "ban"), std::vector<std::string>{"GOO SYL 191"});
  EXPECT_TRUE(one("Goose", "baning").empty());
  EXPECT_TRUE(one("Gooses", "ban").empty());
}

TEST(CompatTabariCodes, ClosingCommaClauseShorterThanEmaxIsDropped) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("SAID [023?]\nURGE_ [102]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  // ", a senior Sylvania official said on Monday." (7 words) is dropped
  // under EMAX = 10, so nothing is coded.
  auto r = code(d, {{"Freedonia", "NNP"}, {"slept", "VBD"}, {",", ","}, {"a", "DT"}, {"senior", "JJ"},
                    {"Sylvania", "NNP"}, {"official", "NN"}, {"said", "VBD"}, {"on", "IN"}, {"Monday", "NNP"},
                    {".", "."}});
  EXPECT_TRUE(strs(r).empty());
  // A closing clause of ten words (not fewer than EMAX) stays, with its verb.
  r = code(d, {{"Freedonia", "NNP"}, {",", ","}, {"in", "IN"}, {"remarks", "NNS"}, {"published", "VBN"},
               {"on", "IN"}, {"Monday", "NNP"}, {",", ","}, {"urged", "VBD"}, {"Sylvania", "NNP"}, {"to", "TO"},
               {"respond", "VB"}, {"to", "TO"}, {"the", "DT"}, {"new", "JJ"}, {"proposals", "NNS"}, {"on", "IN"},
               {"trade", "NN"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD SYL 102"});
}

TEST(CompatTabariCodes, DictionaryVerbBetweenTwoActorsIsTheVerb) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("ARM_ [182]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  // A tagger reads "arms" as a plural noun; TABARI reads the verb.
  auto r = code(d, {{"Freedonia", "NNP"}, {"arms", "NNS"}, {"Sylvania", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD SYL 182"});
}

TEST(CompatTabariCodes, ListOfActorsClosesWithAnd) {
  auto d = dicts();
  // "Freedonia attacked Sylvania, the Duke of Grand_Fenwick and Freedonia"
  // is a list; "Freedonia attacked Sylvania, the Duke of Grand_Fenwick"
  // is not: a comma alone joins no members.
  // (Comma clauses are kept, so only the list rule decides.)
  Options o;
  ASSERT_TRUE(apply_tabari_option("COMMA: OFF", o));
  CSentence s;
  ASSERT_EQ(sentence_from_treebank("(ROOT (S (NNP Freedonia) (VBD attacked) (NNP Sylvania) (, ,) (DT the) (NNP Duke) "
                                   "(IN of) (NNP Grand_Fenwick) (. .)))",
                                   20000101, s),
            "");
  EXPECT_EQ(strs(Coder(d).code(s, o)), std::vector<std::string>{"FRD SYL 190"});
  ASSERT_EQ(sentence_from_treebank("(ROOT (S (NNP Freedonia) (VBD attacked) (NNP Sylvania) (, ,) (DT the) (NNP Duke) "
                                   "(IN of) (NNP Grand_Fenwick) (CC and) (NNP Freedonia) (. .)))",
                                   20000101, s),
            "");
  std::vector<std::string> got = strs(Coder(d).code(s, o));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"FRD GFW 190", "FRD SYL 190"}));
}

TEST(CompatTabariCodes, UnclosedOptionEndsWithTheComment) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dyad_tabari_opt_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const std::string& text) { std::ofstream(dir / name) << text; };
  write("T.verbs", "ATTACK [190]\n");
  write("T.actors", "FREEDONIA_ [FRD]\n");
  write("T.project", "<actorsfile> T.actors\n<verbsfile> T.verbs\n<textfile> T.text\n");
  write("T.text",
        "950101 OPT-01\nA note.\n/*\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n\n"
        "950101 OPT-02\nAnother note.\n/*\\n{ OPTION: COMMA: OFF }\n\\n{ OPTION: SET: CODE ALL\n*/\n");
  Suite suite;
  ASSERT_EQ(read_suite((dir / "T.project").string(), suite), "");
  ASSERT_EQ(suite.records.size(), 2u);
  EXPECT_EQ(suite.records[0].option_commands, std::vector<std::string>{"SET: MINIMUM WORDS = 4"});
  EXPECT_EQ(suite.records[1].option_commands, (std::vector<std::string>{"COMMA: OFF", "SET: CODE ALL"}));
  fs::remove_all(dir);
}

TEST(CompatTabariCodes, AgentJoinsOnlyTheActorNextToIt) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("VISIT_ [032]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  parse_agents("PRIME_MINISTER_ [~GOV]\n", "t.agents", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto r = code(d, {{"Freedonia", "NNP"}, {"'s", "POS"}, {"prime", "JJ"}, {"minister", "NN"}, {"visited", "VBD"},
                    {"Sylvania", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRDGOV SYL 032"});
  r = code(d, {{"Freedonia", "NNP"}, {"'s", "POS"}, {"first", "JJ"}, {"deputy", "NN"}, {"prime", "JJ"},
               {"minister", "NN"}, {"visited", "VBD"}, {"Sylvania", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD SYL 032"});
}

TEST(CompatTabariCodes, FormerMakesTheAgentAFormerElite) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("VISIT_ [032]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  parse_agents("OFFICIALS_ [~GOV]\nJUDGES_ [~JUD]\n", "t.agents", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  // Before the agent, and before the actor.
  auto r = code(d, {{"Freedonia", "NNP"}, {"former", "JJ"}, {"officials", "NNS"}, {"visited", "VBD"},
                    {"former", "JJ"}, {"Sylvania", "NNP"}, {"judges", "NNS"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRDELI SYLELI 032"});
  r = code(d, {{"Freedonia", "NNP"}, {"officials", "NNS"}, {"visited", "VBD"}, {"Sylvania", "NNP"},
               {"judges", "NNS"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRDGOV SYLJUD 032"});
}

TEST(CompatTabariCodes, SynsetMembersAreStemsAndSynsetNamesDoNotLengthenPatterns) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("<SYNSETS>\n&COIN\n+DUCAT\n+SILVER_THALER\n+GROAT_\n</SYNSETS>\n"
              "DONATE_ [070]\n- * &COIN [903]\n- * DUCAT [071]\n",
              "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto give = [&](std::vector<std::pair<std::string, std::string>> what) {
    std::vector<std::pair<std::string, std::string>> w{{"Freedonia", "NNP"}, {"donated", "VBD"}};
    w.insert(w.end(), what.begin(), what.end());
    w.insert(w.end(), {{"to", "TO"}, {"Sylvania", "NNP"}, {".", "."}});
    return strs(code(d, w));
  };
  // "silver thalers": the member's last word is a stem.
  EXPECT_EQ(give({{"silver", "JJ"}, {"thalers", "NNS"}}), std::vector<std::string>{"FRD SYL 903"});
  // "groats": GROAT_ is exact.
  EXPECT_EQ(give({{"groats", "NNS"}}), std::vector<std::string>{"FRD SYL 070"});
  // "ducats": "* DUCAT" (6 letters) is tried before "* &COIN" (no letters of text).
  EXPECT_EQ(give({{"ducats", "NNS"}}), std::vector<std::string>{"FRD SYL 071"});
}

TEST(CompatTabariCodes, SpaceInsideAlternativesAllowsWordsBetween) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("VOICE_ [010]\n- RECENTLY { LOUDLY RAISED | SOFTLY_SUNG } ITS * [043]\n", "t.verbs", *d, diags,
              FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto say = [&](std::vector<std::pair<std::string, std::string>> mid) {
    std::vector<std::pair<std::string, std::string>> w{{"Freedonia", "NNP"}, {"recently", "RB"}};
    w.insert(w.end(), mid.begin(), mid.end());
    w.insert(w.end(), {{"its", "PRP$"}, {"voice", "NN"}, {"for", "IN"}, {"Sylvania", "NNP"}, {".", "."}});
    return strs(code(d, w));
  };
  // "loudly boldly raised": a space lets "boldly" sit between.
  EXPECT_EQ(say({{"loudly", "RB"}, {"boldly", "RB"}, {"raised", "VBD"}}), std::vector<std::string>{"FRD SYL 043"});
  // "softly boldly sung": '_' does not.
  EXPECT_EQ(say({{"softly", "RB"}, {"boldly", "RB"}, {"sung", "VBN"}}), std::vector<std::string>{"FRD SYL 010"});
  EXPECT_EQ(say({{"softly", "RB"}, {"sung", "VBN"}}), std::vector<std::string>{"FRD SYL 043"});
}

TEST(CompatTabariCodes, MinimumWordsDefaultsToEightAndCountsCommas) {
  auto d = dicts();
  set_tabari_program_defaults(d->options);
  // Seven words, one of them with a clitic ('s belongs to its word): too short.
  auto r = code(d, {{"Freedonia", "NNP"}, {"'s", "POS"}, {"army", "NN"}, {"attacked", "VBD"}, {"Sylvania", "NNP"},
                    {"again", "RB"}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."}});
  EXPECT_TRUE(r.events.empty());
  // A comma counts as a word: eight.
  r = code(d, {{"Freedonia", "NNP"}, {"'s", "POS"}, {"army", "NN"}, {"attacked", "VBD"}, {"Sylvania", "NNP"},
               {"again", "RB"}, {",", ","}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD SYL 190"});
  ASSERT_TRUE(apply_tabari_option("SET: MINIMUM WORDS = 4", d->options));
  r = code(d, {{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"today", "NN"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD SYL 190"});
}

TEST(CompatTabariCodes, BlankLineEndsARecordAndItsOpenComment) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dyad_tabari_blank_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const char* name, const std::string& text) { std::ofstream(dir / name) << text; };
  write("T.verbs", "ATTACK [190]\n");
  write("T.actors", "FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n");
  write("T.project", "<actorsfile> T.actors\n<verbsfile> T.verbs\n<textfile> T.text\n");
  // The first comment is never closed: its record still ends at the blank
  // line, and the second record keeps its own codings.
  write("T.text",
        "950101 A-01\nFreedonia attacked Sylvania.\n/*\\n{ FRD / SYL / 190 }   /*\n\n"
        "950101 A-02\nSylvania attacked Freedonia.\n/*\\n{ SYL / FRD / 190 }\n*/\n");
  Suite suite;
  ASSERT_EQ(read_suite((dir / "T.project").string(), suite), "");
  ASSERT_EQ(suite.records.size(), 2u);
  ASSERT_EQ(suite.records[0].expected.size(), 1u);
  EXPECT_EQ(suite.records[0].expected[0].source, "FRD");
  ASSERT_EQ(suite.records[1].expected.size(), 1u);
  EXPECT_EQ(suite.records[1].expected[0].source, "SYL");
  fs::remove_all(dir);
}

TEST(CompatTabariCodes, PairedCodeOnACompoundGoesBothWaysForEachPair) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("SALUTE\n- % * [051:052]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto r = code(d, {{"Freedonia", "NNP"}, {"and", "CC"}, {"Sylvania", "NNP"}, {"saluted", "VBD"}, {"each", "DT"},
                    {"other", "JJ"}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."}});
  auto got = strs(r);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"FRD SYL 051", "FRD SYL 052", "SYL FRD 051", "SYL FRD 052"}));
}

TEST(CompatTabariCodes, TheirForTheCompoundSourceIsTheTarget) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("SALUTE [051]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nGRAND_FENWICK_ [GFW]\n", "t.actors", *d, diags,
               FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto r = code(d, {{"Freedonia", "NNP"}, {"and", "CC"}, {"Sylvania", "NNP"}, {"saluted", "VBD"}, {"their", "PRP$"},
                    {"soldiers", "NNS"}, {"in", "IN"}, {"Grand_Fenwick", "NNP"}, {"on", "IN"}, {"Monday", "NNP"},
                    {".", "."}});
  auto got = strs(r);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"FRD SYL 051", "SYL FRD 051"}));
}

TEST(CompatTabariCodes, DefaultActorsYieldToACompoundsNextMember) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("RESUME [064]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto sorted = [](const CodeResult& r) {
    auto v = strs(r);
    std::sort(v.begin(), v.end());
    return v;
  };
  // No default source before the verb (no PRIOR): the first actor after it
  // is the source, and its compound's next member the target.
  ASSERT_TRUE(apply_tabari_option("DEFAULT: SOURCE [DSR] TARGET [DTG] AFTER", d->options));
  std::vector<std::pair<std::string, std::string>> after = {
      {"Officials", "NNS"}, {"resumed", "VBD"}, {"ties", "NNS"},      {"with", "IN"},
      {"Freedonia", "NNP"}, {"and", "CC"},      {"Sylvania", "NNP"}, {".", "."}};
  EXPECT_EQ(sorted(code(d, after)), std::vector<std::string>{"FRD SYL 064"});
  // A compound source and no target after the verb: with AFTER the default
  // target stands (a pronoun after the verb changes nothing) ...
  std::vector<std::pair<std::string, std::string>> before = {
      {"Freedonia", "NNP"}, {"and", "CC"}, {"Sylvania", "NNP"}, {"resumed", "VBD"}, {"ties", "NNS"},
      {"near", "IN"},       {"its", "PRP$"}, {"border", "NN"},  {".", "."}};
  EXPECT_EQ(sorted(code(d, before)), (std::vector<std::string>{"FRD DTG 064", "SYL DTG 064"}));
  // ... without AFTER the compound's next member is the target.
  ASSERT_TRUE(apply_tabari_option("DEFAULT: OFF", d->options));
  ASSERT_TRUE(apply_tabari_option("DEFAULT: SOURCE [DSR] PRIOR TARGET [DTG]", d->options));
  EXPECT_EQ(sorted(code(d, before)), std::vector<std::string>{"FRD SYL 064"});
}

TEST(CompatTabariCodes, ButBetweenActorsOpensAClauseAndCodeAllKeepsClauses) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("ATTACK [190]\nPROMISE [050]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nGRAND_FENWICK_ [GFW]\n", "t.actors", *d, diags,
               FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  std::vector<std::pair<std::string, std::string>> words = {
      {"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"but", "CC"},      {"Grand_Fenwick", "NNP"},
      {"promised", "VBD"},  {"aid", "NN"},       {"to", "TO"},        {"Sylvania", "NNP"}, {".", "."}};
  auto sorted = [](const CodeResult& r) {
    auto v = strs(r);
    std::sort(v.begin(), v.end());
    return v;
  };
  // BUT is no compound: Sylvania is the first clause's target and Grand
  // Fenwick the second clause's source.
  EXPECT_EQ(sorted(code(d, words)), (std::vector<std::string>{"FRD SYL 190", "GFW SYL 050"}));
  // CODE ALL codes every verb, each with its own clause's source.
  ASSERT_TRUE(apply_tabari_option("SET: CODE ALL", d->options));
  EXPECT_EQ(sorted(code(d, words)), (std::vector<std::string>{"FRD SYL 190", "GFW SYL 050"}));
}

TEST(CompatTabariCodes, NorJoinsACompound) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("ATTACK [190]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nGRAND_FENWICK_ [GFW]\n", "t.actors", *d, diags,
               FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto r = code(d, {{"Neither", "DT"}, {"Freedonia", "NNP"}, {"nor", "CC"}, {"Sylvania", "NNP"}, {"attacked", "VBD"},
                    {"Grand_Fenwick", "NNP"}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."}});
  auto got = strs(r);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"FRD GFW 190", "SYL GFW 190"}));
}

TEST(CompatTabariCodes, LastWordOfAMultiWordAgentIsNoVerb) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("GUARD [190]\nRESUME [064]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\n", "t.actors", *d, diags, FormatHint::kTabari);
  parse_agents("PALACE_GUARD_ [~MIL]\n", "t.agents", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto r = code(d, {{"Palace", "NNP"}, {"guards", "NNS"}, {"resumed", "VBD"}, {"talks", "NNS"}, {"with", "IN"},
                    {"Freedonia", "NNP"}, {"on", "IN"}, {"Monday", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"---MIL FRD 064"});
}

TEST(CompatTabariCodes, QuotesInAnActorGapAreNoWords) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("ATTACK [190]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nGRAND FENWICK [GFW]\n", "t.actors", *d, diags, FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  // Three words may sit in the gap; the quote marks around them do not count.
  auto r = code(d, {{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Grand", "NNP"}, {"``", "``"}, {"the", "DT"},
                    {"old", "JJ"}, {"Duchy", "NNP"}, {"''", "''"}, {"Fenwick", "NNP"}, {"on", "IN"}, {"Monday", "NNP"},
                    {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD GFW 190"});
}

TEST(CompatTabariCodes, HimIsTheSentencesFirstActor) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("URGE [102]\nATTACK [190]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nGRAND_FENWICK_ [GFW]\n", "t.actors", *d, diags,
               FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  auto r = code(d, {{"Freedonia", "NNP"}, {"urged", "VBD"}, {"Sylvania", "NNP"}, {"to", "TO"}, {"rest", "VB"},
                    {"and", "CC"}, {"Grand_Fenwick", "NNP"}, {"attacked", "VBD"}, {"him", "PRP"}, {".", "."}});
  auto got = strs(r);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"FRD SYL 102", "GFW FRD 190"}));
}

TEST(CompatTabariCodes, CaretSkipsAnActorNotANounPhrase) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs("CELEBRATE [---]\n- * FEAST IN ^ ^ + [031]\n", "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors("FREEDONIA_ [FRD]\nSYLVANIA_ [SYL]\nKLOPSTOKIA_ [KLP]\nGRAND_FENWICK_ [GFW]\n", "t.actors", *d, diags,
               FormatHint::kTabari);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  // The first ^ skips Sylvania, the second Klopstokia (not "the envoys").
  auto r = code(d, {{"Freedonia", "NNP"}, {"celebrated", "VBD"}, {"feast", "NN"}, {"in", "IN"}, {"Sylvania", "NNP"},
                    {"with", "IN"}, {"the", "DT"}, {"envoys", "NNS"}, {"of", "IN"}, {"Klopstokia", "NNP"},
                    {"in", "IN"}, {"Grand_Fenwick", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(r), std::vector<std::string>{"FRD GFW 031"});
}

}  // namespace
}  // namespace dyad::compat
