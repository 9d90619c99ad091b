// dyad eval-agreement --gold A --second B: how far two independent
// annotations of the same sentences agree, scored exactly as eval-events
// scores the coder (B in the coder's place, one-to-one matches per sentence,
// root + dyad and full code). The figure bounds what any coder can score
// against one annotator: an event the two annotators split on counts as a
// miss or a false alarm whoever is right. No text is needed, and none is
// coded: only the two files are read.
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "cli/command.h"
#include "cli/gold_corpus.h"
#include "dyad/data_path.h"
#include "events/event_eval.h"

namespace dyad::cli {
namespace {

struct Args {
  std::string gold, second;
  bool verbose = false;
};

std::string show(const std::vector<GoldEvent>& events) {
  std::string out;
  for (const GoldEvent& g : events) {
    if (!counted(g.modality)) continue;
    if (!out.empty()) out += ", ";
    out += (g.source.empty() ? "-" : g.source) + " " + (g.target.empty() ? "-" : g.target) + " " + g.code;
  }
  return out.empty() ? "(none)" : out;
}

void run(const Args& a) {
  refuse_directory(a.gold);
  refuse_directory(a.second);
  const auto first = load_gold(a.gold);
  if (first.empty()) throw std::runtime_error(a.gold + ": no gold sentences");
  std::unordered_map<std::string, const GoldSentence*> by_key;
  const auto second = load_gold(a.second);
  for (const GoldSentence& g : second) by_key[sentence_key(g)] = &g;
  const auto countries = load_country_codes(data_file("actors"));

  EvalTotals totals;
  std::map<std::string, PRCounts> per_story;
  std::map<std::string, RootCounts> per_root;
  size_t unpaired = 0, skipped = 0;
  for (const GoldSentence& g : first) {
    auto it = by_key.find(sentence_key(g));
    if (it == by_key.end()) {
      ++unpaired;
      continue;
    }
    const GoldSentence& b = *it->second;
    if (g.skipped || b.skipped) {
      ++skipped;
      continue;
    }
    const PRCounts before = totals.root;
    const SentenceScore s = score_sentence(g.events, as_system(b.events), countries, totals);
    PRCounts& unit = per_story[g.corpus.empty() ? g.where : g.corpus + "\t" + g.id];
    unit.tp += totals.root.tp - before.tp;
    unit.fp += totals.root.fp - before.fp;
    unit.fn += totals.root.fn - before.fn;
    const auto other = as_system(b.events);
    count_roots(g.events, other, s, per_root);
    bool clean = true;
    for (size_t i = 0; i < g.events.size(); ++i)
      if (counted(g.events[i].modality) && s.gold_match_root[i] < 0) clean = false;
    for (size_t k = 0; k < other.size(); ++k)
      if (counted(other[k].modality) && s.sys_match_root[k] < 0) clean = false;
    if (a.verbose && !clean)
      std::printf("%s\n  first  %s\n  second %s\n", g.where.c_str(), show(g.events).c_str(),
                  show(b.events).c_str());
  }

  std::printf("\n%s against %s: %zu sentences paired", a.second.c_str(), a.gold.c_str(), totals.sentences);
  if (skipped) std::printf(", %zu left out (skipped)", skipped);
  if (unpaired) std::printf(", %zu of the first not in the second", unpaired);
  std::printf("\nevents counted (asserted/intended): first %zu, second %zu\n", totals.gold_events,
              totals.system_events);
  auto line = [](const char* name, const PRCounts& c) {
    std::printf("%-16s agreed %4zu  second only %4zu  first only %4zu   P %.3f  R %.3f  F1 %.3f\n", name, c.tp,
                c.fp, c.fn, c.precision(), c.recall(), c.f1());
  };
  line("root+dyad", totals.root);
  line("full", totals.full);
  print_story_interval(per_story);
  print_root_table(per_root, "second");
  if (totals.sentences == 0) throw std::runtime_error("no sentence of " + a.gold + " is annotated in " + a.second);
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("eval-agreement",
                               "inter-annotator agreement of two event gold files over the same sentences");
  auto a = std::make_shared<Args>();
  c->add_option("--gold", a->gold, "first annotation (gold JSONL, tests/gold/README.md)")->required();
  c->add_option("--second", a->second, "second, independent annotation of the same sentences")->required();
  c->add_flag("--verbose,-v", a->verbose, "print every sentence the two annotations disagree on");
  c->callback([a] {
    try {
      run(*a);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-agreement: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
