// `dyad export`: stored events as JSON Lines, CSV, or a GDELT 2.0 event table
// (docs/STORE.md "Export").
#include <cstdio>

#include "cli/command.h"
#include "dyad/store.h"
#include "store/export.h"

namespace dyad::cli {
namespace {

struct ExportArgs {
  std::string db = "events.db";
  std::string format = "jsonl";
  std::string from, to;
  bool header = false;
};

int run_export(const ExportArgs& a) {
  try {
    std::unique_ptr<Store> store = Store::open(a.db, /*readonly=*/true);
    ExportFormat f = a.format == "csv" ? ExportFormat::kCsv
                     : a.format == "gdelt" ? ExportFormat::kGdelt
                                           : ExportFormat::kJsonl;
    if (f == ExportFormat::kGdelt && a.header) {
      std::string h;
      for (const std::string& c : gdelt_columns()) h += (h.empty() ? "" : "\t") + c;
      h += '\n';
      std::fwrite(h.data(), 1, h.size(), stdout);
    }
    bool write_failed = false;
    export_store(*store, f, a.from, a.to, [&](const std::string& s) {
      if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size()) write_failed = true;
    });
    if (std::fflush(stdout) != 0 || write_failed) {
      std::fprintf(stderr, "dyad export: cannot write the output\n");
      return 1;
    }
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad export: %s\n", e.what());
    return 1;
  }
}

RegisterCommand reg([](CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "write stored events as JSONL, CSV or a GDELT 2.0 event table");
  cmd->add_option("--db", args->db, "database file")->capture_default_str();
  cmd->add_option("--format", args->format, "jsonl and csv: one row per event; gdelt: one per deduplicated event")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt"}))
      ->capture_default_str();
  cmd->add_option("--from", args->from, "first date, YYYY-MM-DD");
  cmd->add_option("--to", args->to, "last date, YYYY-MM-DD");
  cmd->add_flag("--header", args->header, "gdelt: write the column names first (GDELT files have none)");
  cmd->callback([args] {
    int rc = run_export(*args);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
});

}  // namespace
}  // namespace dyad::cli
