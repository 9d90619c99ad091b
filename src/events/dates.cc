#include "events/dates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "core/calendar.h"

namespace dyad::events {
namespace {

using calendar::days_from_civil;

Ymd civil_from_days(long z) {
  Ymd r;
  calendar::civil_from_days(z, &r.y, &r.m, &r.d);
  return r;
}

int days_in_month(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return k[m - 1];
}

int small_number(std::string_view w, int lo, int hi) {
  if (w.empty() || w.size() > 4) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : 0;
}

}  // namespace

// The word lists below are string_views (lengths known at compile time) and
// the words compared are views too: the recognizer looks at every token of
// every sentence with an event, and building or measuring strings there was
// most of its cost.
namespace {
constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::string_view kWeekdayAbbr[] = {"mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."};
}  // namespace

int weekday_of_word(std::string_view w) {
  for (int i = 0; i < 7; ++i)
    if (w == kWeekdays[i] || w == kWeekdayAbbr[i]) return i;
  return -1;
}

int month_of_word(std::string_view w) {
  static constexpr std::string_view names[] = {"january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    const std::string_view n = names[i];
    if (w == n || (w.size() == 3 && n.substr(0, 3) == w)) return i + 1;
  }
  return 0;
}

bool parse_ymd(std::string_view s, Ymd* out) {
  // "2021-04-14" or "2021-04-14T09:30:00Z": the day is the first ten bytes.
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return false;
  s = s.substr(0, std::min<size_t>(s.size(), 10));
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int y = small_number(s.substr(0, 4), 1, 9999);
  int m = small_number(s.substr(5, 2), 1, 12);
  int d = small_number(s.substr(8, 2), 1, 31);
  if (!y || !m || !d || d > days_in_month(y, m)) return false;
  *out = Ymd{y, m, d};
  return true;
}

std::string format_ymd(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

Ymd add_days(const Ymd& d, int days) { return civil_from_days(days_from_civil(d.y, d.m, d.d) + days); }

int weekday(const Ymd& d) {
  long z = days_from_civil(d.y, d.m, d.d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

// ------------------------------------------------------------- recognition

namespace {

// 1..31, with an ordinal suffix allowed ("3rd", "21st"); 0 otherwise.
int day_number(std::string_view w) {
  size_t i = 0;
  int v = 0;
  while (i < w.size() && i < 2 && w[i] >= '0' && w[i] <= '9') v = v * 10 + (w[i++] - '0');
  if (i == 0) return 0;
  std::string_view rest = w.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

int count_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  for (int i = 0; i < 11; ++i)
    if (w == kWords[i]) return i == 0 ? 1 : i;
  if (w.size() <= 2 && !w.empty() && w[0] >= '1' && w[0] <= '9') return small_number(w, 1, 99);
  return 0;
}

bool part_of_day(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night";
}

// Words before an expression that make it a bound or a span, not the time
// of the event: "since Monday", "until April 13", "by Friday", "over the
// past week".
bool excluding_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"since", "until", "till", "by", "before", "after", "from", "through",
                                                "throughout", "within", "for", "over", "past", "ahead", "than"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

class Recognizer {
 public:
  // Lower-cases the tokens itself, into one buffer (ASCII only, as
  // std::tolower in the "C" locale dyad runs in).
  Recognizer(const Document& doc, uint32_t b, uint32_t e) : doc_(doc), b_(b), e_(std::min<uint32_t>(e, doc.tokens.size())) {
    std::vector<uint32_t> off;
    off.reserve(e_ - b_ + 1);
    off.push_back(0);
    for (uint32_t t = b_; t < e_; ++t) {
      const Token& k = doc.tokens[t];
      std::string_view s = k.norm.empty() ? doc.token_text(t) : std::string_view(k.norm);
      for (char c : s) buf_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      off.push_back(static_cast<uint32_t>(buf_.size()));
    }
    low_.reserve(e_ - b_);
    for (uint32_t i = 0; i + 1 < off.size(); ++i) low_.emplace_back(buf_.data() + off[i], off[i + 1] - off[i]);
  }
  // Borrows the tree's lower-cased forms, which are the same bytes: the
  // tree folds the same text (norm, else the token's text) the same way.
  Recognizer(const Tree& tree, uint32_t b, uint32_t e)
      : doc_(tree.doc()), b_(b), e_(std::min<uint32_t>({e, static_cast<uint32_t>(tree.doc().tokens.size()),
                                                         static_cast<uint32_t>(tree.size())})) {
    low_.reserve(e_ > b_ ? e_ - b_ : 0);
    for (uint32_t t = b_; t < e_; ++t) low_.emplace_back(tree.lower(t));
  }

  std::vector<DateExpr> all() {
    std::vector<DateExpr> out;
    for (uint32_t t = b_; t < e_;) {
      DateExpr x;
      if (match(t, &x)) {
        if (!excluded(x)) out.push_back(x);
        t = x.token_end;
      } else {
        ++t;
      }
    }
    return out;
  }

 private:
  std::string_view low(uint32_t t) const { return t >= b_ && t < e_ ? low_[t - b_] : std::string_view(); }
  bool capitalised(uint32_t t) const {
    std::string_view s = doc_.token_text(t);
    return !s.empty() && s[0] >= 'A' && s[0] <= 'Z';
  }
  int month_at(uint32_t t) const {
    if (t >= e_ || !capitalised(t)) return 0;  // "may", "march" as words
    return month_of_word(low(t));
  }
  int weekday_at(uint32_t t) const {
    if (t >= e_ || !capitalised(t)) return -1;
    std::string_view w = low(t);
    // "Tue ." split by the tokenizer reads as "tue.".
    if (w.size() == 3 && t + 1 < e_ && low(t + 1) == ".") {
      for (int i = 0; i < 7; ++i)
        if (kWeekdayAbbr[i].substr(0, 3) == w) return i;
      return -1;
    }
    return weekday_of_word(w);
  }
  int year_at(uint32_t t) const { return t < e_ ? small_number(low(t), 1900, 2100) : 0; }

  bool excluded(const DateExpr& x) const {
    if (x.token_begin > b_ && excluding_word(low(x.token_begin - 1))) return true;
    // "the past week", "over the last month": a span, not a time.
    if (x.token_begin >= b_ + 2 && low(x.token_begin - 1) == "the" && excluding_word(low(x.token_begin - 2)))
      return true;
    // "Tuesday's attack": the expression dates the noun, not a clause.
    if (x.token_end < e_ && (low(x.token_end) == "'s" || low(x.token_end) == "'")) return true;
    return false;
  }

  // "April 13", "Jan. 5, 2021", "Sept 3rd" at t.
  bool month_day(uint32_t t, DateExpr* x) const {
    int m = month_at(t);
    if (!m) return false;
    uint32_t k = t + 1;
    if (k < e_ && low(k) == "." && low(t).back() != '.') ++k;
    int d = k < e_ ? day_number(low(k)) : 0;
    if (!d) return false;
    ++k;
    // "April 13, 2021" / "April 13 2021"; not "April 13, 2,000 troops".
    uint32_t y = k < e_ && low(k) == "," ? k + 1 : k;
    int year = year_at(y);
    x->m = m;
    x->d = d;
    if (year) {
      x->y = year;
      x->kind = DateExpr::kFull;
      k = y + 1;
    } else {
      x->kind = DateExpr::kMonthDay;
    }
    x->token_end = k;
    return true;
  }

  // "13 April 2021", "3rd of March" at t.
  bool day_month(uint32_t t, DateExpr* x) const {
    int d = day_number(low(t));
    if (!d) return false;
    uint32_t k = t + 1;
    if (low(k) == "of") ++k;
    int m = month_at(k);
    if (!m) return false;
    ++k;
    if (k < e_ && low(k) == "." && low(k - 1).back() != '.') ++k;
    x->m = m;
    x->d = d;
    if (int year = year_at(k)) {
      x->y = year;
      x->kind = DateExpr::kFull;
      ++k;
    } else {
      x->kind = DateExpr::kMonthDay;
    }
    x->token_end = k;
    return true;
  }

  bool match(uint32_t t, DateExpr* x) const {
    *x = DateExpr{};
    x->token_begin = t;
    const std::string_view w = low(t);
    // ISO 8601 "2021-04-13", however the tokenizer split it.
    if (w.size() >= 4 && w[0] >= '1' && w[0] <= '2') {
      const Token& k = doc_.tokens[t];
      if (k.begin + 10 <= doc_.text.size()) {
        std::string_view s = std::string_view(doc_.text).substr(k.begin, 10);
        bool digit_after = k.begin + 10 < doc_.text.size() && std::isdigit(static_cast<unsigned char>(doc_.text[k.begin + 10]));
        Ymd ymd;
        if (!digit_after && parse_ymd(s, &ymd)) {
          uint32_t j = t;
          while (j < e_ && doc_.tokens[j].end <= k.begin + 10) ++j;
          x->kind = DateExpr::kFull;
          x->y = ymd.y;
          x->m = ymd.m;
          x->d = ymd.d;
          x->token_end = j;
          return true;
        }
      }
    }
    if (int wd = weekday_at(t); wd >= 0) {
      uint32_t k = t + 1;
      if (low(k) == "." && low(t).size() == 3) ++k;  // "Tue ." abbreviated
      // "Tuesday, April 13": the weekday only names the date.
      uint32_t after = low(k) == "," ? k + 1 : k;
      DateExpr md;
      if (month_day(after, &md) || day_month(after, &md)) {
        md.token_begin = t;
        *x = md;
        return true;
      }
      x->kind = DateExpr::kWeekday;
      x->weekday = wd;
      if (part_of_day(low(k))) ++k;  // "Tuesday night"
      x->token_end = k;
      return true;
    }
    if (month_day(t, x) || day_month(t, x)) return true;
    // A month or year alone, only after "in" (or "early"/"late"/"mid"):
    // "annexed Crimea in 2014", "took office in January". Dated to the
    // period's first day, as months are elsewhere; date_text shows the span.
    if (t > b_) {
      const std::string_view p = low(t - 1);
      const bool in = p == "in" || p == "early" || p == "late" || p == "mid" || p == "during";
      if (in && month_at(t)) {
        x->kind = DateExpr::kMonth;
        x->m = month_at(t);
        x->y = year_at(t + 1);
        x->token_end = t + 1 + (x->y ? 1 : 0);
        return true;
      }
      if (in && w.size() == 4 && year_at(t) && !(t + 1 < e_ && (low(t + 1) == "%" || low(t + 1) == "percent"))) {
        x->kind = DateExpr::kYear;
        x->y = year_at(t);
        x->token_end = t + 1;
        return true;
      }
    }
    if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow") {
      x->kind = DateExpr::kDayOffset;
      x->offset = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      x->token_end = t + 1 + (part_of_day(low(t + 1)) ? 1 : 0);
      return true;
    }
    if (w == "last" || w == "next" || w == "this") {
      const int sign = w == "last" ? -1 : w == "next" ? 1 : 0;
      const std::string_view u = low(t + 1);
      if (int wd = weekday_at(t + 1); wd >= 0) {
        x->kind = DateExpr::kWeekday;
        x->weekday = wd;
        x->offset = sign;
        x->token_end = t + 2 + (part_of_day(low(t + 2)) ? 1 : 0);
        return true;
      }
      if (u == "week" || u == "month") {
        x->kind = u == "week" ? DateExpr::kWeekOffset : DateExpr::kMonthOffset;
        x->offset = sign;
        x->token_end = t + 2;
        return true;
      }
      if (u == "weekend" && sign != 0) {  // the Saturday of that weekend
        x->kind = DateExpr::kWeekday;
        x->weekday = 5;
        x->offset = sign;
        x->token_end = t + 2;
        return true;
      }
      return false;
    }
    // Vague but recent: the clause has a time of its own, near the article
    // date ("violence has flared up in recent weeks" does not share the 2014
    // of the clause before it).
    if (w == "recently" || w == "lately" ||
        (w == "recent" && (low(t + 1) == "days" || low(t + 1) == "weeks" || low(t + 1) == "months"))) {
      x->kind = DateExpr::kRecent;
      x->token_end = t + (w == "recent" ? 2 : 1);
      return true;
    }
    if ((w == "earlier" || w == "later") && low(t + 1) == "this" && (low(t + 2) == "week" || low(t + 2) == "month")) {
      x->kind = low(t + 2) == "week" ? DateExpr::kWeekOffset : DateExpr::kMonthOffset;
      x->offset = 0;
      x->token_end = t + 3;
      return true;
    }
    // "two days ago", "a week ago".
    if (int n = count_word(w); n && t + 2 < e_ && low(t + 2) == "ago") {
      const std::string_view u = low(t + 1);
      if (u == "day" || u == "days" || u == "week" || u == "weeks") {
        x->kind = DateExpr::kDayOffset;
        x->offset = -n * (u[0] == 'w' ? 7 : 1);
        x->token_end = t + 3;
        return true;
      }
    }
    return false;
  }

  const Document& doc_;
  uint32_t b_, e_;
  std::string buf_;                    // lower-cased tokens (own lowering only)
  std::vector<std::string_view> low_;  // per token of [b_, e_)
};

bool is_clause_head(const Tree& tree, int t) {
  UPos u = tree.upos(t);
  return u == UPos::kVERB || tree.first_kid(t, rels().cop) >= 0;
}

// Auxiliaries and governing words that put a clause in the future.
bool clause_is_future(const Tree& tree, int v) {
  const Rels& R = rels();
  for (int depth = 0; v >= 0 && depth < 4; ++depth) {
    for (int c : tree.children(v)) {
      if (tree.rel(c) != R.aux) continue;
      const std::string& l = tree.lemma(c);
      if (l == "will" || l == "shall" || l == "'ll" || l == "wo") return true;
    }
    const std::string& l = tree.lemma(v);
    if (depth > 0 && (l == "plan" || l == "due" || l == "set" || l == "schedule" || l == "expect" ||
                      l == "intend" || l == "slate" || l == "poise" || (l == "go" && tree.xpos(v) == "VBG")))
      return true;
    DepRel r = tree.rel(v);
    if (r != R.xcomp && r != R.conj) break;
    v = tree.head(v);
  }
  return false;
}

}  // namespace

std::vector<DateExpr> find_date_expressions(const Document& doc, uint32_t b, uint32_t e) {
  if (b >= e || b >= doc.tokens.size()) return {};
  return Recognizer(doc, b, e).all();
}

std::vector<DateExpr> find_date_expressions(const Tree& tree, uint32_t b, uint32_t e) {
  if (b >= e || b >= tree.doc().tokens.size() || b >= tree.size()) return {};
  return Recognizer(tree, b, e).all();
}

bool resolve_date(const DateExpr& x, const Ymd* article, bool future, Ymd* out) {
  if (x.kind == DateExpr::kFull) {
    if (x.m < 1 || x.m > 12 || x.d < 1 || x.d > days_in_month(x.y, x.m)) return false;
    *out = Ymd{x.y, x.m, x.d};
    return true;
  }
  if (x.kind == DateExpr::kYear || (x.kind == DateExpr::kMonth && x.y)) {
    *out = Ymd{x.y, x.kind == DateExpr::kMonth ? x.m : 1, 1};
    return true;
  }
  if (!article) return false;
  const Ymd& a = *article;
  switch (x.kind) {
    case DateExpr::kMonthDay: {
      // The latest such date not after the article (the earliest not before
      // it, for what is to come).
      int y = a.y;
      bool after = x.m > a.m || (x.m == a.m && x.d > a.d);
      bool before = x.m < a.m || (x.m == a.m && x.d < a.d);
      if (!future && after) --y;
      if (future && before) ++y;
      if (x.d > days_in_month(y, x.m)) return false;
      *out = Ymd{y, x.m, x.d};
      return true;
    }
    case DateExpr::kWeekday: {
      int back = (weekday(a) - x.weekday + 7) % 7;
      int fwd = (x.weekday - weekday(a) + 7) % 7;
      if (x.offset < 0) *out = add_days(a, -(back ? back : 7));
      else if (x.offset > 0) *out = add_days(a, fwd ? fwd : 7);
      else *out = future ? add_days(a, fwd) : add_days(a, -back);
      return true;
    }
    case DateExpr::kMonth: {
      int y = x.y;
      if (!y) {  // the latest such month not after the article (the next, for what is to come)
        y = a.y;
        if (!future && x.m > a.m) --y;
        if (future && x.m < a.m) ++y;
      }
      *out = Ymd{y, x.m, 1};
      return true;
    }
    case DateExpr::kYear: *out = Ymd{x.y, 1, 1}; return true;
    case DateExpr::kRecent: *out = a; return true;
    case DateExpr::kDayOffset: *out = add_days(a, x.offset); return true;
    case DateExpr::kWeekOffset: *out = add_days(a, 7 * x.offset); return true;
    case DateExpr::kMonthOffset: {
      // A month resolves to its first day: the day is unknown, the month is not.
      int m = a.m - 1 + x.offset;
      int y = a.y + (m < 0 ? -1 : m / 12);
      m = ((m % 12) + 12) % 12 + 1;
      *out = Ymd{y, m, 1};
      return true;
    }
    default: return false;
  }
}

EventDate event_date(const Tree& tree, int v, uint32_t sb, uint32_t se, const std::string& article,
                     bool future_hint) {
  const uint32_t e = std::min<uint32_t>(se, tree.size());
  // Out of range: no expression is looked at, so none need be found.
  if (v < 0 || static_cast<uint32_t>(v) < sb || static_cast<uint32_t>(v) >= e)
    return event_date(tree, v, sb, se, article, future_hint, {});
  return event_date(tree, v, sb, se, article, future_hint, find_date_expressions(tree, sb, e));
}

EventDate event_date(const Tree& tree, int v, uint32_t sb, uint32_t se, const std::string& article,
                     bool future_hint, const std::vector<DateExpr>& exprs) {
  EventDate out;
  Ymd base;
  const bool have_article = parse_ymd(article, &base);
  if (have_article) {
    out.date = format_ymd(base);
    out.source = DateSource::kArticle;
  }
  se = std::min<uint32_t>(se, tree.size());
  if (v < 0 || static_cast<uint32_t>(v) < sb || static_cast<uint32_t>(v) >= se) return out;
  if (exprs.empty()) return out;

  // v's clause and the clauses above it, nearest first. A clause that
  // modifies a noun ("a war that has killed ...", "Ukraine, where troops
  // have been fighting") has a time of its own: no climbing out of it.
  const Rels& R = rels();
  std::vector<int> above;
  for (int x = v; x >= 0 && above.size() < 32; x = tree.head(x)) {
    above.push_back(x);
    if (tree.base(x) == R.acl && is_clause_head(tree, x)) break;
    // A clause with its own temporal conjunction ("after officials urged
    // Moscow", "since Biden took office") is timed relative to the clause it
    // hangs on, not at its time: no climbing out of it either. The parser
    // often attaches such a clause as a conjunct of a neighbouring one.
    bool temporal_mark = false;
    for (int c : tree.children(x)) {
      if (tree.rel(c) != R.mark) continue;
      const std::string& l = tree.lemma(c);
      temporal_mark = l == "after" || l == "before" || l == "since" || l == "until" || l == "till" || l == "once";
      if (temporal_mark) break;
    }
    if (temporal_mark) break;
  }

  const DateExpr* best = nullptr;
  size_t best_depth = above.size();
  for (const DateExpr& x : exprs) {
    // The expression's head: its token whose head lies outside it.
    int h = static_cast<int>(x.token_begin);
    for (uint32_t t = x.token_begin; t < x.token_end; ++t) {
      int hd = tree.head(t);
      if (hd < static_cast<int>(x.token_begin) || hd >= static_cast<int>(x.token_end)) { h = static_cast<int>(t); break; }
    }
    DepRel r = tree.rel(h);
    // A date as subject or object is a topic ("Tuesday was calm"), not a time.
    if (r == R.nsubj || r == R.nsubj_pass || r == R.obj || r == R.iobj || r == R.nmod_poss) continue;
    int p = tree.head(h);
    // Bounded: a malformed tree may hold a cycle.
    for (int steps = 0; p >= 0 && !is_clause_head(tree, p) && tree.head(p) >= 0 && steps < 64; ++steps) p = tree.head(p);
    if (p < 0) p = h;  // a verbless fragment: the date heads it
    auto it = std::find(above.begin(), above.end(), p);
    size_t depth = static_cast<size_t>(it - above.begin());
    if (it == above.end()) {
      // "urged Putin on Tuesday to ease tensions", the date hung on the
      // infinitive: an open complement of v, the date written before it.
      int q = p;
      bool xcomp_path = false;
      for (int k = 0; q >= 0 && k < 4 && tree.rel(q) == R.xcomp; ++k) {
        q = tree.head(q);
        if (q == v) { xcomp_path = true; break; }
      }
      if (!xcomp_path || x.token_end > static_cast<uint32_t>(p)) continue;
      depth = above.size() - 1;  // weakest claim
    }
    if (!best || depth < best_depth) {
      best = &x;
      best_depth = depth;
    }
  }
  if (!best) return out;
  Ymd d;
  if (!resolve_date(*best, have_article ? &base : nullptr, future_hint || clause_is_future(tree, v), &d)) return out;
  out.date = format_ymd(d);
  const DateExpr::Kind k = best->kind;
  out.source = k == DateExpr::kFull || k == DateExpr::kMonthDay || k == DateExpr::kMonth || k == DateExpr::kYear
                   ? DateSource::kExplicit
                   : DateSource::kRelative;
  out.token_begin = static_cast<int32_t>(best->token_begin);
  out.token_end = static_cast<int32_t>(best->token_end);
  return out;
}

}  // namespace dyad::events
