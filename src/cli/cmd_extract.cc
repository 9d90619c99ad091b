// dyad extract [--format text|json] [--input-format auto|text|jsonl|html] FILE...
// Prints the clean article of each input as ingest sees it: the same path
// `dyad code` reads (HTML pages, gzip, plain text, JSONL).
//
// text: headline, blank line, paragraphs separated by blank lines; documents
// separated by a form-feed line. json: one object per line with metadata,
// the text, and each paragraph's offsets in the text and in the input bytes.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/inputs.h"
#include "dyad/ingest.h"

namespace dyad::cli {
namespace {

struct ExtractArgs {
  std::string format = "text";
  std::string input_format = "auto";
  std::string date;
  bool spans = false;
  std::vector<std::string> inputs;
};

nlohmann::json to_json(const Document& doc, bool spans) {
  nlohmann::json j;
  j["id"] = doc.id;
  j["url"] = doc.url;
  j["title"] = doc.title;
  j["date"] = doc.date;
  j["byline"] = doc.byline;
  j["dateline"] = doc.dateline;
  j["text"] = doc.text;
  nlohmann::json paras = nlohmann::json::array();
  size_t s = 0;
  for (const Paragraph& p : doc.paragraphs) {
    nlohmann::json pj{{"begin", p.begin}, {"end", p.end}, {"headline", p.is_headline}};
    // The input bytes of a paragraph: from its first source span to its last.
    while (s < doc.source_map.size() && doc.source_map[s].text_end <= p.begin) ++s;
    size_t e = s;
    int64_t src_begin = -1, src_end = -1;
    while (e < doc.source_map.size() && doc.source_map[e].text_begin < p.end) {
      if (src_begin < 0) src_begin = doc.source_map[e].source_begin;
      src_end = doc.source_map[e].source_end;
      ++e;
    }
    if (src_begin >= 0) {
      pj["source_begin"] = src_begin;
      pj["source_end"] = src_end;
    }
    paras.push_back(std::move(pj));
  }
  j["paragraphs"] = std::move(paras);
  if (spans) {
    nlohmann::json m = nlohmann::json::array();
    for (const SourceSpan& sp : doc.source_map)
      m.push_back({sp.text_begin, sp.text_end, sp.source_begin, sp.source_end});
    j["source_map"] = std::move(m);
  }
  return j;
}

int run_extract(const ExtractArgs& args) {
  IngestOptions options;
  if (!set_date_option("extract", args.date, options)) return 2;
  if (!set_input_format("extract", args.input_format, options)) return 2;
  bool first = true;
  return for_each_document("extract", args.inputs, options, [&](Document& doc) {
    if (args.format == "json") {
      std::string line = to_json(doc, args.spans).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      std::fwrite(line.data(), 1, line.size(), stdout);
      std::fputc('\n', stdout);
      return;
    }
    if (!first) std::fputs("\f\n", stdout);
    first = false;
    std::fwrite(doc.text.data(), 1, doc.text.size(), stdout);
    std::fputc('\n', stdout);
  });
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* c = app.add_subcommand("extract", "print the clean article of HTML pages, text or JSONL inputs");
  c->add_option("--format", args->format, "output: text (the article) or json (one object per document)")
      ->check(CLI::IsMember({"text", "json"}));
  c->add_option("--input-format", args->input_format,
                "input format (auto: by extension, else by content; .gz is inflated)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}));
  c->add_option("--date", args->date, "article date (YYYY-MM-DD) for documents that carry none");
  c->add_flag("--spans", args->spans, "json: add the full source map [text_begin, text_end, source_begin, source_end]");
  c->add_option("inputs", args->inputs, "files, directories, or - for stdin (default: stdin)");
  c->callback([args] {
    int rc = run_extract(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
