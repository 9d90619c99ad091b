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

struct ActorOptions {
  // Give bare role nouns ("the foreign minister said") the article's
  // dominant country (from the dateline, headline and mention counts);
  // such mentions carry basis "context" and a lower confidence.
  bool use_context = true;
  // Report proper names in subject/object positions that nothing resolved
  // as mentions with an empty code and `unresolved` set. Off by default in
  // the library because the event coder would then see uncoded arguments;
  // `dyad actors` turns it on.
  bool report_unresolved = false;
};

class ActorStage {
 public:
  explicit ActorStage(std::shared_ptr<const ActorLexicon> lexicon, ActorOptions options = {});
  // Fills doc.mentions. Reads tokens, sentences and (when present) syntax.
  // Uses doc.date to pick date-bounded codes. Thread-safe.
  void run(Document& doc) const;

 private:
  std::shared_ptr<const ActorLexicon> lexicon_;
  ActorOptions options_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
