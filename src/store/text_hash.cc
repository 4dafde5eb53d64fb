// NormalizedTextHash: 128 bits over the text with whitespace runs folded.
//
// Two 64-bit lanes run over the same normalised bytes: FNV-1a, and a
// multiply-rotate lane with a different prime and offset, each finished with
// the splitmix64 finaliser (which spreads every input bit over the output)
// mixed with the normalised length. Two lanes that share no state make an
// accidental collision between distinct texts about 2^-128 per pair in the
// ideal case — far below anything a store of millions of articles meets. It
// is not a defence against a chosen collision; nothing here needs one (a
// forged duplicate only hides the forger's own article).
#include <fmt/format.h>

#include "crosswire/store.h"
#include "crosswire/text.h"

namespace crosswire::store {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
constexpr uint64_t kLaneOffset = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kLanePrime = 0xff51afd7ed558ccdULL;

uint64_t Finish(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

std::string NormalizedTextHash(std::string_view text) {
  uint64_t a = kFnvOffset;
  uint64_t b = kLaneOffset;
  uint64_t length = 0;
  auto add = [&](unsigned char c) {
    a = (a ^ c) * kFnvPrime;
    b = ((b ^ c) * kLanePrime);
    b = (b << 23) | (b >> 41);
    ++length;
  };
  bool pending_space = false;
  for (char c : text) {
    if (text::IsAsciiSpace(c)) {
      pending_space = length > 0;
      continue;
    }
    if (pending_space) add(' ');
    pending_space = false;
    add(static_cast<unsigned char>(c));
  }
  return fmt::format("{:016x}{:016x}", Finish(a ^ length), Finish(b + length * kFnvPrime));
}

}  // namespace crosswire::store
