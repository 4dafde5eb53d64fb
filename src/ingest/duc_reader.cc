// DUC / TREC SGML: the newswire documents of DUC 2001-2007 and TREC.
//
//   <DOC>
//   <DOCNO> APW19990707.0181 </DOCNO>
//   <DATE_TIME> 1999-07-07 08:30:27 </DATE_TIME>
//   <BODY> <HEADLINE> ... </HEADLINE> <TEXT> <P> ... </P> ... </TEXT> </BODY>
//   </DOC>
//
// The files are SGML in name only: no DTD, entities such as &HT; and &QL; that
// are typesetting codes, and documents that vary. What we found in DUC 2006/2007
// and handle here:
//  - paragraphs marked with <P>…</P>, or (about 5% of files) not marked at all:
//    then a line that starts indented, or with &HT;, starts a paragraph;
//  - <ANNOTATION> notes to editors ("STORY CAN END HERE") inside <TEXT>: dropped;
//  - NYT desk markers that stand as paragraphs of their own — a lone "nn",
//    "(BEGIN OPTIONAL TRIM)", "(END OPTIONAL TRIM)", "(STORY CAN END HERE...)":
//    dropped, as they are instructions to editors, not text of the story;
//  - a handful of NYT documents whose story sits between </HEADLINE> and <TEXT>,
//    with only a syndication notice inside <TEXT>: when that region holds more
//    text than <TEXT> itself it is taken as the start of the body;
//  - dates as "1999-07-07 08:30:27", "1998-06-12 22:16", "1999-07-07" or
//    "08/12/1998 13:29:00" (<DATE_TIME>), or "19980812" (<DATE>); all go
//    through ParseTimestamp (crosswire/timestamp.h), and a date it cannot read
//    is left unset with a warning — unless the DOCNO holds a date
//    (APW19980627.0401), which is then used; day and month swapped
//    ("1998-27-06 10:27:00" in an APW19980627 document) are put back in order
//    when the DOCNO confirms it, with a warning.
// Lines of a paragraph are joined with single spaces; paragraphs are separated
// by a blank line.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <optional>

#include "crosswire/ingest.h"
#include "crosswire/timestamp.h"
#include "reader_util.h"

namespace crosswire::ingest::internal {
namespace {

struct Span {
  size_t begin = 0;  // of the content, just after the open tag
  size_t end = 0;    // of the content, at the close tag
};

// Finds <tag>…</tag> in text[from, to). A missing close tag ends the content at `to`.
std::optional<Span> FindElement(std::string_view text, std::string_view tag, size_t from,
                                size_t to) {
  std::string open = fmt::format("<{}>", tag);
  std::string close = fmt::format("</{}>", tag);
  std::string_view window = text.substr(0, to);
  size_t at = window.find(open, from);
  if (at == std::string_view::npos) return std::nullopt;
  Span span{at + open.size(), to};
  size_t end = window.find(close, span.begin);
  if (end != std::string_view::npos) span.end = end;
  return span;
}

// Like FindElement, but an element of a <DOC> must be closed inside it: an
// unclosed <DOCNO> or <HEADLINE> would otherwise swallow the document.
Result<std::optional<Span>> FindClosedElement(std::string_view text, std::string_view tag,
                                              size_t from, size_t to, std::string_view source) {
  // Built by hand: six elements of every <DOC>, and fmt::format costs more
  // than the search when the element is near.
  std::string open = "<";
  open.append(tag).push_back('>');
  std::string close = "</";
  close.append(tag).push_back('>');
  std::string_view window = text.substr(0, to);
  size_t at = window.find(open, from);
  if (at == std::string_view::npos) return std::nullopt;
  Span span{at + open.size(), to};
  size_t end = window.find(close, span.begin);
  if (end == std::string_view::npos) {
    return InvalidInput(fmt::format("{}:{}: <{}> is not closed by </{}> before </DOC>", source,
                                    LineAt(text, at), tag, tag));
  }
  span.end = end;
  return span;
}

// Every <P> inside <TEXT> is closed before the next <P> and before </TEXT>.
Result<void> CheckParagraphsClosed(std::string_view text, Span region, std::string_view source) {
  std::string_view window = text.substr(0, region.end);
  size_t open_at = std::string_view::npos;
  for (size_t pos = window.find("<P>", region.begin); pos != std::string_view::npos;
       pos = window.find("<P>", pos + 3)) {
    if (open_at != std::string_view::npos) {
      size_t close = window.find("</P>", open_at);
      if (close == std::string_view::npos || close > pos) {
        return InvalidInput(fmt::format("{}:{}: <P> is not closed by </P> before the next <P>",
                                        source, LineAt(text, open_at)));
      }
    }
    open_at = pos;
  }
  if (open_at != std::string_view::npos && window.find("</P>", open_at) == std::string_view::npos) {
    return InvalidInput(fmt::format("{}:{}: <P> is not closed by </P> before </TEXT>", source,
                                    LineAt(text, open_at)));
  }
  return {};
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Decodes the entity starting at text[pos] == '&'. Returns its replacement and
// sets *length; std::nullopt when this is a bare ampersand. Unknown entities
// are typesetting codes (&HT; &QL; &UR; &LR; &QC; &Cx1f;): they become nothing,
// except &HT; (a tab), which is whitespace.
std::optional<std::string_view> DecodeEntity(std::string_view text, size_t pos, size_t* length) {
  size_t end = pos + 1;
  while (end < text.size() && end - pos <= 10 && IsAlnum(text[end])) ++end;
  if (end >= text.size() || text[end] != ';' || end == pos + 1) return std::nullopt;
  std::string_view name = text.substr(pos + 1, end - pos - 1);
  *length = end - pos + 1;
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (upper == "AMP") return "&";
  if (upper == "LT") return "<";
  if (upper == "GT") return ">";
  if (upper == "QUOT") return "\"";
  if (upper == "APOS") return "'";
  if (upper == "HT") return "\t";
  return "";
}

// A paragraph that is an instruction to editors (see the essay above).
bool IsDeskMarker(std::string_view paragraph) {
  if (paragraph == "nn" || paragraph == "NN") return true;
  if (paragraph.size() < 2 || paragraph.front() != '(' || paragraph.back() != ')') return false;
  for (std::string_view marker : {"OPTIONAL TRIM", "OPTIONAL MATERIAL", "STORY CAN END HERE"}) {
    if (paragraph.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

// Splits an SGML region into paragraphs (see the essay above) and appends them,
// folding whitespace as it goes: this loop is most of the cost of reading DUC.
void AppendParagraphs(std::string_view region, std::vector<std::string>* paragraphs) {
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (unsigned char c : {'<', '&', ' ', '\t', '\n', '\r', '\f', '\v'}) special[c] = true;
    return special;
  }();
  std::string current;
  bool pending_space = false;
  auto add_space = [&] { pending_space = !current.empty(); };
  auto add_text = [&](std::string_view text) {
    if (text.empty()) return;
    if (pending_space) current.push_back(' ');
    pending_space = false;
    current.append(text);
  };
  auto flush = [&] {
    if (!current.empty() && !IsDeskMarker(current)) paragraphs->push_back(std::move(current));
    current.clear();
    pending_space = false;
  };
  size_t pos = 0;
  while (pos < region.size()) {
    size_t run = pos;
    while (run < region.size() && !kSpecial[static_cast<unsigned char>(region[run])]) ++run;
    add_text(region.substr(pos, run - pos));
    pos = run;
    if (pos >= region.size()) break;
    char c = region[pos];
    if (c == '<') {
      size_t close = region.find('>', pos);
      if (close != std::string_view::npos && close - pos < 64) {
        std::string_view tag = region.substr(pos + 1, close - pos - 1);
        pos = close + 1;
        if (tag == "ANNOTATION") {
          size_t end = region.find("</ANNOTATION>", pos);
          pos = end == std::string_view::npos ? region.size() : end + 13;
        }
        flush();  // every tag we meet inside a body (<P>, </P>, …) bounds a paragraph
        continue;
      }
      add_text("<");
      ++pos;
      continue;
    }
    if (c == '&') {
      size_t length = 0;
      if (auto decoded = DecodeEntity(region, pos, &length)) {
        if (*decoded == "\t") {
          add_space();
        } else {
          add_text(*decoded);
        }
        pos += length;
      } else {
        add_text("&");
        ++pos;
      }
      continue;
    }
    ++pos;
    add_space();
    if (c == '\n') {
      // A blank line, or a line that starts indented (or with &HT;), starts a paragraph.
      size_t next = pos;
      while (next < region.size() &&
             (region[next] == ' ' || region[next] == '\t' || region[next] == '\r')) {
        ++next;
      }
      bool indented = next > pos || region.substr(next).starts_with("&HT;");
      bool blank = next >= region.size() || region[next] == '\n';
      if (indented || blank) flush();
    }
  }
  flush();
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const auto& paragraph : paragraphs) {
    if (!text.empty()) text.append("\n\n");
    text.append(paragraph);
  }
  return text;
}

std::string InlineText(std::string_view region) {
  std::vector<std::string> parts;
  AppendParagraphs(region, &parts);
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out.push_back(' ');
    out.append(part);
  }
  return out;
}

// "APW19980627.0401" with 3 letters -> "1998-06-27"; nullopt when the DOCNO
// holds no valid date there.
std::optional<std::string> DateFromDocno(std::string_view docno, size_t letters) {
  std::string_view digits = docno.substr(letters);
  if (digits.size() < 8) return std::nullopt;
  auto time = ParseIso8601(digits.substr(0, 8));
  if (!time) return std::nullopt;
  return FormatIso8601(*time);
}

// The publication time of a <DOC> from its <DATE_TIME> or <DATE> element
// (`date`; none: unset), repaired from the DOCNO (`id`, whose first `letters`
// are the agency) as the essay above says; warnings name `source`:`line`.
std::optional<std::string> DocumentDate(std::string_view content, const std::optional<Span>& date,
                                        std::string_view id, size_t letters,
                                        std::string_view source, size_t line,
                                        std::vector<std::string>* warnings) {
  if (!date) return std::nullopt;
  std::string raw(Trim(content.substr(date->begin, date->end - date->begin)));
  std::string where = fmt::format("{}:{}", source, line);
  std::optional<std::string> docno_date = DateFromDocno(id, letters);
  // Some APW files of June 1998 write "YYYY-DD-MM" (22 of DUC 2006/2007's
  // 2,625 dated documents): when swapping day and month gives the DOCNO's
  // date (APW19980627.0401), it is read swapped, and the repair reported.
  if (docno_date && raw.size() >= 10 && raw[4] == '-' && raw[7] == '-' &&
      raw.substr(0, 4) + "-" + raw.substr(8, 2) + "-" + raw.substr(5, 2) == *docno_date &&
      raw.substr(0, 10) != *docno_date) {
    std::string swapped = *docno_date + raw.substr(10);
    if (warnings != nullptr) {
      warnings->push_back(fmt::format(
          "{}: <DATE_TIME> \"{}\" has day and month swapped (the DOCNO says {}); read as {}", where,
          Abbreviate(raw), *docno_date, swapped));
    }
    raw = std::move(swapped);
  }
  std::vector<std::string> unread;
  std::optional<std::string> published = NormalizePublished(raw, where, &unread);
  if (!published && !unread.empty()) {
    // Unreadable otherwise: the DOCNO still says which day it was.
    published = docno_date;
    if (warnings != nullptr) {
      warnings->push_back(docno_date ? fmt::format("{}; the date {} is taken from the DOCNO",
                                                   unread[0], *docno_date)
                                     : std::move(unread[0]));
    }
  }
  return published;
}

// The letters that open a DOCNO (APW, NYT, XIE, FBIS, LA, ...): the agency.
size_t AgencyLetters(std::string_view id) {
  size_t letters = 0;
  while (letters < id.size() && std::isalpha(static_cast<unsigned char>(id[letters]))) ++letters;
  return letters;
}

}  // namespace

Result<std::vector<Article>> ParseDuc(std::string_view content, std::string_view source,
                                      std::vector<std::string>* warnings) {
  std::vector<Article> articles;
  size_t pos = 0;
  size_t doc_count = std::string_view::npos;  // counted lazily, only to name sources
  // Lines are counted incrementally: a TREC file may hold thousands of <DOC>s.
  size_t counted_to = 0;
  size_t counted_line = 1;
  auto line_at = [&](size_t offset) {
    std::string_view skipped = content.substr(counted_to, offset - counted_to);
    counted_line += LineAt(skipped, skipped.size()) - 1;
    counted_to = offset;
    return counted_line;
  };
  while (true) {
    size_t at = content.find("<DOC>", pos);
    if (at == std::string_view::npos) break;
    size_t body = at + 5;
    size_t end = content.find("</DOC>", body);
    if (end == std::string_view::npos) {
      return InvalidInput(fmt::format("{}:{}: <DOC> is not closed by </DOC>", source, line_at(at)));
    }
    if (size_t nested = content.substr(0, end).find("<DOC>", body);
        nested != std::string_view::npos) {
      return InvalidInput(
          fmt::format("{}:{}: <DOC> inside the <DOC> of line {} (is a </DOC> missing?)", source,
                      LineAt(content, nested), line_at(at)));
    }
    if (doc_count == std::string_view::npos) {
      doc_count = 0;
      for (size_t p = content.find("<DOC>"); p != std::string_view::npos;
           p = content.find("<DOC>", p + 5)) {
        ++doc_count;
      }
    }
    size_t line = line_at(at);
    Article article = NewArticle();
    article.source = doc_count > 1 ? fmt::format("{}:{}", source, line) : std::string(source);

    // Each element must close inside this <DOC>.
    std::optional<Span> elements[6];
    constexpr std::string_view kTags[6] = {"DOCNO",    "DATE_TIME", "DATE",
                                           "HEADLINE", "TEXT",      "BODY"};
    for (size_t k = 0; k < 6; ++k) {
      auto found = FindClosedElement(content, kTags[k], body, end, source);
      if (!found) return std::unexpected(found.error());
      elements[k] = *found;
    }
    auto& docno = elements[0];
    if (!docno || IsBlank(content.substr(docno->begin, docno->end - docno->begin))) {
      return InvalidInput(fmt::format("{}:{}: <DOC> has no <DOCNO>", source, line));
    }
    article.id = std::string(Trim(content.substr(docno->begin, docno->end - docno->begin)));
    // The agency is the letter prefix of the DOCNO: APW, NYT, XIE, FBIS, LA, ...
    const size_t letters = AgencyLetters(article.id);
    if (letters > 0) article.outlet = article.id.substr(0, letters);

    article.published = DocumentDate(content, elements[1] ? elements[1] : elements[2], article.id,
                                     letters, source, line, warnings);
    auto& headline = elements[3];
    if (headline) {
      std::string title =
          InlineText(content.substr(headline->begin, headline->end - headline->begin));
      if (!title.empty()) article.title = std::move(title);
    }

    auto& text = elements[4];
    if (!text) {
      return InvalidInput(fmt::format("{}:{}: document \"{}\" has no <TEXT>", source, line,
                                      Abbreviate(article.id)));
    }
    if (auto closed = CheckParagraphsClosed(content, *text, source); !closed) {
      return std::unexpected(closed.error());
    }
    std::vector<std::string> paragraphs;
    AppendParagraphs(content.substr(text->begin, text->end - text->begin), &paragraphs);
    // The story may sit before <TEXT> (see the essay): inside <BODY>, after
    // its header elements, up to <TEXT>.
    auto& body_element = elements[5];
    size_t lead_begin = body_element ? body_element->begin : text->begin;
    for (std::string_view closer : {"</HEADLINE>", "</SLUG>", "</CATEGORY>"}) {
      // Searched from lead_begin only: a search back to the start of the
      // file would make a file of many <DOC>s quadratic.
      if (lead_begin >= text->begin) break;
      size_t p = content.substr(lead_begin, text->begin - lead_begin).rfind(closer);
      if (p != std::string_view::npos) lead_begin += p + closer.size();
    }
    size_t text_open = text->begin - 6;  // "<TEXT>"
    if (lead_begin < text_open) {
      std::vector<std::string> lead;
      AppendParagraphs(content.substr(lead_begin, text_open - lead_begin), &lead);
      size_t lead_bytes = 0, text_bytes = 0;
      for (const auto& p : lead) lead_bytes += p.size();
      for (const auto& p : paragraphs) text_bytes += p.size();
      if (lead_bytes > text_bytes) {
        lead.insert(lead.end(), paragraphs.begin(), paragraphs.end());
        paragraphs = std::move(lead);
      }
    }
    article.text = JoinParagraphs(paragraphs);
    articles.push_back(std::move(article));
    pos = end + 6;
  }
  if (articles.empty()) {
    if (content.find("<topic>") != std::string_view::npos) {
      return InvalidInput(fmt::format(
          "{}: no <DOC> found; this looks like a DUC topics file (<topic>), which holds no "
          "articles",
          source));
    }
    return InvalidInput(fmt::format("{}: no <DOC> found in DUC/TREC SGML input", source));
  }
  return articles;
}

std::optional<DucHeader> ParseDucHeader(std::string_view content, std::string_view source,
                                        std::vector<std::string>* warnings) {
  const size_t at = content.find("<DOC>");
  if (at == std::string_view::npos) return std::nullopt;
  const size_t body = at + 5;
  const size_t end = content.find("</DOC>", body);
  if (end == std::string_view::npos || content.find("<DOC>", body) != std::string_view::npos) {
    return std::nullopt;  // unclosed, nested or several documents: ParseDuc says what
  }
  // What ParseDuc refuses, refused here too (it would name the fault).
  std::optional<Span> elements[6];
  constexpr std::string_view kTags[6] = {"DOCNO", "DATE_TIME", "DATE", "HEADLINE", "TEXT", "BODY"};
  for (size_t k = 0; k < 6; ++k) {
    auto found = FindClosedElement(content, kTags[k], body, end, source);
    if (!found) return std::nullopt;
    elements[k] = *found;
  }
  const auto& docno = elements[0];
  if (!docno || IsBlank(content.substr(docno->begin, docno->end - docno->begin)) || !elements[4] ||
      !CheckParagraphsClosed(content, *elements[4], source)) {
    return std::nullopt;
  }
  DucHeader header;
  header.id = std::string(Trim(content.substr(docno->begin, docno->end - docno->begin)));
  header.published = DocumentDate(content, elements[1] ? elements[1] : elements[2], header.id,
                                  AgencyLetters(header.id), source, LineAt(content, at), warnings);
  return header;
}

}  // namespace crosswire::ingest::internal

namespace crosswire::ingest {

Result<std::vector<Topic>> ReadDucTopics(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return NotFound(fmt::format("{}: no such file", path));
  std::string content;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) content.append(buffer, n);
  bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return DataLoss(fmt::format("{}: read error", path));

  using internal::FindElement;
  std::vector<Topic> topics;
  size_t pos = 0;
  while (true) {
    size_t at = content.find("<topic>", pos);
    if (at == std::string::npos) break;
    size_t end = content.find("</topic>", at);
    if (end == std::string::npos) {
      return InvalidInput(fmt::format("{}:{}: <topic> is not closed by </topic>", path,
                                      internal::LineAt(content, at)));
    }
    Topic topic;
    auto num = FindElement(content, "num", at, end);
    if (!num) {
      return InvalidInput(
          fmt::format("{}:{}: <topic> has no <num>", path, internal::LineAt(content, at)));
    }
    // <num> and <title> are often left unclosed in TREC topics: stop at the next tag.
    auto stop_at_tag = [&](internal::Span span) {
      size_t next = content.find('<', span.begin);
      if (next != std::string::npos && next < span.end) span.end = next;
      return internal::CollapseWhitespace(content.substr(span.begin, span.end - span.begin));
    };
    topic.id = stop_at_tag(*num);
    if (auto title = FindElement(content, "title", at, end)) topic.title = stop_at_tag(*title);
    if (auto narr = FindElement(content, "narr", at, end)) topic.narrative = stop_at_tag(*narr);
    topics.push_back(std::move(topic));
    pos = end + 8;
  }
  if (topics.empty()) return InvalidInput(fmt::format("{}: no <topic> found", path));
  return topics;
}

}  // namespace crosswire::ingest
