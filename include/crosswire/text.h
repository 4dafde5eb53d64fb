// crosswire/text.h — Unicode handling, sentence splitting, tokenizing, stemming,
// stop words. The analysis layer every summarizer builds on.
//
// All offsets are UTF-8 byte offsets into the string that was passed in.
// Functions here are pure and thread-safe unless a type says otherwise.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crosswire/error.h"

namespace crosswire::text {

// UTF-8 validation and repair live in crosswire/utf8.h.

// NFC normalisation and full Unicode case folding (ICU). Input must be valid UTF-8.
std::string NormalizeNfc(std::string_view utf8);
std::string FoldCase(std::string_view utf8);

// Letters without their diacritics, as outlets that drop accents write
// them: canonical decomposition (NFD), combining marks (general category
// Mn) removed, then NFC; letters with a stroke or a ligature that do not
// decompose are spelled out ("ø" → "o", "ł" → "l", "đ" → "d", "ß" → "ss",
// "æ" → "ae", "œ" → "oe", "ı" → "i", and their capitals). "José" →
// "Jose", "Erdoğan" → "Erdogan", "São Paulo" → "Sao Paulo". Scripts without
// Latin letters keep their letters (only marks go). Input must be valid UTF-8.
std::string StripDiacritics(std::string_view utf8);

// ---- Characters --------------------------------------------------------------
//
// The one classification of code points that every module uses (the sentence
// splitter, the tokenizer, corroborate's fact tokens, the ingest readers), so
// that "is this a space", "is this part of a word" is answered in one place.
// Decode code points with DecodeUtf8At (crosswire/utf8.h). ASCII takes a fast
// path; other code points are classified by ICU's character properties.

// White space: Unicode's White_Space property (tab, LF, VT, FF, CR, space,
// U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000)
// except U+0085 NEL, which in news text is a Windows-1252 ellipsis read as
// Latin-1, not a line break. U+200B ZERO WIDTH SPACE is not white space (it
// is a format character: it separates words but is not a space).
bool IsSpace(char32_t c);

// White space of the file formats themselves (JSON, HTML, SGML, plain-text
// headers), byte by byte: the C locale's isspace (space, \t, \n, \r, \f, \v).
// Readers use it to trim and collapse markup; a no-break space inside text is
// content and is kept.
bool IsAsciiSpace(char c);

// Word characters: letters of any script, combining marks and decimal digits.
bool IsWordChar(char32_t c);
bool IsDigit(char32_t c);  // a decimal digit of any script (general category Nd)
bool IsUpper(char32_t c);  // an upper-case or title-case letter
bool IsLower(char32_t c);  // a lower-case letter

// ---- Sentences -------------------------------------------------------------

enum class UnitKind {
  kSentence,  // a sentence of running text
  kHeading,   // a line without final punctuation: headline, byline, dateline, section title
  kNoise,     // page furniture: "Play", "Image credit: AFP", photo captions, share buttons
};
std::string_view UnitKindName(UnitKind kind);

// One unit of text: [begin, end) with surrounding whitespace excluded.
struct TextUnit {
  size_t begin = 0;
  size_t end = 0;
  UnitKind kind = UnitKind::kSentence;
};

// Splits news text into sentences. Handles abbreviations and initials (U.S.,
// F.B.I., Mr., Dec.), "5 a.m.", decimals and times (5.00am), ellipses, quotes
// that close a sentence, datelines ("AMMAN/BEIRUT, Dec 14 (Reuters) -", which
// becomes a kHeading unit of its own), and lines without final punctuation
// (headlines, bylines, captions), which are never glued to the next sentence.
// Every non-space byte of `text` belongs to exactly one unit; units are in order.
// Linear in the size of the text. The method is described in
// src/text/sentence_splitter.cc and docs/sentence-splitting.md.

// How single line breaks (a newline not followed by a blank line) are read.
// Blank lines always end a paragraph, and so a unit.
enum class LineBreaks {
  // Decide per text: hard-wrapped text (many lines that break mid-sentence, as
  // in DUC/TREC files) reads line breaks as spaces; otherwise each line is a
  // unit of its own, except that a line continues onto the next when the next
  // starts in lower case inside a paragraph that ends with sentence punctuation.
  kAuto,
  kHard,  // every line break ends a unit (one paragraph or headline per line)
  kSoft,  // line breaks are spaces; only blank lines end units
};

struct SplitOptions {
  LineBreaks line_breaks = LineBreaks::kAuto;
  // Recognise a dateline ("AMMAN/BEIRUT, Dec 14 (Reuters) -") before the first
  // sentence of the text and make it a kHeading unit. Neutral: false.
  bool detect_datelines = true;
  // A line without final punctuation is a kHeading unless it has at least this
  // many words, in which case it is running text that lost its period (kSentence).
  // Neutral (every such line is a heading): 0 is treated as "no limit".
  size_t max_heading_words = 25;
  // Run the trained boilerplate classifier (IsBoilerplate, below) on every
  // unit and mark what it flags kNoise. Neutral: false (only the fixed
  // furniture lists mark kNoise).
  bool classify_boilerplate = true;
  // Cut an agency tag or dateline (AgencyTagLength, below: "(CNN) —",
  // "LONDON, Dec 14 (Reuters) -") from the start of any paragraph, not only
  // before the first sentence, into a kNoise unit of its own; the sentence
  // after it is kept and begins after the tag. Neutral: false.
  bool strip_agency_tags = true;
};

std::vector<TextUnit> SplitSentences(std::string_view text);
std::vector<TextUnit> SplitSentences(std::string_view text, const SplitOptions& options);

// ---- Boilerplate -------------------------------------------------------------
//
// Page furniture that scraped news carries along: social-media embeds and
// their signature lines, video player text, photo credits, newsletter and
// reader call-outs, share buttons, copyright notices, archive-crawl notes.
// A logistic-regression model over the unit's shape (position, length,
// punctuation, capitals, handles, URLs, digits), how often the line recurred
// across unrelated training stories, and its first and last words. The
// weights are trained by bench/boilerplate_train from the lines labelled in
// testdata/boilerplate/ and compiled in (src/text/boilerplate_model.cc);
// method, rules and figures in docs/boilerplate.md.

// One unit and where it stands in its article.
struct BoilerplateUnit {
  std::string_view text;    // the unit's text, as SplitSentences cut it
  size_t index = 0;         // its position among the article's units, from 0
  size_t count = 1;         // the number of units in the article
  bool list_match = false;  // the splitter's fixed furniture lists already call it kNoise
  // The share, in [0, 1], of the unit's words (three characters or more) that
  // occur in no other unit of its article (internal::NovelWordShares): a line
  // in another register than its story ("Sign up for our newsletter") shares
  // few words with it. -1 (neutral) when unknown or the unit has no such word.
  float novel_word_share = -1;
};

// The model's probability that `unit` is boilerplate, in [0, 1]. Deterministic.
double BoilerplateProbability(const BoilerplateUnit& unit);
// BoilerplateProbability(unit) >= BoilerplateThreshold().
bool IsBoilerplate(const BoilerplateUnit& unit);
// The decision threshold, chosen by cross-validation on the training stories.
double BoilerplateThreshold();
// The lower threshold for a unit whose previous or next unit in the article
// is boilerplate (by the fixed lists or the model; an agency tag does not
// count): call-out paragraphs mix lines the model is sure of with lines it is
// not ("Sign up for our newsletter" / "You can unsubscribe at any time.").
// Chosen, like the threshold, by cross-validation on the training stories;
// at most BoilerplateThreshold(). SplitSentences applies it in a second pass.
double BoilerplateContextThreshold();

// The length in bytes of a dateline or agency tag that opens `sentence`
// ("(CNN) — ", "SAN FRANCISCO (AP) — ", "LONDON, Dec 14 (Reuters) - ",
// "WASHINGTON (Reuters) -"), white space after it included; 0 when there is
// none. The tag must name a news agency or broadcaster in parentheses, or be
// an all-capitals place followed by a dash.
size_t AgencyTagLength(std::string_view sentence);

// ---- Words -----------------------------------------------------------------

struct Token {
  size_t begin = 0;  // byte span of the word in the input
  size_t end = 0;
  std::string word;        // NFC, case-folded form
  bool is_number = false;  // made of digits (and , . separators)
};

// Word tokens: runs of letters and digits (any script), keeping word-internal
// apostrophes, hyphens and number separators ("don't", "al-Assad", "15,000").
// Punctuation and symbols are dropped.
std::vector<Token> Tokenize(std::string_view text);

// ---- English word tables ----------------------------------------------------
//
// Lists that the splitter and the fact extractors share (src/text/
// language_tables.cc). Words are case-folded and without their period.

// Month 1..12 of an English month name ("december") or of the abbreviations
// news writes ("dec", "sept"); nullopt for any other word.
std::optional<int> EnglishMonth(std::string_view folded_word);
// Weekday of an English weekday name, 0 = Monday ("wednesday" → 2); nullopt
// for any other word, abbreviations included.
std::optional<int> EnglishWeekday(std::string_view folded_word);
// Days counted from the day a text was written that an English word or
// pair names: "yesterday" and "last night" -1, "today", "tonight" and "this
// morning" (afternoon, evening) 0, "tomorrow" +1; nullopt for anything else.
// `folded_phrase` is one word or two separated by one space.
std::optional<int> EnglishRelativeDay(std::string_view folded_phrase);
// "jan" ... "dec" and "sept"; "mon", "tue", "tues", ... "sun".
std::span<const std::string_view> EnglishMonthAbbreviations();
std::span<const std::string_view> EnglishWeekdayAbbreviations();
// Abbreviated titles written before a name: "mr", "dr", "gen", "sen", "st", ...
std::span<const std::string_view> EnglishTitleAbbreviations();
bool IsEnglishTitleAbbreviation(std::string_view folded_word);
// Whether two different given names are one name's formal and familiar forms
// ("james" / "jim") or two familiar forms of one ("jim" / "jimmy").
bool AreEnglishGivenNameForms(std::string_view a, std::string_view b);
// Whether a word is one of those given names, formal or familiar ("michael",
// "jerry", "bill"): some are also common nouns ("a jerry", "a bill").
bool IsEnglishGivenName(std::string_view folded_word);
// The gender an English title or role word written before a name gives it:
// "mr" male, "mrs", "ms", "miss" female; "husband", "spokesman" male,
// "wife", "spokeswoman", "actress" female; kUnknown for any other word.
enum class Gender { kUnknown, kMale, kFemale };
Gender EnglishGenderOfWord(std::string_view folded_word);

// ---- Stemming and stop words ----------------------------------------------

// A language crosswire can analyse: one that libstemmer has a Snowball
// stemmer for. Values come only from FindLanguage, so holding one means the
// language was validated.
struct Language {
  std::string_view name = "english";  // Snowball name: what Stemmer and IsStopWord take
  std::string_view code = "en";       // ISO 639-1 code (the Snowball name for "porter")
  bool operator==(const Language&) const = default;
};

// Resolves a Snowball name ("german") or ISO 639-1/639-2 code ("de", "deu"),
// in any case. Errors: kInvalidInput naming the value and listing the
// accepted languages (KnownLanguages()).
Result<Language> FindLanguage(std::string_view name_or_code);

// "arabic (ar), armenian (hy), ...": the languages FindLanguage accepts.
std::string KnownLanguages();

// True when `sentence` cannot be read alone because it leans on the one
// before it: its subject is a pronoun or a demonstrative ("He explained",
// "In the call, they ..."), it speaks in the first person outside a quotation,
// or it quotes someone it names only by a pronoun or not at all. Rules for
// English (src/text/reference.cc); false for other languages.
bool LeansOnEarlierSentence(std::string_view sentence, const Language& language);

// A Snowball stemmer (libstemmer). Not thread-safe: use one per thread.
class Stemmer {
 public:
  // `language` is a Snowball name or ISO code ("english", "en", "german", ...).
  // Errors: kInvalidInput naming the language and listing the supported ones.
  static Result<Stemmer> Create(std::string_view language);

  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;
  ~Stemmer();

  // Stems one case-folded word.
  std::string Stem(std::string_view word);

 private:
  struct Impl;
  explicit Stemmer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True when the case-folded `word` (as Tokenize produces it) is a stop word of
// `language`, given by lower-case Snowball name or ISO 639-1 code. Built-in lists:
// english (~320 words), german, french, spanish, italian, portuguese, dutch;
// any other language has no stop words (always false).
bool IsStopWord(std::string_view word, std::string_view language = "english");

}  // namespace crosswire::text
