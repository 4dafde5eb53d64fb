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
// Numbers already taken as dates, times or durations are skipped, as are
// bare years and the pronoun "one".
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
  if (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s")) return false;  // possessive
  return w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
         !w.ends_with("ous") && !w.ends_with("is");
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
      {"trapped", "trap"},    {"waiting", "wait"},       {"parked", "park"}};
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
      "kill",   "wound",  "leave",   "flee",  "evacuate", "arrest",  "displace", "missing", "shoot",
      "rescue", "detain", "execute", "injur", "abduct",   "kidnapp", "release",  "deport"};
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

bool IsAux(std::string_view w) {
  static constexpr std::string_view kAux[] = {
      "were", "was",   "are",   "is",    "be",         "been",      "being",   "had",  "have",
      "has",  "will",  "would", "could", "reportedly", "allegedly", "already", "also", "able",
      "to",   "still", "said",  "all",   "now",        "being",     "later",   "then"};
  for (auto s : kAux) {
    if (w == s) return true;
  }
  return false;
}

}  // namespace

std::vector<Claim> ExtractQuantities(SentenceContext* ctx) {
  std::vector<Claim> out;
  std::vector<size_t> np_end;  // token after the noun phrase, per claim
  const auto& toks = ctx->toks;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (ctx->consumed[i] || toks[i].kind == TokKind::kPunct) continue;
    const std::string w = toks[i].lower;
    if (w == "one" || w == "a" || w == "an") continue;
    auto m = MatchNumber(toks, i);
    if (!m) continue;
    bool overlap = false;
    for (size_t k = m->first; k < m->last; ++k) overlap = overlap || ctx->consumed[k];
    if (overlap) continue;
    // A number inside a name: "Number 10", "Article 50", "Boeing 747".
    if (i > 0 && toks[i].kind == TokKind::kNumber && toks[i - 1].kind == TokKind::kWord &&
        toks[i - 1].capitalized) {
      size_t first_word = 0;
      while (first_word < toks.size() && toks[first_word].kind == TokKind::kPunct) ++first_word;
      if (i - 1 != first_word && !MatchQualifierBefore(toks, i)) continue;
    }
    // Bare years are dates, not counts.
    if (toks[i].kind == TokKind::kNumber && toks[i].text.size() == 4 && m->low >= 1900 &&
        m->low <= 2100 && m->low == m->high && m->last == i + 1) {
      continue;
    }
    size_t j = m->last;
    if (m->of_follows) ++j;
    while (j < toks.size() && toks[j].kind == TokKind::kWord) {
      const std::string d = toks[j].lower;
      if (d != "the" && d != "their" && d != "its" && d != "his" && d != "her") break;
      ++j;
    }
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
    if (np_last == np_first) continue;
    const Tok& head_tok = toks[np_last - 1];
    if (head_tok.capitalized && np_last - np_first == 1) continue;  // "2020 Olympics"
    std::string head = NounKey(head_tok.text);
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
    if (auto q = MatchQualifierBefore(toks, m->first)) {
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
    const std::string noun = FoldCase(head_tok.text);
    c.head = IsPeopleNoun(head) ? "person" : head;
    c.verb = verb_word.empty() ? "" : VerbKey(verb_word);
    if (!IsEventVerb(c.verb)) {
      c.verb.clear();
      verb_word.clear();
    }
    c.fact.about =
        noun + (verb_word.empty() || noun == FoldCase(verb_word) ? "" : " " + FoldCase(verb_word));
    for (size_t t = first; t < np_last; ++t) ctx->consumed[t] = true;
    out.push_back(std::move(c));
    np_end.push_back(np_last);
    i = np_last - 1;
  }
  // Coordinations share the verb: "6,000 civilians and 366 fighters had left".
  for (size_t n = out.size(); n-- > 1;) {
    if (!out[n - 1].verb.empty() || out[n].verb.empty()) continue;
    const size_t e = np_end[n - 1];
    if (e < toks.size() && toks[e].lower == "and" && e + 1 < toks.size() &&
        toks[e + 1].begin <= out[n].fact.begin) {
      out[n - 1].verb = out[n].verb;
      const size_t sp = out[n].fact.about.find(' ');
      if (sp != std::string::npos) out[n - 1].fact.about += out[n].fact.about.substr(sp);
    }
  }
  return out;
}

}  // namespace crosswire::corroborate
