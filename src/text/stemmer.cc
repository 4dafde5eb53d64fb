// Snowball stemming through libstemmer.
//
// libstemmer keeps per-stemmer state, so a Stemmer owns one sb_stemmer and is
// not thread-safe. Languages are accepted by Snowball name ("english") or by
// ISO 639-1/639-3 code ("en", "eng"); the alias table below maps codes to the
// Snowball names that libstemmer 2.x knows.

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

struct LanguageAlias {
  std::string_view code;
  std::string_view snowball;
};

constexpr std::array<LanguageAlias, 58> kLanguageAliases = {{
    {"ar", "arabic"},     {"ara", "arabic"},      {"hy", "armenian"},   {"hye", "armenian"},
    {"eu", "basque"},     {"eus", "basque"},      {"ca", "catalan"},    {"cat", "catalan"},
    {"da", "danish"},     {"dan", "danish"},      {"nl", "dutch"},      {"nld", "dutch"},
    {"en", "english"},    {"eng", "english"},     {"fi", "finnish"},    {"fin", "finnish"},
    {"fr", "french"},     {"fra", "french"},      {"de", "german"},     {"deu", "german"},
    {"el", "greek"},      {"ell", "greek"},       {"hi", "hindi"},      {"hin", "hindi"},
    {"hu", "hungarian"},  {"hun", "hungarian"},   {"id", "indonesian"}, {"ind", "indonesian"},
    {"ga", "irish"},      {"gle", "irish"},       {"it", "italian"},    {"ita", "italian"},
    {"lt", "lithuanian"}, {"lit", "lithuanian"},  {"ne", "nepali"},     {"nep", "nepali"},
    {"no", "norwegian"},  {"nb", "norwegian"},    {"nor", "norwegian"}, {"pt", "portuguese"},
    {"por", "portuguese"}, {"ro", "romanian"},    {"ron", "romanian"},  {"ru", "russian"},
    {"rus", "russian"},   {"sr", "serbian"},      {"srp", "serbian"},   {"es", "spanish"},
    {"spa", "spanish"},   {"sv", "swedish"},      {"swe", "swedish"},   {"ta", "tamil"},
    {"tam", "tamil"},     {"tr", "turkish"},      {"tur", "turkish"},   {"yi", "yiddish"},
    {"yid", "yiddish"},   {"porter", "porter"},
}};

std::string SupportedLanguages() {
  std::string out;
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) {
    if (!out.empty()) out += ", ";
    out += *name;
  }
  return out;
}

}  // namespace

struct Stemmer::Impl {
  sb_stemmer* stemmer = nullptr;
  ~Impl() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
};

Result<Stemmer> Stemmer::Create(std::string_view language) {
  std::string name = FoldCase(language);
  if (name.empty()) name = "english";
  for (const LanguageAlias& alias : kLanguageAliases) {
    if (alias.code == name) {
      name = std::string(alias.snowball);
      break;
    }
  }
  bool known = false;
  for (const char** listed = sb_stemmer_list(); *listed != nullptr; ++listed) {
    if (name == *listed) known = true;
  }
  sb_stemmer* stemmer = known ? sb_stemmer_new(name.c_str(), "UTF_8") : nullptr;
  if (stemmer == nullptr) {
    return InvalidInput("unknown stemmer language \"" + Abbreviate(language) +
                        "\"; supported: " + SupportedLanguages() +
                        " (or their ISO 639 codes, e.g. en, de)");
  }
  auto impl = std::make_unique<Impl>();
  impl->stemmer = stemmer;
  return Stemmer(std::move(impl));
}

Stemmer::Stemmer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;
Stemmer::~Stemmer() = default;

std::string Stemmer::Stem(std::string_view word) {
  if (word.empty() || impl_ == nullptr) return std::string(word);
  const sb_symbol* stemmed = sb_stemmer_stem(
      impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
      static_cast<int>(word.size()));
  if (stemmed == nullptr) return std::string(word);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace crosswire::text
