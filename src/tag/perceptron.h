// tag/perceptron.h — the averaged perceptron used in training (Collins 2002,
// averages kept lazily) and the hashed weight table it is written to and read
// from (layout in templates.h). Shared by the tagger's and the parser's
// training and reading. Internal to the tag module.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "crosswire/tag.h"

namespace crosswire::tag {

class Perceptron {
 public:
  explicit Perceptron(size_t labels) : labels_(labels) {}

  void Score(const std::vector<uint32_t>& feats, std::vector<float>* scores) const {
    scores->assign(labels_, 0.0f);
    for (uint32_t f : feats) {
      auto it = features_.find(f);
      if (it == features_.end()) continue;
      for (const Param& p : it->second.params) (*scores)[p.label] += p.w;
    }
  }

  void Count(const std::vector<uint32_t>& feats) {
    for (uint32_t f : feats) ++features_[f].count;
  }

  void Update(const std::vector<uint32_t>& feats, uint8_t gold, uint8_t guess) {
    for (uint32_t f : feats) {
      Feature& feature = features_[f];
      Bump(&feature, gold, 1);
      Bump(&feature, guess, -1);
    }
  }

  void Tick() { ++now_; }

  // Averaged weights of features seen at least `min_count` times.
  std::map<uint32_t, std::vector<std::pair<uint8_t, double>>> Averaged(int min_count) const {
    std::map<uint32_t, std::vector<std::pair<uint8_t, double>>> out;
    for (const auto& [f, feature] : features_) {
      if (feature.count < min_count) continue;
      std::vector<std::pair<uint8_t, double>> ws;
      for (const Param& p : feature.params) {
        const double total = p.total + static_cast<double>(now_ - p.last) * p.w;
        const double avg = total / static_cast<double>(std::max<int64_t>(now_, 1));
        if (avg != 0) ws.emplace_back(p.label, avg);
      }
      std::sort(ws.begin(), ws.end());
      if (!ws.empty()) out.emplace(f, std::move(ws));
    }
    return out;
  }

 private:
  struct Param {
    uint8_t label = 0;
    float w = 0;
    double total = 0;
    int64_t last = 0;
  };

  struct Feature {
    int count = 0;
    std::vector<Param> params;
  };

  void Bump(Feature* feature, uint8_t label, float delta) {
    Param* p = nullptr;
    for (Param& q : feature->params) {
      if (q.label == label) p = &q;
    }
    if (p == nullptr) {
      feature->params.push_back(Param{label, 0, 0, now_});
      p = &feature->params.back();
    }
    p->total += static_cast<double>(now_ - p->last) * p->w;
    p->last = now_;
    p->w += delta;
  }

  size_t labels_;
  int64_t now_ = 0;
  std::unordered_map<uint32_t, Feature> features_;
};

inline void PutU32(uint32_t v, std::string* out) {
  for (int k = 0; k < 4; ++k) out->push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}

inline void WriteTable(const std::vector<std::string>& labels, const Perceptron& model,
                       int min_count, std::string* out) {
  PutU32(static_cast<uint32_t>(labels.size()), out);
  for (const auto& l : labels) {
    out->push_back(static_cast<char>(l.size()));
    out->append(l);
  }
  const auto weights = model.Averaged(min_count);
  double max_abs = 0;
  for (const auto& [f, ws] : weights) {
    for (const auto& [label, w] : ws) max_abs = std::max(max_abs, std::fabs(w));
  }
  const float scale = max_abs > 0 ? static_cast<float>(32000.0 / max_abs) : 1.0f;
  std::string entries;
  std::vector<std::pair<uint32_t, uint32_t>> placed;  // (feature, offset)
  for (const auto& [f, ws] : weights) {
    std::string e;
    uint8_t n = 0;
    for (const auto& [label, w] : ws) {
      const long q = std::lround(w * scale);
      if (q == 0) continue;
      const auto v = static_cast<uint16_t>(static_cast<int16_t>(q));
      e.push_back(static_cast<char>(label));
      e.push_back(static_cast<char>(v & 0xFF));
      e.push_back(static_cast<char>(v >> 8));
      ++n;
    }
    if (n == 0) continue;
    placed.emplace_back(f, static_cast<uint32_t>(entries.size()));
    entries.push_back(static_cast<char>(n));
    entries += e;
  }
  uint32_t capacity = 1;
  while (capacity < placed.size() * 3 / 2 + 1) capacity <<= 1;
  std::vector<std::pair<uint32_t, uint32_t>> slots(capacity, {0, 0});
  for (const auto& [f, off] : placed) {  // ascending hash order: deterministic
    uint32_t s = f & (capacity - 1);
    while (slots[s].first != 0) s = (s + 1) & (capacity - 1);
    slots[s] = {f, off};
  }
  uint32_t bits = 0;
  std::memcpy(&bits, &scale, 4);
  PutU32(bits, out);
  PutU32(capacity, out);
  PutU32(static_cast<uint32_t>(entries.size()), out);
  for (const auto& [f, off] : slots) {
    PutU32(f, out);
    PutU32(off, out);
  }
  *out += entries;
}

// Reads one table at `*offset` of `bytes` (advancing it); errors name the byte.
Result<Tagger::Table> ReadModelTable(std::span<const uint8_t> bytes, size_t* offset);

// Adds the weights `t` holds for `feats` to `scores` (one per label; labels
// past its size are skipped). The slots lie scattered over a table larger
// than the cache, and so do the entries they point to: all slots are asked
// for before any is read, then all entries before any is added, so the
// misses of each round overlap instead of queueing. `found` is scratch space.
void AddLabelScores(const Tagger::Table& t, std::span<const uint32_t> feats,
                    std::vector<const uint8_t*>* found, std::span<int32_t> scores);

}  // namespace crosswire::tag
