// dyad eval-events --gold FILE [--shared DIR] [--verbose]: codes every gold
// sentence and scores the events against the hand annotation
// (tests/gold/README.md), at root + dyad level and at full-code level.
//
// A referenced sentence is coded inside its whole story, with the story's
// date: coreference ("he", "the militants") and quotation speakers need the
// earlier sentences, exactly as in `dyad code`. The system events of a gold
// sentence are those whose verb lies inside the sentence's bytes. An inline
// sentence is coded alone, as the body of a one-sentence article.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>

#include "cli/command.h"
#include "cli/gold_corpus.h"
#include "dyad/data_path.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "events/event_eval.h"

namespace dyad::cli {
namespace {

struct Args {
  std::string gold;
  std::string second_gold;
  std::string shared;
  bool verbose = false;
  bool trees = false;
  bool per_root = false;
  bool states_as_governments = false;
  double min_precision = 0, min_recall = 0;
};

// System events whose verb starts inside doc bytes [b, e).
std::vector<SystemEvent> events_in(const Document& doc, uint32_t b, uint32_t e) {
  std::vector<SystemEvent> out;
  // The actor as the event codes it ("Russia" condemning is RUSGOV).
  auto code_of = [](const Actor* a) { return a ? a->code : std::string(); };
  // The words, and how the code was found when not from the lexicon
  // ("he"{coref}, "the minister"{context}).
  auto text_of = [&](int32_t m) {
    if (m < 0 || static_cast<size_t>(m) >= doc.mentions.size()) return std::string("-");
    const auto& am = doc.mentions[m];
    std::string t = "\"" + std::string(doc.tokens_text(am.token_begin, am.token_end)) + "\"";
    if (!am.basis.empty() && am.basis != "lexicon") t += "{" + am.basis + "}";
    return t;
  };
  for (const Event& ev : doc.events) {
    uint32_t at = ev.verb_begin >= 0 ? doc.tokens[ev.verb_begin].begin : doc.sentences[ev.sentence].begin;
    if (at < b || at >= e) continue;
    SystemEvent s;
    s.source = code_of(doc.source_actor(ev));
    s.target = code_of(doc.target_actor(ev));
    s.code = ev.cameo;
    s.modality = ev.modality;
    s.rule = ev.rule;
    std::string verb = ev.verb_begin >= 0 ? std::string(doc.tokens_text(ev.verb_begin, ev.verb_end)) : "";
    s.text = text_of(ev.source) + " -" + verb + "-> " + text_of(ev.target);
    out.push_back(std::move(s));
  }
  return out;
}

std::string show(const GoldEvent& g) {
  std::string s = (g.source.empty() ? "-" : g.source) + " " + (g.target.empty() ? "-" : g.target) + " " + g.code;
  if (g.modality != Modality::kAsserted) s += " " + std::string(modality_name(g.modality));
  return s;
}

std::string show(const SystemEvent& e) {
  std::string s = (e.source.empty() ? "-" : e.source) + " " + (e.target.empty() ? "-" : e.target) + " " + e.code;
  if (e.modality != Modality::kAsserted) s += " " + std::string(modality_name(e.modality));
  return s + "  [" + e.rule + "] " + e.text;
}

// The parse and the actor mentions of doc bytes [b, e): why a pattern did
// or did not fire.
void print_tree(const Document& doc, uint32_t b, uint32_t e) {
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.tokens[t].begin < b || doc.tokens[t].begin >= e) continue;
    std::string line = "    " + std::to_string(t) + " " + std::string(doc.token_text(t));
    if (t < doc.syntax.size()) {
      const TokenSyntax& x = doc.syntax[t];
      line += " " + x.lemma + " " + x.xpos + " " + std::to_string(x.head) + " " + std::string(deprel_name(x.deprel));
    }
    for (const ActorMention& m : doc.mentions)
      if (m.token_begin == t) {
        line += "   [" + std::string(doc.tokens_text(m.token_begin, m.token_end)) + " = " +
                (m.actor.code.empty() ? std::string("?") : m.actor.code);
        if (m.antecedent >= 0 && static_cast<size_t>(m.antecedent) < doc.mentions.size())
          line += " -> " + doc.mentions[m.antecedent].actor.code;
        line += "]";
      }
    std::printf("%s\n", line.c_str());
  }
}

void run(const Args& a) {
  // NaN compares false, so a NaN gate would pass whatever the scores.
  for (double v : {a.min_precision, a.min_recall})
    if (!(v >= 0 && v <= 1)) {
      std::fprintf(stderr, "dyad eval-events: --min-precision and --min-recall must be between 0 and 1\n");
      throw CLI::RuntimeError(2);
    }
  refuse_directory(a.gold);
  auto gold = load_gold(a.gold);
  if (gold.empty()) throw std::runtime_error(a.gold + ": no gold sentences");
  const std::string shared = shared_dir(a.shared);
  PipelineOptions po;
  po.states_as_governments = a.states_as_governments;
  auto pipeline = Pipeline::load(po);
  auto countries = load_country_codes(data_file("actors"));

  // A second, independent annotation of the same sentences: consensus scores.
  std::unordered_map<std::string, GoldSentence> second;
  if (!a.second_gold.empty()) {
    refuse_directory(a.second_gold);
    for (auto& g : load_gold(a.second_gold)) {
      std::string key = sentence_key(g);
      second.emplace(std::move(key), std::move(g));
    }
  }
  EvalTotals agreed_totals, either_totals, paired_totals;

  // Group referenced sentences by story so each story is coded once.
  std::map<std::string, std::unordered_map<std::string, Story>> corpora;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_story;
  std::vector<size_t> inline_sentences;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].corpus.empty()) inline_sentences.push_back(i);
    else by_story[{gold[i].corpus, gold[i].id}].push_back(i);
  }

  EvalTotals totals;
  std::map<std::string, RootCounts> roots;
  size_t skipped = 0;
  IngestOptions opt;
  // Root + dyad counts per story (an inline sentence is its own unit), for
  // the bootstrap interval.
  std::map<std::string, PRCounts> per_story;
  auto score = [&](const GoldSentence& g, const Document& doc, uint32_t b, uint32_t e) {
    auto sys = events_in(doc, b, e);
    const PRCounts before = totals.root;
    SentenceScore s = score_sentence(g.events, sys, countries, totals);
    count_roots(g.events, sys, s, roots);
    if (!second.empty() && !g.skipped) {
      auto it = second.find(sentence_key(g));
      if (it != second.end() && !it->second.skipped) {
        const Consensus c = consensus(g.events, it->second.events, countries);
        score_sentence(c.agreed, sys, countries, agreed_totals);
        score_sentence(c.either, sys, countries, either_totals);
        score_sentence(g.events, sys, countries, paired_totals);
      }
    }
    PRCounts& unit = per_story[g.corpus.empty() ? g.where : g.corpus + "\t" + g.id];
    unit.tp += totals.root.tp - before.tp;
    unit.fp += totals.root.fp - before.fp;
    unit.fn += totals.root.fn - before.fn;
    if (!a.verbose) return;
    bool clean = true;
    for (size_t i = 0; i < g.events.size(); ++i)
      if (counted(g.events[i].modality) && s.gold_match_full[i] < 0) clean = false;
    for (size_t k = 0; k < sys.size(); ++k)
      if (counted(sys[k].modality) && s.sys_match_full[k] < 0) clean = false;
    if (clean) return;
    std::printf("\n%s  %s\n  | %s\n", g.where.c_str(), g.corpus.empty() ? "(inline)" : (g.id).c_str(),
                one_line(doc.span_text(b, e)).c_str());
    for (size_t i = 0; i < g.events.size(); ++i) {
      const char* mark = !counted(g.events[i].modality) ? "  (not counted)"
                         : s.gold_match_full[i] >= 0   ? "  ok"
                         : s.gold_match_root[i] >= 0   ? "  ok at root+dyad, code/actors differ"
                                                       : "  MISSED";
      std::printf("  gold   %-28s%s\n", show(g.events[i]).c_str(), mark);
    }
    for (size_t k = 0; k < sys.size(); ++k) {
      const char* mark = !counted(sys[k].modality)    ? "(not counted) "
                         : s.sys_match_full[k] >= 0   ? "ok "
                         : s.sys_match_root[k] >= 0   ? "root-ok "
                                                      : "WRONG ";
      std::printf("  dyad   %s%s\n", mark, show(sys[k]).c_str());
    }
    if (a.trees) print_tree(doc, b, e);
  };

  for (const auto& [key, idx] : by_story) {
    auto& corpus = corpora[key.first];
    if (corpus.empty()) corpus = load_corpus(shared + "/data/" + key.first);
    auto it = corpus.find(key.second);
    if (it == corpus.end()) {
      for (size_t i : idx)
        std::fprintf(stderr, "%s: story %s not in %s\n", gold[i].where.c_str(), key.second.c_str(),
                     key.first.c_str());
      skipped += idx.size();
      continue;
    }
    const Story& story = it->second;
    opt.default_date = gold[idx[0]].date;
    Document doc = parse_jsonl_record(story.line, opt);
    if (!gold[idx[0]].date.empty()) doc.date = gold[idx[0]].date;
    pipeline->run(doc);
    size_t search_from = 0;
    for (size_t i : idx) {
      const GoldSentence& g = gold[i];
      if (g.end > story.text.size()) {
        std::fprintf(stderr, "%s: offsets %u-%u beyond story %s (%zu bytes)\n", g.where.c_str(), g.begin, g.end,
                     g.id.c_str(), story.text.size());
        ++skipped;
        continue;
      }
      std::string_view sent = std::string_view(story.text).substr(g.begin, g.end - g.begin);
      if (fnv1a_hex(sent) != g.fnv) {
        std::fprintf(stderr, "%s: sentence hash %s != %s: the corpus changed under the gold\n", g.where.c_str(),
                     fnv1a_hex(sent).c_str(), g.fnv.c_str());
        ++skipped;
        continue;
      }
      // Ingest keeps the body's bytes but may move them (headline first,
      // paragraphs re-joined): find the sentence in the document text.
      size_t at = doc.text.find(sent, search_from);
      if (at == std::string::npos) at = doc.text.find(sent);
      size_t len = sent.size();
      if (at == std::string::npos && sent.size() > 40) {
        // Ingest moved a wire dateline ("PARIS — ") into its own paragraph:
        // find the sentence's last two thirds and stretch back over the
        // dateline's bytes (its events start after it anyway).
        size_t k = sent.size() / 3;
        size_t tail = doc.text.find(sent.substr(k), search_from);
        if (tail != std::string::npos) {
          at = tail >= k ? tail - k : 0;
          len = tail + (sent.size() - k) - at;
        }
      }
      if (at == std::string::npos) {
        std::fprintf(stderr, "%s: sentence not found in the ingested story %s\n", g.where.c_str(), g.id.c_str());
        ++skipped;
        continue;
      }
      search_from = at;
      score(g, doc, static_cast<uint32_t>(at), static_cast<uint32_t>(at + len));
    }
  }
  for (size_t i : inline_sentences) {
    const GoldSentence& g = gold[i];
    IngestOptions o;
    o.default_date = g.date;
    Document doc = make_article("", g.text, o);
    if (!g.date.empty()) doc.date = g.date;
    pipeline->run(doc);
    size_t at = doc.text.find(g.text);
    if (at == std::string::npos) at = 0;
    score(g, doc, static_cast<uint32_t>(at), static_cast<uint32_t>(doc.text.size()));
  }

  std::printf("\ngold %s: %zu sentences scored%s, %zu gold events counted (+%zu negated, not counted)\n",
              a.gold.c_str(), totals.sentences, skipped ? (", " + std::to_string(skipped) + " skipped").c_str() : "",
              totals.gold_events, totals.gold_negated);
  std::printf("dyad: %zu events counted (asserted/intended), %zu not counted (negated/hypothetical/requested)\n",
              totals.system_events, totals.system_uncounted);
  auto line = [](const char* name, const PRCounts& c) {
    std::printf("%-16s tp %4zu  fp %4zu  fn %4zu   P %.3f  R %.3f  F1 %.3f\n", name, c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1());
  };
  line("root+dyad", totals.root);
  line("full", totals.full);
  print_story_interval(per_story);
  if (!a.second_gold.empty()) {
    // Recall of what both annotators record; precision against what either
    // records. One annotator's gold counts the other's defensible events as
    // misses or false alarms; this pair of figures does not.
    std::printf("\nsecond annotation %s: %zu sentences paired\n", a.second_gold.c_str(), paired_totals.sentences);
    std::printf("  first gold alone     P %.3f  R %.3f  (tp %zu fp %zu fn %zu)\n", paired_totals.root.precision(),
                paired_totals.root.recall(), paired_totals.root.tp, paired_totals.root.fp, paired_totals.root.fn);
    std::printf("  agreed by both       R %.3f  (%zu of %zu events both annotators record)\n",
                agreed_totals.root.recall(), agreed_totals.root.tp, agreed_totals.gold_events);
    std::printf("  recorded by either   P %.3f  (%zu of %zu dyad events)\n", either_totals.root.precision(),
                either_totals.root.tp, either_totals.system_events);
  }
  if (a.per_root) print_root_table(roots, "dyad");
  std::printf("010 share        %zu/%zu = %.3f\n", totals.system_010, totals.system_events,
              totals.system_events ? double(totals.system_010) / double(totals.system_events) : 0.0);
  std::printf("negated gold acts emitted as positive events: %zu/%zu\n", totals.negated_as_positive,
              totals.gold_negated);
  if (skipped) throw std::runtime_error(std::to_string(skipped) + " gold sentence(s) could not be scored");
  if (totals.root.precision() < a.min_precision || totals.root.recall() < a.min_recall) {
    std::fprintf(stderr, "dyad eval-events: below baseline (root+dyad P %.3f < %.3f or R %.3f < %.3f)\n",
                 totals.root.precision(), a.min_precision, totals.root.recall(), a.min_recall);
    throw CLI::RuntimeError(3);
  }
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("eval-events", "score coded events against hand-annotated gold sentences");
  auto a = std::make_shared<Args>();
  c->add_option("--gold", a->gold, "gold JSONL (tests/gold/README.md)")->required();
  c->add_option("--shared", a->shared,
                "directory holding data/<corpus> for referenced sentences (default: <data root>/../shared)");
  c->add_option("--second-gold", a->second_gold,
                "a second, independent annotation of the same sentences: also report recall of the events both "
                "annotators record and precision against the events either records (root + dyad)");
  c->add_flag("--verbose,-v", a->verbose, "print every sentence whose events differ from the gold");
  c->add_flag("--per-root", a->per_root, "also print gold, coded and matched events per CAMEO root");
  c->add_flag("--trees", a->trees, "with --verbose: also print each mismatched sentence's parse and mentions");
  add_states_as_governments_flag(c, &a->states_as_governments);
  c->add_option("--min-precision", a->min_precision, "exit 3 when root+dyad precision is below this");
  c->add_option("--min-recall", a->min_recall, "exit 3 when root+dyad recall is below this");
  c->callback([a] {
    try {
      run(*a);
    } catch (const CLI::RuntimeError&) {
      throw;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-events: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
