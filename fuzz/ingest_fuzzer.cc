// Fuzzes one reader through ingest::ParseContent, the entry point every file
// and standard input go through: encoding detection, UTF-8 repair, the format
// reader, the per-article checks. The format is fixed per binary
// (CROSSWIRE_FUZZ_FORMAT: text, html, jsonl, duc, multinews, feed, auto). Any input
// must give articles or an error, never a crash, a hang or a leak; and the
// articles must honour the reader's promises (valid UTF-8, not blank, spans
// that map back into the input).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "crosswire/ingest.h"
#include "crosswire/utf8.h"

namespace {

crosswire::ingest::InputFormat Format() {
  static const auto format = *crosswire::ingest::ParseInputFormat(CROSSWIRE_FUZZ_FORMAT);
  return format;
}

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  crosswire::ingest::ReadOptions options;
  options.max_article_bytes = 1 << 20;
  std::vector<std::string> warnings;
  auto articles =
      crosswire::ingest::ParseContent(content, "fuzz.input", Format(), options, &warnings);
  if (!articles) return 0;
  for (const crosswire::Article& a : *articles) {
    Check(crosswire::IsValidUtf8(a.text));
    Check(!a.text.empty() && a.text.size() <= options.max_article_bytes);
    Check(!a.id.empty());
    // Spans map into what was read.
    Check(crosswire::SourceOffset(a, 0) <= size);
    Check(crosswire::SourceOffset(a, a.text.size()) <= std::max(size, a.text.size()));
  }
  return 0;
}
