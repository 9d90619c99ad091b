// Table-driven helpers for coder tests on invented sentences: a sentence and
// the event it must give, a near miss and the code it must not give. Used by
// the CAMEO phrasing coverage tests (coder_cameo12_a2_test.cc, _a3_).
#ifndef DYAD_TESTS_EVENTS_FOUND_NONE_TEST_UTIL_H_
#define DYAD_TESTS_EVENTS_FOUND_NONE_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace foundnone {

// A sentence and the event it must give: source and target code prefixes
// ("" = no target), code prefix, modality.
struct Found {
  std::string text, src, tgt, code;
  Modality m;
};
// A near miss and the code prefix (a root or more) it must not give, in any
// modality.
struct None {
  std::string text, code;
};

inline void expect_found(const std::vector<Found>& cases, const char* date = "2024-02-01") {
  for (const Found& c : cases) {
    Document d = pipetest::code_text(c.text, date);
    EXPECT_TRUE(pipetest::find(d, c.src, c.tgt, c.code, c.m)) << c.text << "\n" << pipetest::describe(d);
  }
}

inline void expect_none(const std::vector<None>& cases, const char* date = "2024-02-01") {
  for (const None& c : cases) {
    Document d = pipetest::code_text(c.text, date);
    EXPECT_EQ(pipetest::count_root(d, c.code), 0) << c.text << "\n" << pipetest::describe(d);
  }
}

}  // namespace foundnone
}  // namespace dyad

#endif  // DYAD_TESTS_EVENTS_FOUND_NONE_TEST_UTIL_H_
