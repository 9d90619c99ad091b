// Actors stage: finds actor mentions (countries, capitals as metonyms, IGOs,
// agents composed with nationality, named people with date-bounded codes) and
// resolves each to a CAMEO actor code valid at the article date.
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <memory>
#include <string>

#include "dyad/document.h"

namespace dyad {

class ActorLexicon;

// Loads the actor lexicons from dir (normally data_file("actors")). Throws
// std::runtime_error("file:line: what is wrong") on a malformed entry.
std::shared_ptr<const ActorLexicon> load_actor_lexicon(const std::string& dir);

class ActorStage {
 public:
  explicit ActorStage(std::shared_ptr<const ActorLexicon> lexicon);
  // Fills doc.mentions. Reads tokens, sentences and (when present) syntax.
  // Uses doc.date to pick date-bounded codes. Thread-safe.
  void run(Document& doc) const;

 private:
  std::shared_ptr<const ActorLexicon> lexicon_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
