#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace dyad::cli {

Progress::Progress(uint64_t total_bytes)
    : active_(isatty(STDERR_FILENO) == 1),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::document_done(uint64_t bytes, uint64_t sentences) {
  if (!active_) return;
  std::lock_guard<std::mutex> lock(mu_);
  bytes_ += bytes;
  sentences_ += sentences;
  ++docs_;
  draw_locked(false);
}

void Progress::message(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  if (active_ && drawn_) std::fputs("\r\033[K", stderr);
  std::fputs(line.c_str(), stderr);
  std::fputc('\n', stderr);
  if (active_ && drawn_) draw_locked(true);
}

void Progress::finish() {
  if (!active_) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (drawn_) std::fputs("\r\033[K", stderr);
  drawn_ = false;
  std::fflush(stderr);
}

void Progress::draw_locked(bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? sentences_ / secs : 0;
  char line[160];
  int n = std::snprintf(line, sizeof(line), "\r\033[K%llu docs  %llu sentences  %.0f sent/s",
                        static_cast<unsigned long long>(docs_), static_cast<unsigned long long>(sentences_), rate);
  if (total_bytes_ > 0 && bytes_ > 0 && n > 0 && n < static_cast<int>(sizeof(line))) {
    double frac = bytes_ >= total_bytes_ ? 1.0 : static_cast<double>(bytes_) / total_bytes_;
    double left = frac > 0 ? secs * (1 - frac) / frac : 0;
    const int width = 20;
    int filled = static_cast<int>(frac * width);
    std::string bar(filled, '#');
    bar.append(width - filled, '.');
    std::snprintf(line + n, sizeof(line) - n, "  [%s] %3.0f%%  ~%.0fs left", bar.c_str(), frac * 100, left);
  }
  std::fputs(line, stderr);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace dyad::cli
