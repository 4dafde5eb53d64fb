// tag/parse_state.h — the arc-eager transition system and the parser's
// feature templates, shared by training and parsing. Internal to the tag
// module.
//
// Model file, integers little-endian:
//   "CWPARS\x01\0"    8 bytes
//   one table in the layout of templates.h, whose labels are the
//   transitions: "SH" (shift), "RE" (reduce), then "L:<relation>" (left arc)
//   and "R:<relation>" (right arc) for every relation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosswire::tag::parse {

inline constexpr std::string_view kParseMagic{"CWPARS\x01\0", 8};

enum Kind : uint8_t { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };

inline constexpr int kNone = -1;
inline constexpr uint8_t kNoRelation = 0xFF;

// Per-sentence hashes of each node's word (lower case) and tag. Node 0 is the
// artificial root; word i (0-based) is node i + 1.
struct Tokens {
  std::vector<uint64_t> word, pos;
};
Tokens HashTokens(std::span<const std::string_view> words, std::span<const std::string_view> pos);

// A parser configuration: stack, buffer front and the arcs built so far with
// what the features read of them (leftmost and rightmost children, valency,
// label sets), kept up to date by the transitions.
class State {
 public:
  explicit State(size_t words);

  size_t words() const { return n_; }
  bool Done() const { return b_ > n_; }
  int S0() const { return stack_.empty() ? kNone : stack_.back(); }
  int B0() const { return b_ <= n_ ? static_cast<int>(b_) : kNone; }
  const std::vector<int>& stack() const { return stack_; }
  size_t buffer() const { return b_; }
  int head(int node) const { return head_[node]; }
  uint8_t relation(int node) const { return rel_[node]; }
  bool root_taken() const { return root_taken_; }

  // Whether the transition may apply; `relation` is that of an arc, `root`
  // the index of "root" (a right arc from the root node takes it, no other).
  bool Valid(Kind kind, uint8_t relation, uint8_t root) const;
  void Apply(Kind kind, uint8_t relation, uint8_t root);

  // Feature hashes of this configuration (never 0).
  void Features(const Tokens& t, std::vector<uint32_t>* out) const;

 private:
  void AddArc(int head, int dep, uint8_t relation);

  size_t n_;
  std::vector<int> stack_;
  size_t b_ = 1;
  bool root_taken_ = false;
  std::vector<int> head_;
  std::vector<uint8_t> rel_;
  std::vector<int> l1_, l2_, r1_, r2_;  // leftmost, second leftmost, ... children
  std::vector<uint8_t> lval_, rval_;    // number of left and right children
  std::vector<uint64_t> lset_, rset_;   // relations of left and right children (bits)
};

}  // namespace crosswire::tag::parse
