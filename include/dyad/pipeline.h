// The whole pipeline: text -> syntax -> actors -> events, with everything it
// needs (models, lexicons, codebook) loaded once and shared read-only by all
// threads.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>

#include "dyad/document.h"

namespace dyad {

struct PipelineOptions {
  // Directory holding data/ and models/; empty means data_root().
  std::string root;
  // Keep events between actors placed in no state or organisation
  // (EventOptions::keep_unplaced).
  bool keep_unplaced = false;
  // EventOptions::states_as_governments.
  bool states_as_governments = false;
};

class Pipeline {
 public:
  // Loads models, lexicons and the codebook. Throws std::runtime_error naming
  // the file that is missing or malformed.
  static std::unique_ptr<Pipeline> load(const PipelineOptions& options = {});
  ~Pipeline();

  // Runs every stage on an ingested document (text and paragraphs set).
  // Thread-safe: call concurrently on different documents.
  void run(Document& doc) const;

  // Content fingerprints of the loaded models and lexicons, for provenance.
  const std::string& model_version() const;
  const std::string& lexicon_version() const;

 private:
  Pipeline();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
