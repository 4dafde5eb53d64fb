// crosswire/wordnet.h — read-only access to the nouns of Princeton WordNet 3.0.
//
// Reads the database files of Debian's `wordnet-base` package (index.noun,
// data.noun, noun.exc in /usr/share/wordnet) in place: each file is mapped
// into memory and searched the way WordNet's own library does it (binary
// search over the sorted index; a synset's offset is its byte offset in
// data.noun), so opening costs three mmap calls and a lookup a few dozen
// string comparisons. Nothing is copied or parsed ahead.
//
// Used by the tagger's features (a name's WordNet class: "France" is an
// instance of a country, in the lexicographer file noun.location) and by
// corroboration (whether two counted nouns name the same kind of thing).
//
// Without WordNet: `Installed()` returns nullptr and callers go on without
// its evidence (the tagger's WordNet features are then absent, so its output
// differs from a run with WordNet; docs/tagging.md).
//
// Thread safety: a WordNet is immutable after Open; every method may be
// called from any number of threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"

namespace crosswire::wordnet {

// Lexicographer file numbers of nouns (WordNet's lexnames(5WN)).
inline constexpr uint8_t kNounTops = 3;
inline constexpr uint8_t kNounArtifact = 6;
inline constexpr uint8_t kNounGroup = 14;
inline constexpr uint8_t kNounLocation = 15;
inline constexpr uint8_t kNounObject = 17;
inline constexpr uint8_t kNounPerson = 18;
inline constexpr uint8_t kNumLexnames = 45;

// "noun.location" for 15; "" for a number outside 0..44.
std::string_view LexnameName(uint8_t lexname);

// One noun synset as stored in data.noun; views point into the mapped file.
struct Synset {
  uint32_t offset = 0;                  // byte offset in data.noun, WordNet's synset id
  uint8_t lexname = 0;                  // lexicographer file number
  std::vector<std::string_view> words;  // lemmas as stored: "United_Arab_Emirates"
  struct Pointer {
    std::string_view symbol;  // "@" hypernym, "@i" instance hypernym, "#m" member holonym, ...
    uint32_t offset = 0;
  };
  std::vector<Pointer> pointers;  // to noun synsets only
  // Whether the synset is an instance (a proper name: "France"), i.e. has an
  // instance hypernym ("@i").
  bool instance() const;
};

class WordNet {
 public:
  // Maps `dir`/index.noun, data.noun and noun.exc. Errors: kNotFound naming
  // the missing file; kDataLoss when a file cannot be mapped or is empty.
  static Result<WordNet> Open(const std::string& dir);

  // The WordNet of this machine, opened once: the folder named by the
  // environment variable CROSSWIRE_WORDNET when set (empty: no WordNet),
  // otherwise /usr/share/wordnet. nullptr when it cannot be opened.
  static const WordNet* Installed();

  // Offsets of the noun senses of `lemma`, most frequent first. The lemma is
  // matched case-insensitively (ASCII), with spaces as WordNet's "_"
  // ("united arab emirates"); no morphology (see BaseForms).
  std::vector<uint32_t> NounSenses(std::string_view lemma) const;

  // The synset at `offset`, nullopt when no synset starts there.
  std::optional<Synset> NounSynset(uint32_t offset) const;

  // Lexicographer file of the synset at `offset` (0xFF when none), without
  // parsing the rest of it.
  uint8_t Lexname(uint32_t offset) const;

  // Whether the synset at `offset` is an instance (Synset::instance), without
  // parsing the rest of it.
  bool IsInstance(uint32_t offset) const;

  // Noun lemmas `word` may be an inflected form of, as WordNet's morphy: the
  // exception list (noun.exc: "men" -> "man"), then the word itself and the
  // suffix rules ("sailors" -> "sailor", "boxes" -> "box", "cities" ->
  // "city"), keeping forms that are in the index. Lower case, "_" for spaces.
  std::vector<std::string> BaseForms(std::string_view word) const;

  // Whether `from` reaches `to` by at most `max_steps` hypernym or instance
  // hypernym links (0 steps: the same synset).
  bool ReachesByHypernyms(uint32_t from, uint32_t to, int max_steps) const;

  const std::string& dir() const;

 private:
  struct Files;
  explicit WordNet(std::shared_ptr<const Files> files) : files_(std::move(files)) {}
  std::shared_ptr<const Files> files_;
};

// ---- Classes of names, for the entity typers --------------------------------

// What WordNet says about a name or word, from its first (most frequent)
// noun sense and its first instance sense. `lexname` 0xFF: not a noun.
struct NounClass {
  uint8_t lexname = 0xFF;           // first sense's lexicographer file
  uint8_t instance_lexname = 0xFF;  // first instance sense's file (0xFF: no instance sense)
  // Whether the first sense is that instance: the word is above all a name
  // ("France"), not a common word that also names someone ("French", the
  // language, is also the sculptor Daniel Chester French).
  bool first_is_instance = false;
  bool found() const { return lexname != 0xFF; }
};

// The class of `name` (words joined as one lemma: "Bandar Abbas" ->
// "bandar_abbas"); no morphology.
NounClass ClassOfName(const WordNet& wn, std::string_view name);

// The class of a common noun after morphology ("sailors" -> "sailor").
NounClass ClassOfNoun(const WordNet& wn, std::string_view word);

// ---- Counted nouns ---------------------------------------------------------

// Whether two counted nouns ("116 sailors", "118 crew") may count the same
// things, by WordNet, over the first kMaxRelatedSenses senses of each (after
// morphology): they share a synset ("sailors" / "crewmen"); one is a group
// whose members (member meronyms, "%m") are the other or share a word with
// it ("crew" has crewmen as members, and "crewman" is also a sailor); or,
// when `max_hypernym_steps` > 0, one is a kind of the other within that many
// steps ("men" / "persons": 1). Callers test equality first. Alignment uses
// no hypernym steps and first senses only: steps joined "people" with
// "workers" (every person noun is a kind of person), and later senses joined
// "countries" with "people" (a nation's people); docs/tagging.md.
inline constexpr size_t kMaxRelatedSenses = 1;
bool CountedNounsRelated(const WordNet& wn, std::string_view a, std::string_view b,
                         int max_hypernym_steps = 0);

}  // namespace crosswire::wordnet
