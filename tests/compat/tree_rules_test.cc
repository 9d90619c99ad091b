// PETRARCH-2 / UD-PETRARCH tree-coding rules, each on small dictionaries and
// hand-built CoNLL-U sentences written for these tests (invented countries).
#include <gtest/gtest.h>

#include "dyad/compat.h"

namespace dyad::compat {
namespace {

const char* kActors =
    "FREEDONIA_ [FRD]\n"
    "SYLVANIA_ [SYL]\n"
    "MARSOVIA_ [MRS]\n"
    "KLOPSTOKIA_ [KLO]\n"
    "+KLOPSTOKIAN_\n"
    "TOMAINIA_ [TOM]\n";
const char* kAgents =
    "ENVOY [~GOV]\n"
    "SOLDIER [~MIL]\n"
    "MEDIA {} [~MED]\n"
    "GOVERNMENT [~GOV]\n"
    "ZEALOT [~REL]\n";
const char* kVerbs =
    "####### SYNONYM SETS #######\n"
    "&AID\n"
    "+FOOD\n"
    "####### VERB PATTERNS #######\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "--- PRAISE [051] ---\n"
    "PRAISE\n";

std::shared_ptr<Dictionaries> dicts(const std::string& verbs = kVerbs) {
  auto d = std::make_shared<Dictionaries>();
  Diagnostics diags;
  parse_verbs(verbs, "v.txt", *d, diags, FormatHint::kPetr2);
  parse_actors(kActors, "a.txt", *d, diags, FormatHint::kPetr2);
  parse_agents(kAgents, "g.txt", *d, diags, FormatHint::kPetr2);
  EXPECT_TRUE(diags.empty()) << diags[0].str();
  return d;
}

// Rows "id word lemma xpos head rel" (space-separated) to CoNLL-U.
std::string ud(const std::vector<std::string>& rows) {
  std::string out;
  for (const auto& r : rows) {
    std::vector<std::string> f;
    size_t b = 0;
    while (b <= r.size()) {
      size_t e = r.find(' ', b);
      if (e == std::string::npos) e = r.size();
      f.push_back(r.substr(b, e - b));
      b = e + 1;
    }
    EXPECT_EQ(f.size(), 6u) << r;
    if (f.size() != 6) continue;
    out += f[0] + "\t" + f[1] + "\t" + f[2] + "\t_\t" + f[3] + "\t_\t" + f[4] + "\t" + f[5] + "\t_\t_\n";
  }
  return out;
}

std::vector<std::string> code(const std::shared_ptr<Dictionaries>& d, const std::string& conllu) {
  CSentence s;
  EXPECT_EQ(sentence_from_conllu(conllu, 20000101, s), "");
  std::vector<std::string> out;
  for (const auto& e : Coder(d).code(s).events) out.push_back(e.source + " " + e.target + " " + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

TEST(CompatTreeRules, ActorInAClauseModifyingTheObject) {
  auto d = dicts();
  // "Freedonia attacked the convoys heading into Sylvania."
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 attacked attack VBD 0 root",
                        "3 the the DT 4 det", "4 convoys convoy NNS 2 dobj", "5 heading head VBG 4 acl",
                        "6 into into IN 7 case", "7 Sylvania Sylvania NNP 5 nmod"})),
            V{"FRD SYL 190"});
  // The object's own actor comes first: "attacked Marsovian convoys heading into Sylvania".
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 attacked attack VBD 0 root",
                        "3 Marsovia Marsovia NNP 4 compound", "4 convoys convoy NNS 2 dobj",
                        "5 heading head VBG 4 acl", "6 into into IN 7 case", "7 Sylvania Sylvania NNP 5 nmod"})),
            V{"FRD MRS 190"});
}

TEST(CompatTreeRules, NoEventOfAnActorOnItself) {
  auto d = dicts();
  // "Freedonia and Sylvania attacked Sylvania."
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 4 nsubj", "2 and and CC 3 cc", "3 Sylvania Sylvania NNP 1 conj",
                        "4 attacked attack VBD 0 root", "5 Sylvania Sylvania NNP 4 dobj"})),
            V{"FRD SYL 190"});
}

TEST(CompatTreeRules, AppositionInsideAListIsAMember) {
  auto d = dicts();
  // "Freedonia, the Marsovia, Klopstokia and Tomainia praised Sylvania."
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 8 nsubj", "2 , , , 1 punct", "3 the the DT 4 det",
                        "4 Marsovia Marsovia NNP 1 appos", "5 Klopstokia Klopstokia NNP 4 conj", "6 and and CC 4 cc",
                        "7 Tomainia Tomainia NNP 4 conj", "8 praised praise VBD 0 root",
                        "9 Sylvania Sylvania NNP 8 dobj"})),
            (V{"FRD SYL 051", "KLO SYL 051", "MRS SYL 051", "TOM SYL 051"}));
  // Outside a list an apposition names the same actor again.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 5 nsubj", "2 , , , 1 punct", "3 an a DT 4 det",
                        "4 envoy envoy NN 1 appos", "5 praised praise VBD 0 root", "6 Sylvania Sylvania NNP 5 dobj"})),
            V{"FRD SYL 051"});
}

TEST(CompatTreeRules, AgentMembersTakeEveryActorOfTheFirstMember) {
  auto d = dicts();
  // "Envoys and soldiers in Freedonia and Marsovia attacked Sylvania."
  EXPECT_EQ(code(d, ud({"1 Envoys envoy NNS 8 nsubj", "2 and and CC 3 cc", "3 soldiers soldier NNS 1 conj",
                        "4 in in IN 5 case", "5 Freedonia Freedonia NNP 1 nmod", "6 and and CC 7 cc",
                        "7 Marsovia Marsovia NNP 5 conj", "8 attacked attack VBD 0 root",
                        "9 Sylvania Sylvania NNP 8 dobj"})),
            (V{"FRDGOV SYL 190", "FRDMIL SYL 190", "MRSGOV SYL 190", "MRSMIL SYL 190"}));
}

TEST(CompatTreeRules, ConjoinedAgentKeepsTheFirstMembersModifiers) {
  auto d = dicts();
  // "The Klopstokian zealot media and government attacked Sylvania."
  EXPECT_EQ(code(d, ud({"1 The the DT 4 det", "2 Klopstokian Klopstokian NNP 4 compound",
                        "3 zealot zealot NN 4 compound", "4 media media NN 7 nsubj", "5 and and CC 6 cc",
                        "6 government government NN 4 conj", "7 attacked attack VBD 0 root",
                        "8 Sylvania Sylvania NNP 7 dobj"})),
            (V{"KLORELGOV SYL 190", "KLORELMED SYL 190"}));
}

const char* kSlotVerbs =
    "####### VERB PATTERNS #######\n"
    "--- FEAST [051] ---\n"
    "FEAST\n"
    "- * HARVEST (AT ^) (WITH +) [017]\n"
    "- * BANQUET (IN ^) + [018]\n"
    "- * SOLSTICE ^ $ [019]\n"
    "--- SCOLD [111] ---\n"
    "SCOLD\n"
    "- + * $ [112]\n";

TEST(CompatTreeRules, LegacySlotsInPrepositionsAndAfterTheVerb) {
  auto d = dicts(kSlotVerbs);
  // (WITH +): the WITH phrase is the target, not the AT phrase before it.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 feasted feast VBD 0 root",
                        "3 harvest harvest NN 2 dobj", "4 at at IN 5 case", "5 Marsovia Marsovia NNP 2 nmod",
                        "6 with with IN 7 case", "7 Sylvania Sylvania NNP 2 nmod"})),
            V{"FRD SYL 017"});
  // `+` after (IN ^): the next actor named, however deep in its phrase
  // (the actor, not the envoys: the slot names a place in the text).
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 feasted feast VBD 0 root",
                        "3 banquet banquet NN 2 dobj", "4 in in IN 5 case", "5 Marsovia Marsovia NNP 2 nmod",
                        "6 with with IN 8 case", "7 the the DT 8 det", "8 envoys envoy NNS 2 nmod",
                        "9 of of IN 10 case", "10 Sylvania Sylvania NNP 8 nmod"})),
            V{"FRD SYL 018"});
  // `^ $`: skip one phrase, the next with an actor is the source and the
  // subject becomes the target.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 feasted feast VBD 0 root",
                        "3 solstice solstice NN 2 dobj", "4 with with IN 5 case", "5 Marsovia Marsovia NNP 2 nmod",
                        "6 at at IN 7 case", "7 Sylvania Sylvania NNP 2 nmod"})),
            V{"SYL FRD 019"});
  // A slot with nothing to bind fails the pattern: the block code stands.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 feasted feast VBD 0 root",
                        "3 solstice solstice NN 2 dobj", "4 with with IN 5 case", "5 Marsovia Marsovia NNP 2 nmod"})),
            V{"FRD MRS 051"});
  // `+` before the verb: the subject is the target.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 scolded scold VBD 0 root",
                        "3 Sylvania Sylvania NNP 2 dobj"})),
            V{"SYL FRD 112"});
}

const char* kInfinitiveVerbs =
    "####### VERB PATTERNS #######\n"
    "--- PLEDGE [---] ---\n"
    "PLEDGE\n"
    "- * FEUD [190]\n"
    "--- HOST [043] ---\n"
    "HOST\n"
    "--- PRAISE [051] ---\n"
    "PRAISE\n";

TEST(CompatTreeRules, InfinitiveComplements) {
  auto d = dicts(kInfinitiveVerbs);
  // An infinitive outside the dictionary is part of the verb's phrase:
  // "Freedonia pledged on Monday to pursue a feud with Sylvania."
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 pledged pledge VBD 0 root", "3 on on IN 4 case",
                        "4 Monday Monday NNP 2 nmod", "5 to to TO 6 mark", "6 pursue pursue VB 2 advcl",
                        "7 a a DT 8 det", "8 feud feud NN 6 dobj", "9 with with IN 10 case",
                        "10 Sylvania Sylvania NNP 6 nmod"})),
            V{"FRD SYL 190"});
  // A coded infinitive carries the event, with the subject above it:
  // "Freedonia will host Marsovia to praise Sylvania."
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 3 nsubj", "2 will will MD 3 aux", "3 host host VB 0 root",
                        "4 Marsovia Marsovia NNP 3 dobj", "5 to to TO 6 mark", "6 praise praise VB 3 xcomp",
                        "7 Sylvania Sylvania NNP 6 dobj"})),
            V{"FRD SYL 051"});
  // Without the infinitive the upper verb codes as before.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 3 nsubj", "2 will will MD 3 aux", "3 host host VB 0 root",
                        "4 Marsovia Marsovia NNP 3 dobj"})),
            V{"FRD MRS 043"});
}

const char* kSynsetPhraseVerbs =
    "####### SYNONYM SETS #######\n"
    "&COIN\n"
    "+DUCAT\n"
    "+SILVER DUCAT\n"
    "&RARECOIN\n"
    "+OLD GOLDEN DUCAT\n"
    "####### VERB PATTERNS #######\n"
    "--- DONATE [070] ---\n"
    "DONATE\n"
    "- * &COIN [071]\n"
    "- * &RARECOIN [075]\n";

TEST(CompatTreeRules, MultiWordSynsetMembersMatchAndOutrankShorterOnes) {
  auto d = dicts(kSynsetPhraseVerbs);
  auto sent = [](std::vector<std::string> mods) {
    std::vector<std::string> rows{"1 Freedonia Freedonia NNP 2 nsubj", "2 donated donate VBD 0 root"};
    int id = 3;
    const int head = 3 + static_cast<int>(mods.size());
    for (const auto& m : mods) rows.push_back(std::to_string(id++) + " " + m + " " + m + " JJ " + std::to_string(head) + " amod");
    rows.push_back(std::to_string(id++) + " ducats ducat NNS 2 dobj");
    rows.push_back(std::to_string(id) + " to to IN " + std::to_string(id + 1) + " case");
    rows.push_back(std::to_string(id + 1) + " Sylvania Sylvania NNP 2 nmod");
    return ud(rows);
  };
  EXPECT_EQ(code(d, sent({})), V{"FRD SYL 071"});
  // "old golden ducats": only the three-word member of &RARECOIN names it.
  EXPECT_EQ(code(d, sent({"old", "golden"})), V{"FRD SYL 075"});
  // A member's words must all be there: "old ducats" is a plain coin.
  EXPECT_EQ(code(d, sent({"old"})), V{"FRD SYL 071"});
}

const char* kLongMemberVerbs =
    "####### SYNONYM SETS #######\n"
    "&HOARD\n"
    "+VERY OLD HEAVY GOLDEN DUCAT\n"
    "####### VERB PATTERNS #######\n"
    "--- DONATE [070] ---\n"
    "DONATE\n"
    "- * {OLD HEAVY GOLDEN DUCAT} [071]\n"
    "- * &HOARD [075]\n";

TEST(CompatTreeRules, AFiveWordMemberOutranksAPatternThatWritesFourOfItsWords) {
  // The written pattern with four words (specificity 6) comes first; the
  // synset pattern (specificity 3) matches five words through its member,
  // so it is the more specific match once all five are there. The search
  // must not skip it for an assumed cap on the bonus.
  auto d = dicts(kLongMemberVerbs);
  auto sent = [](std::vector<std::string> mods) {
    std::vector<std::string> rows{"1 Freedonia Freedonia NNP 2 nsubj", "2 donated donate VBD 0 root"};
    int id = 3;
    const int head = 3 + static_cast<int>(mods.size());
    for (const auto& m : mods) rows.push_back(std::to_string(id++) + " " + m + " " + m + " JJ " + std::to_string(head) + " amod");
    rows.push_back(std::to_string(id++) + " ducats ducat NNS 2 dobj");
    rows.push_back(std::to_string(id) + " to to IN " + std::to_string(id + 1) + " case");
    rows.push_back(std::to_string(id + 1) + " Sylvania Sylvania NNP 2 nmod");
    return ud(rows);
  };
  EXPECT_EQ(code(d, sent({"very", "old", "heavy", "golden"})), V{"FRD SYL 075"});
  EXPECT_EQ(code(d, sent({"old", "heavy", "golden"})), V{"FRD SYL 071"});
}

TEST(CompatTreeRules, LemmaFindsIrregularFormsButNotMisspellings) {
  auto d = dicts();
  // "attackt" lemmatised to ATTACK by the parse: a form the dictionary
  // does not generate is still the verb.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 attackt attack VBD 0 root",
                        "3 Sylvania Sylvania NNP 2 dobj"})),
            V{"FRD SYL 190"});
  // "attackes" is no English form of ATTACK.
  EXPECT_TRUE(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 attackes attack VBZ 0 root",
                          "3 Sylvania Sylvania NNP 2 dobj"}))
                  .empty());
}

const char* kDeepSlotVerbs =
    "####### VERB PATTERNS #######\n"
    "--- OBTAIN [033] ---\n"
    "OBTAIN\n"
    "- + * GRAIN $ [071]\n";

TEST(CompatTreeRules, PatternNounInAPrepositionalPhraseAndADeepSlot) {
  auto d = dicts(kDeepSlotVerbs);
  // "Freedonia obtained by ship grain from Sylvania": GRAIN heads a
  // prepositional phrase, and `$` is the actor named after it.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 obtained obtain VBD 0 root", "3 by by IN 5 case",
                        "4 ship ship NN 5 compound", "5 grain grain NN 2 nmod", "6 from from IN 7 case",
                        "7 Sylvania Sylvania NNP 5 nmod"})),
            V{"SYL FRD 071"});
}

// A statement verb takes the subject of a clause AFTER it as its target
// ("Freedonia said Sylvania ..."), never of a report fronted before it:
// "Sylvania attacked Marsovia, a Freedonian envoy said", rooted on "said" by
// a dependency parser, is the attack alone, as PETRARCH reads its
// constituency tree.
TEST(CompatTreeRules, FrontedReportIsNoTargetOfTheStatementVerb) {
  const std::string verbs = std::string(kVerbs) + "--- SAY [010] ---\nSAY\n";
  auto d = dicts(verbs);
  EXPECT_EQ(code(d, ud({"1 Sylvania Sylvania NNP 2 nsubj", "2 attacked attack VBD 7 ccomp",
                        "3 Marsovia Marsovia NNP 2 dobj", "4 , , , 7 punct",
                        "5 Freedonian Freedonian NNP 6 amod", "6 envoy envoy NN 7 nsubj",
                        "7 said say VBD 0 root"})),
            V{"SYL MRS 190"});
  // After the verb, the clause's subject is its target.
  EXPECT_EQ(code(d, ud({"1 Freedonia Freedonia NNP 2 nsubj", "2 said say VBD 0 root",
                        "3 Sylvania Sylvania NNP 4 nsubj", "4 attacked attack VBD 2 ccomp",
                        "5 Marsovia Marsovia NNP 4 dobj"})),
            (V{"FRD SYL 010", "SYL MRS 190"}));
}

// Parsers differ on where a possessor goes: on the subject, or on the verb
// beside the subject. Both readings give the subject's actor.
TEST(CompatTreeRules, PossessorHungOnTheVerbBelongsToTheSubject) {
  auto d = dicts();
  // "Sylvania's new envoy attacked Marsovia."
  const V want{"SYLGOV MRS 190"};
  EXPECT_EQ(code(d, ud({"1 Sylvania Sylvania NNP 4 nmod:poss", "2 's 's POS 1 case", "3 new new JJ 4 amod",
                        "4 envoy envoy NN 5 nsubj", "5 attacked attack VBD 0 root",
                        "6 Marsovia Marsovia NNP 5 obj"})),
            want);
  EXPECT_EQ(code(d, ud({"1 Sylvania Sylvania NNP 5 nmod:poss", "2 's 's POS 1 case", "3 new new JJ 4 amod",
                        "4 envoy envoy NN 5 nsubj", "5 attacked attack VBD 0 root",
                        "6 Marsovia Marsovia NNP 5 obj"})),
            want);
  // Without its "'s" it is no possessor of the subject.
  EXPECT_NE(code(d, ud({"1 Sylvania Sylvania NNP 4 nmod:poss", "2 new new JJ 3 amod",
                        "3 envoy envoy NN 4 nsubj", "4 attacked attack VBD 0 root",
                        "5 Marsovia Marsovia NNP 4 obj"})),
            (V{"SYLGOV MRS 190"}));
}

// "Pirates, bandits, and Sylvania attacked Freedonia": the list's last
// member hung on the verb as a second subject (with the "and") is a member
// of the subject, as when it hangs on the first member.
TEST(CompatTreeRules, ListMemberHungOnTheVerbAsASecondSubject) {
  auto d = dicts();
  const V want{"SYL FRD 190"};
  EXPECT_EQ(code(d, ud({"1 Pirates pirate NNS 7 nsubj", "2 , , , 3 punct", "3 bandits bandit NNS 1 conj",
                        "4 , , , 6 punct", "5 and and CC 6 cc", "6 Sylvania Sylvania NNP 1 conj",
                        "7 attacked attack VBD 0 root", "8 Freedonia Freedonia NNP 7 obj"})),
            want);
  EXPECT_EQ(code(d, ud({"1 Pirates pirate NNS 7 nsubj", "2 , , , 3 punct", "3 bandits bandit NNS 1 conj",
                        "4 , , , 7 punct", "5 and and CC 7 cc", "6 Sylvania Sylvania NNP 7 nsubj",
                        "7 attacked attack VBD 0 root", "8 Freedonia Freedonia NNP 7 obj"})),
            want);
  // "..., and brave Sylvania attacked": the "and" on a word the parser hung
  // between the subjects (an adjective read as a clause of the verb).
  EXPECT_EQ(code(d, ud({"1 Pirates pirate NNS 8 nsubj", "2 , , , 3 punct", "3 bandits bandit NNS 1 conj",
                        "4 , , , 8 punct", "5 and and CC 6 cc", "6 brave brave JJ 8 advcl",
                        "7 Sylvania Sylvania NNP 8 nsubj", "8 attacked attack VBD 0 root",
                        "9 Freedonia Freedonia NNP 8 obj"})),
            want);
}

// ", the Freedonian envoy Bob said." read as a relative clause on "envoy"
// ("the envoy [that] Bob said") is the closing report: the noun phrase is
// the subject of "said", as when the parser hangs it that way.
TEST(CompatTreeRules, ClosingReportReadAsARelativeClause) {
  const std::string verbs = std::string(kVerbs) + "--- SAY [010] ---\nSAY\n";
  auto d = dicts(verbs);
  // "Sylvania attacked Marsovia, the Freedonia envoy Bob said to Tomainia."
  const V want{"FRDGOV TOM 010", "SYL MRS 190"};
  EXPECT_EQ(code(d, ud({"1 Sylvania Sylvania NNP 2 nsubj", "2 attacked attack VBD 0 root",
                        "3 Marsovia Marsovia NNP 2 obj", "4 , , , 7 punct", "5 the the DT 7 det",
                        "6 Freedonia Freedonia NNP 7 compound", "7 envoy envoy NN 9 nsubj",
                        "8 Bob Bob NNP 7 appos", "9 said say VBD 2 parataxis", "10 to to IN 11 case",
                        "11 Tomainia Tomainia NNP 9 obl", "12 . . . 2 punct"})),
            want);
  EXPECT_EQ(code(d, ud({"1 Sylvania Sylvania NNP 2 nsubj", "2 attacked attack VBD 0 root",
                        "3 Marsovia Marsovia NNP 2 obj", "4 , , , 7 punct", "5 the the DT 7 det",
                        "6 Freedonia Freedonia NNP 7 compound", "7 envoy envoy NN 2 obj",
                        "8 Bob Bob NNP 9 nsubj", "9 said say VBD 7 acl:relcl", "10 to to IN 11 case",
                        "11 Tomainia Tomainia NNP 9 obl", "12 . . . 2 punct"})),
            want);
  // Not closing the sentence: a real relative clause ("the Freedonia envoy
  // Bob praised attacked Marsovia") stays one.
  EXPECT_EQ(code(d, ud({"1 the the DT 3 det", "2 Freedonia Freedonia NNP 3 compound", "3 envoy envoy NN 6 nsubj",
                        "4 Bob Bob NNP 5 nsubj", "5 praised praise VBD 3 acl:relcl", "6 attacked attack VBD 0 root",
                        "7 Marsovia Marsovia NNP 6 obj"})),
            V{"FRDGOV MRS 190"});
}

}  // namespace
}  // namespace dyad::compat
