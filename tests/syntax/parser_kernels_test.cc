// The parser's row-sum kernels: the plain and AVX2 versions must give exactly
// what a scalar loop gives, ties included (the first best class wins).
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "syntax/parser_impl.h"
#include "syntax/parser_kernels.h"

namespace dyad::parser_internal {
namespace {

struct Rows {
  std::vector<int16_t> data;
  std::vector<const int16_t*> ptr;
};

// nf rows of `stride` weights; weights drawn from [-range, range] so that a
// small range produces many ties; columns from `width` on are zero (padding).
Rows make_rows(std::mt19937& rng, int nf, int stride, int width, int range) {
  Rows r;
  r.data.assign(static_cast<size_t>(nf + 1) * stride, 0);
  std::uniform_int_distribution<int> w(-range, range);
  for (int i = 0; i < nf; ++i)
    for (int c = 0; c < width; ++c) r.data[static_cast<size_t>(i) * stride + c] = static_cast<int16_t>(w(rng));
  for (int i = 0; i < nf; ++i) r.ptr.push_back(r.data.data() + static_cast<size_t>(i) * stride);
  return r;
}

TEST(ParserKernels, LabelArgmaxMatchesScalarLoop) {
  std::mt19937 rng(7);
  for (int classes = 1; classes <= kLabelStride; ++classes) {
    for (int nf : {0, 1, 2, 7, 49, 64}) {
      for (int range : {1, 3, 32767}) {
        const Rows r = make_rows(rng, nf, kLabelStride, classes, range);
        std::vector<int32_t> sum(classes, 0);
        for (int i = 0; i < nf; ++i)
          for (int c = 0; c < classes; ++c) sum[c] += r.ptr[i][c];
        int want = 0;
        for (int c = 1; c < classes; ++c)
          if (sum[c] > sum[want]) want = c;
        // All-negative scores: the zero padding past the last class must not win.
        ASSERT_EQ(label_argmax_plain(r.ptr.data(), nf, classes), want)
            << "classes " << classes << " nf " << nf << " range " << range;
        if (kernels_have_avx2())
          ASSERT_EQ(label_argmax_avx2(r.ptr.data(), nf, classes), want)
              << "classes " << classes << " nf " << nf << " range " << range;
        ASSERT_EQ(label_argmax(r.ptr.data(), nf, classes), want);
      }
    }
  }
}

TEST(ParserKernels, LabelArgmaxIgnoresPaddingWhenAllScoresAreNegative) {
  std::vector<int16_t> row(kLabelStride, 0);
  for (int c = 0; c < 50; ++c) row[c] = static_cast<int16_t>(-100 - c);
  const int16_t* rows[1] = {row.data()};
  EXPECT_EQ(label_argmax_plain(rows, 1, 50), 0);
  if (kernels_have_avx2()) EXPECT_EQ(label_argmax_avx2(rows, 1, 50), 0);
}

TEST(ParserKernels, TransScoresMatchScalarSums) {
  std::mt19937 rng(11);
  for (int nf : {0, 1, 2, 3, 150, 160}) {
    const Rows r = make_rows(rng, nf, kTransStride, kTransClasses, 32767);
    int32_t want[3] = {0, 0, 0};
    for (int i = 0; i < nf; ++i)
      for (int c = 0; c < 3; ++c) want[c] += r.ptr[i][c];
    int32_t got[3];
    trans_scores_plain(r.ptr.data(), nf, got);
    EXPECT_EQ(got[0], want[0]); EXPECT_EQ(got[1], want[1]); EXPECT_EQ(got[2], want[2]);
    if (kernels_have_avx2()) {
      trans_scores_avx2(r.ptr.data(), nf, got);
      EXPECT_EQ(got[0], want[0]); EXPECT_EQ(got[1], want[1]); EXPECT_EQ(got[2], want[2]);
    }
  }
}


// int8 rows: mantissas in [-127, 127], exponent in the row's last byte; the
// sums must be those of mantissa << exponent.
struct Rows8 {
  std::vector<int8_t> data;
  std::vector<const int8_t*> ptr;
};

Rows8 make_rows8(std::mt19937& rng, int nf, int stride, int width, int range) {
  Rows8 r;
  r.data.assign(static_cast<size_t>(nf + 1) * stride, 0);
  std::uniform_int_distribution<int> w(-range, range), e(0, 8);
  for (int i = 0; i < nf; ++i) {
    int8_t* row = r.data.data() + static_cast<size_t>(i) * stride;
    for (int c = 0; c < width; ++c) row[c] = static_cast<int8_t>(w(rng));
    row[stride - 1] = static_cast<int8_t>(e(rng));
  }
  for (int i = 0; i < nf; ++i) r.ptr.push_back(r.data.data() + static_cast<size_t>(i) * stride);
  return r;
}

TEST(ParserKernels, Int8LabelArgmaxMatchesScalarLoop) {
  std::mt19937 rng(5);
  for (int classes = 1; classes <= kMaxClasses8; ++classes) {
    for (int nf : {0, 1, 2, 7, 64}) {
      for (int range : {1, 127}) {
        const Rows8 r = make_rows8(rng, nf, kLabelStride8, classes, range);
        std::vector<int32_t> sum(classes, 0);
        for (int i = 0; i < nf; ++i)
          for (int c = 0; c < classes; ++c) sum[c] += r.ptr[i][c] * (1 << r.ptr[i][kLabelStride8 - 1]);
        int want = 0;
        for (int c = 1; c < classes; ++c)
          if (sum[c] > sum[want]) want = c;
        ASSERT_EQ(label_argmax_q8_plain(r.ptr.data(), nf, classes), want)
            << "classes " << classes << " nf " << nf << " range " << range;
        if (kernels_have_avx2())
          ASSERT_EQ(label_argmax_q8_avx2(r.ptr.data(), nf, classes), want)
              << "classes " << classes << " nf " << nf << " range " << range;
        ASSERT_EQ(label_argmax_q8(r.ptr.data(), nf, classes), want);
      }
    }
  }
}

TEST(ParserKernels, Int8TransScoresMatchScalarSums) {
  std::mt19937 rng(13);
  for (int nf : {0, 1, 2, 3, 150, 160}) {
    const Rows8 r = make_rows8(rng, nf, kTransStride8, kTransClasses, 127);
    int32_t want[3] = {0, 0, 0};
    for (int i = 0; i < nf; ++i)
      for (int c = 0; c < 3; ++c) want[c] += r.ptr[i][c] * (1 << r.ptr[i][kTransStride8 - 1]);
    int32_t got[3];
    trans_scores_q8_plain(r.ptr.data(), nf, got);
    EXPECT_EQ(got[0], want[0]); EXPECT_EQ(got[1], want[1]); EXPECT_EQ(got[2], want[2]);
    if (kernels_have_avx2()) {
      trans_scores_q8_avx2(r.ptr.data(), nf, got);
      EXPECT_EQ(got[0], want[0]); EXPECT_EQ(got[1], want[1]); EXPECT_EQ(got[2], want[2]);
    }
  }
}

// Rounding a row to 8 significant bits: mantissas fit int8, the error is at
// most half a step, and rounding again changes nothing (a saved version-9
// model reloads to the same rows).
TEST(ParserKernels, RoundRowQ8IsBoundedAndIdempotent) {
  std::mt19937 rng(17);
  for (int range : {0, 1, 127, 128, 255, 1000, 32767}) {
    std::uniform_int_distribution<int> w(-range, range);
    std::vector<int16_t> row(50), orig;
    for (auto& v : row) v = static_cast<int16_t>(w(rng));
    row[3] = static_cast<int16_t>(range);  // the maximum is present
    orig = row;
    const int e = round_row_q8(row.data(), 50);
    EXPECT_GE(e, 0);
    EXPECT_LE(e, 8);
    for (size_t c = 0; c < row.size(); ++c) {
      EXPECT_EQ(row[c] % (1 << e), 0);
      EXPECT_LE(std::abs(row[c] >> e), 127);
      // Half a step, or a whole one where the top mantissa was clamped to 127.
      EXPECT_LE(std::abs(row[c] - orig[c]), e == 0 ? 0 : (1 << e));
    }
    std::vector<int16_t> again = row;
    round_row_q8(again.data(), 50);
    EXPECT_EQ(again, row);
  }
}

}  // namespace
}  // namespace dyad::parser_internal
