// digilyft-report: the coordinator's tables from the command line, for scripts and large batches.
// Reads result files (and folders of them) exactly as the page does, prints what became of each
// file in the page's words, and writes the tables as CSV and the printable report. Every figure
// comes from the report's tallies (ReportTally, which make_report uses), table_csv and report_html,
// and the noise that protects the tables comes from the workspace's key file (--key), so the
// tables equal the page's. The files go through sorted runs on the disk, one participant at a time
// (cli/import_stream.hpp), so its memory does not grow with their number; it says its peak at the end.
// Exit 0 when it ran (bad files included), 1 when the content or an output cannot be read or
// written, 2 on a usage error (a broken --link or key file included), 3 when the filter selects too
// few people for a report. See docs/coordinator-report.md.
#include <sys/resource.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/content_files.hpp"
#include "cli/import_stream.hpp"
#include "core/aggregate.hpp"
#include "core/background.hpp"
#include "core/calendar.hpp"
#include "core/flat_export.hpp"
#include "core/import_text.hpp"
#include "core/problem.hpp"
#include "core/programme.hpp"
#include "core/report.hpp"
#include "core/workspace_key.hpp"
#include "platform/native/openssl_keys.hpp"

namespace {

const char* const kUsage =
    "usage: digilyft-report --key FILE [--content DIR] [--lang sv|en] [--org CODE] [--role ID]\n"
    "                       [--setting ID] [--period YYYY-QN] [--now YYYY-QN] [--csv DIR] [--html FILE]\n"
    "                       [--name PROGRAMME] [--link PROGRAMME_LINK] [--without-programme] [--flat FILE]\n"
    "                       [--tmp DIR] FILES_OR_FOLDERS...\n"
    "  --key:  the workspace's key file (saved from the page); made when it does not exist yet.\n"
    "  --link: the programme's link; its organisation names are shown with their codes, and its\n"
    "          name heads the report unless --name is given.\n"
    "  --flat: every answer as a CSV row, for SQL engines (docs/flat-export.md); not for publishing.\n"
    "  --tmp:  where the temporary files go while reading (default: the system's temporary folder).\n";

struct Options {
  std::string content = "content";
  dl::Lang lang = dl::Lang::sv;
  dl::ReportFilter filter;
  std::optional<dl::Period> now;
  std::string key_file;
  std::string csv_dir;
  std::string html_file;
  std::string flat_file;
  std::string programme_name;
  std::string link;  // a programme link (#program=1&…), read once the content is
  bool without_programme = false;
  std::string temp_parent;  // --tmp: where the temporary folder is made ("" = the system's)
  // About how many bytes of the files read are held before a sorted run goes to the disk
  // (--run-bytes, for tests: a small figure makes many runs).
  std::size_t run_bytes = 8 * 1024 * 1024;
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
    if (arg == "--without-programme") {
      options.without_programme = true;
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
    } else if (arg == "--setting") {
      if (!dl::is_valid_background_answer("work_setting", text)) return "unknown kind of workplace: " + text;
      options.filter.work_setting = text;
    } else if (arg == "--period" || arg == "--now") {
      const auto period = dl::parse_period(text);
      if (!period) return arg + " takes a quarter such as 2026-Q4";
      (arg == "--now" ? options.now : options.filter.period) = period;
    } else if (arg == "--key") {
      options.key_file = text;
    } else if (arg == "--csv") {
      options.csv_dir = text;
    } else if (arg == "--flat") {
      options.flat_file = text;
    } else if (arg == "--html") {
      options.html_file = text;
    } else if (arg == "--name") {
      options.programme_name = text;
    } else if (arg == "--link") {
      options.link = text;
    } else if (arg == "--tmp") {
      options.temp_parent = text;
    } else if (arg == "--run-bytes") {
      char* end = nullptr;
      const unsigned long long bytes = std::strtoull(value, &end, 10);
      if (end == value || *end != '\0' || bytes == 0) return "--run-bytes takes a number of bytes";
      options.run_bytes = static_cast<std::size_t>(bytes);
    } else {
      return "unknown option " + arg;
    }
  }
  if (options.key_file.empty()) {
    return "--key FILE is needed: the key that protects the tables (save it from the page, or name a new file)";
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

int write_outputs(const Options& options, const dl::Report& report) {
  if (!options.csv_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.csv_dir, error);
    for (const dl::ReportTable& table : report.tables) {
      const std::string path = options.csv_dir + "/" + dl::table_csv_name(table, report.filter);
      if (!write_file(path, dl::table_csv(table, report))) {
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

dl::Period this_quarter() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return dl::period_from_month(local.tm_year + 1900, local.tm_mon + 1);
}

// The key file: read when it exists (nothing when it is broken: the problem is printed), else
// nothing and `missing` set.
std::optional<dl::WorkspaceKey> read_key(const Options& options, bool& missing) {
  if (!std::filesystem::exists(options.key_file)) {
    missing = true;
    return std::nullopt;
  }
  const auto text = dl::cli::read_text_file(options.key_file, 64 * 1024);
  std::vector<dl::Problem> problems;
  auto key = text ? dl::parse_key_file(*text, problems) : std::nullopt;
  if (!key) {
    std::cerr << "digilyft-report: --key " << options.key_file << ": "
              << (problems.empty() ? std::string("cannot be read") : dl::describe(problems.front(), options.lang))
              << "\n";
  }
  return key;
}

// A new key file, readable only by its owner: it is what keeps the noise unpredictable.
bool write_key(const std::string& path, const dl::WorkspaceKey& key) {
  if (!write_file(path, dl::key_file_json(key))) return false;
  ::chmod(path.c_str(), S_IRUSR | S_IWUSR);
  return true;
}

// "a new key is saved in …", after the summary.
void say_new_key(const Options& options) {
  std::cerr << "digilyft-report: "
            << (options.lang == dl::Lang::en
                    ? "a new key is saved in " + options.key_file +
                          ". Use the same key for every report of the programme, and do not share it."
                    : "en ny nyckel är sparad i " + options.key_file +
                          ". Använd samma nyckel för alla rapporter i programmet, och dela den inte.")
            << "\n";
}

// The files read into the tables: pass 1 checks each file and keeps those read in sorted runs in
// a temporary folder (removed on every way out), pass 2 merges each participant's files and adds
// them to the tables (and the flat export); then a line per file in file order, the summary, and
// the tables. `files` is how many files were given (an outbox file counts each file in it).
int read_and_report(const Options& options, const dl::Catalog& catalog, const dl::ReportSetup& setup,
                    dl::Workspace workspace, bool new_key, std::size_t& files) {
  std::error_code error;
  const std::filesystem::path parent =
      options.temp_parent.empty() ? std::filesystem::temp_directory_path(error) : std::filesystem::path(options.temp_parent);
  const dl::cli::TempFolder temp(parent);
  if (!temp.ok()) {
    std::cerr << "digilyft-report: cannot make a temporary folder in " << parent.string() << "\n";
    return 1;
  }
  const auto temp_failed = [&] {
    std::cerr << "digilyft-report: cannot write or read the temporary files in " << temp.path().string() << "\n";
    return 1;
  };
  const std::string secret = workspace.secret;
  const bool without_programme = workspace.without_programme;
  dl::cli::ImportStream stream(std::move(workspace), catalog, temp.path(), options.run_bytes);
  const bool listed = dl::cli::for_each_result_file(options.inputs, temp.path(), options.run_bytes,
                                                    [&stream](const std::string& path) { stream.read_path(path); });
  files = stream.files();
  if (!listed || !stream.ok()) return temp_failed();

  dl::ReportTally tally(catalog, options.filter, options.lang, setup, without_programme);
  std::ofstream flat;  // every participant, whatever the filter: a SQL engine filters
  if (!options.flat_file.empty()) {
    flat.open(options.flat_file, std::ios::binary | std::ios::trunc);
    flat << dl::kFlatExportHeader << "\r\n";
  }
  const auto flat_line = [&flat](const std::string& line) { flat << line << "\r\n"; };
  const bool merged = stream.merge([&](const dl::ResultFile& participant) {
    const dl::RecordKey key = dl::platform::native::record_key(secret, participant.participant);
    tally.add(participant, key);
    if (!options.flat_file.empty()) dl::write_flat_participant(participant, key, flat_line);
  });
  // A line per file read, in the order read: an outbox file gives one for each file handed in.
  if (!merged || !stream.for_each_entry([&options](const dl::ImportEntry& entry) {
        std::cout << dl::import_entry_text(entry, options.lang) << "\n";
      })) {
    return temp_failed();
  }
  std::cerr << dl::import_summary_text(stream.files(), stream.participants(), stream.rejected(), options.lang) << "\n";

  if (new_key) {
    if (!write_key(options.key_file, dl::WorkspaceKey{stream.programme(), secret, {}})) {
      std::cerr << "digilyft-report: cannot write " << options.key_file << "\n";
      return 1;
    }
    say_new_key(options);
  }
  if (!options.flat_file.empty()) {
    flat.close();
    if (flat.fail()) {
      std::cerr << "digilyft-report: cannot write " << options.flat_file << "\n";
      return 1;
    }
  }
  const dl::Report report = tally.finish();
  if (report.too_small) {
    std::cerr << "digilyft-report: "
              << (options.lang == dl::Lang::en
                      ? "the selection has fewer than 10 participants: no tables are made for it."
                      : "urvalet har färre än 10 deltagare: inga tabeller görs för det.")
              << "\n";
    return 3;
  }
  return write_outputs(options, report);
}

// "digilyft-report: 100000 files, peak memory 42 MB": the most memory the run held at once.
void say_peak_memory(std::size_t files) {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);  // ru_maxrss in kilobytes on Linux
  std::cerr << "digilyft-report: " << files << " files, peak memory " << (usage.ru_maxrss + 512) / 1024 << " MB\n";
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  const std::string problem = parse_options(argc, argv, options);
  if (!problem.empty()) return usage_error(problem);
  const std::vector<std::string> missing = dl::cli::missing_paths(options.inputs);
  if (!missing.empty()) return usage_error("no such file or folder: " + missing.front());

  const auto catalog = dl::cli::load_content(options.content);
  if (!catalog) {
    std::cerr << "digilyft-report: cannot read the content: no catalog.json in " << options.content << "\n";
    return 1;
  }
  for (const dl::Problem& content_problem : catalog->problems) {
    std::cerr << "digilyft-report: content: " << dl::format_for_author(content_problem) << "\n";
  }

  dl::ReportSetup setup;
  setup.now = options.now ? *options.now : this_quarter();
  dl::Workspace workspace;
  workspace.without_programme = options.without_programme;
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
    for (const dl::Organisation& org : programme->organisations) setup.organisation_names.emplace(org.code, org.name);
    setup.programme_modules = programme->module_ids;
    setup.t2_interval_months = programme->t2_interval_months;
    workspace.programme = programme->id;
    if (options.programme_name.empty()) options.programme_name = programme->name;
  }

  bool new_key = false;
  const std::optional<dl::WorkspaceKey> key = read_key(options, new_key);
  if (!key && !new_key) return 2;
  if (key) {
    if (!key->programme.empty() && !workspace.programme.empty() && key->programme != workspace.programme) {
      std::cerr << "digilyft-report: --key: " << dl::describe(dl::Problem{"key.other_programme", "", "", ""}, options.lang)
                << "\n";
      return 2;
    }
    if (workspace.programme.empty()) workspace.programme = key->programme;
    workspace.secret = key->secret;
    workspace.sealing_key = key->sealing_key;
  } else {
    workspace.secret = dl::platform::native::new_secret();
    if (workspace.secret.empty()) {
      std::cerr << "digilyft-report: cannot make a new key: no random numbers from OpenSSL\n";
      return 1;
    }
  }

  std::size_t files = 0;
  const int code = read_and_report(options, *catalog, setup, std::move(workspace), new_key, files);
  say_peak_memory(files);
  return code;
}
