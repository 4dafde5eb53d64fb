// The table of summarization methods. Adding a method is one file under
// src/summarize/ plus one row in Methods() (methods.cc).
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "crosswire/summarize.h"

namespace crosswire {

// A method's parameters resolved: every declared one, given or default.
class ParameterValues {
 public:
  ParameterValues(std::span<const MethodParameter> declared, const MethodParameters& given);
  // The value of a declared parameter (a programming error otherwise: aborts).
  double Get(std::string_view name) const;

 private:
  std::span<const MethodParameter> declared_;
  const MethodParameters& given_;
};

struct MethodEntry {
  std::string_view name;
  std::string_view description;  // one line for `--help`
  std::span<const MethodParameter> (*parameters)();
  std::unique_ptr<Summarizer> (*make)(const ParameterValues&);
};

std::span<const MethodEntry> Methods();

std::span<const MethodParameter> NoParameters();
std::span<const MethodParameter> LexRankParameters();  // lexrank, lexrank-threshold
std::span<const MethodParameter> TextRankParameters();
std::span<const MethodParameter> MmrParameters();
std::span<const MethodParameter> SumBasicParameters();
std::span<const MethodParameter> KlSumParameters();
std::span<const MethodParameter> SubmodularParameters();
std::span<const MethodParameter> IlpParameters();

std::unique_ptr<Summarizer> MakeLead(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeCentroid(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeRandom(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeLexRank(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeLexRankThreshold(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeTextRank(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeMmr(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeSumBasic(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeKlSum(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeSubmodular(const ParameterValues& parameters);
std::unique_ptr<Summarizer> MakeIlp(const ParameterValues& parameters);

}  // namespace crosswire
