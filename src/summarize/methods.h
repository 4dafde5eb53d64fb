// The table of summarization methods. Adding a method is one file under
// src/summarize/ plus one row in Methods() (methods.cc).
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "crosswire/summarize.h"

namespace crosswire {

struct MethodEntry {
  std::string_view name;
  std::string_view description;  // one line for `--help`
  std::unique_ptr<Summarizer> (*make)();
};

std::span<const MethodEntry> Methods();

std::unique_ptr<Summarizer> MakeLead();
std::unique_ptr<Summarizer> MakeCentroid();
std::unique_ptr<Summarizer> MakeRandom();
std::unique_ptr<Summarizer> MakeLexRank();
std::unique_ptr<Summarizer> MakeLexRankThreshold();
std::unique_ptr<Summarizer> MakeTextRank();
std::unique_ptr<Summarizer> MakeMmr();
std::unique_ptr<Summarizer> MakeSumBasic();
std::unique_ptr<Summarizer> MakeKlSum();
std::unique_ptr<Summarizer> MakeSubmodular();
std::unique_ptr<Summarizer> MakeIlp();

}  // namespace crosswire
