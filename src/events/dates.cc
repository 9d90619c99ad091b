#include "events/dates.h"

#include <cstdio>
#include <cstdlib>

namespace dyad::events {
namespace {

// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Ymd{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int days_in_month(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return k[m - 1];
}

int weekday_of_word(const std::string& w) {
  static const char* names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  static const char* abbr[] = {"mon.", "tue.", "wed.", "thu.", "fri.", "sat.", "sun."};
  for (int i = 0; i < 7; ++i)
    if (w == names[i] || w == abbr[i]) return i;
  return -1;
}

int month_of_word(std::string w) {
  static const char* names[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    std::string n = names[i];
    if (w == n || (w.size() == 3 && n.compare(0, 3, w) == 0)) return i + 1;
  }
  return 0;
}

int small_number(const std::string& w, int lo, int hi) {
  if (w.empty() || w.size() > 4) return 0;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : 0;
}

}  // namespace

bool parse_ymd(std::string_view s, Ymd* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int y = small_number(std::string(s.substr(0, 4)), 1, 9999);
  int m = small_number(std::string(s.substr(5, 2)), 1, 12);
  int d = small_number(std::string(s.substr(8, 2)), 1, 31);
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

std::string event_date(const Tree& tree, int v, const std::string& article) {
  Ymd base;
  if (!parse_ymd(article, &base)) return article;
  const Rels& R = rels();
  for (int c : tree.children(v)) {
    DepRel b = tree.base(c);
    if (b != R.obl && b != R.advmod && b != R.nmod) continue;
    std::string prep = tree.prep_of(c);
    if (!prep.empty() && prep != "on" && prep != "since" && prep != "by") continue;
    const std::string& w = tree.lower(c);
    if (w == "yesterday") return format_ymd(add_days(base, -1));
    if (w == "today" || w == "tonight") return article;
    if (int wd = weekday_of_word(w); wd >= 0) {
      int back = (weekday(base) - wd + 7) % 7;
      return format_ymd(add_days(base, -back));
    }
    if (w == "week") {
      for (int m : tree.children(c))
        if (tree.lower(m) == "last") return format_ymd(add_days(base, -7));
      continue;
    }
    if (int mon = month_of_word(w)) {
      int day = 0, year = 0;
      for (int m : tree.children(c)) {
        if (int d = small_number(tree.lower(m), 1, 31); d && !day) day = d;
        else if (int y = small_number(tree.lower(m), 1900, 2100); y) year = y;
      }
      // "Jan. 6" is sometimes parsed with the month as modifier of the number.
      if (!day && c + 1 < static_cast<int>(tree.size())) day = small_number(tree.lower(c + 1), 1, 31);
      if (!day) continue;
      if (!year) {
        year = base.y;
        if (mon > base.m || (mon == base.m && day > base.d)) --year;
      }
      if (day > days_in_month(year, mon)) continue;
      return format_ymd(Ymd{year, mon, day});
    }
  }
  return article;
}

}  // namespace dyad::events
