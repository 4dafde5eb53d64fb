// crosswire: many news reports in, one attributed story out.
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "crosswire — reads many reports of the same events and prints one attributed story:\n"
      "an extractive digest whose every sentence cites the outlets that support it."};
  app.name("crosswire");
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  crosswire report examples/aleppo-2016-12-14 --words 100\n"
      "  crosswire summarize story/ --method centroid --bytes 665 --format json\n"
      "  crosswire evaluate --system sys/ --references refs/ -n 2 -m -a -l 250\n"
      "Run 'crosswire COMMAND --help' for a command's options.");

  int exit_code = crosswire::cli::kExitOk;
  crosswire::cli::AddSummarizeCommands(app, &exit_code);
  crosswire::cli::AddEvaluateCommand(app, &exit_code);
  crosswire::cli::AddBenchCommand(app, &exit_code);
  crosswire::cli::AddMethodsCommand(app, &exit_code);
  crosswire::cli::AddClusterCommand(app, &exit_code);
  crosswire::cli::AddStreamCommands(app, &exit_code);
  crosswire::cli::AddExtractCommand(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);  // prints help, or the usage error on stderr
    return status == 0 ? crosswire::cli::kExitOk : crosswire::cli::kExitUsage;
  }
  return exit_code;
}
