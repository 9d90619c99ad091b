#ifndef DYAD_CORE_CALENDAR_H_
#define DYAD_CORE_CALENDAR_H_

// Proleptic Gregorian day arithmetic (Howard Hinnant's civil-from-days
// algorithms), shared by the stages that reason about dates: the actor stage
// (which office a person held) and the events stage ("on Tuesday").

namespace dyad::calendar {

// Days since 1970-01-01.
inline long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

inline void civil_from_days(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long yy = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yy + (*m <= 2));
}

// yyyymmdd integers, the form the actor lexicon's date ranges use.
inline long days_from_yyyymmdd(int v) { return days_from_civil(v / 10000, v / 100 % 100, v % 100); }
inline int yyyymmdd_from_days(long z) {
  int y, m, d;
  civil_from_days(z, &y, &m, &d);
  return y * 10000 + m * 100 + d;
}

}  // namespace dyad::calendar

#endif  // DYAD_CORE_CALENDAR_H_
