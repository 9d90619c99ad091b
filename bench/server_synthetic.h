// Synthetic event stores for the server's load benchmark: articles of short
// invented sentences, each carrying one coded event between country actors
// drawn from a skewed distribution (a few dyads dominate, as in real news),
// spread over ten years, ingested through Store::ingest like real coded text.
#ifndef DYAD_BENCH_SERVER_SYNTHETIC_H_
#define DYAD_BENCH_SERVER_SYNTHETIC_H_

#include <cstdint>
#include <string>

namespace dyad::bench {

// Creates (or replaces) the store at path with `events` events, ten per
// article. Returns the number of events stored. Prints progress to stderr.
int64_t write_synthetic_store(const std::string& path, int64_t events, uint64_t seed = 7);

}  // namespace dyad::bench

#endif  // DYAD_BENCH_SERVER_SYNTHETIC_H_
