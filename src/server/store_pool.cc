#include "server/store_pool.h"

namespace dyad::server {

StorePool::StorePool(std::string path) : path_(std::move(path)) {
  idle_.push_back(Store::open(path_, /*readonly=*/true));
}

StorePool::Lease StorePool::borrow() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      auto s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(s));
    }
  }
  // Opened outside the lock: opening reads the schema and may take a moment.
  return Lease(*this, Store::open(path_, /*readonly=*/true));
}

void StorePool::put_back(std::unique_ptr<Store> store) {
  if (!store) return;
  std::lock_guard<std::mutex> lock(mu_);
  idle_.push_back(std::move(store));
}

}  // namespace dyad::server
