// A one-line progress display on stderr for multi-document runs. Silent unless
// stderr is a terminal, so logs and pipes stay clean. No Debian package offers
// a C++ progress bar (PLATFORM.md), and this needs only \r and isatty.
#ifndef DYAD_CLI_PROGRESS_H_
#define DYAD_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace dyad::cli {

class Progress {
 public:
  // total_bytes: size of all inputs, 0 if unknown (stdin) -> no time estimate.
  explicit Progress(uint64_t total_bytes);
  ~Progress();

  // Called after each document; redraws at most ~10 times a second.
  void document_done(uint64_t bytes, uint64_t sentences);
  // Prints a message line without garbling the bar.
  void message(const std::string& line);
  // Erases the bar (end of run).
  void finish();

  bool active() const { return active_; }

 private:
  void draw_locked(bool force);

  std::mutex mu_;
  bool active_;
  uint64_t total_bytes_;
  uint64_t bytes_ = 0, docs_ = 0, sentences_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
  bool drawn_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_PROGRESS_H_
