// Lookups in the compact WordNet table (wordnet_table.h).
//
// The table is written at build time by wordnet_build.cc from WordNet's own
// files and embedded in the library (wordnet_data.cc). A lemma is found by a
// binary search over the first keys of the table's 4 KiB blocks (shared by
// every lookup), then one over the block's entries: one page of its own.
// Morphology follows WordNet's morphy(), as before: the exception list
// first, then the noun suffix rules, keeping forms that are lemmas.
#include "crosswire/wordnet.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>

#include "wordnet_table.h"

// The table embedded by wordnet_data.cc (empty when the build has no WordNet).
extern "C" const char crosswire_wordnet_table_begin[];
extern "C" const char crosswire_wordnet_table_end[];

namespace crosswire::wordnet {
namespace {

constexpr std::array<std::string_view, kNumLexnames> kLexnames = {
    "adj.all",          "adj.pert",           "adv.all",
    "noun.Tops",        "noun.act",           "noun.animal",
    "noun.artifact",    "noun.attribute",     "noun.body",
    "noun.cognition",   "noun.communication", "noun.event",
    "noun.feeling",     "noun.food",          "noun.group",
    "noun.location",    "noun.motive",        "noun.object",
    "noun.person",      "noun.phenomenon",    "noun.plant",
    "noun.possession",  "noun.process",       "noun.quantity",
    "noun.relation",    "noun.shape",         "noun.state",
    "noun.substance",   "noun.time",          "verb.body",
    "verb.change",      "verb.cognition",     "verb.communication",
    "verb.competition", "verb.consumption",   "verb.contact",
    "verb.creation",    "verb.emotion",       "verb.motion",
    "verb.perception",  "verb.possession",    "verb.social",
    "verb.stative",     "verb.weather",       "adj.ppl"};

uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

uint16_t Load16(const char* p) {
  uint16_t v;
  std::memcpy(&v, p, 2);
  return v;
}

// One string table (wordnet_table.h), checked when the WordNet is made so
// that lookups need not check the top level again; entries inside a block are
// bounds-checked as they are read.
struct StringTable {
  std::string_view bytes;
  uint32_t blocks = 0;
  const char* first_key_starts = nullptr;  // uint32[blocks + 1]
  const char* first_keys = nullptr;
  const char* block_data = nullptr;

  std::string_view FirstKey(uint32_t b) const {
    const uint32_t from = Load32(first_key_starts + 4 * b);
    const uint32_t to = Load32(first_key_starts + 4 * (b + 1));
    return {first_keys + from, to - from};
  }

  std::optional<std::string_view> Find(std::string_view key) const {
    if (blocks == 0) return std::nullopt;
    // The last block whose first key is <= key.
    uint32_t lo = 0, hi = blocks;
    while (lo < hi) {
      const uint32_t mid = lo + (hi - lo) / 2;
      if (FirstKey(mid) <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == 0) return std::nullopt;
    const char* block = block_data + static_cast<size_t>(lo - 1) * table::kPageBytes;
    const uint32_t n = std::min<uint32_t>(Load16(block), (table::kPageBytes - 2) / 2);
    auto entry_key = [&](uint32_t i, size_t* after) -> std::string_view {
      const size_t at = Load16(block + 2 + 2 * i);
      if (at >= table::kPageBytes) return {};
      const size_t len = static_cast<unsigned char>(block[at]);
      if (at + 1 + len >= table::kPageBytes) return {};
      *after = at + 1 + len;
      return {block + at + 1, len};
    };
    uint32_t l = 0, h = n;
    while (l < h) {
      const uint32_t mid = l + (h - l) / 2;
      size_t after = 0;
      const std::string_view k = entry_key(mid, &after);
      const int cmp = k.compare(key);
      if (cmp == 0) {
        const size_t len = static_cast<unsigned char>(block[after]);
        if (after + 1 + len > table::kPageBytes) return std::nullopt;
        return std::string_view(block + after + 1, len);
      }
      if (cmp < 0) {
        l = mid + 1;
      } else {
        h = mid;
      }
    }
    return std::nullopt;
  }
};

Result<StringTable> ReadStringTable(std::string_view table, uint32_t offset, uint32_t size,
                                    const char* what) {
  auto bad = [&](const std::string& why) {
    return DataLoss(std::string("wordnet table: ") + what + ": " + why);
  };
  if (offset > table.size() || size > table.size() - offset || size < 8) {
    return bad("section outside the table");
  }
  StringTable t;
  t.bytes = table.substr(offset, size);
  t.blocks = Load32(t.bytes.data());
  const uint64_t key_bytes = Load32(t.bytes.data() + 4);
  const uint64_t head = 8 + 4 * (uint64_t{t.blocks} + 1) + key_bytes;
  const uint64_t blocks_at = (head + table::kPageBytes - 1) / table::kPageBytes * table::kPageBytes;
  if (blocks_at + uint64_t{t.blocks} * table::kPageBytes != size) {
    return bad("sizes do not add up");
  }
  t.first_key_starts = t.bytes.data() + 8;
  t.first_keys = t.first_key_starts + 4 * (t.blocks + 1);
  t.block_data = t.bytes.data() + blocks_at;
  uint32_t previous = 0;
  for (uint32_t b = 0; b <= t.blocks; ++b) {
    const uint32_t at = Load32(t.first_key_starts + 4 * b);
    if (at < previous || at > key_bytes) return bad("first keys out of order");
    previous = at;
  }
  return t;
}

}  // namespace

std::string_view LexnameName(uint8_t lexname) {
  return lexname < kLexnames.size() ? kLexnames[lexname] : std::string_view{};
}

struct WordNet::Sections {
  std::string_view table;
  StringTable lemmas, cold, exceptions, other_words;
  uint32_t filter_blocks = 0;
  const char* filter = nullptr;  // filter_blocks blocks of kBloomBlockBytes

  // Whether `key` may be a cold lemma (false: it is surely not one).
  bool MayBeCold(std::string_view key) const {
    const uint64_t h = table::BloomHash(key.data(), key.size());
    const char* block =
        filter + size_t{table::BloomBlock(h, filter_blocks)} * table::kBloomBlockBytes;
    for (uint32_t k = 0; k < table::kBloomBits; ++k) {
      const uint32_t bit = table::BloomBit(h, k);
      if ((static_cast<unsigned char>(block[bit / 8]) & (1u << (bit % 8))) == 0) return false;
    }
    return true;
  }
  uint32_t groups = 0;
  const char* group_ids = nullptr;  // uint32[groups], sorted
  const char* starts = nullptr;     // uint32[groups + 1]
  const char* related = nullptr;    // uint32[starts[groups]]
};

Result<WordNet> WordNet::FromTable(std::string_view table) {
  auto bad = [](const std::string& why) { return DataLoss("wordnet table: " + why); };
  if (table.size() < table::kHeaderWords * 4) return bad("shorter than its header");
  uint32_t header[table::kHeaderWords];
  std::memcpy(header, table.data(), sizeof header);
  if (header[table::kMagicWord] != table::kMagic) return bad("not a WordNet table (magic)");
  if (header[table::kVersionWord] != table::kVersion) {
    return bad("version " + std::to_string(header[table::kVersionWord]) + ", expected " +
               std::to_string(table::kVersion));
  }
  auto s = std::make_shared<Sections>();
  s->table = table;
  auto lemmas =
      ReadStringTable(table, header[table::kLemmasOffset], header[table::kLemmasBytes], "lemmas");
  if (!lemmas) return std::unexpected(lemmas.error());
  s->lemmas = *lemmas;
  auto exceptions = ReadStringTable(table, header[table::kExceptionsOffset],
                                    header[table::kExceptionsBytes], "exceptions");
  if (!exceptions) return std::unexpected(exceptions.error());
  s->exceptions = *exceptions;
  auto cold =
      ReadStringTable(table, header[table::kColdOffset], header[table::kColdBytes], "cold lemmas");
  if (!cold) return std::unexpected(cold.error());
  s->cold = *cold;
  auto other_words = ReadStringTable(table, header[table::kOtherWordsOffset],
                                     header[table::kOtherWordsBytes], "other words");
  if (!other_words) return std::unexpected(other_words.error());
  s->other_words = *other_words;
  {
    const uint64_t at = header[table::kFilterOffset], bytes = header[table::kFilterBytes];
    if (at > table.size() || bytes > table.size() - at || bytes < 4) {
      return bad("filter: section outside the table");
    }
    s->filter_blocks = Load32(table.data() + at);
    if (s->filter_blocks == 0 ||
        4 + uint64_t{s->filter_blocks} * table::kBloomBlockBytes != bytes) {
      return bad("filter: sizes do not add up");
    }
    s->filter = table.data() + at + 4;
  }
  const uint64_t offset = header[table::kGroupsOffset], size = header[table::kGroupsBytes];
  if (offset > table.size() || size > table.size() - offset || size < 8) {
    return bad("groups: section outside the table");
  }
  const char* g = table.data() + offset;
  s->groups = Load32(g);
  const uint64_t n = s->groups;
  if (8 + 8 * n > size) return bad("groups: sizes do not add up");
  s->group_ids = g + 4;
  s->starts = s->group_ids + 4 * n;
  s->related = s->starts + 4 * (n + 1);
  if (Load32(s->starts) != 0 || 8 + 8 * n + 4 * uint64_t{Load32(s->starts + 4 * n)} != size) {
    return bad("groups: sizes do not add up");
  }
  for (uint64_t i = 0; i < n; ++i) {
    if (Load32(s->starts + 4 * (i + 1)) < Load32(s->starts + 4 * i)) {
      return bad("groups: starts out of order");
    }
  }
  return WordNet(std::move(s));
}

const WordNet* WordNet::Installed() {
  static const std::optional<WordNet> installed = []() -> std::optional<WordNet> {
    const char* env = std::getenv("CROSSWIRE_WORDNET");
    if (env != nullptr && *env == '\0') return std::nullopt;
    const std::string_view table(
        crosswire_wordnet_table_begin,
        static_cast<size_t>(crosswire_wordnet_table_end - crosswire_wordnet_table_begin));
    if (table.empty()) return std::nullopt;
    auto wn = FromTable(table);
    if (!wn) return std::nullopt;
    return std::move(*wn);
  }();
  return installed ? &*installed : nullptr;
}

std::optional<std::string_view> WordNet::Find(bool exceptions, std::string_view key) const {
  const Sections& s = *sections_;
  if (exceptions) return s.exceptions.Find(key);
  if (auto v = s.lemmas.Find(key)) return v;
  if (!s.MayBeCold(key)) return std::nullopt;
  return s.cold.Find(key);
}

std::optional<uint32_t> WordNet::LemmaValue(std::string_view key) const {
  const std::optional<std::string_view> v = Find(false, key);
  if (!v || v->size() != 4) return std::nullopt;
  return Load32(v->data());
}

bool WordNet::HasNoun(std::string_view lemma) const {
  return !lemma.empty() && Find(false, table::IndexKey(lemma)).has_value();
}

bool WordNet::GroupRelates(uint32_t group, uint32_t member) const {
  const Sections& s = *sections_;
  uint32_t lo = 0, hi = s.groups;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    const uint32_t g = Load32(s.group_ids + 4 * mid);
    if (g == group) {
      uint32_t a = Load32(s.starts + 4 * mid), b = Load32(s.starts + 4 * (mid + 1));
      while (a < b) {
        const uint32_t m = a + (b - a) / 2;
        const uint32_t r = Load32(s.related + 4 * static_cast<size_t>(m));
        if (r == member) return true;
        if (r < member) {
          a = m + 1;
        } else {
          b = m;
        }
      }
      return false;
    }
    if (g < group) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return false;
}

std::vector<std::string> WordNet::BaseForms(std::string_view word) const {
  std::vector<std::string> out;
  const std::string key = table::IndexKey(word);
  auto add = [&](std::string form) {
    if (form.empty() || std::find(out.begin(), out.end(), form) != out.end()) return;
    if (Find(false, form)) out.push_back(std::move(form));
  };
  // noun.exc: the inflected form's base forms that are lemmas, joined by ' '.
  if (!key.empty()) {
    if (const std::optional<std::string_view> bases = Find(true, key)) {
      std::string_view rest = *bases;
      while (!rest.empty()) {
        const size_t space = rest.find(' ');
        add(std::string(rest.substr(0, space)));
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
      }
    }
  }
  add(key);
  static constexpr std::pair<std::string_view, std::string_view> kRules[] = {
      {"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
      {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
  if (key.ends_with("ss")) return out;  // "glass" is no plural
  for (auto [suffix, base] : kRules) {
    if (key.size() > suffix.size() && key.ends_with(suffix)) {
      add(key.substr(0, key.size() - suffix.size()) + std::string(base));
    }
  }
  return out;
}

uint8_t WordNet::OtherPartsOfSpeech(std::string_view word) const {
  const std::string key = table::IndexKey(word);
  if (key.empty()) return 0;
  const StringTable& words = sections_->other_words;
  auto bits_of = [&](const std::string& form) -> uint8_t {
    const std::optional<std::string_view> v = words.Find(form);
    return v && v->size() == 1 ? static_cast<uint8_t>((*v)[0]) : 0;
  };
  uint8_t bits = bits_of(key);
  // morphy's suffix rules (WordNet's morph.c): a base form counts for the
  // part of speech whose rule made it.
  static constexpr std::pair<std::string_view, std::string_view> kVerbRules[] = {
      {"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
      {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
  static constexpr std::pair<std::string_view, std::string_view> kAdjectiveRules[] = {
      {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
  // Unlike morphy, a base of one short syllable ("jar", "ban": one vowel,
  // then one consonant) is not read in a form that keeps its last consonant
  // single ("Jared", "Baning"): English doubles it ("jarred", "banning";
  // found by the doubled-consonant rule below or the exception lists).
  auto short_syllable = [](std::string_view base) {
    auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
    const size_t n = base.size();
    if (n < 2 || std::count_if(base.begin(), base.end(), vowel) != 1) return false;
    return vowel(base[n - 2]) && !vowel(base[n - 1]) && base[n - 1] != 'w' && base[n - 1] != 'x' &&
           base[n - 1] != 'y';
  };
  auto apply = [&](const auto& rules, uint8_t bit) {
    for (auto [suffix, base] : rules) {
      if (key.size() > suffix.size() && key.ends_with(suffix)) {
        const std::string stem = key.substr(0, key.size() - suffix.size()) + std::string(base);
        const bool single_after_short =
            base.empty() && (suffix == "ed" || suffix == "ing") && short_syllable(stem);
        if (!single_after_short) bits |= bits_of(stem) & bit;
      }
    }
  };
  // "skipped", "banning": the doubled consonant of a short syllable.
  for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
    const size_t n = key.size();
    if (n > suffix.size() + 3 && key.ends_with(suffix) &&
        key[n - suffix.size() - 1] == key[n - suffix.size() - 2]) {
      const std::string stem = key.substr(0, n - suffix.size() - 1);
      if (short_syllable(stem)) bits |= bits_of(stem) & kVerb;
    }
  }
  apply(kVerbRules, kVerb);
  apply(kAdjectiveRules, kAdjective);
  return bits;
}

NounClass ClassOfName(const WordNet& wn, std::string_view name) {
  NounClass c;
  if (name.empty()) return c;
  const std::optional<uint32_t> v = wn.LemmaValue(table::IndexKey(name));
  if (!v) return c;
  if (table::LexnameOf(*v) != table::kNoLexname) {
    c.lexname = static_cast<uint8_t>(table::LexnameOf(*v));
  }
  if (table::InstanceLexnameOf(*v) != table::kNoLexname) {
    c.instance_lexname = static_cast<uint8_t>(table::InstanceLexnameOf(*v));
  }
  c.first_is_instance = table::FirstIsInstanceOf(*v);
  c.person_and_place = table::PersonAndPlaceOf(*v);
  c.initialism = table::InitialismOf(*v);
  return c;
}

NounClass ClassOfNoun(const WordNet& wn, std::string_view word) {
  for (const std::string& base : wn.BaseForms(word)) {
    const NounClass c = ClassOfName(wn, base);
    if (c.found()) return c;
  }
  return {};
}

bool CountedNounsRelated(const WordNet& wn, std::string_view a, std::string_view b) {
  // The first sense of the first base form that has senses.
  auto first_sense = [&](std::string_view word) -> std::optional<uint32_t> {
    for (const std::string& base : wn.BaseForms(word)) {
      const std::optional<uint32_t> v = wn.LemmaValue(base);
      if (v && table::SenseOf(*v) != table::kNoSense) return table::SenseOf(*v);
    }
    return std::nullopt;
  };
  const std::optional<uint32_t> x = first_sense(a);
  if (!x) return false;
  const std::optional<uint32_t> y = first_sense(b);
  if (!y) return false;
  return *x == *y || wn.GroupRelates(*x, *y) || wn.GroupRelates(*y, *x);
}

}  // namespace crosswire::wordnet
