// tools/gum_splits.h — what the GUM training tools (train_tagger,
// train_parser) do alike: read a count option, read the training split and a
// held-out split, and write the model file, each failure printed as
// "<tool>: <why>".
#pragma once

#include <charconv>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/tag.h"

namespace crosswire::tag {

// A whole decimal number in [min, 100] (passes, counts, folds).
inline bool ParseInt(std::string_view s, int* out, int min = 1) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && *out >= min && *out <= 100;
}

struct GumSplits {
  std::vector<TaggedSentence> train;
  std::vector<TaggedSentence> held;  // the split named by --eval (dev or test)
};

// GUM's "train" split and the split `eval` from `gum_dir`; nullopt after
// printing the error.
inline std::optional<GumSplits> ReadTrainAndHeld(std::string_view tool, const std::string& gum_dir,
                                                 const std::string& eval) {
  GumSplits splits;
  for (const auto& [name, into] :
       {std::pair{std::string("train"), &splits.train}, std::pair{eval, &splits.held}}) {
    auto read = ReadGumSplit(gum_dir, name);
    if (!read) {
      std::fprintf(stderr, "%.*s: %s\n", static_cast<int>(tool.size()), tool.data(),
                   read.error().message().c_str());
      return std::nullopt;
    }
    *into = std::move(*read);
  }
  return splits;
}

// Writes `model` to `path`; false after printing the error.
inline bool WriteModel(std::string_view tool, const std::string& path, const std::string& model) {
  std::ofstream f(path, std::ios::binary);
  f << model;
  if (!f) {
    std::fprintf(stderr, "%.*s: %s: cannot write\n", static_cast<int>(tool.size()), tool.data(),
                 path.c_str());
    return false;
  }
  return true;
}

}  // namespace crosswire::tag
