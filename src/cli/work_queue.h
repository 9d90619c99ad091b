// A bounded queue of documents from the reader thread to the coding workers,
// shared by `dyad code` and `dyad ingest`. Bounded so that a fast reader
// cannot hold a whole corpus in memory while the workers code.
#ifndef DYAD_CLI_WORK_QUEUE_H_
#define DYAD_CLI_WORK_QUEUE_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <utility>

#include "dyad/document.h"

namespace dyad::cli {

class WorkQueue {
 public:
  explicit WorkQueue(size_t capacity) : capacity_(capacity) {}
  void push(uint64_t seq, Document&& doc) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.emplace_back(seq, std::move(doc));
    not_empty_.notify_one();
  }
  bool pop(uint64_t& seq, Document& doc) {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    seq = items_.front().first;
    doc = std::move(items_.front().second);
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }
  void close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::pair<uint64_t, Document>> items_;
  size_t capacity_;
  bool closed_ = false;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_WORK_QUEUE_H_
