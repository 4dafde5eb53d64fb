// HTML: one news page is one article; we keep the article text only.
//
// The page is parsed with libgumbo (an HTML5-conformant parser, so entities are
// decoded and broken markup is repaired the way a browser would). Deciding
// what is the article follows the ideas the best published extractors
// describe (Arc90 Readability's paragraph scoring; Kohlschütter et al. 2010,
// "Boilerplate detection using shallow text features", for text and link
// density; trafilatura's use of the page's own metadata and its line-level
// clean-up), implemented here from those descriptions:
//
//  1. Blocks. Elements that never hold visible text (script, style, svg,
//     iframe, inputs, hidden elements, ...) are dropped; everything else,
//     <form> included (ASP.NET pages put the whole layout in one), becomes a
//     tree of element nodes and a list of text blocks: the text between two
//     block-level boundaries (p, div, li, h2, br, ...), with how much of it is
//     link text and which element holds it.
//  2. Evidence per node, bottom up: text length, link length, and a content
//     score. Every block of at least 25 characters that is not mostly links
//     scores 1 + its commas + one per 100 characters (at most 3), credited to
//     the element that holds the paragraph, half to the one above, a sixth to
//     the next, and so on (Readability's scheme). A node's score is then
//     scaled by (1 - its link density), so navigation and lists of related
//     links cannot win however long they are. Class and id names are weak
//     evidence only (a bounded bonus or malus, whole words only), so a wrapper
//     named "modal-enabled" or "non-ad-column" is judged by its text.
//  3. The container. The best-scoring node wins, joined by its siblings that
//     score close to it (articles split by ad slots). Structured data
//     overrides it when present and consistent: an itemprop="articleBody"
//     element holding at least half the text of the winner, or the node whose
//     words best match the JSON-LD articleBody.
//  4. Clean-up inside the container, by evidence again: sub-blocks that are
//     navigation, asides, headers and footers, figures and captions, link
//     lists, or carry a furniture class name are removed, but only while they
//     hold a minor part of the container's text, so no rule can remove the
//     block that holds the article. The title heading is dropped.
//  5. A line filter removes the furniture that sits inside article bodies
//     (IsBoilerplateParagraph: read-more and related call-outs, newsletter,
//     social and affiliate notes, bylines, timestamps, credits).
//  6. Fallbacks, so a page with a visible article never comes back empty:
//     without the clean-up rules; then the JSON-LD articleBody; then every
//     text block of the page outside navigation, headers and footers. A page
//     with none of these is an error naming the file.
//
// Metadata comes from the page's own statements, most specific first: the
// title is the headline as displayed — the first visible <h1> (else <h2>)
// outside navigation whose words agree with a title the page states (JSON-LD
// headline, og:title, <title>; see IsDisplayedHeadline) — else the JSON-LD
// headline, og:title, <title> without its site-name suffix, the first <h1>;
// the publication time from article:published_time, itemprop=datePublished
// and JSON-LD datePublished (the first that names its zone, placeholders
// skipped, times in words converted; ChoosePublished), then the first <time>
// in the article, then the dateline displayed under the headline
// (ParseDisplayedDate) — never from scripts or lists of other stories — ISO
// times kept as written, time zone included; the outlet from og:site_name, the
// JSON-LD publisher, else the host name; the author from JSON-LD, meta author
// or itemprop=author; the URL from rel=canonical, og:url or JSON-LD, kept only
// when http or https (anything else is dropped with a warning); the language
// from <html lang>, content-language, og:locale or JSON-LD inLanguage.
//
// Every walk over the tree is iterative, so deeply nested markup cannot
// exhaust the stack, and the extraction is linear in the page size. libgumbo
// itself is quadratic in nesting depth (100,000 nested <div>s take half a
// minute), so a page nested deeper than kMaxHtmlDepth is rejected by a linear
// pre-scan before parsing; real pages stay below ~100.
#include "html_reader.h"

#include <fmt/format.h>
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "crosswire/text.h"
#include "crosswire/timestamp.h"
#include "reader_util.h"

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

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

// Elements whose content is never visible text.
bool IsInvisibleTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboNode* node) {
  if (HasAttribute(node, "hidden")) return true;
  std::string_view style = Attribute(node, "style");
  if (style.empty()) return false;
  std::string lowered = Lower(style);
  lowered.erase(std::remove(lowered.begin(), lowered.end(), ' '), lowered.end());
  return lowered.find("display:none") != std::string::npos ||
         lowered.find("visibility:hidden") != std::string::npos;
}

// Elements that start a new block of text.
bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
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
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
      return true;
    default:
      return false;
  }
}

bool IsHeadingTag(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

// Elements that hold one paragraph: their text credits their parent.
bool IsParagraphTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

// Structural furniture: what these elements hold is rarely the article, so
// inside a container they go unless they hold most of its text.
bool IsFurnitureTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

// ---- Class and id names: weak evidence --------------------------------------

// Words (whole, after splitting names at non-alphanumerics) that suggest
// furniture or content. They only nudge scores and pick small sub-blocks to
// remove; they never decide the container on their own.
constexpr std::string_view kNegativeWords[] = {
    "nav",      "navbar",      "navigation",  "menu",       "footer",    "header",
    "masthead", "breadcrumb",  "breadcrumbs", "share",      "sharing",   "social",
    "cookie",   "consent",     "comment",     "comments",   "advert",    "advertisement",
    "ad",       "ads",         "adslot",      "sponsor",    "sponsored", "promo",
    "related",  "recommended", "recirc",      "newsletter", "subscribe", "signup",
    "sidebar",  "banner",      "popup",       "outbrain",   "taboola",   "caption",
    "credit",   "credits",     "widget",      "toolbar",    "skip",      "login",
    "paywall",  "byline",      "author",      "tags",       "tag",       "meta",
    "dateline", "timestamp",   "date",        "print",      "hidden",    "trending",
    "popular",  "more",        "newsletters", "disclaimer", "bio",       "rail",
    "teaser",   "promoted",    "jump",
};
constexpr std::string_view kPositiveWords[] = {
    "article", "articlebody", "body",  "content", "entry", "main",   "post",
    "story",   "text",        "prose", "blog",    "news",  "column", "richtext",
};

// -1, 0 or +1: the balance of furniture and content words in `names`.
int NameEvidence(std::string_view names) {
  if (names.empty()) return 0;
  std::string lowered = Lower(names);
  int negative = 0, positive = 0;
  size_t pos = 0;
  while (pos < lowered.size()) {
    while (pos < lowered.size() && !std::isalnum(static_cast<unsigned char>(lowered[pos]))) ++pos;
    size_t end = pos;
    while (end < lowered.size() && std::isalnum(static_cast<unsigned char>(lowered[end]))) ++end;
    std::string_view word(lowered.data() + pos, end - pos);
    pos = end;
    if (word.empty()) continue;
    for (std::string_view w : kNegativeWords) negative += word == w;
    for (std::string_view w : kPositiveWords) positive += word == w;
  }
  return (positive > negative) - (negative > positive);
}

// ---- The block tree -----------------------------------------------------------

struct Node {
  const GumboNode* element;
  int parent;  // -1 for the root
  int end;     // one past the last descendant's index (pre-order)
  GumboTag tag;
  int name_evidence;
  bool furniture_tag;
  bool article_body;  // itemprop="articleBody"
  // Bottom-up sums over the subtree.
  double text = 0, links = 0;  // non-space bytes
  double good = 0;             // bytes in blocks that look like prose
  double score = 0;            // content score credited by paragraphs
  int link_blocks = 0;         // blocks that are all link (a headline link)
  double quoted = 0;           // bytes inside <blockquote> (quotes, embedded posts)
  double longest = 0;          // the longest block
  // Inside (or being) a block named or tagged as furniture that holds a
  // minor part of the page's prose: a comment, a sidebar, a footer.
  bool in_furniture = false;
};

struct Block {
  std::string text;
  int owner;         // innermost block-level node holding it
  double chars = 0;  // non-space bytes
  double links = 0;  // non-space bytes inside <a>
  int commas = 0;
  bool heading = false;
  bool h1 = false;
  bool quoted = false;  // inside a <blockquote>
  double LinkDensity() const { return chars > 0 ? links / chars : 0; }
  bool Prose() const { return chars >= 25 && LinkDensity() < 0.5; }
};

size_t NonSpaceBytes(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !::crosswire::text::IsAsciiSpace(c);
  return n;
}

// A no-break space is a space for our purposes.
std::string FoldNbsp(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      out.push_back(' ');
      ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

int CountCommas(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C fullwidth comma, U+3001 ideographic comma
    if (s.substr(i, 3) == "\xEF\xBC\x8C" || s.substr(i, 3) == "\xE3\x80\x81") ++n;
  }
  return n;
}

// How much of a paragraph's credit passes up through a furniture block.
constexpr double kFurnitureDamping = 0.3;

std::optional<std::string> ParseDisplayedDate(std::string_view text);  // below

// The visible text under `root` (invisible elements such as <script>
// skipped), whitespace collapsed; reading stops at `max_bytes`.
std::string VisibleText(const GumboNode* root, size_t max_bytes = std::string::npos) {
  std::string text;
  Walk(
      root,
      [&](const GumboNode* node) {
        if (text.size() >= max_bytes) return false;
        if (IsText(node)) {
          text.append(node->v.text.text);
          text.push_back(' ');
          return false;
        }
        return node == root || (IsElement(node) && !IsInvisibleTag(Tag(node)));
      },
      [](const GumboNode*) {});
  if (text.size() > max_bytes) text.resize(max_bytes);
  return CollapseWhitespace(FoldNbsp(text));
}

// Enough of a small element (a <time>) to hold a date.
constexpr size_t kShortTextBytes = 200;

struct TimeElement {
  int node;  // the nearest node of the tree at or above it
  std::string datetime;
};

class Page {
 public:
  explicit Page(const GumboNode* root) { Build(root); }

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<std::string>& json_ld() const { return json_ld_; }
  const std::vector<TimeElement>& times() const { return times_; }
  int body() const { return body_; }

  bool Contains(int ancestor, int node) const {
    return node >= ancestor && node < nodes_[ancestor].end;
  }
  double LinkDensity(int node) const {
    return nodes_[node].text > 0 ? nodes_[node].links / nodes_[node].text : 0;
  }

 private:
  void Build(const GumboNode* root) {
    std::vector<int> open;        // nodes of the tree open along the walk
    std::vector<int> block_open;  // the block-level ones among them
    int link_depth = 0;
    int quote_depth = 0;
    std::string current;
    double current_links = 0;
    auto flush = [&] {
      std::string text = CollapseWhitespace(FoldNbsp(current));
      current.clear();
      double links = current_links;
      current_links = 0;
      if (text.empty() || block_open.empty()) return;
      Block block;
      block.owner = block_open.back();
      block.chars = static_cast<double>(NonSpaceBytes(text));
      block.links = std::min(links, block.chars);
      block.commas = CountCommas(text);
      block.quoted = quote_depth > 0;
      for (int up = block.owner; up >= 0; up = nodes_[up].parent) {
        if (IsHeadingTag(nodes_[up].tag)) {
          block.heading = true;
          block.h1 = nodes_[up].tag == GUMBO_TAG_H1;
          break;
        }
        if (IsBlockTag(nodes_[up].tag) && !IsHeadingTag(nodes_[up].tag) &&
            nodes_[up].tag != GUMBO_TAG_BR) {
          break;
        }
      }
      block.text = std::move(text);
      blocks_.push_back(std::move(block));
    };
    Walk(
        root,
        [&](const GumboNode* node) {
          if (IsText(node)) {
            std::string_view text = node->v.text.text;
            current.append(text);
            if (link_depth > 0) current_links += static_cast<double>(NonSpaceBytes(text));
            return false;
          }
          if (node->type == GUMBO_NODE_DOCUMENT) return true;
          if (!IsElement(node)) return false;
          GumboTag tag = Tag(node);
          if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_HEAD) {
            CollectJsonLd(node);
            return false;
          }
          if (tag == GUMBO_TAG_TIME && !open.empty()) {
            if (std::string_view datetime = Attribute(node, "datetime"); !IsBlank(datetime)) {
              times_.push_back({open.back(), CollapseWhitespace(datetime)});
            } else if (std::optional<std::string> shown =
                           ParseDisplayedDate(VisibleText(node, kShortTextBytes))) {
              times_.push_back({open.back(), std::move(*shown)});  // <time>Nov 18, 2019</time>
            }
          }
          if (IsInvisibleTag(tag) || IsHidden(node)) return false;
          bool block = IsBlockTag(tag);
          if (block) flush();
          if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR) return false;
          if (tag == GUMBO_TAG_A) ++link_depth;
          if (tag == GUMBO_TAG_BLOCKQUOTE) ++quote_depth;
          if (block || tag == GUMBO_TAG_TIME) {
            Node n;
            n.element = node;
            n.parent = open.empty() ? -1 : open.back();
            n.end = 0;
            n.tag = tag;
            std::string names(Attribute(node, "class"));
            names += ' ';
            names += Attribute(node, "id");
            n.name_evidence = NameEvidence(names);
            std::string_view role = Attribute(node, "role");
            if (role == "navigation" || role == "banner" || role == "contentinfo" ||
                role == "complementary" || role == "search" || role == "dialog") {
              n.name_evidence = -1;
            }
            n.furniture_tag = IsFurnitureTag(tag) || role == "navigation";
            n.article_body =
                Lower(Attribute(node, "itemprop")).find("articlebody") != std::string::npos;
            if (tag == GUMBO_TAG_BODY && body_ < 0) body_ = static_cast<int>(nodes_.size());
            open.push_back(static_cast<int>(nodes_.size()));
            if (block) block_open.push_back(open.back());
            nodes_.push_back(n);
          }
          return true;
        },
        [&](const GumboNode* node) {
          if (!IsElement(node)) return;
          GumboTag tag = Tag(node);
          if (tag == GUMBO_TAG_A) --link_depth;
          if (tag == GUMBO_TAG_BLOCKQUOTE) --quote_depth;
          bool block = IsBlockTag(tag);
          if (block) flush();
          if ((block || tag == GUMBO_TAG_TIME) && !open.empty() &&
              nodes_[open.back()].element == node) {
            nodes_[open.back()].end = static_cast<int>(nodes_.size());
            if (block) block_open.pop_back();
            open.pop_back();
          }
        });
    flush();
    for (int id : open) nodes_[id].end = static_cast<int>(nodes_.size());
    Score();
  }

  // The JSON-LD scripts at or under `root` (scripts in <head> included).
  void CollectJsonLd(const GumboNode* root) {
    Walk(
        root,
        [&](const GumboNode* node) {
          if (!IsElement(node)) return false;
          if (Tag(node) != GUMBO_TAG_SCRIPT) return true;
          if (Lower(Attribute(node, "type")).find("ld+json") != std::string::npos) {
            std::string script;
            for (unsigned i = 0; i < node->v.element.children.length; ++i) {
              const auto* child = static_cast<const GumboNode*>(node->v.element.children.data[i]);
              if (IsText(child)) script.append(child->v.text.text);
            }
            json_ld_.push_back(std::move(script));
          }
          return false;
        },
        [](const GumboNode*) {});
  }

  // Step 2 of the essay: text, link and content-score sums, bottom up.
  void Score() {
    for (const Block& block : blocks_) {
      Node& owner = nodes_[block.owner];
      owner.text += block.chars;
      owner.links += block.links;
      if (block.Prose()) owner.good += block.chars;
      if (block.LinkDensity() > 0.8) ++owner.link_blocks;
      if (block.quoted) owner.quoted += block.chars;
      owner.longest = std::max(owner.longest, block.chars);
      if (!block.Prose() || block.heading) continue;
      double score = 1 + block.commas + std::min(std::floor(block.chars / 100), 3.0);
      int up = block.owner;
      if (IsParagraphTag(owner.tag)) {
        if (owner.name_evidence < 0) score *= kFurnitureDamping;
        up = owner.parent;
      }
      for (int level = 0; up >= 0 && level < 5; ++level, up = nodes_[up].parent) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        nodes_[up].score += score / divider;
        // Credit that leaves a block named or tagged as furniture (a comment,
        // an aside) is damped: a long comment thread must not outscore the
        // article above it, while the block itself keeps its full score.
        if (nodes_[up].name_evidence < 0 || nodes_[up].furniture_tag) score *= kFurnitureDamping;
      }
    }
    for (int i = static_cast<int>(nodes_.size()) - 1; i >= 0; --i) {
      int parent = nodes_[i].parent;
      if (parent < 0) continue;
      nodes_[parent].text += nodes_[i].text;
      nodes_[parent].links += nodes_[i].links;
      nodes_[parent].good += nodes_[i].good;
      nodes_[parent].link_blocks += nodes_[i].link_blocks;
      nodes_[parent].quoted += nodes_[i].quoted;
      nodes_[parent].longest = std::max(nodes_[parent].longest, nodes_[i].longest);
    }
    // A wrapper that holds most of the page ("modal-enabled" on the whole
    // layout) is no evidence against what it holds.
    double page_good = body_ >= 0 ? nodes_[body_].good : 0;
    for (Node& node : nodes_) {
      bool furniture = (node.name_evidence < 0 || node.furniture_tag) &&
                       node.tag != GUMBO_TAG_BODY && node.tag != GUMBO_TAG_HTML &&
                       node.good < 0.5 * page_good;
      node.in_furniture = furniture || (node.parent >= 0 && nodes_[node.parent].in_furniture);
    }
  }

  std::vector<Node> nodes_;
  std::vector<Block> blocks_;
  std::vector<std::string> json_ld_;
  std::vector<TimeElement> times_;
  int body_ = -1;
};

double TagBonus(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

constexpr double kNameWeight = 25;

double FinalScore(const Page& page, int id) {
  const Node& node = page.nodes()[id];
  if (node.score <= 0) return 0;
  double score = node.score + TagBonus(node.tag) + kNameWeight * node.name_evidence;
  if (node.furniture_tag) score -= kNameWeight;
  if (node.in_furniture) score *= kFurnitureDamping;
  return score * (1 - page.LinkDensity(id));
}

// ---- Structured data ----------------------------------------------------------

struct StructuredData {
  std::optional<std::string> headline, published, author, publisher, body, url, language;
};

std::optional<std::string> JsonText(const nlohmann::json& value) {
  if (value.is_string()) {
    std::string text = CollapseWhitespace(value.get<std::string>());
    if (!text.empty()) return text;
  }
  return std::nullopt;
}

// A person or organisation: "Name", {"name": ...} or a list of them.
std::optional<std::string> JsonName(const nlohmann::json& value) {
  if (value.is_string()) return JsonText(value);
  if (value.is_object() && value.contains("name")) return JsonText(value["name"]);
  if (value.is_array()) {
    std::string names;
    for (const auto& item : value) {
      if (auto name = JsonName(item)) {
        if (!names.empty()) names += ", ";
        names += *name;
      }
    }
    if (!names.empty()) return names;
  }
  return std::nullopt;
}

bool IsArticleType(const nlohmann::json& type) {
  auto matches = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    std::string name = t.get<std::string>();
    return name.find("Article") != std::string::npos || name == "BlogPosting" || name == "Report" ||
           name == "LiveBlogPosting";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), matches);
  return matches(type);
}

void FindArticleObjects(const nlohmann::json& value, std::vector<const nlohmann::json*>* out,
                        int depth) {
  if (depth > 8) return;
  if (value.is_array()) {
    for (const auto& item : value) FindArticleObjects(item, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  if (value.contains("@type") && IsArticleType(value["@type"])) out->push_back(&value);
  if (value.contains("@graph")) FindArticleObjects(value["@graph"], out, depth + 1);
  if (value.contains("mainEntity")) FindArticleObjects(value["mainEntity"], out, depth + 1);
}

StructuredData ReadStructuredData(const std::vector<std::string>& scripts) {
  StructuredData data;
  auto set_once = [](std::optional<std::string>& field, std::optional<std::string> value) {
    if (!field && value) field = std::move(value);
  };
  for (const std::string& script : scripts) {
    nlohmann::json json = nlohmann::json::parse(script, nullptr, false);
    if (json.is_discarded()) continue;
    std::vector<const nlohmann::json*> articles;
    FindArticleObjects(json, &articles, 0);
    for (const nlohmann::json* article : articles) {
      const nlohmann::json& a = *article;
      if (a.contains("headline")) set_once(data.headline, JsonText(a["headline"]));
      if (a.contains("datePublished")) set_once(data.published, JsonText(a["datePublished"]));
      if (a.contains("author")) set_once(data.author, JsonName(a["author"]));
      if (a.contains("publisher")) set_once(data.publisher, JsonName(a["publisher"]));
      if (a.contains("articleBody")) set_once(data.body, JsonText(a["articleBody"]));
      if (a.contains("url")) set_once(data.url, JsonText(a["url"]));
      if (a.contains("inLanguage")) set_once(data.language, JsonText(a["inLanguage"]));
    }
  }
  return data;
}

// ---- Choosing the container ---------------------------------------------------

std::unordered_map<std::string, double> WordCounts(std::string_view text) {
  std::unordered_map<std::string, double> counts;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && ::crosswire::text::IsAsciiSpace(text[pos])) ++pos;
    size_t end = pos;
    while (end < text.size() && !::crosswire::text::IsAsciiSpace(text[end])) ++end;
    if (end > pos) counts[Lower(text.substr(pos, end - pos))] += 1;
    pos = end;
  }
  return counts;
}

double OverlapF1(const std::unordered_map<std::string, double>& a,
                 const std::unordered_map<std::string, double>& b) {
  double common = 0, total_a = 0, total_b = 0;
  for (const auto& [word, count] : a) {
    total_a += count;
    if (auto it = b.find(word); it != b.end()) common += std::min(count, it->second);
  }
  for (const auto& [word, count] : b) total_b += count;
  if (common == 0) return 0;
  double p = common / total_a, r = common / total_b;
  return 2 * p * r / (p + r);
}

// Text of the blocks under `node`, for comparing with structured data.
std::string RawText(const Page& page, int node) {
  std::string text;
  for (const Block& block : page.blocks()) {
    if (!page.Contains(node, block.owner)) continue;
    text += block.text;
    text += ' ';
  }
  return text;
}

// Readability's two corrections to the winner: a node that is its parent's
// only child stands for the parent (its text is the parent's), and when most
// of the best-scoring nodes sit under one ancestor (an article cut into one
// block per paragraph), that ancestor is the article.
int RefineBest(const Page& page, int best, double best_score) {
  const auto& nodes = page.nodes();
  std::vector<std::pair<double, int>> top;
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
    double score = FinalScore(page, i);
    if (i != best && score >= 0.75 * best_score) top.emplace_back(score, i);
  }
  std::sort(top.begin(), top.end(), std::greater<>());
  if (top.size() > 4) top.resize(4);
  if (top.size() >= 2) {
    for (int up = nodes[best].parent; up >= 0 && up != page.body(); up = nodes[up].parent) {
      int inside = 0;
      for (const auto& [score, id] : top) inside += page.Contains(up, id);
      if (inside >= 2) {
        best = up;
        break;
      }
    }
  }
  while (nodes[best].parent >= 0 && nodes[best].parent != page.body()) {
    const Node& parent = nodes[nodes[best].parent];
    if (parent.text > nodes[best].text || parent.end != nodes[best].end ||
        nodes[best].parent + 1 != best) {
      break;
    }
    best = nodes[best].parent;
  }
  return best;
}

// Step 3 of the essay. Returns the container nodes, in document order.
std::vector<int> ChooseContainers(const Page& page, const StructuredData& data) {
  const auto& nodes = page.nodes();
  int best = -1;
  double best_score = 0;
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
    double score = FinalScore(page, i);
    if (score > best_score) {
      best = i;
      best_score = score;
    }
  }
  if (best < 0) return {};
  best = RefineBest(page, best, best_score);
  best_score = std::max(best_score, FinalScore(page, best));

  // itemprop="articleBody": the page says where its article is.
  int marked = -1;
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
    if (nodes[i].article_body && (marked < 0 || nodes[i].good > nodes[marked].good)) marked = i;
  }
  if (marked >= 0 && nodes[marked].good >= 0.5 * nodes[best].good) return {marked};

  // JSON-LD articleBody: the node whose words match it best, when it matches.
  if (data.body && NonSpaceBytes(*data.body) >= 200) {
    auto truth = WordCounts(*data.body);
    std::vector<std::pair<double, int>> ranked;
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
      if (double score = FinalScore(page, i); score > 0) ranked.emplace_back(score, i);
    }
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    if (ranked.size() > 30) ranked.resize(30);
    int matched = -1;
    double matched_f1 = 0, best_f1 = -1;
    for (const auto& [score, id] : ranked) {
      double f1 = OverlapF1(WordCounts(RawText(page, id)), truth);
      if (id == best) best_f1 = f1;
      if (f1 > matched_f1) {
        matched = id;
        matched_f1 = f1;
      }
    }
    if (matched >= 0 && matched_f1 >= 0.6 && (matched == best || matched_f1 > best_f1 + 0.1)) {
      return {matched};
    }
  }

  // Siblings that score close to the winner belong with it.
  int parent = nodes[best].parent;
  if (parent < 0) return {best};
  std::vector<int> containers;
  double threshold = std::max(10.0, 0.2 * best_score);
  for (int i = parent + 1; i < nodes[parent].end; i = nodes[i].end) {
    if (i == best) {
      containers.push_back(i);
      continue;
    }
    if (nodes[i].furniture_tag || nodes[i].name_evidence < 0) continue;
    double score = FinalScore(page, i);
    if (nodes[i].name_evidence == nodes[best].name_evidence &&
        Attribute(nodes[i].element, "class") == Attribute(nodes[best].element, "class")) {
      score += 0.2 * best_score;
    }
    bool prose =
        nodes[i].good >= 80 && nodes[i].good >= 0.8 * nodes[i].text && page.LinkDensity(i) < 0.25;
    if (score >= threshold || prose) containers.push_back(i);
  }
  return containers;
}

// ---- Collecting the text --------------------------------------------------------

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string text;
  for (const auto& paragraph : paragraphs) {
    if (!text.empty()) text.append("\n\n");
    text.append(paragraph);
  }
  return text;
}

// A heading that restates the title (maybe with a kicker or a site name).
bool RestatesTitle(std::string_view heading, std::string_view title) {
  if (heading.empty() || title.empty()) return false;
  return OverlapF1(WordCounts(heading), WordCounts(title)) >= 0.8;
}

// Whether each node lies in one of `containers` (disjoint subtrees), in time
// linear in the page, however many siblings were joined.
std::vector<char> InContainers(const Page& page, const std::vector<int>& containers) {
  std::vector<char> inside(page.nodes().size(), 0);
  for (int container : containers) {
    std::fill(inside.begin() + container, inside.begin() + page.nodes()[container].end, 1);
  }
  return inside;
}

// A list of teasers for other pages: three or more children cut from one
// template (the same class), each a headline link with at most a short blurb,
// making up most of the node's text. The story's own paragraphs are longer,
// and their links sit inside sentences.
bool IsTeaserList(const Page& page, int id) {
  const auto& nodes = page.nodes();
  std::unordered_map<std::string_view, std::pair<int, double>> by_class;  // count, text
  for (int child = id + 1; child < nodes[id].end; child = nodes[child].end) {
    const Node& c = nodes[child];
    std::string_view name = Attribute(c.element, "class");
    if (name.empty() || c.link_blocks == 0 || c.longest > 200 || c.text > 300) continue;
    auto& [count, text] = by_class[name];
    ++count;
    text += c.text;
  }
  for (const auto& [name, entry] : by_class) {
    if (entry.first >= 3 && entry.second >= 0.6 * nodes[id].text) return true;
  }
  return false;
}

// Step 4 and 5 of the essay: the paragraphs of `containers`, with furniture
// sub-blocks removed when `clean` (only while they hold a minor part of the
// container's text) and furniture lines dropped.
std::vector<std::string> Collect(const Page& page, const std::vector<int>& containers, bool clean,
                                 std::string_view title) {
  const auto& nodes = page.nodes();
  std::vector<char> removed(nodes.size(), 0);
  if (clean) {
    for (int container : containers) {
      const Node& c = nodes[container];
      double minor = std::max(c.good, c.text) * 0.3;
      for (int i = container + 1; i < c.end; ++i) {
        const Node& n = nodes[i];
        if (removed[n.parent]) {
          removed[i] = 1;
          continue;
        }
        double weight = std::max(n.good, 1.0);
        bool small = weight < minor;
        double density = page.LinkDensity(i);
        bool furniture =
            (n.furniture_tag && (small || n.good < 0.5 * c.good)) ||
            (n.name_evidence < 0 && small) ||
            (density > 0.5 && n.text > 0 && n.good < 0.5 * c.good) ||
            ((n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL) && density > 0.3 && small) ||
            (small && IsTeaserList(page, i));
        // A quotation (an embedded post is a <blockquote>) is the article
        // quoting someone, whatever the wrapper is called or links to.
        bool quotation = n.quoted >= 0.5 * n.text && !n.furniture_tag;
        if (furniture && !quotation) removed[i] = 1;
      }
    }
  }
  std::vector<char> inside = InContainers(page, containers);
  std::vector<const Block*> kept;
  for (const Block& block : page.blocks()) {
    if (!inside[block.owner] || removed[block.owner]) continue;
    if (block.h1 || (block.heading && RestatesTitle(block.text, title))) continue;
    if (clean && !block.quoted && block.LinkDensity() > 0.6 && block.chars < 200) continue;
    if (clean && IsBoilerplateParagraph(block.text)) continue;
    kept.push_back(&block);
  }
  // A heading introduces text: headings after the last paragraph, or three
  // and more in a row, are teaser headlines (a list of other stories).
  std::vector<char> teaser(kept.size(), 0);
  if (clean) {
    size_t end = kept.size();
    while (end > 0 && kept[end - 1]->heading) teaser[--end] = 1;
    for (size_t i = 0; i < end;) {
      size_t run = i;
      while (run < end && kept[run]->heading) ++run;
      if (run - i >= 3) std::fill(teaser.begin() + i, teaser.begin() + run, 1);
      i = run == i ? i + 1 : run;
    }
  }
  std::vector<std::string> paragraphs;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (!teaser[i]) paragraphs.push_back(kept[i]->text);
  }
  return paragraphs;
}

// Every text block of the page outside navigation, headers and footers:
// the last resort for pages no rule understands.
std::vector<std::string> PageText(const Page& page) {
  std::vector<std::string> paragraphs;
  for (const Block& block : page.blocks()) {
    bool furniture = false;
    for (int up = block.owner; up >= 0 && !furniture; up = page.nodes()[up].parent) {
      furniture = page.nodes()[up].furniture_tag;
    }
    if (furniture || block.LinkDensity() > 0.5) continue;
    paragraphs.push_back(block.text);
  }
  return paragraphs;
}

// ---- Metadata -------------------------------------------------------------------

struct PageMetadata {
  std::optional<std::string> title_tag, og_title, canonical, og_url, published_meta, site_name,
      language, author, description, h1;
  std::optional<std::string> date_meta;  // a bare "date" meta: a last resort
  // Every stated publication time (meta, itemprop), in page order.
  std::vector<std::string> published_all;
  // The visible <h1> and <h2> elements in page order, outside nav, aside and
  // footer (at most kMaxHeadings each): candidates for the displayed headline,
  // each with the first kTextAfterHeading bytes of visible text after it,
  // where the byline and dateline are.
  struct Heading {
    std::string text, after;
  };
  std::vector<Heading> h1s, h2s;
};

constexpr size_t kTextAfterHeading = 300;

constexpr size_t kMaxHeadings = 64;

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && ::crosswire::text::IsAsciiSpace(s[pos])) ++pos;
    size_t end = pos;
    while (end < s.size() && !::crosswire::text::IsAsciiSpace(s[end])) ++end;
    if (end > pos) words.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  return words;
}

// Meta names that state the publication time (lowercase).
bool IsPublishedKey(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "article:published_time", "article:published", "og:article:published_time",
      "datepublished",          "pubdate",           "publishdate",
      "publish-date",           "publish_date",      "pub_date",
      "publication_date",       "parsely-pub-date",  "sailthru.date",
      "dc.date.issued",         "dcterms.issued",    "dcterms.created"};
  return std::ranges::find(kKeys, key) != std::end(kKeys);
}

PageMetadata ReadMetadata(const GumboNode* root) {
  PageMetadata meta;
  auto set_once = [](std::optional<std::string>& field, std::string_view value) {
    std::string cleaned = CollapseWhitespace(FoldNbsp(value));
    if (!field && !cleaned.empty()) field = std::move(cleaned);
  };
  int furniture_depth = 0;  // open nav, aside and footer elements
  auto is_furniture = [](GumboTag tag) {
    return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER;
  };
  auto add_heading = [&](std::vector<PageMetadata::Heading>& headings, const GumboNode* node) {
    if (furniture_depth > 0 || headings.size() >= kMaxHeadings) return;
    std::string text = VisibleText(node);
    if (!text.empty()) headings.push_back({std::move(text), ""});
  };
  // Headings still collecting the text after them form a suffix of each list.
  size_t collecting[2] = {0, 0};
  auto add_text_after = [&](std::string_view text) {
    std::vector<PageMetadata::Heading>* lists[2] = {&meta.h1s, &meta.h2s};
    for (int l = 0; l < 2; ++l) {
      std::vector<PageMetadata::Heading>& headings = *lists[l];
      while (collecting[l] < headings.size() &&
             headings[collecting[l]].after.size() >= kTextAfterHeading) {
        ++collecting[l];
      }
      for (size_t h = collecting[l]; h < headings.size(); ++h) {
        std::string& after = headings[h].after;
        after.append(text.substr(0, kTextAfterHeading - std::min(after.size(), kTextAfterHeading)));
        after.push_back(' ');
      }
    }
  };
  auto add_published = [&](std::string_view value) {
    set_once(meta.published_meta, value);
    std::string cleaned = CollapseWhitespace(FoldNbsp(value));
    if (!cleaned.empty() && meta.published_all.size() < kMaxHeadings) {
      meta.published_all.push_back(std::move(cleaned));
    }
  };
  Walk(
      root,
      [&](const GumboNode* node) {
        if (IsText(node) && node->type != GUMBO_NODE_WHITESPACE) add_text_after(node->v.text.text);
        if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
        if (is_furniture(Tag(node))) ++furniture_depth;
        switch (Tag(node)) {
          case GUMBO_TAG_HTML:
            set_once(meta.language, Attribute(node, "lang"));
            break;
          case GUMBO_TAG_TITLE:
            set_once(meta.title_tag, VisibleText(node));
            return false;
          case GUMBO_TAG_H1:
            set_once(meta.h1, VisibleText(node));
            add_heading(meta.h1s, node);
            return false;
          case GUMBO_TAG_H2:
            add_heading(meta.h2s, node);
            return false;
          case GUMBO_TAG_META: {
            std::string key = Lower(Attribute(node, "property"));
            if (key.empty()) key = Lower(Attribute(node, "name"));
            if (key.empty()) key = Lower(Attribute(node, "itemprop"));
            if (key.empty()) key = Lower(Attribute(node, "http-equiv"));
            std::string_view content = Attribute(node, "content");
            if (key == "og:title") set_once(meta.og_title, content);
            if (key == "og:url") set_once(meta.og_url, content);
            if (key == "og:site_name") set_once(meta.site_name, content);
            if (key == "og:locale" || key == "content-language") set_once(meta.language, content);
            if (key == "description" || key == "og:description") {
              set_once(meta.description, content);
            }
            if (key == "author" || key == "parsely-author" || key == "sailthru.author" ||
                (key == "article:author" && !content.starts_with("http"))) {
              set_once(meta.author, content);
            }
            // Every attribute that can name the field, each a list of words
            // (itemprop="datePublished dateCreated").
            for (const char* attribute : {"property", "name", "itemprop"}) {
              std::string names = Lower(Attribute(node, attribute));
              for (std::string_view name : SplitWords(names)) {
                if (IsPublishedKey(name)) add_published(content);
                if (name == "date" || name == "dc.date" || name == "dcterms.date") {
                  set_once(meta.date_meta, content);
                }
              }
            }
            return false;
          }
          case GUMBO_TAG_LINK:
            if (Lower(Attribute(node, "rel")) == "canonical") {
              set_once(meta.canonical, Attribute(node, "href"));
            }
            return false;
          case GUMBO_TAG_SCRIPT:
          case GUMBO_TAG_STYLE:
            return false;
          default:
            break;
        }
        std::string itemprop = Lower(Attribute(node, "itemprop"));
        if (std::ranges::count(SplitWords(itemprop), std::string_view("datepublished")) > 0) {
          std::string_view value = Attribute(node, "datetime");
          if (value.empty()) value = Attribute(node, "content");
          if (!value.empty()) {
            add_published(value);
          } else if (std::string text = VisibleText(node); text.size() < 80) {
            add_published(text);  // "Fri 6:45 PM, Feb 16, 2018", as written
          }
        }
        if (itemprop == "author" && !meta.author) {
          std::string name = VisibleText(node);
          if (!name.empty() && name.size() < 100) set_once(meta.author, name);
        }
        return true;
      },
      [&](const GumboNode* node) {
        if (IsElement(node) && is_furniture(Tag(node))) --furniture_depth;
      });
  return meta;
}

// "Headline | Outlet", "Headline - Outlet": the longest part is the headline.
std::string StripSiteName(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {" | ",  " - ",      " \u2013 ", " \u2014 ",
                                                     " :: ", " \u00bb ", " \u00b7 "};
  std::string_view best = title;
  for (std::string_view separator : kSeparators) {
    size_t pos = title.find(separator);
    if (pos == std::string_view::npos) continue;
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (; pos != std::string_view::npos; pos = title.find(separator, start)) {
      parts.push_back(title.substr(start, pos - start));
      start = pos + separator.size();
    }
    parts.push_back(title.substr(start));
    std::string_view longest = *std::max_element(
        parts.begin(), parts.end(), [](auto a, auto b) { return a.size() < b.size(); });
    if (longest.size() < best.size()) best = longest;
  }
  return std::string(Trim(best));
}

// Character references left in a stated title after the parser decoded the
// attribute once: publishers that escape twice write "review &#8211; shoots"
// into og:title. Numeric references and the five XML names are decoded; any
// other "&" is kept as written.
std::string DecodeCharacterReferences(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) break;
    out.append(text.substr(pos, amp - pos));
    size_t semi = text.find(';', amp);
    std::string_view name = semi == std::string_view::npos || semi - amp > 10
                                ? ""
                                : text.substr(amp + 1, semi - amp - 1);
    uint32_t code = 0;
    if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      std::string_view digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty();
      for (char c : digits) {
        int value = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c))
                        ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                        : -1;
        if (value < 0 || code > 0x10FFFF) ok = false;
        if (ok) code = code * (hex ? 16 : 10) + static_cast<uint32_t>(value);
      }
      if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0;
    } else if (name == "amp") {
      code = '&';
    } else if (name == "lt") {
      code = '<';
    } else if (name == "gt") {
      code = '>';
    } else if (name == "quot") {
      code = '"';
    } else if (name == "apos") {
      code = '\'';
    }
    if (code == 0) {
      out.push_back('&');
      pos = amp + 1;
      continue;
    }
    if (code < 0x80) {
      out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (code >> 6)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (code >> 12)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (code >> 18)));
      out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
    pos = semi + 1;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

// The words of a title for comparing titles: case folded, split at white
// space, punctuation and quotes trimmed from both ends of each word.
std::vector<std::string> TitleWords(std::string_view title) {
  static constexpr std::string_view kMarks[] = {"\u2018", "\u2019", "\u201c", "\u201d", "\u00ab",
                                                "\u00bb", "\u2026", "\u2013", "\u2014"};
  std::string folded = ::crosswire::text::FoldCase(title);
  std::vector<std::string> words;
  for (std::string_view word : SplitWords(folded)) {
    bool trimmed = true;
    while (trimmed && !word.empty()) {
      trimmed = false;
      if (std::ispunct(static_cast<unsigned char>(word.front()))) {
        word.remove_prefix(1);
        trimmed = true;
      } else if (std::ispunct(static_cast<unsigned char>(word.back()))) {
        word.remove_suffix(1);
        trimmed = true;
      }
      for (std::string_view mark : kMarks) {
        if (word.starts_with(mark)) {
          word.remove_prefix(mark.size());
          trimmed = true;
        }
        if (word.ends_with(mark)) {
          word.remove_suffix(mark.size());
          trimmed = true;
        }
      }
    }
    if (!word.empty()) words.emplace_back(word);
  }
  return words;
}

// Whether a visible heading is the story's headline as the page displays it:
// its words are those of one of the titles the page states (JSON-LD
// headline, og:title, <title>, each without its site-name part), or at least
// `share` of its words occur in one of them. Outlets rewrite the headline for
// search results and social cards ("South Dakota says, 'Meth. We're On It,'
// and Twitter asks ..." on the page, "'Meth. We're On It': South Dakota
// campaign is working ..." in og:title), but the displayed one keeps enough of
// the same words; a site name, a section title or a "Related" heading shares
// none. A one-word heading counts only when it equals a stated title.
bool IsDisplayedHeadline(std::string_view heading,
                         const std::vector<std::vector<std::string>>& stated, double share) {
  if (heading.size() > 400) return false;
  std::vector<std::string> words = TitleWords(heading);
  if (words.empty()) return false;
  for (const std::vector<std::string>& title : stated) {
    if (words == title) return true;
    if (words.size() < 2) continue;
    size_t common = 0;
    for (const std::string& word : words) common += std::ranges::count(title, word) > 0;
    if (static_cast<double>(common) >= share * static_cast<double>(words.size())) return true;
  }
  return false;
}

// The shares of a heading's words that must occur in a stated title: an <h1>
// is the headline slot of nearly every article page; an <h2> is more often a
// deck or another story's headline, so it must agree more.
constexpr double kH1Share = 1.0 / 3;
constexpr double kH2Share = 0.5;

// Of the publication times a page states (meta tags, itemprop, JSON-LD, in
// that order), the first that names its zone: the same instant is often
// stated twice, once as local time without a zone ("2019-11-20T01:50:59" in
// article:published_time, "2019-11-18 20:58:46" in sailthru.date) and once
// with it ("...Z" in JSON-LD), and only the latter places it on the right
// day. Else the first that parses, else the first as written. A placeholder
// before 1900 ("0001-01-01T00:00:00Z", a CMS's empty date) is no time at all.
std::optional<std::string> ChoosePublished(const std::vector<std::string>& stated) {
  static const int64_t kEarliest = DaysFromCivil(1900, 1, 1) * 86400;
  const std::string *with_zone = nullptr, *parsed = nullptr, *written = nullptr;
  for (const std::string& time : stated) {
    auto timestamp = ParseTimestamp(time);
    if (!timestamp) {
      if (!written) written = &time;
      continue;
    }
    if (timestamp->unix_seconds < kEarliest) continue;
    if (!parsed) parsed = &time;
    if (timestamp->has_offset && !with_zone) with_zone = &time;
  }
  for (const std::string* choice : {with_zone, parsed, written}) {
    if (choice) return *choice;
  }
  return std::nullopt;
}

// ---- Displayed dates -------------------------------------------------------------
//
// A page that states no time in markup still shows one under its headline:
// "November 19, 2019, 9:02 AM", "18 NOV 2019", "Monday, November 18th, 2019
// at 11:08 a.m.", "Nov 18, 2019 at 2:26 PM HST". ParseDisplayedDate reads the
// first such English date in a short text: month name (or its abbreviation)
// and day in either order, a four-digit year, then optionally a time (with
// am/pm) and a zone abbreviation whose offset is unambiguous. A zone it does
// not know ("ET", which is -05:00 or -04:00 by season) leaves the time
// without an offset, as the page left it to the reader.

struct DateToken {
  enum Kind { kWord, kNumber, kMark } kind;
  std::string_view text;
};

std::vector<DateToken> DateTokens(std::string_view text) {
  std::vector<DateToken> tokens;
  size_t i = 0;
  auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  while (i < text.size()) {
    size_t start = i;
    if (is_alpha(text[i])) {
      while (i < text.size() && is_alpha(text[i])) ++i;
      tokens.push_back({DateToken::kWord, text.substr(start, i - start)});
    } else if (is_digit(text[i])) {
      while (i < text.size() && is_digit(text[i])) ++i;
      tokens.push_back({DateToken::kNumber, text.substr(start, i - start)});
    } else {
      if (!::crosswire::text::IsAsciiSpace(text[i])) {
        tokens.push_back({DateToken::kMark, text.substr(i, 1)});
      }
      ++i;
    }
  }
  return tokens;
}

// 1-12 for an English month name or abbreviation ("Sept" too), else 0.
int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  std::string lower = Lower(word);
  if (lower == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    if (lower == kMonths[m] || (lower.size() == 3 && kMonths[m].starts_with(lower))) return m + 1;
  }
  return 0;
}

// Offsets of zone abbreviations that name one offset (minutes east of UTC).
std::optional<int> ZoneOffset(std::string_view word) {
  static constexpr std::pair<std::string_view, int> kZones[] = {
      {"utc", 0},     {"gmt", 0},     {"est", -300}, {"edt", -240}, {"cst", -360},
      {"cdt", -300},  {"mst", -420},  {"mdt", -360}, {"pst", -480}, {"pdt", -420},
      {"akst", -540}, {"akdt", -480}, {"hst", -600}, {"bst", 60},   {"cet", 60},
      {"cest", 120},  {"eet", 120},   {"eest", 180}, {"msk", 180},  {"jst", 540},
      {"kst", 540},   {"aest", 600},  {"aedt", 660}, {"sgt", 480},  {"hkt", 480}};
  std::string lower = Lower(word);
  for (const auto& [name, offset] : kZones) {
    if (lower == name) return offset;
  }
  return std::nullopt;
}

struct Clock {
  int hour = 0, minute = 0;
  std::optional<int> offset;  // minutes east of UTC, when a known zone was named
};

int TokenNumber(const DateToken& token) {
  if (token.kind != DateToken::kNumber || token.text.size() > 4) return -1;
  int value = 0;
  for (char c : token.text) value = value * 10 + (c - '0');
  return value;
}

std::optional<std::string> ParseDisplayedDate(std::string_view text) {
  std::vector<DateToken> t = DateTokens(text);
  auto word_is = [&](size_t i, std::initializer_list<std::string_view> words) {
    if (i >= t.size() || t[i].kind != DateToken::kWord) return false;
    std::string lower = Lower(t[i].text);
    return std::ranges::find(words, lower) != words.end();
  };
  auto mark_is = [&](size_t i, char c) {
    return i < t.size() && t[i].kind == DateToken::kMark && t[i].text[0] == c;
  };
  auto skip_ordinal = [&](size_t i) { return word_is(i, {"st", "nd", "rd", "th"}) ? i + 1 : i; };
  // "9:02", "9.02 pm", "11:08 a.m. EST" at token j; *end is set past it.
  auto read_clock = [&](size_t j, size_t* end, Clock* clock = nullptr) {
    if (j + 2 >= t.size() || t[j].text.size() > 2 || t[j + 2].text.size() != 2) return false;
    int hour = TokenNumber(t[j]), minute = TokenNumber(t[j + 2]);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
    if (!mark_is(j + 1, ':') && !mark_is(j + 1, '.')) return false;
    j += 3;
    bool am = false, pm = false;
    if (word_is(j, {"am", "pm"})) {
      pm = Lower(t[j].text) == "pm";
      am = !pm;
      ++j;
    } else if (word_is(j, {"a", "p"}) && mark_is(j + 1, '.') && word_is(j + 2, {"m"})) {
      pm = Lower(t[j].text) == "p";
      am = !pm;
      j += mark_is(j + 3, '.') ? 4 : 3;
    }
    if ((am || pm) && (hour < 1 || hour > 12)) return false;
    if (pm && hour != 12) hour += 12;
    if (am && hour == 12) hour = 0;
    std::optional<int> offset;
    if (j < t.size() && t[j].kind == DateToken::kWord && (offset = ZoneOffset(t[j].text))) ++j;
    if (end) *end = j;
    if (clock) *clock = {hour, minute, offset};
    return true;
  };
  for (size_t k = 0; k < t.size(); ++k) {
    int month = 0, day = 0, year = 0;
    size_t i = k;
    if (t[i].kind == DateToken::kWord && (month = MonthNumber(t[i].text)) > 0) {
      // "November 19, 2019", "Nov. 19th 2019"
      i += mark_is(i + 1, '.') ? 2 : 1;
      if (i >= t.size() || (day = TokenNumber(t[i])) < 1) continue;
      i = skip_ordinal(i + 1);
      if (mark_is(i, ',')) ++i;
    } else if (t[i].kind == DateToken::kNumber && (day = TokenNumber(t[i])) >= 1) {
      // "18 NOV 2019", "20 November 2019"
      i = skip_ordinal(i + 1);
      if (i >= t.size() || t[i].kind != DateToken::kWord || (month = MonthNumber(t[i].text)) == 0) {
        continue;
      }
      i += mark_is(i + 1, '.') ? 2 : 1;
      if (mark_is(i, ',')) ++i;
    } else {
      continue;
    }
    if (i >= t.size() || t[i].text.size() != 4 || (year = TokenNumber(t[i])) < 1900 ||
        year > 2100) {
      continue;
    }
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) continue;
    Timestamp time;
    time.precision = TimePrecision::kDay;
    time.unix_seconds = DaysFromCivil(year, month, day) * 86400;
    // An optional time after the date: "9:02 AM", "at 11:08 a.m.", "| 4:10pm",
    // or before it: "10:02 AM EST Nov 19, 2019", "Fri 6:45 PM, Feb 16, 2018".
    size_t j = i + 1;
    for (int skipped = 0; skipped < 2 && j < t.size(); ++skipped) {
      if (mark_is(j, ',') || mark_is(j, '|') || mark_is(j, '-') || mark_is(j, '@') ||
          word_is(j, {"at"})) {
        ++j;
      }
    }
    if (!read_clock(j, nullptr)) {
      for (size_t back = 3; back <= 7 && back <= k; ++back) {
        size_t end = 0;
        if (read_clock(k - back, &end) && (end == k || (end + 1 == k && mark_is(end, ',')))) {
          j = k - back;
          break;
        }
      }
    }
    Clock clock;
    if (read_clock(j, nullptr, &clock)) {
      time.precision = TimePrecision::kMinute;
      time.unix_seconds += clock.hour * 3600 + clock.minute * 60;
      if (clock.offset) {
        time.has_offset = true;
        time.offset_minutes = *clock.offset;
        time.unix_seconds -= int64_t{*clock.offset} * 60;
      }
    }
    return FormatIso8601(time);
  }
  return std::nullopt;
}

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#:"));
  if (rest.starts_with("www.")) rest.remove_prefix(4);
  return Lower(rest);
}

bool IsWebUrl(std::string_view url) {
  return StartsWithIgnoreCase(url, "http://") || StartsWithIgnoreCase(url, "https://");
}

// "en-GB", "en_US", "EN" -> "en"; nullopt when not a language code.
std::optional<std::string> LanguageCode(std::string_view value) {
  value = Trim(value);
  size_t letters = 0;
  while (letters < value.size() && std::isalpha(static_cast<unsigned char>(value[letters]))) {
    ++letters;
  }
  if (letters < 2 || letters > 3 ||
      (letters < value.size() && value[letters] != '-' && value[letters] != '_')) {
    return std::nullopt;
  }
  return Lower(value.substr(0, 2));
}

// ---- Nesting pre-scan -------------------------------------------------------------

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

// ---- The line filter ----------------------------------------------------------

bool StartsWithLabel(std::string_view lower, std::string_view label) {
  if (!lower.starts_with(label)) return false;
  if (lower.size() == label.size()) return true;
  char next = lower[label.size()];
  return !std::isalnum(static_cast<unsigned char>(next));
}

// "10:02 AM", "10:02 a.m.", "14:30 GMT"; any "h:mm" unless `with_zone`.
bool HasClockTime(std::string_view lower, bool with_zone = true) {
  for (size_t colon = lower.find(':'); colon != std::string_view::npos;
       colon = lower.find(':', colon + 1)) {
    if (colon == 0 || !std::isdigit(static_cast<unsigned char>(lower[colon - 1])) ||
        colon + 2 >= lower.size() || !std::isdigit(static_cast<unsigned char>(lower[colon + 1])) ||
        !std::isdigit(static_cast<unsigned char>(lower[colon + 2]))) {
      continue;
    }
    std::string_view rest = lower.substr(colon + 3);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!with_zone) return true;
    static constexpr std::string_view kSuffixes[] = {"am", "pm",  "a.m", "p.m", "utc", "gmt",
                                                     "et", "est", "edt", "pt",  "pst", "pdt",
                                                     "ct", "cst", "cdt", "bst", "ist", "cet"};
    for (std::string_view suffix : kSuffixes) {
      if (rest.starts_with(suffix) &&
          (rest.size() == suffix.size() ||
           !std::isalpha(static_cast<unsigned char>(rest[suffix.size()])))) {
        return true;
      }
    }
  }
  return false;
}

bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((s.substr(i, 2) == "19" || s.substr(i, 2) == "20") &&
        std::isdigit(static_cast<unsigned char>(s[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 3])) &&
        (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) &&
        (i + 4 == s.size() || !std::isdigit(static_cast<unsigned char>(s[i + 4])))) {
      return true;
    }
  }
  return false;
}

// Ends with a full stop that is not the one of "a.m." or "p.m.".
bool EndsSentence(std::string_view lower) {
  return lower.ends_with('.') && !lower.ends_with("a.m.") && !lower.ends_with("p.m.");
}

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = ::crosswire::text::IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

bool IsBoilerplateParagraph(std::string_view paragraph) {
  paragraph = Trim(paragraph);
  int words = CountWords(paragraph);
  if (words == 0) return true;
  if (words > kMaxBoilerplateWords) return false;
  std::string lower = Lower(paragraph);
  // Strip leading bullets and arrows so "» Read more" reads as "read more".
  size_t start = 0;
  while (start < lower.size() && !std::isalnum(static_cast<unsigned char>(lower[start])) &&
         lower[start] != '(' &&
         !(static_cast<unsigned char>(lower[start]) == 0xC2 && start + 1 < lower.size() &&
           lower[start + 1] == '\xA9')) {
    ++start;
  }
  std::string_view text = std::string_view(lower).substr(start);

  // Call-outs to other pages: a label, then (usually) a headline.
  static constexpr std::string_view kLabels[] = {
      "read more",
      "read also",
      "also read",
      "read next",
      "read the full",
      "related",
      "see also",
      "don't miss",
      "dont miss",
      "don\u2019t miss",
      "must read",
      "recommended",
      "trending",
      "most read",
      "most popular",
      "more from",
      "more on this",
      "more:",
      "watch:",
      "watch now",
      "listen:",
      "up next",
      "click here",
      "advertisement",
      "advert",
      "sponsored",
      "story continues",
      "article continues",
      "continue reading",
      "scroll to continue",
      "editor's pick",
      "editors' picks",
      "top stories",
      "latest news",
      "you may also like",
      "you might also like",
      "also on",
      "follow us",
      "follow the",
      "share this",
      "share on",
      "tweet this",
      "sign up",
      "subscribe",
      "get the",
      "photo:",
      "photos:",
      "image:",
      "images:",
      "photo by",
      "photograph:",
      "credit:",
      "image credit",
      "photo credit",
      "picture:",
      "copyright",
      "\u00a9",
      "(c) ",
      "all rights reserved",
      "published",
      "updated",
      "last updated",
      "first published",
      "posted",
      "by ",
      "written by",
      "posted by",
      "words by",
      "story by",
  };
  for (std::string_view label : kLabels) {
    if (!StartsWithLabel(text, label) && !(label.ends_with(' ') && text.starts_with(label))) {
      continue;
    }
    // Bylines and datelines are short; "By the end of the year, ..." is not.
    if (label == "by " || label.ends_with(" by")) {
      std::string_view rest = Trim(paragraph.substr(start + label.size()));
      if (rest.empty() || !std::isupper(static_cast<unsigned char>(rest.front())) || words > 12) {
        continue;
      }
      if (paragraph.ends_with('.') && !paragraph.ends_with(".com") && words > 4) continue;
      return true;
    }
    if (label == "published" || label == "updated" || label == "last updated" ||
        label == "first published" || label == "posted") {
      if (words <= 10 && !EndsSentence(text) &&
          (HasYear(text) || HasClockTime(text) || text.find("ago") != text.npos)) {
        return true;
      }
      continue;
    }
    // A one-word label stands alone or before punctuation ("Related: ..."),
    // never as the first word of a sentence ("Related to the closure, ...").
    if (label.find(' ') == std::string_view::npos &&
        std::isalpha(static_cast<unsigned char>(label.back())) && text.size() > label.size() &&
        text[label.size()] == ' ') {
      continue;
    }
    if (label == "subscribe" || label == "sign up" || label == "get the" || label == "follow the") {
      if (text.find("newsletter") != text.npos || text.find("email") != text.npos ||
          text.find("subscri") != text.npos || text.find("twitter") != text.npos ||
          text.find("facebook") != text.npos || words <= 8) {
        return true;
      }
      continue;
    }
    return words <= 30;
  }
  // A caption that ends in its credit: "... (Image: GETTY)", "(Photo: AP)".
  if (text.ends_with(')')) {
    size_t open = text.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view credit = text.substr(open + 1);
      for (std::string_view label : {"image", "photo", "picture", "credit", "pic", "video"}) {
        if (credit.starts_with(label) && credit.find(':') != std::string_view::npos &&
            credit.find(':') < label.size() + 8) {
          return true;
        }
      }
    }
  }
  // A bare credit line: "(Jane Doe / Associated Press)".
  if (text.starts_with('(') && text.ends_with(')') && words <= 12 &&
      text.find('(', 1) == text.npos && text.find(" / ") != text.npos) {
    return true;
  }
  // Gallery counters: "Image 2 of 5", "3 of 12".
  if (words <= 4 && text.find(" of ") != text.npos &&
      std::isdigit(static_cast<unsigned char>(text.back()))) {
    return true;
  }
  // Social call-outs: "Follow her on Twitter @name", "Email the author at ...".
  if ((text.find("follow us") != text.npos || text.find("follow him") != text.npos ||
       text.find("follow her") != text.npos || text.find("follow them") != text.npos ||
       text.find("follow me") != text.npos || text.find("click here") != text.npos) &&
      words <= 30) {
    return true;
  }
  // Newsletter, social and affiliate notes anywhere in a short paragraph.
  if (words <= 30 && (text.find("newsletter") != text.npos) &&
      (text.find("sign up") != text.npos || text.find("subscribe") != text.npos ||
       text.find("inbox") != text.npos)) {
    return true;
  }
  if (text.find("commission") != text.npos &&
      (text.find("link") != text.npos || text.find("purchase") != text.npos ||
       text.find("affiliate") != text.npos)) {
    return true;
  }
  if (text.find("affiliate link") != text.npos || text.find("affiliate partner") != text.npos) {
    return true;
  }
  if (words <= 20 &&
      (text.find("getty images") != text.npos || text.find("shutterstock") != text.npos ||
       text.find("ap photo") != text.npos || text.find("/reuters") != text.npos ||
       text.find("photo credit") != text.npos)) {
    return true;
  }
  if (text.find("all rights reserved") != text.npos) return true;
  // A bare timestamp or date line: "Nov. 19, 2019 10:02 AM EST", "22 de
  // janeiro de 2018 às 0:13".
  if (words <= 10 && !EndsSentence(text) &&
      ((words <= 8 && HasClockTime(text)) || (HasYear(text) && words <= 5) ||
       (HasYear(text) && HasClockTime(text, false)))) {
    return true;
  }
  return false;
}

Result<std::vector<Article>> ParseHtml(std::string_view content, std::string_view source,
                                       std::vector<std::string>* warnings) {
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
  Page page(root);
  StructuredData data = ReadStructuredData(page.json_ld());

  Article article = NewArticle();
  article.id = FileStem(source);
  article.source = std::string(source);

  // URL: only web addresses; a script or data link must never reach a renderer.
  for (const std::optional<std::string>* candidate : {&meta.canonical, &meta.og_url, &data.url}) {
    if (!*candidate || article.url) continue;
    if (IsWebUrl(**candidate)) {
      article.url = **candidate;
    } else if (warnings != nullptr && (*candidate)->find(':') != std::string::npos &&
               !(*candidate)->starts_with("/")) {
      warnings->push_back(fmt::format("{}: URL \"{}\" dropped (only http and https are kept)",
                                      source, Abbreviate(**candidate)));
    }
  }

  // Outlet and title.
  if (meta.site_name && IsWebUrl(*meta.site_name)) {
    article.outlet = HostOf(*meta.site_name);  // og:site_name given as an address
  } else if (meta.site_name) {
    article.outlet = *meta.site_name;
  } else if (data.publisher) {
    article.outlet = *data.publisher;
  } else if (article.url) {
    article.outlet = HostOf(*article.url);
  }
  // The title: the headline as displayed (a visible <h1>, else <h2>, that
  // agrees with what the page states), else the stated titles in order.
  for (std::optional<std::string>* stated : {&data.headline, &meta.og_title, &meta.title_tag}) {
    if (*stated) *stated = CollapseWhitespace(DecodeCharacterReferences(**stated));
  }
  std::vector<std::vector<std::string>> stated;
  for (const std::optional<std::string>* t : {&data.headline, &meta.og_title, &meta.title_tag}) {
    if (*t) stated.push_back(TitleWords(StripSiteName(**t)));
  }
  std::optional<std::string> title;
  const PageMetadata::Heading* headline = nullptr;
  for (const PageMetadata::Heading& heading : meta.h1s) {
    if (IsDisplayedHeadline(heading.text, stated, kH1Share)) {
      headline = &heading;
      break;
    }
  }
  for (size_t i = 0; !headline && i < meta.h2s.size(); ++i) {
    if (IsDisplayedHeadline(meta.h2s[i].text, stated, kH2Share)) headline = &meta.h2s[i];
  }
  if (headline) title = headline->text;
  if (!title) title = data.headline ? data.headline : meta.og_title;
  // A heading that agrees with nothing stated comes after <title>.
  if (!title && meta.title_tag) title = StripSiteName(*meta.title_tag);
  if (!title && meta.h1) title = meta.h1;
  if (title && !article.outlet.empty() && title->size() > article.outlet.size() + 3) {
    // "Headline | Outlet" in og:title too.
    std::string stripped = StripSiteName(*title);
    if (stripped.size() < title->size() &&
        Lower(*title).find(Lower(article.outlet)) != std::string::npos) {
      title = stripped;
    }
  }
  article.title = title;

  // The article text.
  std::string_view title_text = article.title ? std::string_view(*article.title) : "";
  std::vector<int> containers = ChooseContainers(page, data);
  std::vector<std::string> paragraphs = Collect(page, containers, true, title_text);
  if (paragraphs.empty() && !containers.empty()) {
    paragraphs = Collect(page, containers, false, title_text);
  }
  if (paragraphs.empty() && data.body) paragraphs.push_back(*data.body);
  if (paragraphs.empty()) paragraphs = PageText(page);
  article.text = JoinParagraphs(paragraphs);
  if (article.text.empty()) {
    return InvalidInput(
        fmt::format("{}: {} (after removing scripts, navigation and other page furniture)", source,
                    kHtmlNoText));
  }

  // Publication time: the page's statements, else a <time> of the article.
  std::vector<std::string> stated_times = meta.published_all;
  if (data.published) stated_times.push_back(*data.published);
  for (std::string& time : stated_times) {
    // "November 19, 2019, 07:47 PM EST" in article:published_time.
    if (!ParseTimestamp(time)) {
      if (std::optional<std::string> iso = ParseDisplayedDate(time)) time = std::move(*iso);
    }
  }
  article.published = ChoosePublished(stated_times);
  if (!article.published) {
    std::vector<char> inside = InContainers(page, containers);
    for (const TimeElement& time : page.times()) {
      if (inside[time.node]) {
        article.published = time.datetime;
        break;
      }
    }
  }
  if (!article.published) {
    // A <time> in the article's header, before the text starts (or anywhere
    // when no container was found), never one in navigation or a list of
    // other stories.
    for (const TimeElement& time : page.times()) {
      if (!containers.empty() && time.node >= containers.front()) break;
      bool furniture = false;
      for (int up = time.node; up >= 0 && !furniture; up = page.nodes()[up].parent) {
        GumboTag tag = page.nodes()[up].tag;
        furniture = tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER ||
                    tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
      }
      if (!furniture) {
        article.published = time.datetime;
        break;
      }
    }
  }

  // The dateline the page displays under its headline, when it states no
  // time in markup.
  if (!article.published && headline) article.published = ParseDisplayedDate(headline->after);
  if (!article.published) article.published = meta.date_meta;

  if (meta.author) {
    article.author = meta.author;
  } else if (data.author) {
    article.author = data.author;
  }
  if (data.author && meta.author && meta.author->starts_with("http")) article.author = data.author;
  if (article.author && StartsWithIgnoreCase(*article.author, "by ")) {
    // A byline copied into the metadata: "By Jane Doe".
    std::string name(Trim(std::string_view(*article.author).substr(3)));
    article.author = name.empty() ? std::nullopt : std::optional<std::string>(name);
  }

  for (const std::optional<std::string>* candidate : {&meta.language, &data.language}) {
    if (*candidate && article.language.empty()) {
      if (auto code = LanguageCode(**candidate)) article.language = *code;
    }
  }

  std::vector<Article> articles;
  articles.push_back(std::move(article));
  return articles;
}

bool IsPageWithoutArticle(const Error& error) {
  return error.code() == ErrorCode::kInvalidInput &&
         error.message().find(kHtmlNoText) != std::string::npos;
}

}  // namespace crosswire::ingest::internal
