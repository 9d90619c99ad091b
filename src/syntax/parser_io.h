// Private to the parser: the model file format.
//
//   "DYADPARS" | u32 version | u32 trans_bits | u32 label_bits | u32 classes
//   | classes x (u8 length, label name)          names, so the file survives
//                                                 additions to the label table
//   | u32 rows | rows x (varint row delta, 3 x i16)          transition weights
//   | u32 rows | rows x (varint row delta, classes x i16)    label weights
//   | u64 FNV-1a checksum of everything before it
//
// Only non-zero rows are stored (most of the hashed table is empty or pruned);
// load() expands them into the dense tables decoding indexes directly.
#ifndef DYAD_SYNTAX_PARSER_IO_H_
#define DYAD_SYNTAX_PARSER_IO_H_

#include <string>

#include "syntax/parser_impl.h"

namespace dyad::parser_internal {

// Any change to the feature templates needs a new version: an old file would
// load but score with the wrong features.
// The file version names the feature templates the weights were trained
// with (parser_impl.h, trans_features): 3, 8, 9 (8's templates with int8
// rows; its int16 weights on disk are mantissa << exponent, row by row, so
// loading rebuilds the int8 rows exactly) or 10 (3's templates, int8 rows, in
// the same way). The format after the header is the same for all four.
// Versions 4-7 were a reverted experiment with another format and are refused.
// Versions 11 and 12 (3's templates plus WordNet word classes; int16 / int8
// rows) append the class table before the checksum:
//   u32 entries | entries x (u64 lemma key, u8 noun class, u8 verb class)
constexpr bool model_version_known(uint32_t v) {
  return v == 3 || (v >= 8 && v <= 12);
}

// Throw std::runtime_error("<path>: what is wrong").
void save_weights(const Weights& w, const std::string& path);
Weights load_weights(const std::string& path);

}  // namespace dyad::parser_internal

#endif  // DYAD_SYNTAX_PARSER_IO_H_
