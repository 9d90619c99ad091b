// Every full name written in the actor lexicons is found whole in running
// text. A name can be lost without any lexicon error: a hand-written split
// that disagrees with the tokenizer ("Lashkar-e-Taiba", "Co-operation",
// "Workers' Party"), or a shorter phrase that starts earlier and swallows the
// name's first word ("the organization" in "The Organization of American
// States", "the republic" in "the Republic of Kenya"). This test reads the
// lexicon files themselves, so a name added tomorrow is checked too.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/text.h"

namespace dyad {
namespace {

struct Name {
  std::string phrase, where;
  bool person;
};

std::vector<Name> lexicon_names() {
  std::vector<Name> out;
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/data/actors/";
  for (const char* f : {"orgs.txt", "countries.txt", "groups.txt", "parties.txt", "people.txt", "people_world.txt",
                        "people_more.txt", "people_cabinets.txt"}) {
    std::ifstream in(dir + f);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      const std::string where = std::string(f) + ":" + std::to_string(n);
      if (line.rfind("person ", 0) == 0) {
        out.push_back({line.substr(7), where, true});
        continue;
      }
      static const std::regex kName(R"(^\s+name\s+(.*)$)");
      std::smatch m;
      if (!std::regex_match(line, m, kName)) continue;
      const bool person = false;
      std::string list = m[1];
      size_t p = 0;
      while (p <= list.size()) {
        size_t q = list.find(';', p);
        if (q == std::string::npos) q = list.size();
        std::string w = list.substr(p, q - p);
        w.erase(0, w.find_first_not_of(' '));
        w.erase(w.find_last_not_of(' ') + 1);
        // `=` marks an exact-case word, at the start of any word.
        for (size_t k = w.size(); k-- > 0;)
          if (w[k] == '=' && (k == 0 || w[k - 1] == ' ')) w.erase(k, 1);
        if (!w.empty()) out.push_back({w, where, person});
        p = q + 1;
      }
    }
  }
  return out;
}

TEST(LexiconNames, EveryFullNameIsFoundWhole) {
  auto lex = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors");
  ActorStage stage(lex);
  const std::vector<Name> names = lexicon_names();
  ASSERT_GT(names.size(), 1000u);
  // Lower-case descriptions that only stand with an article of their own.
  const std::vector<std::string> kDescriptive = {"world body"};
  size_t missing = 0;
  for (const Name& n : names) {
    if (std::find(kDescriptive.begin(), kDescriptive.end(), n.phrase) != kDescriptive.end()) continue;
    // Trim the name's own leading article so the sentence reads naturally.
    std::string phrase = n.phrase.rfind("the ", 0) == 0 ? n.phrase.substr(4) : n.phrase;
    const std::string text = n.person ? "On Monday, " + phrase + " said talks would continue."
                                      : "Officials from the " + phrase + " said on Monday that talks would continue.";
    Document d;
    d.text = text;
    d.date = "2021-04-14";
    run_text_stage(d);  // the real tokenizer: the one the lexicon must agree with
    stage.run(d);
    bool found = false;
    for (const auto& m : d.mentions)
      found = found || d.tokens_text(m.token_begin, m.token_end).find(phrase) != std::string_view::npos;
    if (!found) {
      ++missing;
      ADD_FAILURE() << n.where << ": \"" << n.phrase << "\" is not found whole in: " << text;
    }
  }
  EXPECT_EQ(missing, 0u);
}

}  // namespace
}  // namespace dyad
