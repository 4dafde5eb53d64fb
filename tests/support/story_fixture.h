// Builds small in-memory stories for unit tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "crosswire/article.h"

namespace crosswire::testing {

// Articles named by id, with the id as outlet and source.
inline Story MakeStory(const std::vector<std::pair<std::string, std::string>>& articles) {
  Story story;
  story.id = "test";
  for (const auto& [id, text] : articles) {
    Article a;
    a.id = id;
    a.outlet = id;
    a.source = id + ".txt";
    a.text = text;
    story.articles.push_back(std::move(a));
  }
  return story;
}

}  // namespace crosswire::testing
