// Store::ingest: a batch of coded documents in one transaction, with the
// deduplicated events and actor counts updated in the same transaction, so
// what is committed is always consistent (docs/STORE.md).
#include <algorithm>
#include <cmath>
#include <ctime>
#include <string>
#include <unordered_map>

#include "dyad/output.h"
#include "store/aggregates.h"
#include "store/store_impl.h"

namespace dyad {

using store::Stmt;

struct Store::Impl::Writer {
  explicit Writer(store::Db& db)
      : by_url(db, "SELECT 1 FROM articles WHERE url = ? AND part = ?"),
        by_hash(db, "SELECT 1 FROM articles WHERE content_hash = ?"),
        add_article(db,
                    "INSERT INTO articles(doc_id, url, part, title, date, domain, content_hash, text, ingested_at, "
                    "dyad_version, model_version, lexicon_version) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"),
        add_sentence(db, "INSERT INTO sentences(article_id, idx, start, end) VALUES(?,?,?,?)"),
        add_mention(db,
                    "INSERT INTO mentions(article_id, idx, start, end, text, code, country, org, sectors, entry, "
                    "antecedent, basis, confidence) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        add_quote(db,
                  "INSERT INTO quotes(article_id, idx, sentence_idx, start, end, text, speaker_idx, speaker_code, "
                  "cue, cue_start, cue_end) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        add_event(db,
                  "INSERT INTO events(id, article_id, idx, sentence_idx, sentence, date, source_idx, target_idx, "
                  "source_code, target_code, source_key, target_key, cameo, root, family, plover, goldstein, quad, "
                  "modality, quote_idx, verb, verb_start, verb_end, rule, dedup_id, date_source, date_text, "
                  "plover_mode, place, place_country) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        add_text(db, "INSERT INTO events_fts(rowid, sentence) VALUES(?, ?)"),
        max_event_id(db, "SELECT coalesce(max(id), 0) FROM events"),
        find_group(db,
                   "SELECT id, date FROM dedup_events WHERE source_key = ? AND target_key = ? AND family = ? "
                   "AND modality = ? AND date BETWEEN ? AND ? ORDER BY id"),
        add_source(db, "INSERT OR IGNORE INTO dedup_sources(dedup_id, domain) VALUES(?, ?)"),
        update_group(db,
                     "UPDATE dedup_events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?, "
                     "num_sources = num_sources + ?, first_date = min(first_date, ?), "
                     "last_date = max(last_date, ?) WHERE id = ?"),
        add_group(db,
                  "INSERT INTO dedup_events(source_key, target_key, family, modality, root, cameo, quad, goldstein, "
                  "date, first_date, last_date, num_mentions, num_articles, num_sources, first_event_id) "
                  "VALUES(?,?,?,?,?,?,?,?,?,?,?,1,1,1,?)"),
        upsert_actor(db,
                     "INSERT INTO actors(code, country, org, example, mentions, events) VALUES(?,?,?,?,?,?) "
                     "ON CONFLICT(code) DO UPDATE SET mentions = mentions + excluded.mentions, "
                     "events = events + excluded.events, "
                     "example = CASE WHEN example = '' THEN excluded.example ELSE example END") {}

  store::AggregateBatch aggregates;  // kept: its statements are prepared once
  Stmt by_url, by_hash, add_article, add_sentence, add_mention, add_quote, add_event, add_text, max_event_id,
      find_group, add_source, update_group, add_group, upsert_actor;
};

Store::Impl::Impl() = default;
Store::Impl::~Impl() = default;

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

std::string flat(std::string_view s) {
  std::string t(s);
  for (char& c : t)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return t;
}

bool valid_mention(const Document& doc, const ActorMention& m) {
  return m.token_begin < m.token_end && m.token_end <= doc.tokens.size();
}

struct ActorTally {
  std::string country, org, example;
  int64_t mentions = 0, events = 0;
};

}  // namespace

IngestStats Store::ingest(const std::vector<const Document*>& docs, const StoreProvenance& prov) {
  if (impl_->options.readonly) throw StoreError("database '" + path() + "': opened read-only, cannot ingest");
  store::Db& db = *impl_->db;
  if (!impl_->writer) impl_->writer = std::make_unique<Impl::Writer>(db);
  Impl::Writer& w = *impl_->writer;
  const int window = impl_->dedup_window_days;

  IngestStats stats;
  store::Transaction tx(db);
  const std::string now = utc_now();
  int64_t next_event_id = 0;
  if (w.max_event_id.step()) next_event_id = w.max_event_id.int64(0) + 1;
  w.max_event_id.reset();
  std::unordered_map<std::string, ActorTally> actors;
  store::AggregateBatch& aggregates = w.aggregates;
  aggregates.clear();  // nothing left from a batch that failed

  for (const Document* dp : docs) {
    const Document& doc = *dp;
    const std::string hash = store::content_hash(doc.text);
    const int part = store::document_part(doc.id);
    bool seen = false;
    if (!doc.url.empty()) {
      w.by_url.bind(1, std::string_view(doc.url)).bind(2, part);
      seen = w.by_url.step();
      w.by_url.reset();
    }
    if (!seen) {
      w.by_hash.bind(1, std::string_view(hash));
      seen = w.by_hash.step();
      w.by_hash.reset();
    }
    if (seen) {
      ++stats.articles_skipped;
      continue;
    }
    const std::string domain = store::url_domain(doc.url);
    w.add_article.bind(1, std::string_view(doc.id))
        .bind_text_or_null(2, doc.url)
        .bind(3, part)
        .bind(4, std::string_view(doc.title))
        .bind_text_or_null(5, doc.date)
        .bind(6, std::string_view(domain))
        .bind(7, std::string_view(hash))
        .bind(8, std::string_view(doc.text))
        .bind(9, std::string_view(now))
        .bind_text_or_null(10, prov.dyad_version)
        .bind_text_or_null(11, prov.model_version)
        .bind_text_or_null(12, prov.lexicon_version)
        .run();
    const int64_t article_id = db.last_insert_rowid();
    ++stats.articles_added;

    CharOffsets chars(doc.text);
    for (size_t i = 0; i < doc.sentences.size(); ++i) {
      const Sentence& s = doc.sentences[i];
      w.add_sentence.bind(1, article_id)
          .bind(2, static_cast<int64_t>(i))
          .bind(3, static_cast<int64_t>(chars(s.begin)))
          .bind(4, static_cast<int64_t>(chars(s.end)))
          .run();
    }
    for (size_t i = 0; i < doc.mentions.size(); ++i) {
      const ActorMention& m = doc.mentions[i];
      if (!valid_mention(doc, m)) continue;
      std::string sectors;
      for (const auto& sec : m.actor.sectors) {
        if (!sectors.empty()) sectors += ' ';
        sectors += sec;
      }
      std::string text(doc.tokens_text(m.token_begin, m.token_end));
      w.add_mention.bind(1, article_id)
          .bind(2, static_cast<int64_t>(i))
          .bind(3, static_cast<int64_t>(chars(doc.tokens[m.token_begin].begin)))
          .bind(4, static_cast<int64_t>(chars(doc.tokens[m.token_end - 1].end)))
          .bind(5, std::string_view(text))
          .bind(6, std::string_view(m.actor.code))
          .bind_text_or_null(7, m.actor.country)
          .bind_text_or_null(8, m.actor.org)
          .bind(9, std::string_view(sectors))
          .bind_text_or_null(10, m.entry)
          .bind_index_or_null(11, m.antecedent)
          .bind_text_or_null(12, m.basis)
          .bind(13, std::round(static_cast<double>(m.confidence) * 100) / 100)  // as in the JSONL records
          .run();
      if (!m.actor.code.empty()) {
        ActorTally& t = actors[m.actor.code];
        if (t.mentions == 0 && t.events == 0) {
          t.country = m.actor.country;
          t.org = m.actor.org;
          t.example = m.antecedent >= 0 ? std::string() : text;  // a pronoun is a poor example
        } else if (t.example.empty() && m.antecedent < 0) {
          t.example = text;
        }
        ++t.mentions;
      }
    }
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
      const Quote& q = doc.quotes[i];
      const ActorMention* sp = doc.mention(q.speaker);
      bool has_cue = q.cue >= 0 && static_cast<size_t>(q.cue) < doc.tokens.size();
      std::string cue = has_cue ? std::string(doc.token_text(q.cue)) : std::string();
      w.add_quote.bind(1, article_id)
          .bind(2, static_cast<int64_t>(i))
          .bind(3, static_cast<int64_t>(q.sentence))
          .bind(4, static_cast<int64_t>(chars(q.begin)))
          .bind(5, static_cast<int64_t>(chars(q.end)))
          .bind(6, q.end > q.begin && q.end <= doc.text.size() ? doc.span_text(q.begin, q.end) : std::string_view())
          .bind_index_or_null(7, sp ? q.speaker : -1)
          .bind_text_or_null(8, sp ? std::string_view(sp->actor.code) : std::string_view())
          .bind_text_or_null(9, cue);
      if (has_cue) {
        w.add_quote.bind(10, static_cast<int64_t>(chars(doc.tokens[q.cue].begin)))
            .bind(11, static_cast<int64_t>(chars(doc.tokens[q.cue].end)));
      }
      w.add_quote.run();
    }
    const std::string domain_key = domain;
    std::vector<int64_t> groups_of_doc;
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      const ActorMention* src = doc.mention(e.source);
      const ActorMention* tgt = doc.mention(e.target);
      if (src && !valid_mention(doc, *src)) src = nullptr;
      if (tgt && !valid_mention(doc, *tgt)) tgt = nullptr;
      // The actors as the event codes them ("Russia" condemning is RUSGOV).
      const Actor* src_actor = src ? doc.source_actor(e) : nullptr;
      const Actor* tgt_actor = tgt ? doc.target_actor(e) : nullptr;
      const std::string src_key = src_actor ? country_key(*src_actor) : std::string();
      const std::string tgt_key = tgt_actor ? country_key(*tgt_actor) : std::string();
      const std::string family = e.cameo.substr(0, 3);
      const std::string modality(modality_name(e.modality));
      // Only real days are stored: range queries and the aggregates key on them.
      const std::string date = store::canonical_day(e.date.empty() ? doc.date : e.date);
      const int64_t event_id = next_event_id++;
      int64_t day = 0;

      // Deduplication (docs/STORE.md): join the group with this key whose
      // anchor is nearest the event's date, within the window; else start one.
      int64_t group = 0;
      if (store::parse_day(date, day)) {
        w.find_group.bind(1, std::string_view(src_key))
            .bind(2, std::string_view(tgt_key))
            .bind(3, std::string_view(family))
            .bind(4, std::string_view(modality))
            .bind(5, store::format_day(day - window))
            .bind(6, store::format_day(day + window));
        int64_t best_dist = INT64_MAX;
        while (w.find_group.step()) {
          int64_t anchor = 0;
          if (!store::parse_day(w.find_group.text(1), anchor)) continue;
          int64_t dist = anchor > day ? anchor - day : day - anchor;
          // Rows come in id order, so on a tie the older group stays.
          if (dist < best_dist) {
            best_dist = dist;
            group = w.find_group.int64(0);
          }
        }
        w.find_group.reset();
        if (group) {
          // An article is stored once, so it is new to the group unless one
          // of its own earlier events joined it.
          bool new_article = std::find(groups_of_doc.begin(), groups_of_doc.end(), group) == groups_of_doc.end();
          w.add_source.bind(1, group).bind(2, std::string_view(domain_key)).run();
          bool new_source = db.changes() > 0;
          w.update_group.bind(1, new_article ? 1 : 0)
              .bind(2, new_source ? 1 : 0)
              .bind(3, std::string_view(date))
              .bind(4, std::string_view(date))
              .bind(5, group)
              .run();
        } else {
          w.add_group.bind(1, std::string_view(src_key))
              .bind(2, std::string_view(tgt_key))
              .bind(3, std::string_view(family))
              .bind(4, std::string_view(modality))
              .bind(5, std::string_view(e.root))
              .bind(6, std::string_view(e.cameo))
              .bind(7, e.quad)
              .bind(8, e.goldstein)
              .bind(9, std::string_view(date))
              .bind(10, std::string_view(date))
              .bind(11, std::string_view(date))
              .bind(12, event_id)
              .run();
          group = db.last_insert_rowid();
          aggregates.add_group(src_key, tgt_key, date);
          w.add_source.bind(1, group).bind(2, std::string_view(domain_key)).run();
          ++stats.groups_created;
        }
        groups_of_doc.push_back(group);
      }

      std::string sentence;
      if (e.sentence < doc.sentences.size()) {
        const Sentence& s = doc.sentences[e.sentence];
        sentence = flat(doc.span_text(s.begin, s.end));
      }
      bool has_verb = e.verb_begin >= 0 && e.verb_end > e.verb_begin &&
                      static_cast<size_t>(e.verb_end) <= doc.tokens.size();
      Stmt& ev = w.add_event;
      ev.bind(1, event_id)
          .bind(2, article_id)
          .bind(3, static_cast<int64_t>(i))
          .bind(4, static_cast<int64_t>(e.sentence))
          .bind(5, std::string_view(sentence))
          .bind_text_or_null(6, date)
          .bind_index_or_null(7, src ? e.source : -1)
          .bind_index_or_null(8, tgt ? e.target : -1)
          .bind(9, src_actor ? std::string_view(src_actor->code) : std::string_view())
          .bind(10, tgt_actor ? std::string_view(tgt_actor->code) : std::string_view())
          .bind(11, std::string_view(src_key))
          .bind(12, std::string_view(tgt_key))
          .bind(13, std::string_view(e.cameo))
          .bind(14, std::string_view(e.root))
          .bind(15, std::string_view(family))
          .bind_text_or_null(16, e.plover)
          .bind(17, e.goldstein)
          .bind(18, e.quad)
          .bind(19, std::string_view(modality))
          .bind_index_or_null(20, e.quote);
      if (has_verb) {
        ev.bind(21, flat(doc.tokens_text(e.verb_begin, e.verb_end)))
            .bind(22, static_cast<int64_t>(chars(doc.tokens[e.verb_begin].begin)))
            .bind(23, static_cast<int64_t>(chars(doc.tokens[e.verb_end - 1].end)));
      }
      ev.bind_text_or_null(24, e.rule);
      if (group) ev.bind(25, group);
      if (!date.empty())
        ev.bind(26, e.date.empty() ? std::string_view("article") : date_source_name(e.date_source));
      if (e.date_begin >= 0 && e.date_end > e.date_begin && static_cast<size_t>(e.date_end) <= doc.tokens.size())
        ev.bind(27, flat(doc.tokens_text(e.date_begin, e.date_end)));
      ev.bind_text_or_null(28, e.plover_mode);
      if (e.place_begin >= 0 && e.place_end > e.place_begin && static_cast<size_t>(e.place_end) <= doc.tokens.size())
        ev.bind(29, flat(doc.tokens_text(e.place_begin, e.place_end)));
      ev.bind_text_or_null(30, e.place_country);
      ev.run();
      w.add_text.bind(1, event_id).bind(2, std::string_view(sentence)).run();
      aggregates.add_event(src_key, tgt_key, date, e.quad, e.root, e.goldstein);
      ++stats.events_added;
      auto count_event = [&](const Actor* a) {
        ActorTally& t = actors[a->code];
        if (t.mentions == 0 && t.events == 0) {
          t.country = a->country;
          t.org = a->org;
        }
        ++t.events;
      };
      if (src_actor && !src_actor->code.empty()) count_event(src_actor);
      if (tgt_actor && !tgt_actor->code.empty() && (!src_actor || tgt_actor->code != src_actor->code))
        count_event(tgt_actor);
    }
  }

  for (const auto& [code, t] : actors) {
    w.upsert_actor.bind(1, std::string_view(code))
        .bind_text_or_null(2, t.country)
        .bind_text_or_null(3, t.org)
        .bind(4, std::string_view(t.example))
        .bind(5, t.mentions)
        .bind(6, t.events)
        .run();
  }
  aggregates.flush(db);
  tx.commit();
  return stats;
}

}  // namespace dyad
