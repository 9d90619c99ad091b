// Finding dyad's shipped data (lexicons under data/, trained models under models/).
#ifndef DYAD_DATA_PATH_H_
#define DYAD_DATA_PATH_H_

#include <string>

namespace dyad {

// Sets an explicit data root (the CLI's --data). Empty clears it.
void set_data_root(const std::string& dir);

// The directory holding data/ and models/. In order: set_data_root(), the
// DYAD_DATA environment variable, <exe>/../share/dyad (an installed binary),
// the install prefix's share/dyad, then the source tree the binary was built
// from. Returns the first that has a data/ directory, or "" if none does.
std::string data_root();

// data_root() + "/data/" + rel and data_root() + "/models/" + rel.
std::string data_file(const std::string& rel);
std::string model_file(const std::string& rel);

// The version strings that go into every output record.
const char* dyad_version();

}  // namespace dyad

#endif  // DYAD_DATA_PATH_H_
