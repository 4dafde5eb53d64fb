// Internal to the cluster module (used by the evaluation and its tests): the
// naive single-pass baseline the story clusterer is measured against.
#pragma once

#include <memory>
#include <string>

#include "crosswire/article.h"
#include "crosswire/error.h"

namespace crosswire::cluster_internal {

// Single-pass clustering in its plainest form: each article's body TF-IDF
// (the same online IDF as StoryClusterer) is compared by cosine with the
// centroid of EVERY story so far (a scan, no index, no time, no entities, no
// head), and joins the most similar one when the cosine reaches `threshold`,
// else opens a story. Story ids 0, 1, 2, ... Cost per article grows with the
// number of stories: it is a baseline, not for streams.
class NaiveClusterer {
 public:
  static Result<NaiveClusterer> Create(double threshold, const std::string& language = "english");
  NaiveClusterer(NaiveClusterer&&) noexcept;
  ~NaiveClusterer();
  Result<size_t> Add(const Article& article);

 private:
  struct Impl;
  explicit NaiveClusterer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace crosswire::cluster_internal
