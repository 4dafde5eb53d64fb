// Where the summaries come from: ROUGE-1.5.5's XML configuration, its -z file
// list, and crosswire's directory pairing.
//
// The XML reader is a small recursive-descent parser for the subset the
// configuration uses (elements, attributes, text, comments, declarations,
// the five entities and numeric references). It walks the tree as the Perl
// readEvals does: an <EVAL ID> opens (or reopens) an evaluation; inside it,
// INPUT-FORMAT, PEER-ROOT, MODEL-ROOT, PEERS/P and MODELS/M are read at any
// depth; text is trimmed of surrounding whitespace; a file is ROOT/NAME.
// Models keep document order (ROUGE's MIDList). Deviations: a missing
// INPUT-FORMAT means SPL (Perl dies later), and a missing root means the
// file name is used as is (Perl would make it "/NAME").
#include "rouge_config.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crosswire/evaluate.h"
#include "rouge_text.h"

namespace crosswire {
namespace {

struct XmlNode {
  bool is_text = false;
  std::string name;  // element name
  std::string text;  // text content for text nodes
  std::map<std::string, std::string> attributes;
  std::vector<XmlNode> children;
  int line = 0;
};

class XmlParser {
 public:
  XmlParser(std::string_view input, std::string path) : in_(input), path_(std::move(path)) {}

  Result<XmlNode> ParseDocument() {
    XmlNode root;
    root.name = "#document";
    if (auto status = ParseContent(root, "", 0); !status) return std::unexpected(status.error());
    return root;
  }

 private:
  // Counted incrementally (pos_ only moves forward): recounting from the
  // start for every node made large configurations quadratic.
  int Line() {
    if (pos_ < counted_to_) {
      counted_to_ = 0;
      counted_line_ = 1;
    }
    counted_line_ +=
        static_cast<int>(std::count(in_.begin() + static_cast<std::ptrdiff_t>(counted_to_),
                                    in_.begin() + static_cast<std::ptrdiff_t>(pos_), '\n'));
    counted_to_ = pos_;
    return counted_line_;
  }

  std::unexpected<Error> Fail(const std::string& what) {
    return InvalidInput(path_ + ":" + std::to_string(Line()) + ": " + what);
  }

  static std::string Decode(std::string_view raw) {
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') {
        out += raw[i];
        continue;
      }
      // Entities are short; a bounded search keeps "&&&&…" linear.
      size_t semi = raw.substr(0, i + 16).find(';', i);
      if (semi == std::string_view::npos) {
        out += raw[i];
        continue;
      }
      std::string_view ent = raw.substr(i + 1, semi - i - 1);
      if (ent == "lt")
        out += '<';
      else if (ent == "gt")
        out += '>';
      else if (ent == "amp")
        out += '&';
      else if (ent == "quot")
        out += '"';
      else if (ent == "apos")
        out += '\'';
      else if (!ent.empty() && ent[0] == '#') {
        // A numeric reference; one that is malformed or not a Unicode scalar
        // value becomes U+FFFD (std::stoul would throw on "&#x;").
        bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
        std::string_view digits = ent.substr(hex ? 2 : 1);
        unsigned long code = digits.empty() ? 0xFFFD : 0;
        for (char d : digits) {
          int v = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                  : hex && std::isxdigit(static_cast<unsigned char>(d))
                      ? std::tolower(static_cast<unsigned char>(d)) - 'a' + 10
                      : -1;
          if (v < 0 || code > 0x10FFFF) {
            code = 0xFFFD;
            break;
          }
          code = code * (hex ? 16 : 10) + static_cast<unsigned long>(v);
        }
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) || code == 0) code = 0xFFFD;
        if (code < 0x80) {
          out += static_cast<char>(code);
        } else if (code < 0x800) {
          out += static_cast<char>(0xC0 | (code >> 6));
          out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
          out += static_cast<char>(0xE0 | (code >> 12));
          out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
          out += static_cast<char>(0xF0 | (code >> 18));
          out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
          out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (code & 0x3F));
        }
      } else {
        out.append(raw.substr(i, semi - i + 1));
      }
      i = semi;
    }
    return out;
  }

  bool StartsWith(std::string_view s) const { return in_.substr(pos_, s.size()) == s; }

  Result<bool> Skip(std::string_view terminator, const char* what) {
    size_t end = in_.find(terminator, pos_);
    if (end == std::string_view::npos) return Fail(std::string("unterminated ") + what);
    pos_ = end + terminator.size();
    return true;
  }

  // Parses children of `parent` until "</close>" (or end of input for the
  // document). `depth` is parent's nesting; the parser recurses once per
  // level, so the depth is bounded before the stack is.
  Result<bool> ParseContent(XmlNode& parent, const std::string& close, int depth) {
    while (pos_ < in_.size()) {
      if (in_[pos_] != '<') {
        size_t end = in_.find('<', pos_);
        if (end == std::string_view::npos) end = in_.size();
        XmlNode text;
        text.is_text = true;
        text.line = Line();
        text.text = Decode(in_.substr(pos_, end - pos_));
        parent.children.push_back(std::move(text));
        pos_ = end;
        continue;
      }
      if (StartsWith("<!--")) {
        if (auto s = Skip("-->", "comment"); !s) return s;
      } else if (StartsWith("<?")) {
        if (auto s = Skip("?>", "declaration"); !s) return s;
      } else if (StartsWith("<![CDATA[")) {
        size_t end = in_.find("]]>", pos_);
        if (end == std::string_view::npos) return Fail("unterminated CDATA section");
        XmlNode text;
        text.is_text = true;
        text.text = std::string(in_.substr(pos_ + 9, end - pos_ - 9));
        parent.children.push_back(std::move(text));
        pos_ = end + 3;
      } else if (StartsWith("<!")) {
        if (auto s = Skip(">", "declaration"); !s) return s;
      } else if (StartsWith("</")) {
        size_t end = in_.find('>', pos_);
        if (end == std::string_view::npos) return Fail("unterminated end tag");
        std::string name(in_.substr(pos_ + 2, end - pos_ - 2));
        while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())))
          name.pop_back();
        if (name != close) {
          return Fail("end tag </" + name + "> does not match <" +
                      (close.empty() ? std::string("(none)") : close) + ">");
        }
        pos_ = end + 1;
        return true;
      } else {
        if (depth + 1 > kMaxRougeConfigDepth) {
          return std::unexpected(
              Error(ErrorCode::kResourceExhausted,
                    path_ + ":" + std::to_string(Line()) + ": elements nested deeper than " +
                        std::to_string(kMaxRougeConfigDepth) + " (kMaxRougeConfigDepth)"));
        }
        auto element = ParseElement(depth + 1);
        if (!element) return std::unexpected(element.error());
        parent.children.push_back(std::move(*element));
      }
    }
    if (!close.empty()) return Fail("missing end tag </" + close + ">");
    return true;
  }

  Result<XmlNode> ParseElement(int depth) {
    XmlNode node;
    node.line = Line();
    ++pos_;  // '<'
    auto is_name = [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
             c == '.';
    };
    size_t start = pos_;
    while (pos_ < in_.size() && is_name(in_[pos_])) ++pos_;
    node.name = std::string(in_.substr(start, pos_ - start));
    if (node.name.empty()) return Fail("malformed tag");
    while (true) {
      while (pos_ < in_.size() && std::isspace(static_cast<unsigned char>(in_[pos_]))) ++pos_;
      if (pos_ >= in_.size()) return Fail("unterminated tag <" + node.name + ">");
      if (StartsWith("/>")) {
        pos_ += 2;
        return node;
      }
      if (in_[pos_] == '>') {
        ++pos_;
        break;
      }
      start = pos_;
      while (pos_ < in_.size() && is_name(in_[pos_])) ++pos_;
      std::string attr(in_.substr(start, pos_ - start));
      while (pos_ < in_.size() && std::isspace(static_cast<unsigned char>(in_[pos_]))) ++pos_;
      if (attr.empty() || pos_ >= in_.size() || in_[pos_] != '=') {
        return Fail("malformed attribute in <" + node.name + ">");
      }
      ++pos_;
      while (pos_ < in_.size() && std::isspace(static_cast<unsigned char>(in_[pos_]))) ++pos_;
      if (pos_ >= in_.size() || (in_[pos_] != '"' && in_[pos_] != '\'')) {
        return Fail("attribute " + attr + " of <" + node.name + "> must be quoted");
      }
      char quote = in_[pos_++];
      size_t end = in_.find(quote, pos_);
      if (end == std::string_view::npos) return Fail("unterminated attribute value");
      node.attributes[attr] = Decode(in_.substr(pos_, end - pos_));
      pos_ = end + 1;
    }
    if (auto status = ParseContent(node, node.name, depth); !status) {
      return std::unexpected(status.error());
    }
    return node;
  }

  std::string_view in_;
  std::string path_;
  size_t pos_ = 0;
  size_t counted_to_ = 0;
  int counted_line_ = 1;
};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string TrimSpace(const std::string& s) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::optional<RougeInputFormat> FormatFromName(const std::string& name) {
  std::string u = Upper(name);
  if (u == "SPL") return RougeInputFormat::kSpl;
  if (u == "SEE") return RougeInputFormat::kSee;
  if (u == "ISI") return RougeInputFormat::kIsi;
  if (u == "SIMPLE") return RougeInputFormat::kSimple;
  return std::nullopt;
}

struct EvalBuilder {
  std::string id;
  int line = 0;  // of its first <EVAL>
  RougeInputFormat format = RougeInputFormat::kSpl;
  std::optional<std::string> peer_root;
  std::optional<std::string> model_root;
  std::map<std::string, std::string> peers;
  std::vector<std::string> model_ids;
  std::map<std::string, std::string> model_files;
};

struct ConfigWalker {
  std::string path;
  std::vector<EvalBuilder> evals;
  std::map<std::string, size_t> index;

  EvalBuilder* Find(const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &evals[it->second];
  }

  static std::string TextOf(const XmlNode& node) {
    std::string last;
    for (const XmlNode& child : node.children) {
      if (child.is_text) last = TrimSpace(child.text);
    }
    return last;
  }

  std::unexpected<Error> Fail(const XmlNode& node, const std::string& what) {
    return InvalidInput(path + ":" + std::to_string(node.line) + ": " + what);
  }

  Result<bool> Walk(const XmlNode& node, const std::string& eval_id) {
    if (node.is_text) return true;
    const std::string name = Upper(node.name);
    auto need_eval = [&]() -> Result<EvalBuilder*> {
      EvalBuilder* eval = Find(eval_id);
      if (eval == nullptr) return Fail(node, "<" + node.name + "> outside an <EVAL>");
      return eval;
    };
    if (name == "EVAL") {
      auto it = node.attributes.find("ID");
      if (it == node.attributes.end()) return Fail(node, "<EVAL> has no ID attribute");
      if (Find(it->second) == nullptr) {
        index[it->second] = evals.size();
        EvalBuilder builder;
        builder.id = it->second;
        builder.line = node.line;
        evals.push_back(std::move(builder));
      }
      for (const XmlNode& child : node.children) {
        if (auto s = Walk(child, it->second); !s) return s;
      }
      return true;
    }
    if (name == "INPUT-FORMAT") {
      auto eval = need_eval();
      if (!eval) return std::unexpected(eval.error());
      auto it = node.attributes.find("TYPE");
      std::string type = it == node.attributes.end() ? "" : it->second;
      auto format = FormatFromName(type);
      if (!format)
        return Fail(node, "unknown input type \"" + Abbreviate(type) +
                              "\" (expected SEE, SPL, ISI or SIMPLE)");
      (*eval)->format = *format;
      return true;
    }
    if (name == "PEER-ROOT" || name == "MODEL-ROOT") {
      auto eval = need_eval();
      if (!eval) return std::unexpected(eval.error());
      (name == "PEER-ROOT" ? (*eval)->peer_root : (*eval)->model_root) = TextOf(node);
      return true;
    }
    if (name == "PEERS" || name == "MODELS") {
      auto eval = need_eval();
      if (!eval) return std::unexpected(eval.error());
      const std::string item = name == "PEERS" ? "P" : "M";
      for (const XmlNode& child : node.children) {
        if (child.is_text || Upper(child.name) != item) continue;
        auto it = child.attributes.find("ID");
        if (it == child.attributes.end())
          return Fail(child, "<" + child.name + "> has no ID attribute");
        if (item == "P") {
          (*eval)->peers[it->second] = TextOf(child);
        } else {
          (*eval)->model_ids.push_back(it->second);
          (*eval)->model_files[it->second] = TextOf(child);
        }
      }
      return true;
    }
    for (const XmlNode& child : node.children) {
      if (auto s = Walk(child, eval_id); !s) return s;
    }
    return true;
  }
};

std::string JoinRoot(const std::optional<std::string>& root, const std::string& file) {
  if (!root || root->empty()) return file;
  return *root + "/" + file;
}

Result<std::string> ReadWholeFile(const std::string& path, const char* what) {
  return rouge::ReadBoundedFile(path, what);
}

}  // namespace

Result<std::vector<RougeEval>> ReadRougeConfig(const std::string& path) {
  auto content = ReadWholeFile(path, "ROUGE configuration");
  if (!content) return std::unexpected(content.error());
  return rouge::ParseRougeConfig(*content, path);
}

Result<std::vector<RougeEval>> rouge::ParseRougeConfig(std::string_view content,
                                                       const std::string& path) {
  XmlParser parser(content, path);
  auto root = parser.ParseDocument();
  if (!root) return std::unexpected(root.error());
  ConfigWalker walker{.path = path, .evals = {}, .index = {}};
  if (auto s = walker.Walk(*root, ""); !s) return std::unexpected(s.error());
  if (walker.evals.empty()) return InvalidInput(path + ": no <EVAL> element in the configuration");
  // ROUGE-1.5.5 scores an evaluation without models as 0 and one without
  // peers as nothing, silently; both are mistakes in the configuration.
  bool any_peer = false;
  for (const EvalBuilder& b : walker.evals) {
    if (b.model_ids.empty()) {
      return InvalidInput(path + ":" + std::to_string(b.line) + ": <EVAL ID=\"" + Abbreviate(b.id) +
                          "\"> has no model summaries (<MODELS><M ID=...>file</M></MODELS>)");
    }
    any_peer = any_peer || !b.peers.empty();
  }
  if (!any_peer) {
    return InvalidInput(
        path + ": no <EVAL> has peer summaries to score (<PEERS><P ID=...>file</P></PEERS>)");
  }
  std::vector<RougeEval> evals;
  for (EvalBuilder& b : walker.evals) {
    RougeEval eval;
    eval.id = b.id;
    eval.format = b.format;
    for (const auto& [peer_id, file] : b.peers) eval.peers[peer_id] = JoinRoot(b.peer_root, file);
    for (const std::string& model_id : b.model_ids) {
      eval.models.emplace_back(model_id, JoinRoot(b.model_root, b.model_files[model_id]));
    }
    evals.push_back(std::move(eval));
  }
  return evals;
}

Result<std::vector<RougeEval>> ReadRougeFileList(const std::string& path, RougeInputFormat format,
                                                 const std::string& system_id) {
  auto content = ReadWholeFile(path, "ROUGE file list");
  if (!content) return std::unexpected(content.error());
  std::vector<RougeEval> evals;
  std::istringstream lines(*content);
  std::string line;
  int line_number = 0;
  while (std::getline(lines, line)) {
    ++line_number;
    if (!line.empty() && line[0] == '#') continue;
    std::istringstream words(line);
    std::vector<std::string> files;
    for (std::string w; words >> w;) files.push_back(w);
    if (files.empty()) continue;
    if (files.size() < 2) {
      return InvalidInput(path + ":" + std::to_string(line_number) +
                          ": a file list line needs a peer and at least one model");
    }
    RougeEval eval;
    eval.id = std::to_string(evals.size() + 1);
    eval.format = format;
    eval.peers[system_id] = files[0];
    for (size_t i = 1; i < files.size(); ++i) {
      eval.models.emplace_back("M." + std::to_string(i), files[i]);
    }
    evals.push_back(std::move(eval));
  }
  if (evals.empty()) return InvalidInput(path + ": the file list names no summaries");
  return evals;
}

Result<std::vector<RougeEval>> PairSummaryDirectories(const std::string& system_dir,
                                                      const std::string& reference_dir,
                                                      RougeInputFormat format) {
  namespace fs = std::filesystem;
  auto list = [](const std::string& dir, const char* what) -> Result<std::vector<std::string>> {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      return NotFound(std::string(what) + " directory not found: " + dir);
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::string name = entry.path().filename().string();
      if (name.empty() || name[0] == '.' || !entry.is_regular_file()) continue;
      names.push_back(name);
    }
    if (ec)
      return DataLoss(std::string("cannot list ") + what + " directory " + dir + ": " +
                      ec.message());
    std::sort(names.begin(), names.end());
    return names;
  };
  auto systems = list(system_dir, "system");
  if (!systems) return std::unexpected(systems.error());
  auto references = list(reference_dir, "reference");
  if (!references) return std::unexpected(references.error());
  if (systems->empty()) return InvalidInput("system directory " + system_dir + " holds no files");

  std::map<std::string, RougeEval> by_topic;
  for (const std::string& name : *references) {
    std::string topic = name.substr(0, name.find('.'));
    RougeEval& eval = by_topic[topic];
    eval.id = topic;
    eval.format = format;
    const size_t k = eval.models.size();
    std::string label =
        k < 26 ? std::string(1, static_cast<char>('A' + k)) : "M" + std::to_string(k + 1);
    eval.models.emplace_back(label, reference_dir + "/" + name);
  }
  for (const std::string& name : *systems) {
    size_t dot = name.find('.');
    if (dot == std::string::npos || dot + 1 == name.size()) {
      return InvalidInput("system file " + system_dir + "/" + name +
                          " has no system id: expected TOPIC.SYSTEM, e.g. D0601.sys12");
    }
    std::string topic = name.substr(0, dot);
    auto it = by_topic.find(topic);
    if (it == by_topic.end()) {
      return InvalidInput("system file " + system_dir + "/" + name + ": no reference for topic " +
                          topic + " in " + reference_dir);
    }
    it->second.peers[name.substr(dot + 1)] = system_dir + "/" + name;
  }
  std::vector<RougeEval> evals;
  for (auto& [topic, eval] : by_topic) evals.push_back(std::move(eval));
  return evals;
}

}  // namespace crosswire
