// Quantities: a number and what it counts.
//
// The pattern is [qualifier] NUMBER [of] [the] NOUN-PHRASE [aux*] [VERB]:
// "More than 82 civilians were killed", "around 20 buses", "Eighty-two people
// were reportedly killed", "tens of thousands of residents", "6,000 civilians
// and 366 fighters had left", "more than half the country's prewar
// population". Without a part-of-speech tagger the noun phrase is read
// greedily: up to four words, stopping at a stop word, punctuation, a number,
// or an -ing/-ed word after the first (those start the verb: "80,000 people
// fleeing"). Its last word is the counted noun; nouns that name people
// ("civilians", "people", "residents", "persons") share one key, because
// outlets swap them freely ("82 civilians" / "Eighty-two people").
//
// The event verb that follows ("killed", "left", "wounded") is kept apart
// from the noun: alignment uses it to keep "82 civilians killed" and "6,000
// civilians left" apart, and to call two different numbers for the same
// noun and verb a conflict. In a coordination ("6,000 civilians and 366
// fighters had left") the verb is shared.
//
// Two counts need no noun: the object of a casualty verb is people ("injured
// dozens"), and a currency sign says a figure is money ("set at $1 million").
//
// Numbers already taken as dates, times or durations are skipped, as are
// bare years and the pronoun "one" (a count only of a casualty).
#include <algorithm>
#include <cmath>
#include <string>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

// Words that end the counted noun phrase after a number: function words,
// auxiliaries, prepositions and the adverbs that open the verb ("82 civilians
// reportedly killed"). A grammar list, not a stop list: "more", "each",
// "around" are here because they cannot be the counted noun.
bool EndsNounPhrase(std::string_view w) {
  static constexpr std::string_view kNounPhraseEnders[] = {
      "and",   "or",     "but",        "were",  "was",    "are",     "is",     "be",      "been",
      "being", "had",    "have",       "has",   "will",   "would",   "could",  "can",     "may",
      "might", "should", "to",         "in",    "on",     "at",      "from",   "for",     "by",
      "with",  "of",     "as",         "that",  "which",  "who",     "than",   "the",     "a",
      "an",    "into",   "over",       "after", "before", "during",  "while",  "since",   "per",
      "this",  "these",  "those",      "their", "its",    "his",     "her",    "our",     "there",
      "when",  "where",  "reportedly", "also",  "still",  "already", "so",     "more",    "not",
      "each",  "out",    "up",         "off",   "about",  "around",  "across", "between", "through",
      "under"};
  for (auto s : kNounPhraseEnders) {
    if (w == s) return true;
  }
  return false;
}

bool IsPluralNoun(std::string_view w) {
  if (w == "people" || w == "children" || w == "men" || w == "women" || w == "police") {
    return true;
  }
  if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) return false;             // possessive
  if (w.size() > 4 && (w.ends_with("men") || w.ends_with("people"))) return true;  // "fishermen"
  return w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
         !w.ends_with("ous") && !w.ends_with("is");
}

// The duration reader's units, and the spans of time it does not count in.
bool IsTimeUnitNoun(std::string_view key) {
  return IsDurationUnit(key) || key == "century" || key == "night" || key == "weekend";
}

bool IsPeopleNoun(std::string_view key) {
  static constexpr std::string_view kPeople[] = {"person",     "civilian",   "resident",
                                                 "individual", "inhabitant", "citizen"};
  for (auto s : kPeople) {
    if (key == s) return true;
  }
  return false;
}

// Event verbs folded to one key: "killed", "dead", "died" → "kill".
std::string VerbKey(std::string_view word) {
  const std::string w = FoldCase(word);
  struct Irregular {
    std::string_view form, key;
  };
  static constexpr Irregular kIrregular[] = {
      {"left", "leave"},      {"fled", "flee"},          {"dead", "kill"},
      {"died", "kill"},       {"killed", "kill"},        {"shot", "shoot"},
      {"held", "hold"},       {"taken", "take"},         {"hurt", "wound"},
      {"injured", "wound"},   {"wounded", "wound"},      {"missing", "missing"},
      {"leaving", "leave"},   {"fleeing", "flee"},       {"evacuated", "evacuate"},
      {"arrested", "arrest"}, {"displaced", "displace"}, {"stranded", "strand"},
      {"rescued", "rescue"},  {"rescuing", "rescue"},    {"trapped", "trap"},
      {"waiting", "wait"},    {"parked", "park"},        {"injuring", "wound"},
      {"wounding", "wound"},  {"injure", "wound"},       {"injures", "wound"},
      {"dying", "kill"},
  };
  for (const auto& irr : kIrregular) {
    if (w == irr.form) return std::string(irr.key);
  }
  std::string key = w;
  if (key.size() > 5 && key.ends_with("ing"))
    key.resize(key.size() - 3);
  else if (key.size() > 4 && key.ends_with("ed"))
    key.resize(key.size() - 2);
  return key;
}

// Verbs that say what happened to the counted things; others ("waiting",
// "parked") describe them and are not part of what the number is about.
bool IsEventVerb(std::string_view key) {
  static constexpr std::string_view kEvents[] = {
      "kill",  "wound",  "leave",  "flee",    "evacuate", "arrest",  "displace", "missing",
      "shoot", "rescue", "detain", "execute", "abduct",   "kidnapp", "release",  "deport"};
  for (auto e : kEvents) {
    if (key == e) return true;
  }
  return false;
}

bool IsVerbForm(std::string_view lower) {
  static constexpr std::string_view kForms[] = {"left", "fled",  "dead", "died",    "shot",
                                                "held", "taken", "hurt", "missing", "killed"};
  for (auto f : kForms) {
    if (lower == f) return true;
  }
  return lower.size() > 4 && (lower.ends_with("ed") || lower.ends_with("ing"));
}

// Auxiliaries, adverbs, and the verbs of report and belief that sit between a
// count and what happened to it: "600 people have been confirmed dead", "12
// were feared killed", "nine are listed as missing".
bool IsAux(std::string_view w) {
  static constexpr std::string_view kAux[] = {
      "were",      "was",      "are",     "is",     "be",        "been",     "being",
      "had",       "have",     "has",     "will",   "would",     "could",    "reportedly",
      "allegedly", "already",  "also",    "able",   "to",        "still",    "said",
      "all",       "now",      "later",   "then",   "confirmed", "reported", "feared",
      "believed",  "presumed", "thought", "listed", "known",     "as"};
  for (auto s : kAux) {
    if (w == s) return true;
  }
  return false;
}

// Units of measure, folded to one base unit per dimension: metres, km/h,
// kilograms. Outlets convert for their readers ("30 feet (9 meters)", "80
// knots (150 km/h)"), so measures are compared in the base unit.
struct UnitInfo {
  std::string_view word;
  std::string_view dimension;  // the default predicate: "length", "speed", "weight"
  std::string_view base;       // "m", "km/h", "kg"
  double factor;               // to the base unit
};
constexpr UnitInfo kMeasureUnits[] = {
    {"foot", "length", "m", 0.3048},
    {"feet", "length", "m", 0.3048},
    {"ft", "length", "m", 0.3048},
    {"inch", "length", "m", 0.0254},
    {"inches", "length", "m", 0.0254},
    {"yard", "length", "m", 0.9144},
    {"yards", "length", "m", 0.9144},
    {"metre", "length", "m", 1},
    {"metres", "length", "m", 1},
    {"meter", "length", "m", 1},
    {"meters", "length", "m", 1},
    {"m", "length", "m", 1},
    {"centimetres", "length", "m", 0.01},
    {"centimeters", "length", "m", 0.01},
    {"cm", "length", "m", 0.01},
    {"kilometre", "length", "m", 1000},
    {"kilometres", "length", "m", 1000},
    {"kilometer", "length", "m", 1000},
    {"kilometers", "length", "m", 1000},
    {"km", "length", "m", 1000},
    {"mile", "length", "m", 1609.344},
    {"miles", "length", "m", 1609.344},
    {"knot", "speed", "km/h", 1.852},
    {"knots", "speed", "km/h", 1.852},
    {"mph", "speed", "km/h", 1.609344},
    {"kph", "speed", "km/h", 1},
    {"kmh", "speed", "km/h", 1},
    {"kilogram", "weight", "kg", 1},
    {"kilograms", "weight", "kg", 1},
    {"kg", "weight", "kg", 1},
    {"pound", "weight", "kg", 0.45359237},
    {"pounds", "weight", "kg", 0.45359237},
    {"lb", "weight", "kg", 0.45359237},
    {"lbs", "weight", "kg", 0.45359237},
    {"tonne", "weight", "kg", 1000},
    {"tonnes", "weight", "kg", 1000},
    {"ton", "weight", "kg", 1000},
    {"tons", "weight", "kg", 1000},
    // An earthquake's magnitude has no unit to convert: "a 7.4-magnitude
    // quake", "magnitude 7.4", "7.4 on the Richter scale".
    {"magnitude", "magnitude", "magnitude", 1},
};

// The unit at token i ("feet", "km/h", "miles per hour"), with the number of
// tokens it takes.
std::optional<std::pair<UnitInfo, size_t>> UnitAt(const std::vector<Tok>& toks, size_t i) {
  if (i >= toks.size() || toks[i].kind != TokKind::kWord) return std::nullopt;
  const std::string& w = toks[i].lower;
  // "km/h", "kilometres per hour", "miles per hour".
  const bool slash_h = i + 2 < toks.size() && toks[i + 1].text == "/" && toks[i + 2].lower == "h";
  const bool per_hour =
      i + 2 < toks.size() && toks[i + 1].lower == "per" && toks[i + 2].lower == "hour";
  if (w == "on" && i + 3 < toks.size() && toks[i + 1].lower == "the" &&
      toks[i + 2].lower == "richter" && toks[i + 3].lower == "scale") {
    return std::pair{kMeasureUnits[std::size(kMeasureUnits) - 1], size_t{4}};  // magnitude
  }
  for (const UnitInfo& u : kMeasureUnits) {
    if (u.word != w) continue;
    if (u.dimension == "length" && (slash_h || per_hour)) {
      return std::pair{UnitInfo{u.word, "speed", "km/h", u.factor / 1000}, size_t{3}};
    }
    return std::pair{u, size_t{1}};
  }
  return std::nullopt;
}

// What a length measures, from the adjective after it: "30 feet long/high".
std::string_view LengthPredicate(const std::vector<Tok>& toks, size_t i) {
  if (i >= toks.size() || toks[i].kind != TokKind::kWord) return "";
  const std::string& w = toks[i].lower;
  if (w == "long") return "length";
  if (w == "tall" || w == "high") return "height";
  if (w == "wide") return "width";
  if (w == "deep") return "depth";
  if (w == "away" || w == "from") return "distance";
  return "";
}

// Nouns that name what happened rather than what is counted: "57 deaths" is
// 57 people killed. (English; the one place this list lives.)
std::string_view PredicateOfNoun(std::string_view key) {
  if (key == "death" || key == "fatality" || key == "dead" || key == "toll") return "kill";
  if (key == "injury" || key == "injured" || key == "wounded") return "wound";
  if (key == "casualty") return "casualty";
  return "";
}

bool IsCompassWord(std::string_view w) {
  if (const size_t dash = w.find('-'); dash != std::string_view::npos) {  // "north-east"
    return IsCompassWord(w.substr(0, dash)) && IsCompassWord(w.substr(dash + 1));
  }
  for (std::string_view c :
       {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}) {
    if (w == c) return true;
  }
  return false;
}

// The event of a length moved over, from the verb before it (its qualifier
// skipped): "fell about 2,000 feet", "slipped 200ft", "walked 3 km"; and
// "within 80m of the hut" is a distance too. Returns the verb's key ("fall"),
// "within", or "".
std::string_view MotionBefore(const std::vector<Tok>& toks, size_t first) {
  static constexpr std::pair<std::string_view, std::string_view> kVerbs[] = {
      {"fell", "fall"},       {"fall", "fall"},     {"falls", "fall"},     {"falling", "fall"},
      {"fallen", "fall"},     {"plunged", "fall"},  {"plummeted", "fall"}, {"tumbled", "fall"},
      {"dropped", "fall"},    {"slipped", "fall"},  {"slid", "fall"},      {"walked", "walk"},
      {"walking", "walk"},    {"climbed", "climb"}, {"climbing", "climb"}, {"travelled", "travel"},
      {"traveled", "travel"}, {"drove", "drive"},   {"swam", "swim"},      {"flew", "fly"},
      {"within", "within"}};
  if (first == 0 || toks[first - 1].kind != TokKind::kWord) return "";
  for (const auto& [word, key] : kVerbs) {
    if (toks[first - 1].lower == word) return key;
  }
  return "";
}

// A level reached or held is a height (an altitude), however the outlet
// words it: a length after "down to" / "back to", or after "at", "from" or
// "to" following a verb or noun of flight ("flying at 33,000 feet",
// "descent from 33,000 feet", "dived to 5,000 metres"). Tokens before
// `first` are read.
bool IsLevelBefore(const std::vector<Tok>& toks, size_t first) {
  static constexpr std::string_view kFlight[] = {
      "fly",     "flying",  "flew",      "flies",      "cruise",   "cruising", "cruised",
      "descent", "descend", "descended", "descending", "dive",     "dived",    "diving",
      "dove",    "climb",   "climbed",   "climbing",   "plunge",   "plunged",  "plummeted",
      "soared",  "level",   "altitude",  "altitudes",  "hovering", "hovered"};
  if (first < 2 || toks[first - 1].kind != TokKind::kWord) return false;
  const std::string& prep = toks[first - 1].lower;
  if (prep != "at" && prep != "from" && prep != "to") return false;
  size_t k = first - 2;
  if (toks[k].lower == "down" || toks[k].lower == "back") {
    if (prep == "to") return true;
    if (k == 0) return false;
    --k;
  }
  return std::find(std::begin(kFlight), std::end(kFlight), toks[k].lower) != std::end(kFlight);
}

// What a length around tokens [first, *last) measures, from the words the
// grammar puts around it, and from where: "a depth of (just) 10 km" and "10
// km beneath the surface" are depths; "55 km south of Bireun" and "40 miles
// from Lima" are distances whose anchor ("Bireun") is their holder, so a
// distance from one town is never compared with a distance from another.
void ReadLengthSlots(const std::vector<Tok>& toks, size_t first, size_t* last,
                     std::string* predicate, std::string* holder) {
  size_t b = first;
  while (b > 0 && (toks[b - 1].lower == "just" || toks[b - 1].lower == "only")) --b;
  if (b >= 2 && toks[b - 1].lower == "of") {
    const std::string& noun = toks[b - 2].lower;
    if (noun == "depth" || noun == "height" || noun == "width" || noun == "distance" ||
        noun == "length") {
      *predicate = noun;
    } else if (noun == "altitude") {
      *predicate = "height";
    }
  }
  if (*predicate == "length" && IsLevelBefore(toks, b)) *predicate = "height";
  size_t k = *last;
  if (k < toks.size() &&
      (toks[k].lower == "beneath" || toks[k].lower == "below" || toks[k].lower == "underground")) {
    *predicate = "depth";
    return;
  }
  const bool compass = k < toks.size() && IsCompassWord(toks[k].lower);
  if (compass) {
    ++k;
    if (k + 1 < toks.size() && toks[k].text == "-" && IsCompassWord(toks[k + 1].lower)) k += 2;
    if (k >= toks.size() || toks[k].lower != "of") return;
  } else if (k >= toks.size() || toks[k].lower != "from") {
    return;
  }
  *predicate = "distance";
  std::string anchor;
  size_t n = k + 1;
  while (n < toks.size() && n < k + 4 && toks[n].kind == TokKind::kWord && toks[n].capitalized) {
    anchor += (anchor.empty() ? "" : " ") + std::string(toks[n].text);
    ++n;
  }
  if (!anchor.empty()) {
    *holder = anchor;
    *last = n;
  }
}

}  // namespace

std::string EventKey(std::string_view lower) {
  std::string key = VerbKey(lower);
  if (IsEventVerb(key) && IsVerbForm(lower)) return key;
  return std::string(PredicateOfNoun(NounKey(lower)));
}

namespace {

// Interval of a measure in the base unit, widened by 5% each way: conversions
// are rounded ("30 feet (9 meters)" is 9.14 m against 9 m).
constexpr double kConversionSlack = 0.05;

Claim MeasureClaim(const SentenceContext& ctx, const NumberMatch& m, const UnitInfo& unit,
                   size_t after_unit, bool between) {
  const auto& toks = ctx.toks;
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  size_t first = m.first;
  if (between) {
    c.fact.qualifier = "between";
    first = m.first - 1;
  } else if (auto q = MatchQualifierBefore(toks, m.first)) {
    c.fact.qualifier = q->text;
    first = q->first;
  }
  size_t last = after_unit;
  std::string predicate(unit.dimension);
  if (unit.dimension == "length") {
    const std::string_view adj = LengthPredicate(toks, after_unit);
    if (!adj.empty()) {
      predicate = std::string(adj);
      if (adj != "distance" || toks[after_unit].lower == "away") ++last;
    }
  }
  double low = m.low * unit.factor, high = m.high * unit.factor;
  ApplyQualifier(c.fact.qualifier, &low, &high);
  // "30 feet (9 meters)": the conversion in parentheses is the same claim.
  if (last + 2 < toks.size() && toks[last].text == "(") {
    if (auto m2 = MatchNumber(toks, last + 1, true)) {
      if (auto u2 = UnitAt(toks, m2->last); u2 && u2->first.base == unit.base) {
        const size_t close = m2->last + u2->second;
        if (close < toks.size() && toks[close].text == ")") {
          low = std::min(low, m2->low * u2->first.factor);
          high = std::max(high, m2->high * u2->first.factor);
          last = close + 1;
        }
      }
    }
  }
  if (unit.dimension == "length") {
    ReadLengthSlots(toks, first, &last, &predicate, &c.fact.referent.holder);
    // A length fallen or travelled is a distance, whatever the outlet's
    // wording around it ("fell 200ft" / "falling about 200 feet from a ridge").
    if (const std::string_view motion = MotionBefore(toks, first);
        !motion.empty() && (predicate == "length" || predicate == "distance")) {
      predicate = "distance";
      if (motion != "within") c.verb = std::string(motion);
    }
  }
  c.fact.begin = toks[first].begin;
  c.fact.end = toks[last - 1].end;
  c.fact.value = std::string(
      ctx.text.substr(toks[m.first].begin, toks[after_unit - 1].end - toks[m.first].begin));
  c.fact.normalized = m.low * unit.factor;
  c.fact.unit = std::string(unit.base);
  // Only a converted unit is rounded: magnitudes are compared as stated.
  const double slack = unit.factor == 1 && unit.base == unit.dimension ? 0 : kConversionSlack;
  c.low = low * (1 - slack);
  c.high = high * (1 + slack);
  c.slack = slack;
  c.head = predicate;
  c.unit = std::string(unit.base);
  c.fact.about = predicate;
  c.fact.referent.predicate = predicate;
  return c;
}

// Nouns naming an earthquake: after them "6.7-degree" or "6.7-strength" is a
// magnitude ("a 6.7-degree quake"), not a temperature or an angle.
bool IsQuakeNoun(std::string_view lower) {
  static constexpr std::string_view kNouns[] = {"quake",  "earthquake", "temblor",
                                                "tremor", "aftershock", "shock"};
  std::string_view w = lower;
  if (w.ends_with('s')) w.remove_suffix(1);
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// The named body that opens the sentence and reports a measure before byte
// `figure_begin` ("Tehran's seismologic center put the quake's magnitude at
// 5.9", "Geological Survey in Golden, Colo., said it was 6.1"): its words up
// to the verb or a preposition, case-folded; empty when the sentence does not
// open so or the phrase has no capitalised word ("The quake measured 6.1").
std::string MeasurerBefore(const std::vector<Tok>& toks, size_t figure_begin) {
  static constexpr std::string_view kVerbs[] = {
      "said", "says", "put", "puts", "measured", "estimated", "reported", "recorded", "registered"};
  static constexpr std::string_view kSkip[] = {"but", "and", "the", "while", "whereas"};
  static constexpr std::string_view kStops[] = {"in", "at", "on", "from", "near", "of"};
  auto in = [](std::string_view w, auto& list) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  };
  // The statement holding the figure starts after the last "but" or ";"
  // before it ("X put it at 5.9, but Y said it was 6.1").
  size_t s = 0;
  for (size_t k = 0; k < toks.size() && toks[k].begin < figure_begin; ++k) {
    if (toks[k].lower == "but" || toks[k].text == ";") s = k + 1;
  }
  while (s < toks.size() && (toks[s].kind == TokKind::kPunct || in(toks[s].lower, kSkip))) ++s;
  size_t v = s;
  while (v < toks.size() && toks[v].begin < figure_begin && !in(toks[v].lower, kVerbs)) ++v;
  if (v >= toks.size() || toks[v].begin >= figure_begin || v == s) return "";
  size_t e = s;
  bool named = false;
  // Dotted initials ("U.S.") stay inside the phrase; their periods are dropped.
  while (e < v && (toks[e].kind == TokKind::kWord || toks[e].text == ".") &&
         !in(toks[e].lower, kStops)) {
    named = named || toks[e].capitalized;
    ++e;
  }
  if (!named || e == s) return "";
  std::string holder;
  for (size_t k = s; k < e; ++k) {
    if (toks[k].kind != TokKind::kWord) continue;
    if (!holder.empty()) holder += ' ';
    holder += toks[k].lower;
  }
  return holder;
}

const UnitInfo& MagnitudeUnit() { return kMeasureUnits[std::size(kMeasureUnits) - 1]; }

// The number written before a hyphen in a compound adjective: digits
// ("18,000" of "18,000-ton") or number words ("seven", "twenty-two" of
// "twenty-two-foot"); nullopt for anything else, vague amounts included
// ("dozens-strong" is no figure).
std::optional<NumberMatch> CompoundNumber(std::string_view prefix) {
  if (prefix.empty()) return std::nullopt;
  const std::vector<Tok> parts = Tokenize(prefix);
  if (parts.empty() || parts[0].lower == "a" || parts[0].lower == "an") return std::nullopt;
  auto m = MatchNumber(parts, 0, false);
  if (!m || m->last != parts.size() || m->vague || m->low != m->high) return std::nullopt;
  return m;
}

// A compound figure "N-unit" with an adjective glued after the unit:
// "500-foot-long", "30-foot-tall", "six-metre-high". Returns the predicate
// the adjective gives ("length", "height", ...) and strips it from `word`.
std::string_view StripMeasureAdjective(std::string_view* word) {
  const size_t dash = word->rfind('-');
  if (dash == std::string_view::npos) return "";
  static constexpr std::pair<std::string_view, std::string_view> kAdjectives[] = {
      {"long", "length"}, {"tall", "height"}, {"high", "height"},
      {"wide", "width"},  {"deep", "depth"},  {"thick", "thickness"}};
  const std::string adjective = FoldCase(word->substr(dash + 1));
  for (const auto& [adj, predicate] : kAdjectives) {
    if (adjective == adj) {
      *word = word->substr(0, dash);
      return predicate;
    }
  }
  return "";
}

std::optional<Claim> CompoundMeasure(SentenceContext& ctx, size_t i) {
  const auto& toks = ctx.toks;
  if (toks[i].kind == TokKind::kPunct) return std::nullopt;
  const std::string_view t = toks[i].text;
  std::string_view body = t;
  const std::string_view adjective = StripMeasureAdjective(&body);
  // "6.1-magnitude", or the unit first: "magnitude-6.1". The number may be
  // spelled and hyphenated itself ("twenty-two-foot"), so the unit is what
  // follows the last hyphen.
  const bool unit_first = FoldCase(body.substr(0, body.find('-'))) == "magnitude";
  const size_t dash = unit_first ? body.find('-') : body.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return std::nullopt;
  const std::string_view number_text = unit_first ? body.substr(dash + 1) : body.substr(0, dash);
  const std::optional<NumberMatch> number = CompoundNumber(number_text);
  if (!number) return std::nullopt;
  const std::string word = unit_first ? "magnitude" : FoldCase(body.substr(dash + 1));
  const UnitInfo* unit = nullptr;
  for (const UnitInfo& u : kMeasureUnits) {
    if (u.word == word) unit = &u;
  }
  const bool quake_follows =
      i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord && IsQuakeNoun(toks[i + 1].lower);
  if (unit == nullptr && quake_follows && (word == "degree" || word == "strength")) {
    unit = &MagnitudeUnit();
  }
  if (unit == nullptr) return std::nullopt;
  if (!adjective.empty() && unit->dimension != "length") return std::nullopt;
  NumberMatch m = *number;
  m.first = i;
  m.last = i + 1;
  Claim c = MeasureClaim(ctx, m, *unit, i + 1, false);
  c.fact.value = std::string(t);
  if (!adjective.empty()) {
    c.head = std::string(adjective);
    c.fact.about = c.head;
    c.fact.referent.predicate = c.head;
  }
  ctx.consumed[i] = true;
  // "-foot" before a noun: the noun is what is measured ("a 30-foot boat").
  if (i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord && !toks[i + 1].capitalized) {
    c.fact.referent.thing = NounKey(toks[i + 1].text);
    c.fact.about = c.fact.referent.predicate + " of " + toks[i + 1].lower;
  }
  return c;
}

// A count written as a compound adjective before the noun it describes:
// "the 107-man crew", "a 118-member crew", "a 5,000-strong force" (how many
// people make it up), "a seven-story building", "a four-lane road" (how many
// parts it has). English builds these from any number and a singular noun
// (the noun stays singular: "seven-story", never "seven-stories"), so the
// rule reads the grammar, not a list: a number, a hyphen, one singular word,
// then a lower-case noun. A compound of people counts the noun after it
// ("107-man crew" and "a crew of 118" count crew); any other counts its own
// noun (storeys) of the noun after it (the building). Units of measure and
// time are measures and durations, "-year-old" an age; fractions
// ("two-thirds"), multipliers ("three-time", "two-fold", "one-way") and a
// single one ("one-man show") count nothing here.
std::optional<Claim> CompoundCount(const SentenceContext& ctx, size_t i) {
  const auto& toks = ctx.toks;
  if (toks[i].kind != TokKind::kWord || i + 1 >= toks.size()) return std::nullopt;
  const std::string_view t = toks[i].text;
  const size_t dash = t.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= t.size()) return std::nullopt;
  const std::string word = FoldCase(t.substr(dash + 1));
  for (char ch : word) {
    if (ch < 'a' || ch > 'z') return std::nullopt;
  }
  const auto number = CompoundNumber(t.substr(0, dash));
  if (!number || number->low < 2) return std::nullopt;
  static constexpr std::string_view kNotCounted[] = {"time", "fold", "way", "odd", "plus",
                                                     "old",  "year", "day", "hour"};
  if (std::find(std::begin(kNotCounted), std::end(kNotCounted), word) != std::end(kNotCounted)) {
    return std::nullopt;
  }
  // Plural or a unit: not this construction ("two-thirds", "ten-minutes").
  if (IsPluralNoun(word) || UnitAt(Tokenize(word), 0)) return std::nullopt;
  const Tok& next = toks[i + 1];
  // The word after a compound adjective is its noun, "-ing" or not ("a
  // seven-story building"); an auxiliary or a past participle after it is a
  // verb, and the compound is then a noun itself ("the 40-man was").
  if (next.kind != TokKind::kWord || next.capitalized || EndsNounPhrase(next.lower) ||
      IsAux(next.lower) || next.lower.ends_with("ed") || MatchNumber(toks, i + 1, false)) {
    return std::nullopt;
  }
  static constexpr std::string_view kPeopleWords[] = {"man",    "woman",  "member", "person",
                                                      "strong", "people", "soldier"};
  const bool people =
      std::find(std::begin(kPeopleWords), std::end(kPeopleWords), word) != std::end(kPeopleWords);
  std::string unit_key = NounKey(word);
  if (unit_key == "story" || unit_key == "floor") unit_key = "storey";  // one part, two spellings
  const std::string thing = NounKey(next.text);
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  size_t first = i;
  if (auto q = MatchQualifierBefore(toks, i)) {
    c.fact.qualifier = q->text;
    first = q->first;
  }
  c.fact.begin = toks[first].begin;
  c.fact.end = next.end;
  c.fact.value = std::string(t);
  c.fact.normalized = number->low;
  c.low = number->low;
  c.high = number->high;
  ApplyQualifier(c.fact.qualifier, &c.low, &c.high);
  c.head = people ? thing : unit_key;
  c.fact.about = people ? next.lower : unit_key + "s of " + next.lower;
  c.fact.referent.thing = thing;
  return c;
}

}  // namespace

namespace {

// A person's age, the two ways news gives it: an apposition after the name
// ("Robert Buckley, 32, fell", "Smith, 34, was shot") and "N-year-old"
// before or after it ("36-year-old Duncan Rait", "Cardell Hayes, a
// 28-year-old", "A 32-year-old British climber"). The holder is the
// person's surname (the last word of the name; empty when no name is next
// to the age), so "Smith, 34," and "Will Smith, 34" meet and the ages of two
// people named in one story stay apart. Ages are exact: "32" and "32" agree.
// Returns the claim and the token after it.
// Whole years written in one to three digits ("34"); nullopt otherwise.
std::optional<double> Years(std::string_view digits) {
  if (digits.empty() || digits.size() > 3) return std::nullopt;
  double v = 0;
  for (char ch : digits) {
    if (ch < '0' || ch > '9') return std::nullopt;
    v = v * 10 + (ch - '0');
  }
  return v;
}

std::optional<std::pair<Claim, size_t>> AgeAt(const SentenceContext& ctx, size_t i) {
  const auto& toks = ctx.toks;
  const Tok& t = toks[i];
  double years = 0;
  size_t last = i + 1;
  std::string holder;
  // The surname of a capitalised name ending at token `end` (exclusive).
  auto surname_before = [&](size_t end) -> std::string {
    if (end == 0 || toks[end - 1].kind != TokKind::kWord || !toks[end - 1].capitalized) return "";
    return std::string(toks[end - 1].text);
  };
  // "24-year old", the second hyphen dropped, is the same age.
  const bool split_old = t.kind == TokKind::kWord && t.lower.ends_with("-year") &&
                         i + 1 < toks.size() && toks[i + 1].lower == "old";
  if (t.kind == TokKind::kWord && (t.lower.ends_with("-year-old") || split_old)) {
    const size_t suffix = split_old ? 5 : 9;
    const std::string_view digits = std::string_view(t.lower).substr(0, t.lower.size() - suffix);
    // Digits or words: "36-year-old", "four-year-old", "twenty-one-year-old".
    auto v = Years(digits);
    if (!v) {
      if (const auto spelled = CompoundNumber(digits)) v = spelled->low;
    }
    if (!v || *v < 1 || *v > 120) return std::nullopt;
    years = *v;
    if (split_old) last = i + 2;
    // The name after it ("36-year-old Englishman Duncan Rait"), else the
    // name the "a N-year-old" apposition follows ("Hayes, a 28-year-old").
    size_t n = last;
    while (n < toks.size() && toks[n].kind == TokKind::kWord && toks[n].capitalized) ++n;
    // One capitalised word before a lower-case noun is an adjective ("a
    // 32-year-old British climber"), not a name.
    const bool adjective =
        n == i + 2 && n < toks.size() && toks[n].kind == TokKind::kWord && !toks[n].capitalized;
    if (n > i + 1 && !adjective) {
      holder = std::string(toks[n - 1].text);
    } else if (i >= 2 && (toks[i - 1].lower == "a" || toks[i - 1].lower == "an") &&
               toks[i - 2].text == ",") {
      holder = surname_before(i - 2);
    }
  } else if (t.kind == TokKind::kNumber && i >= 2 && toks[i - 1].text == "," &&
             i + 1 < toks.size() && toks[i + 1].text == "," && !ctx.consumed[i - 2]) {
    const auto v = Years(t.text);
    if (!v || *v < 1 || *v > 120) return std::nullopt;
    holder = surname_before(i - 1);
    // After an apposition: "Smith, a former New Orleans Saints star, 34,".
    if (holder.empty() && toks[i - 2].kind == TokKind::kWord && !toks[i - 2].capitalized) {
      for (size_t k = i - 2; k > 1 && i - k <= 10; --k) {
        if (toks[k - 1].kind == TokKind::kPunct) {
          const std::string_view det = toks[k].lower;
          if (toks[k - 1].text == "," && (det == "a" || det == "an" || det == "the")) {
            holder = surname_before(k - 1);
          }
          break;
        }
      }
    }
    if (holder.empty()) return std::nullopt;
    years = *v;
  } else if (t.kind == TokKind::kNumber && i >= 2 && !ctx.consumed[i]) {
    // The age written with its own word: "aged 34" (after a name: "Ann
    // Marsh, aged 34"), "at age 36", "at the age of 36", "died at 41" / "dead
    // at 41", and "He was 41." closing its sentence.
    const auto v = Years(t.text);
    if (!v || *v < 1 || *v > 120) return std::nullopt;
    auto lower_at = [&](size_t k) -> std::string_view {
      return k < toks.size() && toks[k].kind == TokKind::kWord ? std::string_view(toks[k].lower)
                                                               : std::string_view();
    };
    const std::string_view p1 = lower_at(i - 1), p2 = lower_at(i - 2);
    const bool sentence_end =
        i + 1 >= toks.size() || (toks[i + 1].kind == TokKind::kPunct && toks[i + 1].text == ".");
    const bool aged = p1 == "aged";
    const bool died_at = p1 == "at" && (p2 == "dead" || p2 == "died" || p2 == "dies");
    const bool at_age =
        (p1 == "age" && p2 == "at") || (p1 == "of" && p2 == "age" && i >= 4 &&
                                        lower_at(i - 3) == "the" && lower_at(i - 4) == "at");
    const bool he_was = (p1 == "was" || p1 == "is") && (p2 == "he" || p2 == "she") && sentence_end;
    if (!aged && !died_at && !at_age && !he_was) return std::nullopt;
    if (aged) {
      holder = surname_before(i - 1);
      if (holder.empty() && toks[i - 2].text == ",") holder = surname_before(i - 2);
    }
    if (died_at) holder = surname_before(i - 2);
    years = *v;
  } else {
    return std::nullopt;
  }
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  c.fact.begin = t.begin;
  c.fact.end = toks[last - 1].end;
  c.fact.value = std::string(ctx.text.substr(c.fact.begin, c.fact.end - c.fact.begin));
  c.fact.normalized = years;
  c.fact.unit = "years";
  c.fact.about = holder.empty() ? "age" : "age of " + holder;
  c.fact.referent.predicate = "age";
  c.fact.referent.holder = holder;
  c.low = c.high = years;
  c.head = "age";
  return std::pair{std::move(c), last};
}

}  // namespace

// A casualty verb right before a count (and its qualifier) takes people as
// its object, so the count needs no noun: "killing at least one and leaving
// two missing", "injured dozens and damaged houses". Returns the verb's token.
std::optional<size_t> CasualtyVerbBefore(const std::vector<Tok>& toks, size_t number_first) {
  size_t first = number_first;
  if (auto q = MatchQualifierBefore(toks, first)) first = q->first;
  if (first == 0) return std::nullopt;
  const Tok& v = toks[first - 1];
  if (v.kind != TokKind::kWord || !IsVerbForm(v.lower)) return std::nullopt;
  const std::string key = VerbKey(v.text);
  if (key != "kill" && key != "wound") return std::nullopt;
  // Only a verb that takes an object: "died" and "dead" do not ("reconvene
  // the Dead one last time").
  if (v.lower == "dead" || v.lower == "died" || v.lower == "dying") return std::nullopt;
  return first - 1;
}

// A sum of money: a currency sign before the figure ("$1 million",
// "\xC2\xA3" "2.5bn", "\xE2\x82\xAC" "40m"). The sign says what the figure counts,
// so no noun need follow ("bond was set at $1 million"); after a sign "m"
// and "bn" glued to the digits are million and billion. Returns the
// currency's key ("dollar", "pound", "euro") and the figure.
struct Money {
  std::string_view currency;
  NumberMatch figure;
};

std::optional<Money> MoneyAt(const std::vector<Tok>& toks, size_t i) {
  if (i == 0 || toks[i - 1].kind != TokKind::kPunct) {
    return std::nullopt;
  }
  const std::string_view sign = toks[i - 1].text;
  const std::string_view currency = sign == "$"              ? "dollar"
                                    : sign == "\xC2\xA3"     ? "pound"
                                    : sign == "\xE2\x82\xAC" ? "euro"
                                                             : "";
  if (currency.empty()) return std::nullopt;
  if (auto m = MatchNumber(toks, i)) {
    if (m->vague) return std::nullopt;
    return Money{currency, *m};
  }
  // "80m", "2.5bn": digits with a glued scale.
  const std::string_view w = toks[i].lower;
  for (const auto& [suffix, scale] : {std::pair<std::string_view, double>{"bn", 1e9},
                                      std::pair<std::string_view, double>{"m", 1e6}}) {
    if (!w.ends_with(suffix) || w.size() == suffix.size()) continue;
    const std::string digits(w.substr(0, w.size() - suffix.size()));
    const std::vector<Tok> number = Tokenize(digits);
    if (number.size() != 1 || number[0].kind != TokKind::kNumber) continue;
    auto m = MatchNumber(number, 0);
    if (!m) continue;
    m->first = i;
    m->last = i + 1;
    m->low *= scale;
    m->high *= scale;
    m->of_follows = i + 1 < toks.size() && toks[i + 1].lower == "of";
    return Money{currency, *m};
  }
  return std::nullopt;
}

// Identifiers are not counts. English puts a count before its noun and
// makes the noun plural ("990 passengers"); a label follows its noun, which
// stays singular ("flight 990", "route 9", "gate 12"), and a number before a
// singular noun names a model, a line or a code ("a 767 jet", "the 911
// operator"). So: a number right after a lower-case singular noun, or a
// whole number of two or more before a singular noun, labels something. Nouns
// that stay singular in the plural ("crew", "staff", "aircraft", "percent")
// and the determiners and adverbs that stand before counts ("another 20",
// "the first 20", "nearly 20") are not such nouns. And a number called or
// dialled is a telephone number ("called 911").
bool IsInvariantPlural(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "crew",  "staff", "personnel", "aircraft", "cattle",    "sheep", "deer",
      "fish",  "head",  "percent",   "military", "strong",    "more",  "less",
      "fewer", "other", "police",    "people",   "offspring", "youth"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool StandsBeforeCounts(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "another", "first",    "last",      "next",    "top",       "every",      "only",
      "just",    "nearly",   "almost",    "some",    "all",       "additional", "total",
      "further", "extra",    "remaining", "mere",    "whopping",  "estimated",  "record",
      "least",   "most",     "even",      "than",    "including", "of",         "like",
      "perhaps", "possibly", "probably",  "exactly", "precisely", "barely",     "fully",
      "nearly",  "some"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A lower-case singular noun right before the number labels it: "flight
// 990", "route 9", "platform 4".
bool LabelledByNounBefore(const std::vector<Tok>& toks, size_t number) {
  if (number == 0 || toks[number].kind != TokKind::kNumber) return false;
  if (toks[number].text.find_first_of(",.") != std::string_view::npos) return false;
  // A number sign or its abbreviation makes a rank or a label: "the No. 1
  // show", "No. 10 Downing Street", "#2".
  if (toks[number - 1].text == "#") return true;
  if (number >= 2 && toks[number - 1].text == "." &&
      (toks[number - 2].lower == "no" || toks[number - 2].lower == "nos")) {
    return true;
  }
  const Tok& w = toks[number - 1];
  if (w.kind != TokKind::kWord || w.capitalized || w.text.find('\'') != std::string_view::npos ||
      w.text.find("\xE2\x80\x99") != std::string_view::npos) {
    return false;  // a possessive owns the count: "the ferry's 300 passengers"
  }
  const std::string& l = w.lower;
  return !EndsNounPhrase(l) && !IsAux(l) && !IsVerbForm(l) && !IsPluralNoun(l) &&
         !StandsBeforeCounts(l) && !IsInvariantPlural(l) && !MatchQualifierBefore(toks, number) &&
         !MatchNumber(toks, number - 1, false) && PredicateOfNoun(NounKey(l)).empty() &&
         l != "toll";
}

bool IsCallVerb(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"call",   "called",  "calling", "calls",    "dial",
                                                "dialed", "dialled", "dialing", "dialling", "phone",
                                                "phoned", "ring",    "rang"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// "a crew of 118", "a population of 5,000", "a force of some 2,000": a
// singular noun, "of", a number that ends its phrase. The noun is what is
// counted. Nouns that name an amount rather than a body of things ("a total
// of 20", "the age of 70", "a depth of 10", "a margin of 5") count nothing
// of their own and are left out.
std::optional<Claim> CountOfNounBefore(const SentenceContext& ctx, const NumberMatch& m) {
  const auto& toks = ctx.toks;
  size_t first = m.first;
  std::string qualifier;
  if (auto q = MatchQualifierBefore(toks, m.first)) {
    qualifier = q->text;
    first = q->first;
  }
  if (first < 2 || toks[first - 1].lower != "of") return std::nullopt;
  const Tok& noun = toks[first - 2];
  if (noun.kind != TokKind::kWord || noun.capitalized || IsPluralNoun(noun.lower) ||
      EndsNounPhrase(noun.lower) || IsAux(noun.lower) || IsVerbForm(noun.lower)) {
    return std::nullopt;
  }
  static constexpr std::string_view kAmounts[] = {
      "total",  "number",   "sum",    "average", "maximum",  "minimum",    "age",       "rate",
      "score",  "ratio",    "margin", "count",   "tally",    "figure",     "estimate",  "toll",
      "height", "depth",    "length", "width",   "distance", "altitude",   "magnitude", "speed",
      "weight", "value",    "cost",   "price",   "budget",   "fine",       "bail",      "sentence",
      "term",   "capacity", "range",  "scale",   "level",    "period",     "year",      "month",
      "week",   "day",      "hour",   "minute",  "second",   "percentage", "majority",  "half",
      "most",   "some",     "none",   "all",     "each",     "one",        "any",       "both"};
  if (std::find(std::begin(kAmounts), std::end(kAmounts), noun.lower) != std::end(kAmounts)) {
    return std::nullopt;
  }
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  c.fact.qualifier = qualifier;
  c.fact.begin = noun.begin;
  c.fact.end = toks[m.last - 1].end;
  c.fact.value =
      std::string(ctx.text.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin));
  c.low = m.low;
  c.high = m.high;
  c.fact.normalized = m.low;
  ApplyQualifier(qualifier, &c.low, &c.high);
  c.head = NounKey(noun.text);
  // A population is a count of people, the noun outlets use instead ("an
  // island of 120,000 people").
  if (c.head == "population") c.head = "person";
  c.fact.about = noun.lower;
  c.fact.referent.thing = c.head;
  return c;
}

// A count of none: "No one was hurt", "nobody died", "no-one was injured",
// "no civilians were killed", "no casualties", "no deaths": zero people,
// with the harm that did not happen to them ("no one knows", "no one has
// left" count nothing). Returns the claim and the token after it.
std::optional<std::pair<Claim, size_t>> ZeroCountAt(const SentenceContext& ctx, size_t i) {
  const auto& toks = ctx.toks;
  const auto word = [&](size_t k, std::string_view w) {
    return k < toks.size() && toks[k].kind == TokKind::kWord && toks[k].lower == w;
  };
  size_t end = i;  // token after the subject
  std::string noun = "people", head = "person", verb;
  if (word(i, "nobody") || word(i, "no-one")) {
    end = i + 1;
  } else if (word(i, "no") && word(i + 1, "one")) {
    end = i + 2;
  } else if (word(i, "no") && i + 2 < toks.size() && toks[i + 1].text == "-" &&
             word(i + 2, "one")) {
    end = i + 3;
  } else if (word(i, "no") && i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord &&
             !toks[i + 1].capitalized) {
    const std::string key = NounKey(toks[i + 1].text);
    if (const std::string_view pred = PredicateOfNoun(key); !pred.empty()) {
      verb = std::string(pred);
      noun = toks[i + 1].lower;
    } else if (!IsPeopleNoun(key)) {
      return std::nullopt;
    }
    end = i + 2;
  } else {
    return std::nullopt;
  }
  if (verb.empty()) {
    // What did not happen: "was (reportedly) hurt", "died".
    for (size_t k = end, steps = 0; k < toks.size() && steps < 4 && toks[k].kind == TokKind::kWord;
         ++k, ++steps) {
      if (IsAux(toks[k].lower)) continue;
      if (IsVerbForm(toks[k].lower)) verb = VerbKey(toks[k].text);
      break;
    }
    noun += " " + verb;
  }
  // Harm only: "no one was hurt" is a fact of the story's toll; "no one has
  // left" is not counted (it says nothing has happened yet).
  if (verb != "kill" && verb != "wound" && verb != "shoot" && verb != "casualty") {
    return std::nullopt;
  }
  Claim c;
  c.fact.kind = FactKind::kQuantity;
  c.fact.begin = toks[i].begin;
  c.fact.end = toks[end - 1].end;
  c.fact.value = std::string(ctx.text.substr(c.fact.begin, c.fact.end - c.fact.begin));
  c.fact.normalized = 0;
  c.low = c.high = 0;
  c.head = head;
  c.verb = verb;
  c.fact.about = noun;
  c.fact.referent.predicate = verb;
  c.fact.referent.thing = head;
  return std::pair{std::move(c), end};
}

std::vector<Claim> ExtractQuantities(SentenceContext* ctx) {
  std::vector<Claim> out;
  std::vector<size_t> np_end;  // token after the noun phrase, per claim
  const auto& toks = ctx->toks;
  // Keeps a claim that spans tokens [*i, end) and moves past it.
  auto take = [&](std::pair<Claim, size_t> found, size_t* i) {
    for (size_t k = *i; k < found.second; ++k) ctx->consumed[k] = true;
    out.push_back(std::move(found.first));
    np_end.push_back(found.second);
    *i = found.second - 1;
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    if (ctx->consumed[i] || toks[i].kind == TokKind::kPunct) continue;
    if (auto zero = ZeroCountAt(*ctx, i)) {
      take(std::move(*zero), &i);
      continue;
    }
    const std::string w = toks[i].lower;
    if (w == "a" || w == "an") continue;
    // "One" is mostly a pronoun ("one of the", "no one", "the one that");
    // it counts a person as what a casualty verb did ("killing at least
    // one") or with a person noun ("one soldier was killed"), and is kept
    // below only with what happened to that person. "One hundred and three"
    // is a number.
    const auto one = w == "one" ? MatchNumber(toks, i, false) : std::nullopt;
    const bool lone = one && one->last == i + 1;
    if (lone && !CasualtyVerbBefore(toks, i) &&
        !(i + 1 < toks.size() && toks[i + 1].kind == TokKind::kWord &&
          IsWordNetRole(toks[i + 1].lower))) {
      continue;
    }
    if (auto age = AgeAt(*ctx, i)) {
      take(std::move(*age), &i);
      continue;
    }
    if (auto money = MoneyAt(toks, i)) {
      const NumberMatch& m = money->figure;
      Claim c;
      c.fact.kind = FactKind::kQuantity;
      size_t first = i - 1;
      if (auto q = MatchQualifierBefore(toks, first)) {
        c.fact.qualifier = q->text;
        first = q->first;
      }
      c.fact.begin = toks[first].begin;
      c.fact.end = toks[m.last - 1].end;
      c.fact.value = std::string(
          ctx->text.substr(toks[i - 1].begin, toks[m.last - 1].end - toks[i - 1].begin));
      c.low = m.low;
      c.high = m.high;
      c.fact.normalized = m.low;
      ApplyQualifier(c.fact.qualifier, &c.low, &c.high);
      c.head = std::string(money->currency);
      c.fact.about = c.head + "s";
      c.fact.referent.thing = c.head;
      for (size_t k = first; k < m.last; ++k) ctx->consumed[k] = true;
      out.push_back(std::move(c));
      np_end.push_back(m.last);
      i = m.last - 1;
      continue;
    }
    auto m = MatchNumber(toks, i);
    if (!m) {
      // "a 30-foot boat": number and unit in one token, the thing after it.
      if (auto measure = CompoundMeasure(*ctx, i)) {  // marks its token consumed
        out.push_back(std::move(*measure));
        np_end.push_back(i + 1);
      } else if (auto count = CompoundCount(*ctx, i)) {  // "the 107-man crew"
        ctx->consumed[i] = ctx->consumed[i + 1] = true;
        out.push_back(std::move(*count));
        np_end.push_back(i + 2);
        ++i;
      }
      continue;
    }
    bool overlap = false;
    for (size_t k = m->first; k < m->last; ++k) overlap = overlap || ctx->consumed[k];
    if (overlap) continue;
    // A number inside a name: "Number 10", "Article 50", "Boeing 747". Names
    // do not group digits: "Izmit 4,179 dead" is a count.
    if (i > 0 && toks[i].kind == TokKind::kNumber && toks[i - 1].kind == TokKind::kWord &&
        toks[i - 1].capitalized && toks[i].text.find(',') == std::string_view::npos) {
      size_t first_word = 0;
      while (first_word < toks.size() && toks[first_word].kind == TokKind::kPunct) ++first_word;
      if (i - 1 != first_word && !MatchQualifierBefore(toks, i)) continue;
    }
    // Telephone numbers (see LabelledByNounBefore).
    if (i > 0 && IsCallVerb(toks[i - 1].lower)) continue;
    // Bare years are dates, not counts.
    if (toks[i].kind == TokKind::kNumber && toks[i].text.size() == 4 && m->low >= 1900 &&
        m->low <= 2100 && m->low == m->high && m->last == i + 1) {
      continue;
    }
    // "between 1,000 and 1,500" is one interval.
    bool between = false;
    if (m->first > 0 && toks[m->first - 1].lower == "between" && !m->vague &&
        m->last + 1 < toks.size() && toks[m->last].lower == "and") {
      auto m2 = MatchNumber(toks, m->last + 1, false);
      if (m2 && !m2->vague && m2->low > m->high) {
        m->high = m2->high;
        m->last = m2->last;
        m->of_follows = m2->of_follows;
        between = true;
      }
    }
    // "a 40-foot boat": number, hyphen, unit, then the thing measured.
    if (!m->vague && m->last + 1 < toks.size() && toks[m->last].text == "-" &&
        toks[m->last].begin == toks[m->last - 1].end) {
      if (auto unit = UnitAt(toks, m->last + 1); unit && unit->second == 1) {
        Claim c = MeasureClaim(*ctx, *m, unit->first, m->last + 2, false);
        size_t e = m->last + 2;
        if (e < toks.size() && toks[e].kind == TokKind::kWord && !toks[e].capitalized &&
            !EndsNounPhrase(toks[e].lower)) {
          c.fact.referent.thing = NounKey(toks[e].text);
          c.fact.about = c.fact.referent.predicate + " of " + toks[e].lower;
          c.fact.end = toks[e].end;
          ++e;
        }
        for (size_t t = i; t < e; ++t) ctx->consumed[t] = true;
        out.push_back(std::move(c));
        np_end.push_back(e);
        i = e - 1;
        continue;
      }
    }
    // "magnitude 7.4", "put the magnitude at 5.9", "a magnitude of at least
    // 5.9": the unit before the number (and its qualifier).
    size_t unit_at = m->first;
    if (auto q = MatchQualifierBefore(toks, m->first)) unit_at = q->first;
    if (unit_at > 1 && (toks[unit_at - 1].lower == "at" || toks[unit_at - 1].lower == "of") &&
        toks[unit_at - 2].lower == "magnitude") {
      --unit_at;
    }
    if (!m->vague && unit_at > 0 && toks[unit_at - 1].lower == "magnitude") {
      out.push_back(MeasureClaim(*ctx, *m, MagnitudeUnit(), m->last, false));
      for (size_t t = unit_at - 1; t < m->last; ++t) ctx->consumed[t] = true;
      np_end.push_back(m->last);
      i = m->last - 1;
      continue;
    }
    // Measures: a number with a unit, compared in the base unit.
    if (auto unit = UnitAt(toks, m->last); unit && !m->vague) {
      out.push_back(MeasureClaim(*ctx, *m, unit->first, m->last + unit->second, between));
      size_t e = i;
      while (e < toks.size() && toks[e].end <= out.back().fact.end) ctx->consumed[e++] = true;
      np_end.push_back(e);
      i = e - 1;
      continue;
    }
    size_t j = m->last;
    if (m->of_follows) ++j;
    const size_t after_of = j;
    while (j < toks.size() && toks[j].kind == TokKind::kWord) {
      const std::string d = toks[j].lower;
      if (d != "the" && d != "their" && d != "its" && d != "his" && d != "her" && d != "our" &&
          d != "your" && d != "my")
        break;
      ++j;
    }
    // "25 of the injured", "three of their children": a part of a group
    // counted elsewhere, never the same figure as the group's count. A
    // fraction's "of the" only names its whole: "half of the roof" is "half
    // the roof".
    const bool fraction = !m->vague && m->low > 0 && m->high < 1;
    const bool partitive = m->of_follows && j > after_of && !fraction;
    // The noun phrase.
    size_t np_first = j, np_last = j;
    while (np_last < toks.size() && np_last - np_first < 4 &&
           toks[np_last].kind == TokKind::kWord && !ctx->consumed[np_last]) {
      const std::string& d = toks[np_last].lower;
      if (EndsNounPhrase(d)) break;
      if (np_last > np_first && IsVerbForm(d)) break;
      if (MatchNumber(toks, np_last, false) && np_last > np_first) break;
      ++np_last;
      // A plural noun ends the phrase: what follows is a verb or a name
      // ("demonstrators took", "two villages Foua").
      if (IsPluralNoun(d)) break;
    }
    // "the death toll rose to 57", "the toll in the 7.4-magnitude quake has
    // surpassed 12,000": the number stands alone, the toll is the subject of
    // its clause (no clause punctuation between them).
    bool toll = false;
    for (size_t b = m->first, steps = 0; b > 0 && steps < 12 && !toll; --b, ++steps) {
      const Tok& t = toks[b - 1];
      if (t.kind == TokKind::kPunct && t.text != "-") break;
      toll = t.kind == TokKind::kWord && t.lower == "toll";
    }
    const bool casualty_object = np_last == np_first && !toll && CasualtyVerbBefore(toks, m->first);
    // "a crew of 118", "a force of 5,000": the number ends its phrase and
    // the noun before "of" is what it counts (so it meets "the 118-member
    // crew").
    if (np_last == np_first && !toll && !casualty_object && !m->vague && !between) {
      if (auto c = CountOfNounBefore(*ctx, *m)) {
        for (size_t t = m->first; t < m->last; ++t) ctx->consumed[t] = true;
        out.push_back(std::move(*c));
        np_end.push_back(m->last);
        i = m->last - 1;
        continue;
      }
    }
    if (np_last == np_first && !toll && !casualty_object) continue;
    const bool bare_toll = np_last == np_first && !casualty_object;
    if (casualty_object) {
      np_first = m->last - 1;
      np_last = m->last;
    }
    if (bare_toll) {
      np_first = m->last - 1;
      np_last = m->last;
    }
    const Tok& head_tok = toks[np_last - 1];
    if (head_tok.capitalized && np_last - np_first == 1 && !casualty_object) {
      continue;  // "2020 Olympics"
    }
    // A whole number of two or more before a singular noun names a model or
    // a code ("a 767 jet", "the 911 operator"), unless the noun stays
    // singular in the plural ("20 crew") or names what happened ("82 killed").
    // The noun phrase counts something plural: one of its words is a plural
    // noun or one that stays singular in the plural ("20 crew", "12 percent
    // probability").
    bool plural_head = false;
    for (size_t k = np_first; k < np_last; ++k) {
      plural_head = plural_head || IsPluralNoun(toks[k].lower) || IsInvariantPlural(toks[k].lower);
    }
    const Tok& noun_after = toks[np_first];
    if (!bare_toll && !casualty_object && !m->vague && !m->of_follows && m->low == m->high &&
        m->low >= 2 && std::floor(m->low) == m->low && !plural_head &&
        !IsVerbForm(noun_after.lower) && PredicateOfNoun(NounKey(noun_after.text)).empty() &&
        !noun_after.capitalized) {
      continue;
    }
    // "flight 990 crashed": a label after its noun, with no plural noun
    // counted after it ("fell 20 people" would be a count).
    if (!bare_toll && !casualty_object && !plural_head && LabelledByNounBefore(toks, m->first)) {
      continue;
    }
    std::string head = bare_toll ? "toll" : casualty_object ? "person" : NounKey(head_tok.text);
    // Multipliers ("several times", "three ways") count nothing.
    // Vague multipliers ("several times") count nothing; "met six times" does.
    if (head.empty() || ((head == "time" || head == "way") && m->vague)) continue;
    // The event verb after the phrase: "were (reportedly) killed".
    std::string verb_word;
    size_t k = np_last;
    for (size_t steps = 0; k < toks.size() && steps < 4 && toks[k].kind == TokKind::kWord;
         ++k, ++steps) {
      const std::string d = toks[k].lower;
      if (IsAux(d)) continue;
      if (IsVerbForm(d)) verb_word = std::string(toks[k].text);
      break;
    }
    // The phrase itself may end in the verb: "82 killed".
    if (verb_word.empty() && np_last - np_first == 1 && IsVerbForm(FoldCase(head_tok.text))) {
      verb_word = std::string(head_tok.text);
      head = "person";
    }

    Claim c;
    c.fact.kind = FactKind::kQuantity;
    size_t first = m->first;
    if (between) {
      c.fact.qualifier = "between";
      first = m->first - 1;
    } else if (auto q = MatchQualifierBefore(toks, m->first)) {
      c.fact.qualifier = q->text;
      first = q->first;
    }
    c.fact.begin = toks[first].begin;
    c.fact.end = toks[np_last - 1].end;
    c.fact.value = std::string(
        ctx->text.substr(toks[m->first].begin, toks[m->last - 1].end - toks[m->first].begin));
    c.low = m->low;
    c.high = m->high;
    c.vague = m->vague;
    if (!m->vague) c.fact.normalized = m->low;
    if (m->vague) {
      c.fact.normalized_text = FoldCase(c.fact.value);
    } else if (m->high != m->low) {
      c.fact.normalized_text = std::to_string(static_cast<long long>(m->low)) + "-" +
                               std::to_string(static_cast<long long>(m->high));
    }
    ApplyQualifier(c.fact.qualifier, &c.low, &c.high);
    const std::string noun = bare_toll         ? "toll"
                             : casualty_object ? "people"
                                               : FoldCase(head_tok.text);
    c.head = IsPeopleNoun(head) ? "person" : head;
    c.verb = verb_word.empty() ? "" : VerbKey(verb_word);
    if (!IsEventVerb(c.verb)) {
      c.verb.clear();
      verb_word.clear();
    }
    c.fact.about =
        noun + (verb_word.empty() || noun == FoldCase(verb_word) ? "" : " " + FoldCase(verb_word));
    // The verb governing the number from before: "killing at least 57 people".
    if (c.verb.empty() && first > 0 && toks[first - 1].kind == TokKind::kWord) {
      const std::string before = VerbKey(toks[first - 1].text);
      if (IsEventVerb(before) && IsVerbForm(toks[first - 1].lower)) {
        c.verb = before;
        c.fact.about = noun + " " + toks[first - 1].lower;
      }
    }
    // A noun that names the event: "57 deaths", "20 injuries".
    if (const std::string_view pred = PredicateOfNoun(head); !pred.empty()) {
      if (c.verb.empty()) c.verb = std::string(pred);
      c.head = "person";
    }
    if (lone && (c.verb.empty() || partitive)) continue;
    if (partitive) c.head = "part of " + c.head;
    c.fact.referent.predicate = c.verb;
    c.fact.referent.thing = c.head;
    for (size_t t = first; t < np_last; ++t) ctx->consumed[t] = true;
    out.push_back(std::move(c));
    np_end.push_back(np_last);
    i = np_last - 1;
  }
  // Whose magnitude: agencies disagree and each outlet reports both ("Tehran's
  // seismologic center put the magnitude at 5.9, but the U.S. Geological
  // Survey ... 6.1"), so a reading is held by the named body that opens the
  // sentence and says, puts or measures it before the figure.
  for (Claim& c : out) {
    if (c.fact.referent.predicate != "magnitude" || !c.fact.referent.holder.empty()) continue;
    c.fact.referent.holder = MeasurerBefore(toks, c.fact.begin);
  }
  // Coordinations share the verb: "6,000 civilians and 366 fighters had left".
  for (size_t n = out.size(); n-- > 1;) {
    if (!out[n - 1].verb.empty() || out[n].verb.empty()) continue;
    const size_t e = np_end[n - 1];
    if (e < toks.size() && toks[e].lower == "and" && e + 1 < toks.size() &&
        toks[e + 1].begin <= out[n].fact.begin) {
      out[n - 1].verb = out[n].verb;
      out[n - 1].fact.referent.predicate = out[n].verb;
      const size_t sp = out[n].fact.about.find(' ');
      if (sp != std::string::npos) out[n - 1].fact.about += out[n].fact.about.substr(sp);
    }
  }
  // A count of time units ("90 seconds", "two weeks") is a span of time: the
  // duration reader's, or a reference to when ("two weeks ago"), never a
  // count of things.
  std::erase_if(out, [](const Claim& c) { return IsTimeUnitNoun(c.head); });
  return out;
}

}  // namespace crosswire::corroborate
