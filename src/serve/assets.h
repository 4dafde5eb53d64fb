// The files of web/static/, embedded at build time (embed_assets.cmake writes
// assets_data.cc). Requests are answered from this table only: no request
// path ever reaches the file system.
#pragma once

#include <cstddef>
#include <string_view>

namespace crosswire::serve {

struct Asset {
  std::string_view path;  // relative to web/static/, "/"-separated: "index.html", "css/app.css"
  std::string_view content_type;
  std::string_view bytes;
};

// Every embedded file, sorted by path.
const Asset* EmbeddedAssets(size_t* count);

// The asset at `path` (exact match), or null.
const Asset* FindAsset(std::string_view path);

}  // namespace crosswire::serve
