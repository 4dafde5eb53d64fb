#include <fmt/format.h>

#include "ingest/reader_util.h"

namespace crosswire::ingest::internal {

Result<std::vector<Article>> ParseHtml(std::string_view /*content*/, std::string_view source) {
  return Internal(fmt::format("{}: HTML reading is not implemented yet", source));
}

}  // namespace crosswire::ingest::internal
