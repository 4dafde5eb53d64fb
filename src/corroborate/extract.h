// corroborate/extract.h — internal interface between the fact extractors and
// the cross-outlet alignment. Not part of the public API.
//
// Every extractor works on plain text (one sentence, or one article for
// quotes and name linking) and reports byte offsets relative to the string it
// was given; corroborate.cc shifts them into Article::text. This keeps the
// extractors testable on strings, without a Story or an AnalyzedStory.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/corroborate.h"
#include "crosswire/text.h"

namespace crosswire::corroborate {

// ---- Tokens ------------------------------------------------------------------

enum class TokKind { kWord, kNumber, kPunct };

// A token of news text with its byte span. Words keep their case (capitals
// are a cue for names); word-internal hyphens and apostrophes ("four-year",
// "al-Assad", "Russia’s") and number separators ("15,000", "5.00am") stay
// inside one token. Every other non-space character is a kPunct token.
struct Tok {
  size_t begin = 0;
  size_t end = 0;
  std::string_view text;
  std::string lower;  // FoldCase(text), computed once
  TokKind kind = TokKind::kWord;
  bool capitalized = false;  // first character is an upper- or title-case letter (text::IsUpper)
  bool newline_before = false;
};

std::vector<Tok> Tokenize(std::string_view text);

// An ASCII letter, a-z or A-Z.
bool IsAsciiLetter(char c);

// A double quotation mark as a token: straight, curly, or the `` '' of
// newswire; and the straight single one.
bool IsQuoteMark(std::string_view punct);

// The words of `toks` as the learned tagger and parser read them (Penn
// Treebank tokens): an English possessive is a word of its own ("Russia’s" →
// "Russia", "'s"). `bytes[w]` is word w's byte span, `word_of[t]` the (first)
// word of token t.
struct PennWords {
  std::vector<std::string_view> words;
  std::vector<std::pair<size_t, size_t>> bytes;
  std::vector<size_t> word_of;
};
PennWords ToPennWords(const std::vector<Tok>& toks);

// Case folding is text::FoldCase (ICU full case folding, ASCII fast path),
// the one the summarizer uses; cue words here are compared folded.
using text::FoldCase;

// Lower case with the English possessive removed and a crude plural strip
// ("buses" → "bus", "civilians" → "civilian"): enough to match counted
// nouns across outlets without a stemmer.
std::string NounKey(std::string_view word);

// ---- Numbers (numbers.cc) ---------------------------------------------------

// A number found at a token position, with the value range it denotes.
struct NumberMatch {
  size_t first = 0;  // token range [first, last)
  size_t last = 0;
  double low = 0;  // value range: equal for exact numbers
  double high = 0;
  bool vague = false;       // "tens of thousands", "dozens", "a few": an order of magnitude
  bool of_follows = false;  // the number takes "of" ("dozens of rockets", "half of")
};

// Parses a number starting at token `i`: digits ("82", "15,000", "1.5"),
// words ("Eighty-two", "two hundred", "a dozen"), scale words ("1.5 million"),
// vague amounts ("thousands", "tens of thousands", "scores", "dozens",
// "hundreds of thousands"), "half", and "a couple". Ranges ("two to three",
// "two or three", "10-15") are joined when `allow_range` is set.
std::optional<NumberMatch> MatchNumber(const std::vector<Tok>& toks, size_t i,
                                       bool allow_range = true);

// The qualifier ending just before token `i` ("at least", "more than",
// "around", ...), normalised, with the index of its first token; nullopt when
// there is none.
struct QualifierMatch {
  size_t first = 0;
  std::string text;  // canonical: "at least", "more than", "around", "up to", "less than"
};
std::optional<QualifierMatch> MatchQualifierBefore(const std::vector<Tok>& toks, size_t i);

// The value interval a qualifier gives to a number range: "at least 82" →
// [82, inf), "around 20" → [18, 22], "more than four" → [4, inf).
void ApplyQualifier(std::string_view qualifier, double* low, double* high);

// ---- Extraction --------------------------------------------------------------

// The event key (Claim::head) of the armed conflict itself. Durations about any
// noun of armed conflict (battle, war, fighting, violence, siege, ...) share
// it (durations.cc), because outlets describe one war with different nouns:
// that is what makes "four-year battle" and "five years of violence" one fact.
// Alignment (align.cc) links two such durations whatever their units and lets
// them conflict whatever their context; corroborate.cc never labels one with
// a speaker ("Lavrov: time to battle" would misread it).
inline constexpr std::string_view kArmedConflictKey = "battle";

// Whether WordNet lists `lower` first as a place ("venezuela", "london") or
// a natural feature, which WordNet files under objects ("pacific", "nile").
// False without WordNet.
bool IsListedPlace(std::string_view lower);

// A noun WordNet files first under people, not as an instance ("prosecutor",
// "ceo", "democrats"; not "Jones"); without WordNet, none.
bool IsWordNetRole(std::string_view lower);

// Whether a name has a person name's shape (read with the tagger's person
// reading of it): two or three words, none a function word ("Shakespeare
// In Love", "Search for Justice"), the first neither in capitals ("WATCHED
// Comey", a page's furniture) nor a common noun of WordNet unless a given
// name ("Business Insider Facebook").
bool ShapedLikeAPersonsName(const std::vector<std::string>& words);

// Whether facts of kind `k` are names (a person, place or organisation).
inline bool IsEntity(FactKind k) {
  return k == FactKind::kPerson || k == FactKind::kPlace || k == FactKind::kOrganization;
}

// What alignment needs beyond the public Fact.
struct Claim {
  Fact fact;
  double low = 0;  // value interval (quantities, durations)
  double high = 0;
  // The rounding allowance [low, high] includes beyond the stated value, as a
  // fraction (a measure in a unit converted to its base: "180 pounds").
  double slack = 0;
  bool vague = false;
  std::string head;     // counted noun or event key ("civilian", kArmedConflictKey)
  std::string verb;     // event verb after a quantity ("killed"), may be empty
  std::string unit;     // durations: "day", "year"; times: ""
  std::string speaker;  // quotes: canonical speaker name
  // Entities: initials the article gives for this name ("UN" beside "United
  // Nations"), the evidence LinkInitials (align.cc) prefers.
  std::vector<std::string> initials;
  // Entities: a lone initialism WordNet knows as a common thing ("TV",
  // "AIDS", "ABC" the alphabet): a name only where the story spells out a
  // name it stands for (corroborate.cc).
  bool common_initialism = false;
  // Entities: another name the article ties to this one ("Aleppo (Halab)",
  // "Aleppo, known locally as Halab": FindLocalNameAliases), linked across
  // articles by LinkAliases (align.cc).
  std::vector<std::string> aliases;
  std::vector<std::string> alias_reasons;  // per alias: "known locally as", "formerly"
  // People: the title or role word before the name in its article
  // ("senator", "coach"), case-folded; empty when none.
  std::string role;
  // Places: what the text says the place is ("country" of "the country of
  // Georgia", "state"); two of one name but different classes are two places.
  std::string place_class;
  // Times and dates: stems of the words saying what happened at the clock
  // time or on the date (TimeEventWords), sorted; empty when the text does
  // not say.
  std::vector<std::string> event_words;
  std::string context;                   // the sentence (for similarity), where the caller sets it
  std::vector<std::string> context_bag;  // ContentBag of the sentence, where the caller sets it
  std::optional<long long> published;    // the article's publication time (Unix seconds)
  std::string published_text;            // ... as ISO 8601
};

// ---- Referents (referents.cc) ------------------------------------------------

// Reads place, holder and event (background) of the figure at tokens
// [first, last) of a sentence into `r`; predicate and thing are left as they
// are. `known_names` (canonical name → kind, from the entity pass) tells a
// place from a holder; `published_year` dates background ("in 1994"), and
// `published_month` (1-12) a month of that year before it ("in February" in a
// November article).
void ReadReferent(const std::vector<Tok>& toks, size_t first, size_t last,
                  std::optional<int> published_year,
                  const std::map<std::string, FactKind>* known_names, Referent* r,
                  std::optional<int> published_month = std::nullopt);

// The background marker of the sentence's first clause ("The last quake to
// hit the region was ..."), empty when it opens with the story's own event;
// and whether the sentence opens with a subject pronoun ("It killed 612"),
// which continues the previous sentence's event.
std::string OpeningBackground(const std::vector<Tok>& toks, std::optional<int> published_year,
                              std::optional<int> published_month = std::nullopt);
bool OpensWithPronoun(const std::vector<Tok>& toks);

// Two places are compatible when either is unknown or one's words contain
// the other's ("East Aleppo" / "Aleppo").
bool PlacesCompatible(std::string_view a, std::string_view b);

// Every slot compatible: unknown matches anything, known different never;
// background never matches the event's own claims. The thing counted may
// differ when WordNet relates the two nouns (CountedNounsRelated).
bool ReferentsCompatible(const Referent& a, const Referent& b);

// Whether two different counted nouns (claim heads: "sailor", "crew") count
// the same things by WordNet: one synset, or a group and its members
// (wordnet::CountedNounsRelated, no hypernym steps). False without WordNet
// and for heads of several words ("part of person"). Memoised per pair;
// thread-safe.
bool CountedNounsRelated(std::string_view a, std::string_view b);

// Sentence-level extractors. `consumed` marks tokens already used by an
// earlier extractor (dates and times are taken before quantities so that
// "December 13, 2016" is not read as a count of 13). Offsets are relative to
// `text`.
struct SentenceContext {
  std::string_view text;
  std::vector<Tok> toks;
  std::vector<bool> consumed;
  std::optional<int> published_days;  // article date as days since 1970-01-01, when known
  // The sentence's dependency tree (tag::Parser over ToPennWords(toks)),
  // computed on first use by GoverningVerb; empty before, or when the build
  // has no parser model.
  bool parsed = false;
  PennWords penn;
  std::vector<std::string_view> pos;
  std::vector<size_t> heads;  // per Penn word: its head word, or SIZE_MAX for the root
  std::vector<std::string_view> relations;  // per Penn word: its UD relation to the head
};
SentenceContext MakeSentenceContext(std::string_view text,
                                    std::optional<int> published_days = std::nullopt);
// The same, over tokens the caller already has (Tokenize(text)).
SentenceContext MakeSentenceContext(std::string_view text, std::vector<Tok> toks,
                                    std::optional<int> published_days);

std::vector<Claim> ExtractTimes(SentenceContext* ctx);
// A time claim's interval is its clock reading widened by kClockSlackMinutes
// on each side (a reading stated to the hour, "3 a.m.", covers its first half
// hour: [3:00 - slack, 3:30]). Two readings agree when they lie within the
// slack of each other (ClockGapMinutes in align.cc).
inline constexpr double kClockSlackMinutes = 5;
// What happened at the clock time at tokens [first, last): the stems (first
// five letters) of the lower-case content words of its clause, a clause being
// cut at punctuation and at "and"/"but"/"while"; the words before the time
// ("disappeared from radar screen at 2 a.m." → disap, radar, scree), or, when
// the time opens its clause, the words after it (a timeline entry, "1:52 a.m.
// -- Last radar signal received" → radar, signa, recei). Capitalised words
// (names: places and the subject of a timeline entry), function words and a
// clause's subject ("the ferry sank": a noun between a determiner and a verb)
// are left out; a start or end verb adds "start" / "end" (TriggerBefore). Sorted,
// unique; empty when the clause says nothing.
std::vector<std::string> TimeEventWords(const std::vector<Tok>& toks, size_t first, size_t last);
// Whether the date or time at tokens [first, last) modifies the noun after it
// ("Tuesday's crash", "the Tuesday quake", "the 9 p.m. deadline").
bool ModifiesNoun(const std::vector<Tok>& toks, size_t first, size_t last);
std::vector<Claim> ExtractDates(SentenceContext* ctx);
// A date's Claim::verb when it dates a statement ("said Sunday"): such a
// date aligns only with other statement dates.
inline constexpr std::string_view kStatementVerb = "say";
// "said", "told", "announced", ...: verbs whose date is the statement's.
bool IsReportVerb(std::string_view lower);
// The report verbs and the other verbs that introduce someone's words
// ("wrote", "warned", "denied", "asked"): what names a quote's speaker, and
// makes the full name before it a person ("Vitaly Churkin said"). Their
// dates are left to the event reading: "Valls warned on Wednesday" and "the
// minister said Wednesday" are two statements that statement days, grouped
// by day alone, would join.
bool IsSpeechVerb(std::string_view lower);
// The verb that the word at token `tok` hangs from in the sentence's
// dependency tree (its nearest verb ancestor, VB* by the tagger, within its
// own clause and a few steps), as a token index; nullopt when there is none
// or the build has no parser model.
// Parses the sentence on first use.
std::optional<size_t> GoverningVerb(SentenceContext* ctx, size_t tok);
std::vector<Claim> ExtractDurations(SentenceContext* ctx);
// A unit durations are counted in ("second" ... "decade", singular or plural).
bool IsDurationUnit(std::string_view word);
std::vector<Claim> ExtractQuantities(SentenceContext* ctx);

// The key of a word that names what happened to people, as the quantity
// reader folds it: "killed", "died", "dead", "deaths" → "kill"; "injured",
// "hurt", "injuries" → "wound"; "fled" → "flee". Empty for other words.
std::string EventKey(std::string_view lower);

// The event a time or duration belongs to: the nearest content word before
// token `i`, with start/end verbs folded ("starting 5 am" → "start", "due to
// begin at 5.00am" → "start", "to end within two to three days" → "end");
// empty at a clause boundary.
std::string TriggerBefore(const std::vector<Tok>& toks, size_t i);

// Days since 1970-01-01 of an ISO date "YYYY-MM-DD..." (a date-time is cut to
// its date); nullopt when it does not parse.
std::optional<int> ParseIsoDays(std::string_view iso);

// A time zone written after a clock time, case-folded ("gmt", "bst", "et").
bool IsTimeZone(std::string_view lower);
std::string FormatIsoDays(int days);

// Article-level extractors: `text` is the whole article, `sentences` the
// [begin, end) byte spans of its running-text sentences (headings and noise
// left out), in order.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// People, places and organisations, with short forms linked to the full name
// given earlier (or later) in the same article.
// Every mention of a reported entity, with its canonical (full) name, is
// appended to `mentions` when given, in text order.
struct EntityMention {
  size_t begin = 0;
  size_t end = 0;
  std::string name;  // canonical: "Vitaly Churkin" for a mention "Churkin"
  FactKind kind = FactKind::kPerson;
};
// `sentence_toks`, when given, holds Tokenize() of each sentence (saves
// tokenizing twice).
// `uncued`, when given, receives the names that had no cue in this article
// (kind kPerson when only the tagger called the name a person, else kQuantity);
// the caller may classify them from other articles. `vehicles`, when given,
// receives the names this article gives to a vessel or an aircraft ("the
// submarine Kursk"), which the caller leaves out of other articles too.
// Whether WordNet's first sense of a word is a common noun for people or
// groups, not a name: a nationality ("british", "swiss"), a role a name can
// modify ("the Missouri lawmaker", "the AAAS board"). False without WordNet.
bool IsPeopleOrGroupNoun(std::string_view lower);

std::vector<Claim> ExtractEntities(std::string_view text, const std::vector<Span>& sentences,
                                   std::vector<EntityMention>* mentions = nullptr,
                                   const std::vector<std::vector<Tok>>* sentence_toks = nullptr,
                                   std::vector<Claim>* uncued = nullptr,
                                   std::set<std::string>* vehicles = nullptr);

// Direct quotes (at least four words) with their speakers; `mentions` (from
// ExtractEntities on the same article) name the speakers.
std::vector<Claim> ExtractQuotes(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<EntityMention>& mentions);

// ---- Name variants (names.cc) -------------------------------------------------

// The type word that ends a street's name, case-folded: "street", "avenue",
// "road", "place", "st", ... ("Magazine Street", "Sophie Wright Place").
bool IsThoroughfareWord(std::string_view lower);

// A word naming the kind of natural feature a place is ("island", "ocean",
// "sea", "gulf", "strait", "peninsula"): "Nantucket Island" is Nantucket,
// where "Newark Airport" is not Newark.
bool IsNaturalFeatureWord(std::string_view lower);
// A facility's generic word, lower case: "airport", "airfield" ("Charles de
// Gaulle airport" / "Airport").
bool IsFacilityWord(std::string_view lower);

// The words of a name as names are compared: case-folded, split at spaces
// and hyphens, dots and apostrophes dropped, particles (al, el, bin, ibn, of,
// for, the, de, le) left out. "Bashar al-Assad" → {bashar, assad}.
std::vector<std::string> NameWords(std::string_view name);

// `name` without the firm's legal form that ends it ("Pfizer Inc." → "Pfizer",
// "Merck & Co." → "Merck"; "Inc", "Corp", "Co", "Company", "Ltd", "LLC", ...),
// or `name` itself: a legal form is no part of what a firm is called
// (NameWords, the verdict's surface form, the group's kind).
std::string_view WithoutLegalForm(std::string_view name);

// A spelling key of one name word that folds the letter choices of
// romanisations: "Gaddafi", "Qadhafi" and "Kadhafi" → "kadafi"; "Sergei" and
// "Sergey" → "sergi"; "Zelensky" and "Zelenskyy" → "zelenski".
std::string TransliterationKey(std::string_view word);

// A lone word may be a one-letter slip of another only from this length on
// (shorter words have too many real neighbours: Iran/Iraq).
inline constexpr size_t kMinLoneSlipLetters = 7;
// A lone place or organisation word of kMinLoneVowelSlipLetters letters or
// more may differ from another by one vowel (NameLink's reason then begins
// with kVowelDifference; alignment keeps the two apart when one article
// writes both).
inline constexpr size_t kMinLoneVowelSlipLetters = 5;
inline constexpr std::string_view kVowelDifference = "vowel difference ";
// Initials are two to this many capital letters ("UN", "U.S.", "IRNA").
inline constexpr size_t kMaxAcronymLetters = 5;

// "UN", "U.S.", "AFP" → "un", "us", "afp": the letters of a name written as
// capital initials (dots allowed); "" for anything else.
std::string AcronymKey(std::string_view name);

// The initials of a name of two or more capitalised words, "of", "the",
// "and", "for" skipped and hyphen parts counted: "Agence France-Presse" →
// "afp", "United Nations" → "un", "U.S. Geological Survey" → "usgs"; "" when
// the name has fewer than two such words or a lowercase word.
std::string NameInitials(std::string_view name);

// Initials of three letters or more that stand for part of an
// organisation's name: the part after its first "of" or "for" ("HUD",
// Department of Housing and Urban Development; "ATF", Bureau of Alcohol,
// Tobacco and Firearms) and the part before its last "and" ("CDC", Centers
// for Disease Control and Prevention).
std::vector<std::string> NamePartInitials(std::string_view name);

// A name prepared for comparison (names.cc): its NameWords, AcronymKey,
// NameInitials, NamePartInitials and kind, whether "of" or "for" joins its
// words ("Ministry of Defense"; NameWords drops them), and whether a longer
// name opens with a body's initials ("U.N. Security Council", "BBC World
// Service").
struct NameForm {
  std::vector<std::string> words;
  std::string acronym;
  std::string initials;
  std::vector<std::string> part_initials;
  FactKind kind = FactKind::kPerson;
  bool of_phrase = false;
  bool leading_initials = false;
};
NameForm MakeNameForm(std::string_view name, FactKind kind);

// Whether two names are one entity and why: "" when their words are the same
// (case, punctuation, spacing, hyphens and particles aside), a reason
// ("transliteration sergei/sergey", "middle initial dropped", ...) when they
// are one entity written two ways, nullopt when they are not. The rules are
// stated atop names.cc. Initials never match here (see AcronymExpands).
std::optional<std::string> NameLink(const NameForm& a, const NameForm& b);

// The letters two names must share for NameLink to link them: the first
// letter of the transliteration key (accents stripped) of the name's first
// word and of its last word, vowels as one letter ("Osama" / "Usama": the
// consonant skeleton rule). Every rule but initials and the text's own ties
// keeps one of those words and never changes its first letter otherwise
// (word order rotates them: "Ministry of Defense" / "Defense Ministry"), so
// names that share neither letter need not be compared. Empty for a
// wordless name.
std::string NameBlockLetters(const NameForm& form);

// Whether `acronym` (written as initials) could abbreviate `full`: its
// letters are full's initials. Alignment links the two only with evidence
// that no other name of the story has those initials, or that an article
// gives the initials beside the full name.
bool AcronymExpands(const NameForm& acronym, const NameForm& full);

// A country written as initials, case-folded and without periods: "us",
// "uk", "uae", "prc", ... (a place, and it expands only to a place).
bool IsCountryInitials(std::string_view lower_letters);

// NameLink (and AcronymExpands) for two names of one kind, as a reason text
// ("abbreviation un" included); nullopt when they are not one entity or are
// written with the same words.
std::optional<std::string> NameVariantReason(std::string_view a, std::string_view b, FactKind kind);

// A local-language name the text ties to another name: "Aleppo (Halab)",
// "Aleppo, known locally as Halab".
struct NameAlias {
  std::string name;
  std::string alias;
  std::string reason;  // "named in parentheses", "known locally as"
};
std::vector<NameAlias> FindLocalNameAliases(std::string_view text);

// ---- Alignment (align.cc) ----------------------------------------------------

// Damerau–Levenshtein (optimal string alignment) distance on bytes.
size_t EditDistance(std::string_view a, std::string_view b);

// A spelling key for names: lower case, first letter kept, then consonants
// only, with y/w treated as vowels and doubled letters collapsed
// ("Kafraya"/"Kefraya" → "kfr", "Sergei"/"Sergey" → "srg").
std::string SkeletonKey(std::string_view name);

// True when two single-word names are plausibly one name spelled two ways.
bool IsSpellingVariant(std::string_view a, std::string_view b);

// What IsSpellingVariant reads of one word, computed once per word when many
// pairs are compared (names.cc caches them per thread).
struct SpellingKeys {
  std::string folded;             // case-folded
  std::string translit;           // TransliterationKey
  std::string skeleton;           // SkeletonKey of the folded word
  std::string translit_skeleton;  // SkeletonKey of the transliteration key
};
SpellingKeys MakeSpellingKeys(std::string_view word);
bool IsSpellingVariant(const SpellingKeys& a, const SpellingKeys& b);

// Content words of a text as a sorted set of crude stems (lower case, stop
// words and words under three letters dropped, cut to five letters).
std::vector<std::string> ContentBag(const std::vector<Tok>& toks);

// Similarity of two bags of content words in [0, 1] (Dice coefficient over
// crude stems, stop words removed).
double ContentSimilarity(std::string_view a, std::string_view b);

// Groups claims about the same thing across articles and gives each group a
// verdict. `voice` maps each article to its voice (AnalyzedStory::voice;
// empty: every article is its own): wire copies of one text are one voice,
// so a figure they repeat is single-source, not agreed. Deterministic:
// groups come out by verdict (agree, conflict, variant, single source), then
// by first appearance.
std::vector<FactGroup> Align(std::vector<Claim> claims, const std::vector<size_t>& voice = {});

// Flags the groups that are mentions rather than statements (FactGroup::
// routine): bare weekdays, the name of one of the story's outlets, a place
// that every article of a story of three or more names.
void MarkRoutine(const Story& story, std::vector<FactGroup>* groups);

// ---- The whole story (corroborate.cc) -------------------------------------------

// One running-text sentence of an article: its id in AnalyzedStory::sentences and
// its byte span in Article::text.
struct SentenceRef {
  size_t id = 0;
  size_t begin = 0;
  size_t end = 0;
  // A heading (a headline, a fact-box line "Izmit 4,179 dead, 10,759
  // injured"): only its figures are read. Names, dates and times in headings
  // are mostly datelines, bylines and credits.
  bool figures_only = false;
};

// True when a unit the sentence splitter called a heading is running text
// whose closing quote mark stands apart from its final punctuation: 'He said:
// "I was there. "' (tokenised text puts a space before every mark). A
// headline does not end in a full stop inside quotation marks.
bool IsSpacedQuoteSentence(std::string_view unit);

// Claims of every article of `story`, given each article's sentences (in
// order, running text only). Errors: kInvalidInput when a span lies outside
// its article; kResourceExhausted past kMaxClaimsPerStory.
Result<std::vector<Claim>> ExtractStory(const Story& story,
                                        const std::vector<std::vector<SentenceRef>>& sentences);

}  // namespace crosswire::corroborate
