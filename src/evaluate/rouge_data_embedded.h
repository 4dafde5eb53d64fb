// ROUGE's data files (data/rouge/), compiled into the binary by CMake.
#pragma once

#include <string_view>

namespace crosswire::rouge {

// The contents of data/rouge/<relative_path>, or "" when not embedded.
std::string_view EmbeddedRougeFile(std::string_view relative_path);

}  // namespace crosswire::rouge
