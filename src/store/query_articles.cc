// Article, quotation and actor reads.
#include <algorithm>

#include "store/query_sql.h"
#include "store/store_impl.h"

namespace dyad {

using store::Stmt;
using store::Where;

namespace {

// Byte offset of every code point of a text (plus one past the end), so many
// spans of one article are sliced in constant time each.
class CodePointIndex {
 public:
  explicit CodePointIndex(const std::string& text) : text_(text) {
    for (size_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(static_cast<uint32_t>(i));
    starts_.push_back(static_cast<uint32_t>(text.size()));
  }
  std::string slice(int64_t b, int64_t e) const {
    if (b < 0 || e <= b || static_cast<size_t>(e) >= starts_.size()) return {};
    return text_.substr(starts_[b], starts_[e] - starts_[b]);
  }

 private:
  const std::string& text_;
  std::vector<uint32_t> starts_;
};

using store::split_sectors;

constexpr const char* kArticleSelect =
    "SELECT id, doc_id, url, title, date, domain, content_hash, text, ingested_at, dyad_version, model_version, "
    "lexicon_version FROM articles";

// A quotation's own columns from c on: idx, sentence_idx, text, start, end,
// speaker_idx, cue, cue_start, cue_end.
void read_quote(const Stmt& st, int c, StoredQuote& q) {
  q.index = st.integer(c);
  q.sentence_index = st.integer(c + 1);
  q.text = st.text(c + 2);
  q.start = st.int64(c + 3);
  q.end = st.int64(c + 4);
  q.speaker_index = static_cast<int>(st.int64_or(c + 5, -1));
  q.cue = st.text(c + 6);
  q.cue_start = st.int64_or(c + 7, -1);
  q.cue_end = st.int64_or(c + 8, -1);
}

std::optional<StoredArticle> load_article(store::Db& db, Stmt& st) {
  if (!st.step()) return std::nullopt;
  StoredArticle a;
  a.id = st.int64(0);
  a.doc_id = st.text(1);
  a.url = st.text(2);
  a.title = st.text(3);
  a.date = st.text(4);
  a.domain = st.text(5);
  a.content_hash = st.text(6);
  a.text = st.text(7);
  a.ingested_at = st.text(8);
  a.dyad_version = st.text(9);
  a.model_version = st.text(10);
  a.lexicon_version = st.text(11);
  CodePointIndex cps(a.text);

  Stmt ss(db, "SELECT idx, start, end FROM sentences WHERE article_id = ? ORDER BY idx");
  ss.bind(1, a.id);
  while (ss.step()) {
    StoredSentence s;
    s.index = ss.integer(0);
    s.start = ss.int64(1);
    s.end = ss.int64(2);
    s.text = cps.slice(s.start, s.end);
    a.sentences.push_back(std::move(s));
  }

  Stmt ms(db,
          "SELECT m.idx, m.text, m.code, m.country, m.org, m.sectors, m.start, m.end, m.entry, m.antecedent, "
          "ma.text, m.basis, m.confidence FROM mentions m LEFT JOIN mentions ma ON ma.article_id = m.article_id AND ma.idx = m.antecedent "
          "WHERE m.article_id = ? ORDER BY m.idx");
  ms.bind(1, a.id);
  while (ms.step()) {
    StoredMention m;
    m.index = ms.integer(0);
    m.actor.text = ms.text(1);
    m.actor.code = ms.text(2);
    m.actor.country = ms.text(3);
    m.actor.org = ms.text(4);
    m.actor.sectors = split_sectors(ms.text(5));
    m.actor.start = ms.int64(6);
    m.actor.end = ms.int64(7);
    m.entry = ms.text(8);
    m.antecedent = static_cast<int>(ms.int64_or(9, -1));
    m.actor.refers_to = ms.text(10);
    m.actor.basis = ms.text(11);
    m.actor.confidence = ms.is_null(12) ? -1.0 : ms.real(12);
    a.mentions.push_back(std::move(m));
  }

  Stmt qs(db,
          "SELECT idx, sentence_idx, text, start, end, speaker_idx, cue, cue_start, cue_end FROM quotes "
          "WHERE article_id = ? ORDER BY idx");
  qs.bind(1, a.id);
  while (qs.step()) {
    StoredQuote q;
    q.article_id = a.id;
    read_quote(qs, 0, q);
    for (const StoredMention& m : a.mentions)
      if (m.index == q.speaker_index) q.speaker = m.actor;
    q.doc_id = a.doc_id;
    q.url = a.url;
    q.title = a.title;
    q.date = a.date;
    a.quotes.push_back(std::move(q));
  }
  a.events = store_article_events(db, a.id);
  return a;
}

}  // namespace

std::optional<StoredArticle> Store::article(int64_t id) {
  Stmt st(*impl_->db, std::string(kArticleSelect) + " WHERE id = ?");
  st.bind(1, id);
  return load_article(*impl_->db, st);
}

std::optional<StoredArticle> Store::article_by_doc_id(const std::string& doc_id) {
  Stmt st(*impl_->db, std::string(kArticleSelect) + " WHERE doc_id = ? ORDER BY id LIMIT 1");
  st.bind(1, std::string_view(doc_id));
  return load_article(*impl_->db, st);
}

Page<ArticleSummary> Store::articles(const std::string& from, const std::string& to, int limit, int offset) {
  store::check_date(path(), "from", from);
  store::check_date(path(), "to", to);
  Where w;
  if (!from.empty()) {
    w.add("a.date >= ?");
    w.value(from);
  }
  if (!to.empty()) {
    w.add("a.date <= ?");
    w.value(to);
  }
  Page<ArticleSummary> page;
  {
    Stmt st(*impl_->db, "SELECT count(*) FROM articles a" + w.sql);
    w.bind(st);
    if (st.step()) page.total = st.int64(0);
  }
  store::clamp_page(limit, offset);
  Stmt st(*impl_->db,
          "SELECT a.id, a.doc_id, a.url, a.title, a.date, a.domain, "
          "(SELECT count(*) FROM events e WHERE e.article_id = a.id) FROM articles a" +
              w.sql + " ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?");
  int next = w.bind(st);
  st.bind(next, limit).bind(next + 1, offset);
  while (st.step()) {
    ArticleSummary s;
    s.id = st.int64(0);
    s.doc_id = st.text(1);
    s.url = st.text(2);
    s.title = st.text(3);
    s.date = st.text(4);
    s.domain = st.text(5);
    s.num_events = st.integer(6);
    page.rows.push_back(std::move(s));
  }
  return page;
}

Page<StoredQuote> Store::quotations_by_speaker(const std::string& speaker, int limit, int offset) {
  Where w;
  // A speaker written like an actor code ("RUS", "USAGOV": capitals and
  // digits) is a code prefix, read from the speaker_code index; anything
  // else is also looked for in the speaker's words, which reads every
  // quotation once.
  const bool code_like = !speaker.empty() && speaker.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") ==
                                                 std::string::npos;
  if (!speaker.empty()) {
    std::string end = store::prefix_end(speaker);
    w.add(code_like ? "q.speaker_code >= ? AND q.speaker_code < ?"
                    : "((q.speaker_code >= ? AND q.speaker_code < ?) OR m.text LIKE ? ESCAPE '\\')");
    w.value(speaker);
    w.value(end);
    if (!code_like) w.value("%" + store::like_escape(speaker) + "%");
  }
  // CROSS JOIN: quotations drive the join, so a search costs the number of
  // quotations, not of articles (the planner otherwise walks every article
  // by date).
  const std::string from =
      " FROM quotes q CROSS JOIN articles a ON a.id = q.article_id "
      "LEFT JOIN mentions m ON m.article_id = q.article_id AND m.idx = q.speaker_idx "
      "LEFT JOIN mentions ma ON ma.article_id = m.article_id AND ma.idx = m.antecedent";
  Page<StoredQuote> page;
  {
    constexpr int64_t kCountCap = 1000;  // past it the total is "at least"
    Stmt st(*impl_->db, "SELECT count(*) FROM (SELECT 1" + from + w.sql + " LIMIT " + std::to_string(kCountCap + 1) + ")");
    w.bind(st);
    if (st.step()) page.total = st.int64(0);
    if (page.total > kCountCap) {
      page.total = kCountCap;
      page.total_exact = false;
    }
  }
  store::clamp_page(limit, offset);
  Stmt st(*impl_->db,
          "SELECT q.article_id, q.idx, q.sentence_idx, q.text, q.start, q.end, q.speaker_idx, q.cue, q.cue_start, "
          "q.cue_end, a.doc_id, a.url, a.title, a.date, q.speaker_idx, m.text, m.code, m.country, m.org, "
          "m.sectors, m.start, m.end, ma.text, m.basis, m.confidence" +
              from + w.sql + " ORDER BY a.date DESC, q.article_id DESC, q.idx LIMIT ? OFFSET ?");
  int next = w.bind(st);
  st.bind(next, limit).bind(next + 1, offset);
  while (st.step()) {
    StoredQuote q;
    q.article_id = st.int64(0);
    read_quote(st, 1, q);
    q.doc_id = st.text(10);
    q.url = st.text(11);
    q.title = st.text(12);
    q.date = st.text(13);
    q.speaker = store::read_actor(st, 14);
    page.rows.push_back(std::move(q));
  }
  return page;
}

std::vector<ActorHit> Store::search_actors(const std::string& q, int limit) {
  limit = std::clamp(limit, 0, store::kMaxPage);
  std::string like = "%" + store::like_escape(q) + "%";
  Stmt st(*impl_->db,
          "SELECT code, coalesce(country, ''), coalesce(org, ''), example, mentions, events FROM actors "
          "WHERE code LIKE ?1 ESCAPE '\\' OR country LIKE ?1 ESCAPE '\\' OR org LIKE ?1 ESCAPE '\\' "
          "OR example LIKE ?1 ESCAPE '\\' ORDER BY mentions DESC, code LIMIT ?2");
  st.bind(1, std::string_view(like)).bind(2, limit);
  std::vector<ActorHit> out;
  while (st.step()) {
    ActorHit h;
    h.code = st.text(0);
    h.country = st.text(1);
    h.org = st.text(2);
    h.example = st.text(3);
    h.mentions = st.int64(4);
    h.events = st.int64(5);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace dyad
