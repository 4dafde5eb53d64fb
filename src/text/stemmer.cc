// Snowball stemming through libstemmer.
//
// libstemmer keeps per-stemmer state, so a Stemmer owns one sb_stemmer and is
// not thread-safe. Languages are resolved by FindLanguage (language.cc).

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "crosswire/text.h"

namespace crosswire::text {
namespace {

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
  auto found = FindLanguage(language.empty() ? std::string_view("english") : language);
  if (!found) return std::unexpected(found.error());
  std::string name(found->name);
  sb_stemmer* stemmer = sb_stemmer_new(name.c_str(), "UTF_8");
  if (stemmer == nullptr) {
    return Internal("libstemmer has no stemmer for \"" + name +
                    "\"; it lists: " + SupportedLanguages());
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
  const sb_symbol* stemmed =
      sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (stemmed == nullptr) return std::string(word);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace crosswire::text
