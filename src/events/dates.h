// Event dates: a time expression in the event's clause ("on Tuesday",
// "yesterday", "last week", "April 13, 2021", "2021-04-13") resolved against
// the article date; without one, the article date.
//
// Two steps, both linear in the sentence:
//  1. Recognition is over token sequences, not the tree, because the parser
//     splits dates unpredictably ("2021-04-13" is five tokens; "Jan. 5, 2021"
//     comes out as appos/nmod/conj).
//  2. Attachment uses the tree: an expression belongs to the nearest
//     predicate above its head (its clause). It dates event verb v when that
//     predicate is v or a clause v sits in (conj, xcomp, ccomp, advcl up to
//     the root: "On Tuesday, X urged Y ... and suggested Z"). A date in some
//     other clause of the sentence ("the deal signed on Monday") does not.
#ifndef DYAD_EVENTS_DATES_H_
#define DYAD_EVENTS_DATES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "events/tree.h"

namespace dyad::events {

// A lower-cased weekday name or abbreviation ("tuesday", "tue.") -> 0..6
// (Monday = 0), else -1.
int weekday_of_word(std::string_view w);
// A lower-cased month name or abbreviation ("march", "mar.", "sept") ->
// 1..12, else 0.
int month_of_word(std::string_view w);

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Parses "YYYY-MM-DD" (trailing text such as a time is ignored); false if
// malformed or not a calendar date.
bool parse_ymd(std::string_view s, Ymd* out);
std::string format_ymd(const Ymd& d);
// Adds `days` (may be negative).
Ymd add_days(const Ymd& d, int days);
// 0 = Monday .. 6 = Sunday.
int weekday(const Ymd& d);

// A time expression found in a sentence, before resolution.
struct DateExpr {
  enum Kind : uint8_t {
    kFull,        // year, month and day given: explicit, needs no article date
    kMonthDay,    // "April 13": explicit, year from the article date and tense
    kWeekday,     // "Tuesday" (offset: -1 "last", +1 "next", 0 plain)
    kDayOffset,   // yesterday / today / tomorrow / "two days ago": days
    kWeekOffset,  // last / this / next week: weeks
    kMonthOffset, // last / earlier this / next month: months
    kMonth,       // "in January", "in March 2014": explicit, the month's first day
    kYear,        // "in 2014": explicit, the year's first day
    kRecent,      // "recently", "in recent weeks": relative, the article date
  };
  Kind kind = kFull;
  uint32_t token_begin = 0, token_end = 0;  // document token indices, half-open
  int y = 0, m = 0, d = 0;                  // kFull / kMonthDay / kMonth / kYear
  int weekday = 0;                          // kWeekday
  int offset = 0;                           // kWeekday sign, or the offset
};

// Time expressions in tokens [b, e), in text order, without those that are
// not the time of an event: "since Monday", "until April 13", "by Friday"
// (bounds and deadlines).
std::vector<DateExpr> find_date_expressions(const Document& doc, uint32_t b, uint32_t e);
// The same, reading the tree's lower-cased tokens instead of lower-casing
// them again (identical result; tokens past tree.size() are not looked at).
std::vector<DateExpr> find_date_expressions(const Tree& tree, uint32_t b, uint32_t e);

// Resolves x against the article date. `future`: the clause speaks of what
// is to come ("will meet on Tuesday" is the next Tuesday). False when the
// expression needs an article date and there is none.
bool resolve_date(const DateExpr& x, const Ymd* article, bool future, Ymd* out);

struct EventDate {
  std::string date;          // YYYY-MM-DD or "" (no article date, no expression)
  DateSource source = DateSource::kNone;
  int32_t token_begin = -1;  // the expression, or -1
  int32_t token_end = -1;
};

// The date of the event whose verb is v in sentence tokens [sb, se).
// `future_hint`: the coder judged the event intended (modality), which makes
// a bare weekday or month-day point forward.
EventDate event_date(const Tree& tree, int v, uint32_t sb, uint32_t se, const std::string& article,
                     bool future_hint);

// The same with the sentence's time expressions already found: `exprs` must be
// find_date_expressions(tree.doc(), sb, min(se, tree.size())). A sentence with
// several events scans its tokens once, not once per event.
EventDate event_date(const Tree& tree, int v, uint32_t sb, uint32_t se, const std::string& article,
                     bool future_hint, const std::vector<DateExpr>& exprs);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_DATES_H_
