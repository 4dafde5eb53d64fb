// crosswire_wordnet_table DIR OUT: writes the compact WordNet table
// (wordnet_table.h) built from DIR's index.noun, data.noun and noun.exc to
// OUT. Run by the build (src/tag/CMakeLists.txt); prints what it kept.
#include <cstdio>
#include <fstream>
#include <string>

#include "wordnet_build.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: crosswire_wordnet_table WORDNET_DIR OUT\n");
    return 2;
  }
  crosswire::wordnet::TableStats stats;
  auto table = crosswire::wordnet::BuildTable(argv[1], &stats);
  if (!table) {
    std::fprintf(stderr, "crosswire_wordnet_table: error: %s\n", table.error().message().c_str());
    return 1;
  }
  const std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(table->data(), static_cast<std::streamsize>(table->size()));
    if (!out) {
      std::fprintf(stderr, "crosswire_wordnet_table: error: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[2]) != 0) {
    std::fprintf(stderr, "crosswire_wordnet_table: error: cannot rename %s\n", tmp.c_str());
    return 1;
  }
  std::printf(
      "crosswire_wordnet_table: %zu lemmas (%zu likely, %zu unreachable by search and left "
      "out), %zu "
      "exceptions, %zu first senses, %zu groups relating %zu pairs: %zu bytes\n",
      stats.lemmas, stats.likely_lemmas, stats.lemmas_unfound, stats.exceptions, stats.first_senses,
      stats.groups, stats.related, stats.bytes);
  return 0;
}
