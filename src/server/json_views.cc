#include "server/json_views.h"

namespace dyad::server {
namespace {

json span(int64_t start, int64_t end) {
  if (start < 0 || end < start) return nullptr;
  return json::array({start, end});
}

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

json actor_json(const std::optional<StoredActor>& a) {
  if (!a) return nullptr;
  return {{"code", a->code},       {"text", a->text},       {"country", or_null(a->country)},
          {"org", or_null(a->org)}, {"sectors", a->sectors}, {"start", a->start},
          {"end", a->end},         {"refers_to", or_null(a->refers_to)},
          {"basis", or_null(a->basis)}, {"confidence", a->confidence >= 0 ? json(a->confidence) : json(nullptr)}};
}

json event_json(const StoredEvent& e) {
  json spans = {{"source", e.source ? span(e.source->start, e.source->end) : json(nullptr)},
                {"verb", span(e.verb_start, e.verb_end)},
                {"target", e.target ? span(e.target->start, e.target->end) : json(nullptr)}};
  return {{"id", e.id},
          {"article_id", e.article_id},
          {"doc_id", e.doc_id},
          {"title", e.title},
          {"url", or_null(e.url)},
          {"date", or_null(e.date)},
          {"date_source", or_null(e.date_source)},
          {"date_text", or_null(e.date_text)},
          {"sentence_index", e.sentence_index},
          {"sentence", e.sentence},
          {"source", actor_json(e.source)},
          {"target", actor_json(e.target)},
          {"cameo", e.cameo},
          {"root", e.root},
          {"plover", e.plover},
          {"plover_mode", e.plover_mode},
          {"place", or_null(e.place)},
          {"place_country", or_null(e.place_country)},
          {"goldstein", e.goldstein},
          {"quad", e.quad},
          {"modality", e.modality},
          {"quote", e.quote_index >= 0 ? json(e.quote_index) : json(nullptr)},
          {"dedup_id", e.dedup_id > 0 ? json(e.dedup_id) : json(nullptr)},
          {"evidence", {{"rule", e.rule}, {"verb", e.verb}, {"spans", spans}}}};
}

json quote_json(const StoredQuote& q, bool with_article) {
  json j = {{"article_id", q.article_id},
            {"index", q.index},
            {"sentence_index", q.sentence_index},
            {"text", q.text},
            {"start", q.start},
            {"end", q.end},
            {"speaker", actor_json(q.speaker)},
            {"cue", or_null(q.cue)},
            {"cue_span", span(q.cue_start, q.cue_end)}};
  if (with_article) {
    j["doc_id"] = q.doc_id;
    j["title"] = q.title;
    j["url"] = or_null(q.url);
    j["date"] = or_null(q.date);
  }
  return j;
}

json dyad_json(const DyadCount& d) {
  return {{"source", d.source},
          {"target", d.target},
          {"events", d.events},
          {"dedup_events", d.dedup_events},
          {"quad", d.by_quad},
          {"goldstein_total", d.goldstein_total},
          {"goldstein_mean", d.goldstein_mean},
          {"first_date", or_null(d.first_date)},
          {"last_date", or_null(d.last_date)}};
}

json series_point_json(const SeriesPoint& p) {
  return {{"period", p.period},
          {"events", p.events},
          {"quad", p.by_quad},
          {"root", p.by_root},
          {"goldstein_total", p.goldstein_total},
          {"goldstein_mean", p.goldstein_mean},
          {"z", p.z},
          {"change", p.change}};
}

json actor_hit_json(const ActorHit& a) {
  return {{"code", a.code},       {"country", or_null(a.country)}, {"org", or_null(a.org)},
          {"example", a.example}, {"mentions", a.mentions},       {"events", a.events}};
}

json article_json(const StoredArticle& a) {
  json sentences = json::array();
  for (const auto& s : a.sentences) sentences.push_back({{"index", s.index}, {"start", s.start}, {"end", s.end}});
  json events = json::array();
  for (const auto& e : a.events) events.push_back(event_json(e));
  json quotes = json::array();
  for (const auto& q : a.quotes) quotes.push_back(quote_json(q, false));
  json mentions = json::array();
  for (const auto& m : a.mentions) {
    json j = actor_json(m.actor);
    j["index"] = m.index;
    j["antecedent"] = m.antecedent >= 0 ? json(m.antecedent) : json(nullptr);
    mentions.push_back(std::move(j));
  }
  json article = {{"id", a.id},
                  {"doc_id", a.doc_id},
                  {"url", or_null(a.url)},
                  {"title", a.title},
                  {"date", or_null(a.date)},
                  {"domain", a.domain},
                  {"text", a.text},
                  {"ingested_at", a.ingested_at},
                  {"version", {{"dyad", a.dyad_version}, {"models", a.model_version}, {"lexicons", a.lexicon_version}}}};
  return {{"article", std::move(article)},
          {"sentences", std::move(sentences)},
          {"mentions", std::move(mentions)},
          {"events", std::move(events)},
          {"quotes", std::move(quotes)}};
}

}  // namespace dyad::server
