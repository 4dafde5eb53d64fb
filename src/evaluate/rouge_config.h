// Parsing a ROUGE-1.5.5 XML configuration already in memory (see
// rouge_config.cc); ReadRougeConfig reads the file and calls this. Exposed for
// the fuzz harness and tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crosswire/evaluate.h"

namespace crosswire::rouge {

// `path` names the configuration in messages. Errors as ReadRougeConfig.
Result<std::vector<RougeEval>> ParseRougeConfig(std::string_view content, const std::string& path);

}  // namespace crosswire::rouge
