// The `crosswire evaluate` command line: ROUGE-1.5.5's getopt-style flags
// ('ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:' in Perl's Getopt::Std: bundling,
// attached or separate values, a value may start with '-', as in "-2 -1")
// plus crosswire's long options. Everything is validated here, once.
#include <charconv>
#include <cstdlib>

#include "crosswire/evaluate.h"

namespace crosswire {
namespace {

std::unexpected<Error> OptionError(const std::string& option, const std::string& what) {
  return InvalidInput("option " + option + ": " + what);
}

Result<int64_t> ParseInteger(const std::string& option, const std::string& text) {
  int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) {
    return OptionError(option, "expected an integer, got \"" + Abbreviate(text) + "\"");
  }
  return value;
}

Result<double> ParseNumber(const std::string& option, const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size()) {
    return OptionError(option, "expected a number, got \"" + Abbreviate(text) + "\"");
  }
  return value;
}

}  // namespace

std::string RougeUsage() {
  return R"(Usage: crosswire evaluate [options] CONFIG.xml [SYSTEM-ID]
       crosswire evaluate --system DIR --references DIR [options]

ROUGE-1.5.5 options (same meaning and defaults as the Perl script):
  -a            evaluate all systems in CONFIG (implied with --system)
  -n N          compute ROUGE-1 .. ROUGE-N (default: none)
  -x            do not compute ROUGE-L
  -w W          compute ROUGE-W with weight W > 0 (e.g. 1.2)
  -2 D          compute ROUGE-S with skip distance D (D < 0: unlimited)
  -u            ROUGE-SU: include unigrams in skip bigrams (with -2)
  -U            print both ROUGE-S and ROUGE-SU (with -2)
  -m            Porter stemmer (+ WordNet exception list) on words > 3 chars
  -s            remove stop words
  -l N | -b N   use only the first N words | bytes of each summary
  -c CF         CF% confidence interval, 0..100 (default 95)
  -r N          bootstrap resamples (default 1000)
  -f A|B        A: average over references (default), B: best reference
  -p ALPHA      F-measure weight 0..1 (default 0.5)
  -t 0|1|2      0: average summary scores, 1: corpus token counts, 2: raw counts
  -d            print per-summary scores
  -z FORMAT     SEE|SPL|ISI|SIMPLE; with CONFIG, CONFIG is a ROUGE file list
  -e DIR        ROUGE data directory (same as --rouge-data)
crosswire options:
  --system DIR, --references DIR   pair files by topic (name before the first dot)
  --rouge-data DIR                 read smart_common_words.txt and
                                   WordNet-2.0-Exceptions/*.exc from DIR
                                   (default: built in; env CROSSWIRE_ROUGE_DATA)
  --stem-exceptions full|none      exception list used by -m (default full)
  --unicode                        keep letters and digits of every script
  --format text|json               output layout (default text, as ROUGE-1.5.5)
  --threads N                      worker threads (default: all cores)
  -h, --help                       this text
)";
}

namespace {

// The flags alone, validated against each other; what is to be scored is checked by the callers.
Result<RougeCommandLine> ParseFlags(const std::vector<std::string>& args) {
  RougeCommandLine cl;
  RougeOptions& o = cl.rouge;
  bool have_l = false;
  bool have_b = false;
  const std::string kFlags = "ahHdmsuUvxM";
  const std::string kValued = "bceflnptr23wz";
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) == 0 && arg.size() > 2) {
      std::string name = arg.substr(2);
      std::string value;
      bool has_value = false;
      if (size_t eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_value = true;
      }
      auto take = [&]() -> Result<std::string> {
        if (has_value) return value;
        if (i + 1 >= args.size()) return OptionError("--" + name, "needs a value");
        return args[++i];
      };
      if (name == "help") {
        cl.help = true;
      } else if (name == "unicode") {
        o.unicode = true;
      } else if (name == "system" || name == "references" || name == "rouge-data" ||
                 name == "stem-exceptions" || name == "format" || name == "threads") {
        auto v = take();
        if (!v) return std::unexpected(v.error());
        if (name == "system") {
          cl.system_dir = *v;
        } else if (name == "references") {
          cl.reference_dir = *v;
        } else if (name == "rouge-data") {
          cl.data_dir = *v;
        } else if (name == "stem-exceptions") {
          if (*v == "full")
            cl.exceptions = StemExceptions::kFull;
          else if (*v == "none")
            cl.exceptions = StemExceptions::kNone;
          else
            return OptionError("--stem-exceptions",
                               "expected full or none, got \"" + Abbreviate(*v) + "\"");
        } else if (name == "format") {
          if (*v == "json")
            cl.json = true;
          else if (*v == "text")
            cl.json = false;
          else
            return OptionError("--format", "expected text or json, got \"" + Abbreviate(*v) + "\"");
        } else {
          auto n = ParseInteger("--threads", *v);
          if (!n) return std::unexpected(n.error());
          if (*n < 0 || *n > 1024) return OptionError("--threads", "must be within 0 and 1024");
          o.threads = static_cast<int>(*n);
        }
      } else {
        return InvalidInput("unknown option --" + name + " (see --help)");
      }
      continue;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      cl.positional.push_back(arg);
      continue;
    }
    for (size_t k = 1; k < arg.size(); ++k) {
      const char c = arg[k];
      const std::string option = std::string("-") + c;
      if (kFlags.find(c) != std::string::npos) {
        switch (c) {
          case 'a':
            cl.all_systems = true;
            break;
          case 'h':
          case 'H':
            cl.help = true;
            break;
          case 'd':
            o.per_eval = true;
            break;
          case 'm':
            o.stem = true;
            break;
          case 's':
            o.remove_stopwords = true;
            break;
          case 'u':
            o.skip_unigrams = true;
            break;
          case 'U':
            o.skip_both = true;
            break;
          case 'v':
            break;  // Perl's debug trace; nothing to print here
          case 'x':
            o.compute_lcs = false;
            break;
          case 'M':
            return OptionError(option, "model-only stemming is not supported");
        }
        continue;
      }
      if (kValued.find(c) == std::string::npos) {
        return InvalidInput("unknown option " + option + " (see --help)");
      }
      std::string value;
      if (k + 1 < arg.size()) {
        value = arg.substr(k + 1);
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        return OptionError(option, "needs a value");
      }
      k = arg.size();  // the value ends this argument
      switch (c) {
        case 'n':
        case 'l':
        case 'b':
        case 'r':
        case 't':
        case '2': {
          auto n = ParseInteger(option, value);
          if (!n) return std::unexpected(n.error());
          if (c == 'n') {
            if (*n < 0 || *n > 100)
              return OptionError(option, "max n-gram must be within 0 and 100, got " + value);
            o.max_ngram = static_cast<int>(*n);
          } else if (c == 'l') {
            if (*n < 0) return OptionError(option, "word limit must be >= 0, got " + value);
            o.length_limit_words = *n;
            have_l = true;
          } else if (c == 'b') {
            if (*n < 0) return OptionError(option, "byte limit must be >= 0, got " + value);
            o.length_limit_bytes = *n;
            have_b = true;
          } else if (c == 'r') {
            if (*n < 1) return OptionError(option, "resamples must be >= 1, got " + value);
            if (*n > kMaxRougeResamples) {
              return OptionError(option, value + " resamples, over the limit of " +
                                             std::to_string(kMaxRougeResamples) +
                                             " (kMaxRougeResamples)");
            }
            o.resamples = static_cast<int>(*n);
          } else if (c == 't') {
            if (*n < 0 || *n > 2)
              return OptionError(option, "counting unit must be 0, 1 or 2, got " + value);
            o.counting_unit = static_cast<int>(*n);
          } else {
            if (*n < -1000000 || *n > 1000000)
              return OptionError(option, "skip distance out of range: " + value);
            o.skip_distance = static_cast<int>(*n);
            o.skip_distance_text = value;
          }
          break;
        }
        case 'c':
        case 'p':
        case 'w': {
          auto x = ParseNumber(option, value);
          if (!x) return std::unexpected(x.error());
          if (c == 'c') {
            if (!(*x >= 0 && *x <= 100))
              return OptionError(option, "confidence must be within 0 and 100, got " + value);
            o.confidence = *x;
            o.confidence_text = value;
          } else if (c == 'p') {
            if (!(*x >= 0 && *x <= 1))
              return OptionError(option, "alpha must be within 0 and 1, got " + value);
            o.alpha = *x;
          } else {
            if (!(*x > 0))
              return OptionError(option, "ROUGE-W weight must be greater than 0, got " + value);
            o.wlcs_weight = *x;
            o.wlcs_weight_text = value;
          }
          break;
        }
        case 'f':
          if (value == "A")
            o.best_model = false;
          else if (value == "B")
            o.best_model = true;
          else
            return OptionError(option,
                               "scoring formula must be A or B, got \"" + Abbreviate(value) + "\"");
          break;
        case 'e':
          cl.data_dir = value;
          break;
        case 'z': {
          std::string u = value;
          for (char& ch : u) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
          if (u == "SPL")
            cl.format = RougeInputFormat::kSpl;
          else if (u == "SEE")
            cl.format = RougeInputFormat::kSee;
          else if (u == "ISI")
            cl.format = RougeInputFormat::kIsi;
          else if (u == "SIMPLE")
            cl.format = RougeInputFormat::kSimple;
          else
            return OptionError(option, "input format must be SEE, SPL, ISI or SIMPLE, got \"" +
                                           Abbreviate(value) + "\"");
          break;
        }
        case '3':
          return OptionError(option, "Basic Element scoring is not supported");
        default:
          return InvalidInput("unknown option " + option);
      }
    }
  }
  if (cl.help) return cl;
  if (have_l && have_b)
    return InvalidInput("options -l and -b: give a length limit in words or bytes, not both");
  if (o.skip_unigrams && !o.skip_distance) return OptionError("-u", "needs -2 (skip distance)");
  if (o.skip_both && !o.skip_distance) return OptionError("-U", "needs -2 (skip distance)");
  return cl;
}

}  // namespace

Result<RougeOptions> ParseRougeOptions(const std::vector<std::string>& args) {
  auto cl = ParseFlags(args);
  if (!cl) return std::unexpected(cl.error());
  if (!cl->positional.empty() || !cl->system_dir.empty() || !cl->reference_dir.empty()) {
    return InvalidInput("only scoring options are accepted here, got \"" +
                        (cl->positional.empty() ? std::string("--system") : cl->positional[0]) +
                        "\"");
  }
  return cl->rouge;
}

Result<RougeCommandLine> ParseRougeArguments(const std::vector<std::string>& args) {
  auto parsed = ParseFlags(args);
  if (!parsed) return parsed;
  RougeCommandLine& cl = *parsed;
  if (cl.help) return cl;
  const bool dirs = !cl.system_dir.empty() || !cl.reference_dir.empty();
  if (dirs) {
    if (cl.system_dir.empty() || cl.reference_dir.empty())
      return InvalidInput("--system and --references go together");
    if (cl.positional.size() > 1)
      return InvalidInput("with --system/--references give at most one SYSTEM-ID, got " +
                          std::to_string(cl.positional.size()) + " arguments");
  } else {
    if (cl.positional.empty())
      return InvalidInput(
          "give a ROUGE configuration file, or --system DIR --references DIR (see --help)");
    if (cl.positional.size() > 2)
      return InvalidInput("too many arguments: expected CONFIG [SYSTEM-ID]");
    if (cl.positional.size() == 1 && !cl.all_systems && !cl.format) {
      return InvalidInput("give a system ID to evaluate or -a to evaluate all systems");
    }
  }
  return cl;
}

}  // namespace crosswire
