#include "cli/outputs.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace dyad::cli {

void check_output_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path.empty()) throw std::runtime_error("empty output path");
  if (fs::is_directory(path, ec)) throw std::runtime_error(path + ": is a directory");
  // Probe the sibling name the parser's writer uses as its temporary file
  // (it writes path + ".tmp", then renames), and remove it only if this
  // check created it.
  const std::string probe = path + ".tmp";
  const bool existed = fs::exists(probe, ec);
  std::FILE* f = std::fopen(probe.c_str(), "ab");
  if (!f) throw std::runtime_error(path + ": cannot write here (" + std::strerror(errno) + ")");
  std::fclose(f);
  if (!existed) fs::remove(probe, ec);
}

}  // namespace dyad::cli
