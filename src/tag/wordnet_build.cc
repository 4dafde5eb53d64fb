// Reading WordNet's noun files and writing the compact table.
//
// The format read is WordNet 3.0's (wndb(5WN)): index.noun has one line per
// lemma, sorted by lemma in byte order, "lemma pos synset_cnt p_cnt [ptr...]
// sense_cnt tagsense_cnt offset..." with the offsets most frequent sense
// first; data.noun has one line per synset starting at the byte offset that
// is its id, "offset lex_filenum n w_cnt(2 hex) word lex_id ... p_cnt(3)
// [symbol offset pos source/target]... | gloss". Both open with a licence
// whose lines start with two spaces, which sort before every lemma.
//
// Everything the table holds is computed here the way the run-time reader
// used to compute it from these files on each lookup (WordNet's bin_search()
// over the mapped index, then the synset lines), so a lookup in the table
// answers what a lookup in the files did: a lemma is kept only if a binary
// search of the index finds its line, and a noun.exc line only if a search
// of noun.exc finds it; the relations of counted nouns are closed here over
// first senses (wordnet.h, CountedNounsRelated).
#include "wordnet_build.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "crosswire/wordnet.h"
#include "wordnet_table.h"

namespace crosswire::wordnet {
namespace {

constexpr uint32_t kNumLexnames = 45;

// A read-only mapping of one file.
class Mapped {
 public:
  Mapped() = default;
  Mapped(const Mapped&) = delete;
  Mapped& operator=(const Mapped&) = delete;
  ~Mapped() {
    if (data_ != nullptr) munmap(const_cast<char*>(data_), size_);
  }
  Result<bool> Open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NotFound("wordnet: cannot open " + path);
    struct stat st {};
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
      ::close(fd);
      return DataLoss("wordnet: " + path + " is empty or unreadable");
    }
    void* p = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) return DataLoss("wordnet: cannot map " + path);
    data_ = static_cast<const char*>(p);
    size_ = static_cast<size_t>(st.st_size);
    return true;
  }
  std::string_view view() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// The line of the sorted file `text` whose first field is `key`, by binary
// search over byte positions (each probe moves to the next line start).
std::string_view FindLine(std::string_view text, std::string_view key) {
  size_t lo = 0, hi = text.size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    size_t start = text.rfind('\n', mid);
    start = start == std::string_view::npos ? 0 : start + 1;
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::string_view field = line.substr(0, line.find(' '));
    const int cmp = line.starts_with("  ") ? -1 : field.compare(key);
    if (cmp == 0) return line;
    if (cmp < 0) {
      lo = end + 1;
    } else {
      hi = start;
    }
  }
  return {};
}

// Splits off the next space-separated field of `*s`.
std::string_view NextField(std::string_view* s) {
  size_t b = 0;
  while (b < s->size() && (*s)[b] == ' ') ++b;
  size_t e = b;
  while (e < s->size() && (*s)[e] != ' ' && (*s)[e] != '\n') ++e;
  const std::string_view f = s->substr(b, e - b);
  s->remove_prefix(e);
  return f;
}

// Calls `f` with each line of a WordNet file that is an entry: not empty and
// not a licence line (those start with two spaces).
template <typename F>
void ForEachEntry(std::string_view text, F&& f) {
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && !line.starts_with("  ")) f(line);
  }
}

uint32_t ParseUnsigned(std::string_view f, int base) {
  uint32_t v = 0;
  for (char c : f) {
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (base == 16 && c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else {
      return 0;
    }
    v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
  }
  return v;
}

// The sense offsets of an index.noun line, most frequent first.
std::vector<uint32_t> SensesOfLine(std::string_view line) {
  std::vector<uint32_t> out;
  NextField(&line);  // lemma
  NextField(&line);  // pos
  const uint32_t synsets = ParseUnsigned(NextField(&line), 10);
  const uint32_t pointers = ParseUnsigned(NextField(&line), 10);
  for (uint32_t k = 0; k < pointers; ++k) NextField(&line);
  NextField(&line);  // sense_cnt
  NextField(&line);  // tagsense_cnt
  for (uint32_t k = 0; k < synsets; ++k) {
    const std::string_view f = NextField(&line);
    if (f.empty()) break;
    out.push_back(ParseUnsigned(f, 10));
  }
  return out;
}

// The tagsense_cnt of an index.noun line: how many of its senses are tagged
// in WordNet's semantic concordance (a sign of a frequent noun).
uint32_t TaggedSenses(std::string_view line) {
  NextField(&line);  // lemma
  NextField(&line);  // pos
  NextField(&line);  // synset_cnt
  const uint32_t pointers = ParseUnsigned(NextField(&line), 10);
  for (uint32_t k = 0; k < pointers; ++k) NextField(&line);
  NextField(&line);  // sense_cnt
  return ParseUnsigned(NextField(&line), 10);
}

// The data.noun line at `offset`, empty when none starts there.
std::string_view DataLine(std::string_view data, uint32_t offset) {
  if (offset >= data.size() || (offset > 0 && data[offset - 1] != '\n')) return {};
  std::string_view line = data.substr(offset);
  line = line.substr(0, line.find('\n'));
  std::string_view probe = line;
  if (ParseUnsigned(NextField(&probe), 10) != offset) return {};
  return line;
}

// One synset of data.noun: its file, its words as index keys, its pointers
// to noun synsets.
struct Synset {
  uint32_t lexname = 0xFF;
  bool instance = false;  // a proper name: has an instance hypernym, "@i"
  std::vector<std::string> words;
  // The keys of `words` written in capitals: initialisms ("TV", "AIDS",
  // "D.A."), not a lemma that is also a lower-case word ("gm", "swat").
  std::vector<std::string> initialisms;
  std::vector<std::pair<std::string_view, uint32_t>> pointers;  // (symbol, offset)
};

// Whether a word of a synset is written in capitals: two letters or more,
// none in lower case ("TV", "D.A.", "HDTV").
bool WrittenInCapitals(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::optional<Synset> ReadSynset(std::string_view data, uint32_t offset) {
  std::string_view line = DataLine(data, offset);
  if (line.empty()) return std::nullopt;
  Synset s;
  // An instance has an instance hypernym among the pointers, which come
  // before the gloss.
  s.instance = line.substr(0, line.find(" | ")).find(" @i ") != std::string_view::npos;
  NextField(&line);
  const uint32_t lex = ParseUnsigned(NextField(&line), 10);
  s.lexname = lex < kNumLexnames ? lex : 0xFF;
  NextField(&line);  // ss_type
  const uint32_t words = ParseUnsigned(NextField(&line), 16);
  for (uint32_t k = 0; k < words; ++k) {
    const std::string_view word = NextField(&line);
    s.words.push_back(table::IndexKey(word));
    if (WrittenInCapitals(word)) s.initialisms.push_back(s.words.back());
    NextField(&line);  // lex_id
  }
  const uint32_t pointers = ParseUnsigned(NextField(&line), 10);
  for (uint32_t k = 0; k < pointers; ++k) {
    const std::string_view symbol = NextField(&line);
    const uint32_t target = ParseUnsigned(NextField(&line), 10);
    const std::string_view pos = NextField(&line);
    NextField(&line);  // source/target
    if (pos == "n") s.pointers.emplace_back(symbol, target);
  }
  return s;
}

void Put32(std::string* out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out->append(b, 4);
}

void PadTo(std::string* out, size_t alignment) {
  out->append((alignment - out->size() % alignment) % alignment, '\0');
}

// Writes a string table (wordnet_table.h) of `entries`, sorted by key.
Result<std::string> StringTable(const std::vector<std::pair<std::string, std::string>>& entries) {
  using table::kPageBytes;
  std::vector<std::string> blocks;
  std::vector<std::string> first_keys;
  std::vector<uint16_t> starts;
  std::string body;
  auto flush = [&] {
    if (starts.empty()) return;
    std::string block;
    const uint16_t n = static_cast<uint16_t>(starts.size());
    block.append(reinterpret_cast<const char*>(&n), 2);
    const size_t head = 2 + 2 * starts.size();
    for (uint16_t s : starts) {
      const uint16_t at = static_cast<uint16_t>(s + head);
      block.append(reinterpret_cast<const char*>(&at), 2);
    }
    block += body;
    block.resize(kPageBytes, '\0');
    blocks.push_back(std::move(block));
    starts.clear();
    body.clear();
  };
  for (const auto& [key, value] : entries) {
    if (key.empty() || key.size() > 255 || value.size() > 255) {
      return DataLoss("wordnet: key or value too long for the table: \"" + key.substr(0, 40) +
                      "\"");
    }
    const size_t entry = 2 + key.size() + value.size();
    if (2 + 2 * (starts.size() + 1) + body.size() + entry > kPageBytes) flush();
    if (starts.empty()) first_keys.push_back(key);
    starts.push_back(static_cast<uint16_t>(body.size()));
    body += static_cast<char>(key.size());
    body += key;
    body += static_cast<char>(value.size());
    body += value;
  }
  flush();
  std::string out;
  Put32(&out, static_cast<uint32_t>(blocks.size()));
  size_t key_bytes = 0;
  for (const std::string& k : first_keys) key_bytes += k.size();
  Put32(&out, static_cast<uint32_t>(key_bytes));
  uint32_t at = 0;
  for (const std::string& k : first_keys) {
    Put32(&out, at);
    at += static_cast<uint32_t>(k.size());
  }
  Put32(&out, at);
  for (const std::string& k : first_keys) out += k;
  PadTo(&out, kPageBytes);
  for (const std::string& b : blocks) out += b;
  return out;
}

}  // namespace

Result<std::string> BuildTable(const std::string& dir, TableStats* stats) {
  Mapped index, data, exc;
  for (auto [name, mapped] : {std::pair{"index.noun", &index}, std::pair{"data.noun", &data},
                              std::pair{"noun.exc", &exc}}) {
    auto opened = mapped->Open(dir + "/" + name);
    if (!opened) return std::unexpected(opened.error());
  }
  TableStats st;

  // Lemmas: the lines a binary search finds, with their senses.
  struct Lemma {
    std::string key;
    std::vector<uint32_t> senses;
    bool tagged = false;  // a sense tagged in the semantic concordance
  };
  std::vector<Lemma> lemmas;
  const std::string_view index_text = index.view();
  ForEachEntry(index_text, [&](std::string_view line) {
    const std::string_view key = line.substr(0, line.find(' '));
    if (FindLine(index_text, key).data() != line.data()) {
      ++st.lemmas_unfound;
      return;
    }
    lemmas.push_back({std::string(key), SensesOfLine(line), TaggedSenses(line) > 0});
  });

  // First senses, numbered in the order of their offsets.
  std::vector<uint32_t> first_offsets;
  for (const Lemma& l : lemmas) {
    if (!l.senses.empty()) first_offsets.push_back(l.senses.front());
  }
  std::sort(first_offsets.begin(), first_offsets.end());
  first_offsets.erase(std::unique(first_offsets.begin(), first_offsets.end()), first_offsets.end());
  if (first_offsets.size() >= table::kNoSense) {
    return DataLoss("wordnet: too many first senses for the table in " + dir);
  }
  auto number = [&](uint32_t offset) {
    return static_cast<uint32_t>(
        std::lower_bound(first_offsets.begin(), first_offsets.end(), offset) -
        first_offsets.begin());
  };
  std::unordered_map<uint32_t, std::optional<Synset>> synsets;
  auto synset = [&](uint32_t offset) -> const std::optional<Synset>& {
    auto it = synsets.find(offset);
    if (it == synsets.end()) it = synsets.emplace(offset, ReadSynset(data.view(), offset)).first;
    return it->second;
  };

  // Each lemma's class: the first sense whose file is known gives the file;
  // the first instance sense gives the instance file, and whether the first
  // sense is it.
  std::vector<std::pair<std::string, std::string>> lemma_entries, cold_entries;
  for (const Lemma& l : lemmas) {
    uint32_t lexname = table::kNoLexname, instance_lexname = table::kNoLexname;
    bool first_is_instance = false, instance_person = false, instance_place = false;
    for (uint32_t offset : l.senses) {
      const std::optional<Synset>& s = synset(offset);
      if (!s || s->lexname == 0xFF) continue;
      if (lexname == table::kNoLexname) lexname = s->lexname;
      if (!s->instance) continue;
      if (instance_lexname == table::kNoLexname) {
        instance_lexname = s->lexname;
        first_is_instance = offset == l.senses.front();
      }
      instance_person |= s->lexname == kNounPerson;
      instance_place |= s->lexname == kNounLocation || s->lexname == kNounObject;
    }
    const uint32_t sense = l.senses.empty() ? table::kNoSense : number(l.senses.front());
    bool initialism = false;
    if (!l.senses.empty()) {
      if (const std::optional<Synset>& s = synset(l.senses.front())) {
        initialism =
            std::find(s->initialisms.begin(), s->initialisms.end(), l.key) != s->initialisms.end();
      }
    }
    const uint32_t v = table::PackClass(sense, lexname, instance_lexname, first_is_instance,
                                        instance_person && instance_place, initialism);
    // Likely in a text: names, and nouns frequent enough to be tagged.
    const bool likely = l.tagged || first_is_instance;
    (likely ? lemma_entries : cold_entries)
        .emplace_back(l.key, std::string(reinterpret_cast<const char*>(&v), 4));
  }
  std::sort(lemma_entries.begin(), lemma_entries.end());
  std::sort(cold_entries.begin(), cold_entries.end());
  st.lemmas = lemma_entries.size() + cold_entries.size();
  st.likely_lemmas = lemma_entries.size();
  st.first_senses = first_offsets.size();

  // noun.exc: each form a search finds, with its base forms that are lemmas.
  std::vector<std::pair<std::string, std::string>> exc_entries;
  const std::string_view exc_text = exc.view();
  ForEachEntry(exc_text, [&](std::string_view line) {
    const std::string_view key = line.substr(0, line.find(' '));
    if (FindLine(exc_text, key).data() != line.data()) return;
    NextField(&line);
    std::vector<std::string_view> bases;
    for (std::string_view f = NextField(&line); !f.empty(); f = NextField(&line)) {
      if (std::find(bases.begin(), bases.end(), f) != bases.end()) continue;
      if (FindLine(index_text, f).empty()) continue;
      bases.push_back(f);
    }
    if (bases.empty()) return;
    std::string value;
    for (std::string_view b : bases) value += (value.empty() ? "" : " ") + std::string(b);
    exc_entries.emplace_back(std::string(key), std::move(value));
  });
  std::sort(exc_entries.begin(), exc_entries.end());
  st.exceptions = exc_entries.size();

  // Groups: a first sense g relates to a first sense m when one of g's
  // members ("%m") is m or shares a word with m. Members are read as
  // synsets, and one that cannot be read relates to nothing.
  std::unordered_map<std::string, std::vector<uint32_t>> firsts_with_word;
  for (uint32_t offset : first_offsets) {
    const std::optional<Synset>& s = synset(offset);
    if (!s) continue;
    for (const std::string& w : s->words) firsts_with_word[w].push_back(number(offset));
  }
  std::vector<uint32_t> groups, starts, related;
  for (uint32_t offset : first_offsets) {
    const std::optional<Synset> g = synset(offset);
    if (!g) continue;
    std::vector<uint32_t> rel;
    for (const auto& [symbol, member] : g->pointers) {
      if (symbol != "%m") continue;
      const std::optional<Synset> ms = synset(member);
      if (!ms) continue;
      if (std::binary_search(first_offsets.begin(), first_offsets.end(), member)) {
        rel.push_back(number(member));
      }
      for (const std::string& w : ms->words) {
        auto it = firsts_with_word.find(w);
        if (it != firsts_with_word.end())
          rel.insert(rel.end(), it->second.begin(), it->second.end());
      }
    }
    if (rel.empty()) continue;
    std::sort(rel.begin(), rel.end());
    rel.erase(std::unique(rel.begin(), rel.end()), rel.end());
    groups.push_back(number(offset));
    starts.push_back(static_cast<uint32_t>(related.size()));
    related.insert(related.end(), rel.begin(), rel.end());
  }
  starts.push_back(static_cast<uint32_t>(related.size()));
  st.groups = groups.size();
  st.related = related.size();

  // The table.
  auto lemma_table = StringTable(lemma_entries);
  if (!lemma_table) return std::unexpected(lemma_table.error());
  auto exc_table = StringTable(exc_entries);
  if (!exc_table) return std::unexpected(exc_table.error());
  auto cold_table = StringTable(cold_entries);
  if (!cold_table) return std::unexpected(cold_table.error());
  // The cold lemmas' filter.
  const uint32_t filter_blocks = std::max<uint32_t>(
      1, static_cast<uint32_t>((cold_entries.size() * table::kBloomBitsPerKey + 511) / 512));
  std::string filter;
  Put32(&filter, filter_blocks);
  const size_t filter_bits = filter.size();
  filter.resize(filter_bits + size_t{filter_blocks} * table::kBloomBlockBytes, '\0');
  for (const auto& [key, value] : cold_entries) {
    const uint64_t h = table::BloomHash(key.data(), key.size());
    char* block = filter.data() + filter_bits +
                  size_t{table::BloomBlock(h, filter_blocks)} * table::kBloomBlockBytes;
    for (uint32_t k = 0; k < table::kBloomBits; ++k) {
      const uint32_t bit = table::BloomBit(h, k);
      block[bit / 8] = static_cast<char>(block[bit / 8] | (1 << (bit % 8)));
    }
  }
  // Other words: the lemmas of the verb, adjective and adverb indexes, and
  // their exception lists' forms whose base form is a lemma of that index,
  // each with the parts of speech it is a form of. A missing file adds
  // nothing (the test fixture has nouns only; the build's CMake requires
  // them).
  std::map<std::string, uint8_t> other_words;
  for (auto [pos, bit] : {std::pair{"verb", WordNet::kVerb}, std::pair{"adj", WordNet::kAdjective},
                          std::pair{"adv", WordNet::kAdverb}}) {
    Mapped other_index, other_exc;
    if (!other_index.Open(dir + "/index." + pos)) continue;
    const std::string_view text = other_index.view();
    ForEachEntry(text, [&, bit = bit](std::string_view line) {
      other_words[std::string(line.substr(0, line.find(' ')))] |= bit;
    });
    if (!other_exc.Open(dir + "/" + pos + ".exc")) continue;
    ForEachEntry(other_exc.view(), [&, bit = bit](std::string_view line) {
      const std::string_view form = NextField(&line);
      for (std::string_view f = NextField(&line); !f.empty(); f = NextField(&line)) {
        if (!FindLine(text, f).empty()) {
          other_words[std::string(form)] |= bit;
          return;
        }
      }
    });
  }
  std::vector<std::pair<std::string, std::string>> other_entries;
  other_entries.reserve(other_words.size());
  for (const auto& [word, bits] : other_words) {
    other_entries.emplace_back(word, std::string(1, static_cast<char>(bits)));
  }
  st.other_words = other_entries.size();
  auto other_table = StringTable(other_entries);
  if (!other_table) return std::unexpected(other_table.error());

  std::string group_table;
  Put32(&group_table, static_cast<uint32_t>(groups.size()));
  for (uint32_t v : groups) Put32(&group_table, v);
  for (uint32_t v : starts) Put32(&group_table, v);
  for (uint32_t v : related) Put32(&group_table, v);

  std::vector<uint32_t> header(table::kHeaderWords, 0);
  header[table::kMagicWord] = table::kMagic;
  header[table::kVersionWord] = table::kVersion;
  std::string out(table::kPageBytes, '\0');
  auto section = [&](const std::string& bytes, table::HeaderWord offset_word) {
    PadTo(&out, table::kPageBytes);
    header[offset_word] = static_cast<uint32_t>(out.size());
    header[offset_word + 1] = static_cast<uint32_t>(bytes.size());
    out += bytes;
  };
  section(*lemma_table, table::kLemmasOffset);
  section(*exc_table, table::kExceptionsOffset);
  section(group_table, table::kGroupsOffset);
  section(*cold_table, table::kColdOffset);
  section(filter, table::kFilterOffset);
  section(*other_table, table::kOtherWordsOffset);
  std::memcpy(out.data(), header.data(), header.size() * 4);
  st.bytes = out.size();
  if (stats != nullptr) *stats = st;
  return out;
}

}  // namespace crosswire::wordnet
