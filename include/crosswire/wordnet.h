// crosswire/wordnet.h — what crosswire asks of the nouns of Princeton WordNet 3.0.
//
// The answers come from a compact table generated at build time from the
// database files of Debian's `wordnet-base` package (index.noun, data.noun,
// noun.exc, and the verb, adjective and adverb indexes and exception lists,
// in /usr/share/wordnet; the CMake variable CROSSWIRE_WORDNET_DIR)
// and embedded in the library, as the tagger's model is: nothing is opened,
// read or parsed at run time, and a lookup touches one page of the table
// beside an index shared by all lookups (docs/tagging.md, "Cost"). The
// table holds only what is asked below: each noun lemma's class, its first
// sense, noun.exc's inflected forms, and the relations of counted nouns
// between first senses.
//
// Used by the tagger's features (a name's WordNet class: "France" is an
// instance of a country, in the lexicographer file noun.location) and by
// corroboration (whether two counted nouns name the same kind of thing).
//
// Without WordNet (a build configured with CROSSWIRE_WORDNET_DIR empty, or
// the environment variable CROSSWIRE_WORDNET set and empty): `Installed()`
// returns nullptr and callers go on without its evidence (the tagger's
// WordNet features are then absent, so its output differs from a run with
// WordNet; docs/tagging.md).
//
// Thread safety: a WordNet is immutable; every function may be called from
// any number of threads at once.
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
inline constexpr uint8_t kNounPhenomenon = 19;
inline constexpr uint8_t kNumLexnames = 45;

// "noun.location" for 15; "" for a number outside 0..44.
std::string_view LexnameName(uint8_t lexname);

// What WordNet says about a name or word, from its first (most frequent)
// noun sense and its first instance sense. `lexname` 0xFF: not a noun.
struct NounClass {
  uint8_t lexname = 0xFF;           // first sense's lexicographer file
  uint8_t instance_lexname = 0xFF;  // first instance sense's file (0xFF: no instance sense)
  // Whether the first sense is that instance: the word is above all a name
  // ("France"), not a common word that also names someone ("French", the
  // language, is also the sculptor Daniel Chester French).
  bool first_is_instance = false;
  // Whether the instance senses name both a person and a place
  // ("Wellington": the duke, the capital of New Zealand, a town in Somerset):
  // the name alone does not say which.
  bool person_and_place = false;
  // Whether the first sense writes the word in capitals: it is an
  // initialism of that sense ("TV" television, "AIDS", "CEO"), not a
  // lower-case word that a name happens to spell ("gm" the gram of "GM").
  bool initialism = false;
  bool found() const { return lexname != 0xFF; }
};

class WordNet;
NounClass ClassOfName(const WordNet& wn, std::string_view name);
bool CountedNounsRelated(const WordNet& wn, std::string_view a, std::string_view b);

class WordNet {
 public:
  // A WordNet over `table`, bytes in the format of src/tag/wordnet_table.h
  // (as written by the build's crosswire_wordnet_table), which must outlive
  // it. Checks the header and that every section lies inside `table`.
  // Errors: kDataLoss naming what is wrong.
  static Result<WordNet> FromTable(std::string_view table);

  // The WordNet embedded in this build, or nullptr when the build has none,
  // the environment variable CROSSWIRE_WORDNET is set and empty, or the
  // embedded table fails FromTable's checks.
  static const WordNet* Installed();

  // Whether `lemma` is a noun lemma of WordNet. The lemma is matched
  // case-insensitively (ASCII), with spaces as WordNet's "_" ("united arab
  // emirates"); no morphology (see BaseForms).
  bool HasNoun(std::string_view lemma) const;

  // Noun lemmas `word` may be an inflected form of, as WordNet's morphy: the
  // exception list (noun.exc: "men" -> "man"), then the word itself and the
  // suffix rules ("sailors" -> "sailor", "boxes" -> "box", "cities" ->
  // "city"), keeping forms that are lemmas. Lower case, "_" for spaces.
  std::vector<std::string> BaseForms(std::string_view word) const;

  // Which of verb, adjective and adverb `word` can be a form of (bits
  // kVerb | kAdjective | kAdverb; 0: none), from WordNet's index.verb,
  // index.adj, index.adv and their exception lists ("sought", "better"),
  // with morphy's suffix rules for verbs ("seeking" -> "seek", "skipped"
  // via verb.exc) and adjectives ("cheaper" -> "cheap"). Case-insensitive
  // (ASCII). Senses are not kept: "skip" is a verb, and also a noun.
  static constexpr uint8_t kVerb = 1;
  static constexpr uint8_t kAdjective = 2;
  static constexpr uint8_t kAdverb = 4;
  uint8_t OtherPartsOfSpeech(std::string_view word) const;

 private:
  friend NounClass ClassOfName(const WordNet& wn, std::string_view name);
  friend bool CountedNounsRelated(const WordNet& wn, std::string_view a, std::string_view b);
  struct Sections;
  explicit WordNet(std::shared_ptr<const Sections> sections) : sections_(std::move(sections)) {}
  // The value stored for `key` (already in the index's form) in the lemmas or
  // the exceptions.
  std::optional<std::string_view> Find(bool exceptions, std::string_view key) const;
  // The packed class of a lemma (wordnet_table.h), if `key` is one.
  std::optional<uint32_t> LemmaValue(std::string_view key) const;
  // Whether first sense `group` relates to first sense `member` as a group
  // to its members.
  bool GroupRelates(uint32_t group, uint32_t member) const;
  std::shared_ptr<const Sections> sections_;
};

// ---- Classes of names, for the entity typers --------------------------------

// The class of `name` (words joined as one lemma: "Bandar Abbas" ->
// "bandar_abbas"); no morphology.
NounClass ClassOfName(const WordNet& wn, std::string_view name);

// The class of a common noun after morphology ("sailors" -> "sailor").
NounClass ClassOfNoun(const WordNet& wn, std::string_view word);

// ---- Counted nouns ---------------------------------------------------------

// Whether two counted nouns ("116 sailors", "118 crew") may count the same
// things, by WordNet, over the first sense of each (of its first base form
// that is a lemma): they share a synset ("sailors" / "crewmen"), or one is a
// group whose members (member meronyms, "%m") are the other or share a word
// with it ("crew" has crewmen as members, and "crewman" is also a sailor).
// Callers test equality first. First senses only and no hypernym steps:
// steps joined "people" with "workers" (every person noun is a kind of
// person), and later senses joined "countries" with "people" (a nation's
// people); docs/tagging.md. The table holds the relation for first senses
// only, so neither can be asked for any more.
bool CountedNounsRelated(const WordNet& wn, std::string_view a, std::string_view b);

}  // namespace crosswire::wordnet
