// `dyad serve`: a read-only HTTP JSON API over an event store, plus the web
// dashboard. Built on cpp-httplib; every query goes through dyad::Store opened
// read-only (the Store owns the SQL, so every value reaches SQLite as a bound
// parameter).
//
// Endpoints (all GET; JSON; errors are {"error": "..."} with a 4xx/5xx status):
//   /api/stats                       store counts and date range
//   /api/events?dyad=&source=&target=&root=&quad=&from=&to=&q=&limit=&offset=|cursor=
//   /api/dyads?from=&to=&actor=&limit=&offset=
//   /api/series?dyad=USA-RUS&by=day|week|month&from=&to=
//   /api/actors?q=&limit=
//   /api/articles/{id}               text, events with evidence spans, quotations
//   /api/quotes?speaker=&limit=&offset=
//   /api/network?from=&to=&limit=    actor network of a period: nodes, weighted edges
// Listings carry "total" and "total_exact": totals are exact where the store's
// per-dyad aggregates hold them (a country-level dyad or side, dates, one root
// or quad class) and otherwise stop at 1,000; a text search (q: every word,
// the last also as a prefix) counts only up to its page.
// Everything else is the dashboard (embedded in the binary, or --web DIR).
#ifndef DYAD_SERVER_H_
#define DYAD_SERVER_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>

namespace dyad {

struct ServerOptions {
  std::string db_path;             // the store to serve (opened read-only; must exist)
  std::string host = "127.0.0.1";  // loopback unless asked otherwise
  int port = 8080;                 // 0: pick a free port (see Server::port())
  std::string web_dir;             // serve the dashboard from here; "" = the embedded copy
  int threads = 16;                // worker threads (each holds its own Store connection);
                                   // a keep-alive connection holds a thread while open
  size_t cache_bytes = 64u << 20;  // response cache (invalidated by any write to the store); 0 = off
};

// A JSON API response, independent of HTTP plumbing (for tests and the load
// benchmark as much as for the server).
struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

class Server {
 public:
  // Opens the store read-only (throws StoreError naming the file if it cannot)
  // and binds host:port (throws std::runtime_error if it cannot).
  explicit Server(const ServerOptions& options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  int port() const;
  // Serves until stop(); returns when the listener has closed.
  void run();
  // Thread-safe; makes run() return.
  void stop();
  bool is_running() const;

  // Answers one API request without HTTP: path like "/api/events", params as
  // decoded query parameters. What the HTTP handlers call.
  ApiResponse handle(const std::string& path, const std::multimap<std::string, std::string>& params);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_SERVER_H_
