// What every document-reading subcommand shares: the --date option, issue
// messages on stderr, and the exit-status policy (README "Bad input").
#ifndef DYAD_CLI_INPUTS_H_
#define DYAD_CLI_INPUTS_H_

#include <functional>
#include <string>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::cli {

// Sets options.default_date from a --date value. Prints "dyad CMD: ..." and
// returns false when the value is not YYYY-MM-DD.
bool set_date_option(const char* cmd, const std::string& date, IngestOptions& options);

// Sets options.format from an --input-format value: auto, text, jsonl or
// html. Prints "dyad CMD: ..." and returns false for anything else.
bool set_input_format(const char* cmd, const std::string& value, IngestOptions& options);

// "dyad CMD: error: file:3: malformed JSON ..." (no trailing newline).
std::string issue_message(const char* cmd, const IngestIssue& issue);

// Reads every input in order ("-" when none), calling fn per document and
// printing issues on stderr. Returns the exit status: 0 when at least one
// document was handled, 1 when none was.
int for_each_document(const char* cmd, const std::vector<std::string>& inputs, const IngestOptions& options,
                      const std::function<void(Document&)>& fn);

}  // namespace dyad::cli

#endif  // DYAD_CLI_INPUTS_H_
