// The API's JSON shapes, built from the Store's records. One place defines
// them, so the dashboard and the tests agree with the server. Offsets are
// Unicode code points into the article text (the Store's convention).
#ifndef DYAD_SERVER_JSON_VIEWS_H_
#define DYAD_SERVER_JSON_VIEWS_H_

#include <nlohmann/json.hpp>

#include "dyad/store.h"

namespace dyad::server {

using json = nlohmann::json;

// {code, text, country, org, sectors, start, end} or null.
json actor_json(const std::optional<StoredActor>& a);
// An event as in the JSONL records: ids, date, source/target, codes, and
// evidence {rule, verb, spans {source, verb, target}} with [start, end] or null.
json event_json(const StoredEvent& e);
json quote_json(const StoredQuote& q, bool with_article);
json dyad_json(const DyadCount& d);
json series_point_json(const SeriesPoint& p);
json actor_hit_json(const ActorHit& a);
// {article: {...text...}, sentences, events, quotes}.
json article_json(const StoredArticle& a);

}  // namespace dyad::server

#endif  // DYAD_SERVER_JSON_VIEWS_H_
