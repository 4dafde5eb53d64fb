// Fuzzes the ROUGE-1.5.5 XML configuration reader (rouge::ParseRougeConfig,
// what ReadRougeConfig calls once the file is read): a recursive-descent
// parser over untrusted text, bounded by kMaxRougeConfigDepth.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rouge_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto evals = crosswire::rouge::ParseRougeConfig(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xml");
  (void)evals;
  return 0;
}
