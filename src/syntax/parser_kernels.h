// Private to the parser: the two inner loops that sum weight rows, kept apart
// from the feature code so each has a plain version and an AVX2 version
// (chosen once, at run time, by the CPU). Both give the same integers: the
// sums are exact int32 additions, so lane order and grouping do not matter.
#ifndef DYAD_SYNTAX_PARSER_KERNELS_H_
#define DYAD_SYNTAX_PARSER_KERNELS_H_

#include <cstdint>

namespace dyad::parser_internal {

// Transition rows hold 4 int16 weights (3 moves and a zero pad); out[c] is the
// sum of rows[i][c] over the nf rows, for c < 3.
void trans_scores(const int16_t* const* rows, int nf, int32_t out[3]);

// Label rows hold 64 int16 weights; returns the first class c < classes
// (1 <= classes <= 64) with the highest sum of rows[i][c].
int label_argmax(const int16_t* const* rows, int nf, int classes);

// The same over int8 rows (feature set 9, parser_impl.h): a row's last byte is
// the exponent e of its mantissas, and a weight counts as mantissa << e.
// Transition rows are 4 bytes, label rows 64 bytes (classes <= 63).
void trans_scores_q8(const int8_t* const* rows, int nf, int32_t out[3]);
int label_argmax_q8(const int8_t* const* rows, int nf, int classes);

// The two implementations behind the calls above, for tests.
bool kernels_have_avx2();
void trans_scores_plain(const int16_t* const* rows, int nf, int32_t out[3]);
int label_argmax_plain(const int16_t* const* rows, int nf, int classes);
void trans_scores_avx2(const int16_t* const* rows, int nf, int32_t out[3]);
int label_argmax_avx2(const int16_t* const* rows, int nf, int classes);
void trans_scores_q8_plain(const int8_t* const* rows, int nf, int32_t out[3]);
int label_argmax_q8_plain(const int8_t* const* rows, int nf, int classes);
void trans_scores_q8_avx2(const int8_t* const* rows, int nf, int32_t out[3]);
int label_argmax_q8_avx2(const int8_t* const* rows, int nf, int classes);

}  // namespace dyad::parser_internal

#endif  // DYAD_SYNTAX_PARSER_KERNELS_H_
