// Building the compact WordNet table (wordnet_table.h) from the database
// files of Princeton WordNet 3.0 as Debian's `wordnet-base` installs them
// (index.noun, data.noun, noun.exc; the verb, adjective and adverb indexes
// and exception lists). Run at build time by
// crosswire_wordnet_table (wordnet_table_main.cc), whose output is embedded
// in the library; tests run it on the made-up fixture in testdata/wordnet.
// This is the one place that reads WordNet's own files.
#pragma once

#include <cstddef>
#include <string>

#include "crosswire/error.h"

namespace crosswire::wordnet {

struct TableStats {
  size_t lemmas = 0;          // lemmas of index.noun kept
  size_t likely_lemmas = 0;   // of which names and tagged nouns (searched first)
  size_t lemmas_unfound = 0;  // lines a binary search of the index does not reach (left out)
  size_t exceptions = 0;      // noun.exc forms kept (with a base form that is a lemma)
  size_t first_senses = 0;    // distinct first senses
  size_t groups = 0;          // first senses with members
  size_t related = 0;         // (group, related first sense) pairs
  size_t other_words = 0;     // verb, adjective and adverb forms (lemmas and exceptions)
  size_t bytes = 0;           // size of the table
};

// Reads `dir`/index.noun, data.noun and noun.exc, and index.verb, index.adj,
// index.adv, verb.exc, adj.exc and adv.exc where they are there, and returns
// the table.
// Errors: kNotFound naming the missing file; kDataLoss when a file cannot be
// mapped or is empty, or when a key or value does not fit the table's format
// (a lemma over 255 bytes, over 131,070 first senses).
Result<std::string> BuildTable(const std::string& dir, TableStats* stats = nullptr);

}  // namespace crosswire::wordnet
