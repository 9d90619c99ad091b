// Scoring article-body extraction against a ground truth, the way the
// Scrapinghub article-extraction benchmark does, so our figures compare with
// the published ones:
//
//  * tokens are runs of Unicode word characters (letters, digits, other
//    numerics, underscore), case kept;
//  * each text becomes a multiset of word 4-gram shingles (a text of fewer
//    than 4 tokens is one shorter shingle; an empty text none);
//  * per page, tp/fp/fn are the multiset overlaps, normalised to sum to 1;
//  * precision is averaged over pages with tp+fp > 0, recall over pages with
//    tp+fn > 0 (both 1 when fp = fn = 0); F1 is the harmonic mean of the two
//    averages; accuracy is the share of pages whose token lists are equal;
//  * the ± figures are bootstrap standard deviations over pages.
#ifndef DYAD_EXTRACT_EVAL_H_
#define DYAD_EXTRACT_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct ShingleMatch {
  double tp = 0, fp = 0, fn = 0;  // normalised: sum to 1 unless both texts are empty
};

// Word tokens as the benchmark's tokenizer finds them.
std::vector<std::string_view> benchmark_tokens(std::string_view text);

ShingleMatch shingle_match(std::string_view truth, std::string_view prediction, int n = 4);

struct PageScore {
  ShingleMatch match;
  bool exact = false;  // token lists equal
};

struct ExtractionScore {
  double f1 = 0, precision = 0, recall = 0, accuracy = 0;
  double f1_sd = 0, precision_sd = 0, recall_sd = 0, accuracy_sd = 0;
  size_t pages = 0;
};

PageScore score_page(std::string_view truth, std::string_view prediction);

// Averages page scores; bootstrap_rounds > 0 adds standard deviations
// (fixed seed, so a run is reproducible).
ExtractionScore aggregate_scores(const std::vector<PageScore>& pages, int bootstrap_rounds = 1000);

// Reads a benchmark JSON file: {"<id>": {"articleBody": "..."}, ...}, or the
// same wrapped as {"version": ..., "output": {...}}. Returns id -> body.
// Throws std::runtime_error naming the file on a read or format error.
std::map<std::string, std::string> load_article_bodies(const std::string& path);

// Scores predictions against truth over truth's ids (a missing prediction
// counts as an empty one).
ExtractionScore score_bodies(const std::map<std::string, std::string>& truth,
                             const std::map<std::string, std::string>& prediction,
                             int bootstrap_rounds = 1000);

}  // namespace dyad

#endif  // DYAD_EXTRACT_EVAL_H_
