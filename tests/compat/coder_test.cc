// The compat coder on small dictionaries written for these tests, over
// hand-built sentences (Treebank and CoNLL-U), so each semantic is checked
// without the tagger or parser in the way.
#include <gtest/gtest.h>

#include "dyad/compat.h"

namespace dyad::compat {
namespace {

std::shared_ptr<Dictionaries> dicts(const std::string& verbs, const std::string& actors, const std::string& agents,
                                    FormatHint hint) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs(verbs, "v.txt", *d, diags, hint);
  parse_actors(actors, "a.txt", *d, diags, hint == FormatHint::kTabari ? FormatHint::kTabari : FormatHint::kPetr2);
  parse_agents(agents, "g.txt", *d, diags, hint == FormatHint::kTabari ? FormatHint::kTabari : FormatHint::kPetr2);
  EXPECT_TRUE(diags.empty()) << diags[0].str();
  return d;
}

std::vector<std::string> code_tb(const std::shared_ptr<Dictionaries>& d, const std::string& parse, int date = 20000101) {
  CSentence s;
  EXPECT_EQ(sentence_from_treebank(parse, date, s), "");
  Coder c(d);
  std::vector<std::string> out;
  for (const auto& e : c.code(s).events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

const char* kActors =
    "FREEDONIA_ [FRD]\n"
    "SYLVANIA_ [SYL]\n"
    "MARSOVIA_ [MRS]\n"
    "RUFUS_FIREFLY [FRDGOV <20100101] [FRDELI]\n";
const char* kAgents = "ENVOY [~GOV]\nSOLDIER [~MIL]\nRELIEF_AGENCY [NGO~]\n";

const char* kLinearVerbs =
    "&GOODS\n"
    "+GRAIN\n"
    "+MEDICINE\n"
    "--- SEND [070] ---\n"
    "SEND {SENT SENDS SENDING}\n"
    "- * &GOODS TO + [071]\n"
    "- + WAS_* BY $ [072]\n"
    "--- MEET [030:030] ---\n"
    "MEET {MET MEETS MEETING}\n"
    "- % * [031]\n"
    "--- VISIT [032:033] ---\n"
    "VISIT\n"
    "--- SAY [---] ---\n"
    "SAY {SAID SAYS}\n";

TEST(CompatCoderLinear, BareVerbSourceBeforeTargetAfter) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  auto ev = code_tb(d, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD sent) (NP (NNS tanks)) (PP (TO to) (NP (NNP Sylvania)))) (. .)))");
  EXPECT_EQ(ev, std::vector<std::string>{"FRD SYL 070"});
}

TEST(CompatCoderLinear, SynsetPatternAndAgents) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  auto ev = code_tb(d,
                    "(ROOT (S (NP (NNP Freedonia) (POS 's) (NN envoy)) (VP (VBD sent) (NP (NN medicine)) (PP (TO to) "
                    "(NP (NNP Sylvania) (NNS soldiers)))) (. .)))");
  EXPECT_EQ(ev, std::vector<std::string>{"FRDGOV SYLMIL 071"});
}

TEST(CompatCoderLinear, SlotsOverrideDefaultPositions) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  auto ev = code_tb(d,
                    "(ROOT (S (NP (NNP Sylvania)) (VP (VBD was) (VP (VBN sent) (NP (NNS tanks)) (PP (IN by) (NP (NNP "
                    "Marsovia))))) (. .)))");
  EXPECT_EQ(ev, std::vector<std::string>{"MRS SYL 072"});
}

TEST(CompatCoderLinear, PairedAndCompoundCodes) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  auto visit = code_tb(d, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD visit) (NP (NNP Sylvania))) (. .)))");
  EXPECT_EQ(visit, (std::vector<std::string>{"FRD SYL 032", "SYL FRD 033"}));
  auto meet = code_tb(d, "(ROOT (S (NP (NNP Freedonia) (CC and) (NNP Sylvania)) (VP (VBD met)) (. .)))");
  EXPECT_EQ(meet, (std::vector<std::string>{"FRD SYL 031", "SYL FRD 031"}));
}

TEST(CompatCoderLinear, NullCodeVerbAndMissingTargetGiveNothing) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  EXPECT_TRUE(code_tb(d, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD said) (NP (NNP Sylvania))) (. .)))").empty());
  EXPECT_TRUE(code_tb(d, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD sent) (NP (NNS tanks))) (. .)))").empty());
  // A noun that looks like a verb form is not a verb.
  EXPECT_TRUE(code_tb(d, "(ROOT (S (NP (NNP Freedonia)) (VP (VBD liked) (NP (DT the) (NN visit) (PP (IN of) (NP (NNP Sylvania))))) (. .)))").empty());
}

TEST(CompatCoderLinear, DateRestrictedActors) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  const char* p = "(ROOT (S (NP (NNP Rufus) (NNP Firefly)) (VP (VBD visit) (NP (NNP Sylvania))) (. .)))";
  EXPECT_EQ(code_tb(d, p, 20050101)[0], "FRDGOV SYL 032");
  EXPECT_EQ(code_tb(d, p, 20150101)[0], "FRDELI SYL 032");
}

TEST(CompatCoderLinear, DiscardPhraseStopsCoding) {
  auto d = dicts(kLinearVerbs, kActors, kAgents, FormatHint::kPetr1);
  Diagnostics diags;
  parse_discards("+FOOTBALL LEAGUE\nBOX SCORE\n", "disc.txt", *d, diags);
  CSentence s;
  ASSERT_EQ(sentence_from_treebank("(ROOT (S (NP (NNP Freedonia)) (VP (VBD visit) (NP (NNP Sylvania)) (PP (IN for) (NP (NN football) (NN league)))) (. .)))", 20000101, s), "");
  CodeResult r = Coder(d).code(s);
  EXPECT_EQ(r.discard, 2);
  EXPECT_TRUE(r.events.empty());
}

// ------------------------------------------------------------- tree (PETR2)

const char* kTreeVerbs =
    "####### SYNONYM SETS #######\n"
    "&AID\n"
    "+FOOD\n"
    "+MEDICINE\n"
    "####### VERB PATTERNS #######\n"
    "--- SEND [070] ---\n"
    "SEND {SENT SENDS SENDING}\n"
    "- * &AID  [071]\n"
    "- * (TO BORDER) [072]\n"
    "- * {HEAVY ARMOR} [073]\n"
    "--- ACCUSE [:112] ---\n"
    "ACCUSE\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n";

// CoNLL-U with only the columns the coder reads.
std::string conllu(const std::vector<std::string>& rows) {
  std::string s;
  for (const auto& r : rows) s += r + "\n";
  return s;
}

std::vector<std::string> code_ud(const std::shared_ptr<Dictionaries>& d, const std::string& c) {
  CSentence s;
  EXPECT_EQ(sentence_from_conllu(c, 20000101, s), "");
  std::vector<std::string> out;
  for (const auto& e : Coder(d).code(s).events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

TEST(CompatCoderTree, ObjectHeadsAndSynsets) {
  auto d = dicts(kTreeVerbs, kActors, kAgents, FormatHint::kPetr2);
  auto ev = code_ud(d, conllu({
                           "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
                           "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_",
                           "3\tfood\tfood\tNOUN\tNN\t_\t2\tobj\t_\t_",
                           "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_",
                           "5\tSylvania\tSylvania\tPROPN\tNNP\t_\t2\tobl\t_\t_",
                       }));
  EXPECT_EQ(ev, std::vector<std::string>{"FRD SYL 071"});
}

TEST(CompatCoderTree, PronounSubjectOfEmbeddedClauseIsTheGoverningSubject) {
  auto d = dicts(kTreeVerbs, kActors, kAgents, FormatHint::kPetr2);
  auto ev = code_ud(d, conllu({
                           "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
                           "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
                           "3\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_",
                           "4\twould\twould\tAUX\tMD\t_\t5\taux\t_\t_",
                           "5\tattack\tattack\tVERB\tVB\t_\t2\tccomp\t_\t_",
                           "6\tSylvania\tSylvania\tPROPN\tNNP\t_\t5\tobj\t_\t_",
                       }));
  EXPECT_EQ(ev, std::vector<std::string>{"FRD SYL 190"});
  // A pronoun subject of a main clause stays unresolved.
  ev = code_ud(d, conllu({
                      "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_",
                      "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_",
                      "3\tSylvania\tSylvania\tPROPN\tNNP\t_\t2\tobj\t_\t_",
                  }));
  EXPECT_TRUE(ev.empty());
}

TEST(CompatCoderTree, PassiveWithoutAgentTakesTheActorOfItsPrepositionalPhrase) {
  auto d = dicts(kTreeVerbs, kActors, kAgents, FormatHint::kPetr2);
  auto ev = code_ud(d, conllu({
                           "1\tSylvania\tSylvania\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_",
                           "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_",
                           "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_",
                           "4\tover\tover\tADP\tIN\t_\t6\tcase\t_\t_",
                           "5\tits\tits\tPRON\tPRP$\t_\t6\tnmod:poss\t_\t_",
                           "6\tquarrel\tquarrel\tNOUN\tNN\t_\t3\tobl\t_\t_",
                           "7\twith\twith\tADP\tIN\t_\t8\tcase\t_\t_",
                           "8\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t6\tnmod\t_\t_",
                       }));
  EXPECT_EQ(ev, std::vector<std::string>{"FRD SYL 190"});
}

TEST(CompatCoderTree, BracedPhraseNeedsItsModifier) {
  auto d = dicts(kTreeVerbs, kActors, kAgents, FormatHint::kPetr2);
  auto rows = [](const char* adj) {
    return conllu({
        "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
        "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_",
        std::string("3\t") + adj + "\t" + adj + "\tADJ\tJJ\t_\t4\tamod\t_\t_",
        "4\tarmor\tarmor\tNOUN\tNN\t_\t2\tdobj\t_\t_",
        "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_",
        "6\tSylvania\tSylvania\tPROPN\tNNP\t_\t2\tnmod\t_\t_",
    });
  };
  EXPECT_EQ(code_ud(d, rows("heavy")), std::vector<std::string>{"FRD SYL 073"});
  EXPECT_EQ(code_ud(d, rows("light")), std::vector<std::string>{"FRD SYL 070"});
}

TEST(CompatCoderTree, PrepositionalPatternAndCompoundSubject) {
  auto d = dicts(kTreeVerbs, kActors, kAgents, FormatHint::kPetr2);
  auto ev = code_ud(d, conllu({
                           "1\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_",
                           "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_",
                           "3\tMarsovia\tMarsovia\tPROPN\tNNP\t_\t1\tconj\t_\t_",
                           "4\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_",
                           "5\tsoldiers\tsoldier\tNOUN\tNNS\t_\t4\tobj\t_\t_",
                           "6\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_",
                           "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_",
                           "8\tborder\tborder\tNOUN\tNN\t_\t4\tobl\t_\t_",
                           "9\twith\twith\tADP\tIN\t_\t10\tcase\t_\t_",
                           "10\tSylvania\tSylvania\tPROPN\tNNP\t_\t4\tobl\t_\t_",
                       }));
  EXPECT_EQ(ev, (std::vector<std::string>{"FRD SYL 072", "MRS SYL 072"}));
}

TEST(CompatCoderTree, PassiveOnlyCodeAndPassiveVoice) {
  auto d = dicts(kTreeVerbs, kActors, kAgents, FormatHint::kPetr2);
  // [:112] reads the subject as the target.
  auto accuse = code_ud(d, conllu({
                               "1\tSylvania\tSylvania\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_",
                               "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_",
                               "3\taccused\taccuse\tVERB\tVBN\t_\t0\troot\t_\t_",
                               "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_",
                               "5\tFreedonia\tFreedonia\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_",
                           }));
  EXPECT_EQ(accuse, std::vector<std::string>{"FRD SYL 112"});
  auto attack = code_ud(d, conllu({
                               "1\tSylvania\tSylvania\tPROPN\tNNP\t_\t3\tnsubjpass\t_\t_",
                               "2\twas\tbe\tAUX\tVBD\t_\t3\tauxpass\t_\t_",
                               "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_",
                               "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_",
                               "5\tMarsovia\tMarsovia\tPROPN\tNNP\t_\t3\tnmod\t_\t_",
                           }));
  EXPECT_EQ(attack, std::vector<std::string>{"MRS SYL 190"});
}

TEST(CompatCoderTree, MalformedParsesAreErrorsNotCrashes) {
  CSentence s;
  EXPECT_NE(sentence_from_conllu("1\tA\ta\tX\tX\t_\tnotanumber\tdep\t_\t_\n", 0, s), "");
  EXPECT_NE(sentence_from_conllu("1\tA\ta\tX\tX\t_\t7\tdep\t_\t_\n", 0, s), "");
  EXPECT_NE(sentence_from_conllu("", 0, s), "");
  EXPECT_NE(sentence_from_treebank("(ROOT (S (NP (NNP A)) ", 0, s), "");
  EXPECT_NE(sentence_from_treebank("(ROOT))", 0, s), "");
}

}  // namespace
}  // namespace dyad::compat
