// Direct quotes and who said them.
//
// Quotation marks are paired in order within a paragraph: a curly opening
// mark (or newswire's ``) opens, a curly closing mark (or '') closes, and a
// straight double quote toggles. A quotation continued into the next paragraph has no closing mark
// at the end of the first (the English convention), so an unclosed passage
// ends with its paragraph and the next paragraph may carry it on. A quoted span of fewer than four
// words is a scare quote or a title ("rebel resistance", "liberated Aleppo"), not a statement, and
// is skipped.
//
// The speaker is found the way a reader finds it (cf. Pareti et al. 2013 on
// attribution, reduced to rules). First the report verb next to the quote
// and its subject: "“...,” Hall said", "“...,” said public relations
// executive Bina Mathews", "Bensu Elianita, a resident of Bukit Sama, said
// “...”", "Obama said: “...”"; an apposition between the subject and the
// verb is skipped. A subject that is a pronoun ("he said") is the last
// speaker of the sentences just before (the subject of their report verb,
// "Marsha DeFreese said Barton went to church", or of the sentence, "President
// Obama called on ..."), else the previous quote's. Without such a verb: a
// person named in the sentence(s) around the quote, outside the quoted text
// (the nearest after the quote, else the first before it), else an
// organisation; a sentence that is nothing but a quote continues the
// previous speaker, and a passage running on into the next paragraph takes
// the speaker its continuation names. Names are the canonical full names the
// entity extractor linked, so "Hall said" is "Jim Hall" when the article
// named him so.
#include <algorithm>
#include <string>

#include "crosswire/text.h"
#include "extract.h"

namespace crosswire::corroborate {
namespace {

using text::Gender;

struct RawQuote {
  size_t inner_begin = 0;
  size_t inner_end = 0;
  size_t outer_begin = 0;
  size_t outer_end = 0;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A straight double quote opens when a word follows it and none precedes it
// ("said: \"We", a paragraph's first character); anything else reads as a
// closing mark ("experience, \" Gaskin", "time. \"" at a line's end).
bool StraightOpens(std::string_view text, size_t p) {
  const bool word_after = p + 1 < text.size() && !IsSpace(text[p + 1]);
  const bool word_before = p > 0 && !IsSpace(text[p - 1]) && text[p - 1] != ':' &&
                           text[p - 1] != '(' && text[p - 1] != '-';
  return word_after && !word_before;
}

// Single quotation marks, as outlets that quote with them write them
// (British style: "‘We will not give up,’ she said"): the length of a mark
// at `p`, 0 when there is none. An opening one stands at a word's start
// (line start, space, bracket or dash before it) with a letter after it; a
// closing one follows a non-space and has no letter or digit after it, so
// the apostrophes of "don’t" and "Britain’s" are neither ("workers’ union"
// still reads as a closing mark). SingleMarkAt: the length of the curly
// mark `curly` or of a straight one at `p`, 0 when there is neither.
size_t SingleMarkAt(std::string_view text, size_t p, std::string_view curly) {
  if (text.compare(p, curly.size(), curly) == 0) return curly.size();
  return text[p] == '\'' ? 1 : 0;
}

size_t SingleOpensAt(std::string_view text, size_t p) {
  const size_t len = SingleMarkAt(text, p, "\xE2\x80\x98");
  if (len == 0) return 0;
  const bool start = p == 0 || IsSpace(text[p - 1]) || text[p - 1] == '(' || text[p - 1] == '-' ||
                     (p >= 3 && text.compare(p - 3, 3, "\xE2\x80\x94") == 0);
  return start && p + len < text.size() && IsAsciiLetter(text[p + len]) ? len : 0;
}

size_t SingleClosesAt(std::string_view text, size_t p) {
  const size_t len = SingleMarkAt(text, p, "\xE2\x80\x99");
  if (len == 0) return 0;
  const bool after_word = p > 0 && !IsSpace(text[p - 1]);
  const bool nothing_after =
      p + len >= text.size() ||
      !(IsAsciiLetter(text[p + len]) || (text[p + len] >= '0' && text[p + len] <= '9'));
  return after_word && nothing_after ? len : 0;
}

// Whether an article quotes with single marks: it has no double mark of any
// kind, and some single opening mark is closed later in its paragraph.
bool QuotesWithSingleMarks(std::string_view text) {
  if (text.find('"') != std::string_view::npos || text.find("``") != std::string_view::npos ||
      text.find("''") != std::string_view::npos ||
      text.find("\xE2\x80\x9C") != std::string_view::npos ||
      text.find("\xE2\x80\x9D") != std::string_view::npos) {
    return false;
  }
  bool opened = false;  // in this paragraph
  for (size_t p = 0; p < text.size(); ++p) {
    if (text[p] == '\n') {
      opened = false;
    } else if (SingleOpensAt(text, p) > 0) {
      opened = true;
    } else if (opened && SingleClosesAt(text, p) > 0) {
      return true;
    }
  }
  return false;
}

std::vector<RawQuote> FindQuotes(std::string_view text) {
  std::vector<RawQuote> out;
  const bool single_marks = QuotesWithSingleMarks(text);
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t open = kNone;
  bool open_straight = false;
  size_t open_len = 0;
  // A quotation that runs on into the next paragraph leaves its closing mark
  // off at the end of the first paragraph and opens the next one with a mark
  // again (the English convention). The unclosed passage ends with its
  // paragraph; a run-on paragraph whose first mark closes (the opening mark
  // lost, as in tokenised text) is quoted from its start.
  bool run_on = false;         // the previous paragraph ended inside a quote
  size_t paragraph_begin = 0;  // first non-blank byte of this paragraph
  bool paragraph_has_mark = false;
  for (size_t p = 0; p < text.size(); ++p) {
    const char c = text[p];
    if (c == '\n') {
      const bool blank_line = p == paragraph_begin;
      if (open != kNone && (!open_straight || StraightOpens(text, open))) {
        out.push_back(RawQuote{open + open_len, p, open, p});
        run_on = true;
      } else if (!blank_line) {
        run_on = false;
      }
      open = kNone;
      paragraph_has_mark = false;
      paragraph_begin = p + 1;
      continue;
    }
    // Newswire's typewriter marks (``...'') open and close as curly ones do;
    // so do single marks in an article that quotes with them.
    const bool ascii_open = text.compare(p, 2, "``") == 0;
    const bool ascii_close = text.compare(p, 2, "''") == 0;
    const size_t single_open = single_marks ? SingleOpensAt(text, p) : 0;
    const size_t single_close =
        single_marks && single_open == 0 && open != kNone ? SingleClosesAt(text, p) : 0;
    const bool curly_open =
        ascii_open || single_open > 0 || text.compare(p, 3, "\xE2\x80\x9C") == 0;
    const bool curly_close =
        ascii_close || single_close > 0 || text.compare(p, 3, "\xE2\x80\x9D") == 0;
    const bool straight = c == '"';
    if (!curly_open && !curly_close && !straight) continue;
    const size_t len = straight                     ? 1
                       : single_open + single_close ? single_open + single_close
                       : ascii_open || ascii_close  ? 2
                                                    : 3;
    const bool first_mark = !paragraph_has_mark;
    paragraph_has_mark = true;
    if (first_mark && run_on && open == kNone &&
        (curly_close || (straight && !StraightOpens(text, p)))) {
      out.push_back(RawQuote{paragraph_begin, p, paragraph_begin, p + len});
    } else if (open != kNone && (curly_close || (straight && open_straight))) {
      out.push_back(RawQuote{open + open_len, p, open, p + len});
      open = kNone;
    } else if (curly_open || straight) {
      open = p;
      open_straight = straight;
      open_len = len;
    }
    p += len - 1;
  }
  if (open != kNone && (!open_straight || StraightOpens(text, open))) {
    out.push_back(RawQuote{open + open_len, text.size(), open, text.size()});
  }
  return out;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  for (const Tok& t : Tokenize(s)) n += t.kind != TokKind::kPunct;
  return n;
}

// A quoted title ("Star Wars: Episode I -- The Phantom Menace", "Of Pandas
// and People"): every word of four letters or more capitalised, no more
// than a dozen words. A statement has lower-case words.
bool IsTitle(std::string_view s) {
  size_t long_words = 0, words = 0;
  for (const Tok& t : Tokenize(s)) {
    if (t.kind == TokKind::kPunct) continue;
    ++words;
    if (t.kind != TokKind::kWord || t.text.size() < 4) continue;
    ++long_words;
    if (!t.capitalized) return false;
  }
  return long_words > 0 && words <= 12;
}

bool HasPronounSpeech(std::string_view s) {
  const std::vector<Tok> toks = Tokenize(s);
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    const std::string a = toks[i].lower, b = toks[i + 1].lower;
    const bool pronoun = a == "he" || a == "she" || a == "they" || a == "we";
    const bool speech = IsSpeechVerb(b) || b == "continued";
    if ((pronoun && speech) || (speech && (b == "said" || b == "added") && a == "," &&
                                i + 2 < toks.size() && toks[i + 2].lower == "he")) {
      return true;
    }
    if ((a == "said" || a == "added") && (b == "he" || b == "she")) return true;
  }
  return false;
}

// A sentence after a quote that is only its attribution ("Michael Dunn
// asked.") has at most this many words.
constexpr size_t kAttributionWords = 6;

// Words between a subject told earlier and its speech verb: a second verb
// of the clause ("and added", "but said") or a passive ("being accused").
bool IsConjunctionOrBe(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"and",  "but", "or",   "then", "be",  "being",
                                                "been", "was", "were", "is",   "are", "get"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsDeterminer(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"a",   "an",  "the",   "another", "his",
                                                "her", "its", "their", "our"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsSubjectPronoun(std::string_view lower) {
  return lower == "he" || lower == "she" || lower == "they";
}

// Words between a subject and its report verb that are neither ("Hall also
// said", "she later told").
bool IsVerbModifier(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"also",  "later", "then",       "has",
                                                "had",   "again", "previously", "earlier",
                                                "often", "once",  "repeatedly"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A word that may belong to a name: capitalised, not a weekday or month
// ("said Sunday").
bool NameWord(const Tok& t) {
  return t.kind == TokKind::kWord && t.capitalized && !text::EnglishWeekday(t.lower) &&
         !text::EnglishMonth(t.lower);
}

// The subject of a report verb, as byte offsets into the text: a name, a
// pronoun ("he said"), or a description that names no one ("a veterinarian
// at the checkpoint said", "police said").
// kOrganisation: the organisation a description names ("a Renfield Foods
// spokesman"), its name as written when no mention covers it.
enum class SubjectKind { kName, kPronoun, kUnnamed, kOrganisation };
struct Subject {
  size_t begin = 0;
  size_t end = 0;
  SubjectKind kind = SubjectKind::kName;
};

// Words that end a subject after its verb: "said Atossa Soltani of Amazon
// Watch", "said Hall in Washington".
bool EndsSubject(std::string_view lower) {
  return lower == "of" || lower == "at" || lower == "for" || lower == "from" || lower == "in" ||
         lower == "with" || lower == "on" || lower == "during";
}

// Who a quote's report verb names, and who "he" is; see ExtractQuotes.
class Attributor {
 public:
  Attributor(std::string_view text, const std::vector<Span>& sentences,
             const std::vector<EntityMention>& mentions, const std::vector<RawQuote>& quotes)
      : text_(text),
        sentences_(sentences),
        mentions_(mentions),
        quotes_(quotes),
        toks_(sentences.size()) {}

  static bool IsDash(std::string_view s) {
    return s == "-" || s == "--" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93";
  }

  // Tokens of sentence `s`, with offsets into the text.
  const std::vector<Tok>& Tokens(size_t s) {
    if (!toks_[s]) {
      std::vector<Tok> toks =
          Tokenize(text_.substr(sentences_[s].begin, sentences_[s].end - sentences_[s].begin));
      for (Tok& t : toks) {
        t.begin += sentences_[s].begin;
        t.end += sentences_[s].begin;
      }
      toks_[s] = std::move(toks);
    }
    return *toks_[s];
  }

  // The attribution of a quote from the report verb next to it, in `t` (the
  // tokens of its sentences, and of the next one when the quote ends its
  // sentence): after the quote ("“...,” Hall said", "“...,” said Hall",
  // "“...?” Michael Dunn asked."), else before it ("Hall said: “...”", "he
  // told reporters: “...”").
  std::optional<Subject> Attribution(const std::vector<Tok>& t, size_t outer_begin,
                                     size_t outer_end) {
    size_t after = 0;
    while (after < t.size() && t[after].begin < outer_end) ++after;
    // A list of quotes signs each with a dash: "“...” — Sofia Vergara, on ...".
    if (after + 1 < t.size() && IsDash(t[after].text) && NameWord(t[after + 1])) {
      size_t last = after + 1;
      while (last + 1 < t.size() && NameWord(t[last + 1])) ++last;
      return Subject{t[after + 1].begin, t[last].end, SubjectKind::kName};
    }
    while (after < t.size() && t[after].kind == TokKind::kPunct && t[after].text != ".") ++after;
    for (size_t v = after; v < t.size() && v < after + 25; ++v) {
      if (t[v].text == "." || IsQuoteMark(t[v].text)) break;
      if (!IsSpeechVerb(t[v].lower)) continue;
      if (v == after) return SubjectAfter(t, v);
      return SubjectBefore(t, v);
    }
    // Before the quote, the verb is followed by nothing but an addressee or
    // a place in the text, and then a colon, a comma or "that" ("Obama said:
    // “", "he told reporters: “", "said in a statement, “"); "she said
    // witnesses recalled him saying “" reports someone else.
    size_t before = 0;
    while (before < t.size() && t[before].end <= outer_begin) ++before;
    if (before == 0) return std::nullopt;
    const Tok& mark = t[before - 1];
    const bool introduced = mark.text == ":" || mark.text == "," || mark.lower == "that";
    for (size_t v = before; v-- > 0 && v + 8 >= before;) {
      if (IsQuoteMark(t[v].text)) break;
      if (!IsSpeechVerb(t[v].lower)) continue;
      if (v + 1 != before && !introduced) return std::nullopt;
      return SubjectOf(t, v);
    }
    return std::nullopt;
  }

  // What sentence `s` says about who speaks after it. The subject of its
  // last speech verb that has one: a name is the speaker; a pronoun points
  // further back; a description means the speaker is not named. A sentence
  // without such a verb, when `or_person`, is about the first person it
  // names outside quotation marks ("This is where Conway went into spin
  // mode."). `*unnamed` is set when the speaker is not named.
  std::optional<std::string> SpeakerOf(size_t s, bool or_person, bool* unnamed) {
    const std::vector<Tok>& t = Tokens(s);
    std::optional<Subject> last;
    for (size_t v = 0; v < t.size(); ++v) {
      if (!IsSpeechVerb(t[v].lower) || Quoted(t[v].begin)) continue;  // not a quote's own words
      // A relative clause's speaker ("quotes Abraham Lincoln, who spoke of
      // ...") is not the sentence's.
      if (v > 0 && (t[v - 1].lower == "who" || t[v - 1].lower == "which")) continue;
      if (std::optional<Subject> subject = SubjectOf(t, v)) last = subject;
    }
    if (last) {
      *unnamed = last->kind == SubjectKind::kUnnamed;
      if (last->kind == SubjectKind::kOrganisation) return OrganisationOf(*last);
      return last->kind == SubjectKind::kName ? NameOf(*last) : std::nullopt;
    }
    if (!or_person) return std::nullopt;
    for (const EntityMention& m : mentions_) {
      if (m.begin < sentences_[s].begin || m.kind != FactKind::kPerson || Quoted(m.begin)) continue;
      if (m.begin >= sentences_[s].end) break;
      if (AfterPreposition(t, m.begin)) continue;  // "In his note to Trump, Gorsuch was ..."
      return m.name;
    }
    return std::nullopt;
  }

  // A person's gender where the article says it: a title before a mention
  // of the name ("Mr.", "Mrs.", "Ms.") or a gendered role word right before
  // it or its comma ("his wife, Karen", "spokeswoman Dana Orvel").
  Gender GenderOf(const std::string& name) const {
    for (const EntityMention& m : mentions_) {
      if (m.name != name || m.kind != FactKind::kPerson) continue;
      const size_t from = m.begin >= 40 ? m.begin - 40 : 0;
      const Tok* before = nullptr;  // the last word before the mention
      const Tok* first = nullptr;   // the mention's first word ("Mrs" of "Mrs Reeves")
      const std::vector<Tok> around = Tokenize(text_.substr(from, m.end - from));
      for (const Tok& t : around) {
        if (t.begin + from >= m.begin) {
          if (t.kind == TokKind::kWord && first == nullptr) first = &t;
        } else if (t.kind == TokKind::kWord) {
          before = &t;
        } else if (t.text != "," && !(t.text == "." && before != nullptr &&
                                      text::IsEnglishTitleAbbreviation(before->lower))) {
          before = nullptr;  // a sentence's end: "..., a spokesman. ¶ Stephanie Sheffield"
        }
      }
      for (const Tok* w : {before, first}) {
        if (w == nullptr) continue;
        const Gender g = text::EnglishGenderOfWord(w->lower);
        if (g != Gender::kUnknown) return g;
      }
    }
    return Gender::kUnknown;
  }

  // The organisation a description names: its mention's name, else the
  // words as written.
  std::string OrganisationOf(const Subject& s) const {
    if (const EntityMention* m = MentionIn(s)) return m->name;
    return std::string(text_.substr(s.begin, s.end - s.begin));
  }

  // The name a subject stands for: the person mention it overlaps, else an
  // earlier person of the article with the same last word ("Hall" of "Jim
  // Hall"), else the organisation or place it overlaps (the syntax says it
  // speaks), else the run itself when it has two words or more.
  std::optional<std::string> NameOf(const Subject& s) const {
    const EntityMention* m = MentionIn(s);
    if (m != nullptr && m->kind == FactKind::kPerson) return m->name;
    const std::string_view run = text_.substr(s.begin, s.end - s.begin);
    const std::vector<Tok> words = Tokenize(run);
    if (words.empty()) return std::nullopt;
    const std::string& last = words.back().lower;
    std::optional<std::string> same_surname;
    for (const EntityMention& earlier : mentions_) {
      if (earlier.begin >= s.begin) break;
      if (earlier.kind != FactKind::kPerson) continue;
      const size_t space = earlier.name.rfind(' ');  // canonical names: words by single spaces
      if (space != std::string::npos && FoldCase(earlier.name.substr(space + 1)) == last) {
        same_surname = earlier.name;
      }
    }
    if (same_surname) return same_surname;
    if (m != nullptr) return m->name;
    if (words.size() >= 2) return std::string(run);
    return std::nullopt;
  }

 private:
  // The subject of the report verb at token `v`: before it ("Hall said"),
  // or after it when the verb opens its clause ("..., said Hall").
  std::optional<Subject> SubjectOf(const std::vector<Tok>& t, size_t v) {
    const bool opens_clause = v == 0 || t[v - 1].text == "," || IsQuoteMark(t[v - 1].text);
    // "No problems were reported, said project manager Jim Erickson of
    // NASA." inverts; "Cindy Northcutt, 38, ..., said Barton “always ...”"
    // does not: the name after the verb ends the clause.
    if (opens_clause) {
      std::optional<Subject> after = SubjectAfter(t, v);
      if (after && after->kind != SubjectKind::kUnnamed && EndsClauseAfter(t, after->end)) {
        return after;
      }
    }
    return SubjectBefore(t, v);
  }

  // The subject of the report verb at token `v` when it precedes the verb:
  // "Hall said", "he told", "police said" (unnamed), "Smith, who told",
  // "Jake Liang of the National Institutes of Health said" (of the names of
  // the phrase, the first that is a person, else the first that is not a
  // place), "Cindy
  // Northcutt, 38, who lived on the same street as Barton, said" (an
  // apposition: the person that opens it, else its first other name), "a
  // Foreign Office spokeswoman said" (the organisation of a description).
  std::optional<Subject> SubjectBefore(const std::vector<Tok>& t, size_t v) {
    size_t k = v;
    while (k > 0 && (IsVerbModifier(t[k - 1].lower) ||
                     (!t[k - 1].capitalized && t[k - 1].lower.ends_with("ly")))) {
      --k;
    }
    if (k == 0) return std::nullopt;
    const Tok& before = t[k - 1];
    if (IsSubjectPronoun(before.lower)) {
      return Subject{before.begin, before.end, SubjectKind::kPronoun};
    }
    if (NameWord(before)) return NamePhraseEndingAt(t, k - 1);
    // "Mr. Smith, who told them:": the name before. "Hall and Reyes said":
    // the first of two names; "Hall praised the firm, but said", "... and
    // added" join a second verb to the clause's subject, which the text
    // gave before. A passive ("after being accused") says nothing of who
    // speaks.
    if (before.lower == "who" || before.lower == "which") {
      size_t j = k - 1;
      if (j > 0 && t[j - 1].text == ",") --j;
      if (j > 0 && NameWord(t[j - 1])) return NamePhraseEndingAt(t, j - 1);
      return std::nullopt;
    }
    if (before.lower == "and" && k >= 2 && NameWord(t[k - 2])) return NamePhraseEndingAt(t, k - 2);
    if (IsConjunctionOrBe(before.lower)) {
      // The subject opens the clause the first verb is in: "..., Cosby shook
      // his head and said", "Hall praised the firm, but said", "..., he also
      // complained ..., but added:".
      size_t j = k - 1;
      if (j > 0 && t[j - 1].text == ",") --j;  // the comma of ", but"
      while (j > 0 && t[j - 1].text != "," && !IsQuoteMark(t[j - 1].text)) --j;
      while (j + 1 < k && (t[j].lower == "then" || t[j].lower == "but")) ++j;
      if (IsSubjectPronoun(t[j].lower)) return Subject{t[j].begin, t[j].end, SubjectKind::kPronoun};
      if (NameWord(t[j])) {
        size_t last = j;
        while (last + 1 < k && NameWord(t[last + 1])) ++last;
        return NamePhraseEndingAt(t, last);
      }
      return std::nullopt;
    }
    if (before.kind == TokKind::kWord && !before.capitalized) {
      for (size_t j = k - 1; j > 0 && j + 3 >= k; --j) {
        if (t[j - 1].kind != TokKind::kWord) break;  // the description ends there
        if (!NameWord(t[j - 1])) continue;
        Subject run = RunEndingAt(t, j - 1);
        const EntityMention* m = MentionIn(run);
        // Without a mention, a lone capitalised word opening the sentence
        // is no name ("State media said").
        const bool lone_opening =
            m == nullptr && run.begin == t.front().begin &&
            text_.substr(run.begin, run.end - run.begin).find(' ') == std::string_view::npos;
        if (!lone_opening && (m == nullptr || m->kind == FactKind::kOrganization)) {
          run.kind = SubjectKind::kOrganisation;
          return run;
        }
        break;
      }
      return Subject{before.begin, before.end, SubjectKind::kUnnamed};
    }
    if (before.text != ",") return std::nullopt;
    std::optional<Subject> person, other;
    size_t commas = 0;
    for (size_t c = k - 1; c > 0 && commas < 4 && k - c <= 30; --c) {
      if (t[c].text != ",") continue;
      ++commas;
      if (!NameWord(t[c - 1])) continue;
      const Subject run = NamePhraseEndingAt(t, c - 1);
      const EntityMention* m = MentionIn(run);
      if (m != nullptr && m->kind == FactKind::kPerson) {
        person = run;
      } else if (m == nullptr || m->kind != FactKind::kPlace) {
        other = run;
      }
    }
    return person ? person : other;
  }

  // The subject after a report verb that opens its clause: "said Hall",
  // "said public relations executive Bina Mathews", "said UN spokesperson
  // Rupert Colville" (of the names before the clause or a preposition ends
  // it, and not modifying a noun for people or groups, the last that is a
  // person, else the first), "said another former pilot, Germain Chambort",
  // "said he". A description without a name ("said the Missouri lawmaker")
  // is unnamed, or its organisation's ("wrote the AAAS board"). Not after
  // "told" (its object is the one told).
  std::optional<Subject> SubjectAfter(const std::vector<Tok>& t, size_t v) const {
    if (t[v].lower == "told" || t[v].lower == "tells") return std::nullopt;
    if (v + 1 < t.size() && IsSubjectPronoun(t[v + 1].lower)) {
      return Subject{t[v + 1].begin, t[v + 1].end, SubjectKind::kPronoun};
    }
    std::optional<Subject> first, person, organisation;
    bool described = false;  // "said the lawmaker", "said a spokesman"
    size_t common_words = 0;
    for (size_t k = v + 1; k < t.size() && k <= v + 8; ++k) {
      const bool apposition =
          t[k].text == "," && !first && described && k + 1 < t.size() && NameWord(t[k + 1]);
      if (apposition) continue;
      if (t[k].kind != TokKind::kWord || EndsSubject(t[k].lower)) break;
      if (!NameWord(t[k])) {
        if (k == v + 1) described = IsDeterminer(t[k].lower) || IsPeopleOrGroupNoun(t[k].lower);
        if (++common_words > 3) break;
        continue;
      }
      size_t last = k;
      while (last + 1 < t.size() && NameWord(t[last + 1])) ++last;
      const Subject run{t[k].begin, t[last].end, SubjectKind::kName};
      k = last;
      const EntityMention* m = MentionIn(run);
      if (last + 1 < t.size() && !t[last + 1].capitalized &&
          IsPeopleOrGroupNoun(t[last + 1].lower)) {
        if (m != nullptr && m->kind == FactKind::kOrganization) organisation = run;
        described = described || !first;  // "said Hayes's attorney, John Fuller"
        continue;
      }
      if (!first) first = run;
      if (m != nullptr && m->kind == FactKind::kPerson) person = run;
    }
    if (person) return person;
    if (first) return first;
    if (organisation) return organisation;
    if (described) return Subject{t[v + 1].begin, t[v + 1].end, SubjectKind::kUnnamed};
    return std::nullopt;
  }

  // Whether the word before byte `begin` is a preposition ("to Trump").
  static bool AfterPreposition(const std::vector<Tok>& t, size_t begin) {
    static constexpr std::string_view kWords[] = {"to",   "of",    "with", "by",      "for",
                                                  "from", "about", "at",   "against", "on"};
    const Tok* previous = nullptr;
    for (const Tok& tok : t) {
      if (tok.begin >= begin) break;
      previous = &tok;
    }
    return previous != nullptr &&
           std::find(std::begin(kWords), std::end(kWords), previous->lower) != std::end(kWords);
  }

  // Whether the clause ends right after byte `end`: punctuation, a
  // preposition ("of NASA"), or the end of the sentence.
  static bool EndsClauseAfter(const std::vector<Tok>& t, size_t end) {
    for (const Tok& tok : t) {
      if (tok.begin < end) continue;
      return tok.kind == TokKind::kPunct ? !IsQuoteMark(tok.text) : EndsSubject(tok.lower);
    }
    return true;
  }

  // The run of name words ending at token `last` (inclusive).
  static Subject RunEndingAt(const std::vector<Tok>& t, size_t last) {
    size_t first = last;
    while (first > 0 && NameWord(t[first - 1])) --first;
    while (first < last && IsDeterminer(t[first].lower)) ++first;  // "A Renfield Foods ..."
    return Subject{t[first].begin, t[last].end, SubjectKind::kName};
  }

  // The name phrase whose last word is token `last`: its runs of name words
  // joined by "of" and "the" ("Jake Liang of the National Institutes of
  // Health"), and a place's state after a comma ("Vikki Manko of Naperville,
  // Illinois"); the first run that is a person, else the first that is not
  // a place, else the last run.
  Subject NamePhraseEndingAt(const std::vector<Tok>& t, size_t last) const {
    std::vector<Subject> runs;
    size_t k = last + 1;
    while (k > 0) {
      size_t end = k - 1;
      if (!NameWord(t[end])) break;
      size_t first = end;
      while (first > 0 && NameWord(t[first - 1])) --first;
      runs.push_back(Subject{t[first].begin, t[end].end, SubjectKind::kName});
      k = first;
      while (k > 0 && (t[k - 1].lower == "of" || t[k - 1].lower == "the")) --k;
      // "of Naperville, Illinois": a place's state or country after a comma.
      const EntityMention* m = MentionIn(runs.back());
      if (k == first && k > 1 && t[k - 1].text == "," && NameWord(t[k - 2]) && m != nullptr &&
          m->kind == FactKind::kPlace) {
        // "of Naperville, Illinois": a town after a preposition, then its state.
        size_t town = k - 2;
        while (town > 0 && NameWord(t[town - 1])) --town;
        const std::string& preposition = town > 0 ? t[town - 1].lower : std::string();
        if (preposition == "of" || preposition == "in" || preposition == "from") --k;
      }
      if (k == first) break;
    }
    std::optional<Subject> other;
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {  // first run first
      const EntityMention* m = MentionIn(*it);
      if (m != nullptr && m->kind == FactKind::kPerson) return *it;
      if (!other && (m == nullptr || m->kind != FactKind::kPlace)) other = *it;
    }
    return other ? *other : runs.front();
  }

  // The mention overlapping a subject's span, by kind: person, organisation,
  // then place.
  const EntityMention* MentionIn(const Subject& s) const {
    auto rank = [](FactKind k) {
      return k == FactKind::kPerson ? 0 : k == FactKind::kOrganization ? 1 : 2;
    };
    const EntityMention* best = nullptr;
    for (const EntityMention& m : mentions_) {
      if (m.end <= s.begin || m.begin >= s.end) continue;
      if (best == nullptr || rank(m.kind) < rank(best->kind)) best = &m;
    }
    return best;
  }

  // Whether byte `pos` lies inside a quotation.
  bool Quoted(size_t pos) const {
    auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos,
                               [](size_t p, const RawQuote& q) { return p < q.outer_begin; });
    return it != quotes_.begin() && pos < std::prev(it)->outer_end;
  }

  std::string_view text_;
  const std::vector<Span>& sentences_;
  const std::vector<EntityMention>& mentions_;
  const std::vector<RawQuote>& quotes_;  // in text order
  std::vector<std::optional<std::vector<Tok>>> toks_;
};

}  // namespace

std::vector<Claim> ExtractQuotes(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<EntityMention>& mentions) {
  std::vector<Claim> out;
  std::vector<bool> runs_on;  // per claim: its passage runs on into the next paragraph
  const std::vector<RawQuote> quotes = FindQuotes(text);
  Attributor attributor(text, sentences, mentions, quotes);
  std::string previous_speaker;
  size_t previous_sentence = static_cast<size_t>(-1);
  auto sentence_of = [&](size_t pos) -> std::optional<size_t> {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                               [](size_t p, const Span& s) { return p < s.begin; });
    if (it == sentences.begin()) return std::nullopt;
    --it;
    if (pos >= it->end) return std::nullopt;
    return static_cast<size_t>(it - sentences.begin());
  };
  for (const RawQuote& q : quotes) {
    auto first = sentence_of(q.inner_begin);
    if (!first) continue;  // inside a heading or page furniture
    size_t last = *first;
    if (auto e = sentence_of(q.inner_end > 0 ? q.inner_end - 1 : 0)) last = std::max(last, *e);
    // Trim the quoted text: spaces and the trailing comma a quote keeps
    // before "he said".
    size_t b = q.inner_begin, e = q.inner_end;
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == ',')) --e;
    const std::string_view inner = text.substr(b, e - b);
    if (CountWords(inner) < 4 || IsTitle(inner)) continue;

    const size_t ctx_begin = sentences[*first].begin;
    const size_t ctx_end = sentences[last].end;
    std::string speaker;
    // Speaker: the subject of the report verb next to the quote, looked for
    // in the next sentence too when the quote ends its own ("“...?” | Michael
    // Dunn asked.").
    std::vector<Tok> around;
    size_t through = last;
    if (last + 1 < sentences.size() && q.outer_end + 2 >= sentences[last].end) {
      const Span& next = sentences[last + 1];
      const std::vector<Tok>& next_toks = attributor.Tokens(last + 1);
      const bool signed_with_dash = !next_toks.empty() && Attributor::IsDash(next_toks[0].text);
      const bool same_paragraph =
          text.substr(q.outer_end, next.begin - std::min(next.begin, q.outer_end)).find('\n') ==
          std::string_view::npos;
      if (signed_with_dash ||
          (same_paragraph &&
           CountWords(text.substr(next.begin, next.end - next.begin)) <= kAttributionWords)) {
        through = last + 1;
      }
    }
    for (size_t si = *first; si <= through; ++si) {
      const std::vector<Tok>& t = attributor.Tokens(si);
      around.insert(around.end(), t.begin(), t.end());
    }
    bool unnamed = false;  // the text says who speaks without naming them
    if (std::optional<Subject> subject =
            attributor.Attribution(around, q.outer_begin, q.outer_end)) {
      if (subject->kind == SubjectKind::kName) {
        speaker = attributor.NameOf(*subject).value_or("");
      } else if (subject->kind == SubjectKind::kOrganisation) {
        speaker = attributor.OrganisationOf(*subject);
      } else if (subject->kind == SubjectKind::kUnnamed) {
        unnamed = true;
      } else {
        // "she said" is not the man the text named last.
        const std::string pronoun =
            FoldCase(text.substr(subject->begin, subject->end - subject->begin));
        auto fits = [&](const std::string& name) {
          const Gender g = attributor.GenderOf(name);
          return g == Gender::kUnknown || (pronoun == "she") == (g == Gender::kFemale) ||
                 pronoun == "they";
        };
        for (size_t back = 1; back <= 3 && back <= *first && speaker.empty() && !unnamed; ++back) {
          speaker = attributor.SpeakerOf(*first - back, true, &unnamed).value_or("");
          if (!speaker.empty() && !fits(speaker)) speaker.clear();
        }
        if (speaker.empty() && !unnamed && !previous_speaker.empty() &&
            previous_sentence + 3 >= *first && fits(previous_speaker)) {
          speaker = previous_speaker;
        }
      }
    }
    // Else mentions in the sentences around the quote, outside it.
    if (speaker.empty() && !unnamed) {
      size_t best_distance = static_cast<size_t>(-1);
      int best_rank = 3;
      for (const EntityMention& m : mentions) {
        if (m.begin < ctx_begin || m.end > ctx_end) continue;
        if (m.begin >= q.outer_begin && m.end <= q.outer_end) continue;  // inside the quote
        const int rank = m.kind == FactKind::kPerson         ? 0
                         : m.kind == FactKind::kOrganization ? 1
                                                             : 2;
        if (rank == 2) continue;
        // After the quote the nearest name speaks ("“...,” X told Reuters");
        // before it, the subject, i.e. the first name of the sentence ("X
        // congratulated Y, saying it was “...”"). Names after the quote win.
        const size_t distance = m.end <= q.outer_begin
                                    ? (1u << 30) + (m.begin - std::min(m.begin, ctx_begin))
                                    : m.begin - q.outer_end;
        // An addressee ("told Reuters") is not the speaker.
        const std::string_view before =
            text.substr(m.begin >= 6 ? m.begin - 6 : 0, m.begin >= 6 ? 6 : m.begin);
        if (before.find("told") != std::string_view::npos) continue;
        if (rank < best_rank || (rank == best_rank && distance < best_distance)) {
          best_rank = rank;
          best_distance = distance;
          speaker = m.name;
        }
      }
      // Outside-quote text of the context, for pronoun attribution.
      std::string outside(
          text.substr(ctx_begin, q.outer_begin - std::min(q.outer_begin, ctx_begin)));
      if (q.outer_end < ctx_end) outside += text.substr(q.outer_end, ctx_end - q.outer_end);
      const bool pronoun = HasPronounSpeech(outside);
      const bool bare = CountWords(outside) <= 1;
      if (speaker.empty() || (pronoun && best_rank > 0)) {
        if (pronoun) {
          // "he said": the last person named before the quote, nearby.
          const size_t window_begin = sentences[*first >= 2 ? *first - 2 : 0].begin;
          for (const EntityMention& m : mentions) {
            if (m.begin >= q.outer_begin) break;
            if (m.begin >= window_begin && m.kind == FactKind::kPerson) speaker = m.name;
          }
        }
        // A quote alone after "..., Noble said." is Noble's, as after his
        // own quote.
        if (speaker.empty() && bare && *first > 0 && previous_sentence != *first - 1) {
          speaker = attributor.SpeakerOf(*first - 1, false, &unnamed).value_or("");
        }
        if ((speaker.empty() || (pronoun && best_rank > 0 && speaker.empty())) && !unnamed &&
            (pronoun || bare) && !previous_speaker.empty() && previous_sentence + 3 >= *first) {
          speaker = previous_speaker;
        }
      }
    }
    Claim c;
    c.fact.kind = FactKind::kQuote;
    c.fact.begin = b;
    c.fact.end = e;
    c.fact.value = std::string(inner);
    c.fact.about = speaker.empty() ? "unattributed" : speaker;
    c.fact.normalized_text = speaker;
    c.speaker = FoldCase(speaker);
    c.head = c.speaker;
    c.context = std::string(inner);
    out.push_back(std::move(c));
    runs_on.push_back(q.outer_end == q.inner_end && q.inner_end < text.size());
    // A quote of someone the text does not name ends the chain: the next
    // bare quote is theirs too, not the last named speaker's.
    if (!speaker.empty() || unnamed) {
      previous_speaker = speaker;
      previous_sentence = last;
    }
  }
  // A passage that runs on into the next paragraph is the speaker's its
  // continuation names ("“The quake was strong. ¶ My husband rushed off,”
  // said Sara Sadeqi").
  for (size_t i = out.size(); i-- > 1;) {
    Claim& c = out[i - 1];
    if (!runs_on[i - 1] || !c.speaker.empty() || out[i].speaker.empty()) continue;
    c.fact.about = out[i].fact.about;
    c.fact.normalized_text = out[i].fact.normalized_text;
    c.speaker = out[i].speaker;
    c.head = c.speaker;
  }
  return out;
}

}  // namespace crosswire::corroborate
