// `dyad code`: the main job. Reads documents, runs the pipeline on all cores,
// writes events to stdout in input order.
//
// Threads: the main thread ingests; workers run the pipeline and serialise;
// output is released strictly in input order through a reorder buffer, so a
// run's output is deterministic whatever the thread count. Each document's
// records are written whole, so output written so far is always valid JSONL.
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>

#include "cli/command.h"
#include "cli/inputs.h"
#include "cli/progress.h"
#include "cli/work_queue.h"
#include "dyad/compat.h"
#include "dyad/data_path.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::string date;
  std::string format = "jsonl";
  std::string input_format = "auto";
  bool explain = false;
  bool stats = false;
  unsigned threads = 0;
  std::vector<std::string> inputs;
  // User dictionaries in TABARI / PETRARCH formats (src/compat): --dict DIR,
  // --verbs/--actors/--agents/--discards/--issues FILE, --dict-mode add|replace.
  compat::UserDictOptions user_dicts;
  std::string dict_mode = "add";
  bool keep_unplaced = false;
  bool states_as_governments = false;
};

uint64_t input_bytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-") return 0;
    if (fs::is_directory(in, ec)) {
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    } else {
      total += fs::file_size(in, ec);
    }
  }
  return total;
}

// Releases per-document output in sequence order.
struct OrderedWriter {
  std::mutex mu;
  std::map<uint64_t, std::string> pending;
  uint64_t next = 0;

  void put(uint64_t seq, std::string&& text) {
    std::lock_guard<std::mutex> lock(mu);
    pending.emplace(seq, std::move(text));
    for (auto it = pending.begin(); it != pending.end() && it->first == next; it = pending.erase(it)) {
      std::fwrite(it->second.data(), 1, it->second.size(), stdout);
      ++next;
    }
    std::fflush(stdout);
  }
};

int run_code(const CodeArgs& args) {
  IngestOptions ingest;
  if (!set_date_option("code", args.date, ingest)) return 2;
  if (!set_input_format("code", args.input_format, ingest)) return 2;

  std::unique_ptr<Pipeline> pipeline;
  try {
    PipelineOptions po;
    po.keep_unplaced = args.keep_unplaced;
    po.states_as_governments = args.states_as_governments;
    pipeline = Pipeline::load(po);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad code: cannot load models and lexicons: %s\n", e.what());
    return 1;
  }
  if (args.dict_mode == "replace" && args.user_dicts.empty()) {
    std::fprintf(stderr, "dyad code: --dict-mode replace needs user dictionaries (--dict, --verbs, ...)\n");
    return 2;
  }
  // User dictionaries (compat): loaded once, applied after the pipeline.
  std::shared_ptr<const compat::Coder> user_coder;
  if (!args.user_dicts.empty()) {
    compat::Diagnostics diags;
    std::string error;
    compat::UserDictOptions ud = args.user_dicts;
    ud.replace = args.dict_mode == "replace";
    user_coder = compat::load_user_coder(ud, diags, &error);
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.str().c_str());
    if (!user_coder) {
      std::fprintf(stderr, "dyad code: %s\n", error.c_str());
      return 1;
    }
  }
  OutputOptions out_opts;
  out_opts.explain = args.explain;
  out_opts.dyad_version = dyad_version();
  out_opts.model_version = pipeline->model_version();
  out_opts.lexicon_version = pipeline->lexicon_version();
  const bool tsv = args.format == "tsv";
  if (tsv) {
    std::string h = events_tsv_header();
    std::fwrite(h.data(), 1, h.size(), stdout);
  }

  std::vector<std::string> inputs = args.inputs.empty() ? std::vector<std::string>{"-"} : args.inputs;
  Progress progress(input_bytes(inputs));
  std::atomic<uint64_t> coded{0}, failed{0}, input_errors{0};
  std::atomic<uint64_t> n_sentences{0}, n_tokens{0}, n_events{0}, n_bytes{0};
  const auto start = std::chrono::steady_clock::now();

  unsigned n_threads = args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  WorkQueue queue(4 * n_threads);
  OrderedWriter writer;
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < n_threads; ++t) {
    // A thread the system refuses (ulimit -u, memory) would otherwise end the
    // run in std::terminate: go on with those started, or stop if none.
    try {
      workers.emplace_back([&] {
        uint64_t seq;
        Document doc;
        while (queue.pop(seq, doc)) {
          std::string out;
          try {
            pipeline->run(doc);
            if (user_coder) compat::apply_user_coder(*user_coder, doc, args.dict_mode == "replace");
            if (tsv) append_events_tsv(doc, out_opts, out);
            else append_events_jsonl(doc, out_opts, out);
            ++coded;
            n_sentences += doc.sentences.size();
            n_tokens += doc.tokens.size();
            n_events += doc.events.size();
            n_bytes += doc.text.size();
          } catch (const std::exception& e) {
            out.clear();
            ++failed;
            progress.message("dyad code: error: document " + doc.id + ": " + e.what() + "; skipped");
          }
          writer.put(seq, std::move(out));
          progress.document_done(doc.text.size(), doc.sentences.size());
        }
      });
    } catch (const std::system_error& e) {
      if (workers.empty()) {
        std::fprintf(stderr, "dyad code: cannot start a worker thread: %s\n", e.what());
        return 1;
      }
      std::fprintf(stderr, "dyad code: warning: started %zu of %u worker threads: %s\n", workers.size(), n_threads,
                   e.what());
      n_threads = static_cast<unsigned>(workers.size());
      break;
    }
  }

  uint64_t seq = 0;
  for (const auto& input : inputs) {
    // An exception here (out of memory on a huge input) would otherwise end
    // the run in std::terminate with the workers still running.
    try {
      read_input(
          input, ingest, [&](Document&& doc) { queue.push(seq++, std::move(doc)); },
          [&](const IngestIssue& issue) {
            if (issue.severity == IngestIssue::Severity::kError) ++input_errors;
            progress.message(issue_message("code", issue));
          });
    } catch (const std::exception& e) {
      ++input_errors;
      progress.message("dyad code: error: " + input + ": " + e.what() + "; skipped");
    }
  }
  queue.close();
  for (auto& w : workers) w.join();
  progress.finish();

  if (args.stats) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    std::fprintf(stderr,
                 "{\"documents\": %llu, \"failed\": %llu, \"sentences\": %llu, \"tokens\": %llu, "
                 "\"events\": %llu, \"text_mb\": %.3f, \"seconds\": %.3f, \"docs_per_s\": %.1f, "
                 "\"sentences_per_s\": %.1f, \"mb_per_s\": %.3f, \"threads\": %u, \"peak_rss_mb\": %.1f}\n",
                 (unsigned long long)coded.load(), (unsigned long long)failed.load(),
                 (unsigned long long)n_sentences.load(), (unsigned long long)n_tokens.load(),
                 (unsigned long long)n_events.load(), n_bytes / 1e6, secs, coded / secs, n_sentences / secs,
                 n_bytes / 1e6 / secs, n_threads, ru.ru_maxrss / 1024.0);
  }
  if (coded == 0) {
    if (failed == 0 && input_errors == 0) std::fprintf(stderr, "dyad code: no documents in the input\n");
    else std::fprintf(stderr, "dyad code: no document could be coded\n");
    return 1;
  }
  return 0;
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "code events from news articles (text or JSONL) to stdout");
  cmd->add_option("--date", args->date, "article date (YYYY-MM-DD) for documents that carry none");
  cmd->add_option("--format", args->format, "output format")->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("--input-format", args->input_format, "input format (auto: .jsonl or a leading '{' means JSONL; .html/.htm or markup means HTML; .gz is inflated)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}));
  cmd->add_flag("--explain", args->explain, "add a human-readable explanation to each event");
  cmd->add_flag("--stats", args->stats, "print a JSON summary (counts, throughput, peak RSS) on stderr");
  cmd->add_flag("--keep-unplaced", args->keep_unplaced,
                "also emit events whose source or target is a bare role placed in no state or organisation "
                "(\"rebels\" in a story that names no country): left out by default");
  add_states_as_governments_flag(cmd, &args->states_as_governments);
  cmd->add_option("--threads", args->threads, "worker threads (default: all cores)")->check(CLI::Range(0u, 1024u));
  // Each dictionary option takes one path per use and may be repeated; without
  // allow_extra_args(false) CLI11 lets a vector option swallow the input files
  // after it (`--actors a.txt story.txt` read story.txt as a dictionary).
  cmd->add_option("--dict", args->user_dicts.dirs,
                  "directory of TABARI / PETRARCH dictionaries (PETR_config.ini, a .project, or files named "
                  "*verbs*, *actors*, *agents*, *discards*, *Issue*; repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--verbs", args->user_dicts.verbs, "TABARI / PETRARCH verb dictionary (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--actors", args->user_dicts.actors, "TABARI / PETRARCH actor dictionary (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--agents", args->user_dicts.agents, "TABARI / PETRARCH agent dictionary (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--discards", args->user_dicts.discards, "PETRARCH discard list (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--issues", args->user_dicts.issues, "PETRARCH issue list (repeatable)")->allow_extra_args(false);
  cmd->add_option("--dict-mode", args->dict_mode,
                  "add: user dictionaries' events join dyad's; replace: only theirs")
      ->check(CLI::IsMember({"add", "replace"}));
  cmd->add_option("inputs", args->inputs, "files, directories, or - for stdin (default: stdin)");
  cmd->callback([args] {
    int rc = run_code(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
