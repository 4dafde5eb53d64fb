// The arc-eager transition system (Nivre 2003) and the parser's features.
//
// Configuration: a stack (bottom: the root node 0), a buffer (words b..n) and
// the arcs so far. Shift pushes the buffer's front b0; Reduce pops s0, which
// must have its head; Left-arc makes b0 the head of s0 (which has none and is
// not the root) and pops it; Right-arc makes s0 the head of b0 and pushes b0.
// The root node takes one right arc only, labelled "root", so a sentence has
// one root word. Parsing ends when the buffer is empty.
//
// Features follow Zhang & Nivre (2011, table 1): words and tags of s0, b0,
// b1, b2, their pairs and triples, the distance s0..b0, the valency of s0 and
// b0, the head and grandparent of s0, the leftmost/rightmost children and
// second ones of s0 and b0 with their relations, and the relation sets of
// s0's and b0's children; plus s1's word and tag. Each feature is a 64-bit
// mix of its template number and its parts' hashes, folded to 32 bits.
#include "parse_state.h"

#include <algorithm>

namespace crosswire::tag::parse {
namespace {

uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

uint64_t HashTag(std::string_view s) {
  uint64_t h = 0x84222325cbf29ce4ULL;
  for (char c : s) {
    h ^= static_cast<uint8_t>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

// Hashes standing for "no such node" and the root node.
constexpr uint64_t kNoneHash = 0x6e6f6e65ULL;
constexpr uint64_t kRootWord = 0x726f6f74ULL;
constexpr uint64_t kRootTag = 0x524f4f54ULL;

inline uint64_t Step(uint64_t h, uint64_t part) {
  h ^= part + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

inline uint32_t Fold(uint64_t h) {
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  const auto v = static_cast<uint32_t>(h ^ (h >> 32));
  return v == 0 ? 1 : v;
}

class Emitter {
 public:
  explicit Emitter(std::vector<uint32_t>* out) : out_(out) {}
  void operator()(uint64_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
    out_->push_back(Fold(Step(Step(Step(Step(tmpl * 0x9e3779b97f4a7c15ULL, a), b), c), d)));
  }

 private:
  std::vector<uint32_t>* out_;
};

}  // namespace

Tokens HashTokens(std::span<const std::string_view> words, std::span<const std::string_view> pos) {
  Tokens t;
  t.word.reserve(words.size() + 1);
  t.pos.reserve(words.size() + 1);
  t.word.push_back(kRootWord);
  t.pos.push_back(kRootTag);
  for (size_t i = 0; i < words.size(); ++i) {
    t.word.push_back(HashString(words[i]));
    t.pos.push_back(i < pos.size() ? HashTag(pos[i]) : HashTag("?"));
  }
  return t;
}

State::State(size_t words)
    : n_(words),
      head_(words + 1, kNone),
      rel_(words + 1, kNoRelation),
      l1_(words + 1, kNone),
      l2_(words + 1, kNone),
      r1_(words + 1, kNone),
      r2_(words + 1, kNone),
      lval_(words + 1, 0),
      rval_(words + 1, 0),
      lset_(words + 1, 0),
      rset_(words + 1, 0) {
  stack_.reserve(words + 1);
  stack_.push_back(0);
}

bool State::Valid(Kind kind, uint8_t relation, uint8_t root) const {
  const int s0 = S0();
  switch (kind) {
    case kShift:
      return b_ <= n_;
    case kReduce:
      return s0 > 0 && head_[s0] != kNone;
    case kLeft:
      return b_ <= n_ && s0 > 0 && head_[s0] == kNone && relation != root;
    case kRight:
      if (b_ > n_ || s0 == kNone) return false;
      if (s0 == 0) return !root_taken_ && relation == root;
      return relation != root;
  }
  return false;
}

void State::AddArc(int head, int dep, uint8_t relation) {
  head_[dep] = head;
  rel_[dep] = relation;
  const uint64_t bit = uint64_t{1} << (relation & 63);
  if (dep < head) {  // arcs come in order: a new left child is the leftmost
    l2_[head] = l1_[head];
    l1_[head] = dep;
    lval_[head] = static_cast<uint8_t>(std::min(lval_[head] + 1, 255));
    lset_[head] |= bit;
  } else {
    r2_[head] = r1_[head];
    r1_[head] = dep;
    rval_[head] = static_cast<uint8_t>(std::min(rval_[head] + 1, 255));
    rset_[head] |= bit;
  }
}

void State::Apply(Kind kind, uint8_t relation, uint8_t /*root*/) {
  const int s0 = S0();
  const int b0 = static_cast<int>(b_);
  switch (kind) {
    case kShift:
      stack_.push_back(b0);
      ++b_;
      break;
    case kReduce:
      stack_.pop_back();
      break;
    case kLeft:
      AddArc(b0, s0, relation);
      stack_.pop_back();
      break;
    case kRight:
      if (s0 == 0) root_taken_ = true;
      AddArc(s0, b0, relation);
      stack_.push_back(b0);
      ++b_;
      break;
  }
}

void State::Features(const Tokens& t, std::vector<uint32_t>* out) const {
  out->clear();
  Emitter f(out);
  auto w = [&](int node) { return node == kNone ? kNoneHash : t.word[node]; };
  auto p = [&](int node) { return node == kNone ? kNoneHash : t.pos[node]; };
  auto lab = [&](int node) -> uint64_t {
    return node == kNone || rel_[node] == kNoRelation ? kNoneHash : uint64_t{rel_[node]} + 1;
  };
  auto at = [](const std::vector<int>& v, int node) { return node == kNone ? kNone : v[node]; };

  const int s0 = S0();
  const int s1 = stack_.size() >= 2 ? stack_[stack_.size() - 2] : kNone;
  const int b0 = B0();
  const int b1 = b_ + 1 <= n_ ? static_cast<int>(b_ + 1) : kNone;
  const int b2 = b_ + 2 <= n_ ? static_cast<int>(b_ + 2) : kNone;
  const int s0h = at(head_, s0);
  const int s0h2 = at(head_, s0h);
  const int s0l = at(l1_, s0), s0l2 = at(l2_, s0), s0r = at(r1_, s0), s0r2 = at(r2_, s0);
  const int b0l = at(l1_, b0), b0l2 = at(l2_, b0);
  const uint64_t dist =
      s0 == kNone || b0 == kNone ? kNoneHash : static_cast<uint64_t>(std::min(b0 - s0, 15));
  const uint64_t s0vl = s0 == kNone ? kNoneHash : lval_[s0];
  const uint64_t s0vr = s0 == kNone ? kNoneHash : rval_[s0];
  const uint64_t b0vl = b0 == kNone ? kNoneHash : lval_[b0];
  const uint64_t s0sl = s0 == kNone ? kNoneHash : lset_[s0];
  const uint64_t s0sr = s0 == kNone ? kNoneHash : rset_[s0];
  const uint64_t b0sl = b0 == kNone ? kNoneHash : lset_[b0];

  f(0, 1);  // bias
  // Single words.
  f(1, w(s0), p(s0));
  f(2, w(s0));
  f(3, p(s0));
  f(4, w(b0), p(b0));
  f(5, w(b0));
  f(6, p(b0));
  f(7, w(b1), p(b1));
  f(8, w(b1));
  f(9, p(b1));
  f(10, w(b2), p(b2));
  f(11, w(b2));
  f(12, p(b2));
  // Pairs.
  f(13, w(s0), p(s0), w(b0), p(b0));
  f(14, w(s0), p(s0), w(b0));
  f(15, w(s0), w(b0), p(b0));
  f(16, w(s0), p(s0), p(b0));
  f(17, p(s0), w(b0), p(b0));
  f(18, w(s0), w(b0));
  f(19, p(s0), p(b0));
  f(20, p(b0), p(b1));
  // Triples.
  f(21, p(b0), p(b1), p(b2));
  f(22, p(s0), p(b0), p(b1));
  f(23, p(s0h), p(s0), p(b0));
  f(24, p(s0), p(s0l), p(b0));
  f(25, p(s0), p(s0r), p(b0));
  f(26, p(s0), p(b0), p(b0l));
  // Distance.
  f(27, w(s0), dist);
  f(28, p(s0), dist);
  f(29, w(b0), dist);
  f(30, p(b0), dist);
  f(31, w(s0), w(b0), dist);
  f(32, p(s0), p(b0), dist);
  // Valency.
  f(33, w(s0), s0vr);
  f(34, p(s0), s0vr);
  f(35, w(s0), s0vl);
  f(36, p(s0), s0vl);
  f(37, w(b0), b0vl);
  f(38, p(b0), b0vl);
  // Second order: head, leftmost and rightmost children.
  f(39, w(s0h));
  f(40, p(s0h));
  f(41, lab(s0));
  f(42, w(s0l));
  f(43, p(s0l));
  f(44, lab(s0l));
  f(45, w(s0r));
  f(46, p(s0r));
  f(47, lab(s0r));
  f(48, w(b0l));
  f(49, p(b0l));
  f(50, lab(b0l));
  // Third order.
  f(51, w(s0h2));
  f(52, p(s0h2));
  f(53, lab(s0h));
  f(54, w(s0l2));
  f(55, p(s0l2));
  f(56, lab(s0l2));
  f(57, w(s0r2));
  f(58, p(s0r2));
  f(59, lab(s0r2));
  f(60, w(b0l2));
  f(61, p(b0l2));
  f(62, lab(b0l2));
  f(63, p(s0), p(s0l), p(s0l2));
  f(64, p(s0), p(s0r), p(s0r2));
  f(65, p(s0), p(s0h), p(s0h2));
  f(66, p(b0), p(b0l), p(b0l2));
  // Relation sets.
  f(67, w(s0), s0sr);
  f(68, p(s0), s0sr);
  f(69, w(s0), s0sl);
  f(70, p(s0), s0sl);
  f(71, w(b0), b0sl);
  f(72, p(b0), b0sl);
  // The word below s0, and whether s0 has its head (what Reduce needs).
  f(73, p(s1), p(s0), p(b0));
  f(74, w(s1), p(s1));
  f(75, lab(s0), p(s0), p(b0));
  f(76, lab(s0), w(s0), w(b0));
}

}  // namespace crosswire::tag::parse
