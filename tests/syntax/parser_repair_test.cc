// Parse repairs (src/syntax/parser_repair.h) on hand-written wrong trees of
// invented sentences, the shape the greedy parser produces.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "syntax/parser_repair.h"

namespace dyad {
namespace {

Document one_sentence(const std::string& conllu) {
  std::istringstream in(conllu + "\n");
  std::vector<Document> docs = read_conllu(in, "test");
  EXPECT_EQ(docs.size(), 1u);
  return docs.empty() ? Document{} : docs[0];
}

// Head (1-based within the sentence, 0 = root) and relation of word i (1-based).
std::string arc(const Document& d, int i) {
  const TokenSyntax& s = d.syntax[static_cast<size_t>(i - 1)];
  return std::to_string(s.head + 1) + ":" + std::string(deprel_name(s.deprel));
}

void repair(Document& d) { repair_time_word_compounds(d, 0, static_cast<uint32_t>(d.syntax.size())); }

TEST(ParserRepair, NameBeforeTimeWordBecomesTheObject) {
  // The envoy met Sergei Ivanov yesterday . (as parsed: "Sergei Ivanov
  // yesterday" one noun phrase)
  Document d = one_sentence(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tSergei\tSergei\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
      "5\tIvanov\tIvanov\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
      "6\tyesterday\tyesterday\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair(d);
  EXPECT_EQ(arc(d, 5), "3:obj");
  EXPECT_EQ(arc(d, 4), "5:compound");
  EXPECT_EQ(arc(d, 6), "3:obl:unmarked");
}

TEST(ParserRepair, AdverbStaysAModifierAndAPrepositionMakesAnOblique) {
  // Ministers who met Okafor earlier left .
  Document d = one_sentence(
      "1\tMinisters\tminister\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
      "2\twho\twho\tPRON\tWP\t_\t3\tnsubj\t_\t_\n"
      "3\tmet\tmeet\tVERB\tVBD\t_\t1\tacl:relcl\t_\t_\n"
      "4\tOkafor\tOkafor\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "5\tearlier\tearly\tADV\tRBR\t_\t3\tadvmod\t_\t_\n"
      "6\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n");
  repair(d);
  EXPECT_EQ(arc(d, 4), "3:obj");
  EXPECT_EQ(arc(d, 5), "3:advmod");
  // Crowds gathered at the port today .
  Document p = one_sentence(
      "1\tCrowds\tcrowd\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tgathered\tgather\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tat\tat\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "5\tport\tport\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
      "6\ttoday\ttoday\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair(p);
  EXPECT_EQ(arc(p, 5), "2:obl");
  EXPECT_EQ(arc(p, 3), "5:case");
  EXPECT_EQ(arc(p, 6), "2:obl");
}

TEST(ParserRepair, LeavesOtherCompoundsAlone) {
  // A verb that already has an object, and a compound of an ordinary noun.
  // Police met the mayor again . / Police seized the Monday edition .
  Document d = one_sentence(
      "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tmayor\tmayor\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tKano\tKano\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
      "6\tagain\tagain\tADV\tRB\t_\t2\tadvmod\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair(d);
  EXPECT_EQ(arc(d, 5), "6:compound");
  Document e = one_sentence(
      "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "4\tMonday\tMonday\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "5\tedition\tedition\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair(e);
  EXPECT_EQ(arc(e, 4), "5:compound");
}

void repair_roots(Document& d) { repair_fronted_phrase_roots(d, 0, static_cast<uint32_t>(d.syntax.size())); }

TEST(ParserRepair, FrontedPhraseMadeRootGivesTheRootBackToTheClause) {
  // In May , the army arrested the governor . (as parsed: "May" the root,
  // the clause its relative clause)
  Document d = one_sentence(
      "1\tIn\tin\tADP\tIN\t_\t2\tcase\t_\t_\n"
      "2\tMay\tMay\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
      "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tarmy\tarmy\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "6\tarrested\tarrest\tVERB\tVBD\t_\t2\tacl:relcl\t_\t_\n"
      "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "8\tgovernor\tgovernor\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_roots(d);
  EXPECT_EQ(arc(d, 6), "0:root");
  EXPECT_EQ(arc(d, 2), "6:obl");
  EXPECT_EQ(arc(d, 3), "2:punct");
  EXPECT_EQ(arc(d, 9), "6:punct");
  EXPECT_EQ(arc(d, 8), "6:obj");
}

TEST(ParserRepair, TrueRelativeClausesKeepTheirRoot) {
  // A title: In the town , where troops waited . (relative word "where")
  Document d = one_sentence(
      "1\tIn\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "3\ttown\ttown\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "4\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
      "5\twhere\twhere\tADV\tWRB\t_\t7\tadvmod\t_\t_\n"
      "6\ttroops\ttroop\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
      "7\twaited\twait\tVERB\tVBD\t_\t3\tacl:relcl\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair_roots(d);
  EXPECT_EQ(arc(d, 3), "0:root");
  EXPECT_EQ(arc(d, 7), "3:acl:relcl");
}

TEST(ParserRepair, PossessorHungOnTheVerbMovesToTheSubject) {
  // Chile 's deputy minister Ana Ruiz left for Lima .   (as parsed: "Chile"
  // a second subject of "left")
  Document d = one_sentence(
      "1\tChile\tChile\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\tdeputy\tdeputy\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "4\tminister\tminister\tNOUN\tNN\t_\t5\tnmod:desc\t_\t_\n"
      "5\tAna\tAna\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
      "6\tRuiz\tRuiz\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
      "7\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "8\tfor\tfor\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tLima\tLima\tPROPN\tNNP\t_\t7\tobl\t_\t_\n");
  repair_possessor_on_verb(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 1), "5:nmod:poss");
  EXPECT_EQ(arc(d, 5), "7:nsubj");
  // A possessor whose subject does not start right after the "'s" stays:
  // "Chile 's , they said , ..." is not this shape.
  Document keep = one_sentence(
      "1\tChile\tChile\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\tnew\tnew\tADJ\tJJ\t_\t5\tadvmod\t_\t_\n"
      "4\tofficials\tofficial\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "5\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n");
  repair_possessor_on_verb(keep, 0, static_cast<uint32_t>(keep.syntax.size()));
  EXPECT_EQ(arc(keep, 1), "5:obj");
}

TEST(ParserRepair, HyphenParticipleMadeRootGivesTheRootToTheVerb) {
  // Chilean-backed rebels seized the port . (as parsed: "backed" the root,
  // "rebels" its object, "seized" a clause of "rebels")
  Document d = one_sentence(
      "1\tChilean\tChilean\tADJ\tJJ\t_\t3\tobl:npmod\t_\t_\n"
      "2\t-\t-\tPUNCT\tHYPH\t_\t1\tpunct\t_\t_\n"
      "3\tbacked\tback\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\trebels\trebel\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
      "5\tseized\tseize\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tport\tport\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair_hyphen_participle_roots(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 5), "0:root");
  EXPECT_EQ(arc(d, 4), "5:nsubj");
  EXPECT_EQ(arc(d, 3), "4:amod");
  EXPECT_EQ(arc(d, 1), "3:obl:npmod");
  EXPECT_EQ(arc(d, 8), "5:punct");
  EXPECT_EQ(arc(d, 7), "5:obj");
}

TEST(ParserRepair, HyphenParticipleWithoutAClauseStaysRoot) {
  // Peruvian-owned firms . (a headline fragment: nothing to give the root to)
  Document d = one_sentence(
      "1\tPeruvian\tPeruvian\tADJ\tJJ\t_\t3\tobl:npmod\t_\t_\n"
      "2\t-\t-\tPUNCT\tHYPH\t_\t1\tpunct\t_\t_\n"
      "3\towned\town\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tfirms\tfirm\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
      "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair_hyphen_participle_roots(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 3), "0:root");
  EXPECT_EQ(arc(d, 4), "3:obj");
}

TEST(ParserRepair, InfinitiveHungOnTheObjectOfAskMovesToTheVerb) {
  // Lawyers asked a court to halt the probe . (as parsed: "court" an
  // indirect object, "halt" its clause)
  Document d = one_sentence(
      "1\tLawyers\tlawyer\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tcourt\tcourt\tNOUN\tNN\t_\t2\tiobj\t_\t_\n"
      "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
      "6\thalt\thalt\tVERB\tVB\t_\t4\tacl\t_\t_\n"
      "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "8\tprobe\tprobe\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_object_control_infinitives(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 6), "2:xcomp");
  EXPECT_EQ(arc(d, 4), "2:obj");
  EXPECT_EQ(arc(d, 8), "6:obj");
}

TEST(ParserRepair, ANounsOwnInfinitiveStaysOnTheNoun) {
  // Officials announced a plan to halt the probe . ("announce" is no verb
  // of asking: the plan is to halt)
  Document d = one_sentence(
      "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tannounced\tannounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tplan\tplan\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
      "6\thalt\thalt\tVERB\tVB\t_\t4\tacl\t_\t_\n"
      "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "8\tprobe\tprobe\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_object_control_infinitives(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 6), "4:acl");
  // After a verb of asking that already has its infinitive, nothing moves.
  Document x = one_sentence(
      "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tallies\tally\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
      "5\tback\tback\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tplan\tplan\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
      "8\tto\tto\tPART\tTO\t_\t9\tmark\t_\t_\n"
      "9\tvote\tvote\tVERB\tVB\t_\t7\tacl\t_\t_\n");
  repair_object_control_infinitives(x, 0, static_cast<uint32_t>(x.syntax.size()));
  EXPECT_EQ(arc(x, 9), "7:acl");
  EXPECT_EQ(arc(x, 5), "2:xcomp");
}

TEST(ParserRepair, FiniteVerbHungOnARootNounBecomesTheRoot) {
  // Chile 's ministry called Peru 's claims false . (as parsed: "ministry"
  // the root, "called" its clause)
  Document d = one_sentence(
      "1\tChile\tChile\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\tministry\tministry\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "4\tcalled\tcall\tVERB\tVBD\t_\t3\tacl\t_\t_\n"
      "5\tPeru\tPeru\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n"
      "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_\n"
      "7\tclaims\tclaim\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "8\tfalse\tfalse\tADJ\tJJ\t_\t4\txcomp\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair_finite_verb_under_noun_root(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 4), "0:root");
  EXPECT_EQ(arc(d, 3), "4:nsubj");
  EXPECT_EQ(arc(d, 9), "4:punct");
  EXPECT_EQ(arc(d, 1), "3:nmod:poss");
  // A participle (VBN) clause is a real reduced relative: "the ministry
  // called in to help".
  Document p = one_sentence(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tministry\tministry\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "3\tcalled\tcall\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
      "4\tin\tin\tADP\tRP\t_\t3\tcompound:prt\t_\t_\n");
  repair_finite_verb_under_noun_root(p, 0, static_cast<uint32_t>(p.syntax.size()));
  EXPECT_EQ(arc(p, 2), "0:root");
  EXPECT_EQ(arc(p, 3), "2:acl");
}

TEST(ParserRepair, SmallClauseOfCallGivesTheVerbItsObject) {
  // They called Peru 's claims baseless . (as parsed: "claims" the subject
  // of "baseless", a clause of "called")
  Document d = one_sentence(
      "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tPeru\tPeru\tPROPN\tNNP\t_\t5\tnmod:poss\t_\t_\n"
      "4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n"
      "5\tclaims\tclaim\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
      "6\tbaseless\tbaseless\tADJ\tJJ\t_\t2\tadvcl\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_small_clause_objects(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 5), "2:obj");
  EXPECT_EQ(arc(d, 6), "2:xcomp");
  // With a copula the clause is a real one: "called [the claims were
  // false]" is left alone (as is any verb not of naming).
  Document c = one_sentence(
      "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tclaims\tclaim\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
      "4\tbaseless\tbaseless\tADJ\tJJ\t_\t2\tccomp\t_\t_\n");
  repair_small_clause_objects(c, 0, static_cast<uint32_t>(c.syntax.size()));
  EXPECT_EQ(arc(c, 3), "4:nsubj");
}

TEST(ParserRepair, ASimplePastAfterAPerfectJoinsTheSayingVerb) {
  // Ruiz said Peru had broken the deal and accused Chile of lying . (as
  // parsed: "accused" a conjunct of "broken")
  const std::string rows =
      "1\tRuiz\tRuiz\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tPeru\tPeru\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "4\thad\thave\tAUX\tVBD\t_\t5\taux\t_\t_\n"
      "5\tbroken\tbreak\tVERB\tVBN\t_\t2\tccomp\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tdeal\tdeal\tNOUN\tNN\t_\t5\tobj\t_\t_\n"
      "8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_\n"
      "9\taccused\taccuse\tVERB\tVBD\t_\t5\tconj\t_\t_\n"
      "10\tChile\tChile\tPROPN\tNNP\t_\t9\tobj\t_\t_\n";
  Document d = one_sentence(rows);
  repair_conjunct_across_report(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 9), "2:conj");
  // A passive shares the simple past: "said Dar was arrested and belonged
  // to ..." keeps both in the report.
  std::string passive = rows;
  const size_t at = passive.find("4\thad\thave\tAUX");
  ASSERT_NE(at, std::string::npos);
  passive.replace(at, std::string("4\thad\thave").size(), "4\twas\tbe");
  Document p = one_sentence(passive);
  repair_conjunct_across_report(p, 0, static_cast<uint32_t>(p.syntax.size()));
  EXPECT_EQ(arc(p, 9), "5:conj");
}

TEST(ParserRepair, HaveOverAParticipleIsItsAuxiliary) {
  // Peru had illegally entered the zone . (as parsed: "had" the verb,
  // "entered" its complement)
  Document d = one_sentence(
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\thad\thave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tillegally\tillegally\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tentered\tenter\tVERB\tVBN\t_\t2\txcomp\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tzone\tzone\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_perfect_have(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 4), "0:root");
  EXPECT_EQ(arc(d, 2), "4:aux");
  EXPECT_EQ(arc(d, 1), "4:nsubj");
  EXPECT_EQ(arc(d, 7), "4:punct");
  // "had the road closed": an object makes "have" a verb of its own.
  Document o = one_sentence(
      "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\thad\thave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\troad\troad\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tclosed\tclose\tVERB\tVBN\t_\t2\txcomp\t_\t_\n");
  repair_perfect_have(o, 0, static_cast<uint32_t>(o.syntax.size()));
  EXPECT_EQ(arc(o, 2), "0:root");
  EXPECT_EQ(arc(o, 5), "2:xcomp");
}

TEST(ParserRepair, WhichAfterACommaHangsOnTheNounBeforeIt) {
  // He met the committee , which closed the border . (as parsed: "closed"
  // a parataxis of "met")
  Document d = one_sentence(
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tcommittee\tcommittee\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
      "6\twhich\twhich\tPRON\tWDT\t_\t7\tnsubj\t_\t_\n"
      "7\tclosed\tclose\tVERB\tVBD\t_\t2\tparataxis\t_\t_\n"
      "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
      "9\tborder\tborder\tNOUN\tNN\t_\t7\tobj\t_\t_\n");
  repair_nonrestrictive_relatives(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 7), "4:acl:relcl");
  // "which" with no comma before it (a question, a restrictive clause the
  // parser already read) is left alone.
  Document q = one_sentence(
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tasked\task\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\twhich\twhich\tPRON\tWDT\t_\t4\tnsubj\t_\t_\n"
      "4\tclosed\tclose\tVERB\tVBD\t_\t2\tccomp\t_\t_\n");
  repair_nonrestrictive_relatives(q, 0, static_cast<uint32_t>(q.syntax.size()));
  EXPECT_EQ(arc(q, 4), "2:ccomp");
}

TEST(ParserRepair, SmallClauseRepairLeavesAPredicateAboveTheVerb) {
  // When called , the minister furious . ("furious" the root, "called" its
  // clause: moving "furious" under "called" would make a cycle)
  Document d = one_sentence(
      "1\tWhen\twhen\tSCONJ\tWRB\t_\t2\tmark\t_\t_\n"
      "2\tcalled\tcall\tVERB\tVBN\t_\t6\tadvcl\t_\t_\n"
      "3\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tminister\tminister\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "6\tfurious\tfurious\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n");
  repair_small_clause_objects(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 6), "0:root");
  EXPECT_EQ(arc(d, 2), "6:advcl");
  EXPECT_EQ(arc(d, 5), "6:nsubj");
}

TEST(ParserRepair, ParticipleBeforeATrailingReportGoesToTheReportedClause) {
  // Troops shelled the town , killing two , officials said . (as parsed:
  // "killing" an adverbial clause of "said")
  const std::string rows =
      "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tshelled\tshell\tVERB\tVBD\t_\t10\tccomp\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\ttown\ttown\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "6\tkilling\tkill\tVERB\tVBG\t_\t10\tadvcl\t_\t_\n"
      "7\ttwo\ttwo\tNUM\tCD\t_\t6\tobj\t_\t_\n"
      "8\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
      "9\tofficials\tofficial\tNOUN\tNNS\t_\t10\tnsubj\t_\t_\n"
      "10\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n";
  Document d = one_sentence(rows);
  repair_participle_across_report(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 6), "2:advcl");
  // A speech participle ("citing ...") stays with the speech verb.
  std::string citing = rows;
  citing.replace(citing.find("killing\tkill"), std::string("killing\tkill").size(), "citing\tcite");
  Document c = one_sentence(citing);
  repair_participle_across_report(c, 0, static_cast<uint32_t>(c.syntax.size()));
  EXPECT_EQ(arc(c, 6), "10:advcl");
}

TEST(ParserRepair, APrepositionHeadingItsPhraseBecomesItsCase) {
  // launched an investigation into Donald Trump . (as parsed: "into" an
  // nmod of "investigation", "Donald" an obl under "into")
  Document d = one_sentence(
      "1\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "2\tan\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "3\tinvestigation\tinvestigation\tNOUN\tNN\t_\t1\tobj\t_\t_\n"
      "4\tinto\tinto\tADP\tIN\t_\t3\tnmod\t_\t_\n"
      "5\tDonald\tDonald\tPROPN\tNNP\t_\t4\tobl\t_\t_\n"
      "6\tTrump\tTrump\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n");
  repair_preposition_as_head(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 5), "3:nmod");
  EXPECT_EQ(arc(d, 4), "5:case");
  EXPECT_EQ(arc(d, 6), "5:flat");
  // A preposition that is already a case marker is left alone.
  Document ok = one_sentence(
      "1\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "2\tan\ta\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "3\tinvestigation\tinvestigation\tNOUN\tNN\t_\t1\tobj\t_\t_\n"
      "4\tinto\tinto\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tDonald\tDonald\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
      "6\tTrump\tTrump\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n");
  repair_preposition_as_head(ok, 0, static_cast<uint32_t>(ok.syntax.size()));
  EXPECT_EQ(arc(ok, 4), "5:case");
  EXPECT_EQ(arc(ok, 5), "3:nmod");
}

TEST(ParserRepair, PresentConjunctAfterAPerfectGoesToThePresentSpeechVerb) {
  // businesses agree that China has taken advantage and support Trump .
  // (as parsed: "support", a base form, conjoined to "taken")
  const std::string rows =
      "1\tbusinesses\tbusiness\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tagree\tagree\tVERB\tVBP\t_\t0\troot\t_\t_\n"
      "3\tthat\tthat\tSCONJ\tIN\t_\t6\tmark\t_\t_\n"
      "4\tChina\tChina\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "5\thas\thave\tAUX\tVBZ\t_\t6\taux\t_\t_\n"
      "6\ttaken\ttake\tVERB\tVBN\t_\t2\tccomp\t_\t_\n"
      "7\tadvantage\tadvantage\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
      "8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_\n"
      "9\tsupport\tsupport\tVERB\tVB\t_\t6\tconj\t_\t_\n"
      "10\tTrump\tTrump\tPROPN\tNNP\t_\t9\tobj\t_\t_\n"
      "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
  Document d = one_sentence(rows);
  repair_conjunct_across_report(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 9), "2:conj");
  EXPECT_EQ(d.syntax[8].xpos, "VBP");
  // Under a modal the base form shares it: "will take ... and support".
  std::string modal = rows;
  modal.replace(modal.find("5\thas\thave\tAUX\tVBZ"), std::string("5\thas\thave\tAUX\tVBZ").size(),
                "5\twill\twill\tAUX\tMD");
  modal.replace(modal.find("6\ttaken\ttake\tVERB\tVBN"), std::string("6\ttaken\ttake\tVERB\tVBN").size(),
                "6\ttake\ttake\tVERB\tVB");
  Document m = one_sentence(modal);
  repair_conjunct_across_report(m, 0, static_cast<uint32_t>(m.syntax.size()));
  EXPECT_EQ(arc(m, 9), "6:conj");
}

TEST(ParserRepair, AQuotedVerdictAfterTheObjectIsItsComplement) {
  // Kishida called the launch " unacceptable . " (as parsed: the verdict an
  // adverbial clause of "called")
  const std::string rows =
      "1\tKishida\tKishida\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tlaunch\tlaunch\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\t\"\t\"\tPUNCT\t``\t_\t6\tpunct\t_\t_\n"
      "6\tunacceptable\tunacceptable\tADJ\tJJ\t_\t2\tadvcl\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";
  Document d = one_sentence(rows);
  repair_quoted_verdict(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 6), "2:xcomp");
  // Not after another verb: "left the room, angry" stays.
  std::string left = rows;
  left.replace(left.find("2\tcalled\tcall"), std::string("2\tcalled\tcall").size(), "2\tleft\tleave");
  Document l = one_sentence(left);
  repair_quoted_verdict(l, 0, static_cast<uint32_t>(l.syntax.size()));
  EXPECT_EQ(arc(l, 6), "2:advcl");
}

TEST(ParserRepair, AnIntransitiveParticipleUnderTheRootNounIsTheVerb) {
  // Thousands of supporters rallied outside the base . (as parsed: the
  // root "Thousands", "rallied" a participle clause of "supporters")
  const std::string rows =
      "1\tThousands\tthousand\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
      "2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "3\tsupporters\tsupporter\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n"
      "4\trallied\trally\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
      "5\toutside\toutside\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tbase\tbase\tNOUN\tNN\t_\t4\tobl\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";
  Document d = one_sentence(rows);
  repair_finite_verb_under_noun_root(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 4), "0:root");
  EXPECT_EQ(arc(d, 1), "4:nsubj");
  // A transitive participle with no object stays a reduced relative:
  // "Thousands of supporters arrested outside the base".
  std::string arrested = rows;
  arrested.replace(arrested.find("4\trallied\trally"), std::string("4\trallied\trally").size(),
                   "4\tarrested\tarrest");
  Document a = one_sentence(arrested);
  repair_finite_verb_under_noun_root(a, 0, static_cast<uint32_t>(a.syntax.size()));
  EXPECT_EQ(arc(a, 4), "3:acl");
}

// repair_clause_on_statement_phrase: "said in a statement that X had
// violated ..." (the clause on "statement") is what was said; a true
// relative clause with a gap ("in the statement Russia released") stays.
TEST(ParserRepair, ClauseOnStatementPhraseIsTheContentClause) {
  Document d = one_sentence(
      "1\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tstatement\tstatement\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "6\tthat\tthat\tSCONJ\tIN\t_\t9\tmark\t_\t_\n"
      "7\tKyiv\tKyiv\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n"
      "8\thad\thave\tAUX\tVBD\t_\t9\taux\t_\t_\n"
      "9\tviolated\tviolate\tVERB\tVBN\t_\t5\tacl\t_\t_\n"
      "10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\t_\n"
      "11\ttreaty\ttreaty\tNOUN\tNN\t_\t9\tobj\t_\t_\n"
      "12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_clause_on_statement_phrase(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 9), "2:ccomp");
  // No "that", read as a relative clause, but with no gap: the content.
  Document r = one_sentence(
      "1\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tstatement\tstatement\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "6\tKyiv\tKyiv\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "7\thad\thave\tAUX\tVBD\t_\t8\taux\t_\t_\n"
      "8\tviolated\tviolate\tVERB\tVBN\t_\t5\tacl:relcl\t_\t_\n"
      "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
      "10\ttreaty\ttreaty\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
      "11\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_clause_on_statement_phrase(r, 0, static_cast<uint32_t>(r.syntax.size()));
  EXPECT_EQ(arc(r, 8), "2:ccomp");
  // A relative clause with a gap (no object): "in the statement Kyiv released".
  Document g = one_sentence(
      "1\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\t_\n"
      "4\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tstatement\tstatement\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "7\tKyiv\tKyiv\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "8\treleased\trelease\tVERB\tVBD\t_\t6\tacl:relcl\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_clause_on_statement_phrase(g, 0, static_cast<uint32_t>(g.syntax.size()));
  EXPECT_EQ(arc(g, 8), "6:acl:relcl");
  // Not under a verb of saying: "signed a statement that ..." keeps its noun clause.
  Document s = one_sentence(
      "1\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tstatement\tstatement\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "6\tthat\tthat\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
      "7\tKyiv\tKyiv\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "8\twon\twin\tVERB\tVBD\t_\t5\tacl\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_clause_on_statement_phrase(s, 0, static_cast<uint32_t>(s.syntax.size()));
  EXPECT_EQ(arc(s, 8), "5:acl");
}

// parser_repair.cc repair_relative_clause_main_verb(): the relative clause
// read as the main clause, the real verb hung inside it as an acl of its
// object.
TEST(ParserRepair, ARelativeClauseReadAsTheMainClauseGivesItBack) {
  // The agency , which runs the camps , declined to comment .
  Document d = one_sentence(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tagency\tagency\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
      "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "4\twhich\twhich\tPRON\tWDT\t_\t5\tnsubj\t_\t_\n"
      "5\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tcamps\tcamp\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
      "8\t,\t,\tPUNCT\t,\t_\t9\tpunct\t_\t_\n"
      "9\tdeclined\tdecline\tVERB\tVBN\t_\t7\tacl\t_\t_\n"
      "10\tto\tto\tPART\tTO\t_\t11\tmark\t_\t_\n"
      "11\tcomment\tcomment\tVERB\tVB\t_\t9\txcomp\t_\t_\n"
      "12\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n");
  repair_relative_clause_main_verb(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 9), "0:root");
  EXPECT_EQ(arc(d, 2), "9:nsubj");
  EXPECT_EQ(arc(d, 5), "2:acl:relcl");
  EXPECT_EQ(arc(d, 12), "9:punct");
  EXPECT_EQ(d.syntax[8].xpos, "VBD");
}

// The same with a coordinated subject left inside the clause (a compound of
// its verb) and the clause an adverbial of the real verb: the coordination
// becomes the verb's subject, the clause describes its last conjunct.
TEST(ParserRepair, ACoordinatedSubjectLeftInTheRelativeClauseComesBack) {
  // FEMA and DHS , which has been leading the efforts , have declined to respond .
  Document d = one_sentence(
      "1\tFEMA\tfema\tNOUN\tNN\t_\t8\tcompound\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tDHS\tDHS\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
      "4\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
      "5\twhich\twhich\tPRON\tWDT\t_\t8\tnsubj\t_\t_\n"
      "6\thas\thave\tAUX\tVBZ\t_\t8\taux\t_\t_\n"
      "7\tbeen\tbe\tAUX\tVBN\t_\t8\taux\t_\t_\n"
      "8\tleading\tlead\tVERB\tVBG\t_\t14\tadvcl\t_\t_\n"
      "9\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
      "10\tefforts\teffort\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
      "11\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
      "12\thave\thave\tAUX\tVBP\t_\t14\taux\t_\t_\n"
      "13\trepeatedly\trepeatedly\tADV\tRB\t_\t14\tadvmod\t_\t_\n"
      "14\tdeclined\tdecline\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "15\tto\tto\tPART\tTO\t_\t16\tmark\t_\t_\n"
      "16\trespond\trespond\tVERB\tVB\t_\t14\txcomp\t_\t_\n"
      "17\t.\t.\tPUNCT\t.\t_\t14\tpunct\t_\t_\n");
  repair_relative_clause_main_verb(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 14), "0:root");
  EXPECT_EQ(arc(d, 1), "14:nsubj");
  EXPECT_EQ(arc(d, 3), "1:conj");
  EXPECT_EQ(arc(d, 8), "3:acl:relcl");
}

// Near misses: a relative clause already read right ("Iran, which denies
// X, rejected Y": Iran is the verb's subject), and a participle after the
// second comma ("..., killing three"), are left alone.
TEST(ParserRepair, ARightRelativeClauseAndATrailingParticipleAreLeftAlone) {
  const std::string right =
      "1\tIran\tIran\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
      "3\twhich\twhich\tPRON\tWDT\t_\t4\tnsubj\t_\t_\n"
      "4\tdenies\tdeny\tVERB\tVBZ\t_\t1\tacl:relcl\t_\t_\n"
      "5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
      "6\trejected\treject\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\tit\tit\tPRON\tPRP\t_\t6\tobj\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n";
  Document d = one_sentence(right);
  repair_relative_clause_main_verb(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 1), "6:nsubj");
  EXPECT_EQ(arc(d, 4), "1:acl:relcl");
  // Rebels , who held the road , killing three . (no finite verb after the
  // second comma)
  Document p = one_sentence(
      "1\tRebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
      "2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
      "3\twho\twho\tPRON\tWP\t_\t4\tnsubj\t_\t_\n"
      "4\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\troad\troad\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
      "7\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
      "8\tkilling\tkill\tVERB\tVBG\t_\t4\tadvcl\t_\t_\n"
      "9\tthree\tthree\tNUM\tCD\t_\t8\tobj\t_\t_\n"
      "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n");
  repair_relative_clause_main_verb(p, 0, static_cast<uint32_t>(p.syntax.size()));
  EXPECT_EQ(arc(p, 4), "0:root");
  EXPECT_EQ(arc(p, 1), "4:nsubj");
}

// parser_repair.cc repair_agent_without_by(): an active verb's object
// labelled an agent with no "by" is its object; a real agent, an inverted
// subject after "said" and a "by" on an earlier word keep their label.
TEST(ParserRepair, AnAgentWithNoByAfterAnActiveVerbIsItsObject) {
  // Chad has admitted 40,000 refugees .
  Document d = one_sentence(
      "1\tChad\tChad\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
      "3\tadmitted\tadmit\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\t40,000\t40,000\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
      "5\trefugees\trefugee\tNOUN\tNNS\t_\t3\tobl:agent\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair_agent_without_by(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 5), "3:obj");
  // " It failed , " said retired admiral Ole Berg . (inverted subject)
  Document s = one_sentence(
      "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tfailed\tfail\tVERB\tVBD\t_\t4\tccomp\t_\t_\n"
      "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "4\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tretired\tretired\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tadmiral\tadmiral\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
      "7\tOle\tOle\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
      "8\tBerg\tBerg\tPROPN\tNNP\t_\t7\tflat\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n");
  repair_agent_without_by(s, 0, static_cast<uint32_t>(s.syntax.size()));
  EXPECT_EQ(arc(s, 7), "4:obl:agent");
  // The memo was sent by chairman Ole Berg . ("by" on the title)
  Document b = one_sentence(
      "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tby\tby\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tchairman\tchairman\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
      "5\tOle\tOle\tPROPN\tNNP\t_\t2\tobl:agent\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n");
  repair_agent_without_by(b, 0, static_cast<uint32_t>(b.syntax.size()));
  EXPECT_EQ(arc(b, 5), "2:obl:agent");
}

TEST(ParserRepair, APhraseHeadBeforeAFeelingParticipleIsTheLaterVerbsSubject) {
  // A group of doctors , alarmed that police cut aid , is urging MPs . (as
  // parsed: "alarmed" the root with "group" its subject, "urging" a
  // conjunct of "cut" inside the "that" clause)
  Document d = one_sentence(
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tgroup\tgroup\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tdoctors\tdoctor\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
      "5\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "6\talarmed\talarm\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\tthat\tthat\tSCONJ\tIN\t_\t9\tmark\t_\t_\n"
      "8\tpolice\tpolice\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
      "9\tcut\tcut\tVERB\tVBD\t_\t6\tccomp\t_\t_\n"
      "10\taid\taid\tNOUN\tNN\t_\t9\tobj\t_\t_\n"
      "11\t,\t,\tPUNCT\t,\t_\t13\tpunct\t_\t_\n"
      "12\tis\tbe\tAUX\tVBZ\t_\t13\taux\t_\t_\n"
      "13\turging\turge\tVERB\tVBG\t_\t9\tconj\t_\t_\n"
      "14\tMPs\tMP\tPROPN\tNNPS\t_\t13\tobj\t_\t_\n"
      "15\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n");
  repair_comma_participle_subject(d, 0, static_cast<uint32_t>(d.syntax.size()));
  EXPECT_EQ(arc(d, 13), "0:root");
  EXPECT_EQ(arc(d, 2), "13:nsubj");
  EXPECT_EQ(arc(d, 6), "2:acl");
  EXPECT_EQ(arc(d, 15), "13:punct");
  // Near miss: a participle with no phrase of its own ("alarmed ,") is
  // left alone.
  Document n = one_sentence(
      "1\tDoctors\tdoctor\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "2\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
      "3\talarmed\talarm\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "5\tare\tbe\tAUX\tVBP\t_\t6\taux\t_\t_\n"
      "6\turging\turge\tVERB\tVBG\t_\t3\tconj\t_\t_\n"
      "7\tMPs\tMP\tPROPN\tNNPS\t_\t6\tobj\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n");
  repair_comma_participle_subject(n, 0, static_cast<uint32_t>(n.syntax.size()));
  EXPECT_EQ(arc(n, 3), "0:root");
}

}  // namespace
}  // namespace dyad
