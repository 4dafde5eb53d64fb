// ROUGE-1.5.5's evaluation driver: per-summary scores, averages, bootstrap.
//
// For each peer (system) and metric, every evaluation (topic) that has the
// peer yields one "instance" named "<eval id>.<peer id>". ROUGE-1.5.5 rounds
// each instance's recall and precision to five decimals ("%7.5f") and
// computes F from the rounded values; everything downstream (averages,
// bootstrap) uses those rounded numbers, so we do too.
//
// Multiple references (Lin 2004 section 5): with -f A hits and counts are
// summed over models (model average); with -f B the model with the highest
// recall wins (first on ties).
//
// -t 0 averages per-instance scores; -t 1 sums counts over the corpus; -t 2
// prints the raw counts. The printed "Average" is not the plain mean but the
// mean of the bootstrap sample means: resample i (0 <= i < r) seeds Perl's
// rand with i (perl_drand48.h) and draws n indices int(rand(n)) over the
// instances in string order; the sorted sample means give the interval by
// ROUGE's interpolation rule (delta = r*(100-c)/200, lower = s[int(delta)] +
// (s[int(delta)+1] - s[int(delta)]) * frac, likewise for the upper bound).
// We reproduce the summation order, so the numbers agree to the last digit.
//
// Work is spread over threads by (summary file), (peer, eval) and (peer,
// metric) slots (or resamples, when there are fewer bootstraps than threads)
// written into fixed positions; the output never depends on the thread count.
//
// A small run (650 summaries of 100 words) takes tens of milliseconds, so its
// fixed costs matter as much as the kernels: see "Speed" in docs/rouge.md and
// bench/rouge_vs_perl.sh for the comparison with the Perl script.
#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "crosswire/evaluate.h"
#include "perl_drand48.h"
#include "rouge_data_embedded.h"
#include "rouge_metrics.h"
#include "rouge_text.h"

namespace crosswire {
namespace {

using rouge::TokenId;

// The threads a --threads value stands for (0: one per core).
int WorkerCount(int threads) {
  return threads > 0 ? threads
                     : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs body(i) for i in [0, count) on up to `threads` threads.
void ParallelFor(size_t count, int threads, const std::function<void(size_t)>& body) {
  size_t workers = std::min(static_cast<size_t>(WorkerCount(threads)), count);
  if (workers <= 1) {
    for (size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&] {
      for (size_t i; (i = next.fetch_add(1)) < count;) body(i);
    });
  }
  for (std::thread& t : pool) t.join();
}

// Perl's sprintf("%7.5f"). std::to_chars rounds the exact binary value as
// printf does (the standard defines it "as if by printf"), without printf's
// format parsing and locale: a run formats and re-reads a few numbers per
// summary and metric, which with snprintf/strtod was a visible part of a
// small run's time.
size_t Format5To(double value, char (&buf)[64]) {
  char digits[64];
  auto [end, ec] =
      std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed, 5);
  const auto len = ec == std::errc() ? static_cast<size_t>(end - digits) : 0;
  const size_t pad = len < 7 ? 7 - len : 0;  // the width 7 (only "nan" and "inf" are shorter)
  std::memset(buf, ' ', pad);
  std::memcpy(buf + pad, digits, len);
  return pad + len;
}

std::string Format5(double value) {
  char buf[64];
  return std::string(buf, Format5To(value, buf));
}

// The number Perl sees after sprintf("%7.5f"): the value rounded to 5 decimals.
double Round5(double value) {
  char buf[64];
  const size_t len = Format5To(value, buf);
  size_t start = 0;
  while (start < len && buf[start] == ' ') ++start;
  double out = 0;
  std::from_chars(buf + start, buf + len, out);
  return out;
}

// Perl's default number-to-string conversion.
std::string PerlNumber(double value) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.15g", value);
  return buf;
}

enum class MetricKind { kNgram, kLcs, kWlcs, kSkip };

struct MetricSpec {
  MetricKind kind;
  int n = 0;              // for kNgram
  bool unigrams = false;  // for kSkip
  std::string name;
};

struct Document {
  std::vector<TokenId> tokens;
  std::vector<rouge::Sentence> sentences;
  std::vector<rouge::NgramTable> ngrams;  // index n-1
  rouge::KeyTable skip;                   // without unigrams
  rouge::KeyTable skip_unigrams;          // with unigrams
  rouge::UnigramCounts unigrams;
};

// The three stored values of one instance and the statistic B mode compares.
struct Totals {
  double model_count = 0;
  double hit = 0;
  double peer_count = 0;
};

struct InstanceValues {
  double v[3] = {0, 0, 0};
  std::string text[3];
};

InstanceValues FinishInstance(const Totals& t, MetricKind kind, const RougeOptions& o) {
  InstanceValues out;
  if (o.counting_unit != 0) {
    out.v[0] = t.model_count;
    out.v[1] = t.peer_count;
    out.v[2] = t.hit;
    for (int k = 0; k < 3; ++k) out.text[k] = PerlNumber(out.v[k]);
    return out;
  }
  double r = 0;
  double p = 0;
  if (kind == MetricKind::kWlcs) {
    const double w = *o.wlcs_weight;
    if (t.model_count != 0) r = Round5(std::pow(t.hit / t.model_count, 1 / w));
    if (t.peer_count != 0) p = Round5(std::pow(t.hit / t.peer_count, 1 / w));
  } else {
    if (t.model_count != 0) r = Round5(t.hit / t.model_count);
    if (t.peer_count != 0) p = Round5(t.hit / t.peer_count);
  }
  double f = 0;
  if ((1 - o.alpha) * p + o.alpha * r > 0) f = Round5((p * r) / ((1 - o.alpha) * p + o.alpha * r));
  out.v[0] = r;
  out.v[1] = p;
  out.v[2] = f;
  for (int k = 0; k < 3; ++k) out.text[k] = Format5(out.v[k]);
  return out;
}

// Statistics of one metric for one (model, peer) file pair; a pure function
// of the two files, so each pair is computed once however many evaluations
// share it (NIST's jackknifed configurations reuse every pair three times).
struct PairStats {
  double hit = 0;
  double model_count = 0;
  double peer_count = 0;
  double score = 0;  // what -f B compares (ROUGE-N/S compute it only for -f B)
};

PairStats ScoreModel(const MetricSpec& metric, const Document& peer, const Document& model,
                     const RougeOptions& o, const std::vector<double>& pow_table) {
  PairStats s;
  switch (metric.kind) {
    case MetricKind::kNgram: {
      const auto& m = model.ngrams[static_cast<size_t>(metric.n - 1)];
      const auto& p = peer.ngrams[static_cast<size_t>(metric.n - 1)];
      s.hit = static_cast<double>(rouge::NgramHits(m, p));
      s.model_count = static_cast<double>(m.total);
      s.peer_count = static_cast<double>(p.total);
      if (o.best_model) s.score = m.total != 0 ? Round5(s.hit / s.model_count) : 0;
      break;
    }
    case MetricKind::kSkip: {
      const auto& m = metric.unigrams ? model.skip_unigrams : model.skip;
      const auto& p = metric.unigrams ? peer.skip_unigrams : peer.skip;
      s.hit = static_cast<double>(rouge::KeyHits(m, p));
      s.model_count = static_cast<double>(m.total);
      s.peer_count = static_cast<double>(p.total);
      if (o.best_model) s.score = m.total != 0 ? Round5(s.hit / s.model_count) : 0;
      break;
    }
    case MetricKind::kLcs: {
      auto r = rouge::UnionLcs(model.sentences, peer.sentences, model.unigrams, peer.unigrams);
      s.hit = r.hit;
      s.model_count = r.base;
      s.peer_count = static_cast<double>(peer.tokens.size());
      s.score = r.base > 0 ? r.hit / r.base : 0;
      break;
    }
    case MetricKind::kWlcs: {
      const double w = *o.wlcs_weight;
      auto r = rouge::UnionWlcs(model.sentences, peer.sentences, model.unigrams, peer.unigrams,
                                pow_table, w);
      s.hit = r.hit;
      s.score = r.base > 0 ? std::pow(r.hit / r.base, 1 / w) : 0;
      s.model_count = std::pow(r.base, w);
      s.peer_count = std::pow(static_cast<double>(peer.tokens.size()), w);
      break;
    }
  }
  return s;
}

// Combines the models of one evaluation as -f A (sum) or -f B (best) does.
Totals CombineModels(const std::vector<const PairStats*>& stats, const RougeOptions& o) {
  Totals total;
  double best = -1;
  for (const PairStats* s : stats) {
    if (o.best_model) {
      if (s->score > best) {
        best = s->score;
        total = Totals{s->model_count, s->hit, s->peer_count};
      }
    } else {
      total.hit += s->hit;
      total.model_count += s->model_count;
      total.peer_count += s->peer_count;
    }
  }
  return total;
}

// ROUGE's by_evalID order for per-evaluation lines.
bool EvalIdLess(const std::string& a, const std::string& b) {
  auto digits = [](const std::string& s) {
    size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    return n;
  };
  size_t da = digits(a);
  size_t db = digits(b);
  if (da > 0 && db > 0) {
    double x = std::strtod(a.substr(0, da).c_str(), nullptr);
    double y = std::strtod(b.substr(0, db).c_str(), nullptr);
    if (x != y) return x < y;
  }
  return a < b;
}

struct MetricInstances {
  std::vector<std::string> ids;  // sorted (Perl string order)
  std::vector<InstanceValues> values;
};

// Sorts bootstrap sample means ascending. They are non-negative, and the bit
// patterns of non-negative doubles order like the values, so sorting the bits
// (rouge::SortKeys, a radix sort) gives std::sort's result (equal values have
// equal bits) in a fraction of its time; a small run sorts 3 x r means per
// peer and metric. Anything else (a sign bit, NaN) takes std::sort.
void SortSampleMeans(std::vector<double>& values) {
  bool plain = true;
  for (double x : values) plain = plain && !std::signbit(x) && !std::isnan(x);
  if (!plain) {
    std::sort(values.begin(), values.end());
    return;
  }
  std::vector<uint64_t> bits(values.size());
  std::memcpy(bits.data(), values.data(), values.size() * sizeof(double));
  rouge::SortKeys(bits);
  std::memcpy(values.data(), bits.data(), values.size() * sizeof(double));
}

// `threads` splits the resamples; callers that already run several of these
// at once pass 1.
void ComputeAverages(const MetricInstances& inst, const RougeOptions& o, int threads,
                     RougeMetricResult& out) {
  const size_t n = inst.ids.size();
  double sums[3] = {0, 0, 0};
  for (const InstanceValues& v : inst.values) {
    for (int k = 0; k < 3; ++k) sums[k] += v.v[k];
  }
  for (int k = 0; k < 3; ++k) out.counts[k] = static_cast<int64_t>(sums[k]);
  if (o.counting_unit == 2) return;

  const auto r = static_cast<size_t>(o.resamples);
  // A compact copy: the draws hit random instances, so keep them cache-friendly.
  std::vector<std::array<double, 3>> compact(n);
  for (size_t k = 0; k < n; ++k)
    compact[k] = {inst.values[k].v[0], inst.values[k].v[1], inst.values[k].v[2]};
  std::vector<double> samples[3];
  for (auto& s : samples) s.assign(r, 0.0);
  // Resample i is independent of the others (its own seed), so split the work.
  const size_t chunk = 64;
  ParallelFor((r + chunk - 1) / chunk, threads, [&](size_t c) {
    for (size_t i = c * chunk; i < std::min(r, (c + 1) * chunk); ++i) {
      rouge::PerlDrand48 rng(i);
      double s[3] = {0, 0, 0};
      for (size_t k = 0; k < n; ++k) {
        const std::array<double, 3>& v = compact[rng.NextIndex(n)];
        s[0] += v[0];
        s[1] += v[1];
        s[2] += v[2];
      }
      if (o.counting_unit == 0) {
        if (n > 0) {
          for (double& x : s) x /= static_cast<double>(n);
        }
      } else {
        double rr = s[0] > 0 ? s[2] / s[0] : 0;
        double pp = s[1] > 0 ? s[2] / s[1] : 0;
        double ff = 0;
        if ((1 - o.alpha) * pp + o.alpha * rr > 0)
          ff = (rr * pp) / ((1 - o.alpha) * pp + o.alpha * rr);
        s[0] = rr;
        s[1] = pp;
        s[2] = ff;
      }
      for (int k = 0; k < 3; ++k) samples[k][i] = s[k];
    }
  });
  const double delta = static_cast<double>(r) * ((100 - o.confidence) / 2.0) / 100.0;
  const auto ci_ua = static_cast<int64_t>(static_cast<double>(r) - delta - 1);
  const auto ci_la = static_cast<int64_t>(delta);
  const double ci_r = static_cast<double>(r) - delta - 1 - static_cast<double>(ci_ua);
  for (int k = 0; k < 3; ++k) {
    std::vector<double>& s = samples[k];
    SortSampleMeans(s);
    double total = 0;
    for (double x : s) total += x;
    out.average[k] = Format5(total / static_cast<double>(r));
    auto at = [&](int64_t idx) {
      return idx >= 0 && static_cast<size_t>(idx) < s.size() ? s[static_cast<size_t>(idx)] : 0.0;
    };
    out.lower[k] = Format5(at(ci_la) + (at(ci_la + 1) - at(ci_la)) * ci_r);
    out.upper[k] = Format5(at(ci_ua) + (at(ci_ua + 1) - at(ci_ua)) * ci_r);
  }
}

Result<bool> ValidateOptions(const RougeOptions& o) {
  if (o.max_ngram < 0 || o.max_ngram > 100)
    return InvalidInput("option -n: max n-gram must be within 0 and 100, got " +
                        std::to_string(o.max_ngram));
  if (o.length_limit_words < 0) return InvalidInput("option -l: word limit must be >= 0");
  if (o.length_limit_bytes < 0) return InvalidInput("option -b: byte limit must be >= 0");
  if (o.length_limit_words > 0 && o.length_limit_bytes > 0)
    return InvalidInput("options -l and -b: give a limit in words or bytes, not both");
  if (!(o.confidence >= 0 && o.confidence <= 100))
    return InvalidInput("option -c: confidence must be within 0 and 100");
  if (o.resamples < 1) return InvalidInput("option -r: the number of resamples must be >= 1");
  if (o.resamples > kMaxRougeResamples) {
    return ResourceExhausted("option -r: " + std::to_string(o.resamples) +
                             " resamples, over the limit of " + std::to_string(kMaxRougeResamples) +
                             " (kMaxRougeResamples)");
  }
  if (!(o.alpha >= 0 && o.alpha <= 1))
    return InvalidInput("option -p: alpha must be within 0 and 1");
  if (o.counting_unit < 0 || o.counting_unit > 2)
    return InvalidInput("option -t: counting unit must be 0, 1 or 2");
  if (o.wlcs_weight && !(*o.wlcs_weight > 0))
    return InvalidInput("option -w: ROUGE-W weight must be greater than 0");
  return true;
}

}  // namespace

Result<RougeReport> EvaluateRouge(const std::vector<RougeEval>& evals, const RougeOptions& o,
                                  const RougeData& data, const std::vector<std::string>& peer_ids) {
  if (auto valid = ValidateOptions(o); !valid) return std::unexpected(valid.error());
  RougeReport report;
  report.confidence_text = o.confidence_text;
  report.counting_unit = o.counting_unit;
  report.per_eval = o.per_eval;

  // Metrics in ROUGE-1.5.5's print order.
  std::vector<MetricSpec> metrics;
  for (int n = 1; n <= o.max_ngram; ++n)
    metrics.push_back({MetricKind::kNgram, n, false, "ROUGE-" + std::to_string(n)});
  if (o.compute_lcs) metrics.push_back({MetricKind::kLcs, 0, false, "ROUGE-L"});
  if (o.wlcs_weight)
    metrics.push_back({MetricKind::kWlcs, 0, false, "ROUGE-W-" + o.wlcs_weight_text});
  if (o.skip_distance) {
    const std::string suffix = *o.skip_distance >= 0 ? o.skip_distance_text : "*";
    if (o.skip_unigrams) {
      metrics.push_back({MetricKind::kSkip, 0, true, "ROUGE-SU" + suffix});
    } else {
      metrics.push_back({MetricKind::kSkip, 0, false, "ROUGE-S" + suffix});
      if (o.skip_both) metrics.push_back({MetricKind::kSkip, 0, true, "ROUGE-SU" + suffix});
    }
  }
  const bool need_lcs = o.compute_lcs || o.wlcs_weight.has_value();
  bool need_skip = false;
  bool need_skip_unigrams = false;
  for (const MetricSpec& m : metrics) {
    if (m.kind == MetricKind::kSkip) (m.unigrams ? need_skip_unigrams : need_skip) = true;
  }

  std::vector<std::string> peers = peer_ids;
  if (peers.empty()) {
    for (const RougeEval& e : evals) {
      for (const auto& [id, path] : e.peers) peers.push_back(id);
    }
    std::sort(peers.begin(), peers.end());
    peers.erase(std::unique(peers.begin(), peers.end()), peers.end());
  }

  // Every summary file to read, once each; models first must exist.
  std::vector<std::pair<std::string, RougeInputFormat>> files;
  std::map<std::pair<std::string, RougeInputFormat>, size_t> file_index;
  auto add_file = [&](const std::string& path, RougeInputFormat format) {
    auto key = std::make_pair(path, format);
    auto [it, inserted] = file_index.emplace(key, files.size());
    if (inserted) files.push_back(key);
    return it->second;
  };
  struct Pair {
    size_t peer_index;
    size_t eval_index;
    size_t peer_file;
    std::vector<size_t> model_files;
  };
  std::vector<Pair> pairs;
  std::vector<char> model_checked;  // by file index: exists() already true
  for (size_t p = 0; p < peers.size(); ++p) {
    for (size_t e = 0; e < evals.size(); ++e) {
      auto it = evals[e].peers.find(peers[p]);
      if (it == evals[e].peers.end()) {
        report.warnings.push_back("test instance for peer " + peers[p] +
                                  " does not exist for evaluation " + evals[e].id);
        continue;
      }
      Pair pair{p, e, 0, {}};
      for (const auto& [model_id, path] : evals[e].models) {
        // Checked once per file: a topic's references serve every peer, and
        // a stat per (peer, model) was thousands of syscalls on a small run.
        const size_t index = add_file(path, evals[e].format);
        if (model_checked.size() < files.size()) model_checked.resize(files.size(), 0);
        std::error_code ec;
        if (!model_checked[index] && !std::filesystem::exists(path, ec))
          return NotFound("cannot find model summary " + path + " (evaluation " + evals[e].id +
                          ", model " + model_id + ")");
        model_checked[index] = 1;
        pair.model_files.push_back(index);
      }
      pair.peer_file = add_file(it->second, evals[e].format);
      pairs.push_back(std::move(pair));
    }
  }

  if (pairs.empty()) {
    return InvalidInput(peers.empty()
                            ? std::string("no peer summaries to score")
                            : "no evaluation has a summary of peer " + Abbreviate(peers[0]) +
                                  (peers.size() > 1 ? " (or of the other peers)" : ""));
  }
  // Read and tokenize.
  rouge::TextOptions text_options;
  text_options.limit_words = o.length_limit_words;
  text_options.limit_bytes = o.length_limit_bytes;
  text_options.stem = o.stem;
  text_options.remove_stopwords = o.remove_stopwords;
  text_options.unicode = o.unicode;
  text_options.need_lcs_units = need_lcs;
  std::vector<Result<rouge::SummaryTokens>> read(files.size(), Internal("not read"));
  std::vector<const rouge::TokenInterner*> interner_of(files.size(), nullptr);
  std::mutex interners_mutex;
  std::map<std::thread::id, std::unique_ptr<rouge::TokenInterner>> interners;
  ParallelFor(files.size(), o.threads, [&](size_t i) {
    rouge::TokenInterner* interner;
    {
      std::lock_guard lock(interners_mutex);
      auto& slot = interners[std::this_thread::get_id()];
      if (!slot) slot = std::make_unique<rouge::TokenInterner>(data, text_options);
      interner = slot.get();
    }
    rouge::TextOptions opts = text_options;
    opts.format = files[i].second;
    read[i] = rouge::ReadSummary(files[i].first, opts, *interner);
    interner_of[i] = interner;
  });
  for (size_t i = 0; i < files.size(); ++i) {
    if (!read[i]) return std::unexpected(read[i].error());
    if (read[i]->invalid_utf8_offset >= 0) {
      report.warnings.push_back(files[i].first + ": byte " +
                                std::to_string(read[i]->invalid_utf8_offset) +
                                " is not valid UTF-8 (read as bytes, as ROUGE-1.5.5 does)");
    }
    if (read[i]->tokens.empty())
      report.warnings.push_back(files[i].first + ": empty summary (scores 0)");
  }

  // Intern tokens (serial, deterministic ids).
  // Global token ids, in file order (deterministic whatever the threads did):
  // each thread's ids map through a table, so the vocabulary is looked up
  // once per distinct word and thread, not once per token.
  rouge::StringIndex vocabulary;
  std::map<const rouge::TokenInterner*, std::vector<TokenId>> global_ids;
  constexpr TokenId kUnseen = rouge::TokenInterner::kDropped;
  std::vector<Document> docs(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    const rouge::TokenInterner& interner = *interner_of[i];
    std::vector<TokenId>& table = global_ids[&interner];
    table.resize(interner.size(), kUnseen);
    auto global = [&](TokenId local) {
      TokenId& id = table[local];
      if (id == kUnseen) {
        id = vocabulary.Insert(interner.word(local));
      }
      return id;
    };
    docs[i].tokens = std::move(read[i]->tokens);
    for (TokenId& t : docs[i].tokens) t = global(t);
    docs[i].sentences = std::move(read[i]->sentences);
    for (auto& sentence : docs[i].sentences) {
      for (TokenId& t : sentence) t = global(t);
    }
    read[i] = Internal("released");
  }
  const int skip = o.skip_distance.value_or(0);
  // Limits, checked before the tables are built (the -2 -1 table of a
  // 100,000-word summary would hold 5 billion pairs).
  for (size_t i = 0; i < docs.size(); ++i) {
    const auto n = static_cast<int64_t>(docs[i].tokens.size());
    if ((need_skip || need_skip_unigrams) && n > 1) {
      const int64_t w = skip < 0 ? n - 1 : std::min<int64_t>(int64_t{skip} + 1, n - 1);
      const int64_t skip_pairs = w * (w + 1) / 2 + (n - 1 - w) * w + (need_skip_unigrams ? n : 0);
      if (skip_pairs > kMaxSkipBigramsPerSummary) {
        return ResourceExhausted(
            files[i].first + ": ROUGE-S needs " + std::to_string(skip_pairs) +
            " skip bigrams for this summary of " + std::to_string(n) +
            " tokens, over the limit of " + std::to_string(kMaxSkipBigramsPerSummary) +
            " (kMaxSkipBigramsPerSummary); give a skip distance (-2 N) or a length limit (-l, -b)");
      }
    }
  }
  ParallelFor(docs.size(), o.threads, [&](size_t i) {
    Document& d = docs[i];
    for (int n = 1; n <= o.max_ngram; ++n) d.ngrams.push_back(rouge::BuildNgramTable(d.tokens, n));
    if (need_skip) d.skip = rouge::BuildSkipBigramTable(d.tokens, skip, false);
    if (need_skip_unigrams) d.skip_unigrams = rouge::BuildSkipBigramTable(d.tokens, skip, true);
    if (need_lcs) d.unigrams = rouge::BuildUnigramCounts(d.tokens);
  });

  std::vector<double> pow_table;
  if (o.wlcs_weight) {
    for (size_t k = 0; k < 1024; ++k)
      pow_table.push_back(std::pow(static_cast<double>(k), *o.wlcs_weight));
  }

  // Score every distinct (model file, peer file) pair once per metric;
  // pair_stats[i][k] is the index of pairs[i]'s k-th model's file pair.
  std::map<std::pair<size_t, size_t>, size_t> unique_index;
  std::vector<std::pair<size_t, size_t>> unique_pairs;
  std::vector<std::vector<size_t>> pair_stats(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    for (size_t f : pairs[i].model_files) {
      auto [it, inserted] =
          unique_index.emplace(std::make_pair(f, pairs[i].peer_file), unique_pairs.size());
      if (inserted) unique_pairs.push_back(it->first);
      pair_stats[i].push_back(it->second);
    }
  }
  if (need_lcs) {
    // ROUGE-L/W fill a table of (model sentence + 1) x (peer sentence + 1)
    // cells per sentence pair; bound the largest before any is filled.
    std::vector<int64_t> longest(docs.size(), 0);
    for (size_t i = 0; i < docs.size(); ++i) {
      for (const auto& sentence : docs[i].sentences) {
        longest[i] = std::max(longest[i], static_cast<int64_t>(sentence.size()));
      }
    }
    for (const auto& [model_file, peer_file] : unique_pairs) {
      const int64_t cells = (longest[model_file] + 1) * (longest[peer_file] + 1);
      if (cells > kMaxLcsCellsPerSentencePair) {
        return ResourceExhausted(
            files[peer_file].first + " against " + files[model_file].first +
            ": ROUGE-L needs a table of " + std::to_string(cells) +
            " cells for the longest sentences, over the limit of " +
            std::to_string(kMaxLcsCellsPerSentencePair) +
            " (kMaxLcsCellsPerSentencePair); give a length limit (-l, -b) or split the sentences");
      }
    }
  }
  // One flat array (file pair i, metric m at i * metrics + m): a vector per
  // file pair was thousands of allocations for a few numbers each.
  std::vector<PairStats> stats(unique_pairs.size() * metrics.size());
  ParallelFor(unique_pairs.size(), o.threads, [&](size_t i) {
    const auto [model_file, peer_file] = unique_pairs[i];
    for (size_t m = 0; m < metrics.size(); ++m) {
      stats[i * metrics.size() + m] =
          ScoreModel(metrics[m], docs[peer_file], docs[model_file], o, pow_table);
    }
  });
  std::vector<std::vector<InstanceValues>> values(pairs.size());
  ParallelFor(pairs.size(), o.threads, [&](size_t i) {
    std::vector<const PairStats*> per_model;
    for (size_t m = 0; m < metrics.size(); ++m) {
      per_model.clear();
      for (size_t u : pair_stats[i]) per_model.push_back(&stats[u * metrics.size() + m]);
      values[i].push_back(FinishInstance(CombineModels(per_model, o), metrics[m].kind, o));
    }
  });

  // Gather per peer and metric, then average.
  report.systems.resize(peers.size());
  std::vector<std::vector<MetricInstances>> instances(peers.size(),
                                                      std::vector<MetricInstances>(metrics.size()));
  std::vector<std::vector<size_t>> pairs_of_peer(peers.size());
  for (size_t i = 0; i < pairs.size(); ++i) pairs_of_peer[pairs[i].peer_index].push_back(i);
  for (size_t p = 0; p < peers.size(); ++p) {
    report.systems[p].peer_id = peers[p];
    std::vector<std::pair<std::string, size_t>> ids;
    for (size_t i : pairs_of_peer[p])
      ids.emplace_back(evals[pairs[i].eval_index].id + "." + peers[p], i);
    std::sort(ids.begin(), ids.end());
    std::vector<std::pair<std::string, size_t>> print_order = ids;
    std::stable_sort(print_order.begin(), print_order.end(),
                     [](const auto& a, const auto& b) { return EvalIdLess(a.first, b.first); });
    for (size_t m = 0; m < metrics.size(); ++m) {
      RougeMetricResult result;
      result.name = metrics[m].name;
      for (const auto& [id, i] : ids) {
        instances[p][m].ids.push_back(id);
        instances[p][m].values.push_back(values[i][m]);
      }
      if (o.per_eval) {
        for (const auto& [id, i] : print_order) {
          const InstanceValues& v = values[i][m];
          result.per_eval.emplace_back(id,
                                       std::vector<std::string>{v.text[0], v.text[1], v.text[2]});
        }
      }
      report.systems[p].metrics.push_back(std::move(result));
    }
  }
  // One bootstrap per (peer, metric). With at least as many of them as
  // threads, each runs on one thread: splitting a small bootstrap's resamples
  // cost a thread start per part (two per peer and metric) for microseconds
  // of work. Fewer (one system on a large corpus) split their resamples.
  const size_t jobs = peers.size() * metrics.size();
  if (jobs >= static_cast<size_t>(WorkerCount(o.threads))) {
    ParallelFor(jobs, o.threads, [&](size_t j) {
      const size_t p = j / metrics.size();
      const size_t m = j % metrics.size();
      ComputeAverages(instances[p][m], o, 1, report.systems[p].metrics[m]);
    });
  } else {
    for (size_t p = 0; p < peers.size(); ++p) {
      for (size_t m = 0; m < metrics.size(); ++m)
        ComputeAverages(instances[p][m], o, o.threads, report.systems[p].metrics[m]);
    }
  }
  return report;
}

std::string FormatRougeText(const RougeReport& report) {
  std::string out;
  for (const RougeSystemResult& system : report.systems) {
    for (const RougeMetricResult& m : system.metrics) {
      out += "---------------------------------------------\n";
      const std::string prefix = system.peer_id + " " + m.name;
      if (report.counting_unit != 2) {
        static const char* kLabels[3] = {"R", "P", "F"};
        for (int k = 0; k < 3; ++k) {
          out += prefix + " Average_" + kLabels[k] + ": " + m.average[k] + " (" +
                 report.confidence_text + "%-conf.int. " + m.lower[k] + " - " + m.upper[k] + ")\n";
        }
      } else {
        out += prefix + " M_count: " + std::to_string(m.counts[0]) +
               " P_count: " + std::to_string(m.counts[1]) +
               " H_count: " + std::to_string(m.counts[2]) + "\n";
      }
      if (report.per_eval) {
        out += ".............................................\n";
        for (const auto& [id, v] : m.per_eval) {
          out += prefix + " Eval " + id + " R:" + v[0] + " P:" + v[1] + " F:" + v[2] + "\n";
        }
      }
    }
  }
  return out;
}

std::string FormatRougeJson(const RougeReport& report) {
  using nlohmann::json;
  auto num = [](const std::string& s) { return std::strtod(s.c_str(), nullptr); };
  json systems = json::array();
  for (const RougeSystemResult& system : report.systems) {
    json metrics = json::array();
    for (const RougeMetricResult& m : system.metrics) {
      json metric = {{"name", m.name}};
      if (report.counting_unit != 2) {
        static const char* kKeys[3] = {"recall", "precision", "f"};
        for (int k = 0; k < 3; ++k) {
          metric[kKeys[k]] = {{"average", num(m.average[k])},
                              {"lower", num(m.lower[k])},
                              {"upper", num(m.upper[k])}};
        }
      } else {
        metric["counts"] = {{"model", m.counts[0]}, {"peer", m.counts[1]}, {"hit", m.counts[2]}};
      }
      if (report.per_eval) {
        json per_eval = json::array();
        for (const auto& [id, v] : m.per_eval) {
          per_eval.push_back({{"id", id}, {"values", {num(v[0]), num(v[1]), num(v[2])}}});
        }
        metric["per_eval"] = std::move(per_eval);
      }
      metrics.push_back(std::move(metric));
    }
    systems.push_back({{"id", system.peer_id}, {"metrics", std::move(metrics)}});
  }
  json doc = {{"format", "crosswire-rouge/1"},
              {"confidence", num(report.confidence_text)},
              {"counting_unit", report.counting_unit},
              {"systems", std::move(systems)},
              {"warnings", report.warnings}};
  // File names need not be UTF-8; JSON must be.
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

namespace {

// Calls f on each line of text without its "\n" (as std::getline splits).
template <typename F>
void ForEachLine(std::string_view text, F f) {
  while (!text.empty()) {
    const size_t end = text.find('\n');
    f(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
}

// The next whitespace-separated word of `line` (as operator>> reads it), consumed.
std::string_view NextWord(std::string_view& line) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  size_t start = 0;
  while (start < line.size() && space(line[start])) ++start;
  size_t end = start;
  while (end < line.size() && !space(line[end])) ++end;
  std::string_view word = line.substr(start, end - start);
  line.remove_prefix(end);
  return word;
}

}  // namespace

Result<RougeData> LoadRougeData(StemExceptions exceptions, const std::string& directory) {
  RougeData data;
  auto read = [&](const std::string& name) -> Result<std::string> {
    if (directory.empty()) {
      std::string_view embedded = rouge::EmbeddedRougeFile(name);
      return std::string(embedded);
    }
    const std::string path = directory + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFound("ROUGE data file not found: " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  };
  // Parsed with string_views, not a stream per line: every run loads these
  // (some 6,000 exception lines), so on a small run this was a fixed cost
  // worth milliseconds.
  auto stop = read("smart_common_words.txt");
  if (!stop) return std::unexpected(stop.error());
  ForEachLine(*stop, [&](std::string_view line) { data.stopwords.emplace(line); });
  if (exceptions == StemExceptions::kFull) {
    data.exceptions.reserve(8192);
    for (const char* pos : {"noun", "adv", "verb", "adj"}) {
      auto exc = read(std::string("WordNet-2.0-Exceptions/") + pos + ".exc");
      if (!exc) return std::unexpected(exc.error());
      // "inflected base [base...]": the first base form; later files replace.
      ForEachLine(*exc, [&](std::string_view line) {
        std::string_view from = NextWord(line);
        std::string_view to = NextWord(line);
        if (!to.empty()) data.exceptions.insert_or_assign(std::string(from), std::string(to));
      });
    }
  }
  return data;
}

}  // namespace crosswire
