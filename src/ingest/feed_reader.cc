// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds: one article per item or entry.
//
// Parsed with libxml2, a real XML parser, with its defaults for hostile input
// kept: no network access (XML_PARSE_NONET), no external DTD loading, entities
// not substituted into the tree (no XML_PARSE_NOENT, so no "billion laughs"
// or external entity reads), and libxml2's built-in limits left on (element
// depth 256, 10 MB per text node; no XML_PARSE_HUGE). libxml2 reports errors
// with a line number, which every message here carries.
//
// What an item gives (RSS name / Atom name):
//   id         guid / id; else the link; else "<file stem>-<n>"
//   url        link / link[rel=alternate or none]@href
//   title      title (Atom type="html" or "xhtml" reduced to text)
//   published  pubDate, else dc:date / published, else updated (ParseTimestamp)
//   outlet     the item's <source> (aggregators name the original outlet
//              there), else the channel or feed title, else the file stem
//   language   xml:lang or dc:language of the item, else of the channel
//              (<language>en-us</language> -> "en")
//   text       content:encoded / content, else description / summary; HTML in
//              it is reduced to text (block elements become paragraph breaks,
//              script and style dropped)
// An item with no text at all (link-only feeds) is skipped with a warning; a
// feed with no item that has text is an error.
#include <fmt/format.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <initializer_list>
#include <memory>
#include <mutex>

#include "crosswire/text.h"
#include "crosswire/timestamp.h"
#include "reader_util.h"

namespace crosswire::ingest::internal {
namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";

// libxml2 keeps global state (its dictionaries, the generic error hook);
// xmlInitParser must run once before threads parse concurrently.
void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// The first error libxml2 raised (the later ones are usually consequences:
// "Premature end of data" after a mismatched tag).
struct FirstError {
  bool set = false;
  int line = 0;
  std::string message;
};

// Receives libxml2's messages instead of stderr: the library never prints.
// `user` is the parser context; its _private points at a FirstError.
void KeepFirstError(void* user, xmlErrorPtr error) {
  auto* ctxt = static_cast<xmlParserCtxt*>(user);
  if (ctxt == nullptr || ctxt->_private == nullptr || error == nullptr) return;
  auto* first = static_cast<FirstError*>(ctxt->_private);
  if (first->set || error->level < XML_ERR_ERROR) return;
  first->set = true;
  first->line = error->line;
  first->message = error->message != nullptr ? CollapseWhitespace(error->message) : "";
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;
struct CtxtDeleter {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::string_view Name(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }
std::string_view Namespace(const xmlNode* node) {
  if (node->ns == nullptr || node->ns->href == nullptr) return "";
  return reinterpret_cast<const char*>(node->ns->href);
}
bool Is(const xmlNode* node, std::string_view name, std::string_view ns) {
  return node->type == XML_ELEMENT_NODE && Name(node) == name && Namespace(node) == ns;
}

std::optional<std::string> Attribute(const xmlNode* node, const char* name,
                                     const char* ns = nullptr) {
  xmlChar* value = ns == nullptr ? xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name))
                                 : xmlGetNsProp(node, reinterpret_cast<const xmlChar*>(name),
                                                reinterpret_cast<const xmlChar*>(ns));
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// The concatenated text (and CDATA) inside `node`, entity references included.
std::string RawText(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

const xmlNode* Child(const xmlNode* parent, std::string_view name, std::string_view ns) {
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (Is(c, name, ns)) return c;
  }
  return nullptr;
}

// ---- HTML to text -----------------------------------------------------------

bool IsBlockName(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",       "div",    "br",     "li",     "ul",         "ol",         "h1",  "h2", "h3",
      "h4",      "h5",     "h6",     "tr",     "table",      "blockquote", "pre", "hr", "section",
      "article", "header", "footer", "figure", "figcaption", "dd",         "dt",  "dl"};
  for (std::string_view block : kBlocks) {
    if (name == block) return true;
  }
  return false;
}

// Appends the text of an HTML or XHTML tree: runs of whitespace fold to one
// space, block elements end a paragraph ("\n\n"), script/style are dropped.
class TextBuilder {
 public:
  void Walk(const xmlNode* node, int depth = 0) {
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        AddText(reinterpret_cast<const char*>(node->content));
      } else if (node->type == XML_ENTITY_REF_NODE) {
        // An entity the parser did not expand (none is, by design): its name
        // is kept out of the text.
      } else if (node->type == XML_ELEMENT_NODE) {
        std::string_view name = Name(node);
        if (name == "script" || name == "style" || name == "noscript") continue;
        bool block = IsBlockName(name);
        if (block) Break();
        // libxml2 bounds the depth of what it parses; this bound only keeps
        // the recursion honest if that ever changes.
        if (depth < 512) Walk(node->children, depth + 1);
        if (block) Break();
      }
    }
  }

  std::string Finish() {
    while (!text_.empty() && text::IsAsciiSpace(text_.back())) text_.pop_back();
    return std::move(text_);
  }

 private:
  void AddText(const char* raw) {
    if (raw == nullptr) return;
    for (const char* p = raw; *p != '\0'; ++p) {
      if (text::IsAsciiSpace(*p)) {
        pending_space_ = true;
        continue;
      }
      if (pending_break_ && !text_.empty()) {
        text_ += "\n\n";
      } else if (pending_space_ && !text_.empty()) {
        text_ += ' ';
      }
      pending_break_ = pending_space_ = false;
      text_ += *p;
    }
  }
  void Break() {
    pending_break_ = true;
    pending_space_ = false;
  }

  std::string text_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

// Text of an HTML fragment, parsed by libxml2's HTML parser (the same limits,
// no network).
std::string HtmlToText(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos) {
    return CollapseWhitespace(html);
  }
  std::string wrapped = fmt::format("<html><body>{}</body></html>", html);
  htmlDocPtr doc =
      htmlReadMemory(wrapped.data(), static_cast<int>(wrapped.size()), nullptr, "UTF-8",
                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                         HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT);
  if (doc == nullptr) return CollapseWhitespace(html);
  TextBuilder builder;
  builder.Walk(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  return builder.Finish();
}

// Text of an Atom text construct (title, summary, content) by its type.
std::string AtomText(const xmlNode* node) {
  std::string type = Attribute(node, "type").value_or("text");
  if (type == "xhtml") {
    TextBuilder builder;
    builder.Walk(node->children);
    return builder.Finish();
  }
  if (type == "html" || type == "text/html") return HtmlToText(RawText(node));
  // "text" and any other text/* type: plain.
  return CollapseWhitespace(RawText(node));
}

// "en-US" -> "en"; "" when blank.
std::string PrimaryLanguage(std::string_view tag) {
  tag = Trim(tag);
  size_t end = tag.find_first_of("-_");
  std::string out(tag.substr(0, end));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string LineSource(std::string_view source, const xmlNode* node) {
  return fmt::format("{}:{}", source, xmlGetLineNo(node));
}

// ---- Items -------------------------------------------------------------------

struct FeedContext {
  std::string_view source;
  std::string stem;
  std::string outlet;    // channel / feed title
  std::string language;  // channel / feed language, primary subtag
  std::vector<std::string>* warnings;
  size_t index = 0;  // 1-based item number, for default ids
  size_t skipped = 0;
};

void Warn(FeedContext& feed, std::string message) {
  if (feed.warnings != nullptr) feed.warnings->push_back(std::move(message));
}

// Sets article.published from the first of `candidates` that is present.
void SetPublished(FeedContext& feed, Article& article,
                  std::initializer_list<const xmlNode*> candidates) {
  for (const xmlNode* node : candidates) {
    if (node == nullptr) continue;
    article.published =
        NormalizePublished(RawText(node), LineSource(feed.source, node), feed.warnings);
    return;
  }
}

void Finish(FeedContext& feed, Article& article, const xmlNode* item,
            std::vector<Article>* articles) {
  if (article.id.empty()) article.id = article.url.value_or("");
  if (article.id.empty()) article.id = fmt::format("{}-{}", feed.stem, feed.index);
  if (article.outlet.empty()) article.outlet = feed.outlet.empty() ? feed.stem : feed.outlet;
  if (article.language.empty()) article.language = feed.language;
  if (IsBlank(article.text)) {
    ++feed.skipped;
    Warn(feed, fmt::format("{}: feed item \"{}\" has no text (no content or description); skipped",
                           LineSource(feed.source, item), Abbreviate(article.id)));
    return;
  }
  articles->push_back(std::move(article));
}

void ReadRssItem(FeedContext& feed, const xmlNode* item, std::vector<Article>* articles) {
  Article article = NewArticle();
  article.source = LineSource(feed.source, item);
  const xmlNode* pub_date = nullptr;
  const xmlNode* dc_date = nullptr;
  const xmlNode* content = nullptr;
  const xmlNode* description = nullptr;
  for (const xmlNode* c = item->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view ns = Namespace(c);
    std::string_view name = Name(c);
    // RSS 2.0 elements have no namespace; RSS 1.0 puts them in its own.
    bool rss = ns.empty() || ns == "http://purl.org/rss/1.0/";
    if (rss && name == "title") {
      article.title = HtmlToText(RawText(c));
    } else if (rss && name == "link") {
      article.url = std::string(Trim(RawText(c)));
    } else if (rss && name == "guid") {
      article.id = std::string(Trim(RawText(c)));
    } else if (rss && name == "pubDate") {
      pub_date = c;
    } else if (rss && name == "description") {
      description = c;
    } else if (rss && name == "source") {
      article.outlet = CollapseWhitespace(RawText(c));
    } else if (ns == kContentNs && name == "encoded") {
      content = c;
    } else if (ns == kDcNs && name == "date") {
      dc_date = c;
    } else if (ns == kDcNs && name == "language") {
      article.language = PrimaryLanguage(RawText(c));
    }
  }
  if (article.id.empty()) {
    if (auto about = Attribute(item, "about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")) {
      article.id = *about;
    }
  }
  if (auto lang = Attribute(item, "lang", kXmlNs.data())) article.language = PrimaryLanguage(*lang);
  if (article.title && article.title->empty()) article.title.reset();
  if (article.url && article.url->empty()) article.url.reset();
  SetPublished(feed, article, {pub_date, dc_date});
  if (content != nullptr) article.text = HtmlToText(RawText(content));
  if (IsBlank(article.text) && description != nullptr) {
    article.text = HtmlToText(RawText(description));
  }
  Finish(feed, article, item, articles);
}

void ReadAtomEntry(FeedContext& feed, const xmlNode* entry, std::vector<Article>* articles) {
  Article article = NewArticle();
  article.source = LineSource(feed.source, entry);
  const xmlNode* published = nullptr;
  const xmlNode* updated = nullptr;
  const xmlNode* content = nullptr;
  const xmlNode* summary = nullptr;
  for (const xmlNode* c = entry->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || Namespace(c) != kAtomNs) continue;
    std::string_view name = Name(c);
    if (name == "id") {
      article.id = std::string(Trim(RawText(c)));
    } else if (name == "title") {
      article.title = AtomText(c);
    } else if (name == "link") {
      std::string rel = Attribute(c, "rel").value_or("alternate");
      if (rel == "alternate" && !article.url) {
        if (auto href = Attribute(c, "href")) article.url = std::string(Trim(*href));
      }
    } else if (name == "published") {
      published = c;
    } else if (name == "updated") {
      updated = c;
    } else if (name == "content") {
      if (!Attribute(c, "src")) content = c;  // out-of-line content is not fetched
    } else if (name == "summary") {
      summary = c;
    } else if (name == "source") {
      if (const xmlNode* title = Child(c, "title", kAtomNs)) article.outlet = AtomText(title);
    }
  }
  if (auto lang = Attribute(entry, "lang", kXmlNs.data())) {
    article.language = PrimaryLanguage(*lang);
  }
  if (article.title && article.title->empty()) article.title.reset();
  if (article.url && article.url->empty()) article.url.reset();
  SetPublished(feed, article, {published, updated});
  if (content != nullptr) article.text = AtomText(content);
  if (IsBlank(article.text) && summary != nullptr) article.text = AtomText(summary);
  Finish(feed, article, entry, articles);
}

}  // namespace

Result<std::vector<Article>> ParseFeed(std::string_view content, std::string_view source,
                                       std::vector<std::string>* warnings) {
  InitLibxml();
  if (content.size() > static_cast<size_t>(INT32_MAX)) {
    return OverLimit(source, "feed", content.size(), INT32_MAX, "libxml2's int-sized buffers");
  }
  std::unique_ptr<xmlParserCtxt, CtxtDeleter> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Internal(fmt::format("{}: cannot allocate an XML parser", source));
  FirstError first;
  ctxt->_private = &first;
  ctxt->sax->serror = KeepFirstError;
  std::string url(source);
  DocPtr doc(xmlCtxtReadMemory(
      ctxt.get(), content.data(), static_cast<int>(content.size()), url.c_str(), nullptr,
      XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA));
  if (!doc || first.set || !ctxt->wellFormed) {
    if (first.set && !first.message.empty()) {
      return InvalidInput(
          fmt::format("{}:{}: malformed feed XML: {}", source, first.line, first.message));
    }
    return InvalidInput(fmt::format("{}:1: malformed feed XML (empty or unreadable)", source));
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return InvalidInput(fmt::format("{}: feed has no root element", source));

  FeedContext feed;
  feed.source = source;
  feed.stem = FileStem(source);
  feed.warnings = warnings;
  std::vector<Article> articles;
  std::string_view root_name = Name(root);
  if (Is(root, "feed", kAtomNs)) {
    if (const xmlNode* title = Child(root, "title", kAtomNs)) feed.outlet = AtomText(title);
    if (auto lang = Attribute(root, "lang", kXmlNs.data())) feed.language = PrimaryLanguage(*lang);
    for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (!Is(c, "entry", kAtomNs)) continue;
      ++feed.index;
      ReadAtomEntry(feed, c, &articles);
    }
  } else if (root_name == "rss" || root_name == "RDF") {
    // RSS 2.0: <rss><channel>…<item>; RSS 1.0: <rdf:RDF><channel/>…<item>.
    const xmlNode* channel = nullptr;
    for (const xmlNode* c = root->children; c != nullptr && channel == nullptr; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && Name(c) == "channel") channel = c;
    }
    if (channel == nullptr) {
      return InvalidInput(
          fmt::format("{}:{}: RSS feed has no <channel>", source, xmlGetLineNo(root)));
    }
    for (const xmlNode* c = channel->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (Name(c) == "title" && feed.outlet.empty()) feed.outlet = CollapseWhitespace(RawText(c));
      if (Name(c) == "language") feed.language = PrimaryLanguage(RawText(c));
    }
    const xmlNode* item_parent = root_name == "rss" ? channel : root;
    for (const xmlNode* c = item_parent->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || Name(c) != "item") continue;
      ++feed.index;
      ReadRssItem(feed, c, &articles);
    }
  } else {
    return InvalidInput(fmt::format(
        "{}:{}: not an RSS or Atom feed: the root element is <{}>, expected <rss>, <rdf:RDF> or "
        "<feed> (Atom)",
        source, xmlGetLineNo(root), Abbreviate(root_name)));
  }
  if (articles.empty()) {
    return InvalidInput(fmt::format("{}: feed has no items with text ({} item{} read)", source,
                                    feed.index, feed.index == 1 ? "" : "s"));
  }
  return articles;
}

bool LooksLikeFeed(std::string_view head) {
  // Past the XML declaration, comments, processing instructions and a DOCTYPE,
  // the first element names the format.
  size_t pos = 0;
  while (true) {
    pos = head.find('<', pos);
    if (pos == std::string_view::npos || pos + 1 >= head.size()) return false;
    char next = head[pos + 1];
    if (next == '?' || next == '!') {
      if (head.substr(pos).starts_with("<!--")) {
        pos = head.find("-->", pos);
        if (pos == std::string_view::npos) return false;
      }
      ++pos;
      continue;
    }
    size_t end = pos + 1;
    while (end < head.size() && !text::IsAsciiSpace(head[end]) && head[end] != '>' &&
           head[end] != '/')
      ++end;
    std::string_view name = head.substr(pos + 1, end - pos - 1);
    if (size_t colon = name.find(':'); colon != std::string_view::npos) {
      name.remove_prefix(colon + 1);
    }
    return name == "rss" || name == "feed" || name == "RDF";
  }
}

}  // namespace crosswire::ingest::internal
