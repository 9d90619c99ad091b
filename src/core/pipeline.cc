// Wiring of the stages. Each stage's resources are loaded once here; run() is
// const and the stages are read-only, so one Pipeline serves every thread.
#include "dyad/pipeline.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "dyad/actors.h"
#include "dyad/codebook.h"
#include "dyad/data_path.h"
#include "dyad/events.h"
#include "dyad/lemmatizer.h"
#include "dyad/parser.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// FNV-1a over the bytes of every regular file under the given paths, in name
// order: a short fingerprint that changes whenever a lexicon or model does.
std::string fingerprint(const std::vector<fs::path>& roots) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](const char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      h ^= static_cast<unsigned char>(p[i]);
      h *= 1099511628211ull;
    }
  };
  std::vector<fs::path> files;
  for (const auto& root : roots) {
    std::error_code ec;
    if (fs::is_regular_file(root, ec)) {
      files.push_back(root);
      continue;
    }
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file()) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  std::vector<char> buf(1 << 16);
  for (const auto& f : files) {
    std::string rel = f.filename().string();
    mix(rel.data(), rel.size());
    std::ifstream in(f, std::ios::binary);
    while (in.read(buf.data(), buf.size()) || in.gcount() > 0) mix(buf.data(), static_cast<size_t>(in.gcount()));
  }
  char out[17];
  std::snprintf(out, sizeof(out), "%016llx", static_cast<unsigned long long>(h));
  return out;
}

}  // namespace

struct Pipeline::Impl {
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
  std::unique_ptr<ActorStage> actors;
  std::unique_ptr<EventStage> events;
  std::string model_version;
  std::string lexicon_version;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

std::unique_ptr<Pipeline> Pipeline::load(const PipelineOptions& options) {
  std::string root = options.root.empty() ? data_root() : options.root;
  if (root.empty() || !fs::is_directory(fs::path(root) / "data"))
    throw std::runtime_error("cannot find dyad's data directory" +
                             (root.empty() ? std::string() : " (looked in " + root + "/data)") +
                             "; pass --data DIR or set DYAD_DATA");
  const fs::path data = fs::path(root) / "data";
  const fs::path models = fs::path(root) / "models";
  std::unique_ptr<Pipeline> p(new Pipeline());
  Impl& s = *p->impl_;
  s.tagger = Tagger::load((models / "tagger.bin").string());
  s.lemmatizer = Lemmatizer::load((models / "lemmas.tsv").string());
  s.parser = Parser::load((models / "parser.bin").string());
  s.actors = std::make_unique<ActorStage>(load_actor_lexicon((data / "actors").string()));
  auto codebook = std::make_shared<Codebook>(Codebook::load((data / "cameo" / "codebook.tsv").string()));
  EventOptions event_options;
  event_options.keep_unplaced = options.keep_unplaced;
  event_options.states_as_governments = options.states_as_governments;
  s.events = std::make_unique<EventStage>(load_verb_lexicon((data / "verbs").string()), codebook, event_options);
  s.model_version = fingerprint({models});
  s.lexicon_version = fingerprint({data});
  return p;
}

void Pipeline::run(Document& doc) const {
  run_text_stage(doc);
  impl_->tagger.tag(doc);
  impl_->lemmatizer.lemmatize(doc);
  impl_->parser.parse(doc);
  impl_->actors->run(doc);
  impl_->events->run(doc);
}

const std::string& Pipeline::model_version() const { return impl_->model_version; }
const std::string& Pipeline::lexicon_version() const { return impl_->lexicon_version; }

}  // namespace dyad
