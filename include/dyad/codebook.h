// The CAMEO 1.1b3 event codebook: code, name, Goldstein score, quad class and
// PLOVER type, loaded from data/cameo/codebook.tsv.
#ifndef DYAD_CODEBOOK_H_
#define DYAD_CODEBOOK_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dyad {

struct CameoEntry {
  std::string code;     // "0256"
  std::string name;     // "Accede to demands for easing of political dissent"-style short name
  double goldstein = 0.0;
  int quad = 0;         // 1 verbal cooperation .. 4 material conflict
  std::string plover;   // PLOVER event type, e.g. "CONSULT"
};

class Codebook {
 public:
  // Throws std::runtime_error("file:line: what is wrong").
  static Codebook load(const std::string& path);
  const CameoEntry* find(std::string_view code) const;
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, CameoEntry> entries_;
};

}  // namespace dyad

#endif  // DYAD_CODEBOOK_H_
