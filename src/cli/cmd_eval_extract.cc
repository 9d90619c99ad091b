// dyad eval-extract --bench DIR [--predictions FILE]... [--peers] [--write FILE] [--per-page]
//
// Scores article-body extraction on the Scrapinghub benchmark layout:
// DIR/ground-truth.json, DIR/html/<id>.html.gz, DIR/peer_output/*.json.
// Without --predictions, dyad extracts every page itself and is scored;
// --predictions scores a file of another system's output instead, --peers
// scores every file in DIR/peer_output (to check this scorer reproduces the
// published figures). The metric is in include/dyad/extract_eval.h.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "dyad/extract_eval.h"
#include "dyad/html.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

struct EvalArgs {
  std::string bench;
  std::vector<std::string> predictions;
  bool peers = false;
  bool per_page = false;
  std::string write;
};

// CPU time of this thread: the machine is shared, so wall time would measure
// the neighbours too.
double thread_cpu_seconds() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

void print_row(const std::string& name, const ExtractionScore& s) {
  std::printf("%-22s F1 %.3f ± %.3f  P %.3f ± %.3f  R %.3f ± %.3f  acc %.3f ± %.3f  (%zu pages)\n", name.c_str(),
              s.f1, s.f1_sd, s.precision, s.precision_sd, s.recall, s.recall_sd, s.accuracy, s.accuracy_sd,
              s.pages);
}

// Runs dyad on every page; returns id -> body. Pages that fail count as empty.
std::map<std::string, std::string> extract_all(const std::string& bench,
                                               const std::map<std::string, std::string>& truth, double* mb_per_s) {
  std::map<std::string, std::string> out;
  IngestOptions options;
  double seconds = 0, bytes = 0;
  for (const auto& [id, body] : truth) {
    std::string path = bench + "/html/" + id + ".html.gz";
    if (!fs::exists(path)) path = bench + "/html/" + id + ".html";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "dyad eval-extract: warning: %s: cannot open; scored as empty\n", path.c_str());
      out[id] = "";
      continue;
    }
    std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string html, error;
    if (is_gzip(raw)) {
      if (!gunzip(raw, &html, &error)) {
        std::fprintf(stderr, "dyad eval-extract: warning: %s: %s; scored as empty\n", path.c_str(), error.c_str());
        out[id] = "";
        continue;
      }
    } else {
      html.swap(raw);
    }
    double t0 = thread_cpu_seconds();
    try {
      Document doc = parse_html_document(html, options);
      out[id] = article_body(doc);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-extract: warning: %s: %s; scored as empty\n", path.c_str(), e.what());
      out[id] = "";
    }
    seconds += thread_cpu_seconds() - t0;
    bytes += html.size();
  }
  *mb_per_s = seconds > 0 ? bytes / 1e6 / seconds : 0;
  return out;
}

int run_eval(const EvalArgs& args) {
  std::map<std::string, std::string> truth;
  try {
    truth = load_article_bodies(args.bench + "/ground-truth.json");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad eval-extract: %s\n", e.what());
    return 1;
  }
  std::vector<std::string> files = args.predictions;
  if (args.peers) {
    std::vector<std::string> peers;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(args.bench + "/peer_output", ec))
      if (entry.path().extension() == ".json") peers.push_back(entry.path().string());
    std::sort(peers.begin(), peers.end());
    files.insert(files.end(), peers.begin(), peers.end());
  }
  int rc = 0;
  for (const auto& f : files) {
    try {
      print_row(fs::path(f).stem().string(), score_bodies(truth, load_article_bodies(f)));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "dyad eval-extract: %s\n", e.what());
      rc = 1;
    }
  }
  if (!files.empty()) return rc;

  double mbps = 0;
  std::map<std::string, std::string> ours = extract_all(args.bench, truth, &mbps);
  if (args.per_page) {
    for (const auto& [id, body] : truth) {
      PageScore p = score_page(body, ours[id]);
      double prec = p.match.tp + p.match.fp > 0 ? p.match.tp / (p.match.tp + p.match.fp) : 1;
      double rec = p.match.tp + p.match.fn > 0 ? p.match.tp / (p.match.tp + p.match.fn) : 1;
      std::printf("%s\tP %.3f\tR %.3f\n", id.c_str(), prec, rec);
    }
  }
  print_row("dyad", score_bodies(truth, ours));
  std::printf("extraction speed: %.1f MB/s of HTML per core (thread CPU time, gunzip excluded)\n", mbps);
  if (!args.write.empty()) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [id, body] : ours) j[id] = {{"articleBody", body}};
    std::ofstream o(args.write);
    o << j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (!o) {
      std::fprintf(stderr, "dyad eval-extract: %s: cannot write\n", args.write.c_str());
      return 1;
    }
  }
  return 0;
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* c = app.add_subcommand("eval-extract", "score article extraction on a benchmark (word 4-gram shingles)");
  c->add_option("--bench", args->bench, "benchmark directory (ground-truth.json, html/, peer_output/)")->required();
  c->add_option("--predictions", args->predictions, "score this JSON file of {id: {articleBody}} instead of dyad");
  c->add_flag("--peers", args->peers, "score every file in DIR/peer_output");
  c->add_flag("--per-page", args->per_page, "print dyad's precision and recall per page");
  c->add_option("--write", args->write, "write dyad's extractions as benchmark JSON");
  c->callback([args] {
    int rc = run_eval(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
