// The CAMEO 1.1b3 event codebook: code, name, Goldstein score, quad class and
// PLOVER type, loaded from data/cameo/codebook.tsv.
#ifndef DYAD_CODEBOOK_H_
#define DYAD_CODEBOOK_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"

namespace dyad {

struct CameoEntry {
  std::string code;     // "0256"
  std::string name;     // "Accede to demands for easing of political dissent"-style short name
  double goldstein = 0.0;
  int quad = 0;         // 1 verbal cooperation .. 4 material conflict
  std::string plover;   // PLOVER event type, e.g. "CONSULT"; empty where PLOVER has none
  std::string plover_mode;  // PLOVER mode within the type, e.g. "visit"; often empty
};

class Codebook {
 public:
  // Throws std::runtime_error("file:line: what is wrong").
  static Codebook load(const std::string& path);
  // Parses codebook text; `name` is used in error messages.
  static Codebook parse(std::string_view text, const std::string& name);

  const CameoEntry* find(std::string_view code) const;
  size_t size() const { return entries_.size(); }
  // All codes in file order.
  const std::vector<std::string>& codes() const { return order_; }

  // The two-digit root of a code ("0256" -> "02"); empty if malformed.
  static std::string root_of(std::string_view code);
  // True for a well-formed CAMEO event code: 2-4 digits with a root 01-20.
  static bool is_code(std::string_view code);
  // Gives the event the entry's code: CAMEO code, root, PLOVER type and
  // mode, Goldstein score, quad class.
  static void assign(const CameoEntry& entry, Event* e);

 private:
  std::unordered_map<std::string, CameoEntry> entries_;
  std::vector<std::string> order_;
};

}  // namespace dyad

#endif  // DYAD_CODEBOOK_H_
