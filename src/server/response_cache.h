// A bounded LRU cache of API responses, for the aggregate endpoints whose
// answers cost a scan (all-time dyads, the network of a long period, a
// ten-year weekly series) and that every dashboard load asks for again.
//
// Correctness: the store may be written while it is served (`dyad ingest`
// into the same file; WAL lets it). Entries are tagged with the database's
// on-disk state (size and modification time of the file and its -wal), read
// with two stat() calls per request; any commit changes it and empties the
// cache, so a reply is never older than the store.
#ifndef DYAD_SERVER_RESPONSE_CACHE_H_
#define DYAD_SERVER_RESPONSE_CACHE_H_

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "dyad/server.h"

namespace dyad::server {

class ResponseCache {
 public:
  // max_bytes 0 disables the cache.
  ResponseCache(std::string db_path, size_t max_bytes);

  // The on-disk state of the store now (call once per request).
  std::string db_state() const;

  std::optional<ApiResponse> get(const std::string& key, const std::string& state);
  // Only 200 responses are worth keeping; larger than max_bytes/16 are not kept.
  void put(const std::string& key, const std::string& state, const ApiResponse& r);

  size_t hits() const { return hits_; }
  size_t misses() const { return misses_; }

 private:
  struct Entry {
    std::string key;
    ApiResponse response;
  };
  void clear_locked();

  std::string db_path_;
  size_t max_bytes_;
  std::mutex mu_;
  std::string state_;  // the db state the entries belong to
  std::list<Entry> lru_;  // front = most recent
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
  size_t hits_ = 0, misses_ = 0;
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_RESPONSE_CACHE_H_
