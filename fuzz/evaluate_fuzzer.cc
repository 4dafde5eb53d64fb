// Fuzzes `evaluate` on two texts: the first byte picks the options (stemming,
// stop words, skip distance, length limits, format), the rest is split at the
// first NUL into a peer and a model summary, written to files (ROUGE reads
// files) and scored with every metric. Limits must turn huge work into an
// error; nothing may crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "crosswire/evaluate.h"

namespace {

const crosswire::RougeData& Data() {
  static const crosswire::RougeData data =
      *crosswire::LoadRougeData(crosswire::StemExceptions::kFull, "");
  return data;
}

std::string Scratch(const char* name) {
  static const std::string dir = [] {
    std::string d = "/tmp/crosswire_evaluate_fuzzer_" + std::to_string(::getpid());
    std::system(("mkdir -p " + d).c_str());
    return d;
  }();
  return dir + "/" + name;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Up to 8 KiB: the limits (kMaxSkipBigramsPerSummary, ...) bound work that
  // is quick in a release build but slow under ASan; the fuzzer's time is
  // better spent on many small inputs.
  if (size < 1 || size > 8 * 1024) return 0;
  const uint8_t flags = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  size_t nul = rest.find('\0');
  std::string_view peer = rest.substr(0, nul);
  std::string_view model = nul == std::string_view::npos ? rest : rest.substr(nul + 1);
  const std::string peer_path = Scratch("peer"), model_path = Scratch("model");
  std::ofstream(peer_path, std::ios::binary) << peer;
  std::ofstream(model_path, std::ios::binary) << model;

  crosswire::RougeOptions o;
  o.max_ngram = 2;
  o.wlcs_weight = 1.2;
  o.wlcs_weight_text = "1.2";
  o.stem = flags & 1;
  o.remove_stopwords = flags & 2;
  // Unlimited skip distance is quadratic in the summary: small inputs only.
  const bool unlimited = (flags & 4) && size <= 2048;
  o.skip_distance = unlimited ? -1 : 4;
  o.skip_distance_text = unlimited ? "-1" : "4";
  o.skip_unigrams = flags & 8;
  if (flags & 16) o.length_limit_words = 10;
  o.counting_unit = (flags >> 5) % 3;
  o.resamples = 20;
  o.threads = 1;
  o.unicode = flags & 128;
  crosswire::RougeEval eval;
  eval.id = "1";
  eval.format =
      (flags & 64) ? crosswire::RougeInputFormat::kSee : crosswire::RougeInputFormat::kSpl;
  eval.peers["p"] = peer_path;
  eval.models.emplace_back("A", model_path);
  auto report = crosswire::EvaluateRouge({eval}, o, Data());
  if (report) {
    (void)crosswire::FormatRougeText(*report);
    (void)crosswire::FormatRougeJson(*report);
  }
  return 0;
}
