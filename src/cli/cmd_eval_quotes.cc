// dyad eval-quotes --gold FILE [--shared DIR] [--verbose]: runs the whole
// pipeline on every story the quote gold references and scores the quotes
// it finds (tests/gold/README.md, "Quotation gold"):
//
// * detection: a system quote matches a gold quote when their byte spans
//   share at least one byte, one-to-one, largest overlap first; P/R/F1.
// * speaker mention, on matched quotes whose gold names a speaker: right when
//   the system's speaker words, or the mention they resolve to (followed
//   through coreference links to the named actor), overlap one of the gold
//   speaker's spans (the naming nearest the quote, or another mention of the
//   same speaker before the quote or in its attribution sentence).
// * speaker key, on matched quotes whose gold speaker has a CAMEO code: the
//   system speaker's code has the same dyad key (events/event_eval.h).
// * the share of matched quotes to which dyad gives no speaker.
//
// Gold offsets are UTF-8 bytes of the story's `text`; ingest puts the
// headline first, so each span is found again in the document text.
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "cli/command.h"
#include "cli/gold_corpus.h"
#include "dyad/data_path.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "events/quote_eval.h"

namespace dyad::cli {
namespace {

struct Args {
  std::string gold;
  std::string shared;
  bool verbose = false;
};

// Maps byte spans of a story's `text` to the ingested document's text: the
// same bytes, found nearest to where the body starts in the document.
class Aligner {
 public:
  Aligner(const std::string& story, const std::string& doc) : story_(story), doc_(doc) {
    size_t at = doc.find(story);
    if (at == std::string::npos) at = doc.find(story.substr(0, std::min<size_t>(64, story.size())));
    found_ = at != std::string::npos;
    delta_ = found_ ? static_cast<long>(at) : static_cast<long>(doc.size() > story.size() ? doc.size() - story.size() : 0);
  }
  // The body's bytes in the document (to leave out headline quotes).
  ByteSpan body() const {
    return {static_cast<uint32_t>(delta_), static_cast<uint32_t>(std::min<size_t>(doc_.size(), delta_ + story_.size()))};
  }
  // False when the span's bytes are nowhere in the document.
  bool map(ByteSpan in, ByteSpan* out) const {
    std::string_view sub = std::string_view(story_).substr(in.first, in.second - in.first);
    const long want = static_cast<long>(in.first) + delta_;
    long best = -1;
    for (size_t at = doc_.find(sub); at != std::string::npos; at = doc_.find(sub, at + 1))
      if (best < 0 || std::labs(static_cast<long>(at) - want) < std::labs(best - want)) best = static_cast<long>(at);
    if (best < 0) return false;
    *out = {static_cast<uint32_t>(best), static_cast<uint32_t>(best + sub.size())};
    return true;
  }

 private:
  const std::string& story_;
  const std::string& doc_;
  long delta_ = 0;
  bool found_ = false;
};

ByteSpan token_span(const Document& doc, uint32_t tb, uint32_t te) { return {doc.tokens[tb].begin, doc.tokens[te - 1].end}; }

std::vector<SystemQuote> system_quotes(const Document& doc, ByteSpan body) {
  std::vector<SystemQuote> out;
  for (const Quote& q : doc.quotes) {
    if (q.begin < body.first || q.begin >= body.second) continue;  // a headline quote: no gold covers it
    SystemQuote s;
    s.begin = q.begin;
    s.end = q.end;
    s.partial = q.partial;
    if (q.speaker_begin >= 0 && q.speaker_end > q.speaker_begin && static_cast<size_t>(q.speaker_end) <= doc.tokens.size()) {
      s.speaker_spans.push_back(token_span(doc, q.speaker_begin, q.speaker_end));
      s.speaker_text = std::string(doc.tokens_text(q.speaker_begin, q.speaker_end));
    }
    int32_t m = q.speaker;
    if (m >= 0 && static_cast<size_t>(m) < doc.mentions.size()) s.speaker_code = doc.mentions[m].actor.code;
    std::string chain;
    for (int steps = 0; m >= 0 && static_cast<size_t>(m) < doc.mentions.size() && steps < 8; ++steps) {
      const ActorMention& am = doc.mentions[m];
      if (am.token_end > am.token_begin && am.token_end <= doc.tokens.size()) {
        s.speaker_spans.push_back(token_span(doc, am.token_begin, am.token_end));
        chain += " -> " + std::string(doc.tokens_text(am.token_begin, am.token_end));
      }
      m = am.antecedent;
    }
    if (s.speaker_text.empty() && chain.size() > 4) s.speaker_text = chain.substr(4);
    else s.speaker_text += chain;
    out.push_back(std::move(s));
  }
  return out;
}

void print_story(const Document& doc, const std::vector<GoldQuote>& gold, const std::vector<SystemQuote>& sys,
                 const QuoteScore& s) {
  std::printf("\nstory %s\n", gold.empty() ? "?" : gold[0].id.c_str());
  for (size_t g = 0; g < gold.size(); ++g) {
    const GoldQuote& gq = gold[g];
    std::string gs = gq.has_speaker ? gq.speaker_text + (gq.speaker_code.empty() ? "" : " (" + gq.speaker_code + ")")
                                    : std::string("(nobody named)");
    if (s.gold_match[g] < 0) {
      std::printf("  MISSED  %s %s \"%s\"  <- %s\n", gq.where.c_str(), gq.partial ? "partial" : "direct",
                  one_line(doc.span_text(gq.begin, gq.end), 70).c_str(), gs.c_str());
      continue;
    }
    const SystemQuote& sq = sys[static_cast<size_t>(s.gold_match[g])];
    std::string ss = sq.speaker_spans.empty() ? std::string("(none)")
                                              : sq.speaker_text + (sq.speaker_code.empty() ? "" : " (" + sq.speaker_code + ")");
    const char* mark = !gq.has_speaker                       ? "ok      "
                       : sq.speaker_spans.empty()            ? "NO-SPKR "
                       : !s.mention_ok[g]                    ? "WRONG   "
                       : !gq.speaker_code.empty() && sq.speaker_code.empty() ? "NO-CODE "
                       : !gq.speaker_code.empty() && !s.key_ok[g] ? "KEY     "
                                                                  : "ok      ";
    std::printf("  %s%s \"%s\"  <- gold %s | dyad %s%s\n", mark, gq.where.c_str(),
                one_line(doc.span_text(gq.begin, gq.end), 70).c_str(), gs.c_str(), ss.c_str(),
                gq.partial != sq.partial ? (sq.partial ? " [dyad: partial]" : " [dyad: direct]") : "");
  }
  for (size_t k = 0; k < sys.size(); ++k)
    if (s.sys_match[k] < 0)
      std::printf("  EXTRA   %s \"%s\"  <- dyad %s\n", sys[k].partial ? "partial" : "direct",
                  one_line(doc.span_text(sys[k].begin, sys[k].end), 70).c_str(),
                  sys[k].speaker_spans.empty() ? "(none)" : sys[k].speaker_text.c_str());
}

void run(const Args& a) {
  refuse_directory(a.gold);
  auto gold = load_quote_gold(a.gold);
  if (gold.empty()) throw std::runtime_error(a.gold + ": no gold quotes");
  const std::string shared = shared_dir(a.shared);
  auto pipeline = Pipeline::load();
  auto countries = load_country_codes(data_file("actors"));

  std::map<std::string, std::unordered_map<std::string, Story>> corpora;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_story;
  for (size_t i = 0; i < gold.size(); ++i) by_story[{gold[i].corpus, gold[i].id}].push_back(i);

  QuoteTotals totals;
  size_t skipped = 0, stories = 0;
  for (const auto& [key, idx] : by_story) {
    auto& corpus = corpora[key.first];
    if (corpus.empty()) corpus = load_corpus(shared + "/data/" + key.first);
    auto it = corpus.find(key.second);
    if (it == corpus.end()) {
      for (size_t i : idx)
        std::fprintf(stderr, "%s: story %s not in %s\n", gold[i].where.c_str(), key.second.c_str(), key.first.c_str());
      skipped += idx.size();
      continue;
    }
    const Story& story = it->second;
    const std::string fnv = fnv1a_hex(story.text);
    std::vector<GoldQuote> here;
    for (size_t i : idx) {
      const GoldQuote& g = gold[i];
      if (g.fnv != fnv) {
        std::fprintf(stderr, "%s: story %s hashes %s, not %s: the corpus changed under the gold\n", g.where.c_str(),
                     g.id.c_str(), fnv.c_str(), g.fnv.c_str());
        ++skipped;
        continue;
      }
      bool in = g.end <= story.text.size();
      for (ByteSpan sp : g.speaker_spans) in = in && sp.second <= story.text.size();
      if (!in) {
        std::fprintf(stderr, "%s: a span lies beyond story %s (%zu bytes)\n", g.where.c_str(), g.id.c_str(),
                     story.text.size());
        ++skipped;
        continue;
      }
      here.push_back(g);
    }
    if (here.empty()) continue;
    IngestOptions opt;
    opt.default_date = here[0].date;
    Document doc = parse_jsonl_record(story.line, opt);
    if (!here[0].date.empty()) doc.date = here[0].date;
    pipeline->run(doc);
    ++stories;
    // Gold spans into document coordinates.
    Aligner align(story.text, doc.text);
    std::vector<GoldQuote> mapped;
    for (GoldQuote g : here) {
      ByteSpan q;
      if (!align.map({g.begin, g.end}, &q)) {
        std::fprintf(stderr, "%s: quote not found in the ingested story %s\n", g.where.c_str(), g.id.c_str());
        ++skipped;
        continue;
      }
      g.begin = q.first;
      g.end = q.second;
      for (ByteSpan& sp : g.speaker_spans) {
        ByteSpan m;
        if (align.map(sp, &m)) sp = m;
        else sp = {0, 0};  // never overlaps
      }
      mapped.push_back(std::move(g));
    }
    auto sys = system_quotes(doc, align.body());
    QuoteScore s = score_quotes(mapped, sys, countries, totals);
    if (a.verbose) print_story(doc, mapped, sys, s);
  }

  auto ratio = [](size_t n, size_t d) { return d ? double(n) / double(d) : 0.0; };
  std::printf("\ngold %s: %zu stories, %zu gold quotes%s, %zu dyad quotes\n", a.gold.c_str(), stories, totals.gold,
              skipped ? (" (" + std::to_string(skipped) + " skipped)").c_str() : "", totals.system);
  std::printf("detection        tp %4zu  fp %4zu  fn %4zu   P %.3f  R %.3f  F1 %.3f\n", totals.matched,
              totals.system - totals.matched, totals.gold - totals.matched, totals.precision(), totals.recall(),
              totals.f1());
  std::printf("kind agrees      %zu/%zu = %.3f  (direct/partial, matched quotes)\n", totals.kind_agree, totals.matched,
              ratio(totals.kind_agree, totals.matched));
  std::printf("speaker mention  %zu/%zu = %.3f  (matched quotes whose gold names a speaker)\n", totals.mention_ok,
              totals.with_gold_speaker, ratio(totals.mention_ok, totals.with_gold_speaker));
  std::printf("speaker key      %zu/%zu = %.3f  (matched quotes whose gold speaker has a code; %zu wrong for want of a code)\n",
              totals.key_ok, totals.with_gold_code, ratio(totals.key_ok, totals.with_gold_code), totals.key_no_code);
  std::printf("no speaker       %zu/%zu = %.3f  (matched quotes dyad attributes to nobody)\n", totals.no_speaker,
              totals.matched, ratio(totals.no_speaker, totals.matched));
  if (skipped) throw std::runtime_error(std::to_string(skipped) + " gold quote(s) could not be scored");
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("eval-quotes", "score found quotations and speakers against hand-annotated gold quotes");
  auto a = std::make_shared<Args>();
  c->add_option("--gold", a->gold, "quote gold JSONL (tests/gold/README.md, \"Quotation gold\")")->required();
  c->add_option("--shared", a->shared, "directory holding data/<corpus> (default: <data root>/../shared)");
  c->add_flag("--verbose,-v", a->verbose, "print every gold quote with dyad's match and speaker, and dyad's extra quotes");
  c->callback([a] {
    try {
      run(*a);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-quotes: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
