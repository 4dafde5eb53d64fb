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
// attribution, reduced to rules): in the sentence(s) around the quote,
// outside the quoted text, a person named there (the nearest after the quote,
// else the first before it: the subject), else an organisation ("The Syrian Observatory for Human
// Rights said, “...”"). A pronoun ("he said") or a sentence that is nothing but a quote continues
// the previous quote's speaker. Names are the canonical full names the entity extractor linked, so
// "Churkin said" in one paragraph and "Vitaly Churkin told Reuters" in another name the same
// speaker.
#include <algorithm>
#include <string>

#include "extract.h"

namespace crosswire::corroborate {
namespace {

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

std::vector<RawQuote> FindQuotes(std::string_view text) {
  std::vector<RawQuote> out;
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
    // Newswire's typewriter marks (``...'') open and close as curly ones do.
    const bool ascii_open = text.compare(p, 2, "``") == 0;
    const bool ascii_close = text.compare(p, 2, "''") == 0;
    const bool curly_open = ascii_open || text.compare(p, 3, "\xE2\x80\x9C") == 0;
    const bool curly_close = ascii_close || text.compare(p, 3, "\xE2\x80\x9D") == 0;
    const bool straight = c == '"';
    if (!curly_open && !curly_close && !straight) continue;
    const size_t len = straight ? 1 : ascii_open || ascii_close ? 2 : 3;
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
    const bool speech = b == "said" || b == "added" || b == "says" || b == "told" ||
                        b == "continued" || b == "explained" || b == "wrote";
    if ((pronoun && speech) || (speech && (b == "said" || b == "added") && a == "," &&
                                i + 2 < toks.size() && toks[i + 2].lower == "he")) {
      return true;
    }
    if ((a == "said" || a == "added") && (b == "he" || b == "she")) return true;
  }
  return false;
}

}  // namespace

std::vector<Claim> ExtractQuotes(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<EntityMention>& mentions) {
  std::vector<Claim> out;
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
  for (const RawQuote& q : FindQuotes(text)) {
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

    // Speaker: mentions in the sentences around the quote, outside it.
    const size_t ctx_begin = sentences[*first].begin;
    const size_t ctx_end = sentences[last].end;
    std::string speaker;
    size_t best_distance = static_cast<size_t>(-1);
    int best_rank = 3;
    for (const EntityMention& m : mentions) {
      if (m.begin < ctx_begin || m.end > ctx_end) continue;
      if (m.begin >= q.outer_begin && m.end <= q.outer_end) continue;  // inside the quote
      const int rank = m.kind == FactKind::kPerson ? 0 : m.kind == FactKind::kOrganization ? 1 : 2;
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
    std::string outside(text.substr(ctx_begin, q.outer_begin - std::min(q.outer_begin, ctx_begin)));
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
      if ((speaker.empty() || (pronoun && best_rank > 0 && speaker.empty())) && (pronoun || bare) &&
          !previous_speaker.empty() && previous_sentence + 3 >= *first) {
        speaker = previous_speaker;
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
    if (!speaker.empty()) {
      previous_speaker = speaker;
      previous_sentence = last;
    }
  }
  return out;
}

}  // namespace crosswire::corroborate
