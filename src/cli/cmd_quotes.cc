// dyad quotes [--date D] FILE...: quotations as JSON Lines, one line per
// quote, with the speaker (an actor mention, when one could be attributed)
// and the speech verb that introduced it.
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

void print_quotes(const Document& doc, std::string& out) {
  CharOffsets cp(doc.text);
  std::vector<int> events_in(doc.quotes.size(), 0);
  for (const Event& e : doc.events)
    if (e.quote >= 0 && static_cast<size_t>(e.quote) < events_in.size()) ++events_in[e.quote];
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    nlohmann::json j;
    j["doc"] = doc.id;
    j["date"] = doc.date;
    j["quote"] = i;
    j["sentence"] = q.sentence;
    j["start"] = cp(q.begin);
    j["end"] = cp(q.end);
    j["text"] = std::string(doc.span_text(q.begin, q.end));
    if (q.speaker >= 0 && static_cast<size_t>(q.speaker) < doc.mentions.size()) {
      const ActorMention& m = doc.mentions[q.speaker];
      uint32_t b = doc.tokens[m.token_begin].begin, e = doc.tokens[m.token_end - 1].end;
      j["speaker"] = {{"text", std::string(doc.span_text(b, e))},
                      {"code", m.actor.code},
                      {"country", m.actor.country},
                      {"start", cp(b)},
                      {"end", cp(e)}};
    } else {
      j["speaker"] = nullptr;
    }
    if (q.cue >= 0) {
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
