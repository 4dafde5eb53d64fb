// Internal pieces of the HTML reader exposed for its tests.
#pragma once

#include <string_view>

#include "crosswire/error.h"

namespace crosswire::ingest::internal {

// True for a paragraph of page furniture that sits inside article bodies: a
// call-out ("READ MORE: ...", "Related: ...", "DON'T MISS ..."), a newsletter,
// social or affiliate note, a byline ("By Jane Doe"), a dateline timestamp
// ("Published 10:02 AM EST"), a photo credit or a copyright line. Only short
// paragraphs (at most kMaxBoilerplateWords words) can be furniture: a sentence
// of the story that happens to start with "Related" is longer.
bool IsBoilerplateParagraph(std::string_view paragraph);
inline constexpr int kMaxBoilerplateWords = 40;

// The error of a page with no article (only navigation, a footer, nothing):
// "<file>: HTML page has no text (...)". In a story of several inputs such a
// page costs that page only: IsPageWithoutArticle lets the story reader skip
// it with a warning naming it, and build the story from the rest.
inline constexpr std::string_view kHtmlNoText = "HTML page has no text";
bool IsPageWithoutArticle(const Error& error);

}  // namespace crosswire::ingest::internal
