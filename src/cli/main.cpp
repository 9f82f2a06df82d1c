// digilyft-report: the coordinator's tables from the command line, for scripts and large batches.
// Reads result files (and folders of them) into a workspace exactly as the page does, prints what
// became of each file in the page's words, and writes the tables as CSV and the printable report.
// Every figure comes from make_report, table_csv and report_html, and the noise that protects the
// tables comes from the workspace's key file (--key), so the tables equal the page's.
// Exit 0 when it ran (bad files included), 1 when the content or an output cannot be read or
// written, 2 on a usage error (a broken --link or key file included), 3 when the filter selects too
// few people for a report. See docs/coordinator-report.md.
#include <sys/stat.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "cli/content_files.hpp"
#include "core/aggregate.hpp"
#include "core/background.hpp"
#include "core/calendar.hpp"
#include "core/flat_export.hpp"
#include "core/import_text.hpp"
#include "core/outbox.hpp"
#include "core/problem.hpp"
#include "core/programme.hpp"
#include "core/report.hpp"
#include "core/workspace_key.hpp"
#include "platform/native/openssl_keys.hpp"
#include "platform/native/openssl_seal.hpp"

namespace {

const char* const kUsage =
    "usage: digilyft-report --key FILE [--content DIR] [--lang sv|en] [--org CODE] [--role ID]\n"
    "                       [--setting ID] [--period YYYY-QN] [--now YYYY-QN] [--csv DIR] [--html FILE]\n"
    "                       [--name PROGRAMME] [--link PROGRAMME_LINK] [--without-programme] [--flat FILE]\n"
    "                       FILES_OR_FOLDERS...\n"
    "  --key:  the workspace's key file (saved from the page); made when it does not exist yet.\n"
    "  --link: the programme's link; its organisation names are shown with their codes, and its\n"
    "          name heads the report unless --name is given.\n"
    "  --flat: every answer as a CSV row, for SQL engines (docs/flat-export.md); not for publishing.\n";

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

constexpr std::size_t kMaxOutboxBytes = 64 * 1024 * 1024;  // some hundred people's sealed files

// Sealed for the programme: opened with the key file's sealing key, then read like any file.
void import_sealed(dl::Workspace& workspace, const std::string& name, const std::string& text,
                   const dl::Catalog& catalog) {
  const auto envelope = dl::sealed_file_to_open(workspace, name, text);
  if (!envelope) return;
  if (const auto opened = dl::platform::native::unseal(workspace.sealing_key, *envelope)) {
    dl::import_result(workspace, name, *opened, catalog);
  } else {
    dl::log_refused(workspace, name, dl::Problem{"result.sealed_wrong_key", name, "", ""});
  }
}

// A file that cannot be opened is logged like any other bad file ("Filen går inte att läsa").
void import_path(dl::Workspace& workspace, const std::string& path, const dl::Catalog& catalog) {
  const auto text = dl::cli::read_text_file(path, kMaxOutboxBytes);
  if (text && dl::is_outbox_file(*text)) {  // several sealed files handed in on one device
    std::vector<dl::Problem> problems;
    if (const auto handed_in = dl::parse_outbox_file(*text, path, problems)) {
      for (const dl::HandedIn& one : *handed_in) import_sealed(workspace, one.name, dl::sealed_file_json(one.sealed), catalog);
    } else {
      dl::log_refused(workspace, path, problems.front());
    }
    return;
  }
  if (text && dl::is_sealed_file(*text)) {
    import_sealed(workspace, path, *text, catalog);
    return;
  }
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

  for (const std::string& path : files) {
    const std::size_t before = workspace.log.size();
    import_path(workspace, path, *catalog);
    // A line per file read: an outbox file gives one for each file handed in.
    for (std::size_t i = before; i < workspace.log.size(); ++i) {
      std::cout << dl::import_entry_text(workspace.log[i], options.lang) << "\n";
    }
  }
  std::cerr << dl::import_summary_text(workspace, options.lang) << "\n";

  if (new_key) {
    if (!write_key(options.key_file, dl::WorkspaceKey{workspace.programme, workspace.secret, {}})) {
      std::cerr << "digilyft-report: cannot write " << options.key_file << "\n";
      return 1;
    }
    std::cerr << "digilyft-report: "
              << (options.lang == dl::Lang::en
                      ? "a new key is saved in " + options.key_file +
                            ". Use the same key for every report of the programme, and do not share it."
                      : "en ny nyckel är sparad i " + options.key_file +
                            ". Använd samma nyckel för alla rapporter i programmet, och dela den inte.")
              << "\n";
  }

  const dl::RecordKeys keys = dl::platform::native::record_keys(workspace);
  setup.keys = &keys;
  if (!options.flat_file.empty()) {  // every participant, whatever the filter: a SQL engine filters
    std::ofstream out(options.flat_file, std::ios::binary | std::ios::trunc);
    dl::write_flat_export(workspace, keys, [&out](const std::string& line) { out << line << "\r\n"; });
    out.close();
    if (out.fail()) {
      std::cerr << "digilyft-report: cannot write " << options.flat_file << "\n";
      return 1;
    }
  }
  const dl::Report report = dl::make_report(workspace, *catalog, options.filter, options.lang, setup);
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
