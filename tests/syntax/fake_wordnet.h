// An invented miniature of WordNet's index.* / data.* files for tests, with
// the byte offsets the real format uses. Not WordNet's content.
#ifndef DYAD_TESTS_SYNTAX_FAKE_WORDNET_H_
#define DYAD_TESTS_SYNTAX_FAKE_WORDNET_H_

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace dyad::testing_support {

// Writes data.<pos> from (lexicographer file, word) synsets and returns each
// synset's byte offset; the file opens with a licence-style header.
inline std::vector<long> write_fake_data(const std::string& path,
                                         const std::vector<std::pair<int, std::string>>& synsets) {
  std::string text = "  1 invented header line for the test\n";
  std::vector<long> offsets;
  for (const auto& [lex, word] : synsets) {
    const long off = static_cast<long>(text.size());
    char head[32];
    std::snprintf(head, sizeof head, "%08ld %02d n 01 ", off, lex);
    text += std::string(head) + word + " 0 000 | an invented gloss\n";
    offsets.push_back(off);
  }
  std::ofstream(path) << text;
  return offsets;
}

inline std::string fake_offset(long off) {
  char b[16];
  std::snprintf(b, sizeof b, "%08ld", off);
  return b;
}

// A directory with index/data files for nouns and verbs: "monday" (noun.time),
// "envoy" (noun.person, then noun.communication), "talk" (noun.communication;
// verb.communication) and a multi-word "peace_talks".
inline std::string write_fake_wordnet(const std::string& name) {
  const std::string dir = (std::filesystem::temp_directory_path() /
                           ("dyad_" + name + "_" + std::to_string(getpid()))).string();
  std::filesystem::create_directories(dir);
  const std::vector<long> n = write_fake_data(
      dir + "/data.noun", {{28, "Monday"}, {18, "envoy"}, {10, "envoy"}, {10, "talk"}, {10, "peace_talks"}});
  std::ofstream(dir + "/index.noun")
      << "  1 invented header line\n"
      << "envoy n 2 1 @ 2 1 " << fake_offset(n[1]) << " " << fake_offset(n[2]) << "\n"
      << "monday n 1 1 @ 1 0 " << fake_offset(n[0]) << "\n"
      << "peace_talks n 1 0 1 0 " << fake_offset(n[4]) << "\n"
      << "talk n 1 0 1 0 " << fake_offset(n[3]) << "\n";
  const std::vector<long> v = write_fake_data(dir + "/data.verb", {{32, "talk"}});
  std::ofstream(dir + "/index.verb") << "  1 invented header line\n"
                                     << "talk v 1 2 @ ~ 1 0 " << fake_offset(v[0]) << "\n";
  return dir;
}

}  // namespace dyad::testing_support

#endif  // DYAD_TESTS_SYNTAX_FAKE_WORDNET_H_
