// `dyad parse`: text or CoNLL-U in, tagged, lemmatized and parsed CoNLL-U (or
// JSON Lines) out.
//
//   dyad parse [--input text|conllu] [--format conllu|json] [FILE...]
//
// Text input: each file is one document; blank lines separate paragraphs
// (sentences never cross them). CoNLL-U input keeps the file's tokens and
// sentences and replaces its tags, lemmas and trees. No FILE, or "-", reads
// standard input.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <new>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command.h"
#include "dyad/conllu.h"
#include "dyad/ingest.h"
#include "dyad/text.h"
#include "syntax/parser_pipeline.h"

namespace dyad::cli {
namespace {

// Paragraphs are runs of text between blank lines.
void set_paragraphs(Document& doc) {
  const std::string& t = doc.text;
  size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == '\n' || t[i] == '\r' || t[i] == ' ' || t[i] == '\t')) ++i;
    if (i >= t.size()) break;
    size_t begin = i, end = i;
    for (;;) {
      size_t nl = t.find('\n', i);
      if (nl == std::string::npos) { end = t.size(); i = t.size(); break; }
      // Is the next line blank?
      size_t j = nl + 1;
      while (j < t.size() && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r')) ++j;
      if (j >= t.size() || t[j] == '\n') { end = nl; i = j; break; }
      i = nl + 1;
    }
    while (end > begin && (t[end - 1] == '\r' || t[end - 1] == ' ' || t[end - 1] == '\t')) --end;
    Paragraph p;
    p.begin = static_cast<uint32_t>(begin);
    p.end = static_cast<uint32_t>(end);
    doc.paragraphs.push_back(p);
  }
}

nlohmann::json to_json(const Document& doc) {
  nlohmann::json out;
  out["id"] = doc.id;
  nlohmann::json sents = nlohmann::json::array();
  for (const Sentence& s : doc.sentences) {
    nlohmann::json js;
    js["text"] = std::string(doc.span_text(s.begin, s.end));
    nlohmann::json toks = nlohmann::json::array();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const TokenSyntax& syn = doc.syntax[t];
      nlohmann::json jt;
      jt["id"] = t - s.token_begin + 1;
      jt["form"] = std::string(doc.token_text(t));
      jt["lemma"] = syn.lemma;
      jt["upos"] = std::string(upos_name(syn.upos));
      jt["xpos"] = syn.xpos;
      jt["head"] = syn.head < 0 ? 0 : syn.head - static_cast<int>(s.token_begin) + 1;
      jt["deprel"] = syn.head < 0 ? std::string("root") : std::string(deprel_name(syn.deprel));
      jt["start"] = doc.tokens[t].begin;
      jt["end"] = doc.tokens[t].end;
      toks.push_back(std::move(jt));
    }
    js["tokens"] = std::move(toks);
    sents.push_back(std::move(js));
  }
  out["sentences"] = std::move(sents);
  return out;
}

RegisterCommand reg([](CLI::App& app) {
  CLI::App* c = app.add_subcommand("parse", "tag, lemmatize and parse text or CoNLL-U into CoNLL-U");
  struct Opts {
    std::string input = "text", format = "conllu";
    std::vector<std::string> files;
    SyntaxModelPaths models;
  };
  auto o = std::make_shared<Opts>();
  c->add_option("--input", o->input, "input format: text (default) or conllu")
      ->check(CLI::IsMember({"text", "conllu"}));
  c->add_option("--format", o->format, "output format: conllu (default) or json (JSON Lines)")
      ->check(CLI::IsMember({"conllu", "json"}));
  c->add_option("--tagger", o->models.tagger, "tagger model (default models/tagger.bin)");
  c->add_option("--parser", o->models.parser, "parser model (default models/parser.bin)");
  c->add_option("--lemmas", o->models.lemmatizer, "lemma table (default models/lemmas.tsv)");
  c->add_option("files", o->files, "input files (default or '-': standard input)");
  c->callback([o] {
    std::vector<std::string> files = o->files;
    if (files.empty()) files.push_back("-");
    std::unique_ptr<const SyntaxModels> models;
    try {
      models = std::make_unique<const SyntaxModels>(SyntaxModels::load(o->models));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad parse: %s\n", e.what());
      throw CLI::RuntimeError(1);
    }
    std::ios::sync_with_stdio(false);
    // A bad file is reported and skipped, the others are parsed; each file's
    // output is written whole, so what is on stdout stays valid.
    size_t parsed = 0, failed = 0;
    for (const std::string& file : files) {
      const std::string name = file == "-" ? "<stdin>" : file;
      try {
        std::string bytes;
        if (file == "-") {
          bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
          if (std::cin.bad()) throw std::runtime_error(name + ": read error");
        } else {
          std::error_code ec;
          if (std::filesystem::is_directory(file, ec)) throw std::runtime_error(file + ": is a directory");
          std::ifstream f(file, std::ios::binary);
          if (!f) throw std::runtime_error(file + ": cannot open");
          bytes.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
          if (f.bad()) throw std::runtime_error(name + ": read error");
        }
        // Invalid UTF-8 would reach the output (and make the JSON writer throw).
        if (size_t n = repair_utf8(bytes))
          std::fprintf(stderr, "dyad parse: warning: %s: invalid UTF-8: %zu byte(s) replaced\n", name.c_str(), n);
        std::vector<Document> docs;
        if (o->input == "conllu") {
          // A malformed sentence is reported and left out; the rest of the
          // file is parsed.
          std::istringstream in(bytes);
          std::vector<std::string> errors;
          ConlluReadOptions options;
          options.errors = &errors;
          docs = read_conllu(in, name, options);
          for (const std::string& e : errors) std::fprintf(stderr, "dyad parse: error: %s\n", e.c_str());
        } else {
          Document d;
          d.id = name;
          d.text = std::move(bytes);
          set_paragraphs(d);
          run_text_stage(d);
          docs.push_back(std::move(d));
        }
        std::ostringstream out;
        for (Document& d : docs) {
          models->annotate(d);
          if (o->format == "json") out << to_json(d).dump() << '\n';
          else write_conllu(d, out);
        }
        std::cout << out.str();
        std::cout.flush();
        ++parsed;
      } catch (const std::bad_alloc&) {  // an endless input (/dev/zero)
        ++failed;
        std::fprintf(stderr, "dyad parse: error: %s: out of memory; skipped\n", name.c_str());
      } catch (const std::exception& e) {
        ++failed;
        std::fprintf(stderr, "dyad parse: error: %s; skipped\n", e.what());
      }
    }
    if (parsed == 0 && failed > 0) {
      std::fprintf(stderr, "dyad parse: no input could be parsed\n");
      throw CLI::RuntimeError(1);
    }
  });
});

}  // namespace
}  // namespace dyad::cli
