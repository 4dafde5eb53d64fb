// Alignment: which claims from different outlets are about the same thing,
// and whether the outlets agree.
//
// Method: pairwise linking followed by connected components (union–find),
// the standard recipe of cross-document coreference (Bagga & Baldwin 1998),
// with one link rule per kind of fact instead of a learned similarity:
//
//   quantity  same counted-noun key (people nouns share one; or two nouns
//             WordNet relates, CountedNounsRelated), event verbs not
//             contradicting ("killed" vs "left"), and value intervals that
//             meet: "at least 82", "more than 82" and "Eighty-two" link. Two
//             exact, non-meeting values link as a *conflict* only when the
//             event verb is the same and the sentences say much the same
//             thing (content similarity), so "6,000 civilians left" and
//             "15,000 people will be able to leave" stay apart.
//   duration  same event key; conflict when the intervals do not meet and
//             the key is the armed conflict itself or the contexts are close.
//   time      same event (the clause of each time shares a word) and readings
//             within kClockSlackMinutes; near-identical readings whatever the
//             event; conflict for one event at two times.
//   date      same normalised date.
//   entity    the name rules of names.cc (NameLink: same words up to case,
//             punctuation and particles, transliterations, slips, a middle
//             initial, shortened forms), kinds allowed to differ except for
//             slips; shortened forms and initials link last, and only to the
//             one fuller entity the evidence names (LinkPairs, LinkInitials).
//   quote     same speaker and similar content (two translations of one
//             statement), or near-identical content whoever is named, or
//             a run of words in common (six for one or an unnamed speaker,
//             eight whoever is named), or a short quote said whole in another.
//
// A component's verdict: one outlet (or several running one wire copy: one
// voice) → single_source; a pair from two outlets
// with incompatible values → conflict; names written differently beyond case
// and punctuation (with the reasons, FactGroup::reasons) or quotes worded
// differently → variant; otherwise agree. Groups are ordered by
// verdict (agree, conflict, variant, single_source), then by first
// appearance; claims by article, then position. Cost is quadratic in the
// claims of one kind, a few hundred per story, so well under a millisecond.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

enum class Link { kNone, kSame, kConflict };

// Thresholds on the Dice similarity of two content bags (ContentBag), set by
// hand on the development stories of the corroboration gold set:
// two sentences at or above kSimilarContext talk about much the same thing
// (enough, with the same event verb, to call two numbers a conflict);
// at or above kSameContext they say the same thing whatever the verb.
constexpr double kSimilarContext = 0.3;
// How far a floor ("at least 12") reaches as a reading of a stated count
// (CountsOverlap).
constexpr double kFloorReach = 10;
// How long the coverage of one story runs between two reports: a figure
// reported more than a week after another neither disputes nor revises it
// (the same span as the story clusterer's default window).
constexpr long long kCoverageDays = 7;
constexpr long long kSecondsPerDay = 86400;
constexpr double kSameContext = 0.5;
// Two quotes of one speaker are one statement when their words are at least
// kSameSpeakerQuote alike and share kMinSharedQuoteWords content words (not just
// the topic: "nuclear test"); of the same or an unnamed speaker, when kSameQuote alike.
// Translations of one statement reach 0.4 and more; one speaker's two
// statements on one topic ("children should be in child restraints" / "child
// safety seats are used correctly") about 0.3.
constexpr double kSameSpeakerQuote = 0.4;
constexpr size_t kMinSharedQuoteWords = 3;
constexpr double kSameQuote = 0.7;
// A quote is an excerpt of another (by the same speaker, or one unnamed) when
// kExcerptShare of its content words, and at least kMinExcerptWords, are in
// the other. Chosen on the dev stories and the unlabelled Multi-News set.
constexpr size_t kMinExcerptWords = 4;
constexpr double kExcerptShare = 0.8;
// An excerpt of at least kVerbatimWords content words is one statement
// whoever the outlets name as its speaker.
constexpr size_t kVerbatimWords = 6;
// Two quotes that share a run of kSharedRunWords words, word for word, quote
// one statement: outlets cut overlapping slices of it ("I'm the victim here.
// I was the one who was victimized" / "I was the one who was victimized ...
// I was the victim too").
// (Five-word runs joined two statements on the dev stories; the unlabelled
// stories' six-word runs read as one statement.)
constexpr size_t kSharedRunWords = 6;
// A run of kVerbatimRunWords words in common is one statement whoever each
// outlet names: a letter's "there's no reason for me to lie now" quoted as
// its writer's and as the reader's who quoted it.
constexpr size_t kVerbatimRunWords = 8;
// A quote of kMinWholeExcerptWords words or more (and fewer than
// kSharedRunWords) said whole inside another is an excerpt of it.
constexpr size_t kMinWholeExcerptWords = 4;

int Family(FactKind k) { return IsEntity(k) ? 100 : static_cast<int>(k); }

bool Overlap(double a_low, double a_high, double b_low, double b_high) {
  const double tolerance = 1e-9 + 1e-6 * std::max(std::fabs(a_low), std::fabs(b_low));
  return a_low <= b_high + tolerance && b_low <= a_high + tolerance;
}

// Whether two figures' intervals meet. A converted measure's interval has a
// rounding allowance (Claim::slack): two such measures meet when one's
// stated value lies within the other's allowance, not when the two
// allowances merely touch ("180 to 245 pounds" and "167 pounds" are 7%
// apart, within the two allowances added up).
bool Compatible(const Claim& a, const Claim& b) {
  if (a.slack == 0 || b.slack == 0) return Overlap(a.low, a.high, b.low, b.high);
  return Overlap(a.low / (1 - a.slack), a.high / (1 + a.slack), b.low, b.high) ||
         Overlap(a.low, a.high, b.low / (1 - b.slack), b.high / (1 + b.slack));
}

// Whether two figures can be one count: their intervals overlap, with a
// floor read as a reporter means it. Two floors reach at most double ("at
// least 144 killed" on Monday and "more than 7,500 have died" in the whole
// crackdown are two counts; each outlet states the least it knows). A floor
// reaches a stated count up to kFloorReach times itself ("at least 12 people
// died" is no reading of "2 million died"), except in a report published
// after the floor's, since a toll can rise tenfold ("at least 600" on the
// quake's day, "7,085" three days on: a revision, Revision below).
bool CountsOverlap(const Claim& a, const Claim& b) {
  const bool floor_a = std::isinf(a.high), floor_b = std::isinf(b.high);
  if (!floor_a && !floor_b) return Compatible(a, b);
  const Claim& floor = floor_a ? a : b;
  const Claim& count = floor_a ? b : a;
  const bool revisable = floor.published && count.published && *floor.published < *count.published;
  if (floor_a != floor_b && revisable) return Compatible(a, b);
  const double reach = floor_a && floor_b ? 2 : kFloorReach;
  Claim ca = a, cb = b;
  if (floor_a) ca.high = reach * ca.low;
  if (floor_b) cb.high = reach * cb.low;
  return Compatible(ca, cb);
}

// A figure stated as roughly so much ("about", "some", "nearly", "just
// over"): a bounded allowance around a stated value.
bool Approximate(const Claim& c) {
  const std::string& q = c.fact.qualifier;
  return c.fact.normalized && !std::isinf(c.high) &&
         (q == "around" || q == "nearly" || q == "just over" || q == "just under");
}

// Whether `a`'s stated value lies within `b`'s allowance.
bool WithinAllowance(const Claim& a, const Claim& b) {
  const double v = *a.fact.normalized;
  const double tolerance = 1e-9 + 1e-6 * std::fabs(v);
  return v >= b.low - tolerance && v <= b.high + tolerance;
}

// A day named without a calendar date that the article's publication day
// did not resolve: a weekday ("Wednesday") or a day counted from the day of
// writing ("yesterday"). It names different days in articles published on
// different days.
bool IsUnresolvedDay(std::string_view normalized) {
  const std::string folded = FoldCase(normalized);
  return text::EnglishWeekday(folded).has_value() || text::EnglishRelativeDay(folded).has_value();
}

// Per-claim data computed once, so that the pairwise pass does no tokenizing.
struct Prepared {
  std::vector<std::string> context_bag;  // sorted content stems of the sentence
  std::vector<std::string> value_bag;    // quotes: of the quoted text
  // Quotes: sorted hashes of their runs of kSharedRunWords and of
  // kVerbatimRunWords words (WordRuns).
  std::vector<uint64_t> value_runs;
  std::vector<uint64_t> value_long_runs;
  std::vector<std::string> value_words;  // quotes: their words, case-folded
  bool value_titled = false;             // quotes: every long content word capitalised
  NameForm name;                         // entities and quote speakers
  // Index of `name` among the story's distinct (name, kind) pairs, the key of
  // the NameLink memo: claims repeat names, and LinkPairs, quotes and
  // VariantReasons compare the same two names many times.
  size_t name_id = 0;
  // Entities: the articles that write this name (this kind), sorted.
  std::vector<size_t> name_articles;
  std::string surface;  // entities: the name as written, for the verdict
  // Ages: how many people the story gives an age for (known holders), and
  // how many of them have this claim's age.
  size_t age_holders = 0;
  size_t age_holders_of_value = 0;
  // Dates: this date's article, or the story by two aspects, gives this day
  // for two different facts ("arrested on Sunday", "the woman was killed on
  // Sunday"), so the day alone does not say which fact the date dates
  // (DaysOfSeveralFacts).
  bool day_of_several_facts = false;
};

// A name as written, up to case, punctuation, spacing and a leading "the":
// two outlets whose names differ beyond that write the name two ways
// ("Bashar al-Assad" = "Bashar al Assad"; "Assad" and "UN" are variants).
std::string SurfaceKey(std::string_view name) {
  // Without a legal form at the end ("Pfizer Inc." is written as "Pfizer").
  std::string folded = FoldCase(WithoutLegalForm(name));
  if (folded.starts_with("the ")) folded.erase(0, 4);
  std::string out;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> ContentBag(const std::vector<Tok>& toks) {
  // Words of three letters or more that every news sentence may carry, "said"
  // first. Deliberately not text::IsStopWord: that list (~320 words) keeps
  // "said" as a content word, and swapping lists moves the similarity of
  // sentence pairs across the thresholds above, changing verdicts (the gold
  // set's numbers were measured with this list).
  static constexpr std::string_view kUninformative[] = {
      "the",  "and",   "that",  "this",  "with", "from",  "have",  "has",  "had",   "was",  "were",
      "are",  "for",   "not",   "but",   "they", "their", "there", "will", "would", "said", "its",
      "been", "his",   "her",   "she",   "who",  "which", "into",  "over", "than",  "then", "also",
      "can",  "could", "about", "after", "some", "any",   "all",   "our",  "out",   "what", "when"};
  std::vector<std::string> out;
  for (const Tok& t : toks) {
    if (t.kind == TokKind::kPunct || t.text.size() < 3) continue;
    std::string w = t.lower;
    if (std::find(std::begin(kUninformative), std::end(kUninformative), w) !=
        std::end(kUninformative)) {
      continue;
    }
    // Truncation stemming: five characters are enough to match inflections.
    if (w.size() > 5) w.resize(5);
    out.push_back(std::move(w));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

// Hashes of every run of `n` consecutive words (case-folded) of a text,
// sorted and unique.
std::vector<uint64_t> WordRuns(const std::vector<Tok>& toks, size_t n) {
  std::vector<std::string_view> words;
  for (const Tok& t : toks) {
    if (t.kind != TokKind::kPunct) words.push_back(t.lower);
  }
  std::vector<uint64_t> out;
  for (size_t i = 0; i + n <= words.size(); ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = i; k < i + n; ++k) {
      for (char ch : words[k]) h = (h ^ static_cast<unsigned char>(ch)) * 1099511628211ull;
      h = (h ^ ' ') * 1099511628211ull;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether two quotes' sorted run hashes (WordRuns) share one.
bool ShareARun(const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
  size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) return true;
    x[i] < y[j] ? ++i : ++j;
  }
  return false;
}

// Words two sorted lists share (each occurrence matched once).
size_t SharedCount(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) {
      ++shared;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return shared;
}

double Dice(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.empty() || y.empty()) return 0;
  return 2.0 * static_cast<double>(SharedCount(x, y)) / static_cast<double>(x.size() + y.size());
}

// Minutes between two clock readings, 0 when one covers the other: a
// reading is its minute, or its first half hour when stated to the hour ("3
// a.m."); ExtractTimes widened each by kClockSlackMinutes, undone here.
double ClockGapMinutes(const Claim& a, const Claim& b) {
  auto reading = [](const Claim& c) {
    const double minute = c.fact.normalized.value_or(c.low + kClockSlackMinutes);
    const bool to_the_hour = c.high - minute > kClockSlackMinutes + 1e-9;
    return std::pair{minute, to_the_hour ? c.high : minute};
  };
  const auto [a_low, a_high] = reading(a);
  const auto [b_low, b_high] = reading(b);
  return std::max({0.0, a_low - b_high, b_low - a_high});
}

// A month written alone ("in July", "last December"), resolved or not.
bool IsMonthAlone(const Claim& c) { return text::EnglishMonth(FoldCase(c.fact.value)).has_value(); }

// A date resolved to one calendar day ("2016-12-13"), not a weekday name, a
// month or a year.
bool IsResolvedDay(std::string_view normalized) {
  return normalized.size() == 10 && normalized[4] == '-' && normalized[7] == '-';
}

// Two date claims with one normalised text name one day, except an
// unresolved weekday ("Wednesday"), which names different days in articles
// published on different days.
bool SameDay(const Claim& a, const Claim& b) {
  return !(IsUnresolvedDay(a.fact.normalized_text) && a.fact.article != b.fact.article &&
           a.published_text.substr(0, 10) != b.published_text.substr(0, 10));
}

// Whether a time's clause starts ("began", "set to start") or ends something,
// from the marker TimeEventWords adds ("<start>", "<end>"): "start", "end" or "".
std::string_view Aspect(const Claim& c) {
  for (const std::string& w : c.event_words) {
    if (w == "<start>") return "start";
    if (w == "<end>") return "end";
  }
  return "";
}

// Two readings of one moment by two outlets that word its event differently
// differ by rounding at most this much ("3:00 am" / "3:02 a.m.").
constexpr double kNearIdenticalMinutes = 2;

// NameLink of two prepared names, computed once per ordered pair of distinct
// names (the reason text may depend on the order).
class NameLinkMemo {
 public:
  const std::optional<std::string>& Get(const Prepared& a, const Prepared& b) {
    const unsigned long long key = (static_cast<unsigned long long>(a.name_id) << 32) |
                                   static_cast<unsigned long long>(b.name_id);
    auto it = memo_.find(key);
    if (it == memo_.end()) it = memo_.emplace(key, NameLink(a.name, b.name)).first;
    return it->second;
  }

 private:
  std::unordered_map<unsigned long long, std::optional<std::string>> memo_;
};

bool NamesMatchPrepared(const Prepared& pa, const Prepared& pb, NameLinkMemo* memo) {
  return memo->Get(pa, pb).has_value();
}

// The number as the outlet wrote it, before conversion ("200" of "200ft").
std::optional<double> StatedNumber(const Claim& c) {
  const std::vector<Tok> toks = Tokenize(c.fact.value);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (auto m = MatchNumber(toks, i, false)) return m->low;
  }
  return std::nullopt;
}

// One measure of one event (same dimension and event verb) stated with the
// same number in two units that do not meet: "fell 200ft" against "fell 200
// metres". One outlet got the unit wrong, which is a conflict however
// differently the two sentences are worded. Called once the intervals are
// known not to meet.
bool SameFigureOtherUnit(const Claim& a, const Claim& b) {
  if (a.unit.empty() || a.unit != b.unit || a.verb.empty() || a.verb != b.verb) return false;
  const auto x = StatedNumber(a), y = StatedNumber(b);
  return x && y && *x == *y;
}

// Ages are attributes of a person: two people's ages are never one fact,
// however alike their sentences ("the 24-year-old suspect" and "the
// 32-year-old victim"). Ages of one named holder agree or conflict; an age
// whose holder the text leaves unnamed ("The 32-year-old was ...") joins a
// named one only when the story gives one person's age, or only one person
// of that age; two unnamed ages agree when equal and never conflict.
Link LinkAges(const Claim& a, const Prepared& pa, const Claim& b, const Prepared& pb) {
  const std::string& ha = a.fact.referent.holder;
  const std::string& hb = b.fact.referent.holder;
  const bool equal = Compatible(a, b);
  if (!ha.empty() && !hb.empty()) {
    if (!equal) return a.fact.article != b.fact.article ? Link::kConflict : Link::kNone;
    return Link::kSame;
  }
  if (!equal) return Link::kNone;
  if (ha.empty() && hb.empty()) return Link::kSame;
  const Prepared& unnamed = ha.empty() ? pa : pb;
  return unnamed.age_holders <= 1 || unnamed.age_holders_of_value == 1 ? Link::kSame : Link::kNone;
}

// One exact number in much the same words, counted with two nouns ("five
// sites" / "five locations", "113 people" / "all 113 victims"): one count,
// whatever the nouns, so the thing counted need not match. Not measures:
// 10 km deep and 10 km away are two facts however alike the sentences.
bool OneCountTwoNouns(const Claim& a, const Prepared& pa, const Claim& b, const Prepared& pb) {
  if (a.fact.kind != FactKind::kQuantity || b.fact.kind != FactKind::kQuantity ||
      a.head == b.head || !a.unit.empty() || !b.unit.empty() || a.vague || b.vague ||
      a.low != b.low || a.high != b.high || a.low < 3 || a.fact.article == b.fact.article) {
    return false;
  }
  // Floors ("more than 300 students", "more than 300 of the arrests") are
  // no one count.
  if (std::isinf(a.high)) return false;
  return Dice(pa.context_bag, pb.context_bag) >= kSimilarContext;
}

Link LinkClaims(const Claim& a, const Prepared& pa, const Claim& b, const Prepared& pb,
                NameLinkMemo* memo) {
  if (Family(a.fact.kind) != Family(b.fact.kind)) return Link::kNone;
  // Figures, dates and times are compared only about one referent; the
  // thing counted may differ for one count told with two nouns.
  const bool one_count_two_nouns = OneCountTwoNouns(a, pa, b, pb);
  if (!IsEntity(a.fact.kind) && a.fact.kind != FactKind::kQuote) {
    bool compatible = false;
    if (one_count_two_nouns) {
      Referent any_thing = a.fact.referent;
      any_thing.thing.clear();
      compatible = ReferentsCompatible(any_thing, b.fact.referent);
    } else {
      compatible = ReferentsCompatible(a.fact.referent, b.fact.referent);
    }
    if (!compatible) return Link::kNone;
  }
  switch (a.fact.kind) {
    case FactKind::kQuantity: {
      if (a.head == "age" && b.head == "age") return LinkAges(a, pa, b, pb);
      if (one_count_two_nouns) return Link::kSame;
      // Two counted nouns WordNet relates ("116 sailors" / "118 crew") count
      // the same things, as one noun does.
      const bool same_thing = a.head == b.head || (a.unit.empty() && b.unit.empty() &&
                                                   CountedNounsRelated(a.head, b.head));
      if (!same_thing || a.vague != b.vague) return Link::kNone;
      const bool verbs_ok = a.verb == b.verb || a.verb.empty() || b.verb.empty();
      if (!verbs_ok) return Link::kNone;
      // An open interval ("at least 82") reaches any larger number, so it
      // links to one only when both say what happened; against a bare count
      // ("15,000 people") it reads as a reporter means it, at most double.
      // A count of people that does not say what happened to them ("food for
      // 12,000 people") is no evidence about one that does ("more than 7,500
      // people have died") unless the sentences are alike. Nor is a share
      // without what it is a share of: "82 percent of the seats" and
      // "inflation of more than 60 percent" are one fact only in alike
      // sentences or with one verb.
      const double sim = Dice(pa.context_bag, pb.context_bag);
      if (a.head == "person" && a.verb.empty() != b.verb.empty() && sim < kSimilarContext) {
        return Link::kNone;
      }
      if (a.head == "percent" && sim < kSimilarContext && (a.verb.empty() || a.verb != b.verb)) {
        return Link::kNone;
      }
      // Two round figures ("about 12,000" / "some 10,000") are one figure
      // when one lies within the other's allowance, not when their
      // allowances merely touch: each outlet's rounding is about its own
      // figure.
      const bool allowances_apart =
          Approximate(a) && Approximate(b) && !WithinAllowance(a, b) && !WithinAllowance(b, a);
      if (allowances_apart) {
        // Nor a dispute, unless it is one number in two units ("about 200
        // metres" / "about 200ft").
        const std::string &place_a = a.fact.referent.place, &place_b = b.fact.referent.place;
        const bool one_place =
            place_a.empty() || place_b.empty() || FoldCase(place_a) == FoldCase(place_b);
        const bool disputable =
            a.fact.article != b.fact.article && !a.fact.referent.background && one_place;
        return disputable && SameFigureOtherUnit(a, b) ? Link::kConflict : Link::kNone;
      }
      if (a.verb.empty() || b.verb.empty()) {
        Claim ca = a, cb = b;
        if (std::isinf(ca.high)) ca.high = 2 * ca.low;
        if (std::isinf(cb.high)) cb.high = 2 * cb.low;
        if (Compatible(ca, cb)) return Link::kSame;
      } else if (CountsOverlap(a, b)) {
        return Link::kSame;
      }
      // Two floors never contradict each other: apart, they count two things.
      if (std::isinf(a.high) && std::isinf(b.high)) return Link::kNone;
      // A past event's figures quoted as background ("the 1994 sinking killed
      // 852") are history, not this story's claims: outlets that quote it
      // differently are not disputing the news, so they never conflict.
      if (a.vague || a.fact.article == b.fact.article || a.fact.referent.background) {
        return Link::kNone;
      }
      // A place and a part of it ("Newark" / "Newark airport", "Aleppo" /
      // "East Aleppo"): the part's figure is a share of the whole's, not a
      // rival figure.
      if (!a.fact.referent.place.empty() && !b.fact.referent.place.empty() &&
          FoldCase(a.fact.referent.place) != FoldCase(b.fact.referent.place)) {
        return Link::kNone;
      }
      if ((!a.verb.empty() && a.verb == b.verb && sim >= kSimilarContext) || sim >= kSameContext) {
        return Link::kConflict;
      }
      if (SameFigureOtherUnit(a, b)) return Link::kConflict;
      return Link::kNone;
    }
    case FactKind::kDuration: {
      const double sim = Dice(pa.context_bag, pb.context_bag);
      const bool same_event = (!a.head.empty() && a.head == b.head &&
                               (a.head == kArmedConflictKey || a.unit == b.unit)) ||
                              (a.unit == b.unit && sim >= kSameContext);
      if (!same_event) return Link::kNone;
      if (Compatible(a, b)) return Link::kSame;
      if (a.vague || b.vague || a.fact.article == b.fact.article || a.fact.referent.background) {
        return Link::kNone;
      }
      if (a.head == kArmedConflictKey || sim >= kSimilarContext) return Link::kConflict;
      return Link::kNone;
    }
    case FactKind::kTime: {
      // A clock time belongs to what happened at it: the last radio call at
      // 1:43 and the loss of radar at 1:52 are two moments, however close.
      // Readings agree only about one event (its clauses share a word); a
      // time whose event is unknown or told in other words joins only a
      // near-identical reading from another outlet ("departs" / "took off",
      // both 1:19). One article's two readings are two moments unless equal.
      //
      // One clock time can date two facts ("the alarm sounded at 9 p.m.",
      // "the search started at 9 p.m."): two readings whose events are both
      // known, share no word and differ in aspect (one starts or ends
      // something, the other does not) are two claims however close; so are
      // one article's two readings of one minute for two known events.
      const bool same_event = SharedCount(a.event_words, b.event_words) > 0;
      const bool both_known = !a.event_words.empty() && !b.event_words.empty();
      const bool same_article = a.fact.article == b.fact.article;
      const double gap = ClockGapMinutes(a, b);
      if (same_event && gap <= kClockSlackMinutes) return Link::kSame;
      const bool other_fact = both_known && !same_event && Aspect(a) != Aspect(b);
      if (!same_article && gap <= kNearIdenticalMinutes && !other_fact) return Link::kSame;
      if (same_article && gap == 0 && !(both_known && !same_event)) return Link::kSame;
      if (same_event && !same_article && !a.fact.referent.background) return Link::kConflict;
      return Link::kNone;
    }
    case FactKind::kDate: {
      // The day someone spoke is not the day of what happened.
      if ((a.verb == kStatementVerb) != (b.verb == kStatementVerb)) return Link::kNone;
      const bool same_fact = SharedCount(a.event_words, b.event_words) > 0;
      if (a.fact.normalized_text == b.fact.normalized_text) {
        if (!SameDay(a, b)) return Link::kNone;
        // A month dates many facts of a story ("announced in December", "filed
        // a complaint last December"): two outlets' months are one fact's
        // when their clauses share a word or their sentences are alike.
        if (IsMonthAlone(a) && IsMonthAlone(b) && !same_fact &&
            Dice(pa.context_bag, pb.context_bag) < kSimilarContext) {
          return Link::kNone;
        }
        // A day that dates one fact in both articles is that fact's date
        // whatever words the outlets use. A day that one of them, or the
        // story by its aspects, gives two facts ("sank on Saturday", "the
        // rescue began on Saturday") is grouped by fact: the clauses share a
        // word (not the sentences: news sentences about one story share much
        // of their content whatever they date); a date whose fact the text
        // does not say is linked afterwards (LinkDatesOfUnknownFact).
        // Either way, a clause that starts or ends something ("the rescue
        // began on Saturday") and one that does not ("sank on Saturday")
        // date two facts.
        const bool other_aspect = !a.event_words.empty() && !b.event_words.empty() &&
                                  SharedCount(a.event_words, b.event_words) == 0 &&
                                  Aspect(a) != Aspect(b);
        if (other_aspect) return Link::kNone;
        if (!pa.day_of_several_facts && !pb.day_of_several_facts) return Link::kSame;
        return same_fact ? Link::kSame : Link::kNone;
      }
      // One fact dated to two different days by two outlets ("sank on
      // Saturday" / "sank on Sunday") is a conflict when both days are
      // resolved, the clauses share a word and the sentences say the same
      // thing. Statement days are different statements; a past event's date
      // is history.
      // Two outlets writing the same weekday said the same thing: days a week
      // apart are our reading of their tenses, not a dispute.
      const std::string day_a = FoldCase(a.fact.about), day_b = FoldCase(b.fact.about);
      if (day_a == day_b && text::EnglishWeekday(day_a)) return Link::kNone;
      // Nor is a day counted from the day of writing ("yesterday") against
      // another day: a publication time read to the day, in some time zone,
      // makes it a day off as often as not.
      if (text::EnglishRelativeDay(day_a) || text::EnglishRelativeDay(day_b)) return Link::kNone;
      // A span's first and last days are two facts ("from Friday to Sunday").
      if (Aspect(a) != Aspect(b)) return Link::kNone;
      if (a.fact.article == b.fact.article || a.verb == kStatementVerb ||
          a.fact.referent.background || !IsResolvedDay(a.fact.normalized_text) ||
          !IsResolvedDay(b.fact.normalized_text) ||
          SharedCount(a.event_words, b.event_words) == 0) {
        return Link::kNone;
      }
      return Dice(pa.context_bag, pb.context_bag) >= kSameContext ? Link::kConflict : Link::kNone;
    }
    case FactKind::kQuote: {
      // One article does not render one statement twice.
      if (a.fact.article == b.fact.article) return Link::kNone;
      const double sim = Dice(pa.value_bag, pb.value_bag);
      bool same_speaker = !a.speaker.empty() && !b.speaker.empty() &&
                          (a.speaker == b.speaker || NamesMatchPrepared(pa, pb, memo));
      // Two renderings of one statement share several content words, not
      // just the topic ("nuclear test"): three or more.
      if (same_speaker && sim >= kSameSpeakerQuote &&
          SharedCount(pa.value_bag, pb.value_bag) >= kMinSharedQuoteWords) {
        return Link::kSame;
      }
      if (sim >= kSameQuote && (a.speaker.empty() || b.speaker.empty() || same_speaker)) {
        return Link::kSame;
      }
      // Outlets cut one statement to different lengths ("Everybody is scared
      // to take the elevator" / the same words and two more sentences): the
      // shorter excerpt's words are nearly all in the longer one. Of that
      // length, such a passage is one statement whoever each outlet names
      // as its speaker: two people do not say the same long sentence, but
      // outlets name the channel that aired it, or we take the nearest name.
      const size_t shared = SharedCount(pa.value_bag, pb.value_bag);
      const size_t shorter = std::min(pa.value_bag.size(), pb.value_bag.size());
      const bool excerpt =
          static_cast<double>(shared) >= kExcerptShare * static_cast<double>(shorter);
      if (excerpt && shared >= kVerbatimWords) return Link::kSame;
      if ((a.speaker.empty() || b.speaker.empty() || same_speaker) &&
          ShareARun(pa.value_runs, pb.value_runs)) {
        return Link::kSame;
      }
      if (ShareARun(pa.value_long_runs, pb.value_long_runs)) return Link::kSame;
      // A short quote said whole inside another outlet's longer one ("20
      // minutes of action" / "a steep price to pay for 20 minutes of
      // action") is an excerpt of it, unless it is a title ("Gone with the
      // Wind").
      if (a.speaker.empty() || b.speaker.empty() || same_speaker) {
        const bool a_shorter = pa.value_words.size() <= pb.value_words.size();
        const Prepared& shorter_quote = a_shorter ? pa : pb;
        const std::vector<std::string>& part = shorter_quote.value_words;
        const std::vector<std::string>& whole = (a_shorter ? pb : pa).value_words;
        if (!shorter_quote.value_titled && part.size() >= kMinWholeExcerptWords &&
            part.size() < kSharedRunWords &&
            std::search(whole.begin(), whole.end(), part.begin(), part.end()) != whole.end()) {
          return Link::kSame;
        }
      }
      if (excerpt && shared >= kMinExcerptWords &&
          (a.speaker.empty() || b.speaker.empty() || same_speaker)) {
        return Link::kSame;
      }
      return Link::kNone;
    }
    default: {
      const auto& reason = memo->Get(pa, pb);
      if (!reason) return Link::kNone;
      // One vowel apart, and one article writes both: two places ("Kessel"
      // and "Kassel").
      if (reason->starts_with(kVowelDifference)) {
        std::vector<size_t> both;
        std::set_intersection(pa.name_articles.begin(), pa.name_articles.end(),
                              pb.name_articles.begin(), pb.name_articles.end(),
                              std::back_inserter(both));
        if (!both.empty()) return Link::kNone;
      }
      // "The state of Georgia" and "the country of Georgia": the text says
      // they are two places.
      if (!a.place_class.empty() && !b.place_class.empty() && a.place_class != b.place_class) {
        return Link::kNone;
      }
      // A slipped letter is believed only where the role agrees too: "Coach
      // Dan Ferris" and "Senator Don Ferris" are two people.
      if (a.fact.kind == FactKind::kPerson && b.fact.kind == FactKind::kPerson && !a.role.empty() &&
          !b.role.empty() && a.role != b.role &&
          reason->find("one-letter difference") != std::string::npos) {
        return Link::kNone;
      }
      return Link::kSame;
    }
  }
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Case, punctuation and spacing do not make two quotes different wordings.
std::string QuoteKey(std::string_view s) {
  std::string out;
  for (char c : FoldCase(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

int VerdictRank(Verdict v) {
  switch (v) {
    case Verdict::kAgree:
      return 0;
    case Verdict::kRevised:
      return 1;
    case Verdict::kConflict:
      return 2;
    case Verdict::kVariant:
      return 3;
    case Verdict::kSingleSource:
      return 4;
  }
  return 4;
}

// Predicates about the people an event harms or moves: the figures a reader
// looks for first.
bool IsCasualtyPredicate(std::string_view p) {
  static constexpr std::string_view kCasualty[] = {
      "kill",  "wound",   "missing", "casualty", "evacuate", "rescue", "displace",
      "flee",  "leave",   "strand",  "trap",     "arrest",   "abduct", "hospital",
      "shoot", "kidnapp", "detain",  "execute",  "release"};
  for (auto c : kCasualty) {
    if (p == c) return true;
  }
  return false;
}

// Salience of a group to the story, most salient first: the event's
// casualties and damage, then its times, dates, durations and sizes, then
// other counts, then quotes, people, and last organisations and places.
int SalienceRank(const FactGroup& g) {
  switch (g.kind) {
    case FactKind::kQuantity: {
      const std::string& p = g.claims.empty() ? std::string() : g.claims.front().referent.predicate;
      for (const Fact& f : g.claims) {
        if (IsCasualtyPredicate(f.referent.predicate)) return 0;
      }
      if (!g.claims.empty() && !g.claims.front().unit.empty()) return 1;
      return p.empty() ? 3 : 2;
    }
    case FactKind::kTime:
    case FactKind::kDate:
    case FactKind::kDuration:
      return 1;
    case FactKind::kQuote:
      return 4;
    case FactKind::kPerson:
      return 5;
    default:
      return 6;
  }
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  const size_t m = b.size();
  // Three rows of the dynamic programme (the transposition looks two back).
  std::vector<size_t> two(m + 1), one(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) one[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({one[j] + 1, cur[j - 1] + 1, one[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], two[j - 2] + 1);
      }
    }
    std::swap(two, one);
    std::swap(one, cur);
  }
  return one[m];
}

std::string SkeletonKey(std::string_view name) {
  std::string lower = FoldCase(name);
  std::string mapped;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = lower[i];
    if (c == 'p' && i + 1 < lower.size() && lower[i + 1] == 'h') {
      c = 'f';
      ++i;
    } else if (c == 'c' || c == 'q') {
      c = 'k';
    } else if (c == 'z') {
      c = 's';
    }
    mapped += c;
  }
  std::string out;
  for (size_t i = 0; i < mapped.size(); ++i) {
    const char c = mapped[i];
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
                       c == 'w' || c == 'h' || c == '-' || c == '\'';
    if (i > 0 && vowel) continue;
    if (!out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

SpellingKeys MakeSpellingKeys(std::string_view word) {
  SpellingKeys k;
  k.folded = FoldCase(word);
  k.translit = TransliterationKey(k.folded);
  k.skeleton = SkeletonKey(k.folded);
  k.translit_skeleton = SkeletonKey(k.translit);
  return k;
}

bool IsSpellingVariant(const SpellingKeys& a, const SpellingKeys& b) {
  const std::string &la = a.folded, &lb = b.folded;
  if (la == lb || la.size() < 3 || lb.size() < 3) return false;
  // Romanisations of one name (names.cc): "Gaddafi"/"Qadhafi", "Sergei"/"Sergey".
  if (a.translit == b.translit) return true;
  // Vowels only, as written or once romanisation choices are folded
  // ("Benjamin"/"Binyamin": j/y, then two vowels); up to one edit in three
  // letters, at most two.
  auto vowels_only = [](const std::string& x, const std::string& sx, const std::string& y,
                        const std::string& sy) {
    if (sx != sy) return false;
    const size_t shorter = std::min(x.size(), y.size());
    const size_t limit = std::max<size_t>(1, std::min<size_t>(2, shorter / 3));
    return EditDistance(x, y) <= limit;
  };
  return vowels_only(la, a.skeleton, lb, b.skeleton) ||
         vowels_only(a.translit, a.translit_skeleton, b.translit, b.translit_skeleton);
}

bool IsSpellingVariant(std::string_view a, std::string_view b) {
  return IsSpellingVariant(MakeSpellingKeys(a), MakeSpellingKeys(b));
}

double ContentSimilarity(std::string_view a, std::string_view b) {
  return Dice(ContentBag(Tokenize(a)), ContentBag(Tokenize(b)));
}

namespace {

// A date named twice in one article ("on Tuesday ... on Tuesday") is one claim
// (the first); DaysOfSeveralFacts reads the repeats before they are dropped.
std::vector<Claim> DropRepeatedDates(std::vector<Claim> claims) {
  std::set<std::tuple<size_t, std::string>> seen;
  std::vector<Claim> kept;
  kept.reserve(claims.size());
  for (Claim& c : claims) {
    if (c.fact.kind == FactKind::kDate &&
        !seen.emplace(c.fact.article, c.fact.normalized_text).second) {
      continue;
    }
    kept.push_back(std::move(c));
  }
  return kept;
}

// Claims by (article, offset), stably; sorted through indices because claims
// are large to move.
std::vector<Claim> SortByPosition(std::vector<Claim> claims) {
  std::vector<size_t> order(claims.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (claims[x].fact.article != claims[y].fact.article) {
      return claims[x].fact.article < claims[y].fact.article;
    }
    return claims[x].fact.begin < claims[y].fact.begin;
  });
  std::vector<Claim> sorted;
  sorted.reserve(claims.size());
  for (size_t k : order) sorted.push_back(std::move(claims[k]));
  return sorted;
}

// What the pairwise pass compares, computed once per claim (a context bag the
// caller computed is moved out of the claim).
std::vector<Prepared> PrepareClaims(std::vector<Claim>* claims) {
  std::vector<Prepared> prepared(claims->size());
  std::map<std::string, std::set<double>> ages;  // known holder -> ages given
  for (const Claim& c : *claims) {
    if (c.head == "age" && !c.fact.referent.holder.empty())
      ages[c.fact.referent.holder].insert(c.low);
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    if (c.head != "age") continue;
    prepared[i].age_holders = ages.size();
    for (const auto& [holder, values] : ages)
      prepared[i].age_holders_of_value += values.count(c.low);
  }
  std::map<std::pair<std::string, FactKind>, size_t> name_ids;  // (name, kind) -> name_id
  for (size_t i = 0; i < claims->size(); ++i) {
    Claim& c = (*claims)[i];
    if (c.fact.kind == FactKind::kQuote) {
      const std::vector<Tok> value_toks = Tokenize(c.fact.value);
      prepared[i].value_bag = ContentBag(value_toks);
      prepared[i].value_runs = WordRuns(value_toks, kSharedRunWords);
      prepared[i].value_long_runs = WordRuns(value_toks, kVerbatimRunWords);
      size_t long_words = 0, capitalized = 0;
      for (const Tok& t : value_toks) {
        if (t.kind == TokKind::kPunct) continue;
        prepared[i].value_words.push_back(t.lower);
        if (t.kind == TokKind::kWord && t.text.size() >= 4 && !text::IsStopWord(t.lower)) {
          ++long_words;
          capitalized += t.capitalized;
        }
      }
      prepared[i].value_titled = long_words == capitalized;
      prepared[i].name = MakeNameForm(c.speaker, FactKind::kPerson);
      prepared[i].name_id =
          name_ids.emplace(std::pair{c.speaker, FactKind::kPerson}, name_ids.size()).first->second;
    } else if (IsEntity(c.fact.kind)) {
      prepared[i].name = MakeNameForm(c.fact.about, c.fact.kind);
      prepared[i].name_id =
          name_ids.emplace(std::pair{c.fact.about, c.fact.kind}, name_ids.size()).first->second;
      prepared[i].surface = SurfaceKey(c.fact.about);
    } else if (c.fact.kind == FactKind::kQuantity || c.fact.kind == FactKind::kDuration ||
               c.fact.kind == FactKind::kDate) {
      prepared[i].context_bag =
          c.context_bag.empty() ? ContentBag(Tokenize(c.context)) : std::move(c.context_bag);
    }
  }
  std::vector<std::set<size_t>> articles_of(name_ids.size());  // name_id -> articles
  for (size_t i = 0; i < claims->size(); ++i) {
    if (IsEntity((*claims)[i].fact.kind)) {
      articles_of[prepared[i].name_id].insert((*claims)[i].fact.article);
    }
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    if (!IsEntity((*claims)[i].fact.kind)) continue;
    const std::set<size_t>& articles = articles_of[prepared[i].name_id];
    prepared[i].name_articles.assign(articles.begin(), articles.end());
  }
  return prepared;
}

// A one-word place that begins a longer place name is the town a site is
// named after, not a short form of the site: "Newark" and "Newark
// International Airport", "Lima" and "Lima airport" are two places (a figure
// for the airport is not the town's). Longer short forms ("Kennedy
// International Airport" of "John F. Kennedy International Airport") keep
// the site's own words and may link. A natural feature's generic word does
// not make a site: "Nantucket Island" is Nantucket.
bool TownOfASite(const Claim& short_claim, const Prepared& short_form, const Claim& full_claim,
                 const Prepared& full) {
  const std::vector<std::string>& ws = short_form.name.words;
  const std::vector<std::string>& wf = full.name.words;
  if (short_claim.fact.kind != FactKind::kPlace || full_claim.fact.kind != FactKind::kPlace ||
      ws.size() != 1 || wf.size() < 2 || wf.front() != ws.front()) {
    return false;
  }
  // An island or a sea is the place itself: "Nantucket" / "Nantucket Island".
  return !std::all_of(wf.begin() + 1, wf.end(), IsNaturalFeatureWord);
}

// Links every pair of claims that could link into `uf`, recording the pairs
// that link as a conflict. Only claims that could link are compared: one
// family, and for names a shared NameBlockLetters letter (the first or last
// word's), so the pairwise pass stays small on long stories. A name with
// fewer words than the one it matches (a shortened form) links last, and
// only to a single fuller entity; initials are linked afterwards
// (LinkInitials).
void LinkPairs(const std::vector<Claim>& claims, const std::vector<Prepared>& prepared,
               UnionFind* uf, std::vector<std::pair<size_t, size_t>>* conflicts,
               NameLinkMemo* memo) {
  std::map<std::pair<int, std::string>, std::vector<size_t>> families;
  std::vector<std::string> letters_of(claims.size());  // NameBlockLetters of names
  for (size_t i = 0; i < claims.size(); ++i) {
    const int family = Family(claims[i].fact.kind);
    const std::vector<std::string>& words = prepared[i].name.words;
    if (!IsEntity(claims[i].fact.kind) || words.empty()) {
      families[{family, ""}].push_back(i);
      continue;
    }
    // A one-word name is its own first and last word: "Brill" meets "Brill
    // Bank" and "ABC" meets "ABC News" by their first word, "Ortega" meets
    // "Maria Ortega" by the last.
    letters_of[i] = NameBlockLetters(prepared[i].name);
    if (letters_of[i].empty()) families[{family, "-"}].push_back(i);
    for (char letter : letters_of[i]) families[{family, std::string(1, letter)}].push_back(i);
  }
  // Two names that share both letters meet in two blocks; they are compared
  // in the block of the smaller letter.
  auto compared_here = [&](size_t i, size_t j, char block) {
    char first_shared = block;
    for (char c : letters_of[i]) {
      if (letters_of[j].find(c) != std::string::npos) first_shared = std::min(first_shared, c);
    }
    return first_shared == block;
  };
  std::vector<std::pair<size_t, size_t>> shortened;  // (shorter name, fuller name) linked
  // The claims of each component (by root). A figure whose referent leaves a
  // slot unknown ("65 miles away") links to figures of either of two known
  // referents ("of Istanbul", "of Izmit"), but must not join them: a link
  // that would put two incompatible referents in one component is dropped.
  std::vector<std::vector<size_t>> members_of(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) members_of[i] = {i};
  auto referents_join = [&](size_t i, size_t j) {
    const size_t ri = uf->Find(i), rj = uf->Find(j);
    if (ri == rj) return true;
    // Whose (or from where a distance is measured) only: what is counted is
    // compared through WordNet's relations, which do not chain ("crew" is
    // related to "crewmen" and "sailors", those two not to each other), and a
    // place slot may name a place inside another ("Dar" / "Tanzania").
    for (size_t x : members_of[ri]) {
      const std::string& a = claims[x].fact.referent.holder;
      if (a.empty()) continue;
      for (size_t y : members_of[rj]) {
        const std::string& b = claims[y].fact.referent.holder;
        if (!b.empty() && FoldCase(a) != FoldCase(b)) return false;
      }
    }
    return true;
  };
  for (const auto& [family, members] : families) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const size_t i = members[x], j = members[y];
        if (!family.second.empty() && !compared_here(i, j, family.second[0])) continue;
        const std::vector<std::string>& wi = prepared[i].name.words;
        const std::vector<std::string>& wj = prepared[j].name.words;
        if (!family.second.empty() && wi.size() != wj.size()) {
          const size_t s = wi.size() < wj.size() ? i : j, f = wi.size() < wj.size() ? j : i;
          if (memo->Get(prepared[i], prepared[j]) &&
              !TownOfASite(claims[s], prepared[s], claims[f], prepared[f])) {
            shortened.emplace_back(s, f);
          }
          continue;
        }
        Link link = LinkClaims(claims[i], prepared[i], claims[j], prepared[j], memo);
        // A dispute is about one time: reports more than kCoverageDays apart
        // give two states of things (or two events), not rival figures.
        if (link == Link::kConflict && claims[i].published && claims[j].published &&
            std::abs(*claims[i].published - *claims[j].published) >
                kCoverageDays * kSecondsPerDay) {
          link = Link::kNone;
        }
        if (link == Link::kNone) continue;
        const bool figure =
            !IsEntity(claims[i].fact.kind) && claims[i].fact.kind != FactKind::kQuote;
        if (figure && !referents_join(i, j)) continue;
        const size_t ri = uf->Find(i), rj = uf->Find(j);
        uf->Union(i, j);
        if (const size_t root = uf->Find(i); ri != rj) {
          std::vector<size_t>& into = members_of[root];
          std::vector<size_t>& from = members_of[root == ri ? rj : ri];
          into.insert(into.end(), from.begin(), from.end());
          from.clear();
        }
        if (link == Link::kConflict) conflicts->emplace_back(i, j);
      }
    }
  }
  // A shortened name joins the fuller name it shortens only when that name is
  // the only candidate: "Ortega" beside "Maria Ortega" and "Luis Ortega", or
  // "Sky" beside "Sky News" and "Sky TV", names neither.
  //
  // An article that writes the shorter name beside the fuller one has told
  // them apart (a short form it meant as the same entity was already folded
  // into the full name, entities.cc): "New Orleans" beside "New Orleans
  // Police Department" is the city. Then no outlet's shorter name of that
  // component joins the fuller one.
  //
  // Shorter names are joined longest first, so that a chain of shortenings
  // ("John F. Kennedy International Airport" ← "Kennedy International
  // Airport" ← "Kennedy Airport") counts as one fuller entity, not two.
  std::map<size_t, std::vector<size_t>> by_article;  // article -> entity claims
  for (size_t i = 0; i < claims.size(); ++i) {
    if (IsEntity(claims[i].fact.kind)) by_article[claims[i].fact.article].push_back(i);
  }
  // Whether `short_form` begins the name of `full` (the words the apart rule
  // is about: "New Orleans" / "New Orleans Police Department").
  auto begins = [&](size_t short_form, size_t full) {
    const std::vector<std::string>& ws = prepared[short_form].name.words;
    const std::vector<std::string>& wf = prepared[full].name.words;
    return ws.size() < wf.size() && std::equal(ws.begin(), ws.end(), wf.begin());
  };
  std::set<std::pair<size_t, size_t>> apart;  // (short component, full component)
  for (const auto& [short_form, full] : shortened) {
    if (!begins(short_form, full)) continue;
    const size_t full_root = uf->Find(full);
    for (size_t k : by_article[claims[short_form].fact.article]) {
      if (uf->Find(k) == full_root) {
        apart.emplace(uf->Find(short_form), full_root);
        break;
      }
    }
  }
  std::map<size_t, std::vector<size_t>> fuller;  // short claim -> fuller name claims
  std::map<size_t, size_t> short_root;           // short claim -> its component before joining
  for (const auto& [short_form, full] : shortened) {
    fuller[short_form].push_back(full);
    short_root[short_form] = uf->Find(short_form);
  }
  std::vector<size_t> order;
  for (const auto& [short_form, fulls] : fuller) order.push_back(short_form);
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return prepared[x].name.words.size() > prepared[y].name.words.size();
  });
  for (size_t short_form : order) {
    std::set<size_t> components;
    for (size_t full : fuller[short_form]) components.insert(uf->Find(full));
    if (components.size() != 1) continue;
    bool is_apart = false;
    for (const auto& [s_root, f_root] : apart) {
      is_apart |= uf->Find(s_root) == uf->Find(short_root[short_form]) &&
                  uf->Find(f_root) == *components.begin();
    }
    if (is_apart) continue;
    uf->Union(short_form, *components.begin());
  }
}

// The key of a date's day: normalised text, statement day or not, and the
// publication day of an unresolved weekday ("Wednesday" names different days
// in articles published on different days).
using DayKey = std::tuple<std::string, bool, std::string>;
DayKey DayOf(const Claim& c) {
  return {c.fact.normalized_text, c.verb == kStatementVerb,
          IsUnresolvedDay(c.fact.normalized_text) ? c.published_text.substr(0, 10) : ""};
}

// A day given for two different facts, in one article or (kEveryArticle)
// in the story.
constexpr size_t kEveryArticle = SIZE_MAX;
using SeveralFactsKey = std::pair<DayKey, size_t>;

// The days given for two different facts: two dates of that day whose
// clauses say what happened and share no word. In one article ("arrested on
// Sunday", "the woman was killed on Sunday") that article's date of the day
// may be either fact; with different aspects (one starts or ends something,
// the other does not: "sank on Saturday", "the rescue began on Saturday")
// every article's may be. Read before DropRepeatedDates keeps one date per
// day and article.
std::set<SeveralFactsKey> DaysOfSeveralFacts(const std::vector<Claim>& claims) {
  std::map<DayKey, std::vector<size_t>> by_day;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.fact.kind == FactKind::kDate && !c.event_words.empty()) by_day[DayOf(c)].push_back(i);
  }
  std::set<SeveralFactsKey> several;
  for (const auto& [key, members] : by_day) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const Claim& a = claims[members[x]];
        const Claim& b = claims[members[y]];
        if (SharedCount(a.event_words, b.event_words) > 0) continue;
        if (Aspect(a) != Aspect(b)) {
          several.emplace(key, kEveryArticle);
        } else if (a.fact.article == b.fact.article) {
          several.emplace(key, a.fact.article);
        }
      }
    }
  }
  return several;
}

// Links the dates of a day of several facts whose fact the text does not say
// ("It was Saturday."): such a date is compatible with any fact of its day,
// but only when that is unambiguous. It joins the other dates of its day when
// all of them whose fact is known are already one group; otherwise it joins
// only the other dates of unknown fact, so one day never collects different
// facts.
void LinkDatesOfUnknownFact(const std::vector<Claim>& claims, const std::vector<Prepared>& prepared,
                            UnionFind* uf) {
  std::map<DayKey, std::vector<size_t>> known, unknown;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.fact.kind != FactKind::kDate || !prepared[i].day_of_several_facts) continue;
    (c.event_words.empty() ? unknown : known)[DayOf(c)].push_back(i);
  }
  for (const auto& [key, members] : unknown) {
    std::set<size_t> components;
    size_t target = members.front();
    if (auto it = known.find(key); it != known.end()) {
      for (size_t k : it->second) components.insert(uf->Find(k));
      target = it->second.front();
    }
    if (components.size() > 1) target = members.front();
    for (size_t m : members) uf->Union(m, target);
  }
}

// Links names written as initials ("UN", "U.S.") to the full name they
// abbreviate ("United Nations") when the evidence says which: an article
// that gives the initials beside that full name (Claim::initials), or,
// without such an article, one full name alone in the story with those
// initials. Two different organisations whose initials collide stay apart.
void LinkInitials(const std::vector<Claim>& claims, const std::vector<Prepared>& prepared,
                  UnionFind* uf) {
  std::map<std::string, std::vector<size_t>> written;  // initials -> claims written so
  for (size_t i = 0; i < claims.size(); ++i) {
    if (IsEntity(claims[i].fact.kind) && !prepared[i].name.acronym.empty()) {
      written[prepared[i].name.acronym].push_back(i);
    }
  }
  for (const auto& [key, short_forms] : written) {
    std::set<size_t> candidates, evidenced;  // components of full names
    for (size_t j = 0; j < claims.size(); ++j) {
      if (!IsEntity(claims[j].fact.kind) ||
          !AcronymExpands(prepared[short_forms[0]].name, prepared[j].name)) {
        continue;
      }
      candidates.insert(uf->Find(j));
      for (const std::string& w : claims[j].initials) {
        if (AcronymKey(w) == key) evidenced.insert(uf->Find(j));
      }
    }
    const std::set<size_t>& chosen = evidenced.empty() ? candidates : evidenced;
    if (chosen.size() != 1) continue;
    for (size_t i : short_forms) uf->Union(i, *chosen.begin());
  }
}

// Links a name to another the text ties it to in some article ("Aleppo
// (Halab)", "known locally as"): every claim of the same kind written with
// the alias's words, in any article, joins the claim that carries it.
void LinkAliases(const std::vector<Claim>& claims, const std::vector<Prepared>& prepared,
                 UnionFind* uf) {
  std::map<std::vector<std::string>, std::vector<size_t>> by_words;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (IsEntity(claims[i].fact.kind)) by_words[prepared[i].name.words].push_back(i);
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    for (const std::string& alias : claims[i].aliases) {
      const auto it = by_words.find(NameWords(alias));
      if (it == by_words.end()) continue;
      // "Ted Voss (Texas)" ties a person to his state, not two names of one
      // entity: the two must be of one kind.
      for (size_t j : it->second) {
        if (claims[j].fact.kind == claims[i].fact.kind) uf->Union(i, j);
      }
    }
  }
}

// A group's kind and description: the most frequent, ties to the first
// appearance; a name is described by its fullest form ("Bashar al-Assad", not
// "Assad").
void DescribeGroup(const std::vector<Claim>& claims, const std::vector<Prepared>& prepared,
                   const std::vector<size_t>& members, FactGroup* g) {
  std::map<FactKind, int> kinds;
  std::map<std::string, int> abouts;
  for (size_t m : members) {
    ++kinds[claims[m].fact.kind];
    ++abouts[claims[m].fact.about];
  }
  g->kind = claims[members.front()].fact.kind;
  g->about = claims[members.front()].fact.about;
  int best_kind = 0, best_about = 0;
  for (size_t m : members) {
    if (kinds[claims[m].fact.kind] > best_kind) {
      best_kind = kinds[claims[m].fact.kind];
      g->kind = claims[m].fact.kind;
    }
    const auto& about = claims[m].fact.about;
    if (about != "unattributed" && abouts[about] > best_about) {
      best_about = abouts[about];
      g->about = about;
    }
  }
  if (IsEntity(g->kind)) {
    // A firm's legal form says what the whole group is, whatever most
    // articles' cues said of the bare name ("Pfizer" / "Pfizer Inc.").
    for (size_t m : members) {
      const std::string& about = claims[m].fact.about;
      if (claims[m].fact.kind == FactKind::kOrganization &&
          WithoutLegalForm(about).size() != about.size()) {
        g->kind = FactKind::kOrganization;
      }
    }
    size_t best_words = 0;
    for (size_t m : members) {
      const size_t words = prepared[m].name.words.size();
      if (words > best_words) {
        best_words = words;
        g->about = claims[m].fact.about;
      }
    }
  }
}

// The verdict of one component: single source, conflict (two outlets with
// incompatible values; quantities and durations only when some pair linked as
// a conflict, `conflicted`), variant (names spelled or quotes worded
// differently) or agree.
//
// Copies of one text (one voice) do not corroborate each other: their
// agreement is one source's. They can still conflict, when an edited copy
// changed a figure.
Verdict GroupVerdict(const std::vector<Claim>& claims, const std::vector<Prepared>& prepared,
                     const std::vector<size_t>& members, bool conflicted,
                     const std::vector<size_t>& voice) {
  std::set<size_t> articles, voices;
  for (size_t m : members) {
    const size_t a = claims[m].fact.article;
    articles.insert(a);
    voices.insert(VoiceOf(voice, a));
  }
  if (articles.size() == 1) return Verdict::kSingleSource;
  bool conflict = false, variant = false;
  for (size_t x = 0; x < members.size() && !conflict; ++x) {
    for (size_t y = x + 1; y < members.size() && !conflict; ++y) {
      const Claim& a = claims[members[x]];
      const Claim& b = claims[members[y]];
      if (a.fact.article == b.fact.article) continue;
      switch (a.fact.kind) {
        case FactKind::kQuantity:
        case FactKind::kDuration:
          conflict = conflicted && !CountsOverlap(a, b) && a.vague == b.vague;
          break;
        case FactKind::kTime:
          conflict = ClockGapMinutes(a, b) > kClockSlackMinutes;
          break;
        case FactKind::kQuote:
          variant = variant || QuoteKey(a.fact.value) != QuoteKey(b.fact.value);
          break;
        case FactKind::kDate:
          conflict = conflicted && a.fact.normalized_text != b.fact.normalized_text;
          break;
        default:
          break;  // names: below, by each article's fullest form
      }
    }
  }
  if (IsEntity(claims[members.front()].fact.kind)) {
    // A name group is a variant when the outlets write the name differently,
    // not when one outlet shortens its own full name later on ("Shawn J.
    // Smith ... Shawn Smith", "U.S. Geological Survey ... USGS"): an article's
    // forms of fewer words than its fullest form are dropped, and the
    // articles' remaining forms (beyond case and punctuation) are compared. A
    // short form an article uses alone, or a second name it gives ("Velmar
    // (Velmarsk)"), still makes a variant.
    std::map<size_t, std::vector<size_t>> by_article;  // article -> members
    for (size_t m : members) by_article[claims[m].fact.article].push_back(m);
    std::set<std::set<std::string>> forms;
    for (const auto& [article, own] : by_article) {
      size_t most_words = 0;
      for (size_t x : own) most_words = std::max(most_words, prepared[x].name.words.size());
      std::set<std::string> kept;
      for (size_t x : own) {
        if (prepared[x].name.words.size() == most_words) kept.insert(prepared[x].surface);
      }
      forms.insert(std::move(kept));
    }
    variant = forms.size() > 1;
  }
  if (conflict) return Verdict::kConflict;
  if (voices.size() == 1) return Verdict::kSingleSource;
  return variant ? Verdict::kVariant : Verdict::kAgree;
}

// Why the differently written names of a variant group are one entity: the
// rule of names.cc for each pair of forms from two articles that links
// directly (a pair joined only through a third form says nothing), each
// pair of forms once, in order of appearance.
std::vector<std::string> VariantReasons(const std::vector<Claim>& claims,
                                        const std::vector<Prepared>& prepared,
                                        const std::vector<size_t>& members, NameLinkMemo* memo) {
  std::vector<std::string> out;
  std::set<std::pair<std::string, std::string>> seen;
  for (size_t x = 0; x < members.size(); ++x) {
    for (size_t y = x + 1; y < members.size(); ++y) {
      const Claim& a = claims[members[x]];
      const Claim& b = claims[members[y]];
      const Prepared& pa = prepared[members[x]];
      const Prepared& pb = prepared[members[y]];
      if (a.fact.article == b.fact.article || pa.surface == pb.surface) continue;
      // One reason per pair of written forms; a pair whose claims' kinds give
      // none ("Arab" typed a place) may get it from other claims of the forms.
      if (seen.contains({pa.surface, pb.surface})) continue;
      std::string why;
      // The phrase that tied them ("known locally as", "formerly"), or
      // empty when the text does not tie them.
      auto tied = [](const Claim& c, const Prepared& other) -> std::string {
        for (size_t k = 0; k < c.aliases.size(); ++k) {
          if (NameWords(c.aliases[k]) != other.name.words) continue;
          return k < c.alias_reasons.size() ? c.alias_reasons[k] : "named beside it";
        }
        return "";
      };
      if (AcronymExpands(pa.name, pb.name) || AcronymExpands(pb.name, pa.name)) {
        why = "abbreviation";
      } else if (const std::string t = tied(a, pb).empty() ? tied(b, pa) : tied(a, pb);
                 !t.empty()) {
        why = "the text gives one as the other's local name or other name (" + t + ")";
      } else if (const auto& r = memo->Get(pa, pb)) {
        why = r->empty() ? "same words, written differently" : *r;
      } else {
        continue;
      }
      seen.emplace(pa.surface, pb.surface);
      seen.emplace(pb.surface, pa.surface);
      out.push_back(a.fact.about + " / " + b.fact.about + ": " + why);
    }
  }
  return out;
}

// How far past a floor a later figure must be to revise it: 10% ("at least
// 600" then 620 is the same count restated; then 7,085 is a new toll).
constexpr double kFloorPassed = 1.1;

// A conflicting or agreed figure that is one figure revised over time: every
// claim's article has a publication time, there are at least two times at
// most kCoverageDays apart one after another, claims of one time agree, and
// the values rise as time goes on (a rising toll, or a count's floor a later
// figure passes). Returns the timeline in publication order, or nothing.

std::optional<std::vector<TimelinePoint>> Revision(const std::vector<Claim>& claims,
                                                   const std::vector<size_t>& members) {
  std::vector<size_t> order = members;
  // A past event's figure is not revised by this story's coverage: history
  // quoted by later articles is not a rising toll. Nor is a person's age,
  // which does not change while a story runs.
  for (size_t m : order) {
    if (!claims[m].published || claims[m].fact.kind != FactKind::kQuantity ||
        claims[m].fact.referent.background || claims[m].head == "age") {
      return std::nullopt;
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return *claims[x].published < *claims[y].published; });
  if (*claims[order.front()].published == *claims[order.back()].published) return std::nullopt;
  int direction = 0;  // +1 rising, -1 falling
  for (size_t k = 1; k < order.size(); ++k) {
    const Claim& a = claims[order[k - 1]];
    const Claim& b = claims[order[k]];
    // A floor ("at least 600") passed by a later figure (7,085) is a toll
    // revised upwards, although the two readings overlap.
    // Coverage of one story is continuous: a gap of more than kCoverageDays
    // between two reports is another story's figure, not a revision.
    if (*b.published - *a.published > kCoverageDays * kSecondsPerDay) return std::nullopt;
    const bool floor_passed = a.unit.empty() && std::isinf(a.high) && !std::isinf(b.high) &&
                              *a.published != *b.published && b.low > kFloorPassed * a.low;
    if (Compatible(a, b) && !floor_passed) continue;
    if (*a.published == *b.published) return std::nullopt;  // two values at one time
    // One number in two units is a slip of the unit, not a revised figure.
    if (SameFigureOtherUnit(a, b)) return std::nullopt;
    const int step = b.low > a.low ? 1 : -1;
    if (direction != 0 && step != direction) return std::nullopt;
    direction = step;
  }
  // A toll rises as the dead are found; a later, lower figure is a
  // disagreement (the annotation guide's rule), not a revision.
  if (direction != 1) return std::nullopt;
  std::vector<TimelinePoint> timeline;
  for (size_t m : order) {
    const Claim& c = claims[m];
    TimelinePoint p;
    p.article = c.fact.article;
    p.value = c.fact.qualifier.empty() ? c.fact.value : c.fact.qualifier + " " + c.fact.value;
    p.low = c.low;
    p.high = c.high;
    p.published = c.published_text;
    timeline.push_back(std::move(p));
  }
  return timeline;
}

// Figures (durations, clock times) joined only through links of "the same"
// (union-find is transitive) need not all agree: "at least 600 killed" links
// to 7,085 and to 12,000, which do not link to each other. Such a component
// is never reported as an agreement. Split, in this order:
//   - the figures of a named place apart from those without one, when they
//     differ: "3,261 killed in Izmit" is a part of the national toll (not
//     durations: the battle for a city lasts as long as the war there);
//   - one figure revised over time (Revision()) stays one group, and so does
//     a piece of a component with a conflict link, unless one article gives
//     two of its figures as two facts (ToldApart): GroupVerdict and Align
//     tell conflict from revision;
//   - else sub-groups whose members all agree pairwise and that hold no two
//     facts of one article (greedy, in text order), so that only figures that
//     agree are called agreeing.
// Other kinds, and components whose figures (durations, times) all agree and
// that no article tells apart, stay whole.
struct Part {
  std::vector<size_t> members;
  bool disputed = false;  // a conflict or a revision: GroupVerdict decides
};

// Whether two figures or clock times of one group can be one reading: their
// intervals overlap (a vague figure and an exact one always can), or the
// times lie within kClockSlackMinutes.
bool Agree(const Claim& a, const Claim& b) {
  if (a.fact.kind == FactKind::kTime) return ClockGapMinutes(a, b) <= kClockSlackMinutes;
  return a.vague != b.vague || CountsOverlap(a, b);
}

bool AllCompatible(const std::vector<Claim>& claims, const std::vector<size_t>& members) {
  for (size_t x = 0; x < members.size(); ++x) {
    for (size_t y = x + 1; y < members.size(); ++y) {
      if (!Agree(claims[members[x]], claims[members[y]])) return false;
    }
  }
  return true;
}

// The unit word a measure is written with, singular: "16,000 feet" and
// "17,000-foot" → "foot", "4.3 miles" → "mile".
std::string WrittenUnit(std::string_view value) {
  size_t end = value.size();
  while (end > 0 && !std::isalpha(static_cast<unsigned char>(value[end - 1]))) --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(value[begin - 1]))) --begin;
  std::string word = FoldCase(value.substr(begin, end - begin));
  if (word == "feet") return "foot";
  if (word.size() > 3 && word.back() == 's') word.pop_back();
  return word;
}

// A measure stated as a range ("170 to 300 feet"), wider than the rounding
// slack every reading gets.
bool IsRange(const Claim& c) {
  return c.fact.normalized && c.high - c.low > 0.11 * std::fabs(*c.fact.normalized) + 1e-9;
}

// Whether one article gives `a` and `b` as two facts: two clock times more
// than kClockSlackMinutes apart, or two figures that cannot be one reading,
// an open interval read as a reporter means it, at most double ("$66,000 for
// 21 days, more than $3,100 a day"; "nine killed ... four of them children";
// "a 44-year-old ... a 27-year-old"). Restatements stay one fact ("7,085
// dead ... more than 7,000 dead").
bool TwoFactsOfOneArticle(const Claim& a, const Claim& b) {
  if (a.fact.article != b.fact.article) return false;
  if (a.fact.kind == FactKind::kTime) return ClockGapMinutes(a, b) > kClockSlackMinutes;
  if (a.vague || b.vague) return false;
  // Two measures one article states exactly in one unit, with different
  // values ("a 17,000-foot dive ... to 16,000 feet"): the slack that lets two
  // outlets' roundings of one reading meet is no slack within one text. (In
  // two units they are mostly one reading converted: "180 mph (290 kph)".)
  if (!a.fact.unit.empty() && a.fact.unit == b.fact.unit && a.fact.qualifier.empty() &&
      b.fact.qualifier.empty() && a.fact.normalized && b.fact.normalized &&
      WrittenUnit(a.fact.value) == WrittenUnit(b.fact.value) && !IsRange(a) && !IsRange(b) &&
      std::fabs(*a.fact.normalized - *b.fact.normalized) >
          1e-6 * std::max(std::fabs(*a.fact.normalized), std::fabs(*b.fact.normalized))) {
    return true;
  }
  Claim ca = a, cb = b;
  if (std::isinf(ca.high)) ca.high = 2 * ca.low;
  if (std::isinf(cb.high)) cb.high = 2 * cb.low;
  return !Compatible(ca, cb);
}

// Whether an article tells two figures of `members` apart: then they are two
// facts, the group is no agreement, and figures linked to them are no dispute
// between outlets. (The same reasoning keeps a short name an article writes
// beside a fuller one apart from it, LinkPairs.)
bool ToldApart(const std::vector<Claim>& claims, const std::vector<size_t>& members) {
  for (size_t x = 0; x < members.size(); ++x) {
    for (size_t y = x + 1; y < members.size(); ++y) {
      if (TwoFactsOfOneArticle(claims[members[x]], claims[members[y]])) return true;
    }
  }
  return false;
}

std::vector<Part> SplitDisagreeing(const std::vector<Claim>& claims, std::vector<size_t> members,
                                   bool conflicted) {
  std::vector<Part> parts;
  const FactKind kind = claims[members.front()].fact.kind;
  auto one_reading = [&](const std::vector<size_t>& piece) {
    return AllCompatible(claims, piece) && !ToldApart(claims, piece);
  };
  if ((kind != FactKind::kQuantity && kind != FactKind::kTime && kind != FactKind::kDuration) ||
      one_reading(members)) {
    parts.push_back({std::move(members), conflicted});
    return parts;
  }
  std::map<std::string, std::vector<size_t>> by_place;
  for (size_t m : members) by_place[claims[m].fact.referent.place].push_back(m);
  std::vector<std::vector<size_t>> pieces;
  if (kind != FactKind::kDuration && by_place.size() > 1 && by_place.count("") > 0) {
    for (auto& [place, piece] : by_place) pieces.push_back(std::move(piece));
  } else {
    pieces.push_back(std::move(members));
  }
  for (std::vector<size_t>& piece : pieces) {
    if (one_reading(piece)) {
      parts.push_back({std::move(piece), false});
      continue;
    }
    if (Revision(claims, piece) || (conflicted && !ToldApart(claims, piece))) {
      parts.push_back({std::move(piece), true});
      continue;
    }
    std::vector<std::vector<size_t>> agreeing;
    for (size_t m : piece) {
      bool placed = false;
      for (std::vector<size_t>& g : agreeing) {
        std::vector<size_t> with = g;
        with.push_back(m);
        if (one_reading(with)) {
          g.push_back(m);
          placed = true;
          break;
        }
      }
      if (!placed) agreeing.push_back({m});
    }
    for (std::vector<size_t>& g : agreeing) parts.push_back({std::move(g), false});
  }
  return parts;
}

}  // namespace

std::vector<FactGroup> Align(std::vector<Claim> claims, const std::vector<size_t>& voice) {
  const std::set<SeveralFactsKey> several = DaysOfSeveralFacts(claims);
  claims = SortByPosition(DropRepeatedDates(std::move(claims)));
  const size_t n = claims.size();
  std::vector<Prepared> prepared = PrepareClaims(&claims);
  for (size_t i = 0; i < n; ++i) {
    if (claims[i].fact.kind != FactKind::kDate) continue;
    const DayKey day = DayOf(claims[i]);
    prepared[i].day_of_several_facts =
        several.count({day, kEveryArticle}) > 0 || several.count({day, claims[i].fact.article}) > 0;
  }
  UnionFind uf(n);
  std::vector<std::pair<size_t, size_t>> conflicts;
  NameLinkMemo memo;
  LinkPairs(claims, prepared, &uf, &conflicts, &memo);
  LinkDatesOfUnknownFact(claims, prepared, &uf);
  LinkInitials(claims, prepared, &uf);
  LinkAliases(claims, prepared, &uf);

  std::map<size_t, std::vector<size_t>> components;
  for (size_t i = 0; i < n; ++i) components[uf.Find(i)].push_back(i);
  std::set<size_t> conflicted;
  for (const auto& [a, b] : conflicts) conflicted.insert(uf.Find(a));

  std::vector<FactGroup> groups;
  std::vector<std::tuple<int, int, size_t>> keys;  // (verdict, salience, first claim index)
  std::vector<Part> parts;
  for (auto& [root, members] : components) {
    for (Part& part : SplitDisagreeing(claims, std::move(members), conflicted.count(root) > 0)) {
      parts.push_back(std::move(part));
    }
  }
  for (const Part& part : parts) {
    const std::vector<size_t>& members = part.members;
    FactGroup g;
    DescribeGroup(claims, prepared, members, &g);
    g.verdict = GroupVerdict(claims, prepared, members, part.disputed, voice);
    if (g.verdict == Verdict::kVariant && IsEntity(g.kind)) {
      g.reasons = VariantReasons(claims, prepared, members, &memo);
    }
    if (g.verdict == Verdict::kConflict ||
        (g.verdict == Verdict::kAgree && g.kind == FactKind::kQuantity)) {
      if (auto timeline = Revision(claims, members)) {
        g.verdict = Verdict::kRevised;
        g.timeline = std::move(*timeline);
      }
    }
    for (size_t m : members) {
      g.claims.push_back(claims[m].fact);
      g.claims.back().low = claims[m].low;
      g.claims.back().high = claims[m].high;
    }
    keys.emplace_back(VerdictRank(g.verdict), SalienceRank(g), members.front());
    groups.push_back(std::move(g));
  }
  std::vector<size_t> order(groups.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return keys[x] < keys[y]; });
  std::vector<FactGroup> sorted;
  sorted.reserve(groups.size());
  for (size_t k : order) sorted.push_back(std::move(groups[k]));
  return sorted;
}

void MarkRoutine(const Story& story, std::vector<FactGroup>* groups) {
  const size_t n = story.articles.size();
  for (FactGroup& g : *groups) {
    std::set<size_t> articles;
    for (const Fact& f : g.claims) articles.insert(f.article);
    if (g.kind == FactKind::kDate) {
      bool all_day_names = true;
      for (const Fact& f : g.claims) all_day_names = all_day_names && IsUnresolvedDay(f.value);
      g.routine = all_day_names;
    } else if (g.kind == FactKind::kOrganization) {
      // An outlet named only as the source of what is reported ("told
      // Reuters", "according to Reuters", "(Reuters)", "Reuters reported",
      // "reported Reuters", "speaking to Reuters", "according to a Reuters
      // report") or as a photograph's credit ("[Image]Reuters", "Photo:
      // Reuters") is attribution, not a claim.
      bool attribution_only = true;
      for (const Fact& f : g.claims) {
        if (f.article >= n) continue;
        const std::string_view text = story.articles[f.article].text;
        const std::string before =
            FoldCase(text.substr(f.begin >= 24 ? f.begin - 24 : 0, f.begin >= 24 ? 24 : f.begin));
        const std::string after = FoldCase(text.substr(f.end, 12));
        auto trimmed_end = [](std::string_view s) {
          while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
          return s;
        };
        const std::string_view b = trimmed_end(before);
        const bool attributed =
            b.ends_with("told") || b.ends_with("according to") || b.ends_with("according to a") ||
            b.ends_with("according to the") || b.ends_with("(") || b.ends_with("said") ||
            b.ends_with("reported") || b.ends_with("speaking to") || b.ends_with("spoke to") ||
            b.ends_with("talking to") || b.ends_with("]") || b.ends_with("photo:") ||
            b.ends_with("image:") || b.ends_with("credit:") || after.starts_with(")") ||
            after.starts_with(" reported") || after.starts_with(" said") ||
            after.starts_with(" news agency") || after.starts_with(" report");
        attribution_only = attribution_only && attributed;
      }
      g.routine = attribution_only;
      const std::string name = FoldCase(g.about);
      for (const Article& a : story.articles) {
        const std::string outlet = FoldCase(a.outlet);
        if (!name.empty() && !outlet.empty() &&
            (outlet == name || outlet.find(name) != std::string::npos)) {
          g.routine = true;
        }
      }
    } else if (g.kind == FactKind::kPlace) {
      g.routine = n >= 3 && articles.size() == n;
    }
  }
}

}  // namespace crosswire::corroborate
