// GUM's CoNLL-U files as training sentences.
//
// GUM marks every mention of an entity, named or not ("his", "the school",
// "Dr. William Glennie"), nested, in the MISC column: "Entity=(3-person-..."
// opens mention 3 at a token, "3)" closes it, "(9-place-...)" is a one-token
// mention. A news reader's named entity is a mention whose syntactic head
// (the token whose head lies outside the mention) is a proper noun; it is cut
// to its first..last proper-noun token ("the United Nations" → "United
// Nations"), and a named mention inside another ("Aberdeen" in "Aberdeen
// Grammar School") yields to the outer one.
#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <map>

#include "crosswire/tag.h"

namespace crosswire::tag {
namespace {

struct Token {
  std::string form, xpos, misc, deprel;
  bool proper = false;
  size_t head = 0;  // 1-based, 0 = root
};

struct Mention {
  size_t begin = 0, end = 0;  // token range [begin, end), 0-based
  std::string type;
};

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t a = 0;
  while (true) {
    const size_t b = s.find(sep, a);
    out.push_back(s.substr(a, b == std::string_view::npos ? std::string_view::npos : b - a));
    if (b == std::string_view::npos) return out;
    a = b + 1;
  }
}

std::string MapType(std::string_view gum) {
  if (gum == "person" || gum == "place" || gum == "organization") return std::string(gum);
  return "other";
}

// Mentions of one sentence from the MISC Entity fields; false on bad syntax.
bool ParseMentions(const std::vector<Token>& toks, std::vector<Mention>* out, size_t* bad) {
  std::map<std::string, std::vector<Mention>> open;  // id → open mentions (a stack)
  for (size_t t = 0; t < toks.size(); ++t) {
    std::string_view value;
    for (std::string_view field : Split(toks[t].misc, '|')) {
      if (field.starts_with("Entity=")) value = field.substr(7);
    }
    size_t j = 0;
    while (j < value.size()) {
      if (value[j] == '(') {
        const size_t e = value.find_first_of("()", j + 1);
        const std::string_view content =
            value.substr(j + 1, e == std::string_view::npos ? std::string_view::npos : e - j - 1);
        const auto parts = Split(content, '-');
        if (parts.size() < 2) {
          *bad = t;
          return false;
        }
        Mention m{t, t + 1, MapType(parts[1])};
        if (e != std::string_view::npos && value[e] == ')') {
          out->push_back(m);
          j = e + 1;
        } else {
          open[std::string(parts[0])].push_back(m);
          j = e == std::string_view::npos ? value.size() : e;
        }
      } else {
        const size_t e = value.find(')', j);
        if (e == std::string_view::npos) {
          *bad = t;
          return false;
        }
        auto it = open.find(std::string(value.substr(j, e - j)));
        if (it == open.end() || it->second.empty()) {
          *bad = t;
          return false;
        }
        Mention m = it->second.back();
        it->second.pop_back();
        m.end = t + 1;
        out->push_back(m);
        j = e + 1;
      }
    }
  }
  return true;
}

// BIO labels of the named mentions (see the file comment).
std::vector<std::string> NamedEntityLabels(const std::vector<Token>& toks,
                                           const std::vector<Mention>& mentions) {
  std::vector<Mention> named;
  for (const Mention& m : mentions) {
    size_t head = m.end;
    for (size_t t = m.begin; t < m.end; ++t) {
      const size_t h = toks[t].head;
      if (h == 0 || h - 1 < m.begin || h - 1 >= m.end) {
        head = t;
        break;
      }
    }
    if (head == m.end || !toks[head].proper) continue;
    size_t a = m.begin, b = m.end;
    while (a < b && !toks[a].proper) ++a;
    while (b > a && !toks[b - 1].proper) --b;
    named.push_back(Mention{a, b, m.type});
  }
  // Outermost first; equal spans keep the first listed.
  std::stable_sort(named.begin(), named.end(), [](const Mention& x, const Mention& y) {
    return x.end - x.begin > y.end - y.begin;
  });
  std::vector<std::string> labels(toks.size(), "O");
  std::vector<bool> taken(toks.size(), false);
  for (const Mention& m : named) {
    bool free = true;
    for (size_t t = m.begin; t < m.end; ++t) free = free && !taken[t];
    if (!free) continue;
    for (size_t t = m.begin; t < m.end; ++t) {
      taken[t] = true;
      labels[t] = (t == m.begin ? "B-" : "I-") + m.type;
    }
  }
  return labels;
}

}  // namespace

Result<std::vector<TaggedSentence>> ReadGumConllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFound(path + ": cannot open");
  std::vector<TaggedSentence> out;
  std::vector<Token> toks;
  size_t line_no = 0, sentence_line = 0;
  auto flush = [&]() -> Result<void> {
    if (toks.empty()) return {};
    std::vector<Mention> mentions;
    size_t bad = 0;
    if (!ParseMentions(toks, &mentions, &bad)) {
      return InvalidInput(path + ":" + std::to_string(sentence_line + bad) +
                          ": malformed Entity annotation");
    }
    TaggedSentence s;
    for (const Token& t : toks) {
      s.words.push_back(t.form);
      s.pos.push_back(t.xpos);
      s.heads.push_back(t.head);
      s.relations.push_back(t.deprel);
    }
    s.ner = NamedEntityLabels(toks, mentions);
    out.push_back(std::move(s));
    toks.clear();
    return {};
  };
  std::string line;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) {
      if (auto r = flush(); !r) return std::unexpected(r.error());
      continue;
    }
    if (line[0] == '#') continue;
    const auto cols = Split(line, '\t');
    if (cols.size() != 10) {
      return InvalidInput(path + ":" + std::to_string(line_no) + ": expected 10 columns, got " +
                          std::to_string(cols.size()));
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // multiword, empty node
    Token t;
    t.form = cols[1];
    t.xpos = cols[4];
    t.misc = cols[9];
    t.deprel = cols[7];
    t.proper = cols[3] == "PROPN";
    size_t head = 0;
    const auto r = std::from_chars(cols[6].data(), cols[6].data() + cols[6].size(), head);
    if (r.ec != std::errc() || r.ptr != cols[6].data() + cols[6].size()) {
      return InvalidInput(path + ":" + std::to_string(line_no) + ": bad HEAD column");
    }
    t.head = head;
    if (toks.empty()) sentence_line = line_no;
    toks.push_back(std::move(t));
  }
  if (auto r = flush(); !r) return std::unexpected(r.error());
  return out;
}

}  // namespace crosswire::tag

namespace crosswire::tag {

Result<std::vector<TaggedSentence>> ReadGumSplit(const std::string& gum_dir,
                                                 std::string_view split) {
  const std::string splits = gum_dir + "/splits.tsv";
  std::ifstream in(splits);
  if (!in) return NotFound(splits + ": cannot open");
  std::vector<TaggedSentence> out;
  std::string line;
  size_t line_no = 0, documents = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    const auto cols = Split(line, '\t');
    if (cols.size() != 2) {
      return InvalidInput(splits + ":" + std::to_string(line_no) + ": expected document<TAB>split");
    }
    if (cols[1] != split) continue;
    auto doc = ReadGumConllu(gum_dir + "/dep/" + std::string(cols[0]) + ".conllu");
    if (!doc) return std::unexpected(doc.error());
    for (auto& s : *doc) {
      s.document = documents;
      out.push_back(std::move(s));
    }
    ++documents;
  }
  if (out.empty()) return NotFound(splits + ": no document in split " + std::string(split));
  return out;
}

double Evaluation::TypeAccuracy(const Confusion& c, EntityType gold) {
  size_t right = 0, all = 0;
  for (size_t g = 1; g < 5; ++g) {
    if (gold != EntityType::kNone && g != static_cast<size_t>(gold)) continue;
    right += c[g][g];
    for (size_t p = 0; p < 5; ++p) all += c[g][p];
  }
  return all ? double(right) / double(all) : 0;
}

Evaluation Evaluate(const Tagger& tagger, const std::vector<TaggedSentence>& sentences) {
  Evaluation ev;
  // Per gold span, for document consistency: (document, folded name) → votes.
  struct Named {
    size_t document;
    std::string name;
    EntityType gold, predicted;
  };
  std::vector<Named> named;
  for (const TaggedSentence& s : sentences) {
    std::vector<std::string_view> words(s.words.begin(), s.words.end());
    const auto pos = tagger.PartsOfSpeech(words);
    for (size_t i = 0; i < pos.size(); ++i) ev.pos_correct += pos[i] == s.pos[i];
    ev.pos_total += pos.size();
    std::vector<std::string_view> gold_labels(s.ner.begin(), s.ner.end());
    const auto gold = SpansFromLabels(gold_labels);
    const auto predicted = tagger.Entities(words);
    for (const EntitySpan& g : gold) {
      ++ev.by_type[static_cast<size_t>(g.type)].gold;
      ++ev.by_type[0].gold;
    }
    for (const EntitySpan& p : predicted) {
      ++ev.by_type[static_cast<size_t>(p.type)].predicted;
      ++ev.by_type[0].predicted;
      if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
        ++ev.by_type[static_cast<size_t>(p.type)].correct;
        ++ev.by_type[0].correct;
      }
    }
    const auto span_types = tagger.SpanTypes(words, gold);
    for (size_t k = 0; k < gold.size(); ++k) {
      const EntitySpan& g = gold[k];
      EntityType overlapping = EntityType::kNone;
      size_t best = 0;
      for (const EntitySpan& p : predicted) {
        const size_t lo = std::max(g.begin, p.begin), hi = std::min(g.end, p.end);
        if (hi > lo && hi - lo > best) {
          best = hi - lo;
          overlapping = p.type;
        }
      }
      const auto gi = static_cast<size_t>(g.type);
      ++ev.tagger_types[gi][static_cast<size_t>(overlapping)];
      ++ev.span_types[gi][static_cast<size_t>(span_types[k])];
      std::string name;
      for (size_t i = g.begin; i < g.end; ++i) {
        if (!name.empty()) name += ' ';
        for (char c : s.words[i]) name += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
      }
      named.push_back(Named{s.document, std::move(name), g.type, span_types[k]});
    }
  }
  std::map<std::pair<size_t, std::string>, std::array<size_t, 5>> votes;
  for (const Named& n : named) ++votes[{n.document, n.name}][static_cast<size_t>(n.predicted)];
  for (const Named& n : named) {
    const auto& v = votes[{n.document, n.name}];
    // Most votes; a tie keeps the mention's own type.
    size_t type = static_cast<size_t>(n.predicted);
    for (size_t t = 1; t < 5; ++t) {
      if (v[t] > v[type]) type = t;
    }
    ++ev.document_types[static_cast<size_t>(n.gold)][type];
  }
  return ev;
}

}  // namespace crosswire::tag
