// `dyad ingest`: code articles with the pipeline and store them (docs/STORE.md).
//
// Threads: one reader ingests the inputs, workers run the pipeline, and the
// main thread stores coded documents strictly in input order, a batch per
// transaction. Input order makes a run reproducible and makes a killed run
// resumable: the store holds a prefix of the input, whole batches, and
// re-running skips what is stored (same URL or content hash).
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/command.h"
#include "cli/inputs.h"
#include "cli/progress.h"
#include "cli/work_queue.h"
#include "dyad/data_path.h"
#include "dyad/ingest.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

struct IngestArgs {
  std::string db = "events.db";
  std::string date;
  std::string input_format = "auto";
  unsigned threads = 0;
  int batch = 64;
  int dedup_window = 1;
  bool stats = false;
  std::vector<std::string> inputs;
  bool keep_unplaced = false;
  bool states_as_governments = false;
};

// Workers -> the storing thread, released in sequence order. A worker whose
// document is far ahead of the next one to store waits, so memory stays
// bounded however slow storing is; the document the store waits for is
// always admitted, so this cannot deadlock.
class Reorder {
 public:
  explicit Reorder(uint64_t window) : window_(window) {}
  void put(uint64_t seq, std::optional<Document>&& doc) {
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] { return seq < next_ + window_; });
    pending_.emplace(seq, std::move(doc));
    ready_.notify_all();
  }
  void set_total(uint64_t total) {
    std::lock_guard<std::mutex> lock(mu_);
    total_ = total;
    ready_.notify_all();
  }
  // The next document in input order (nullopt inside: it failed to code);
  // false at the end of the input.
  bool take(std::optional<Document>& doc) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return pending_.count(next_) || next_ >= total_; });
    auto it = pending_.find(next_);
    if (it == pending_.end()) return false;
    doc = std::move(it->second);
    pending_.erase(it);
    ++next_;
    room_.notify_all();
    return true;
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::map<uint64_t, std::optional<Document>> pending_;
  uint64_t next_ = 0;
  uint64_t total_ = UINT64_MAX;
  uint64_t window_;
};

int run_ingest(const IngestArgs& args) {
  IngestOptions ingest;
  if (!set_date_option("ingest", args.date, ingest)) return 2;
  if (args.input_format == "text") ingest.format = InputFormat::kText;
  else if (args.input_format == "jsonl") ingest.format = InputFormat::kJsonl;
  if (args.batch < 1) {
    std::fprintf(stderr, "dyad ingest: --batch must be at least 1\n");
    return 2;
  }

  // The database first: a bad path fails before the models load.
  std::unique_ptr<Store> store;
  try {
    StoreOptions so;
    so.dedup_window_days = args.dedup_window;
    store = Store::open(args.db, so);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad ingest: %s\n", e.what());
    return 1;
  }
  std::unique_ptr<Pipeline> pipeline;
  try {
    PipelineOptions po;
    po.keep_unplaced = args.keep_unplaced;
    po.states_as_governments = args.states_as_governments;
    pipeline = Pipeline::load(po);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad ingest: cannot load models and lexicons: %s\n", e.what());
    return 1;
  }
  StoreProvenance prov{dyad_version(), pipeline->model_version(), pipeline->lexicon_version()};

  std::vector<std::string> inputs = args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs;
  Progress progress(0);
  const auto start = std::chrono::steady_clock::now();
  const unsigned n_threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  WorkQueue queue(4 * n_threads);
  Reorder reorder(4 * n_threads + 2 * static_cast<uint64_t>(args.batch));
  std::atomic<uint64_t> input_errors{0}, failed{0};

  // Articles already stored are skipped before coding, through a second
  // (read-only) connection, so re-running over the same inputs is cheap.
  // ingest() checks again, which covers duplicates within one run.
  std::atomic<uint64_t> already{0};
  std::unique_ptr<Store> lookup;
  try {
    lookup = Store::open(args.db, /*readonly=*/true);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad ingest: %s\n", e.what());
    return 1;
  }
  std::thread reader([&] {
    uint64_t seq = 0;
    for (const auto& input : inputs) {
      // An exception escaping this thread would be std::terminate.
      try {
        read_input(
            input, ingest,
            [&](Document&& doc) {
              bool stored = false;
              try {
                stored = lookup->contains(doc);
              } catch (const std::exception&) {
                // A failed look-up only costs coding the article; ingest() decides.
              }
              if (stored) ++already;
              else queue.push(seq++, std::move(doc));
            },
            [&](const IngestIssue& issue) {
              if (issue.severity == IngestIssue::Severity::kError) ++input_errors;
              progress.message(issue_message("ingest", issue));
            });
      } catch (const std::exception& e) {
        ++input_errors;
        progress.message("dyad ingest: error: " + input + ": " + e.what() + "; skipped");
      }
    }
    queue.close();
    reorder.set_total(seq);
  });
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < n_threads; ++t) {
    workers.emplace_back([&] {
      uint64_t seq;
      Document doc;
      while (queue.pop(seq, doc)) {
        std::optional<Document> out;
        try {
          pipeline->run(doc);
          out = std::move(doc);
        } catch (const std::exception& e) {
          ++failed;
          progress.message("dyad ingest: error: document " + doc.id + ": " + e.what() + "; skipped");
        }
        reorder.put(seq, std::move(out));
      }
    });
  }

  // Storing, in input order, one transaction per batch.
  IngestStats total;
  uint64_t read = 0;
  double store_seconds = 0;
  std::string store_error;
  std::vector<Document> batch;
  auto flush = [&] {
    if (batch.empty() || !store_error.empty()) return;
    std::vector<const Document*> ptrs;
    for (const Document& d : batch) ptrs.push_back(&d);
    auto t0 = std::chrono::steady_clock::now();
    try {
      IngestStats s = store->ingest(ptrs, prov);
      total.articles_added += s.articles_added;
      total.articles_skipped += s.articles_skipped;
      total.events_added += s.events_added;
      total.groups_created += s.groups_created;
    } catch (const std::exception& e) {
      store_error = e.what();
    }
    store_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (const Document& d : batch) progress.document_done(d.text.size(), d.sentences.size());
    batch.clear();
  };
  std::optional<Document> doc;
  while (reorder.take(doc)) {
    ++read;
    if (doc) batch.push_back(std::move(*doc));
    if (batch.size() >= static_cast<size_t>(args.batch)) flush();
  }
  flush();
  reader.join();
  for (auto& w : workers) w.join();
  progress.finish();

  if (!store_error.empty()) {
    std::fprintf(stderr, "dyad ingest: %s; batches committed before it are kept\n", store_error.c_str());
    return 1;
  }
  const uint64_t handed_to_store = total.articles_added + total.articles_skipped;
  read += already;
  total.articles_skipped += already;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr,
               "dyad ingest: %llu documents read, %llu articles stored, %llu already stored, %llu failed; "
               "%llu events, %llu new deduplicated events -> %s\n",
               (unsigned long long)read, (unsigned long long)total.articles_added,
               (unsigned long long)total.articles_skipped, (unsigned long long)failed.load(),
               (unsigned long long)total.events_added, (unsigned long long)total.groups_created, args.db.c_str());
  if (args.stats) {
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    std::fprintf(stderr,
                 "{\"documents\": %llu, \"stored\": %llu, \"skipped\": %llu, \"events\": %llu, \"seconds\": %.3f, "
                 "\"store_seconds\": %.3f, \"docs_per_s\": %.1f, \"store_docs_per_s\": %.1f, "
                 "\"threads\": %u, \"batch\": %d, \"peak_rss_mb\": %.1f}\n",
                 (unsigned long long)read, (unsigned long long)total.articles_added,
                 (unsigned long long)total.articles_skipped, (unsigned long long)total.events_added, secs,
                 store_seconds, read / secs, store_seconds > 0 ? handed_to_store / store_seconds : 0.0,
                 n_threads, args.batch, ru.ru_maxrss / 1024.0);
  }
  if (read == 0 || (read == failed.load() && already == 0)) {
    std::fprintf(stderr, "dyad ingest: no document could be %s\n", read == 0 ? "read" : "coded");
    return 1;
  }
  return 0;
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "code articles and store them in an SQLite event store");
  cmd->add_option("--db", args->db, "database file (created if absent)")->capture_default_str();
  cmd->add_option("--date", args->date, "article date (YYYY-MM-DD) for documents that carry none");
  cmd->add_option("--input-format", args->input_format, "input format (auto: .jsonl or a leading '{' means JSONL)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  cmd->add_option("--threads", args->threads, "coding threads (default: all cores)")->check(CLI::Range(0u, 1024u));
  cmd->add_option("--batch", args->batch, "articles per transaction")->capture_default_str();
  cmd->add_option("--dedup-window", args->dedup_window,
                  "deduplication window in days, for a new database (an existing one keeps its own)")
      ->capture_default_str()
      ->check(CLI::Range(0, 365));
  cmd->add_flag("--stats", args->stats, "print a JSON summary (counts, times, peak RSS) on stderr");
  cmd->add_flag("--keep-unplaced", args->keep_unplaced,
                "also store events whose source or target is a bare role placed in no state or organisation");
  add_states_as_governments_flag(cmd, &args->states_as_governments);
  cmd->add_option("inputs", args->inputs, "files, directories, or - for stdin (default: stdin)");
  cmd->callback([args] {
    int rc = run_ingest(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
