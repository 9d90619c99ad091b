// The codebook loads, rejects malformed rows with file:line, and agrees with
// the published CAMEO scales and the CAMEO->PLOVER table in ../shared.
#include "dyad/codebook.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace dyad {
namespace {

std::string codebook_path() { return std::string(DYAD_SOURCE_DIR) + "/data/cameo/codebook.tsv"; }

TEST(Codebook, LoadsShippedFile) {
  Codebook book = Codebook::load(codebook_path());
  EXPECT_GT(book.size(), 280u);
  const CameoEntry* e = book.find("036");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->quad, 1);
  EXPECT_EQ(e->plover, "AGREE");
  EXPECT_DOUBLE_EQ(e->goldstein, 4.0);
  ASSERT_NE(book.find("0256"), nullptr);
  EXPECT_EQ(book.find("999"), nullptr);
  EXPECT_EQ(book.find("010")->plover, "");  // statements have no PLOVER type
  EXPECT_EQ(book.find("010")->plover_mode, "");
  EXPECT_EQ(book.find("042")->plover_mode, "visit");
  EXPECT_EQ(book.find("173")->plover_mode, "arrest");
  EXPECT_EQ(book.find("190")->plover_mode, "");  // PLOVER gives conventional force no mode
  // Every root 01..20 is present with its quad class.
  for (int r = 1; r <= 20; ++r) {
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02d", r);
    const CameoEntry* root = book.find(buf);
    ASSERT_NE(root, nullptr) << buf;
    int want = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    EXPECT_EQ(root->quad, want) << buf;
  }
  EXPECT_EQ(Codebook::root_of("0256"), "02");
  EXPECT_EQ(Codebook::root_of("190"), "19");
  EXPECT_EQ(Codebook::root_of("x1"), "");
}

std::string error_of(const std::string& text) {
  try {
    Codebook::parse(text, "cb.tsv");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(Codebook, ErrorsNameFileAndLine) {
  const std::string hdr = "code\tgoldstein\tquad\tplover\tplover_mode\tname\n";
  EXPECT_EQ(error_of("nonsense\n"),
            "cb.tsv:1: expected header 'code<TAB>goldstein<TAB>quad<TAB>plover<TAB>plover_mode<TAB>name'");
  // The five-column header of older codebooks names what is missing.
  EXPECT_NE(error_of("code\tgoldstein\tquad\tplover\tname\n").find("cb.tsv:1: expected header"), std::string::npos);
  EXPECT_NE(error_of(hdr + "01\t0\t1\t-\t-\tx\n010\tabc\t1\t-\t-\tx\n").find("cb.tsv:3: bad Goldstein"), std::string::npos);
  EXPECT_NE(error_of(hdr + "01\t0\t7\t-\t-\tx\n").find("cb.tsv:2: bad quad"), std::string::npos);
  EXPECT_NE(error_of(hdr + "# c\n\n21\t0\t1\t-\t-\tx\n").find("cb.tsv:4: bad CAMEO code"), std::string::npos);
  EXPECT_NE(error_of(hdr + "01\t0\t1\t-\t-\tx\n01\t0\t1\t-\t-\tx\n").find("cb.tsv:3: duplicate"), std::string::npos);
  EXPECT_NE(error_of(hdr + "01\t0\t1\t-\t-\n").find("cb.tsv:2: expected 6"), std::string::npos);
  EXPECT_NE(error_of(hdr + "0101\t0\t1\t-\t-\tx\n").find("cb.tsv:2: code 0101 appears before its parent"), std::string::npos);
  EXPECT_NE(error_of(hdr + "01\t0\t1\t-\tvisit\tx\n").find("cb.tsv:2: PLOVER mode 'visit' without a PLOVER type"),
            std::string::npos);
  EXPECT_NE(error_of(hdr + "01\t0\t1\tAGREE\t\tx\n").find("cb.tsv:2: empty PLOVER mode"), std::string::npos);
  EXPECT_NE(error_of("").find("cb.tsv:"), std::string::npos);
  EXPECT_EQ(error_of(hdr + "01\t0\t1\t-\t-\tx\r\n010\t0.5\t1\tAGREE\t-\ty\n04\t1\t1\tCONSULT\tvisit\tz\n"), "");
  try {
    Codebook::load("/nonexistent/codebook.tsv");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/codebook.tsv"), std::string::npos);
  }
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

TEST(Codebook, AgreesWithPublishedScales) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/cameo/CAMEO_eventcodes_1.1b3_with_scales.tsv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared absent: " << path;
  Codebook book = Codebook::load(codebook_path());
  std::ifstream in(path);
  std::string line;
  std::vector<std::string> cols;
  std::set<std::string> seen;
  int checked_g = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f[0] == "code") {
      cols = f;
      continue;
    }
    auto col = [&](const std::string& n) -> std::string {
      for (size_t i = 0; i < cols.size(); ++i)
        if (cols[i] == n && i < f.size()) return trim(f[i]);
      return "";
    };
    std::string code = f[0];
    seen.insert(code);
    const CameoEntry* e = book.find(code);
    ASSERT_NE(e, nullptr) << "codebook lacks CAMEO code " << code;
    std::string g = col("goldstein_gdelt");
    if (!g.empty()) {
      EXPECT_NEAR(e->goldstein, std::stod(g), 1e-9) << code;
      ++checked_g;
    }
    std::string q = col("quad_icewsR");
    int want = q == "verbal cooperation" ? 1 : q == "material cooperation" ? 2
             : q == "verbal conflict" ? 3 : q == "material conflict" ? 4 : 0;
    if (want) EXPECT_EQ(e->quad, want) << code;
  }
  EXPECT_GT(checked_g, 280);
  // And nothing in ours that the reference lacks.
  for (const auto& c : book.codes()) EXPECT_TRUE(seen.count(c)) << "unknown code " << c;
}

TEST(Codebook, AgreesWithPloverTable) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/cameo/CAMEO2PLOVER-2021.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared absent: " << path;
  Codebook book = Codebook::load(codebook_path());
  std::ifstream in(path);
  std::string line;
  std::map<std::string, std::set<std::string>> table;  // code -> allowed types
  std::map<std::string, std::set<std::string>> modes;  // code -> allowed modes ("" for none)
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line[0] == '~') continue;
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = trim(line.substr(0, colon));
    std::string rest = line.substr(colon + 1, line.find('#') == std::string::npos ? std::string::npos
                                                                                   : line.find('#') - colon - 1);
    auto fields = split(rest, ',');
    std::string type = trim(fields[0]);
    if (code.empty() || type.empty()) continue;
    table[code].insert(type);
    if (fields.size() > 1) modes[code].insert(trim(fields[1]));
  }
  ASSERT_GT(table.size(), 200u);
  int checked = 0, checked_modes = 0;
  for (const auto& [code, types] : table) {
    const CameoEntry* e = book.find(code);
    if (!e) continue;  // PLOVER lists a few codes that CAMEO 1.1b3 lacks (1213, 1214)
    EXPECT_TRUE(types.count(e->plover)) << code << ": ours " << e->plover;
    if (modes.count(code)) {
      EXPECT_TRUE(modes[code].count(e->plover_mode)) << code << ": our mode '" << e->plover_mode << "'";
      ++checked_modes;
    }
    ++checked;
  }
  EXPECT_GT(checked, 200);
  EXPECT_GT(checked_modes, 200);
}

}  // namespace
}  // namespace dyad
