// dyad quotes [--date D] FILE...: quotations as JSON Lines, one line per
// quote, with the speaker (an actor mention, when one could be attributed)
// and the speech verb that introduced it.
//
// Fields: doc, id ("q<n>", as in events' `quote`), text, start, end, kind
// (direct | partial), speaker (text, code, country, start, end, refers_to;
// or null), cue (text, start, end; or null), sentence, date, events.
//
// Runs the whole pipeline (the events stage finds the quotes), so it needs
// the models. Offsets are Unicode code points into the ingested text, like
// `dyad code`.
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/inputs.h"
#include "dyad/data_path.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

// The speaker as written near the quote ("he", "the ministry", an unknown
// name), with the actor it resolves to: code and country, and `refers_to`
// when that actor was named elsewhere (a pronoun or title). Without an
// actor, code and country are null: the words are still the attribution.
nlohmann::json speaker_json(const Document& doc, const Quote& q, const CharOffsets& cp) {
  const ActorMention* m =
      q.speaker >= 0 && static_cast<size_t>(q.speaker) < doc.mentions.size() ? &doc.mentions[q.speaker] : nullptr;
  uint32_t tb, te;
  if (q.speaker_begin >= 0 && q.speaker_end > q.speaker_begin && static_cast<size_t>(q.speaker_end) <= doc.tokens.size()) {
    tb = static_cast<uint32_t>(q.speaker_begin);
    te = static_cast<uint32_t>(q.speaker_end);
  } else if (m && m->token_end > m->token_begin && m->token_end <= doc.tokens.size()) {
    tb = m->token_begin;
    te = m->token_end;
  } else {
    return nullptr;
  }
  nlohmann::json j;
  j["text"] = std::string(doc.tokens_text(tb, te));
  j["code"] = m && !m->actor.code.empty() ? nlohmann::json(m->actor.code) : nlohmann::json();
  j["country"] = m && !m->actor.country.empty() ? nlohmann::json(m->actor.country) : nlohmann::json();
  j["start"] = cp(doc.tokens[tb].begin);
  j["end"] = cp(doc.tokens[te - 1].end);
  // Where the actor is named elsewhere (a pronoun, a title, the previous
  // quote's speaker), say where.
  const ActorMention* named = nullptr;
  if (m && (m->token_end <= tb || m->token_begin >= te)) named = m;
  else if (m && m->entry.rfind("pronoun:", 0) == 0 && m->antecedent >= 0 &&
           static_cast<size_t>(m->antecedent) < doc.mentions.size())
    named = &doc.mentions[m->antecedent];
  if (named) {
    std::string r(doc.tokens_text(named->token_begin, named->token_end));
    if (r != j["text"].get<std::string>()) j["refers_to"] = r;
  }
  return j;
}

void print_quotes(const Document& doc, std::string& out) {
  CharOffsets cp(doc.text);
  std::vector<int> events_in(doc.quotes.size(), 0);
  for (const Event& e : doc.events)
    if (e.quote >= 0 && static_cast<size_t>(e.quote) < events_in.size()) ++events_in[e.quote];
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    nlohmann::json j;
    j["doc"] = doc.id;
    j["id"] = "q" + std::to_string(i);  // the `quote` field of events found inside it
    j["date"] = doc.date;
    j["sentence"] = q.sentence;
    j["start"] = cp(q.begin);
    j["end"] = cp(q.end);
    j["text"] = std::string(doc.span_text(q.begin, q.end));
    j["kind"] = q.partial ? "partial" : "direct";
    j["speaker"] = speaker_json(doc, q, cp);
    if (q.cue >= 0 && static_cast<size_t>(q.cue) < doc.tokens.size()) {
      const Token& t = doc.tokens[q.cue];
      j["cue"] = {{"text", std::string(doc.token_text(q.cue))}, {"start", cp(t.begin)}, {"end", cp(t.end)}};
    } else {
      j["cue"] = nullptr;
    }
    j["events"] = events_in[i];
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
}

int run(const std::vector<std::string>& files_in, const std::string& date) {
  std::unique_ptr<Pipeline> pipeline;
  try {
    pipeline = Pipeline::load();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad quotes: cannot load models and lexicons: %s\n", e.what());
    return 1;
  }
  IngestOptions opts;
  opts.default_date = date;
  std::string out;
  return for_each_document("quotes", files_in, opts, [&](Document& doc) {
    pipeline->run(doc);
    out.clear();
    print_quotes(doc, out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  });
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("quotes", "find quotations and their speakers; print them as JSON Lines");
  auto files = std::make_shared<std::vector<std::string>>();
  auto date = std::make_shared<std::string>();
  c->add_option("files", *files, "input files or directories (text or JSONL; - for stdin)");
  c->add_option("--date", *date, "article date YYYY-MM-DD for documents that carry none");
  c->callback([files, date] {
    IngestOptions checked;
    if (!set_date_option("quotes", *date, checked)) throw CLI::RuntimeError(2);
    int rc = run(*files, checked.default_date);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
