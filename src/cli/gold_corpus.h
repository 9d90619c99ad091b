// The stories gold files reference: a JSONL corpus (one story a line, `id`
// and `text`) or a `.json` corpus keyed by story id, loaded whole so each
// story can be coded once. Shared by `dyad eval-events` and `dyad eval-quotes`.
#ifndef DYAD_CLI_GOLD_CORPUS_H_
#define DYAD_CLI_GOLD_CORPUS_H_

#include <string>
#include <unordered_map>

namespace dyad::cli {

// Stories of one corpus file by id: the raw JSONL line and its `text`.
struct Story {
  std::string line;
  std::string text;
};

// Throws std::runtime_error("path[:line]: what is wrong").
std::unordered_map<std::string, Story> load_corpus(const std::string& path);

}  // namespace dyad::cli

#endif  // DYAD_CLI_GOLD_CORPUS_H_
