// Shared fixture for tests that run the real `dyad` binary as a user does: a
// fresh temporary directory per test, files written into it, and the binary
// run with the source tree's data, a timeout, and stdout/stderr captured.
#ifndef DYAD_TESTS_CLI_FIXTURE_H_
#define DYAD_TESTS_CLI_FIXTURE_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::cli_test {

struct CliResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `dyad ARGS` (ARGS already shell-quoted) inside `dir`, stdin from
// `stdin_file`, killed after `timeout_s` seconds so a hang fails the test.
inline CliResult run_dyad(const std::filesystem::path& dir, const std::string& args,
                          const std::string& stdin_file = "/dev/null", int timeout_s = 120) {
  const std::filesystem::path out = dir / "stdout", err = dir / "stderr";
  const std::string cmd = std::string("DYAD_DATA='") + DYAD_SOURCE_DIR + "' timeout " + std::to_string(timeout_s) +
                          " '" + DYAD_CLI_PATH + "' " + args + " <'" + stdin_file + "' >'" + out.string() + "' 2>'" +
                          err.string() + "'";
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// A test with its own empty directory, removed afterwards.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           (std::string("dyad_") + info->test_suite_name() + "_" + std::to_string(::getpid()) + "_" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& body) {
    const std::filesystem::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << body;
    return p.string();
  }

  std::filesystem::path dir_;
};

}  // namespace dyad::cli_test

#endif  // DYAD_TESTS_CLI_FIXTURE_H_
