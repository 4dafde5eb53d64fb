// The Porter stemmer exactly as ROUGE-1.5.5 ships it (see porter_stemmer.cc).
#pragma once

#include <string>

namespace crosswire::rouge {

// Stems one lowercase ASCII word with ROUGE-1.5.5's variant of Porter (1980).
// Words shorter than 3 bytes come back unchanged. Thread-safe.
std::string PorterStem(std::string word);

}  // namespace crosswire::rouge
