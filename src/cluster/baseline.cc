// The naive single-pass TF-IDF baseline (see baseline.h): what one gets
// without the index, the entity and head features, the time decay or a
// fitted decision — the usual starting point of streaming clustering
// (Allan et al. 1998, "On-line new event detection and tracking", without
// its time penalty).
#include "baseline.h"

#include <cmath>
#include <unordered_map>
#include <vector>

#include "analyzer.h"

namespace crosswire::cluster_internal {

struct NaiveClusterer::Impl {
  double threshold;
  ArticleAnalyzer analyzer;
  DocumentFrequencies df;
  std::vector<std::unordered_map<TermId, float>> centroids;
  std::vector<double> norms;  // cached, recomputed when the story changes or N grows 5%
  std::vector<uint64_t> norm_articles;
};

NaiveClusterer::NaiveClusterer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NaiveClusterer::NaiveClusterer(NaiveClusterer&&) noexcept = default;
NaiveClusterer::~NaiveClusterer() = default;

Result<NaiveClusterer> NaiveClusterer::Create(double threshold, const std::string& language) {
  auto analyzer = ArticleAnalyzer::Create(language);
  if (!analyzer) return std::unexpected(analyzer.error());
  return NaiveClusterer(
      std::make_unique<Impl>(Impl{threshold, std::move(*analyzer), {}, {}, {}, {}}));
}

Result<size_t> NaiveClusterer::Add(const Article& article) {
  auto a = impl_->analyzer.Analyze(article);
  if (!a) return std::unexpected(a.error());
  impl_->df.Add(*a);
  SparseVector v = Weigh(a->body, impl_->df);
  double best = -1;
  size_t best_story = 0;
  for (size_t s = 0; s < impl_->centroids.size(); ++s) {
    const auto& c = impl_->centroids[s];
    double dot = 0;
    uint64_t n = impl_->df.articles();
    if (impl_->norms[s] < 0 || n > impl_->norm_articles[s] + impl_->norm_articles[s] / 20) {
      double sum = 0;
      for (const auto& [t, w] : c) {
        double x = static_cast<double>(w) * impl_->df.Idf(t);
        sum += x * x;
      }
      impl_->norms[s] = std::sqrt(sum);
      impl_->norm_articles[s] = n;
    }
    double norm = impl_->norms[s];
    for (const auto& [t, w] : v.entries) {
      auto it = c.find(t);
      if (it != c.end()) dot += static_cast<double>(w) * it->second * impl_->df.Idf(t);
    }
    double cosine = norm == 0 || v.norm == 0 ? 0 : dot / (norm * v.norm);
    if (cosine > best) {
      best = cosine;
      best_story = s;
    }
  }
  if (best < impl_->threshold) {
    best_story = impl_->centroids.size();
    impl_->centroids.emplace_back();
    impl_->norms.push_back(-1);
    impl_->norm_articles.push_back(0);
  }
  impl_->norms[best_story] = -1;
  for (const auto& [t, w] : a->body) impl_->centroids[best_story][t] += w;
  return best_story;
}

}  // namespace crosswire::cluster_internal
