#include "events/acting_states.h"

#include <string>

namespace dyad::events {
namespace {

// The mention names a state as such, directly or through a chain of
// references that keeps the state's bare code ("it", "the country").
bool names_state(const Document& doc, int32_t m) {
  const ActorMention* am = doc.mention(m);
  if (!am || am->actor.country.empty() || !am->actor.sectors.empty() || !am->actor.org.empty()) return false;
  for (int depth = 0; am && depth < 8; ++depth) {
    if (am->state_name) return true;
    const ActorMention* ante = doc.mention(am->antecedent);
    if (!ante || ante->actor.code != am->actor.code) return false;
    am = ante;
  }
  return false;
}

Actor government_of(const Actor& state) {
  Actor a = state;
  a.code += "GOV";
  a.sectors = {"GOV"};
  return a;
}

// Roots whose target is the country as a whole: force posture, reduced
// relations and sanctions, coercion, assault, fighting, mass violence.
bool falls_on_country(const std::string& root) {
  return root.size() == 2 && (root == "15" || root == "16" || root == "17" || root == "18" || root == "19" ||
                              root == "20");
}

}  // namespace

void code_acting_states(Document& doc) {
  for (Event& e : doc.events) {
    if (names_state(doc, e.source)) e.source_actor = government_of(doc.mentions[e.source].actor);
    if (!falls_on_country(e.root) && names_state(doc, e.target))
      e.target_actor = government_of(doc.mentions[e.target].actor);
  }
}

}  // namespace dyad::events
