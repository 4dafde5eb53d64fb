// Golden outputs: the example story's report in every format, byte for byte.
// When a change alters them on purpose, regenerate with tests/golden/update.sh
// and review the diff like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "crosswire/wordnet.h"

namespace crosswire::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Golden {
  const char* file;
  const char* args;
};

// Keep in step with tests/golden/update.sh.
constexpr Golden kGoldens[] = {
    {"aleppo-report.json", "report examples/aleppo-2016-12-14 --words 100 --format json"},
    {"aleppo-report.txt", "report examples/aleppo-2016-12-14 --words 100"},
    {"aleppo-summary-665b.txt", "summarize examples/aleppo-2016-12-14 --bytes 665"},
};

TEST(GoldenTest, ExampleOutputsAreUnchanged) {
  // The goldens were made with WordNet (crosswire/wordnet.h): entity kinds
  // differ without it.
  // The CLI runs with this process's environment and the same build's table.
  if (wordnet::WordNet::Installed() == nullptr) {
    GTEST_SKIP() << "no WordNet (built without package wordnet-base, or CROSSWIRE_WORDNET set "
                    "empty): the goldens were made with it";
  }
  for (const Golden& g : kGoldens) {
    std::string expected = ReadFile(SourcePath(std::string("tests/golden/") + g.file));
    ASSERT_FALSE(expected.empty()) << g.file;
    CliResult r = RunCli(g.args, "", CROSSWIRE_SOURCE_DIR);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, expected) << g.file << " differs; if intended, run tests/golden/update.sh";
  }
}

}  // namespace
}  // namespace crosswire::testing
