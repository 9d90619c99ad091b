// Read-only Store connections shared by the server's worker threads. A Store
// is one SQLite connection and not thread-safe, so each request borrows one
// for its duration; connections are opened on demand and kept for reuse.
#ifndef DYAD_SERVER_STORE_POOL_H_
#define DYAD_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::server {

class StorePool {
 public:
  // Opens one connection now, so a missing or foreign file fails at start-up
  // (StoreError naming the path) rather than on the first request.
  explicit StorePool(std::string path);

  class Lease {
   public:
    Lease(StorePool& pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    ~Lease() { pool_.put_back(std::move(store_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Store* operator->() { return store_.get(); }
    Store& operator*() { return *store_; }

   private:
    StorePool& pool_;
    std::unique_ptr<Store> store_;
  };

  Lease borrow();
  const std::string& path() const { return path_; }

 private:
  void put_back(std::unique_ptr<Store> store);

  std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_STORE_POOL_H_
