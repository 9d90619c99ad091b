// Events stage: quotations with speakers, then events from the dependency tree
// (verb patterns over lemmas, particles, prepositions and object heads), with
// modality and dates resolved against the article date.
#ifndef DYAD_EVENTS_H_
#define DYAD_EVENTS_H_

#include <memory>
#include <string>

#include "dyad/codebook.h"
#include "dyad/document.h"

namespace dyad {

class VerbLexicon;

// Loads verb patterns from dir (normally data_file("verbs")). Throws
// std::runtime_error("file:line: what is wrong").
std::shared_ptr<const VerbLexicon> load_verb_lexicon(const std::string& dir);

struct EventOptions {
  // Also emit events whose source or target is a bare role that neither the
  // sentence nor the story places in a state or an organisation ("rebels
  // attacked villages" with no country anywhere): REB > CVL is no dyad an
  // analyst can use, and on every gold set such events were wrong, so by
  // default they are left out (their mentions stay, marked unresolved).
  bool keep_unplaced = false;
  // Code a state named as such ("Russia") as its government when it acts or
  // is addressed (RUSGOV), as ICEWS and many human coders do; sanctions,
  // coercion and force still fall on the state (RUS). Off by default: the
  // CAMEO dictionaries (TABARI, PETRARCH) code the name as the state, and
  // dyad follows them (events/acting_states.h).
  bool states_as_governments = false;
};

class EventStage {
 public:
  EventStage(std::shared_ptr<const VerbLexicon> verbs, std::shared_ptr<const Codebook> codebook,
             EventOptions options = {});
  // Fills doc.quotes and doc.events. Needs tokens, sentences, syntax, mentions.
  // Thread-safe.
  void run(Document& doc) const;

 private:
  std::shared_ptr<const VerbLexicon> verbs_;
  std::shared_ptr<const Codebook> codebook_;
  EventOptions options_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_H_
