// dyad actors [--date D] [--lexicon DIR] FILE...: actor mentions as JSON Lines,
// one line per mention, with the CAMEO code valid at the article date.
//
// Inputs are read by the ingest stage (plain text, JSONL, directories, "-")
// and tokenized by the text stage. Without --parse no parser runs, and a
// nationality attaches to an agent by adjacency only; with --parse the tagger
// and parser run first and the dependency tree is used too.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "actors/lexicon.h"
#include "cli/command.h"
#include "cli/inputs.h"
#include "dyad/actors.h"
#include "dyad/conllu.h"
#include "dyad/data_path.h"
#include "dyad/ingest.h"
#include "dyad/lemmatizer.h"
#include "dyad/output.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad::cli {
namespace {

void print_mentions(const Document& doc, std::string& out) {
  // Sentence index per mention, for readers who group by sentence.
  size_t s = 0;
  CharOffsets chars(doc.text);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const ActorMention& m = doc.mentions[i];
    while (s + 1 < doc.sentences.size() && doc.sentences[s].token_end <= m.token_begin) ++s;
    uint32_t b = doc.tokens[m.token_begin].begin, e = doc.tokens[m.token_end - 1].end;
    // Offsets in code points, as in `dyad code`.
    nlohmann::json j;
    j["doc"] = doc.id;
    j["date"] = doc.date;
    j["mention"] = i;
    j["sentence"] = doc.sentences.empty() ? 0 : s;
    j["begin"] = chars(b);
    j["end"] = chars(e);
    j["text"] = std::string(doc.span_text(b, e));
    j["head"] = std::string(doc.token_text(m.head));
    j["code"] = m.actor.code;
    j["country"] = m.actor.country;
    j["org"] = m.actor.org;
    j["sectors"] = m.actor.sectors;
    j["entry"] = m.entry;
    j["antecedent"] = m.antecedent;
    j["basis"] = m.basis;
    j["confidence"] = std::round(static_cast<double>(m.confidence) * 100) / 100;
    j["unresolved"] = m.unresolved;
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
}

// --conllu: the files are already tokenized and parsed (e.g. by `dyad parse`
// or a UD treebank); the actors stage runs on that tree. The first sentence
// of each document counts as its headline for the document context.
// A malformed sentence is reported and skipped, an unreadable file too; the
// rest is coded (as `dyad code` does), and the exit status is 1 only when
// nothing could be read.
int run_conllu(const std::vector<std::string>& files, const std::string& date, const ActorStage& stage) {
  std::string out;
  size_t read = 0, skipped = 0;
  for (const auto& f : files) {
    std::vector<Document> docs;
    std::vector<std::string> errors;
    ConlluReadOptions options;
    options.errors = &errors;
    try {
      docs = read_conllu_file(f, options);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad actors: error: %s; skipped\n", e.what());
      ++skipped;
      continue;
    }
    for (const std::string& e : errors) std::fprintf(stderr, "dyad actors: error: %s\n", e.c_str());
    skipped += errors.size();
    for (Document& doc : docs) {
      if (doc.sentences.empty()) continue;
      ++read;
      if (doc.id.empty()) doc.id = f;
      if (doc.date.empty()) doc.date = date;
      if (doc.paragraphs.empty() && !doc.sentences.empty()) {
        doc.paragraphs.push_back(Paragraph{doc.sentences[0].begin, doc.sentences[0].end, true});
        doc.paragraphs.push_back(Paragraph{doc.sentences[0].end, static_cast<uint32_t>(doc.text.size()), false});
        for (size_t s = 0; s < doc.sentences.size(); ++s) doc.sentences[s].paragraph = s == 0 ? 0 : 1;
      }
      stage.run(doc);
      out.clear();
      print_mentions(doc, out);
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }
  if (read == 0 && skipped > 0) {
    std::fprintf(stderr, "dyad actors: no input could be read\n");
    return 1;
  }
  return 0;
}

void run(const std::vector<std::string>& files_in, const std::string& date, std::string lexicon_dir,
         bool parse, bool stats, bool conllu) {
  if (lexicon_dir.empty()) lexicon_dir = data_file("actors");
  std::shared_ptr<const ActorLexicon> lex;
  try {
    lex = load_actor_lexicon(lexicon_dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad actors: %s\n", e.what());
    throw CLI::RuntimeError(1);
  }
  if (stats) {  // lexicon sizes, for documentation and sanity checks
    ActorLexicon::Stats s = lex->stats();
    nlohmann::json j = {{"countries", s.countries}, {"orgs", s.orgs},         {"agents", s.agents},
                        {"people", s.people},       {"phrases", s.phrases},   {"words", s.words},
                        {"trie_nodes", s.nodes},    {"max_phrase_words", lex->max_phrase_words()}};
    std::printf("%s\n", j.dump().c_str());
    return;
  }
  ActorOptions options;
  options.report_unresolved = true;  // shown here, not handed to the coder
  ActorStage stage(lex, options);
  if (conllu) {
    if (int rc = run_conllu(files_in, date, stage); rc != 0) throw CLI::RuntimeError(rc);
    return;
  }
  std::unique_ptr<Tagger> tagger;
  std::unique_ptr<Parser> parser;
  // The lemmatizer too: the parser reads lemmas, and without them its tree
  // differs from the one `dyad code` builds (so mentions placed by the tree
  // differed between the two commands).
  std::unique_ptr<Lemmatizer> lemmatizer;
  if (parse) {
    try {
      tagger = std::make_unique<Tagger>(Tagger::load(model_file("tagger.bin")));
      lemmatizer = std::make_unique<Lemmatizer>(Lemmatizer::load(model_file("lemmas.tsv")));
      parser = std::make_unique<Parser>(Parser::load(model_file("parser.bin")));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad actors: --parse: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
  }
  IngestOptions opts;
  opts.default_date = date;
  std::string out;
  int rc = for_each_document("actors", files_in, opts, [&](Document& doc) {
    run_text_stage(doc);
    if (parser) {
      tagger->tag(doc);
      lemmatizer->lemmatize(doc);
      parser->parse(doc);
    }
    stage.run(doc);
    out.clear();
    print_mentions(doc, out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  });
  if (rc != 0) throw CLI::RuntimeError(rc);
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("actors", "find actor mentions (CAMEO codes) and print them as JSON Lines");
  auto files = std::make_shared<std::vector<std::string>>();
  auto date = std::make_shared<std::string>();
  auto lexicon = std::make_shared<std::string>();
  auto parse = std::make_shared<bool>(false);
  auto stats = std::make_shared<bool>(false);
  auto conllu = std::make_shared<bool>(false);
  c->add_option("files", *files, "input files or directories (text or JSONL; - for stdin)");
  c->add_option("--date", *date, "article date YYYY-MM-DD for documents that carry none; picks "
                                 "date-bounded codes (with no date at all: the codes valid today)");
  c->add_option("--lexicon", *lexicon, "actor lexicon directory (default: <data>/actors)");
  c->add_flag("--stats", *stats, "print the lexicon's sizes as JSON and exit");
  c->add_flag("--parse", *parse, "tag and parse first, so nationality attaches through the dependency tree");
  c->add_flag("--conllu", *conllu, "the files are CoNLL-U (tokenized and parsed already); the first "
                                   "sentence of each document counts as its headline");
  c->callback([files, date, lexicon, parse, stats, conllu] {
    IngestOptions checked;
    if (!set_date_option("actors", *date, checked)) throw CLI::RuntimeError(2);
    run(*files, checked.default_date, *lexicon, *parse, *stats, *conllu);
  });
});

}  // namespace
}  // namespace dyad::cli
