// The JSON API's endpoints: validate parameters, call the Store, shape JSON.
// No HTTP here (server.cc does the plumbing), so tests and the load benchmark
// can call it directly.
#ifndef DYAD_SERVER_API_H_
#define DYAD_SERVER_API_H_

#include <map>
#include <string>

#include "dyad/server.h"
#include "server/response_cache.h"
#include "server/store_pool.h"

namespace dyad::server {

class Api {
 public:
  // cache may be null (no caching).
  Api(StorePool& pool, ResponseCache* cache) : pool_(pool), cache_(cache) {}

  // path: "/api/..." (no query string); params: decoded query parameters.
  // Never throws: validation errors are 400, unknown paths 404, store
  // failures 500, each with {"error": "..."}.
  ApiResponse handle(const std::string& path, const std::multimap<std::string, std::string>& params);

 private:
  ApiResponse dispatch(const std::string& path, const std::multimap<std::string, std::string>& params);

  StorePool& pool_;
  ResponseCache* cache_;
};

// {"error": message} with the given status.
ApiResponse error_response(int status, const std::string& message);

}  // namespace dyad::server

#endif  // DYAD_SERVER_API_H_
