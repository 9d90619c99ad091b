// User dictionaries in `dyad code`: loading the files named on the command
// line and layering their events on top of (or in place of) dyad's own.
#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

#include "dyad/codebook.h"
#include "dyad/compat_coder.h"
#include "dyad/data_path.h"

namespace dyad::compat {

std::shared_ptr<const Coder> load_user_coder(const UserDictOptions& o, Diagnostics& diags, std::string* error) {
  auto d = std::make_shared<Dictionaries>();
  bool ok = true;
  for (const auto& dir : o.dirs) ok &= load_dictionary_dir(dir, *d, diags);
  for (const auto& f : o.verbs) ok &= load_verbs(f, *d, diags);
  for (const auto& f : o.actors) ok &= load_actors(f, *d, diags);
  for (const auto& f : o.agents) ok &= load_agents(f, *d, diags);
  for (const auto& f : o.discards) ok &= load_discards(f, *d, diags);
  for (const auto& f : o.issues) ok &= load_issues(f, *d, diags);
  if (!ok) {
    *error = "a dictionary file cannot be read (see the messages above)";
    return nullptr;
  }
  if (!d->has_verbs) {
    *error = "no verb dictionary among the user dictionaries: nothing to code events with";
    return nullptr;
  }
  return std::make_shared<Coder>(d);
}

namespace {

// dyad's CAMEO codebook, for the Goldstein score, quad class and PLOVER type
// of events coded with user dictionaries; null if it cannot be read.
const Codebook* codebook() {
  static const std::unique_ptr<Codebook> book = []() -> std::unique_ptr<Codebook> {
    try {
      return std::make_unique<Codebook>(Codebook::load(data_file("cameo/codebook.tsv")));
    } catch (const std::exception&) {
      return nullptr;
    }
  }();
  return book.get();
}

// Codes outside CAMEO (user extensions such as "1121") take the values of
// their nearest listed prefix.
void fill_from_codebook(Event& e) {
  const Codebook* book = codebook();
  if (!book) return;
  for (size_t n = e.cameo.size(); n >= 2; --n) {
    const CameoEntry* c = book->find(std::string_view(e.cameo).substr(0, n));
    if (!c) continue;
    e.goldstein = c->goldstein;
    e.quad = c->quad;
    e.plover = c->plover;
    e.plover_mode = c->plover_mode;
    return;
  }
}

}  // namespace

void apply_user_coder(const Coder& coder, Document& doc, bool replace) {
  const bool use_dyad_actors = !coder.dict().has_actors;
  std::vector<Event> dyad_events;
  if (!replace) dyad_events = std::move(doc.events);
  doc.events.clear();
  // When the user brought no actor file, dyad's actor mentions are the actors.
  coder.run(doc, use_dyad_actors);
  for (Event& e : doc.events) fill_from_codebook(e);
  if (replace) return;
  // Add mode: dyad's events first, then the user's events that say
  // something new (same sentence, source, target and code count once).
  std::set<std::tuple<uint32_t, std::string, std::string, std::string>> seen;
  auto key = [&](const Event& e) {
    auto code = [&](int32_t m) { return m >= 0 ? doc.mentions[m].actor.code : std::string("---"); };
    return std::make_tuple(e.sentence, code(e.source), code(e.target), e.cameo);
  };
  std::vector<Event> merged = std::move(dyad_events);
  for (const Event& e : merged) seen.insert(key(e));
  for (Event& e : doc.events)
    if (seen.insert(key(e)).second) merged.push_back(std::move(e));
  doc.events = std::move(merged);
}

}  // namespace dyad::compat
