// Rendering a Report. Citations are 1-based article numbers in input order:
// "[2][4]" after a sentence means reports 2 and 4 state it (its own article
// first, then the supporting ones in number order).
#include "crosswire/render.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <span>
#include <sstream>

#include "crosswire/utf8.h"

namespace crosswire {

Result<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "markdown" || name == "md") return OutputFormat::kMarkdown;
  if (name == "json") return OutputFormat::kJson;
  if (name == "html") return OutputFormat::kHtml;
  if (name == "sentences") return OutputFormat::kSentences;
  return InvalidInput("unknown format \"" + Abbreviate(name) +
                      "\"; expected text, markdown, json, html or sentences");
}

std::string DisplayText(std::string_view span) {
  std::string out;
  out.reserve(span.size());
  bool space = false;
  for (char c : span) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

namespace {

using json = nlohmann::ordered_json;

const Article& ArticleOf(const Report& r, size_t index) {
  return r.analyzed.story->articles[index];
}

std::string SentenceText(const Report& r, size_t sentence_id) {
  return DisplayText(r.analyzed.text(r.analyzed.sentences[sentence_id]));
}

// Article numbers (1-based) citing one digest sentence: its own, then support.
std::vector<size_t> Citations(const Report& r, const SummarySentence& s) {
  std::set<size_t> numbers{r.analyzed.sentences[s.sentence].article + 1};
  for (const Support& sup : s.support) numbers.insert(sup.article + 1);
  return {numbers.begin(), numbers.end()};
}

// "[1][3]"; articles that ran one wire copy share a bracket, "[2=5]": one
// voice, each outlet still named.
std::string Brackets(const Report& r, const std::vector<size_t>& numbers) {
  std::string out;
  std::set<size_t> done;
  for (size_t n : numbers) {
    const size_t voice = r.analyzed.voice_of(n - 1);
    if (!done.insert(voice).second) continue;
    out += "[";
    bool first = true;
    for (size_t m : numbers) {
      if (r.analyzed.voice_of(m - 1) != voice) continue;
      if (!first) out += "=";
      out += std::to_string(m);
      first = false;
    }
    out += "]";
  }
  return out;
}

// The article `index` is a wire copy of, when it is one.
std::optional<size_t> CopyOf(const Report& r, size_t index) {
  const size_t voice = r.analyzed.voice_of(index);
  return voice == index ? std::nullopt : std::optional(voice);
}

std::string ClaimText(const Report& r, const Fact& f) {
  return DisplayText(
      std::string_view(ArticleOf(r, f.article).text).substr(f.begin, f.end - f.begin));
}

struct Section {
  Verdict verdict;
  const char* title;
};
constexpr Section kSections[] = {
    {Verdict::kAgree, "Agreed"},
    {Verdict::kRevised, "Revised over time"},
    {Verdict::kConflict, "Conflicts"},
    {Verdict::kSingleSource, "Only one outlet"},
    {Verdict::kVariant, "Name and wording variants"},
};

// One line per fact group: "about: value [1] / other value [3]".
std::string GroupLine(const Report& r, const FactGroup& g) {
  std::string line = g.about + " (" + std::string(FactKindName(g.kind)) + "): ";
  // Distinct values with the articles giving each.
  std::vector<std::pair<std::string, std::set<size_t>>> values;
  for (const Fact& f : g.claims) {
    std::string v;
    if (g.kind == FactKind::kQuote) {
      v.append("\u201c").append(ClaimText(r, f)).append("\u201d");
      // One statement that outlets give to different speakers: each is shown.
      if (!f.normalized_text.empty() && f.normalized_text != g.about) {
        v.append(" (").append(f.normalized_text).append(")");
      }
    } else {
      if (!f.qualifier.empty()) v.append(f.qualifier).append(" ");
      v.append(f.value);
    }
    auto it =
        std::find_if(values.begin(), values.end(), [&](const auto& p) { return p.first == v; });
    if (it == values.end()) {
      values.push_back({v, {f.article + 1}});
    } else {
      it->second.insert(f.article + 1);
    }
  }
  if (g.verdict == Verdict::kRevised && !g.timeline.empty()) {
    for (size_t i = 0; i < g.timeline.size(); ++i) {
      const TimelinePoint& p = g.timeline[i];
      if (i > 0) line += " \u2192 ";
      line += p.value + " [" + std::to_string(p.article + 1) + "] (" + p.published + ")";
    }
    return line;
  }
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) line += " / ";
    line += values[i].first + " " + Brackets(r, {values[i].second.begin(), values[i].second.end()});
  }
  return line;
}

// Groups of one section: by verdict, routine mentions apart (nullopt verdict).
std::vector<const FactGroup*> SectionGroups(const Report& r, std::optional<Verdict> verdict) {
  std::vector<const FactGroup*> groups;
  for (const FactGroup& g : r.facts) {
    if (verdict ? (!g.routine && g.verdict == *verdict) : g.routine) groups.push_back(&g);
  }
  return groups;
}
constexpr const char* kRoutineTitle = "Mentioned, not claimed";

// The routine mentions as listed: one line per kind and name, whatever the
// groups. Alignment keeps a weekday that dates two facts as two groups
// ("Tuesday" of the declaration, "Tuesday" of the killings); as a mention
// that no fact is claimed about, it is one name with the articles naming it.
std::vector<FactGroup> RoutineLines(const Report& r) {
  std::vector<FactGroup> lines;
  for (const FactGroup* g : SectionGroups(r, std::nullopt)) {
    auto same = std::find_if(lines.begin(), lines.end(), [&](const FactGroup& line) {
      return line.kind == g->kind && line.about == g->about;
    });
    if (same == lines.end()) {
      lines.push_back(*g);
    } else {
      same->claims.insert(same->claims.end(), g->claims.begin(), g->claims.end());
    }
  }
  return lines;
}

// The groups listed under section k of kSections, or the routine mentions
// when k is past the end (their merged lines are kept in `storage`).
std::vector<const FactGroup*> ListedGroups(const Report& r, size_t k,
                                           std::vector<FactGroup>& storage) {
  if (k < std::size(kSections)) return SectionGroups(r, kSections[k].verdict);
  storage = RoutineLines(r);
  std::vector<const FactGroup*> groups;
  for (const FactGroup& g : storage) groups.push_back(&g);
  return groups;
}

// One character replaced by what a format needs in its place.
struct Replacement {
  char ch;
  std::string_view with;
};

// `s` with each character that `table` names replaced; the rest copied.
std::string EscapeWith(std::string_view s, std::span<const Replacement> table) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    auto hit = std::find_if(table.begin(), table.end(),
                            [ch](const Replacement& entry) { return entry.ch == ch; });
    if (hit == table.end()) {
      out.push_back(ch);
    } else {
      out += hit->with;
    }
  }
  return out;
}

// HTML text and attribute values (both quotes, as attributes use either).
constexpr Replacement kHtmlEscapes[] = {
    {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}};

// Article text in Markdown: a renderer would pass raw HTML (<script>,
// <img onerror>) through and turn [x](javascript:...) into a link, so the
// characters that start HTML, entities, links, code and emphasis are escaped.
constexpr Replacement kMarkdownEscapes[] = {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"},
                                            {'\\', "\\\\"}, {'`', "\\`"},  {'*', "\\*"},
                                            {'_', "\\_"},   {'[', "\\["},  {']', "\\]"}};

std::string MarkdownEscape(std::string_view s) { return EscapeWith(s, kMarkdownEscapes); }
std::string Escape(std::string_view s) { return EscapeWith(s, kHtmlEscapes); }

std::string RenderText(const Report& r, bool markdown) {
  auto md = [markdown](std::string_view s) {
    return markdown ? MarkdownEscape(s) : std::string(s);
  };
  std::ostringstream out;
  const auto& articles = r.analyzed.story->articles;
  if (markdown) {
    out << "# " << (r.analyzed.story->id.empty() ? "Digest" : md(r.analyzed.story->id)) << "\n\n";
  }
  for (const SummarySentence& s : r.summary.sentences) {
    out << (markdown ? "- " : "") << md(SentenceText(r, s.sentence)) << " "
        << Brackets(r, Citations(r, s)) << "\n";
  }
  if (r.summary.sentences.empty()) out << "(no sentence fits the budget)\n";
  if (r.corroborated) {
    for (size_t k = 0; k <= std::size(kSections); ++k) {
      const bool routine = k == std::size(kSections);
      const char* title = routine ? kRoutineTitle : kSections[k].title;
      std::vector<FactGroup> merged;
      const std::vector<const FactGroup*> groups = ListedGroups(r, k, merged);
      if (groups.empty()) continue;
      out << "\n" << (markdown ? "## " : "") << title << "\n";
      if (!markdown) out << std::string(std::string_view(title).size(), '-') << "\n";
      for (const FactGroup* g : groups)
        out << (markdown ? "- " : "  ") << md(GroupLine(r, *g)) << "\n";
    }
  }
  out << "\n" << (markdown ? "## Sources\n" : "Sources\n-------\n");
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    out << "[" << i + 1 << "] " << md(a.outlet);
    if (a.title) out << " \u2014 " << md(*a.title);
    if (a.published) out << " (" << md(*a.published) << ")";
    out << " \u2014 " << md(a.url ? *a.url : a.source);
    if (auto original = CopyOf(r, i))
      out << " \u2014 the same wire copy as [" << *original + 1 << "]";
    out << (markdown ? "  \n" : "\n");
  }
  for (const std::string& note : r.summary.notes) out << "note: " << md(note) << "\n";
  return out.str();
}

json OptionalString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

// Spans as printed: offsets into what was read (the file, for plain text),
// not into the repaired text (see Article::source_base).
json SpanJson(const Article& a, size_t begin, size_t end) {
  return json::array({SourceOffset(a, begin), SourceOffset(a, end)});
}

bool HasReferent(FactKind k) {
  return k == FactKind::kQuantity || k == FactKind::kDate || k == FactKind::kTime ||
         k == FactKind::kDuration;
}

// Known slots only; "background" always.
json ReferentJson(const Referent& ref) {
  json out = json::object();
  if (!ref.predicate.empty()) out["predicate"] = ref.predicate;
  if (!ref.thing.empty()) out["thing"] = ref.thing;
  if (!ref.holder.empty()) out["holder"] = ref.holder;
  if (!ref.place.empty()) out["place"] = ref.place;
  if (!ref.event.empty()) out["event"] = ref.event;
  out["background"] = ref.background;
  return out;
}

// An interval bound; an open end (infinity) is null.
json Bound(double v) {
  if (!std::isfinite(v)) return nullptr;
  return std::round(v * 1000.0) / 1000.0;
}

std::string RenderJson(const Report& r) {
  const AnalyzedStory& c = r.analyzed;
  const auto& articles = c.story->articles;
  json doc;
  doc["format"] = kJsonFormatVersion;
  json jarticles = json::array();
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    auto original = CopyOf(r, i);
    jarticles.push_back({{"id", a.id},
                         {"outlet", a.outlet},
                         {"title", OptionalString(a.title)},
                         {"url", OptionalString(a.url)},
                         {"published", OptionalString(a.published)},
                         {"source", a.source},
                         {"copy_of", original ? json(articles[*original].id) : json(nullptr)}});
  }
  doc["articles"] = jarticles;
  json sentences = json::array();
  for (const SummarySentence& s : r.summary.sentences) {
    const Sentence& sent = c.sentences[s.sentence];
    json support = json::array();
    for (const Support& sup : s.support) {
      json one = {{"article", articles[sup.article].id},
                  {"sentence_index", c.sentences[sup.sentence].index},
                  {"similarity", std::round(sup.similarity * 1000.0) / 1000.0},
                  {"text", SentenceText(r, sup.sentence)}};
      if (!sup.claim.empty()) one["claim"] = sup.claim;
      support.push_back(std::move(one));
    }
    sentences.push_back({{"text", DisplayText(c.text(sent))},
                         {"article", articles[sent.article].id},
                         {"sentence_index", sent.index},
                         {"byte_span", SpanJson(articles[sent.article], sent.begin, sent.end)},
                         {"support", support}});
  }
  doc["summary"] = {
      {"method", r.summary.method},
      {"budget", {{"unit", r.summary.budget.unit_name()}, {"limit", r.summary.budget.limit}}},
      {"sentences", sentences}};
  if (!r.summary.notes.empty()) doc["summary"]["notes"] = r.summary.notes;
  json facts = json::array();
  for (const FactGroup& g : r.facts) {
    json claims = json::array();
    for (const Fact& f : g.claims) {
      json normalized = nullptr;
      if (f.normalized) {
        normalized = *f.normalized;
      } else if (!f.normalized_text.empty()) {
        normalized = f.normalized_text;
      }
      json claim = {{"article", articles[f.article].id},
                    {"text", ClaimText(r, f)},
                    {"value", f.value},
                    {"normalized", normalized},
                    {"sentence_index", c.sentences[f.sentence].index},
                    {"byte_span", SpanJson(articles[f.article], f.begin, f.end)}};
      if (!f.qualifier.empty()) claim["qualifier"] = f.qualifier;
      if (!f.unit.empty()) claim["unit"] = f.unit;
      if (HasReferent(g.kind)) {
        claim["referent"] = ReferentJson(f.referent);
        if (g.kind == FactKind::kQuantity || g.kind == FactKind::kDuration) {
          claim["interval"] = {Bound(f.low), Bound(f.high)};
        }
      }
      claims.push_back(std::move(claim));
    }
    json group = {{"kind", FactKindName(g.kind)},
                  {"about", g.about},
                  {"verdict", VerdictName(g.verdict)},
                  {"routine", g.routine},
                  {"claims", claims}};
    if (!g.reasons.empty()) group["reasons"] = g.reasons;
    if (!g.timeline.empty()) {
      json timeline = json::array();
      for (const TimelinePoint& p : g.timeline) {
        timeline.push_back({{"article", articles[p.article].id},
                            {"value", p.value},
                            {"interval", {Bound(p.low), Bound(p.high)}},
                            {"published", p.published}});
      }
      group["timeline"] = timeline;
    }
    facts.push_back(std::move(group));
  }
  doc["facts"] = facts;
  doc["warnings"] = r.warnings;
  // File names (ids, sources) need not be valid UTF-8; JSON must be.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

// Only web addresses become links: a javascript:, data: or vbscript: URL from
// the input would run in the reader's browser when clicked.
bool IsWebUrl(std::string_view url) {
  auto starts = [&](std::string_view scheme) {
    if (url.size() < scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != scheme[i]) return false;
    }
    return true;
  };
  return starts("http://") || starts("https://");
}

std::string Anchor(const AnalyzedStory& c, size_t sentence_id) {
  const Sentence& s = c.sentences[sentence_id];
  std::string anchor = "a";
  anchor.append(std::to_string(s.article + 1)).append("-s").append(std::to_string(s.index));
  return anchor;
}

constexpr std::string_view kStyle = R"css(
body{font:16px/1.55 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{font-family:system-ui,sans-serif}
.digest li{margin:.4rem 0} .cite{font:12px system-ui,sans-serif;text-decoration:none;
background:#e8eef8;border-radius:3px;padding:0 .25rem;margin-left:.15rem}
mark{background:#fff2a8} mark.conflict{background:#ffd0c8}
.source{border-top:1px solid #ddd;margin-top:1.5rem} .source p{white-space:pre-wrap}
.conflict-row{display:flex;gap:1rem} .conflict-row>div{flex:1;background:#fff6f4;padding:.5rem;
border-left:3px solid #e0604a} .meta{color:#666;font:13px system-ui,sans-serif}
)css";

std::string RenderHtml(const Report& r) {
  const AnalyzedStory& c = r.analyzed;
  const auto& articles = c.story->articles;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      << "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      << "<title>crosswire digest</title><style>" << kStyle << "</style></head><body>\n";
  out << "<h1>Digest</h1>\n<p class=\"meta\">" << Escape(r.summary.method) << ", "
      << r.summary.budget.limit << " " << r.summary.budget.unit_name() << ", " << articles.size()
      << " reports</p>\n<ol class=\"digest\">\n";
  // Sentences to highlight in the sources: digest sentences and their support.
  std::set<size_t> cited;
  for (const SummarySentence& s : r.summary.sentences) {
    cited.insert(s.sentence);
    out << "<li>" << Escape(SentenceText(r, s.sentence));
    out << " <a class=\"cite\" href=\"#" << Anchor(c, s.sentence) << "\">"
        << c.sentences[s.sentence].article + 1 << "</a>";
    for (const Support& sup : s.support) {
      cited.insert(sup.sentence);
      out << "<a class=\"cite\" href=\"#" << Anchor(c, sup.sentence) << "\" title=\""
          << Escape(SentenceText(r, sup.sentence)) << "\">" << sup.article + 1 << "</a>";
    }
    out << "</li>\n";
  }
  out << "</ol>\n";
  std::set<size_t> conflicting;
  if (r.corroborated) {
    for (size_t k = 0; k <= std::size(kSections); ++k) {
      const bool routine = k == std::size(kSections);
      const char* title = routine ? kRoutineTitle : kSections[k].title;
      bool any = false;
      std::vector<FactGroup> merged;
      for (const FactGroup* gp : ListedGroups(r, k, merged)) {
        const FactGroup& g = *gp;
        if (!any) out << "<h2>" << title << "</h2>\n<ul>\n";
        any = true;
        if (g.verdict == Verdict::kConflict) {
          out << "<li><strong>" << Escape(g.about) << "</strong><div class=\"conflict-row\">";
          for (const Fact& f : g.claims) {
            conflicting.insert(f.sentence);
            out << "<div><a class=\"cite\" href=\"#" << Anchor(c, f.sentence) << "\">"
                << f.article + 1 << "</a> " << Escape(SentenceText(r, f.sentence)) << "</div>";
          }
          out << "</div></li>\n";
        } else {
          out << "<li>" << Escape(GroupLine(r, g)) << "</li>\n";
        }
      }
      if (any) out << "</ul>\n";
    }
  }
  out << "<h2>Sources</h2>\n";
  for (size_t a = 0; a < articles.size(); ++a) {
    const Article& art = articles[a];
    out << "<section class=\"source\" id=\"a" << a + 1 << "\"><h3>[" << a + 1 << "] "
        << Escape(art.title ? *art.title : art.outlet) << "</h3><p class=\"meta\">"
        << Escape(art.outlet);
    if (art.published) out << " \u00b7 " << Escape(*art.published);
    if (art.url && IsWebUrl(*art.url)) {
      out << " \u00b7 <a href=\"" << Escape(*art.url) << "\">" << Escape(*art.url) << "</a>";
    } else if (art.url) {
      out << " \u00b7 " << Escape(*art.url);
    }
    if (auto original = CopyOf(r, a)) {
      out << " \u00b7 the same wire copy as <a href=\"#a" << *original + 1 << "\">["
          << *original + 1 << "]</a>";
    }
    out << "</p>\n<p>";
    auto [first, last] = c.article_sentences[a];
    size_t pos = 0;
    for (size_t i = first; i < last; ++i) {
      const Sentence& s = c.sentences[i];
      out << Escape(std::string_view(art.text).substr(pos, s.begin - pos));
      std::string_view body = std::string_view(art.text).substr(s.begin, s.end - s.begin);
      out << "<span id=\"" << Anchor(c, i) << "\">";
      if (conflicting.count(i)) {
        out << "<mark class=\"conflict\">" << Escape(body) << "</mark>";
      } else if (cited.count(i)) {
        out << "<mark>" << Escape(body) << "</mark>";
      } else {
        out << Escape(body);
      }
      out << "</span>";
      pos = s.end;
    }
    out << Escape(std::string_view(art.text).substr(pos)) << "</p></section>\n";
  }
  out << "</body></html>\n";
  return out.str();
}

}  // namespace

std::string Render(const Report& report, OutputFormat format) {
  std::string out;
  switch (format) {
    case OutputFormat::kText:
      out = RenderText(report, false);
      break;
    case OutputFormat::kMarkdown:
      out = RenderText(report, true);
      break;
    case OutputFormat::kJson:
      out = RenderJson(report);
      break;
    case OutputFormat::kHtml:
      out = RenderHtml(report);
      break;
    case OutputFormat::kSentences:
      for (const SummarySentence& s : report.summary.sentences) {
        out += SentenceText(report, s.sentence) + "\n";
      }
      break;
  }
  // Article text is valid UTF-8 (repaired on read) but file names, hence ids
  // and sources, need not be: every format promises UTF-8 output.
  if (!IsValidUtf8(out)) out = RepairUtf8(out).text;
  return out;
}

}  // namespace crosswire
