// Runs every case of ../shared/data/rouge against the outputs of the Perl
// ROUGE-1.5.5 and compares the whole printed text, every number included.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "crosswire/evaluate.h"

namespace crosswire {
namespace {

namespace fs = std::filesystem;

const fs::path kRougeData = fs::path(CROSSWIRE_SHARED_DATA) / "rouge";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> SplitArgs(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Compares line by line so a failure names the first differing lines.
void ExpectSameText(const std::string& expected, const std::string& actual) {
  std::istringstream e(expected);
  std::istringstream a(actual);
  std::string le;
  std::string la;
  int line = 0;
  int differences = 0;
  while (true) {
    bool he = static_cast<bool>(std::getline(e, le));
    bool ha = static_cast<bool>(std::getline(a, la));
    if (!he && !ha) break;
    ++line;
    if (le != la || he != ha) {
      if (++differences <= 5)
        ADD_FAILURE() << "line " << line << "\n  perl: " << le << "\n  ours: " << la;
    }
  }
  EXPECT_EQ(differences, 0) << "lines differing from ROUGE-1.5.5";
}

class RougeCaseTest : public testing::TestWithParam<std::string> {};

TEST_P(RougeCaseTest, MatchesPerlOutputExactly) {
  const fs::path cases = kRougeData / "cases";
  if (!fs::exists(cases)) GTEST_SKIP() << "shared data not found at " << cases;
  const std::string options_line = ReadFile(cases / (GetParam() + ".options"));
  const size_t bar = options_line.find('|');
  ASSERT_NE(bar, std::string::npos);
  const std::string exc = options_line.substr(0, bar);
  std::vector<std::string> args = SplitArgs(options_line.substr(bar + 1));
  for (const char* dir : {"system", "references"}) {
    args.push_back(std::string("--") + dir);
    args.push_back((cases / dir).string());
  }
  auto cl = ParseRougeArguments(args);
  ASSERT_TRUE(cl.has_value()) << cl.error().message();
  auto data = LoadRougeData(exc == "emptyexc" ? StemExceptions::kNone : StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  auto evals = PairSummaryDirectories((cases / "system").string(), (cases / "references").string(),
                                      RougeInputFormat::kSpl);
  ASSERT_TRUE(evals.has_value()) << evals.error().message();
  auto report = EvaluateRouge(*evals, cl->rouge, *data);
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ExpectSameText(ReadFile(cases / (GetParam() + ".expected")), FormatRougeText(*report));
}

INSTANTIATE_TEST_SUITE_P(AllCases, RougeCaseTest,
                         testing::Values("case01", "case02", "case03", "case04", "case05", "case06",
                                         "case07", "case08"));

TEST(RougeNistDuc2006Test, MatchesPerlOutputExactly) {
  const fs::path dir = kRougeData / "nist-duc2006";
  const fs::path duc = fs::path(CROSSWIRE_SHARED_DATA) / "duc2006";
  if (!fs::exists(dir) || !fs::exists(duc)) GTEST_SKIP() << "shared data not found at " << dir;
  auto cl = ParseRougeArguments(
      SplitArgs("-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d rougejk.in"));
  ASSERT_TRUE(cl.has_value());
  auto data = LoadRougeData(StemExceptions::kFull, "");
  ASSERT_TRUE(data.has_value());
  // The configuration's paths are relative to duc2006/, as for the Perl run.
  const fs::path cwd = fs::current_path();
  fs::current_path(duc);
  auto evals = ReadRougeConfig((dir / "rougejk.in").string());
  Result<RougeReport> report = InvalidInput("not run");
  if (evals) report = EvaluateRouge(*evals, cl->rouge, *data);
  fs::current_path(cwd);
  ASSERT_TRUE(evals.has_value()) << evals.error().message();
  ASSERT_TRUE(report.has_value()) << report.error().message();
  ExpectSameText(ReadFile(dir / "rougejk.m.out"), FormatRougeText(*report));
}

}  // namespace
}  // namespace crosswire
