// HTML: one news page is one article; we keep the main text only.
//
// The page is parsed with libgumbo (an HTML5-conformant parser, so entities are
// decoded and broken markup is repaired the way a browser would). Then, in the
// spirit of the readability heuristics (Kohlschütter et al. 2010, "Boilerplate
// detection using shallow text features"; Arc90 Readability):
//  1. Page furniture is removed: elements that never hold the story (script,
//     style, nav, header, footer, aside, form, noscript, iframe, figure, ...)
//     and elements whose class or id names furniture (nav, menu, footer,
//     share, social, cookie, comment, advert, related, newsletter, subscribe,
//     ...), or that are hidden.
//  2. The story's container is chosen: the <article> holding the most
//     paragraph text if there is one; else the element with the densest
//     paragraph text, each <p> crediting its length to its parent and half of
//     it to its grandparent; else <body>.
//  3. Its text is collected with block elements (p, div, h1-h6, li, ...)
//     becoming paragraphs, separated by blank lines; whitespace inside a
//     paragraph is folded to single spaces. A heading that repeats the title
//     is dropped.
// Metadata comes from the whole page: title from og:title, else <title>; url
// from <link rel=canonical>, else og:url; published from
// article:published_time (or itemprop=datePublished), else the first
// <time datetime>; outlet from og:site_name; language from <html lang>.
// The walk over the tree is iterative, so deeply nested markup cannot exhaust
// the stack. libgumbo itself is quadratic in nesting depth (100,000 nested
// <div>s take half a minute), so a page nested deeper than kMaxHtmlDepth is
// rejected by a linear pre-scan before parsing; real pages stay below ~100.
#include <fmt/format.h>
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <unordered_map>

#include "ingest/reader_util.h"

namespace crosswire::ingest::internal {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

GumboTag Tag(const GumboNode* node) {
  return IsElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? std::string_view() : std::string_view(attribute->value);
}

bool HasAttribute(const GumboNode* node, const char* name) {
  return IsElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Depth-first walk without recursion. `enter(node)` returns false to skip the
// node's children (and then `exit` is not called for it).
template <typename Enter, typename Exit>
void Walk(const GumboNode* root, Enter&& enter, Exit&& exit) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  if (!enter(root)) return;
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    const GumboNode* node = stack.back().node;
    const GumboVector* children = Children(node);
    if (children != nullptr && stack.back().next < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[stack.back().next++]);
      if (enter(child)) stack.push_back({child, 0});
    } else {
      exit(node);
      stack.pop_back();
    }
  }
}

bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Words in class and id values that name page furniture. A token matches when
// it starts with one of these ("navbar", "share-buttons", "cookieconsent").
constexpr std::string_view kFurniturePrefixes[] = {
    "nav",     "menu",   "footer",  "header",    "masthead",   "breadcrumb", "share",
    "sharing", "social", "cookie",  "consent",   "gdpr",       "comment",    "advert",
    "sponsor", "promo",  "related", "recommend", "newsletter", "subscribe",  "signup",
    "sidebar", "banner", "popup",   "modal",     "outbrain",   "taboola",    "caption",
    "credit",  "widget", "toolbar", "skip",      "login",      "paywall",    "most-read",
};
// Tokens that match only whole: "ad" must not catch "address" or "headline".
constexpr std::string_view kFurnitureWords[] = {"ad", "ads", "adslot", "tags", "more", "print"};

bool NamesFurniture(std::string_view value) {
  std::string lowered = Lower(value);
  size_t pos = 0;
  while (pos < lowered.size()) {
    while (pos < lowered.size() && !std::isalnum(static_cast<unsigned char>(lowered[pos]))) ++pos;
    size_t end = pos;
    while (end < lowered.size() && std::isalnum(static_cast<unsigned char>(lowered[end]))) ++end;
    std::string_view token(lowered.data() + pos, end - pos);
    pos = end;
    if (token.empty()) continue;
    for (std::string_view prefix : kFurniturePrefixes) {
      if (token.starts_with(prefix)) return true;
    }
    for (std::string_view word : kFurnitureWords) {
      if (token == word) return true;
    }
  }
  return false;
}

bool IsFurniture(const GumboNode* node) {
  if (!IsElement(node)) return false;
  GumboTag tag = Tag(node);
  if (IsFurnitureTag(tag)) return true;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN) return false;
  if (HasAttribute(node, "hidden") || Attribute(node, "aria-hidden") == "true") return true;
  std::string style = Lower(Attribute(node, "style"));
  if (style.find("display:none") != std::string::npos ||
      style.find("display: none") != std::string::npos) {
    return true;
  }
  std::string_view role = Attribute(node, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search" || role == "dialog" || role == "alert") {
    return true;
  }
  return NamesFurniture(Attribute(node, "class")) || NamesFurniture(Attribute(node, "id"));
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

// Text of a subtree with furniture removed, whitespace folded; no paragraphs.
std::string FlatText(const GumboNode* root) {
  std::string raw;
  Walk(
      root,
      [&](const GumboNode* node) {
        if (IsText(node)) {
          raw.append(node->v.text.text);
          raw.push_back(' ');
          return false;
        }
        return node == root || !IsFurniture(node);
      },
      [](const GumboNode*) {});
  return CollapseWhitespace(raw);
}

// Collects paragraphs: text runs split at block elements.
class ParagraphCollector {
 public:
  explicit ParagraphCollector(std::string_view title) : title_(title) {}

  void Collect(const GumboNode* root) {
    Walk(
        root,
        [&](const GumboNode* node) {
          if (IsText(node)) {
            current_.append(node->v.text.text);
            return false;
          }
          if (!IsElement(node) || (node != root && IsFurniture(node))) return false;
          if (IsBlockTag(Tag(node))) Flush();
          if (IsHeadingTag(Tag(node))) in_heading_ = true;
          return true;
        },
        [&](const GumboNode* node) {
          if (IsBlockTag(Tag(node))) Flush();
          if (IsHeadingTag(Tag(node))) in_heading_ = false;
        });
    Flush();
  }

  std::string Text() const {
    std::string text;
    for (const auto& paragraph : paragraphs_) {
      if (!text.empty()) text.append("\n\n");
      text.append(paragraph);
    }
    return text;
  }

 private:
  void Flush() {
    // A no-break space is a space for our purposes.
    std::string spaced;
    spaced.reserve(current_.size());
    for (size_t i = 0; i < current_.size(); ++i) {
      if (current_[i] == '\xC2' && i + 1 < current_.size() && current_[i + 1] == '\xA0') {
        spaced.push_back(' ');
        ++i;
      } else {
        spaced.push_back(current_[i]);
      }
    }
    std::string paragraph = CollapseWhitespace(spaced);
    current_.clear();
    if (paragraph.empty()) return;
    if (in_heading_ && paragraph == title_) return;  // the title is in Article::title
    paragraphs_.push_back(std::move(paragraph));
  }

  std::string_view title_;
  std::string current_;
  bool in_heading_ = false;
  std::vector<std::string> paragraphs_;
};

struct PageMetadata {
  std::optional<std::string> title_tag, og_title, canonical, og_url, published_meta, time_tag,
      site_name, language;
};

PageMetadata ReadMetadata(const GumboNode* root) {
  PageMetadata meta;
  auto set_once = [](std::optional<std::string>& field, std::string_view value) {
    std::string cleaned = CollapseWhitespace(value);
    if (!field && !cleaned.empty()) field = std::move(cleaned);
  };
  Walk(
      root,
      [&](const GumboNode* node) {
        if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
        switch (Tag(node)) {
          case GUMBO_TAG_HTML:
            if (std::string_view lang = Attribute(node, "lang"); lang.size() >= 2) {
              set_once(meta.language, Lower(lang.substr(0, 2)));
            }
            break;
          case GUMBO_TAG_TITLE:
            set_once(meta.title_tag, FlatText(node));
            return false;
          case GUMBO_TAG_META: {
            std::string key = Lower(Attribute(node, "property"));
            if (key.empty()) key = Lower(Attribute(node, "name"));
            if (key.empty()) key = Lower(Attribute(node, "itemprop"));
            std::string_view content = Attribute(node, "content");
            if (key == "og:title") set_once(meta.og_title, content);
            if (key == "og:url") set_once(meta.og_url, content);
            if (key == "og:site_name") set_once(meta.site_name, content);
            if (key == "article:published_time" || key == "datepublished" || key == "pubdate") {
              set_once(meta.published_meta, content);
            }
            return false;
          }
          case GUMBO_TAG_LINK:
            if (Lower(Attribute(node, "rel")) == "canonical") {
              set_once(meta.canonical, Attribute(node, "href"));
            }
            return false;
          case GUMBO_TAG_TIME:
            set_once(meta.time_tag, Attribute(node, "datetime"));
            break;
          case GUMBO_TAG_SCRIPT:
          case GUMBO_TAG_STYLE:
            return false;
          default:
            break;
        }
        return true;
      },
      [](const GumboNode*) {});
  return meta;
}

// Step 2 of the essay: where the story is.
const GumboNode* FindMainContainer(const GumboNode* root) {
  std::unordered_map<const GumboNode*, double> density;
  std::unordered_map<const GumboNode*, double> article_text;
  const GumboNode* body = nullptr;
  Walk(
      root,
      [&](const GumboNode* node) {
        if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
        if (IsFurniture(node)) return false;
        if (Tag(node) == GUMBO_TAG_BODY && body == nullptr) body = node;
        if (Tag(node) != GUMBO_TAG_P) return true;
        double length = static_cast<double>(FlatText(node).size());
        if (length == 0) return false;
        const GumboNode* parent = node->parent;
        if (parent != nullptr) {
          density[parent] += length;
          if (parent->parent != nullptr) density[parent->parent] += length / 2;
        }
        for (const GumboNode* up = parent; up != nullptr; up = up->parent) {
          if (Tag(up) == GUMBO_TAG_ARTICLE) article_text[up] += length;
        }
        return false;
      },
      [](const GumboNode*) {});
  auto best_of = [](const std::unordered_map<const GumboNode*, double>& scores) {
    const GumboNode* best = nullptr;
    double best_score = 0;
    // Ties go to the node met first in document order (lowest start offset),
    // so the choice does not depend on hash order.
    for (const auto& [node, score] : scores) {
      if (score > best_score ||
          (score == best_score && best != nullptr &&
           node->v.element.start_pos.offset < best->v.element.start_pos.offset)) {
        best = node;
        best_score = score;
      }
    }
    return best;
  };
  if (const GumboNode* article = best_of(article_text)) return article;
  if (const GumboNode* dense = best_of(density)) return dense;
  return body != nullptr ? body : root;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':';
}

// Elements that close themselves or are closed implicitly by their siblings:
// they do not deepen the tree however many are left open.
bool LeavesNoDepth(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base",  "br",     "col",    "embed",    "hr",   "img",  "input", "link",
      "meta", "param", "source", "track",  "wbr",      "p",    "li",   "dt",    "dd",
      "tr",   "td",    "th",     "option", "!doctype", "html", "head", "body"};
  for (std::string_view known : kNames) {
    if (StartsWithIgnoreCase(name, known) && name.size() == known.size()) return true;
  }
  return false;
}

// An upper estimate of the element nesting depth, in one pass over the bytes.
size_t EstimateDepth(std::string_view html) {
  size_t depth = 0, deepest = 0;
  for (size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
    bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
    size_t begin = pos + (closing ? 2 : 1);
    size_t end = begin;
    while (end < html.size() && (IsNameChar(html[end]) || (end == begin && html[end] == '!'))) {
      ++end;
    }
    if (end == begin) continue;
    std::string_view name = html.substr(begin, end - begin);
    if (name.starts_with("!") && !StartsWithIgnoreCase(name, "!doctype")) continue;
    if (LeavesNoDepth(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    size_t close = html.find('>', end);
    if (close != std::string_view::npos && close > end && html[close - 1] == '/') continue;
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

}  // namespace

Result<std::vector<Article>> ParseHtml(std::string_view content, std::string_view source) {
  if (size_t depth = EstimateDepth(content); depth > kMaxHtmlDepth) {
    return ResourceExhausted(
        fmt::format("{}: HTML nests elements about {} deep, over the limit of {} (kMaxHtmlDepth)",
                    source, depth, kMaxHtmlDepth));
  }
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, content.data(), content.size()));
  if (!output) return Internal(fmt::format("{}: the HTML parser failed", source));
  const GumboNode* root = output->document;

  PageMetadata meta = ReadMetadata(root);
  Article article = NewArticle();
  article.id = FileStem(source);
  article.source = std::string(source);
  article.title = meta.og_title ? meta.og_title : meta.title_tag;
  article.url = meta.canonical ? meta.canonical : meta.og_url;
  article.published = meta.published_meta ? meta.published_meta : meta.time_tag;
  if (meta.site_name) article.outlet = *meta.site_name;
  if (meta.language) article.language = *meta.language;

  const GumboNode* container = FindMainContainer(root);
  ParagraphCollector collector(article.title ? std::string_view(*article.title) : "");
  collector.Collect(container);
  article.text = collector.Text();
  if (article.text.empty()) {
    return InvalidInput(fmt::format(
        "{}: HTML page has no text (after removing scripts, navigation and other page furniture)",
        source));
  }
  std::vector<Article> articles;
  articles.push_back(std::move(article));
  return articles;
}

}  // namespace crosswire::ingest::internal
