// Reading WordNet's noun files in place.
//
// The format is WordNet 3.0's (wndb(5WN)): index.noun has one line per lemma,
// sorted by lemma in byte order, "lemma pos synset_cnt p_cnt [ptr...]
// sense_cnt tagsense_cnt offset..." with the offsets most frequent sense
// first; data.noun has one line per synset starting at the byte offset that
// is its id, "offset lex_filenum n w_cnt(2 hex) word lex_id ... p_cnt(3)
// [symbol offset pos source/target]... | gloss". Both open with a licence
// whose lines start with two spaces, which sort before every lemma. Lookups
// binary-search the mapped index as WordNet's bin_search() does; morphology
// follows morphy(): exceptions first, then the noun suffix rules.
#include "crosswire/wordnet.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>

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

// The key of a lemma as the index stores it: ASCII lower case, "_" for
// spaces (hyphens stay: "x-ray").
std::string IndexKey(std::string_view lemma) {
  std::string key(lemma);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ') c = '_';
  }
  return key;
}

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

}  // namespace

std::string_view LexnameName(uint8_t lexname) {
  return lexname < kLexnames.size() ? kLexnames[lexname] : std::string_view{};
}

bool Synset::instance() const {
  return std::any_of(pointers.begin(), pointers.end(),
                     [](const Pointer& p) { return p.symbol == "@i"; });
}

struct WordNet::Files {
  std::string dir;
  Mapped index, data, exc;
};

Result<WordNet> WordNet::Open(const std::string& dir) {
  auto files = std::make_shared<Files>();
  files->dir = dir;
  for (auto [name, mapped] :
       {std::pair{"index.noun", &files->index}, std::pair{"data.noun", &files->data},
        std::pair{"noun.exc", &files->exc}}) {
    auto opened = mapped->Open(dir + "/" + name);
    if (!opened) return std::unexpected(opened.error());
  }
  return WordNet(std::move(files));
}

const WordNet* WordNet::Installed() {
  static const std::optional<WordNet> installed = []() -> std::optional<WordNet> {
    const char* env = std::getenv("CROSSWIRE_WORDNET");
    const std::string dir = env != nullptr ? env : "/usr/share/wordnet";
    if (dir.empty()) return std::nullopt;
    auto wn = Open(dir);
    if (!wn) return std::nullopt;
    return std::move(*wn);
  }();
  return installed ? &*installed : nullptr;
}

const std::string& WordNet::dir() const { return files_->dir; }

std::vector<uint32_t> WordNet::NounSenses(std::string_view lemma) const {
  std::vector<uint32_t> out;
  if (lemma.empty()) return out;
  const std::string key = IndexKey(lemma);
  std::string_view line = FindLine(files_->index.view(), key);
  if (line.empty()) return out;
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

namespace {

// The data.noun line at `offset`, empty when none starts there.
std::string_view DataLine(std::string_view data, uint32_t offset) {
  if (offset >= data.size() || (offset > 0 && data[offset - 1] != '\n')) return {};
  std::string_view line = data.substr(offset);
  line = line.substr(0, line.find('\n'));
  std::string_view probe = line;
  if (ParseUnsigned(NextField(&probe), 10) != offset) return {};
  return line;
}

}  // namespace

uint8_t WordNet::Lexname(uint32_t offset) const {
  std::string_view line = DataLine(files_->data.view(), offset);
  if (line.empty()) return 0xFF;
  NextField(&line);
  const uint32_t lex = ParseUnsigned(NextField(&line), 10);
  return lex < kNumLexnames ? static_cast<uint8_t>(lex) : 0xFF;
}

bool WordNet::IsInstance(uint32_t offset) const {
  std::string_view line = DataLine(files_->data.view(), offset);
  line = line.substr(0, line.find(" | "));  // pointers come before the gloss
  return line.find(" @i ") != std::string_view::npos;
}

std::optional<Synset> WordNet::NounSynset(uint32_t offset) const {
  std::string_view line = DataLine(files_->data.view(), offset);
  if (line.empty()) return std::nullopt;
  Synset s;
  s.offset = offset;
  NextField(&line);
  const uint32_t lex = ParseUnsigned(NextField(&line), 10);
  s.lexname = lex < kNumLexnames ? static_cast<uint8_t>(lex) : 0xFF;
  NextField(&line);  // ss_type
  const uint32_t words = ParseUnsigned(NextField(&line), 16);
  for (uint32_t k = 0; k < words; ++k) {
    s.words.push_back(NextField(&line));
    NextField(&line);  // lex_id
  }
  const uint32_t pointers = ParseUnsigned(NextField(&line), 10);
  for (uint32_t k = 0; k < pointers; ++k) {
    const std::string_view symbol = NextField(&line);
    const uint32_t target = ParseUnsigned(NextField(&line), 10);
    const std::string_view pos = NextField(&line);
    NextField(&line);  // source/target
    if (pos == "n") s.pointers.push_back(Synset::Pointer{symbol, target});
  }
  return s;
}

std::vector<std::string> WordNet::BaseForms(std::string_view word) const {
  std::vector<std::string> out;
  const std::string key = IndexKey(word);
  auto add = [&](std::string form) {
    if (form.empty() || std::find(out.begin(), out.end(), form) != out.end()) return;
    if (!FindLine(files_->index.view(), form).empty()) out.push_back(std::move(form));
  };
  // noun.exc: "inflected base [base...]", sorted like the index.
  std::string_view exc = FindLine(files_->exc.view(), key);
  if (!exc.empty()) {
    NextField(&exc);
    for (std::string_view f = NextField(&exc); !f.empty(); f = NextField(&exc)) {
      add(std::string(f));
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

bool WordNet::ReachesByHypernyms(uint32_t from, uint32_t to, int max_steps) const {
  std::vector<uint32_t> frontier{from};
  for (int step = 0; step <= max_steps && !frontier.empty(); ++step) {
    if (std::find(frontier.begin(), frontier.end(), to) != frontier.end()) return true;
    if (step == max_steps) break;
    std::vector<uint32_t> next;
    for (uint32_t o : frontier) {
      const std::optional<Synset> s = NounSynset(o);
      if (!s) continue;
      for (const Synset::Pointer& p : s->pointers) {
        if (p.symbol == "@" || p.symbol == "@i") next.push_back(p.offset);
      }
    }
    frontier = std::move(next);
  }
  return false;
}

NounClass ClassOfName(const WordNet& wn, std::string_view name) {
  NounClass c;
  const std::vector<uint32_t> senses = wn.NounSenses(name);
  for (uint32_t offset : senses) {
    const uint8_t lexname = wn.Lexname(offset);
    if (lexname == 0xFF) continue;
    if (!c.found()) c.lexname = lexname;
    if (wn.IsInstance(offset)) {
      c.instance_lexname = lexname;
      c.first_is_instance = offset == senses.front();
      break;
    }
  }
  return c;
}

NounClass ClassOfNoun(const WordNet& wn, std::string_view word) {
  for (const std::string& base : wn.BaseForms(word)) {
    const NounClass c = ClassOfName(wn, base);
    if (c.found()) return c;
  }
  return {};
}

namespace {

std::vector<uint32_t> FirstSenses(const WordNet& wn, std::string_view word) {
  for (const std::string& base : wn.BaseForms(word)) {
    const std::vector<uint32_t> senses = wn.NounSenses(base);
    if (!senses.empty()) {
      const size_t n = std::min(senses.size(), kMaxRelatedSenses);
      return {senses.begin(), senses.begin() + static_cast<std::ptrdiff_t>(n)};
    }
  }
  return {};
}

bool ShareWord(const Synset& x, const Synset& y) {
  for (std::string_view a : x.words) {
    for (std::string_view b : y.words) {
      if (IndexKey(a) == IndexKey(b)) return true;
    }
  }
  return false;
}

// Whether a sense of `group` has a member that is a sense of `member` or
// shares a word with one.
bool HasMember(const WordNet& wn, const std::vector<uint32_t>& group,
               const std::vector<uint32_t>& member) {
  for (uint32_t g : group) {
    const std::optional<Synset> gs = wn.NounSynset(g);
    if (!gs) continue;
    for (const Synset::Pointer& p : gs->pointers) {
      if (p.symbol != "%m") continue;
      const std::optional<Synset> ms = wn.NounSynset(p.offset);
      if (!ms) continue;
      for (uint32_t m : member) {
        if (m == p.offset) return true;
        const std::optional<Synset> s = wn.NounSynset(m);
        if (s && ShareWord(*ms, *s)) return true;
      }
    }
  }
  return false;
}

}  // namespace

bool CountedNounsRelated(const WordNet& wn, std::string_view a, std::string_view b,
                         int max_hypernym_steps) {
  const std::vector<uint32_t> sa = FirstSenses(wn, a), sb = FirstSenses(wn, b);
  if (sa.empty() || sb.empty()) return false;
  for (uint32_t x : sa) {
    for (uint32_t y : sb) {
      if (x == y || wn.ReachesByHypernyms(x, y, max_hypernym_steps) ||
          wn.ReachesByHypernyms(y, x, max_hypernym_steps)) {
        return true;
      }
    }
  }
  return HasMember(wn, sa, sb) || HasMember(wn, sb, sa);
}

}  // namespace crosswire::wordnet
