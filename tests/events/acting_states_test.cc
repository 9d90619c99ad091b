// events/acting_states.h on hand-built documents: which side of an event a
// named state acts on (EventOptions::states_as_governments).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/acting_states.h"

namespace dyad {
namespace {

ActorMention mention(const std::string& code, const std::string& country, bool state_name, int antecedent = -1) {
  ActorMention m;
  m.actor.code = code;
  m.actor.country = country;
  if (code.size() > 3 && !country.empty()) m.actor.sectors = {code.substr(3)};
  m.state_name = state_name;
  m.antecedent = antecedent;
  return m;
}

Event event(int source, int target, const std::string& cameo) {
  Event e;
  e.source = source;
  e.target = target;
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  return e;
}

std::string side(const Document& d, const Event& e, bool source) {
  const Actor* a = source ? d.source_actor(e) : d.target_actor(e);
  return a ? a->code : "-";
}

TEST(ActingStates, ANamedStateThatActsOrIsAddressedIsItsGovernment) {
  Document d;
  // 0 "Russia", 1 "Ukraine", 2 "Russians", 3 "it" (= Russia), 4 "Kyiv"
  d.mentions = {mention("RUS", "RUS", true), mention("UKR", "UKR", true), mention("RUS", "RUS", false),
                mention("RUS", "RUS", false, 0), mention("UKRGOV", "UKR", false)};
  d.events = {event(0, 1, "111"), event(3, 4, "040"), event(2, 1, "145"), event(0, 1, "163"), event(0, 1, "190"),
              event(0, -1, "012")};
  events::code_acting_states(d);
  // Criticism: both sides governments.
  EXPECT_EQ(side(d, d.events[0], true), "RUSGOV");
  EXPECT_EQ(side(d, d.events[0], false), "UKRGOV");
  // "it" standing for Russia acts as Russia does; Kyiv was GOV already.
  EXPECT_EQ(side(d, d.events[1], true), "RUSGOV");
  EXPECT_EQ(side(d, d.events[1], false), "UKRGOV");
  EXPECT_TRUE(d.events[1].target_actor.code.empty());
  // "Russians" are the people, not the state.
  EXPECT_EQ(side(d, d.events[2], true), "RUS");
  // Sanctions and force fall on the country; the doer is still the government.
  EXPECT_EQ(side(d, d.events[3], true), "RUSGOV");
  EXPECT_EQ(side(d, d.events[3], false), "UKR");
  EXPECT_EQ(side(d, d.events[4], false), "UKR");
  // No target.
  EXPECT_EQ(side(d, d.events[5], false), "-");
  // The mentions keep what their words say.
  EXPECT_EQ(d.mentions[0].actor.code, "RUS");
  EXPECT_EQ(d.mentions[0].actor.sectors.size(), 0u);
  EXPECT_EQ(d.source_actor(d.events[0])->sectors, std::vector<std::string>{"GOV"});
}

}  // namespace
}  // namespace dyad
