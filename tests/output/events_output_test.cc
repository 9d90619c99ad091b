#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "dyad/output.h"

namespace dyad {
namespace {

// A hand-built document: "Élan said. Ruritania attacked Freedonia."
Document sample() {
  Document d;
  d.id = "doc-1";
  d.date = "2030-01-05";
  d.text = "\xC3\x89lan said. Ruritania attacked Freedonia.";
  auto tok = [&](uint32_t b, uint32_t e) {
    Token t;
    t.begin = b;
    t.end = e;
    t.norm = d.text.substr(b, e - b);
    d.tokens.push_back(t);
  };
  tok(0, 5); tok(6, 10); tok(10, 11);
  tok(12, 21); tok(22, 30); tok(31, 40); tok(40, 41);
  d.sentences.push_back({0, 3, 0, 11, 0});
  d.sentences.push_back({3, 7, 12, 41, 0});
  ActorMention a;
  a.token_begin = 3; a.token_end = 4; a.head = 3;
  a.actor = {"RUR", "RUR", "", {}};
  a.entry = "country:RUR";
  ActorMention b;
  b.token_begin = 5; b.token_end = 6; b.head = 5;
  b.actor = {"FRDMIL", "FRD", "", {"MIL"}};
  d.mentions = {a, b};
  Event e;
  e.sentence = 1; e.source = 0; e.target = 1;
  e.cameo = "190"; e.root = "19"; e.plover = "ASSAULT"; e.goldstein = -10; e.quad = 4;
  e.verb_begin = 4; e.verb_end = 5; e.rule = "attack.obj";
  d.events.push_back(e);
  return d;
}

TEST(CharOffsets, CountsCodePoints) {
  std::string text = "\xC3\x89" "a" + std::string(200, 'x') + "\xE2\x80\x94" "z";
  CharOffsets c(text);
  EXPECT_EQ(c(0), 0u);
  EXPECT_EQ(c(2), 1u);
  EXPECT_EQ(c(3), 2u);
  EXPECT_EQ(c(203), 202u);
  EXPECT_EQ(c(206), 203u);
  EXPECT_EQ(c(static_cast<uint32_t>(text.size())), 204u);
}

TEST(EventsOutput, AnEventsOwnActorOverridesItsMentions) {
  // The events stage may code a side differently from its mention
  // (Event::source_actor: "Ruritania" condemning is RURGOV): every output
  // shows the event's actor, with the mention's words.
  Document d = sample();
  d.events[0].source_actor = {"RURGOV", "RUR", "", {"GOV"}};
  std::string jl, tsv;
  append_events_jsonl(d, OutputOptions{}, jl);
  auto j = nlohmann::json::parse(jl);
  EXPECT_EQ(j["source"]["code"], "RURGOV");
  EXPECT_EQ(j["source"]["sectors"], nlohmann::json::array({"GOV"}));
  EXPECT_EQ(j["source"]["text"], "Ruritania");
  EXPECT_EQ(j["target"]["code"], "FRDMIL");
  append_events_tsv(d, OutputOptions{}, tsv);
  EXPECT_NE(tsv.find("\tRURGOV\tRuritania\tFRDMIL\t"), std::string::npos) << tsv;
  // Without one, the mention's code.
  d.events[0].source_actor = {};
  jl.clear();
  append_events_jsonl(d, OutputOptions{}, jl);
  EXPECT_EQ(nlohmann::json::parse(jl)["source"]["code"], "RUR");
}

TEST(EventsJsonl, FieldsFollowTheContract) {
  Document d = sample();
  OutputOptions opt;
  opt.dyad_version = "9.9";
  opt.explain = true;
  std::string out;
  append_events_jsonl(d, opt, out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["doc"], "doc-1");
  EXPECT_EQ(j["sentence_index"], 1);
  EXPECT_EQ(j["sentence"], "Ruritania attacked Freedonia.");
  EXPECT_EQ(j["date"], "2030-01-05");
  EXPECT_TRUE(j["cameo"].is_string());
  EXPECT_EQ(j["cameo"], "190");
  EXPECT_EQ(j["root"], "19");
  EXPECT_EQ(j["quad"], 4);
  EXPECT_EQ(j["modality"], "asserted");
  EXPECT_TRUE(j["quote"].is_null());
  EXPECT_EQ(j["source"]["code"], "RUR");
  EXPECT_TRUE(j["source"]["org"].is_null());
  // Offsets are code points: "É" is two bytes but one character.
  EXPECT_EQ(j["source"]["start"], 11);
  EXPECT_EQ(j["source"]["end"], 20);
  EXPECT_EQ(j["target"]["sectors"], nlohmann::json::array({"MIL"}));
  EXPECT_EQ(j["evidence"]["verb"], "attacked");
  EXPECT_EQ(j["evidence"]["spans"]["verb"], nlohmann::json::array({21, 29}));
  EXPECT_EQ(j["evidence"]["rule"], "attack.obj");
  EXPECT_EQ(j["version"]["dyad"], "9.9");
  EXPECT_NE(j["explanation"].get<std::string>().find("RUR"), std::string::npos);
}

TEST(EventsJsonl, ActorsAsOfSaysWhichDateTheCodesHoldAt) {
  Document d = sample();
  std::string out;
  append_events_jsonl(d, {}, out);
  EXPECT_TRUE(nlohmann::json::parse(out)["evidence"]["actors_as_of"].is_null());
  d.actor_date = "2022-11-26";
  d.actor_date_basis = "titles";
  out.clear();
  append_events_jsonl(d, {}, out);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["evidence"]["actors_as_of"]["date"], "2022-11-26");
  EXPECT_EQ(j["evidence"]["actors_as_of"]["basis"], "titles");
  EXPECT_EQ(out.substr(0, out.size() - 1), j.dump());
}

TEST(EventsJsonl, NullTargetAndNoEvents) {
  Document d = sample();
  d.events[0].target = -1;
  std::string out;
  append_events_jsonl(d, {}, out);
  EXPECT_TRUE(nlohmann::json::parse(out)["target"].is_null());
  d.events.clear();
  out.clear();
  append_events_jsonl(d, {}, out);
  EXPECT_TRUE(out.empty());
}

// The writer prints records itself; its bytes must be exactly what
// nlohmann::json prints for the same object (sorted keys, no spaces, UTF-8
// kept, bad UTF-8 replaced), which is what re-serialising the parsed line
// gives. Strings here carry every kind of byte that needs care.
TEST(EventsJsonl, BytesAreNlohmannsLayout) {
  Document d = sample();
  d.id = std::string("id \"q\" back\\slash tab\t nl\n cr\r bs\b ff\f ctl\x01\x1f del\x7f /") + '\0' + "end";
  d.date.clear();
  d.mentions[0].actor.org = "NATO";
  d.mentions[0].actor.sectors = {"GOV", "MIL", "\xC3\xA9"};
  d.mentions[0].confidence = 0.333f;
  d.mentions[1].antecedent = 0;
  d.mentions[1].basis = "coref";
  Event e = d.events[0];
  e.rule = "r\xC3\xA9gle \xE2\x80\x94 \xFF bad";  // non-ASCII, then an invalid byte
  e.goldstein = 2.8;
  e.quote = 3;
  e.modality = Modality::kIntended;
  e.date = "2030-01-04";
  e.date_source = DateSource::kRelative;
  e.date_begin = 0;
  e.date_end = 1;
  d.events.push_back(e);
  Event f = d.events[0];
  f.source = -1;
  f.verb_begin = -1;
  f.goldstein = -0.5;
  d.events.push_back(f);
  for (bool explain : {false, true}) {
    OutputOptions opt;
    opt.explain = explain;
    opt.dyad_version = "1.\"2";
    opt.model_version = "m";
    std::string out;
    append_events_jsonl(d, opt, out);
    std::vector<std::string> lines;
    for (size_t b = 0; b < out.size();) {
      const size_t nl = out.find('\n', b);
      ASSERT_NE(nl, std::string::npos);
      const std::string line = out.substr(b, nl - b);
      const auto j = nlohmann::json::parse(line);
      EXPECT_EQ(line, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      EXPECT_EQ(j["doc"].get<std::string>(), std::string("id \"q\" back\\slash tab\t nl\n cr\r bs\b ff\f ctl\x01\x1f del\x7f /") + '\0' + "end");
      b = nl + 1;
      lines.push_back(line);
    }
    ASSERT_EQ(lines.size(), 3u);
    const auto second = nlohmann::json::parse(lines[1]);
    EXPECT_EQ(second["evidence"]["rule"], "r\xC3\xA9gle \xE2\x80\x94 \xEF\xBF\xBD bad");
    EXPECT_EQ(second["quote"], "q3");
    EXPECT_EQ(second["date"], "2030-01-04");
    EXPECT_EQ(second["date_text"], "\xC3\x89lan");
    EXPECT_EQ(second["source"]["confidence"], 0.33);
    EXPECT_EQ(second["source"]["org"], "NATO");
    EXPECT_EQ(second["target"]["refers_to"], "Ruritania");
    EXPECT_EQ(second["goldstein"], 2.8);
    const auto first = nlohmann::json::parse(lines[0]);
    EXPECT_TRUE(first["date"].is_null());
    EXPECT_EQ(first["goldstein"], -10.0);
    const auto third = nlohmann::json::parse(lines[2]);
    EXPECT_TRUE(third["source"].is_null());
    EXPECT_TRUE(third["evidence"]["spans"]["source"].is_null());
    EXPECT_TRUE(third["evidence"]["spans"]["verb"].is_null());
    EXPECT_EQ(third["evidence"]["verb"], "");
    EXPECT_EQ(third["goldstein"], -0.5);
    EXPECT_EQ(third.contains("explanation"), explain);
  }
}

TEST(EventsTsv, OneLinePerEventNoStrayTabs) {
  Document d = sample();
  std::string out = events_tsv_header();
  append_events_tsv(d, {}, out);
  size_t lines = 0, header_tabs = 0;
  for (char c : events_tsv_header()) header_tabs += c == '\t';
  size_t pos = 0;
  while (pos < out.size()) {
    size_t nl = out.find('\n', pos);
    std::string line = out.substr(pos, nl - pos);
    size_t tabs = 0;
    for (char c : line) tabs += c == '\t';
    EXPECT_EQ(tabs, header_tabs);
    ++lines;
    pos = nl + 1;
  }
  EXPECT_EQ(lines, 2u);
}

// The place, when the coder found one, in both formats: its words, span and
// state; null / empty columns when there is none.
TEST(EventsOutput, PlaceIsWrittenWhenKnown) {
  Document d = sample();
  std::string none;
  append_events_jsonl(d, {}, none);
  EXPECT_TRUE(nlohmann::json::parse(none.substr(0, none.find('\n')))["place"].is_null());
  d.events[0].place_begin = 5;  // "Freedonia", standing in for a place
  d.events[0].place_end = 6;
  d.events[0].place_country = "FRD";
  std::string out;
  append_events_jsonl(d, {}, out);
  const auto j = nlohmann::json::parse(out.substr(0, out.find('\n')));
  EXPECT_EQ(j["place"]["text"], "Freedonia");
  EXPECT_EQ(j["place"]["country"], "FRD");
  EXPECT_EQ(j["place"]["span"], nlohmann::json::parse("[30, 39]"));  // code points ("\xC3\x89" is one)
  std::string tsv;
  append_events_tsv(d, {}, tsv);
  EXPECT_NE(tsv.find("\tattack.obj\tFreedonia\tFRD\t"), std::string::npos) << tsv;
}

}  // namespace
}  // namespace dyad
