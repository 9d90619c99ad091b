#include "server/response_cache.h"

#include <sys/stat.h>

namespace dyad::server {

ResponseCache::ResponseCache(std::string db_path, size_t max_bytes)
    : db_path_(std::move(db_path)), max_bytes_(max_bytes) {}

std::string ResponseCache::db_state() const {
  std::string s;
  for (const std::string& p : {db_path_, db_path_ + "-wal"}) {
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) {
      s += "-;";
      continue;
    }
    s += std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ino) + ";";
  }
  return s;
}

void ResponseCache::clear_locked() {
  lru_.clear();
  index_.clear();
  bytes_ = 0;
}

std::optional<ApiResponse> ResponseCache::get(const std::string& key, const std::string& state) {
  if (max_bytes_ == 0) return std::nullopt;
  std::lock_guard<std::mutex> lock(mu_);
  if (state != state_) {
    clear_locked();
    state_ = state;
  }
  auto it = index_.find(key);
  if (it == index_.end()) {
    ++misses_;
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  ++hits_;
  return it->second->response;
}

void ResponseCache::put(const std::string& key, const std::string& state, const ApiResponse& r) {
  if (max_bytes_ == 0 || r.status != 200) return;
  size_t size = key.size() + r.body.size() + 64;
  if (size > max_bytes_ / 16) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (state != state_) return;  // computed against an older store
  if (index_.count(key)) return;
  lru_.push_front(Entry{key, r});
  index_[key] = lru_.begin();
  bytes_ += size;
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    const Entry& e = lru_.back();
    bytes_ -= e.key.size() + e.response.body.size() + 64;
    index_.erase(e.key);
    lru_.pop_back();
  }
}

}  // namespace dyad::server
