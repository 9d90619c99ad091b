#include "dyad/data_path.h"

#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace dyad {
namespace {

std::mutex g_mu;
std::string g_explicit_root;

bool has_data_dir(const std::filesystem::path& root) {
  std::error_code ec;
  return !root.empty() && std::filesystem::is_directory(root / "data", ec);
}

std::filesystem::path exe_dir() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
  if (n <= 0) return {};
  buf[n] = '\0';
  return std::filesystem::path(buf).parent_path();
}

}  // namespace

void set_data_root(const std::string& dir) {
  std::lock_guard<std::mutex> lock(g_mu);
  g_explicit_root = dir;
}

std::string data_root() {
  {
    std::lock_guard<std::mutex> lock(g_mu);
    if (!g_explicit_root.empty()) return g_explicit_root;
  }
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  std::filesystem::path candidates[] = {
      exe_dir() / ".." / "share" / "dyad",
      DYAD_INSTALL_DATA_DIR,
      DYAD_SOURCE_DIR,
  };
  for (const auto& c : candidates)
    if (has_data_dir(c)) return std::filesystem::weakly_canonical(c).string();
  return "";
}

std::string data_file(const std::string& rel) { return data_root() + "/data/" + rel; }
std::string model_file(const std::string& rel) { return data_root() + "/models/" + rel; }

const char* dyad_version() { return DYAD_VERSION; }

}  // namespace dyad
