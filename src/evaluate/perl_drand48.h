// Perl's rand() since 5.20: its own drand48, identical on every platform.
//
// ROUGE-1.5.5 seeds Perl's generator with `srand($i)` before bootstrap
// resample i and draws indices with `int(rand(N))`. Perl (util.c,
// Perl_drand48_init_r / Perl_drand48_r) implements FreeBSD's drand48: a
// 48-bit linear congruential generator x' = (a*x + c) mod 2^48 with
// a = 0x5DEECE66D and c = 0xB, seeded as x = (seed << 16) + 0x330E, returning
// x' / 2^48. rand(N) multiplies that double by N. Reproducing it bit for bit
// makes our bootstrap averages and intervals equal to the Perl script's.
#pragma once

#include <cmath>
#include <cstdint>

namespace crosswire::rouge {

class PerlDrand48 {
 public:
  // Same as Perl's srand(seed).
  explicit PerlDrand48(uint64_t seed) : state_(((seed << 16) + 0x330E) & kMask) {}

  // Same as Perl's rand(): a double in [0, 1).
  double Next() {
    state_ = (kA * state_ + kC) & kMask;
    // Scaling by 2^-48 is exact, so this equals Perl's ldexp(x, -48).
    return static_cast<double>(state_) * 0x1p-48;
  }

  // Same as Perl's int(rand(n)) for n > 0.
  uint64_t NextIndex(uint64_t n) { return static_cast<uint64_t>(static_cast<double>(n) * Next()); }

 private:
  static constexpr uint64_t kA = 0x5DEECE66DULL;
  static constexpr uint64_t kC = 0xB;
  static constexpr uint64_t kMask = (uint64_t{1} << 48) - 1;
  uint64_t state_;
};

}  // namespace crosswire::rouge
