// dyad sentences [FILE|-]...: tokenize and split text, one sentence per line
// (or JSON Lines with offsets and tokens).
//
// Input is plain text (each file one document; blank lines separate
// paragraphs) or, with --input jsonl, one JSON object per line whose "text"
// field (and "id", when present) is used.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "dyad/text.h"

namespace dyad::cli {
namespace {

const char* kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    default: return "other";
  }
}

void print_doc(const Document& doc, bool jsonl, std::ostream& out) {
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    if (!jsonl) {
      std::string line(doc.span_text(s.begin, s.end));
      for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
      out << line << '\n';
      continue;
    }
    nlohmann::json j;
    j["doc"] = doc.id;
    j["sentence"] = k;
    j["paragraph"] = s.paragraph;
    j["begin"] = s.begin;
    j["end"] = s.end;
    j["text"] = std::string(doc.span_text(s.begin, s.end));
    nlohmann::json toks = nlohmann::json::array();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      toks.push_back({{"text", std::string(doc.token_text(t))},
                      {"norm", tok.norm},
                      {"begin", tok.begin},
                      {"end", tok.end},
                      {"kind", kind_name(tok.kind)},
                      {"space_after", tok.space_after}});
    }
    j["tokens"] = std::move(toks);
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

bool read_all(const std::string& name, std::string* data) {
  if (name == "-") {
    data->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(name, ec)) return false;  // would throw on read
  std::ifstream in(name, std::ios::binary);
  if (!in) return false;
  data->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

void run(const std::vector<std::string>& files_in, const std::string& input,
         const std::string& format) {
  std::vector<std::string> files = files_in;
  if (files.empty()) files.push_back("-");
  const bool jsonl_out = format == "jsonl";
  std::ios::sync_with_stdio(false);
  // A bad file or JSONL line is reported and skipped; the rest is still
  // split, and the run exits 1 at the end if anything was skipped.
  size_t errors = 0;
  for (const std::string& name : files) {
    std::string data;
    bool read = false;
    try {
      read = read_all(name, &data);
    } catch (const std::bad_alloc&) {  // an endless input (/dev/zero)
      std::fprintf(stderr, "dyad sentences: %s: out of memory; skipped\n", name.c_str());
      ++errors;
      continue;
    }
    if (!read) {
      std::error_code ec;
      std::fprintf(stderr, "dyad sentences: %s: %s\n", name.c_str(),
                   std::filesystem::is_directory(name, ec) ? "is a directory" : "cannot open");
      ++errors;
      continue;
    }
    if (input == "text") {
      Document doc;
      doc.id = name;
      doc.text = std::move(data);
      run_text_stage(doc);
      print_doc(doc, jsonl_out, std::cout);
      continue;
    }
    std::istringstream lines(data);
    std::string line;
    size_t lineno = 0;
    while (std::getline(lines, line)) {
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
        std::fprintf(stderr, "dyad sentences: %s:%zu: not a JSON object with a \"text\" string; skipped\n",
                     name.c_str(), lineno);
        ++errors;
        continue;
      }
      Document doc;
      doc.id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                        : name + ":" + std::to_string(lineno);
      doc.text = j["text"].get<std::string>();
      run_text_stage(doc);
      print_doc(doc, jsonl_out, std::cout);
    }
  }
  std::cout.flush();
  if (errors) throw CLI::RuntimeError(1);
}

RegisterCommand reg([](CLI::App& app) {
  auto* c = app.add_subcommand("sentences", "tokenize and split text into sentences");
  auto files = std::make_shared<std::vector<std::string>>();
  auto input = std::make_shared<std::string>("text");
  auto format = std::make_shared<std::string>("text");
  c->add_option("files", *files, "input files ('-' or none: standard input)");
  c->add_option("--input", *input, "input format: text (one document per file) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  c->add_option("--format", *format, "output: text (one sentence per line) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  c->callback([files, input, format] { run(*files, *input, *format); });
});

}  // namespace
}  // namespace dyad::cli
