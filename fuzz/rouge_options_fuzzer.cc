// Fuzzes the `crosswire evaluate` option parser: the input is split into
// arguments at newlines (at most 64), as a shell would pass them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/evaluate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args;
  size_t pos = 0;
  while (pos < input.size() && args.size() < 64) {
    size_t end = input.find('\n', pos);
    if (end == std::string_view::npos) end = input.size();
    args.emplace_back(input.substr(pos, end - pos));
    pos = end + 1;
  }
  auto parsed = crosswire::ParseRougeArguments(args);
  (void)parsed;
  auto options = crosswire::ParseRougeOptions(args);
  (void)options;
  return 0;
}
