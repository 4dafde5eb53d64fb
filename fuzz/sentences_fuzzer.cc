// Fuzzes the sentence splitter on arbitrary (repaired) UTF-8: units must be
// in order, inside the text, not overlapping, and on code point boundaries.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "crosswire/text.h"
#include "crosswire/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text =
      crosswire::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size)).text;
  size_t previous_end = 0;
  for (const crosswire::text::TextUnit& unit : crosswire::text::SplitSentences(text)) {
    if (unit.begin < previous_end || unit.begin > unit.end || unit.end > text.size()) std::abort();
    if (!crosswire::IsValidUtf8(std::string_view(text).substr(unit.begin, unit.end - unit.begin))) {
      std::abort();
    }
    previous_end = unit.end;
  }
  return 0;
}
