// The compact WordNet table: its byte layout, shared by the writer
// (wordnet_build.cc, run at build time over Debian's files) and the reader
// (wordnet.cc, over the table embedded in the binary).
//
// Only what the library asks of WordNet is kept (docs/tagging.md): for each
// noun lemma of index.noun its class (first sense's lexicographer file, first
// instance sense's file, whether the first sense is that instance) and the
// number of its first sense; noun.exc's inflected forms with their base
// forms; and, for each first sense that is a group with members (WordNet's
// member meronyms, "%m"), the first senses it relates to as a counted noun;
// and which verb, adjective and adverb forms a word can be (no senses).
//
// Layout (integers little-endian, as the machine that builds and runs it;
// offsets from the start of the table, which is aligned to kPageBytes):
//
//   header       kHeaderWords uint32: magic, version, then the offset and
//                size of each section below
//   lemmas       a string table (below): IndexKey(lemma) -> uint32 packed
//                class (PackClass), for the lemmas a text is likely to ask
//                about: names (first sense an instance) and nouns with a
//                sense tagged in WordNet's semantic concordance
//                (tagsense_cnt > 0); 25,371 of WordNet's 117,798
//   cold lemmas  a string table of the other lemmas, the same way
//   cold filter  a blocked Bloom filter of the cold lemmas: uint32 block
//                count, then that many kBloomBlockBytes blocks; a key sets
//                kBloomBits bits of one block (BloomHash)
//   exceptions   a string table: inflected form -> its base forms that are
//                lemmas, joined by ' '
//   groups       uint32 count n, uint32 group[n] (first-sense numbers, sorted),
//                uint32 start[n + 1], uint32 related[start[n]] (each group's
//                sorted first-sense numbers)
//   other words  a string table: a lemma of index.verb, index.adj or
//                index.adv, or an inflected form of verb.exc, adj.exc or
//                adv.exc whose base form is such a lemma -> one byte, the
//                parts of speech it is a form of (the bits
//                WordNet::kVerb, kAdjective, kAdverb); suffix rules are applied when looking up
//
// A string table is: uint32 block_count, uint32 first_keys_bytes, uint32
// first_key_start[block_count + 1] (into the first-keys bytes that follow),
// the first keys, padding to kPageBytes, then block_count blocks of
// kPageBytes. A block is uint16 entry count n, uint16 entry_start[n] (from
// the block's start), then the entries, each uint8 key length, the key,
// uint8 value length, the value; keys sorted in byte order across blocks. A
// lookup binary-searches the first keys (10 KB for WordNet's 117,798 lemmas,
// shared by every lookup) and then one block: one page of its own. A lemma
// is looked for among the likely ones first; the rest, 2 MB, is searched
// only when the filter does not rule the key out, so the many keys that are
// no lemma ("marwan_kabalan", "sailo") touch neither, and a report's lookups
// touch a few of the table's 64 KB fault-around windows rather than most.

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace crosswire::wordnet::table {

inline constexpr uint32_t kMagic = 0x4E575743;  // "CWWN"
inline constexpr uint32_t kVersion = 5;
inline constexpr uint32_t kPageBytes = 4096;

// Header words.
enum HeaderWord : uint32_t {
  kMagicWord = 0,
  kVersionWord,
  kLemmasOffset,
  kLemmasBytes,
  kExceptionsOffset,
  kExceptionsBytes,
  kGroupsOffset,
  kGroupsBytes,
  kColdOffset,
  kColdBytes,
  kFilterOffset,
  kFilterBytes,
  kOtherWordsOffset,
  kOtherWordsBytes,
  kHeaderWords
};

// A lemma's packed value: bits 0-16 its first sense's number (kNoSense: the
// lemma has none), 17-22 the first sense's lexicographer file, 23-28 the
// first instance sense's file (kNoLexname: none), bit 29 whether the first
// sense is that instance, bit 30 whether its instance senses name both a
// person and a place ("Wellington": the duke and the towns), bit 31 whether
// the first sense writes the lemma in capitals (an initialism: "TV", "AIDS").
inline constexpr uint32_t kSenseBits = 17;
inline constexpr uint32_t kNoSense = (1u << kSenseBits) - 1;
inline constexpr uint32_t kNoLexname = 63;

inline constexpr uint32_t PackClass(uint32_t sense, uint32_t lexname, uint32_t instance_lexname,
                                    bool first_is_instance, bool person_and_place,
                                    bool initialism) {
  return sense | lexname << 17 | instance_lexname << 23 | (first_is_instance ? 1u : 0u) << 29 |
         (person_and_place ? 1u : 0u) << 30 | (initialism ? 1u : 0u) << 31;
}
inline constexpr uint32_t SenseOf(uint32_t v) { return v & kNoSense; }
inline constexpr uint32_t LexnameOf(uint32_t v) { return (v >> 17) & 63; }
inline constexpr uint32_t InstanceLexnameOf(uint32_t v) { return (v >> 23) & 63; }
inline constexpr bool FirstIsInstanceOf(uint32_t v) { return ((v >> 29) & 1) != 0; }
inline constexpr bool PersonAndPlaceOf(uint32_t v) { return ((v >> 30) & 1) != 0; }
inline constexpr bool InitialismOf(uint32_t v) { return ((v >> 31) & 1) != 0; }

// The key of a lemma as WordNet's index and this table store it: ASCII
// lower case, "_" for spaces (hyphens stay: "x-ray"). The writer and the
// reader must agree, so both call this one.
inline std::string IndexKey(std::string_view lemma) {
  std::string key(lemma);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ') c = '_';
  }
  return key;
}

// The cold filter: bits per key about 10 (under 1% false positives).
inline constexpr uint32_t kBloomBlockBytes = 64;
inline constexpr uint32_t kBloomBitsPerKey = 10;
inline constexpr uint32_t kBloomBits = 6;

// The filter's hash of a key: FNV-1a, then a 64-bit finaliser (splitmix64's).
inline uint64_t BloomHash(const char* key, size_t size) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < size; ++i) {
    h ^= static_cast<unsigned char>(key[i]);
    h *= 0x100000001b3ull;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

// The block of `h` among `blocks` (from its high half), and its k-th bit
// position in the block (0-511; 9-bit slices of the hash remixed).
inline uint32_t BloomBlock(uint64_t h, uint32_t blocks) {
  return static_cast<uint32_t>(((h >> 32) * blocks) >> 32);
}
inline uint32_t BloomBit(uint64_t h, uint32_t k) {
  return static_cast<uint32_t>(((h * 0x9E3779B97F4A7C15ull) >> (9 * k)) & 511);
}

}  // namespace crosswire::wordnet::table
