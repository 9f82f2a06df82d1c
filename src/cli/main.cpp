// digilyft-report: the coordinator's tables from the command line, for scripts and large batches.
// Reads result files (and folders of them) into a workspace exactly as the page does, prints what
// became of each file in the page's words, and writes the tables as CSV and the printable report.
// Every figure comes from make_report, table_csv and report_html, so the tables equal the page's.
// Exit 0 when it ran (bad files included), 1 when the content or an output cannot be read or
// written, 2 on a usage error (a broken --link included). See docs/coordinator-report.md.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/content_files.hpp"
#include "core/aggregate.hpp"
#include "core/background.hpp"
#include "core/import_text.hpp"
#include "core/problem.hpp"
#include "core/programme.hpp"
#include "core/report.hpp"

namespace {


const char* const kUsage =
    "usage: digilyft-report [--content DIR] [--lang sv|en] [--org CODE] [--role ID] [--period YYYY-QN]\n"
    "                       [--csv DIR] [--html FILE] [--name PROGRAMME] [--link PROGRAMME_LINK]\n"
    "                       FILES_OR_FOLDERS...\n"
    "  --link: the programme's link; its organisation names are shown with their codes, and its\n"
    "          name heads the report unless --name is given.\n";

struct Options {
  std::string content = "content";
  dl::Lang lang = dl::Lang::sv;
  dl::ReportFilter filter;
  std::string csv_dir;
  std::string html_file;
  std::string programme_name;
  std::string link;  // a programme link (#program=1&…), read once the content is
  std::vector<std::string> inputs;
};

int usage_error(const std::string& message) {
  std::cerr << "digilyft-report: " << message << "\n" << kUsage;
  return 2;
}

// The value after an option that takes one, or nothing when it is the last argument.
const char* option_value(int argc, char** argv, int& i) { return i + 1 < argc ? argv[++i] : nullptr; }

// Reads the command line into `options`; returns a message on a usage error, "" when all is well.
std::string parse_options(int argc, char** argv, Options& options) {
  bool only_inputs = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (only_inputs || arg.empty() || arg[0] != '-') {
      options.inputs.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_inputs = true;
      continue;
    }
    const char* value = option_value(argc, argv, i);
    if (value == nullptr) return arg + " needs a value";
    const std::string text = value;
    if (arg == "--content") {
      options.content = text;
    } else if (arg == "--lang") {
      if (text != "sv" && text != "en") return "--lang takes sv or en";
      options.lang = dl::lang_from_code(text);
    } else if (arg == "--org") {
      options.filter.organisation = text;
    } else if (arg == "--role") {
      if (!dl::is_valid_background_answer("role_family", text)) return "unknown role family: " + text;
      options.filter.role_family = text;
    } else if (arg == "--period") {
      options.filter.period = dl::parse_period(text);
      if (!options.filter.period) return "--period takes a quarter such as 2026-Q4";
    } else if (arg == "--csv") {
      options.csv_dir = text;
    } else if (arg == "--html") {
      options.html_file = text;
    } else if (arg == "--name") {
      options.programme_name = text;
    } else if (arg == "--link") {
      options.link = text;
    } else {
      return "unknown option " + arg;
    }
  }
  if (options.inputs.empty()) return "no result files or folders given";
  return "";
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  return !out.fail();
}

// A file that cannot be opened is logged like any other bad file ("Filen går inte att läsa").
void import_path(dl::Workspace& workspace, const std::string& path, const dl::Catalog& catalog) {
  const auto text = dl::cli::read_text_file(path, dl::kMaxResultFileBytes);
  if (text) {
    dl::import_result(workspace, path, *text, catalog);
    return;
  }
  dl::ImportEntry entry;
  entry.file_name = path;
  entry.problems.push_back(dl::Problem{"result.not_json", path, "", "cannot be opened"});
  workspace.log.push_back(std::move(entry));
}

int write_outputs(const Options& options, const dl::Report& report) {
  if (!options.csv_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.csv_dir, error);
    for (const dl::ReportTable& table : report.tables) {
      const std::string path = options.csv_dir + "/" + table.id + ".csv";
      if (!write_file(path, dl::table_csv(table, options.lang))) {
        std::cerr << "digilyft-report: cannot write " << path << "\n";
        return 1;
      }
    }
  }
  if (!options.html_file.empty() && !write_file(options.html_file, dl::report_html(report, options.programme_name))) {
    std::cerr << "digilyft-report: cannot write " << options.html_file << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  const std::string problem = parse_options(argc, argv, options);
  if (!problem.empty()) return usage_error(problem);
  std::vector<std::string> missing;
  const std::vector<std::string> files = dl::cli::result_files(options.inputs, missing);
  if (!missing.empty()) return usage_error("no such file or folder: " + missing.front());

  const auto catalog = dl::cli::load_content(options.content);
  if (!catalog) {
    std::cerr << "digilyft-report: cannot read the content: no catalog.json in " << options.content << "\n";
    return 1;
  }
  for (const dl::Problem& content_problem : catalog->problems) {
    std::cerr << "digilyft-report: content: " << dl::format_for_author(content_problem) << "\n";
  }

  dl::OrganisationNames names;
  if (!options.link.empty()) {
    const std::size_t hash = options.link.find('#');
    std::vector<dl::Problem> link_problems;
    const auto programme = dl::parse_programme_fragment(
        hash == std::string::npos ? options.link : options.link.substr(hash), *catalog, link_problems);
    if (!programme) {
      if (link_problems.empty()) return usage_error("--link holds no programme (#program=1&…)");
      for (const dl::Problem& p : link_problems) {
        std::cerr << "digilyft-report: --link: " << dl::describe(p, options.lang) << "\n";
      }
      return 2;
    }
    for (const dl::Organisation& org : programme->organisations) names.emplace(org.code, org.name);
    if (options.programme_name.empty()) options.programme_name = programme->name;
  }

  dl::Workspace workspace;
  for (const std::string& path : files) {
    import_path(workspace, path, *catalog);
    std::cout << dl::import_entry_text(workspace.log.back(), options.lang) << "\n";
  }
  std::cerr << dl::import_summary_text(workspace, options.lang) << "\n";

  const dl::Report report = dl::make_report(workspace, *catalog, options.filter, options.lang, names);
  return write_outputs(options, report);
}
