// crosswire: many news reports in, one attributed story out.
//
// Everything the user sees when the command line itself is wrong, or when
// something fails outside a command's own error handling, is decided here:
// every message has the form "crosswire: error: ...", usage errors exit 2,
// failed work exits 1, and no exception escapes main.
#include <malloc.h>
#include <sys/mman.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <new>
#include <string>
#include <string_view>

#include "commands.h"
#include "crosswire/evaluate.h"

namespace {

// The heap a command is about to fill, paid for in one system call.
//
// On the machines this was measured on (a virtual machine) a page fault on
// fresh anonymous memory costs about 12 µs, and asking the kernel for the
// same pages in one madvise(MADV_POPULATE_WRITE) less than 1 µs each: a
// 10-article report took 610 faults, most of them the heap growing a page at
// a time. So the heap is grown and populated once, here, and kept:
// - one arena for all threads (the report's corroboration thread would
//   otherwise fault in an arena of its own), except in the commands that
//   score with a pool of threads (`evaluate`, `bench`), where threads
//   allocating in parallel would queue for it: with one arena,
//   `evaluate --threads 2` on DUC 2006 took about 10% more CPU,
// - blocks up to 32 MiB from the heap rather than from mmap, and free memory
//   returned to the system only above 64 MiB (the values glibc's dynamic
//   thresholds grow to), so freed memory is reused instead of faulted anew,
// - the first kPrefaultBytes populated: what a 10-article report uses (more
//   did not save another fault there; larger stories fault in the rest as
//   usual). Costs about 0.4 ms; the faults it saves cost several.
// Nothing here changes what a command computes, only where its memory comes
// from. A kernel without MADV_POPULATE_WRITE (before 5.14) refuses it, and
// the pages fault in on first use as before.
constexpr size_t kPrefaultBytes = size_t{2} << 20;

void PrefaultHeap(bool one_arena) {
  if (one_arena) mallopt(M_ARENA_MAX, 1);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#ifdef MADV_POPULATE_WRITE
  void* block = std::malloc(kPrefaultBytes);
  if (block == nullptr) return;
  const uintptr_t page = 4096;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(block) + page - 1) & ~(page - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(block) + kPrefaultBytes) & ~(page - 1);
  if (end > begin) {
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);  // NOLINT
  }
  std::free(block);  // back to the top of the heap, populated, not trimmed
#endif
}

constexpr std::string_view kVersion = "crosswire 0.1.0";

// A whole number written in decimal (digits only: no sign, no "0x", no
// exponent, not empty) that fits in int64_t. CLI11 alone would accept "0x10"
// and "" and clamp 1e30 to the largest int64.
std::string DecimalInt64(std::string& value) {
  constexpr std::string_view kMax = "9223372036854775807";
  std::string_view digits = value;
  if (digits.starts_with('-')) digits.remove_prefix(1);  // the range check is the command's
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return "expected a whole number (decimal digits), got \"" + value + "\"";
  }
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits.size() > kMax.size() || (digits.size() == kMax.size() && digits > kMax)) {
    return value + " is out of range (at most " + std::string(kMax) + " in magnitude)";
  }
  return "";
}

// Adds the decimal check to the whole-number options of every command.
void CheckWholeNumbers(CLI::App& app) {
  const CLI::Validator decimal(DecimalInt64, "INT", "decimal");
  for (CLI::App* sub : app.get_subcommands({})) {
    for (const char* name : {"--words", "--bytes", "--sentences", "--seed"}) {
      try {
        sub->get_option(name)->check(decimal);
      } catch (const CLI::OptionNotFound&) {
      }
    }
  }
}

std::string CommandList(CLI::App& app) {
  std::string list;
  for (CLI::App* sub : app.get_subcommands({})) {
    list += (list.empty() ? "" : ", ") + sub->get_name();
  }
  return list;
}

void PrintError(std::string_view message) { std::cerr << "crosswire: error: " << message << "\n"; }

// Standard output may fail late (a full disk, a closed pipe): say so rather
// than exiting 1 in silence.
int CheckOutput(int exit_code) {
  // The failed write, if any, was the command's last system call: its errno
  // is the reason (ENOSPC for /dev/full, EPIPE, EIO).
  const int last_error = errno;
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed) return exit_code;
  const int error = errno != 0 ? errno : last_error;
  PrintError(std::string("cannot write standard output") +
             (error != 0 ? std::string(": ") + std::strerror(error) : std::string()));
  return exit_code == crosswire::cli::kExitOk ? crosswire::cli::kExitFailure : exit_code;
}

int Run(int argc, char** argv) {
  CLI::App app{
      "crosswire — reads many reports of the same events and prints one attributed story:\n"
      "an extractive digest whose every sentence cites the outlets that support it."};
  app.name("crosswire");
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(kVersion));
  app.footer(
      "Examples:\n"
      "  crosswire report examples/aleppo-2016-12-14 --words 100\n"
      "  crosswire summarize story/ --method centroid --bytes 665 --format json\n"
      "  crosswire evaluate --system sys/ --references refs/ -n 2 -m -a -l 250\n"
      "Run 'crosswire COMMAND --help' (or 'crosswire help COMMAND') for a command's options.");

  int exit_code = crosswire::cli::kExitOk;
  crosswire::cli::AddSummarizeCommands(app, &exit_code);
  crosswire::cli::AddEvaluateCommand(app, &exit_code);
  crosswire::cli::AddBenchCommand(app, &exit_code);
  crosswire::cli::AddMethodsCommand(app, &exit_code);
  crosswire::cli::AddClusterCommand(app, &exit_code);
  crosswire::cli::AddStreamCommands(app, &exit_code);
  crosswire::cli::AddExtractCommand(app, &exit_code);
  crosswire::cli::AddServeCommand(app, &exit_code);
  CheckWholeNumbers(app);

  // "crosswire", "crosswire help [COMMAND]" and unknown commands, before
  // CLI11, whose own words for them are "A subcommand is required".
  if (argc < 2) {
    PrintError("no command given; commands: " + CommandList(app));
    std::cerr << "Run 'crosswire --help' for the options.\n";
    return crosswire::cli::kExitUsage;
  }
  std::string_view first = argv[1];
  if (first == "help") {
    if (argc == 2) {
      std::cout << app.help();
      return CheckOutput(crosswire::cli::kExitOk);
    }
    try {
      CLI::App* sub = app.get_subcommand(argv[2]);
      // evaluate parses ROUGE's own flags; its help is ROUGE's usage.
      std::cout << (sub->get_name() == "evaluate" ? crosswire::RougeUsage() : sub->help());
      return CheckOutput(crosswire::cli::kExitOk);
    } catch (const CLI::OptionNotFound&) {
      PrintError("unknown command \"" + std::string(argv[2]) + "\"; commands: " + CommandList(app));
      return crosswire::cli::kExitUsage;
    }
  }
  if (!first.starts_with("-")) {
    bool known = false;
    for (CLI::App* sub : app.get_subcommands({})) known = known || sub->get_name() == first;
    if (!known) {
      PrintError("unknown command \"" + std::string(first) + "\"; commands: " + CommandList(app) +
                 " (see crosswire --help)");
      return crosswire::cli::kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return CheckOutput(app.exit(e));
  } catch (const CLI::CallForAllHelp& e) {
    return CheckOutput(app.exit(e));
  } catch (const CLI::CallForVersion& e) {
    std::cout << e.what() << "\n";
    return CheckOutput(crosswire::cli::kExitOk);
  } catch (const CLI::ParseError& e) {
    std::string command;
    for (CLI::App* sub : app.get_subcommands()) command = sub->get_name();
    PrintError(e.what());
    std::cerr << "Run 'crosswire " << (command.empty() ? "" : command + " ")
              << "--help' for the options.\n";
    return crosswire::cli::kExitUsage;
  }
  return CheckOutput(exit_code);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view command = argc > 1 ? argv[1] : "";
  PrefaultHeap(command != "evaluate" && command != "bench");
  // The library returns errors as values; what still throws is the standard
  // library (out of memory) or a bug. Neither may end in an abort.
  try {
    return Run(argc, argv);
  } catch (const std::bad_alloc&) {
    PrintError("out of memory");
  } catch (const std::exception& e) {
    PrintError(std::string("internal error: ") + e.what());
  } catch (...) {
    PrintError("internal error: unknown exception");
  }
  return crosswire::cli::kExitFailure;
}
