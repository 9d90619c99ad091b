// Checks on where a command will write, made before its work starts.
#ifndef DYAD_CLI_OUTPUTS_H_
#define DYAD_CLI_OUTPUTS_H_

#include <string>

namespace dyad::cli {

// Throws std::runtime_error("<path>: why") unless a file can be created at
// path (it is not a directory, and its directory exists and is writable).
// Training runs for minutes to hours and writes its model only at the end:
// a typo in --out must fail at once, not after the work is done.
void check_output_path(const std::string& path);

}  // namespace dyad::cli

#endif  // DYAD_CLI_OUTPUTS_H_
