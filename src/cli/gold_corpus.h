// The stories gold files reference: a JSONL corpus (one story a line, `id`
// and `text`), a `.json` corpus keyed by story id, or a `.conllu` treebank
// (one story per `# newdoc id`, its sentences' `# text` lines joined with a
// blank line), loaded whole so each story can be coded once. Shared by `dyad eval-events` and `dyad eval-quotes`.
#ifndef DYAD_CLI_GOLD_CORPUS_H_
#define DYAD_CLI_GOLD_CORPUS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <map>

#include "events/event_eval.h"

namespace dyad::cli {

// Stories of one corpus file by id: the raw JSONL line and its `text`.
struct Story {
  std::string line;
  std::string text;
};

// Throws std::runtime_error("path[:line]: what is wrong").
std::unordered_map<std::string, Story> load_corpus(const std::string& path);

// The gold file must be a file: a directory opens as an empty stream, and an
// empty gold set scores 0/0 without having measured anything. Throws.
void refuse_directory(const std::string& gold);

// The directory holding data/<corpus>: `given`, else <data root>/../shared.
std::string shared_dir(const std::string& given);

// Text for a one-line report: newlines and tabs as spaces, cut after `max`
// bytes on a character boundary, with "..." when cut.
std::string one_line(std::string_view s, size_t max = 200);

// Prints a per-root table of counted events (events/event_eval.h): gold,
// the other side (`other`: "dyad" or "second"), matched at root + dyad, and
// the root's F1.
void print_root_table(const std::map<std::string, RootCounts>& roots, const char* other);

// Prints the 95% bootstrap interval of root + dyad precision and recall over
// the scored stories (events/event_eval.h: bootstrap_pr).
void print_story_interval(const std::map<std::string, PRCounts>& per_story);

}  // namespace dyad::cli

#endif  // DYAD_CLI_GOLD_CORPUS_H_
