// A second server on a port already in use must fail to bind, not share the
// port (cpp-httplib's default socket options set SO_REUSEPORT, under which
// the kernel splits connections between the two listeners).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <stdexcept>

#include "dyad/server.h"
#include "server/server_fixture.h"

namespace dyad {
namespace {

TEST(ServerBind, PortInUseIsAnError) {
  const std::string db =
      (std::filesystem::temp_directory_path() / ("dyad_server_bind_" + std::to_string(getpid()) + ".db")).string();
  testing::write_fixture_store(db);
  {
    ServerOptions o;
    o.db_path = db;
    o.port = 0;
    o.threads = 1;
    Server first(o);
    ASSERT_GT(first.port(), 0);
    o.port = first.port();
    std::unique_ptr<Server> second;
    EXPECT_THROW(second = std::make_unique<Server>(o), std::runtime_error);
  }
  std::filesystem::remove(db);
  std::filesystem::remove(db + "-wal");
  std::filesystem::remove(db + "-shm");
}

}  // namespace
}  // namespace dyad
