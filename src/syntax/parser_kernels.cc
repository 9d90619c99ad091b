// Row sums for the parser (see parser_kernels.h).
//
// The plain versions use GCC vector types, which -O2 turns into SSE2. They are
// not good enough on AVX2 machines: GCC widens 8 int16 to 8 int32 with five
// instructions (two half-width widenings and a lane insert) where AVX2 has one
// (vpmovsxwd ymm, m128), so the AVX2 versions use intrinsics directly.
#include "syntax/parser_kernels.h"

#include <climits>

#include "syntax/parser_impl.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define DYAD_KERNELS_X86 1
#endif

namespace dyad::parser_internal {
namespace {

static_assert(kTransStride == 4, "transition rows are 4 weights");
static_assert(kLabelStride == 64, "label rows are 64 weights (8 chunks of 8)");

typedef int16_t v4i16 __attribute__((vector_size(8)));
typedef int32_t v4i32 __attribute__((vector_size(16)));
typedef int16_t v8i16 __attribute__((vector_size(16)));
typedef int32_t v8i32 __attribute__((vector_size(32)));

// A compile-time chunk count keeps every accumulator in a register.
template <int CH>
int label_argmax_plain_t(const int16_t* const* rows, int nf, int classes) {
  v8i32 acc[CH] = {};
  for (int i = 0; i < nf; ++i) {
    const int16_t* r = rows[i];
#pragma GCC unroll 8
    for (int j = 0; j < CH; ++j) {
      v8i16 x;
      __builtin_memcpy(&x, r + 8 * j, sizeof x);
      acc[j] += __builtin_convertvector(x, v8i32);
    }
  }
  int32_t score[8 * CH];
  __builtin_memcpy(score, acc, sizeof score);
  int best = 0;
  for (int c = 1; c < classes; ++c)
    if (score[c] > score[best]) best = c;
  return best;
}

#ifdef DYAD_KERNELS_X86
template <int CH>
__attribute__((target("avx2"))) int label_argmax_avx2_t(const int16_t* const* rows, int nf,
                                                         int classes) {
  __m256i acc[CH];
#pragma GCC unroll 8
  for (int j = 0; j < CH; ++j) acc[j] = _mm256_setzero_si256();
  // Two rows per step: GCC copies every accumulator register once per step
  // (it does not add in place here), so pairing rows halves those copies.
#define DYAD_WIDEN(r, j) \
  _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>((r) + 8 * (j))))
  int i = 0;
  for (; i + 1 < nf; i += 2) {
    const int16_t* r0 = rows[i];
    const int16_t* r1 = rows[i + 1];
#pragma GCC unroll 8
    for (int j = 0; j < CH; ++j)
      acc[j] = _mm256_add_epi32(acc[j], _mm256_add_epi32(DYAD_WIDEN(r0, j), DYAD_WIDEN(r1, j)));
  }
  if (i < nf) {
#pragma GCC unroll 8
    for (int j = 0; j < CH; ++j) acc[j] = _mm256_add_epi32(acc[j], DYAD_WIDEN(rows[i], j));
  }
#undef DYAD_WIDEN
  // Lanes past the last class (zero padding) must not win: set them to INT_MIN.
  const int valid = classes - 8 * (CH - 1);  // 1..8 lanes of the last chunk
  const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  const __m256i pad = _mm256_cmpgt_epi32(_mm256_set1_epi32(valid), lane);  // all-ones where valid
  acc[CH - 1] = _mm256_blendv_epi8(_mm256_set1_epi32(INT_MIN), acc[CH - 1], pad);
  __m256i mx = acc[0];
#pragma GCC unroll 8
  for (int j = 1; j < CH; ++j) mx = _mm256_max_epi32(mx, acc[j]);
  __m128i m4 = _mm_max_epi32(_mm256_castsi256_si128(mx), _mm256_extracti128_si256(mx, 1));
  m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0x4e));
  m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0xb1));
  const __m256i best = _mm256_broadcastd_epi32(m4);
  // The first lane holding the maximum, as the scalar loop's strict '>' picks.
#pragma GCC unroll 8
  for (int j = 0; j < CH; ++j) {
    const int mask = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(acc[j], best)));
    if (mask) return 8 * j + __builtin_ctz(static_cast<unsigned>(mask));
  }
  return 0;  // unreachable: the maximum is in some lane
}
#endif

// int8 rows (see parser_kernels.h): scalar, since the AVX2 version is what
// runs on the machines this is tuned for.
int label_argmax_q8_plain_t(const int8_t* const* rows, int nf, int classes) {
  int32_t score[kMaxClasses8] = {};
  for (int i = 0; i < nf; ++i) {
    const int8_t* r = rows[i];
    const int e = r[kLabelStride8 - 1];
    for (int c = 0; c < classes; ++c) score[c] += static_cast<int32_t>(r[c]) * (1 << e);
  }
  int best = 0;
  for (int c = 1; c < classes; ++c)
    if (score[c] > score[best]) best = c;
  return best;
}

#ifdef DYAD_KERNELS_X86
template <int CH>
__attribute__((target("avx2"))) int label_argmax_q8_avx2_t(const int8_t* const* rows, int nf,
                                                            int classes) {
  __m256i acc[CH];
#pragma GCC unroll 8
  for (int j = 0; j < CH; ++j) acc[j] = _mm256_setzero_si256();
  // 8 int8 -> 8 int32 (vpmovsxbd), shifted left by the row's exponent; two
  // rows per step, as in the int16 version (GCC then copies the accumulators
  // half as often).
#define DYAD_ROW8(r, e, j)                                                                 \
  _mm256_sll_epi32(                                                                         \
      _mm256_cvtepi8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>((r) + 8 * (j)))), \
      (e))
  int i = 0;
  for (; i + 1 < nf; i += 2) {
    const int8_t* r0 = rows[i];
    const int8_t* r1 = rows[i + 1];
    const __m128i e0 = _mm_cvtsi32_si128(static_cast<uint8_t>(r0[kLabelStride8 - 1]));
    const __m128i e1 = _mm_cvtsi32_si128(static_cast<uint8_t>(r1[kLabelStride8 - 1]));
#pragma GCC unroll 8
    for (int j = 0; j < CH; ++j)
      acc[j] = _mm256_add_epi32(acc[j], _mm256_add_epi32(DYAD_ROW8(r0, e0, j), DYAD_ROW8(r1, e1, j)));
  }
  if (i < nf) {
    const int8_t* r = rows[i];
    const __m128i e = _mm_cvtsi32_si128(static_cast<uint8_t>(r[kLabelStride8 - 1]));
#pragma GCC unroll 8
    for (int j = 0; j < CH; ++j) acc[j] = _mm256_add_epi32(acc[j], DYAD_ROW8(r, e, j));
  }
#undef DYAD_ROW8
  const int valid = classes - 8 * (CH - 1);
  const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  const __m256i pad = _mm256_cmpgt_epi32(_mm256_set1_epi32(valid), lane);
  acc[CH - 1] = _mm256_blendv_epi8(_mm256_set1_epi32(INT_MIN), acc[CH - 1], pad);
  __m256i mx = acc[0];
#pragma GCC unroll 8
  for (int j = 1; j < CH; ++j) mx = _mm256_max_epi32(mx, acc[j]);
  __m128i m4 = _mm_max_epi32(_mm256_castsi256_si128(mx), _mm256_extracti128_si256(mx, 1));
  m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0x4e));
  m4 = _mm_max_epi32(m4, _mm_shuffle_epi32(m4, 0xb1));
  const __m256i best = _mm256_broadcastd_epi32(m4);
#pragma GCC unroll 8
  for (int j = 0; j < CH; ++j) {
    const int mask = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(acc[j], best)));
    if (mask) return 8 * j + __builtin_ctz(static_cast<unsigned>(mask));
  }
  return 0;
}
#endif

}  // namespace

void trans_scores_q8_plain(const int8_t* const* rows, int nf, int32_t out[3]) {
  int32_t s[3] = {0, 0, 0};
  for (int i = 0; i < nf; ++i) {
    const int8_t* r = rows[i];
    const int e = r[kTransStride8 - 1];
    for (int c = 0; c < 3; ++c) s[c] += static_cast<int32_t>(r[c]) * (1 << e);
  }
  out[0] = s[0];
  out[1] = s[1];
  out[2] = s[2];
}

int label_argmax_q8_plain(const int8_t* const* rows, int nf, int classes) {
  return label_argmax_q8_plain_t(rows, nf, classes);
}

void trans_scores_plain(const int16_t* const* rows, int nf, int32_t out[3]) {
  v4i32 a0 = {}, a1 = {};
  int i = 0;
  for (; i + 1 < nf; i += 2) {
    v4i16 x, y;
    __builtin_memcpy(&x, rows[i], sizeof x);
    __builtin_memcpy(&y, rows[i + 1], sizeof y);
    a0 += __builtin_convertvector(x, v4i32);
    a1 += __builtin_convertvector(y, v4i32);
  }
  if (i < nf) {
    v4i16 x;
    __builtin_memcpy(&x, rows[i], sizeof x);
    a0 += __builtin_convertvector(x, v4i32);
  }
  const v4i32 s = a0 + a1;
  out[0] = s[0];
  out[1] = s[1];
  out[2] = s[2];
}

int label_argmax_plain(const int16_t* const* rows, int nf, int classes) {
  switch ((classes + 7) / 8) {
    case 1: return label_argmax_plain_t<1>(rows, nf, classes);
    case 2: return label_argmax_plain_t<2>(rows, nf, classes);
    case 3: return label_argmax_plain_t<3>(rows, nf, classes);
    case 4: return label_argmax_plain_t<4>(rows, nf, classes);
    case 5: return label_argmax_plain_t<5>(rows, nf, classes);
    case 6: return label_argmax_plain_t<6>(rows, nf, classes);
    case 7: return label_argmax_plain_t<7>(rows, nf, classes);
    default: return label_argmax_plain_t<8>(rows, nf, classes);
  }
}

#ifdef DYAD_KERNELS_X86
bool kernels_have_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
}

__attribute__((target("avx2"))) void trans_scores_avx2(const int16_t* const* rows, int nf,
                                                       int32_t out[3]) {
  __m128i a0 = _mm_setzero_si128(), a1 = _mm_setzero_si128();
  int i = 0;
  for (; i + 1 < nf; i += 2) {
    a0 = _mm_add_epi32(a0, _mm_cvtepi16_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(rows[i]))));
    a1 = _mm_add_epi32(a1, _mm_cvtepi16_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(rows[i + 1]))));
  }
  if (i < nf)
    a0 = _mm_add_epi32(a0, _mm_cvtepi16_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(rows[i]))));
  const __m128i s = _mm_add_epi32(a0, a1);
  out[0] = _mm_cvtsi128_si32(s);
  out[1] = _mm_extract_epi32(s, 1);
  out[2] = _mm_extract_epi32(s, 2);
}

int label_argmax_avx2(const int16_t* const* rows, int nf, int classes) {
  switch ((classes + 7) / 8) {
    case 1: return label_argmax_avx2_t<1>(rows, nf, classes);
    case 2: return label_argmax_avx2_t<2>(rows, nf, classes);
    case 3: return label_argmax_avx2_t<3>(rows, nf, classes);
    case 4: return label_argmax_avx2_t<4>(rows, nf, classes);
    case 5: return label_argmax_avx2_t<5>(rows, nf, classes);
    case 6: return label_argmax_avx2_t<6>(rows, nf, classes);
    case 7: return label_argmax_avx2_t<7>(rows, nf, classes);
    default: return label_argmax_avx2_t<8>(rows, nf, classes);
  }
}
// A transition row is one int32: 3 mantissas and the exponent. Two rows go
// into one register: widen the 8 bytes to 8 int32 and shift each lane by its
// row's exponent lane (lanes 3 and 7, themselves junk).
__attribute__((target("avx2"), always_inline)) inline __m256i rows8_avx2(const int8_t* r0,
                                                                          const int8_t* r1) {
  int32_t v0, v1;
  __builtin_memcpy(&v0, r0, 4);
  __builtin_memcpy(&v1, r1, 4);
  const __m256i x =
      _mm256_cvtepi8_epi32(_mm_unpacklo_epi32(_mm_cvtsi32_si128(v0), _mm_cvtsi32_si128(v1)));
  return _mm256_sllv_epi32(x, _mm256_shuffle_epi32(x, 0xff));
}

__attribute__((target("avx2"))) void trans_scores_q8_avx2(const int8_t* const* rows, int nf,
                                                          int32_t out[3]) {
  static const int8_t kZero[kTransStride8] = {};
  __m256i a0 = _mm256_setzero_si256(), a1 = _mm256_setzero_si256();
  int i = 0;
  for (; i + 3 < nf; i += 4) {
    a0 = _mm256_add_epi32(a0, rows8_avx2(rows[i], rows[i + 1]));
    a1 = _mm256_add_epi32(a1, rows8_avx2(rows[i + 2], rows[i + 3]));
  }
  for (; i < nf; i += 2) a0 = _mm256_add_epi32(a0, rows8_avx2(rows[i], i + 1 < nf ? rows[i + 1] : kZero));
  const __m256i a = _mm256_add_epi32(a0, a1);
  const __m128i s = _mm_add_epi32(_mm256_castsi256_si128(a), _mm256_extracti128_si256(a, 1));
  out[0] = _mm_cvtsi128_si32(s);
  out[1] = _mm_extract_epi32(s, 1);
  out[2] = _mm_extract_epi32(s, 2);
}

int label_argmax_q8_avx2(const int8_t* const* rows, int nf, int classes) {
  switch ((classes + 7) / 8) {
    case 1: return label_argmax_q8_avx2_t<1>(rows, nf, classes);
    case 2: return label_argmax_q8_avx2_t<2>(rows, nf, classes);
    case 3: return label_argmax_q8_avx2_t<3>(rows, nf, classes);
    case 4: return label_argmax_q8_avx2_t<4>(rows, nf, classes);
    case 5: return label_argmax_q8_avx2_t<5>(rows, nf, classes);
    case 6: return label_argmax_q8_avx2_t<6>(rows, nf, classes);
    case 7: return label_argmax_q8_avx2_t<7>(rows, nf, classes);
    default: return label_argmax_q8_avx2_t<8>(rows, nf, classes);
  }
}
#else
void trans_scores_q8_avx2(const int8_t* const* rows, int nf, int32_t out[3]) {
  trans_scores_q8_plain(rows, nf, out);
}
int label_argmax_q8_avx2(const int8_t* const* rows, int nf, int classes) {
  return label_argmax_q8_plain(rows, nf, classes);
}
bool kernels_have_avx2() { return false; }
void trans_scores_avx2(const int16_t* const* rows, int nf, int32_t out[3]) {
  trans_scores_plain(rows, nf, out);
}
int label_argmax_avx2(const int16_t* const* rows, int nf, int classes) {
  return label_argmax_plain(rows, nf, classes);
}
#endif

void trans_scores(const int16_t* const* rows, int nf, int32_t out[3]) {
  if (kernels_have_avx2()) trans_scores_avx2(rows, nf, out);
  else trans_scores_plain(rows, nf, out);
}

int label_argmax(const int16_t* const* rows, int nf, int classes) {
  return kernels_have_avx2() ? label_argmax_avx2(rows, nf, classes)
                             : label_argmax_plain(rows, nf, classes);
}

}  // namespace dyad::parser_internal

namespace dyad::parser_internal {

void trans_scores_q8(const int8_t* const* rows, int nf, int32_t out[3]) {
  if (kernels_have_avx2()) trans_scores_q8_avx2(rows, nf, out);
  else trans_scores_q8_plain(rows, nf, out);
}

int label_argmax_q8(const int8_t* const* rows, int nf, int classes) {
  return kernels_have_avx2() ? label_argmax_q8_avx2(rows, nf, classes)
                             : label_argmax_q8_plain(rows, nf, classes);
}

}  // namespace dyad::parser_internal
