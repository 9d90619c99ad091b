// TABARI's coding rules (manual chapters 5.8, 6, 7 and 8) and PETRARCH-1's
// new-actor and nested-verb rules, on dictionaries written for these tests
// over hand-built Treebank sentences.
#include <gtest/gtest.h>

#include "dyad/compat.h"

namespace dyad::compat {
namespace {

const char* kActors =
    "FREEDONIA_ [FRD]\n"
    "SYLVANIA_ [SYL]\n"
    "MARSOVIA_ [MRS]\n"
    "KLOPSTOKIA_ [KLP]\n"
    "DUKE GRAND_FENWICK_ [GFW]\n";
const char* kAgents = "ENVOY [~GOV]\nSOLDIERS [~MIL]\n";

// TABARI verbs: each root line opens its block; [CODE?] is subordinate.
const char* kTabariVerbs =
    "ATTACK  [190]\n"
    "PRAISE  [051]\n"
    "SAID  [010?]\n"
    "WARN  [160]\n"
    "- * OF_ + [161]\n"
    "CONDEMN [120]\n"
    "SHELL  [###]\n";

std::shared_ptr<Dictionaries> tabari_dicts() {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs(kTabariVerbs, "t.verbs", *d, diags, FormatHint::kTabari);
  parse_actors(kActors, "t.actors", *d, diags, FormatHint::kTabari);
  parse_agents(kAgents, "t.agents", *d, diags, FormatHint::kTabari);
  EXPECT_TRUE(diags.empty()) << diags[0].str();
  return d;
}

CodeResult code_tb(const std::shared_ptr<Dictionaries>& d, const std::string& parse, const Options* o = nullptr) {
  CSentence s;
  EXPECT_EQ(sentence_from_treebank(parse, 20000101, s), "");
  Coder c(d);
  return o ? c.code(s, *o) : c.code(s);
}

std::vector<std::string> strs(const CodeResult& r) {
  std::vector<std::string> out;
  for (const auto& e : r.events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

// A flat Treebank sentence from words, each tagged NNP / VBD / CC / NN as
// given, so the TABARI tests read like text.
std::string flat(const std::vector<std::pair<std::string, std::string>>& words) {
  std::string s = "(ROOT (S";
  for (const auto& [w, t] : words) s += " (" + t + " " + w + ")";
  return s + "))";
}

TEST(CompatTabariRules, OneEventPerClauseSubordinateGivesWay) {
  auto d = tabari_dicts();
  // SAID is subordinate: the clause's next verb codes instead.
  auto r = code_tb(d, flat({{"Freedonia", "NNP"}, {"said", "VBD"}, {"it", "PRP"}, {"would", "MD"}, {"attack", "VB"},
                            {"Sylvania", "NNP"}, {"and", "CC"}, {"praise", "VB"}, {"Marsovia", "NNP"}, {".", "."}}));
  // Second clause: the source carries over from the first.
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD SYL 190", "FRD MRS 051"}));
  // Only the first event of a clause: PRAISE after ATTACK is not coded.
  r = code_tb(d, flat({{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"to", "TO"},
                       {"praise", "VB"}, {"Marsovia", "NNP"}, {".", "."}}));
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD SYL 190"}));
}

TEST(CompatTabariRules, CodeByOptions) {
  auto d = tabari_dicts();
  std::string s = flat({{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"and", "CC"},
                        {"praised", "VBD"}, {"Marsovia", "NNP"}, {".", "."}});
  Options o;
  ASSERT_TRUE(apply_tabari_option("SET: CODE BY SENTENCE", o));
  EXPECT_EQ(strs(code_tb(d, s, &o)), (std::vector<std::string>{"FRD SYL 190"}));
  ASSERT_TRUE(apply_tabari_option("SET: CODE BY CLAUSE", o));
  EXPECT_EQ(strs(code_tb(d, s, &o)), (std::vector<std::string>{"FRD SYL 190", "FRD MRS 051"}));
  EXPECT_FALSE(apply_tabari_option("FROBNICATE: 3", o));
}

TEST(CompatTabariRules, CompoundActorsDoNotSplitClauses) {
  auto d = tabari_dicts();
  auto r = code_tb(d, flat({{"Freedonia", "NNP"}, {"and", "CC"}, {"Marsovia", "NNP"}, {"attacked", "VBD"},
                            {"Sylvania", "NNP"}, {".", "."}}));
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD SYL 190", "MRS SYL 190"}));
}

TEST(CompatTabariRules, CommaClausesAreDropped) {
  auto d = tabari_dicts();
  // The internal clause (5 words) goes, so ATTACK inside it is not coded and
  // PRAISE finds Marsovia.
  std::string s = flat({{"Freedonia", "NNP"}, {",", ","}, {"which", "WDT"}, {"attacked", "VBD"}, {"Sylvania", "NNP"},
                        {"last", "JJ"}, {"year", "NN"}, {",", ","}, {"praised", "VBD"}, {"Marsovia", "NNP"}, {".", "."}});
  EXPECT_EQ(strs(code_tb(d, s)), (std::vector<std::string>{"FRD MRS 051"}));
  Options o;
  ASSERT_TRUE(apply_tabari_option("COMMA: OFF", o));
  EXPECT_EQ(strs(code_tb(d, s, &o)), (std::vector<std::string>{"FRD SYL 190"}));
  // MIN/MAX bounds: (4, 6] words keeps a 5-word clause only when it is out of range.
  ASSERT_TRUE(apply_tabari_option("COMMA: MIN = 5 MAX = 6 EMIN = 3 EMAX = 6", o));
  EXPECT_EQ(o.tabari.comma_min, 5);
  EXPECT_EQ(o.tabari.comma_emin, 3);
  EXPECT_EQ(strs(code_tb(d, s, &o)), (std::vector<std::string>{"FRD SYL 190"}));
}

TEST(CompatTabariRules, PassiveVoiceSwapsSourceAndTarget) {
  auto d = tabari_dicts();
  auto r = code_tb(d, flat({{"Sylvania", "NNP"}, {"was", "VBD"}, {"attacked", "VBN"}, {"by", "IN"},
                            {"Freedonia", "NNP"}, {".", "."}}));
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD SYL 190"}));
}

TEST(CompatTabariRules, ComplexAndDiscard) {
  auto d = tabari_dicts();
  Options o;
  ASSERT_TRUE(apply_tabari_option("COMPLEX: VERBS[2] NOACTPRIOR EXPLAIN", o));
  auto r = code_tb(d, flat({{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"and", "CC"},
                            {"praised", "VBD"}, {"Marsovia", "NNP"}, {".", "."}}), &o);
  EXPECT_TRUE(r.complex);
  EXPECT_TRUE(r.events.empty());
  r = code_tb(d, flat({{"Yesterday", "NN"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {".", "."}}), &o);
  EXPECT_TRUE(r.complex);  // no actor before the first verb
  r = code_tb(d, flat({{"Freedonia", "NNP"}, {"shelled", "VBD"}, {"Sylvania", "NNP"}, {".", "."}}));
  EXPECT_EQ(r.discard, 1);
  EXPECT_TRUE(r.events.empty());
}

TEST(CompatTabariRules, DefaultActorsAndConvertedAgents) {
  auto d = tabari_dicts();
  Options o;
  ASSERT_TRUE(apply_tabari_option("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", o));
  auto r = code_tb(d, flat({{"Yesterday", "NN"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {".", "."}}), &o);
  EXPECT_EQ(strs(r), (std::vector<std::string>{"DEFSRC SYL 190"}));
  r = code_tb(d, flat({{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"yesterday", "NN"}, {".", "."}}), &o);
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD DEFTAR 190"}));
  ASSERT_TRUE(apply_tabari_option("DEFAULT: OFF", o));
  EXPECT_TRUE(o.tabari.default_source.empty());
  ASSERT_TRUE(apply_tabari_option("SET: CONVERT AGENTS = TRUE", o));
  r = code_tb(d, flat({{"Freedonia", "NNP"}, {"attacked", "VBD"}, {"soldiers", "NNS"}, {".", "."}}), &o);
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD ~MIL 190"}));
}

TEST(CompatTabariRules, SpaceInAPhraseAllowsWordsBetweenUnderscoreDoesNot) {
  auto d = tabari_dicts();
  auto r = code_tb(d, flat({{"The", "DT"}, {"Duke", "NNP"}, {"of", "IN"}, {"Grand", "NNP"}, {"Fenwick", "NNP"},
                            {"attacked", "VBD"}, {"Sylvania", "NNP"}, {".", "."}}));
  EXPECT_EQ(strs(r), (std::vector<std::string>{"GFW SYL 190"}));
  r = code_tb(d, flat({{"The", "DT"}, {"Duke", "NNP"}, {"of", "IN"}, {"Grand", "NNP"}, {"old", "JJ"},
                       {"Fenwick", "NNP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {".", "."}}));
  EXPECT_TRUE(r.events.empty());
}

TEST(CompatTabariRules, PronounsReferToActors) {
  auto d = tabari_dicts();
  // THEY: the first compound actor of the sentence.
  auto r = code_tb(d, flat({{"They", "PRP"}, {"attacked", "VBD"}, {"Sylvania", "NNP"}, {"after", "IN"},
                            {"Freedonia", "NNP"}, {"and", "CC"}, {"Marsovia", "NNP"}, {"met", "VBD"}, {".", "."}}));
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD SYL 190", "MRS SYL 190"}));
}

// PETRARCH-1: new_actor_length codes an unknown short noun phrase by its
// text, and a verb whose pattern matched claims its verb phrase.
const char* kPetr1Verbs =
    "--- LEAVE [032:033] ---\n"
    "LEAVE {LEFT LEAVES LEAVING}\n"
    "--- ABANDON [---] ---\n"
    "ABANDON\n"
    "- * EFFORTS [345]\n"
    "--- STOP [190] ---\n"
    "STOP\n";

TEST(CompatPetr1Rules, NewActorsAndClaimedVerbPhrases) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs(kPetr1Verbs, "p.verbs", *d, diags, FormatHint::kPetr1);
  parse_actors(kActors, "p.actors", *d, diags, FormatHint::kPetr2);
  ASSERT_TRUE(diags.empty()) << diags[0].str();
  std::string left =
      "(ROOT (S (NP (DT the) (NN harbour) (NN master)) (VP (VBD left) (PP (IN for) (NP (NNP Sylvania)))) (. .)))";
  EXPECT_TRUE(code_tb(d, left).events.empty());
  Options o;
  o.new_actor_length = 3;
  EXPECT_EQ(strs(code_tb(d, left, &o)),
            (std::vector<std::string>{"\"THE HARBOUR MASTER\" SYL 032", "SYL \"THE HARBOUR MASTER\" 033"}));
  o.new_actor_length = 2;  // three words are too many
  EXPECT_TRUE(code_tb(d, left, &o).events.empty());
  auto r = code_tb(d,
                   "(ROOT (S (NP (NNP Freedonia)) (VP (VBD abandoned) (NP (NNS efforts) (S (VP (TO to) (VP (VB stop) "
                   "(NP (NNP Sylvania))))))) (. .)))");
  EXPECT_EQ(strs(r), (std::vector<std::string>{"FRD SYL 345"}));
}

}  // namespace
}  // namespace dyad::compat
