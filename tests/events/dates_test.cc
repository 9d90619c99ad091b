#include "events/dates.h"

#include <gtest/gtest.h>

namespace dyad::events {
namespace {

TEST(EventDates, CalendarArithmetic) {
  Ymd d;
  ASSERT_TRUE(parse_ymd("2021-04-14", &d));
  EXPECT_EQ(weekday(d), 2);  // a Wednesday
  EXPECT_EQ(format_ymd(add_days(d, -14)), "2021-03-31");
  EXPECT_EQ(format_ymd(add_days(Ymd{2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(format_ymd(add_days(Ymd{2021, 1, 1}, -1)), "2020-12-31");
  EXPECT_FALSE(parse_ymd("2021-02-30", &d));
  EXPECT_FALSE(parse_ymd("14/04/2021", &d));
  EXPECT_FALSE(parse_ymd("", &d));
}

}  // namespace
}  // namespace dyad::events
