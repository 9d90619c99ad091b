// Event dates: a time expression attached to the event verb ("on Tuesday",
// "yesterday", "last week", "Jan. 6") resolved against the article date.
#ifndef DYAD_EVENTS_DATES_H_
#define DYAD_EVENTS_DATES_H_

#include <string>
#include <string_view>

#include "events/tree.h"

namespace dyad::events {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Parses "YYYY-MM-DD"; false if malformed or not a calendar date.
bool parse_ymd(std::string_view s, Ymd* out);
std::string format_ymd(const Ymd& d);
// Adds `days` (may be negative).
Ymd add_days(const Ymd& d, int days);
// 0 = Monday .. 6 = Sunday.
int weekday(const Ymd& d);

// The date of the event whose verb is v, or `article` when no time
// expression attaches to v (or article is empty/malformed). Weekdays resolve
// to the most recent such day on or before the article date; "last week" to
// seven days before; a month and day without a year to the latest such date
// not after the article.
std::string event_date(const Tree& tree, int v, const std::string& article);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_DATES_H_
