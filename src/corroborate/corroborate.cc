// Corroboration: extraction over a whole story, then alignment.
//
// Order matters within a sentence: dates and clock times are taken first,
// then durations, then quantities, so that "December 13, 2016" is not a count
// of 13 and "five years" is not a quantity of years. Entities and quotes are
// found per article because both need more than one sentence: short names are
// linked to full names given earlier, and a quote's speaker may be named in
// the sentence before or after it.
#include <algorithm>
#include <map>
#include <set>

#include "crosswire/timestamp.h"
#include "extract.h"

namespace crosswire {
namespace corroborate {
namespace {

size_t SentenceOf(const std::vector<SentenceRef>& refs, size_t pos) {
  auto it = std::upper_bound(refs.begin(), refs.end(), pos,
                             [](size_t p, const SentenceRef& r) { return p < r.begin; });
  if (it != refs.begin()) --it;
  return it->id;
}

// Numbers the name or quote claims of one article with the article and their
// sentence, and moves them to `out`.
void AddNumbered(std::vector<Claim>&& found, size_t article, const std::vector<SentenceRef>& refs,
                 std::vector<Claim>* out) {
  for (Claim& c : found) {
    c.fact.article = article;
    c.fact.sentence = SentenceOf(refs, c.fact.begin);
    out->push_back(std::move(c));
  }
}

}  // namespace

bool IsSpacedQuoteSentence(std::string_view unit) {
  size_t e = unit.size();
  while (e > 0 && (unit[e - 1] == ' ' || unit[e - 1] == '\t' || unit[e - 1] == '\r')) --e;
  size_t mark = 0;
  if (e >= 1 && (unit[e - 1] == '"' || unit[e - 1] == '\'')) {
    mark = 1;
  } else if (e >= 3 && (unit.compare(e - 3, 3, "\xE2\x80\x9D") == 0 ||
                        unit.compare(e - 3, 3, "\xE2\x80\x99") == 0)) {
    mark = 3;
  }
  if (mark == 0) return false;
  e -= mark;
  const size_t before_space = e;
  while (e > 0 && unit[e - 1] == ' ') --e;
  if (e == before_space || e == 0) return false;  // a glued mark the splitter already reads
  return unit[e - 1] == '.' || unit[e - 1] == '!' || unit[e - 1] == '?';
}

namespace {

// Whether `sentence` says "to <word>" or "to a(n) <word>" with `word` whole,
// case aside ("expected the fighting to end", "will come to an end").
bool SaysToDo(std::string_view sentence, std::string_view word) {
  const std::string folded = FoldCase(sentence);
  for (std::string_view to : {"to ", "to a ", "to an "}) {
    const std::string pattern = std::string(to) + std::string(word);
    for (size_t at = folded.find(pattern); at != std::string::npos;
         at = folded.find(pattern, at + 1)) {
      const size_t end = at + pattern.size();
      const bool starts = at == 0 || !IsAsciiLetter(folded[at - 1]);
      const bool ends = end == folded.size() || !IsAsciiLetter(folded[end]);
      if (starts && ends) return true;
    }
  }
  return false;
}

// Whether the sentence's only claim is one date and every word and number of
// the sentence belongs to it: a date standing as a heading ("--Aug. 12.").
bool IsDateHeading(const SentenceContext& ctx, const std::vector<Claim>& found) {
  if (found.size() != 1 || found.front().fact.kind != FactKind::kDate ||
      !found.front().event_words.empty() || !found.front().verb.empty()) {
    return false;
  }
  for (size_t k = 0; k < ctx.toks.size(); ++k) {
    if (ctx.toks[k].kind != TokKind::kPunct && !ctx.consumed[k]) return false;
  }
  return true;
}

}  // namespace

Result<std::vector<Claim>> ExtractStory(const Story& story,
                                        const std::vector<std::vector<SentenceRef>>& sentences) {
  if (sentences.size() != story.articles.size()) {
    return InvalidInput("corroborate: " + std::to_string(sentences.size()) +
                        " sentence lists for " + std::to_string(story.articles.size()) +
                        " articles");
  }
  std::vector<Claim> claims;
  claims.reserve(64 * story.articles.size());
  // Names that had no cue in their own article ("talks between Russia and
  // Iran") are reported when another article of the story classified the
  // same name: the story is the context.
  std::vector<Claim> uncued_names;
  // Names some article gives to a vessel or an aircraft ("the submarine
  // Kursk"), case-folded: not a person, place or organisation in any article
  // ("the Kursk", "aboard Kursk").
  std::set<std::string> vehicles;
  for (size_t a = 0; a < story.articles.size(); ++a) {
    const Article& article = story.articles[a];
    const std::string_view text = article.text;
    const auto& refs = sentences[a];
    std::optional<int> published;
    std::optional<long long> published_seconds;
    std::optional<int> published_year;
    std::optional<int> published_month;
    if (article.published) {
      published = ParseIsoDays(*article.published);
      if (auto ts = ParseTimestamp(*article.published)) published_seconds = ts->unix_seconds;
      if (published) {
        const std::string iso = FormatIsoDays(*published);
        published_year = std::stoi(iso.substr(0, 4));
        published_month = std::stoi(iso.substr(5, 2));
      }
    }
    std::vector<Span> spans;  // running text: where names and quotes are read
    std::vector<SentenceRef> text_refs;
    for (const SentenceRef& r : refs) {
      if (r.begin > r.end || r.end > text.size() ||
          (!spans.empty() && r.begin < spans.back().begin)) {
        return InvalidInput("corroborate: " + article.source + ": sentence " +
                            std::to_string(r.id) + " span [" + std::to_string(r.begin) + ", " +
                            std::to_string(r.end) + ") is out of order or outside the " +
                            std::to_string(text.size()) + "-byte text");
      }
      if (r.figures_only) continue;
      spans.push_back(Span{r.begin, r.end});
      text_refs.push_back(r);
    }
    // Each sentence is tokenized once, for the entity pass and then for the
    // sentence-level extractors.
    std::vector<std::vector<Tok>> toks;
    toks.reserve(refs.size());
    for (const SentenceRef& r : refs)
      toks.push_back(Tokenize(text.substr(r.begin, r.end - r.begin)));
    std::vector<EntityMention> mentions;
    std::vector<Claim> uncued;
    std::vector<std::vector<Tok>> text_toks;  // lent to the entity pass, then given back
    text_toks.reserve(spans.size());
    for (size_t si = 0; si < refs.size(); ++si) {
      if (!refs[si].figures_only) text_toks.push_back(std::move(toks[si]));
    }
    std::vector<Claim> entities =
        ExtractEntities(text, spans, &mentions, &text_toks, &uncued, &vehicles);
    for (size_t si = 0, ti = 0; si < refs.size(); ++si) {
      if (!refs[si].figures_only) toks[si] = std::move(text_toks[ti++]);
    }
    // Names the entity pass classified, to tell a place from a holder.
    std::map<std::string, FactKind> known_names;
    for (const EntityMention& m : mentions) {
      known_names.emplace(std::string(text.substr(m.begin, m.end - m.begin)), m.kind);
      known_names.emplace(m.name, m.kind);
    }
    AddNumbered(std::move(uncued), a, text_refs, &uncued_names);

    std::string previous_background;  // the past event the previous sentence is about
    for (size_t si = 0; si < refs.size(); ++si) {
      const SentenceRef& r = refs[si];
      const std::string_view sentence = text.substr(r.begin, r.end - r.begin);
      SentenceContext ctx = MakeSentenceContext(sentence, std::move(toks[si]), published);
      const bool continues = OpensWithPronoun(ctx.toks);
      const std::string inherited = continues ? previous_background : std::string();
      previous_background = OpeningBackground(ctx.toks, published_year, published_month);
      if (previous_background.empty()) previous_background = inherited;
      std::vector<Claim> found;
      if (r.figures_only) {
        found = ExtractQuantities(&ctx);
      } else {
        found = ExtractTimes(&ctx);
        for (auto* extract : {&ExtractDates, &ExtractDurations, &ExtractQuantities}) {
          auto more = (*extract)(&ctx);
          found.insert(found.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
        }
      }
      // A unit holding a date and nothing else ("Aug. 12." opening a
      // timeline entry, a line with only a date) is a heading: the date
      // dates what follows, so it takes the event words of the next unit's
      // first clause.
      if (si + 1 < refs.size() && IsDateHeading(ctx, found)) {
        found.front().event_words = TimeEventWords(toks[si + 1], 0, 0);
      }
      // A person speaking in the sentence makes a duration's description
      // readable: "Sergey Lavrov: time to end".
      std::string speaker;
      for (const EntityMention& m : mentions) {
        if (m.begin >= r.begin && m.end <= r.end && m.kind == FactKind::kPerson) {
          speaker = m.name;
          break;
        }
      }
      std::vector<std::string> bag;
      if (!found.empty()) bag = ContentBag(ctx.toks);
      for (Claim& c : found) {
        // The claim's tokens, to read its place, holder and event.
        size_t tf = 0;
        while (tf < ctx.toks.size() && ctx.toks[tf].begin < c.fact.begin) ++tf;
        size_t tl = tf;
        while (tl < ctx.toks.size() && ctx.toks[tl].end <= c.fact.end) ++tl;
        ReadReferent(ctx.toks, tf, tl, published_year, &known_names, &c.fact.referent,
                     published_month);
        if (!c.fact.referent.background && !inherited.empty()) {
          c.fact.referent.background = true;
          c.fact.referent.event = inherited;
        }
        c.published = published_seconds;
        if (article.published) c.published_text = *article.published;
        c.context_bag = bag;
        c.fact.article = a;
        c.fact.sentence = r.id;
        c.fact.begin += r.begin;
        c.fact.end += r.begin;
        // Only where the sentence says "to <head>" ("expected the fighting to
        // end"): an event word picked up elsewhere may be a stem, a noun or a
        // function word ("time to hous", "time to prison", "time to with").
        if (c.fact.kind == FactKind::kDuration && c.head != kArmedConflictKey && !speaker.empty() &&
            !c.head.empty() && SaysToDo(sentence, c.head)) {
          c.fact.about = speaker + ": time to " + c.head;
        }
        claims.push_back(std::move(c));
      }
    }
    AddNumbered(std::move(entities), a, text_refs, &claims);
    AddNumbered(ExtractQuotes(text, spans, mentions), a, text_refs, &claims);
    if (claims.size() > kMaxClaimsPerStory) {
      return ResourceExhausted("corroborate: story has more than kMaxClaimsPerStory (" +
                               std::to_string(kMaxClaimsPerStory) + ") facts at article " +
                               article.id);
    }
  }
  std::erase_if(claims,
                [&](const Claim& c) { return IsEntity(c.fact.kind) && vehicles.contains(c.head); });
  std::erase_if(uncued_names, [&](const Claim& c) { return vehicles.contains(c.head); });
  // An initialism that is also a common thing ("TV", "AIDS") stands for a
  // name only when some article writes that name: its initials ("AFP",
  // "Agence France-Presse") or its first word ("ABC", "ABC News").
  std::set<std::string> spelled_out;
  for (const Claim& c : claims) {
    const std::string& name = c.fact.about;
    if (!IsEntity(c.fact.kind) || name.find(' ') == std::string::npos) continue;
    spelled_out.insert(NameInitials(name));
    spelled_out.insert(AcronymKey(name.substr(0, name.find(' '))));
  }
  auto stands_for_nothing = [&](const Claim& c) {
    return c.common_initialism && !spelled_out.contains(AcronymKey(c.fact.about));
  };
  std::erase_if(claims, stands_for_nothing);
  std::erase_if(uncued_names, stands_for_nothing);
  // A lone word typed as a place that is the surname of a person the story
  // names in full ("Barton" beside "Mark Barton" in other articles) is that
  // person: a preposition ("a link to Barton") is the only place cue a
  // surname gets. Not a place WordNet lists ("Jordan" beside "Michael
  // Jordan"), nor a word ending a longer place or organisation name of the
  // story ("Kennedy" of "Kennedy Space Center" is the centre's short form).
  // Organisations keep their kind: firms bear their founders' names ("Ford").
  // The person's name must be shaped like one ("Thousands of Muslims" and
  // "George Wallace Democrats" are not), and a word WordNet files first
  // under people ("Democrats") names people, not one person.
  {
    std::set<std::string> surnames, name_ends;
    for (const Claim& c : claims) {
      const size_t space = c.head.rfind(' ');
      if (!IsEntity(c.fact.kind) || space == std::string::npos) continue;
      if (c.fact.kind != FactKind::kPerson) {
        name_ends.insert(c.head.substr(space + 1));
      } else if (ShapedLikeAPersonsName(NameWords(c.head))) {
        surnames.insert(c.head.substr(space + 1));
      }
    }
    for (Claim& c : claims) {
      if (c.fact.kind == FactKind::kPlace && c.head.find(' ') == std::string::npos &&
          surnames.contains(c.head) && !name_ends.contains(c.head) &&
          !IsListedPlace(FoldCase(c.head)) && !IsWordNetRole(FoldCase(c.head))) {
        c.fact.kind = FactKind::kPerson;
      }
    }
  }
  // Kind by majority over the articles that classified the name (ties: the
  // lower enum value, for determinism).
  std::map<std::string, std::map<FactKind, int>> story_kinds;
  for (const Claim& c : claims) {
    if (IsEntity(c.fact.kind)) {
      ++story_kinds[c.head][c.fact.kind];
    }
  }
  // First and last words of the story's person names of two or more words: a
  // lone word no article gave a cue for ("Barka told ...", "Racquel") is that
  // person's short form when another outlet names the person in full.
  // In the article that names the person in full, such a word is only that
  // name's short form ("Devin" after "Devin Lima"): the article's claim is
  // its fullest form, so the word adds none.
  std::set<std::string> person_name_ends;
  std::set<std::pair<size_t, std::string>> own_person_name_ends;  // (article, word)
  for (const Claim& c : claims) {
    if (c.fact.kind != FactKind::kPerson) continue;
    const size_t first_space = c.head.find(' '), last_space = c.head.rfind(' ');
    if (first_space == std::string::npos) continue;
    for (std::string end : {c.head.substr(0, first_space), c.head.substr(last_space + 1)}) {
      own_person_name_ends.emplace(c.fact.article, end);
      person_name_ends.insert(std::move(end));
    }
  }
  // The cued names of the story, for names whose only form elsewhere is a
  // variant: one form per kind and name.
  // (Aliases as words: `claims` grows below.)
  struct CuedForm {
    NameForm form;
    std::vector<std::vector<std::string>> aliases;
    std::string block_letters;  // NameBlockLetters(form)
  };
  std::vector<CuedForm> cued_forms;
  {
    std::set<std::pair<std::string, FactKind>> seen;
    for (const Claim& c : claims) {
      if (c.fact.kind != FactKind::kPerson && c.fact.kind != FactKind::kPlace &&
          c.fact.kind != FactKind::kOrganization) {
        continue;
      }
      if (seen.emplace(c.head, c.fact.kind).second) {
        std::vector<std::vector<std::string>> aliases;
        for (const std::string& alias : c.aliases) aliases.push_back(NameWords(alias));
        NameForm form = MakeNameForm(c.fact.about, c.fact.kind);
        std::string letters = NameBlockLetters(form);
        cued_forms.push_back({std::move(form), std::move(aliases), std::move(letters)});
      }
    }
  }
  // The one kind of the names another article types and this name is a
  // variant of (a transliteration, a slip, a short form, initials, or a name
  // the text ties to it: names.cc's rules, each tried with the other name's
  // kind), or nullopt when there are none or they disagree.
  // A word the story also writes in lower case ("New" of a cut "New
  // Orleans Saints") is no name on its own.
  auto written_lower = [&](const std::string& lower) {
    for (const Article& article : story.articles) {
      for (size_t at = article.text.find(lower); at != std::string::npos;
           at = article.text.find(lower, at + 1)) {
        const auto is_letter = [](char ch) {
          return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        };
        const size_t end = at + lower.size();
        if ((at == 0 || !is_letter(article.text[at - 1])) &&
            (end >= article.text.size() || !is_letter(article.text[end]))) {
          return true;
        }
      }
    }
    return false;
  };
  auto variant_kind = [&](const Claim& u) -> std::optional<FactKind> {
    std::optional<FactKind> kind;
    const std::vector<std::string> words = NameWords(u.fact.about);
    if (words.size() == 1 && written_lower(words.front())) return std::nullopt;
    // The name's form for each kind, made once: there are far more cued
    // forms than kinds.
    std::map<FactKind, NameForm> mine_of_kind;
    NameForm bare;  // the letters depend on the words alone
    bare.words = words;
    const std::string my_letters = NameBlockLetters(bare);
    for (const auto& [form, aliases, letters] : cued_forms) {
      auto mine_it = mine_of_kind.find(form.kind);
      if (mine_it == mine_of_kind.end()) {
        mine_it = mine_of_kind.emplace(form.kind, MakeNameForm(u.fact.about, form.kind)).first;
      }
      const NameForm& mine = mine_it->second;
      bool linked = AcronymExpands(mine, form) || AcronymExpands(form, mine);
      for (const auto& alias : aliases) linked |= alias == words;
      // Of the shortened forms only a person's surname alone, a team's own
      // plural name ("Saints" of "New Orleans Saints") and a street without
      // its type word ("St. Andrew" of "St. Andrew Street"): a cue-less
      // first word or given name ("Besides" of "Besides Posner", "Fight" of
      // "Fight Hate", "Computer" of "Computer-users") is mostly a common
      // word (found on unlabelled DUC 2007 topics).
      const bool may_link = letters.find_first_of(my_letters) != std::string::npos;
      if (!linked && may_link) {
        const auto r = NameLink(mine, form);
        linked = r.has_value() && !r->empty() &&
                 (mine.words.size() == form.words.size() ||
                  r->starts_with("shortened form: surname alone") ||
                  r->starts_with("shortened form: town dropped") ||
                  r->starts_with("shortened form: street type"));
      }
      if (!linked) continue;
      if (kind && *kind != form.kind) return std::nullopt;
      kind = form.kind;
    }
    return kind;
  };
  std::map<std::string, std::optional<FactKind>> variant_kinds;  // by name
  for (Claim& c : uncued_names) {
    if (own_person_name_ends.contains({c.fact.article, c.head})) continue;
    auto it = story_kinds.find(c.head);
    if (it == story_kinds.end()) {
      if (c.fact.kind == FactKind::kPerson && c.head.find(' ') == std::string::npos &&
          person_name_ends.contains(c.head)) {
        c.fact.kind = FactKind::kPerson;
        claims.push_back(std::move(c));
      } else {
        // One uncued name often stands in several articles: its kind
        // depends on the name alone.
        auto known = variant_kinds.find(c.fact.about);
        if (known == variant_kinds.end()) {
          known = variant_kinds.emplace(c.fact.about, variant_kind(c)).first;
        }
        if (known->second) {
          c.fact.kind = *known->second;
          claims.push_back(std::move(c));
        }
      }
      continue;
    }
    int best = 0;
    for (const auto& [kind, votes] : it->second) {
      if (votes > best) {
        best = votes;
        c.fact.kind = kind;
      }
    }
    claims.push_back(std::move(c));
  }
  return claims;
}

}  // namespace corroborate

Result<std::vector<FactGroup>> Corroborate(const AnalyzedStory& analyzed) {
  if (analyzed.story == nullptr)
    return InvalidInput("corroborate: the analysed story has no articles");
  const Story& story = *analyzed.story;
  std::vector<std::vector<corroborate::SentenceRef>> refs(story.articles.size());
  for (size_t id = 0; id < analyzed.sentences.size(); ++id) {
    const Sentence& s = analyzed.sentences[id];
    if (s.article >= story.articles.size()) {
      return Internal("corroborate: sentence " + std::to_string(id) + " names article " +
                      std::to_string(s.article) + " of " + std::to_string(story.articles.size()));
    }
    if (s.kind == text::UnitKind::kNoise) continue;
    const std::string_view unit =
        std::string_view(story.articles[s.article].text).substr(s.begin, s.end - s.begin);
    const bool heading =
        s.kind == text::UnitKind::kHeading && !corroborate::IsSpacedQuoteSentence(unit);
    refs[s.article].push_back(corroborate::SentenceRef{id, s.begin, s.end, heading});
  }
  auto claims = corroborate::ExtractStory(story, refs);
  if (!claims) return std::unexpected(claims.error());
  std::vector<FactGroup> groups = corroborate::Align(std::move(*claims), analyzed.voice);
  corroborate::MarkRoutine(story, &groups);
  return groups;
}

}  // namespace crosswire
