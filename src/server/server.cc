// HTTP plumbing for `dyad serve`: cpp-httplib routes, headers, static files.
// The endpoints themselves are in api.cc.
#include "dyad/server.h"

#include <httplib.h>

#include <stdexcept>
#include <string_view>

#include "server/api.h"
#include "server/store_pool.h"
#include "server/web_assets.h"

namespace dyad {

using server::Api;

using server::StorePool;

struct Server::Impl {
  ServerOptions options;
  StorePool pool;
  server::ResponseCache cache;
  Api api;
  httplib::Server http;
  int port = 0;

  explicit Impl(const ServerOptions& o)
      : options(o), pool(o.db_path), cache(o.db_path, o.cache_bytes), api(pool, o.cache_bytes ? &cache : nullptr) {}

  static void send_json(httplib::Response& res, const ApiResponse& r) {
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(r.body, "application/json; charset=utf-8");
  }

  void setup() {
    // Without TCP_NODELAY, keep-alive responses wait ~40 ms for delayed ACKs
    // (docs PLATFORM.md); the default 5 requests per connection would make the
    // dashboard and load tests reconnect constantly.
    http.set_tcp_nodelay(true);
    // httplib's default sets SO_REUSEPORT, which lets a second `dyad serve` on
    // a port already in use bind it too: no error, and the kernel then splits
    // connections between the two servers. SO_REUSEADDR alone still allows a
    // restart while old connections sit in TIME_WAIT.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    http.set_keep_alive_max_count(1000);
    http.set_keep_alive_timeout(5);
    http.set_read_timeout(10);
    http.set_write_timeout(10);
    http.set_payload_max_length(64 * 1024);  // read-only API: no request bodies worth having
    int threads = options.threads > 0 ? options.threads : 8;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"X-Frame-Options", "DENY"}});

    http.Get(R"(/api/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      send_json(res, api.handle(req.path, req.params));
    });
    // Anything but GET/HEAD on the API is a client error, said in JSON.
    auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", "GET, HEAD");
      send_json(res, server::error_response(405, "method " + req.method + " not allowed; the API is read-only"));
    };
    http.Post(R"(/.*)", not_allowed);
    http.Put(R"(/.*)", not_allowed);
    http.Patch(R"(/.*)", not_allowed);
    http.Delete(R"(/.*)", not_allowed);

    if (!options.web_dir.empty()) {
      if (!http.set_mount_point("/", options.web_dir))
        throw std::runtime_error("--web: not a directory: " + options.web_dir);
    } else {
      http.Get(R"(/.*)", [](const httplib::Request& req, httplib::Response& res) {
        std::string path = req.path == "/" ? "/index.html" : req.path;
        for (const auto& a : server::web_assets()) {
          if (path != a.path) continue;
          // Vite names assets by content hash: cache them for good; the page
          // itself must be revalidated to pick up a new build.
          bool hashed = std::string_view(a.path).rfind("/assets/", 0) == 0;
          res.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
          res.set_content(reinterpret_cast<const char*>(a.data), a.size, a.content_type);
          return;
        }
        res.status = 404;
        res.set_content("not found\n", "text/plain; charset=utf-8");
      });
    }

    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      // Only fill in a body when no handler did (e.g. httplib's own 400/414).
      if (!res.body.empty()) return;
      if (req.path.rfind("/api/", 0) == 0 || res.status >= 500 || res.status == 400 || res.status == 414)
        send_json(res, server::error_response(res.status, "HTTP " + std::to_string(res.status)));
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      send_json(res, server::error_response(500, "internal error"));
    });
  }
};

Server::Server(const ServerOptions& options) : impl_(std::make_unique<Impl>(options)) {
  impl_->setup();
  if (impl_->options.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(impl_->options.host);
    if (impl_->port < 0) throw std::runtime_error("cannot bind " + impl_->options.host + " (any port)");
  } else {
    if (!impl_->http.bind_to_port(impl_->options.host, impl_->options.port))
      throw std::runtime_error("cannot bind " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                               " (in use, or not an address of this machine?)");
    impl_->port = impl_->options.port;
  }
}

Server::~Server() {
  if (impl_->http.is_running()) impl_->http.stop();
}

int Server::port() const { return impl_->port; }
void Server::run() { impl_->http.listen_after_bind(); }
void Server::stop() { impl_->http.stop(); }
bool Server::is_running() const { return impl_->http.is_running(); }

ApiResponse Server::handle(const std::string& path, const std::multimap<std::string, std::string>& params) {
  return impl_->api.handle(path, params);
}

}  // namespace dyad
