#include "server/api.h"

#include <cstdio>
#include <map>
#include <set>

#include "server/json_views.h"
#include "server/params.h"

namespace dyad::server {
namespace {

using Raw = std::multimap<std::string, std::string>;

ApiResponse ok(const json& j) {
  // Invalid UTF-8 in stored text (it should not happen) is replaced rather
  // than failing the whole response.
  return {200, j.dump(-1, ' ', false, json::error_handler_t::replace)};
}

DyadLevel level_of(const Params& p) {
  return p.choice("level", {"country", "actor"}, "country") == "actor" ? DyadLevel::kActor : DyadLevel::kCountry;
}

bool flag(const Params& p, const std::string& name) {
  std::string v = p.choice(name, {"0", "1", "false", "true"}, "0");
  return v == "1" || v == "true";
}

void check_range(const std::string& from, const std::string& to) {
  if (!from.empty() && !to.empty() && from > to)
    throw ApiError(400, "parameter 'from' (" + from + ") is after 'to' (" + to + ")");
}

// /api/stats
ApiResponse stats(StorePool& pool, const Params& p) {
  p.allow_only({});
  auto store = pool.borrow();
  StoreCounts c = store->counts();
  return ok({{"articles", c.articles},
             {"sentences", c.sentences},
             {"mentions", c.mentions},
             {"quotes", c.quotes},
             {"events", c.events},
             {"dedup_events", c.dedup_events},
             {"first_date", c.first_date.empty() ? json(nullptr) : json(c.first_date)},
             {"last_date", c.last_date.empty() ? json(nullptr) : json(c.last_date)}});
}

// /api/events
ApiResponse events(StorePool& pool, const Params& p) {
  p.allow_only({"dyad", "source", "target", "level", "undirected", "root", "cameo", "quad", "modality", "from",
                "to", "q", "article", "order", "limit", "offset", "cursor"});
  EventFilter f;
  if (auto d = p.dyad("dyad")) {
    if (p.get("source") || p.get("target"))
      throw ApiError(400, "give either 'dyad' or 'source'/'target', not both");
    f.source = d->first;
    f.target = d->second;
  } else {
    f.source = p.actor_code("source");
    f.target = p.actor_code("target");
  }
  f.level = level_of(p);
  f.undirected = flag(p, "undirected");
  f.root = p.cameo_root("root");
  if (auto c = p.get("cameo")) {
    if (c->empty() || c->size() > 4 || c->find_first_not_of("0123456789") != std::string::npos)
      throw ApiError(400, "parameter 'cameo': expected a CAMEO code prefix of 1-4 digits");
    f.cameo = *c;
  }
  f.quad = static_cast<int>(p.integer("quad", 1, 4, 0));
  f.modality = p.choice("modality", {"asserted", "negated", "hypothetical", "intended", "requested", "denied"}, "");
  f.from = p.date("from");
  f.to = p.date("to");
  check_range(f.from, f.to);
  f.text = p.text("q");
  f.article_id = p.integer("article", 1, INT64_MAX, 0);
  // Newest first by default: what a dashboard shows first.
  f.newest_first = p.choice("order", {"newest", "oldest"}, "newest") == "newest";
  f.limit = static_cast<int>(p.integer("limit", 1, kMaxLimit, 50));
  int64_t offset = p.integer("offset", 0, kMaxOffset, 0);
  if (auto c = p.get("cursor")) {
    if (p.get("offset")) throw ApiError(400, "give either 'offset' or 'cursor', not both");
    auto o = decode_cursor(*c);
    if (!o || *o > kMaxOffset) throw ApiError(400, "parameter 'cursor': not a cursor this server issued");
    offset = *o;
  }
  f.offset = static_cast<int>(offset);

  auto store = pool.borrow();
  Page<StoredEvent> page = store->events(f);
  json rows = json::array();
  for (const auto& e : page.rows) rows.push_back(event_json(e));
  int64_t next = offset + static_cast<int64_t>(page.rows.size());
  // A capped count (total_exact false) says nothing about the rows past it.
  bool more = (page.total_exact ? next < page.total : static_cast<int>(page.rows.size()) == f.limit) &&
              !page.rows.empty() && next <= kMaxOffset;
  return ok({{"total", page.total},
             {"total_exact", page.total_exact},
             {"offset", offset},
             {"limit", f.limit},
             {"events", std::move(rows)},
             {"next_cursor", more ? json(encode_cursor(next)) : json(nullptr)}});
}

// /api/dyads
ApiResponse dyads(StorePool& pool, const Params& p) {
  p.allow_only({"from", "to", "actor", "level", "undirected", "min_events", "limit", "offset"});
  DyadFilter f;
  f.from = p.date("from");
  f.to = p.date("to");
  check_range(f.from, f.to);
  f.actor = p.actor_code("actor");
  f.level = level_of(p);
  f.undirected = flag(p, "undirected");
  f.min_events = static_cast<int>(p.integer("min_events", 1, 1000000000, 1));
  f.limit = static_cast<int>(p.integer("limit", 1, kMaxLimit, 50));
  f.offset = static_cast<int>(p.integer("offset", 0, kMaxOffset, 0));
  auto store = pool.borrow();
  Page<DyadCount> page = store->dyads(f);
  json rows = json::array();
  for (const auto& d : page.rows) rows.push_back(dyad_json(d));
  return ok({{"total", page.total}, {"offset", f.offset}, {"limit", f.limit}, {"dyads", std::move(rows)}});
}

// /api/series
ApiResponse series(StorePool& pool, const Params& p) {
  p.allow_only({"dyad", "by", "from", "to", "level", "undirected", "dedup"});
  auto d = p.dyad("dyad");
  if (!d) throw ApiError(400, "parameter 'dyad' is required (e.g. dyad=USA-RUS)");
  SeriesQuery q;
  q.source = d->first;
  q.target = d->second;
  q.period = *parse_period(p.choice("by", {"day", "week", "month"}, "week"));
  q.from = p.date("from");
  q.to = p.date("to");
  check_range(q.from, q.to);
  q.level = level_of(p);
  q.undirected = flag(p, "undirected");
  q.dedup = flag(p, "dedup");
  auto store = pool.borrow();
  std::vector<SeriesPoint> points = store->series(q);
  json rows = json::array();
  for (const auto& pt : points) rows.push_back(series_point_json(pt));
  return ok({{"dyad", q.source + "-" + q.target},
             {"by", std::string(period_name(q.period))},
             {"from", q.from.empty() ? json(nullptr) : json(q.from)},
             {"to", q.to.empty() ? json(nullptr) : json(q.to)},
             {"points", std::move(rows)}});
}

// /api/actors
ApiResponse actors(StorePool& pool, const Params& p) {
  p.allow_only({"q", "limit"});
  std::string q = p.text("q");
  int limit = static_cast<int>(p.integer("limit", 1, 100, 20));
  auto store = pool.borrow();
  json rows = json::array();
  for (const auto& a : store->search_actors(q, limit)) rows.push_back(actor_hit_json(a));
  return ok({{"q", q}, {"actors", std::move(rows)}});
}

// /api/articles/{id}
ApiResponse article(StorePool& pool, const Params& p, const std::string& id_text) {
  p.allow_only({});
  int64_t id = 0;
  if (id_text.empty() || id_text.size() > 15 || id_text.find_first_not_of("0123456789") != std::string::npos ||
      (id = std::stoll(id_text)) < 1)
    throw ApiError(400, "article id must be a positive integer");
  auto store = pool.borrow();
  auto a = store->article(id);
  if (!a) throw ApiError(404, "no article with id " + std::to_string(id));
  return ok(article_json(*a));
}

// /api/quotes
ApiResponse quotes(StorePool& pool, const Params& p) {
  p.allow_only({"speaker", "limit", "offset"});
  std::string speaker = p.text("speaker");
  int limit = static_cast<int>(p.integer("limit", 1, kMaxLimit, 50));
  int offset = static_cast<int>(p.integer("offset", 0, kMaxOffset, 0));
  auto store = pool.borrow();
  Page<StoredQuote> page = store->quotations_by_speaker(speaker, limit, offset);
  json rows = json::array();
  for (const auto& q : page.rows) rows.push_back(quote_json(q, true));
  return ok({{"total", page.total},
             {"total_exact", page.total_exact},
             {"offset", offset},
             {"limit", limit},
             {"quotes", std::move(rows)}});
}

// /api/network: the directed country-level dyads of a period, as a graph.
// The strongest `limit` edges (by event count) and the actors they touch.
ApiResponse network(StorePool& pool, const Params& p) {
  p.allow_only({"from", "to", "limit", "level", "min_events"});
  DyadFilter f;
  f.from = p.date("from");
  f.to = p.date("to");
  check_range(f.from, f.to);
  f.level = level_of(p);
  f.min_events = static_cast<int>(p.integer("min_events", 1, 1000000000, 1));
  int limit = static_cast<int>(p.integer("limit", 1, kMaxLimit, 60));
  // Dyads with a missing side ('' key) are not edges; ask for a few extra.
  f.limit = limit + 8;
  f.with_dates = false;  // a graph does not show them
  auto store = pool.borrow();
  Page<DyadCount> page = store->dyads(f);
  json edges = json::array();
  std::map<std::string, int64_t> node_events;
  for (const auto& d : page.rows) {
    if (d.source.empty() || d.target.empty()) continue;
    if (static_cast<int>(edges.size()) == limit) break;
    edges.push_back({{"source", d.source},
                     {"target", d.target},
                     {"weight", d.events},
                     {"goldstein_mean", d.goldstein_mean},
                     {"quad", d.by_quad}});
    node_events[d.source] += d.events;
    if (d.target != d.source) node_events[d.target] += d.events;
  }
  json nodes = json::array();
  for (const auto& [id, n] : node_events) nodes.push_back({{"id", id}, {"events", n}});
  return ok({{"from", f.from.empty() ? json(nullptr) : json(f.from)},
             {"to", f.to.empty() ? json(nullptr) : json(f.to)},
             {"nodes", std::move(nodes)},
             {"edges", std::move(edges)}});
}

}  // namespace

ApiResponse error_response(int status, const std::string& message) {
  return {status, json({{"error", message}}).dump(-1, ' ', false, json::error_handler_t::replace)};
}

ApiResponse Api::handle(const std::string& path, const Raw& raw) {
  if (!cache_) return dispatch(path, raw);
  // The multimap is ordered by name, so equal queries give equal keys.
  std::string key = path;
  for (const auto& [k, v] : raw) key += "\x1f" + k + "=" + v;
  std::string state = cache_->db_state();
  if (auto hit = cache_->get(key, state)) return std::move(*hit);
  ApiResponse r = dispatch(path, raw);
  cache_->put(key, state, r);
  return r;
}

ApiResponse Api::dispatch(const std::string& path, const Raw& raw) {
  Params p(raw);
  try {
    if (path == "/api/events") return events(pool_, p);
    if (path == "/api/dyads") return dyads(pool_, p);
    if (path == "/api/series") return series(pool_, p);
    if (path == "/api/actors") return actors(pool_, p);
    if (path == "/api/quotes") return quotes(pool_, p);
    if (path == "/api/network") return network(pool_, p);
    if (path == "/api/stats") return stats(pool_, p);
    static const std::string kArticles = "/api/articles/";
    if (path.compare(0, kArticles.size(), kArticles) == 0) return article(pool_, p, path.substr(kArticles.size()));
    return error_response(404, "no such endpoint: " + path.substr(0, 100));
  } catch (const ApiError& e) {
    return error_response(e.status(), e.what());
  } catch (const StoreError& e) {
    // The message names the database file: log it, tell the client less.
    std::fprintf(stderr, "dyad serve: %s: %s\n", path.c_str(), e.what());
    return error_response(500, "database error");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad serve: %s: %s\n", path.c_str(), e.what());
    return error_response(500, "internal error");
  }
}

}  // namespace dyad::server
