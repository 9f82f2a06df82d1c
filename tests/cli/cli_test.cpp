// digilyft-report, run as a coordinator runs it: on a folder of generated result files (with a
// broken file, a copy, another programme's file and a file without a programme among them), under
// the workspace's key file. Its CSV files and report must equal table_csv and report_html of
// make_report on the same files with the same key, and its exit codes must say what happened.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "cli/content_files.hpp"
#include "core/aggregate.hpp"
#include "core/import_text.hpp"
#include "core/programme.hpp"
#include "core/report.hpp"
#include "core/result_file.hpp"
#include "core/workspace_key.hpp"
#include "platform/native/openssl_keys.hpp"
#include "core/outbox.hpp"
#include "platform/native/openssl_seal.hpp"
#include "population.hpp"

namespace dl {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void spill(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class ReportTool : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = fs::temp_directory_path() / ("digilyft-cli-test-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    catalog_ = cli::load_content(DL_CONTENT_DIR).value();
    bench::PopulationOptions options;
    options.people = 150;
    options.organisations = 3;
    options.seed = 7;
    const auto files = bench::generate_population(catalog_, options);
    // Half in a sub-folder, so the tool must walk folders; a copy and a broken file among them.
    for (std::size_t i = 0; i < files.size(); ++i) {
      spill(inbox() / (i % 2 == 0 ? "" : "del-2") / files[i].name, files[i].text);
    }
    spill(inbox() / "zz-kopia.json", files.front().text);  // read after the original
    spill(inbox() / "zz-trasig.json", "{ inte json");
    spill(inbox() / "inte-en-fil.txt", "ignored: not .json");
    options.seed = 8;  // another programme (its id is random per seed)
    options.people = 2;
    const auto other = bench::generate_population(catalog_, options);
    spill(others() / "annat-program.json", other.front().text);
    key_ = WorkspaceKey{"", platform::native::new_secret(), ""};
    spill(key_file(), key_file_json(key_));
  }

  static void TearDownTestSuite() { fs::remove_all(root_); }

  static fs::path inbox() { return root_ / "filer"; }
  static fs::path others() { return root_ / "andra"; }
  static fs::path key_file() { return root_ / "nyckel.json"; }
  static std::string key_arg() { return "--key '" + key_file().string() + "' --now 2027-Q4 "; }

  // Runs the tool with `args`; its exit code, and its output in `out` / `err`.
  static int run(const std::string& args, std::string* out = nullptr, std::string* err = nullptr) {
    const fs::path out_file = root_ / "stdout.txt", err_file = root_ / "stderr.txt";
    const std::string command = std::string("'") + DL_REPORT_BIN + "' " + args + " >'" + out_file.string() +
                                "' 2>'" + err_file.string() + "'";
    const int status = std::system(command.c_str());
    if (out != nullptr) *out = slurp(out_file);
    if (err != nullptr) *err = slurp(err_file);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  static std::string content_arg() { return std::string("--content '") + DL_CONTENT_DIR + "' "; }

  // The workspace the page would hold after reading the same files in the same order, under the key.
  static Workspace expected_workspace(const std::string& programme = "") {
    std::vector<std::string> missing;
    Workspace workspace;
    workspace.secret = key_.secret;
    workspace.programme = programme;
    for (const std::string& path : cli::result_files({inbox().string()}, missing)) {
      import_result(workspace, path, slurp(path), catalog_);
    }
    return workspace;
  }

  // make_report as the page makes it for that workspace, in the quarter the tool was told.
  static Report expected_report(const Workspace& workspace, const ReportFilter& filter, Lang lang,
                                ReportSetup setup = {}) {
    static RecordKeys keys;
    keys = platform::native::record_keys(workspace);
    setup.keys = &keys;
    setup.now = Period{2027, 4};
    return make_report(workspace, catalog_, filter, lang, setup);
  }

  static fs::path root_;
  static Catalog catalog_;
  static WorkspaceKey key_;
};

fs::path ReportTool::root_;
Catalog ReportTool::catalog_;
WorkspaceKey ReportTool::key_;

TEST_F(ReportTool, CsvFilesAndReportEqualTheTables) {
  const fs::path csv = root_ / "csv-alla", html = root_ / "rapport.html";
  ASSERT_EQ(run(content_arg() + key_arg() + "--csv '" + csv.string() + "' --html '" + html.string() +
                "' --name 'Norr & Co' '" + inbox().string() + "'"),
            0);
  const Report report = expected_report(expected_workspace(), ReportFilter{}, Lang::sv);
  ASSERT_FALSE(report.tables.empty());
  std::size_t written = 0;
  for (const auto& entry : fs::directory_iterator(csv)) written += entry.path().extension() == ".csv" ? 1 : 0;
  EXPECT_EQ(written, report.tables.size());
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / (table.id + ".csv")), table_csv(table, report)) << table.id;
  }
  EXPECT_EQ(slurp(html), report_html(report, "Norr & Co"));
  // Another key: other noise, so the figures differ somewhere.
  const fs::path other_key = root_ / "annan-nyckel.json", other_csv = root_ / "csv-annan";
  spill(other_key, key_file_json(WorkspaceKey{"", platform::native::new_secret(), ""}));
  ASSERT_EQ(run(content_arg() + "--key '" + other_key.string() + "' --now 2027-Q4 --csv '" + other_csv.string() +
                "' '" + inbox().string() + "'"),
            0);
  int differ = 0;
  for (const ReportTable& table : report.tables) {
    differ += slurp(other_csv / (table.id + ".csv")) != slurp(csv / (table.id + ".csv")) ? 1 : 0;
  }
  EXPECT_GT(differ, 0);
}

TEST_F(ReportTool, MakesAKeyFileWhenThereIsNoneAndKeepsItPrivate) {
  const fs::path fresh = root_ / "ny" / "nyckel.json";
  fs::create_directories(fresh.parent_path());
  std::string err;
  ASSERT_EQ(run(content_arg() + "--key '" + fresh.string() + "' --csv '" + (root_ / "csv-ny").string() + "' '" +
                    inbox().string() + "'",
                nullptr, &err),
            0);
  EXPECT_TRUE(contains(err, "en ny nyckel är sparad i " + fresh.string())) << err;
  std::vector<Problem> problems;
  const auto key = parse_key_file(slurp(fresh), problems);
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(key->programme, expected_workspace().programme);  // the files' programme
  EXPECT_EQ(fs::status(fresh).permissions() & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
  // The second run reads it and gives the same tables.
  const std::string first = slurp(root_ / "csv-ny" / "deltagare-kon-alder.csv");
  ASSERT_EQ(run(content_arg() + "--key '" + fresh.string() + "' --csv '" + (root_ / "csv-ny2").string() + "' '" +
                    inbox().string() + "'",
                nullptr, &err),
            0);
  EXPECT_FALSE(contains(err, "ny nyckel"));
  EXPECT_EQ(slurp(root_ / "csv-ny2" / "deltagare-kon-alder.csv"), first);
}

TEST_F(ReportTool, AnotherProgrammesFileIsRefusedAndFilesWithoutOneOnlyWhenAskedFor) {
  std::string out;
  ASSERT_EQ(run(content_arg() + key_arg() + "'" + inbox().string() + "' '" + others().string() + "'", &out), 0);
  EXPECT_TRUE(contains(out, "annat-program.json: Inte inläst. Filen hör till ett annat program")) << out;
  // A file made without a programme link.
  const fs::path loose = root_ / "utan" / "utan-program.json";
  std::vector<std::string> missing;
  std::vector<Problem> problems;
  const std::string first_file = cli::result_files({inbox().string()}, missing).front();
  ResultFile file = parse_result_file(slurp(first_file), "", &catalog_, problems).value();
  file.programme.reset();
  file.organisation.reset();
  spill(loose, result_to_json(file));
  ASSERT_EQ(run(content_arg() + key_arg() + "'" + loose.string() + "'", &out), 0);
  EXPECT_TRUE(contains(out, "utan-program.json: Inte inläst. Filen hör inte till något program.")) << out;
  ASSERT_EQ(run(content_arg() + key_arg() + "--without-programme '" + loose.string() + "'", &out), 0);
  EXPECT_TRUE(contains(out, "utan-program.json: Inläst.")) << out;
}

TEST_F(ReportTool, FiltersAndEnglishEqualTheTables) {
  const fs::path csv = root_ / "csv-org";
  ReportFilter filter;
  filter.organisation = "org-02";
  ASSERT_EQ(run(content_arg() + key_arg() + "--lang en --org org-02 --csv '" + csv.string() + "' '" +
                inbox().string() + "'"),
            0);
  const Report report = expected_report(expected_workspace(), filter, Lang::en);
  ASSERT_FALSE(report.tables.empty());
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / table_csv_name(table, filter)), table_csv(table, report)) << table.id;
  }
  EXPECT_TRUE(fs::exists(csv / "kurser_org-org-02.csv"));
  // A workplace and a quarter too.
  filter.work_setting = "hemtjanst";
  filter.period = Period{2026, 2};
  const Report narrow = expected_report(expected_workspace(), filter, Lang::en);
  std::string err;
  const int code = run(content_arg() + key_arg() + "--lang en --org org-02 --setting hemtjanst --period 2026-Q2 --csv '" +
                           (root_ / "csv-smal").string() + "' '" + inbox().string() + "'",
                       nullptr, &err);
  if (narrow.too_small) {
    EXPECT_EQ(code, 3);
  } else {
    ASSERT_EQ(code, 0) << err;
    for (const ReportTable& table : narrow.tables) {
      EXPECT_EQ(slurp(root_ / "csv-smal" / table_csv_name(table, filter)), table_csv(table, narrow)) << table.id;
    }
  }
}

TEST_F(ReportTool, ASelectionOfTooFewPeopleExitsWithThreeAndWritesNothing) {
  std::string err;
  const fs::path csv = root_ / "csv-fa";
  EXPECT_EQ(run(content_arg() + key_arg() + "--org org-02 --role chef --setting annat --period 2026-Q1 --csv '" +
                    csv.string() + "' '" + inbox().string() + "'",
                nullptr, &err),
            3);
  EXPECT_TRUE(contains(err, "urvalet har färre än 10 deltagare")) << err;
  EXPECT_FALSE(fs::exists(csv));
}

TEST_F(ReportTool, AProgrammeLinkNamesTheOrganisationsAndTheReport) {
  Programme programme;
  programme.id = "H4KD9PQM";
  programme.name = "Omsorgslyftet";
  programme.organisations = {{"org-01", "Norrdals kommun"}, {"org-03", "Söderby kommun"}};
  programme.module_ids = {catalog_.modules.front().id};
  programme.instrument_ids = {catalog_.instrument->id};
  const std::string link = programme_link("https://example.org/digilyft/", programme, catalog_);
  const fs::path csv = root_ / "csv-namn", html = root_ / "rapport-namn.html";
  // The link names another programme than the files': use a key without a programme, and the link's
  // programme refuses every file of the generated one.
  std::string out;
  ASSERT_EQ(run(content_arg() + key_arg() + "--link '" + link + "' --csv '" + csv.string() + "' --html '" +
                    html.string() + "' '" + inbox().string() + "'",
                &out),
            0);
  EXPECT_TRUE(contains(out, "Filen hör till ett annat program")) << out;
  // With the files' own programme in the link, they are read.
  programme.id = expected_workspace().programme;
  const std::string own = programme_link("https://example.org/digilyft/", programme, catalog_);
  ASSERT_EQ(run(content_arg() + key_arg() + "--link '" + own + "' --csv '" + csv.string() + "' --html '" +
                html.string() + "' '" + inbox().string() + "'"),
            0);
  ReportSetup setup;
  setup.organisation_names = {{"org-01", "Norrdals kommun"}, {"org-03", "Söderby kommun"}};
  setup.programme_modules = programme.module_ids;
  setup.t2_interval_months = programme.t2_interval_months;
  const Report report = expected_report(expected_workspace(programme.id), ReportFilter{}, Lang::sv, setup);
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / (table.id + ".csv")), table_csv(table, report)) << table.id;
  }
  EXPECT_TRUE(contains(slurp(csv / "kurser.csv"), "\r\n" + catalog_.modules[1].title.sv + ";–;–;–;–\r\n"))
      << "a course not in the programme is empty by definition";
  const std::string by_org = slurp(csv / "deltagare-organisation.csv");
  EXPECT_TRUE(contains(by_org, "Norrdals kommun (org-01);"));
  EXPECT_TRUE(contains(by_org, "\r\norg-02;"));  // not in the link: the code alone
  EXPECT_EQ(slurp(html), report_html(report, "Omsorgslyftet"));

  std::string err;
  EXPECT_EQ(run(content_arg() + key_arg() + "--link 'https://example.org/#program=1&id=x' '" + inbox().string() + "'",
                nullptr, &err),
            2);
  EXPECT_TRUE(contains(err, "--link")) << err;
  EXPECT_EQ(run(content_arg() + key_arg() + "--link 'https://example.org/' '" + inbox().string() + "'", nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "no programme")) << err;
  // A key file of another programme than the link's.
  const fs::path theirs = root_ / "deras-nyckel.json";
  spill(theirs, key_file_json(WorkspaceKey{"Q7RT2KXW", key_.secret, ""}));
  EXPECT_EQ(run(content_arg() + "--key '" + theirs.string() + "' --link '" + own + "' '" + inbox().string() + "'",
                nullptr, &err),
            2);
  EXPECT_TRUE(contains(err, "Nyckelfilen hör till ett annat program")) << err;
}

TEST_F(ReportTool, SaysWhatBecameOfEachFileInThePagesWords) {
  std::string out, err;
  ASSERT_EQ(run(content_arg() + key_arg() + "'" + inbox().string() + "'", &out, &err), 0);  // bad files are no failure
  const Workspace workspace = expected_workspace();
  EXPECT_EQ(workspace.log.size(), 152u);
  std::size_t lines = 0;
  for (const char c : out) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, workspace.log.size());
  const std::string broken = (inbox() / "zz-trasig.json").string();
  ASSERT_EQ(workspace.log.back().file_name, broken);
  EXPECT_TRUE(contains(out, broken + ": Inte inläst. " + describe(workspace.log.back().problems.front(), Lang::sv)));
  EXPECT_TRUE(contains(out, (inbox() / "zz-kopia.json").string() + ": Redan inläst. Svaren "));
  EXPECT_FALSE(contains(out, "inte-en-fil.txt"));
  // The summary, then the run's peak memory.
  EXPECT_EQ(err.substr(0, err.find('\n') + 1), "152 filer lästa. 150 deltagare. 1 fil kunde inte läsas.\n");
  EXPECT_TRUE(std::regex_match(err.substr(err.find('\n') + 1),
                               std::regex("digilyft-report: 152 files, peak memory [0-9]+ MB\n")))
      << err;
}

// Read through many small sorted runs (--run-bytes), the lines come in the order the files were
// read, as the page lists them, the tables are the same, and no temporary file is left behind: not
// after a run, nor after one that stops early.
TEST_F(ReportTool, ManySortedRunsGiveTheSameLinesInFileOrderAndLeaveNoTemporaryFiles) {
  const fs::path temp = root_ / "tmp", csv = root_ / "csv-runs";
  fs::create_directories(temp);
  const std::string small_runs = "--run-bytes 3000 --tmp '" + temp.string() + "' ";
  std::string out, err;
  ASSERT_EQ(run(content_arg() + key_arg() + small_runs + "--csv '" + csv.string() + "' '" + inbox().string() + "'",
                &out, &err),
            0)
      << err;
  const Workspace workspace = expected_workspace();
  std::string expected;
  for (const ImportEntry& entry : workspace.log) expected += import_entry_text(entry, Lang::sv) + "\n";
  EXPECT_EQ(out, expected);
  const Report report = expected_report(workspace, ReportFilter{}, Lang::sv);
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / (table.id + ".csv")), table_csv(table, report)) << table.id;
  }
  EXPECT_TRUE(fs::is_empty(temp));
  // Too few people (exit 3), an output that cannot be written (exit 1): nothing left either.
  EXPECT_EQ(run(content_arg() + key_arg() + small_runs + "--org org-02 --role chef --setting annat --period 2026-Q1 '" +
                inbox().string() + "'"),
            3);
  EXPECT_TRUE(fs::is_empty(temp));
  EXPECT_EQ(run(content_arg() + key_arg() + small_runs + "--csv '" + key_file().string() + "/csv' '" +
                inbox().string() + "'"),
            1);
  EXPECT_TRUE(fs::is_empty(temp));
  // A --tmp that does not exist: said, and exit 1.
  EXPECT_EQ(run(content_arg() + key_arg() + "--tmp '" + (root_ / "finns-inte").string() + "' '" + inbox().string() + "'",
                nullptr, &err),
            1);
  EXPECT_TRUE(contains(err, "cannot make a temporary folder")) << err;
}

// Files sealed for the programme open with the key file's sealing key, and with nothing else.
TEST_F(ReportTool, SealedFilesOpenWithTheProgrammesKeyFile) {
  std::vector<std::string> missing;
  const std::vector<std::string> paths = cli::result_files({inbox().string()}, missing);
  std::vector<Problem> problems;
  const auto first = parse_result_file(slurp(paths.front()), paths.front(), &catalog_, problems);
  ASSERT_TRUE(first && first->programme);
  const auto keys = platform::native::new_sealing_keys();
  ASSERT_TRUE(keys);
  const fs::path sealed_dir = root_ / "sealed";
  for (std::size_t i = 0; i < 3; ++i) {
    const auto sealed = platform::native::seal(keys->public_key, *first->programme, slurp(paths[i]));
    ASSERT_TRUE(sealed);
    spill(sealed_dir / ("sealed-" + std::to_string(i) + ".json"), sealed_file_json(*sealed));
  }
  const fs::path with_key = root_ / "nyckel-med-lås.json";
  spill(with_key, key_file_json(WorkspaceKey{*first->programme, key_.secret, keys->private_key}));
  std::string out, err;
  EXPECT_EQ(run(content_arg() + "--now 2027-Q4 --key '" + with_key.string() + "' '" + sealed_dir.string() + "'", &out, &err), 0);
  EXPECT_EQ(err.substr(0, err.find('\n')), "3 filer lästa. 3 deltagare. Alla filer kunde läsas.");
  // Without the sealing key (the tables' key only), each says why it was not read.
  EXPECT_EQ(run(content_arg() + key_arg() + "'" + sealed_dir.string() + "'", &out, &err), 0);
  EXPECT_TRUE(contains(out, "sealed-0.json: Inte inläst. " +
                                describe(Problem{"result.sealed_no_key", "", "", ""}, Lang::sv)));
  // Another programme's sealing key: they do not open.
  const auto other = platform::native::new_sealing_keys();
  spill(with_key, key_file_json(WorkspaceKey{*first->programme, key_.secret, other->private_key}));
  EXPECT_EQ(run(content_arg() + "--now 2027-Q4 --key '" + with_key.string() + "' '" + sealed_dir.string() + "'", &out, &err), 0);
  EXPECT_TRUE(contains(out, "sealed-2.json: Inte inläst. " +
                                describe(Problem{"result.sealed_wrong_key", "", "", ""}, Lang::sv)));

  // An outbox file (three people handed in on one tablet): a line for each file it holds.
  spill(with_key, key_file_json(WorkspaceKey{*first->programme, key_.secret, keys->private_key}));
  std::vector<HandedIn> handed_in;
  for (std::size_t i = 0; i < 3; ++i) {
    const std::string name = "sealed-" + std::to_string(i) + ".json";
    handed_in.push_back({"inlamnad-" + std::to_string(i) + ".json",
                         parse_sealed_file(slurp(sealed_dir / name), name, problems).value()});
  }
  const fs::path outbox = root_ / "digilyft-inlamnade-3-filer.json";
  spill(outbox, outbox_file_json(handed_in));
  EXPECT_EQ(run(content_arg() + "--now 2027-Q4 --key '" + with_key.string() + "' '" + outbox.string() + "'", &out, &err), 0);
  EXPECT_EQ(out, "inlamnad-0.json: Inläst.\ninlamnad-1.json: Inläst.\ninlamnad-2.json: Inläst.\n");
  EXPECT_EQ(err.substr(0, err.find('\n')), "3 filer lästa. 3 deltagare. Alla filer kunde läsas.");
}

// A folder: its .json files, and the .txt files a share sheet sent (digilyft-….txt), not other notes.
TEST_F(ReportTool, AFolderGivesItsResultFilesAndSharedTextFilesOnly) {
  const fs::path folder = root_ / "mapp";
  spill(folder / "a.json", "{}");
  spill(folder / "under" / "digilyft-resultat-2026-Q4-R7KM2X.txt", "{}");
  spill(folder / "anteckningar.txt", "att göra");
  std::vector<std::string> missing;
  const std::vector<std::string> files = cli::result_files({folder.string(), (root_ / "finns-inte").string()}, missing);
  EXPECT_EQ(files, (std::vector<std::string>{(folder / "a.json").string(),
                                             (folder / "under" / "digilyft-resultat-2026-Q4-R7KM2X.txt").string()}));
  EXPECT_EQ(missing, std::vector<std::string>{(root_ / "finns-inte").string()});
}

TEST_F(ReportTool, UsageErrorsExitWithTwo) {
  std::string err;
  EXPECT_EQ(run(content_arg() + key_arg(), nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "usage: digilyft-report"));
  EXPECT_EQ(run(content_arg() + "'" + inbox().string() + "'", nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "--key FILE is needed")) << err;
  EXPECT_EQ(run(content_arg() + key_arg() + "--lang de '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "--period 2026-Q5 '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "--now 2026 '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "--role nobody '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "--setting kontor '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "--colour blue '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "'" + inbox().string() + "' --csv"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "--run-bytes 0 '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + key_arg() + "'" + (root_ / "finns-inte").string() + "'", nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "finns-inte"));
  // A broken key file is never replaced by a new one: the tables would change without a word.
  const fs::path broken = root_ / "trasig-nyckel.json";
  spill(broken, "{\"format\":\"digilyft-report-key\",\"version\":1,\"secret\":\"kort\"}");
  EXPECT_EQ(run(content_arg() + "--key '" + broken.string() + "' '" + inbox().string() + "'", nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "Nyckeln i filen är skadad eller ändrad.")) << err;
  EXPECT_EQ(slurp(broken), "{\"format\":\"digilyft-report-key\",\"version\":1,\"secret\":\"kort\"}");
}

TEST_F(ReportTool, ContentThatCannotBeReadExitsWithOne) {
  std::string err;
  EXPECT_EQ(run("--content '" + (root_ / "inget-innehall").string() + "' " + key_arg() + "'" + inbox().string() + "'",
                nullptr, &err),
            1);
  EXPECT_TRUE(contains(err, "catalog.json"));
}

TEST(Population, IsTheSameForTheSameSeedAndOtherwiseNot) {
  const Catalog catalog = cli::load_content(DL_CONTENT_DIR).value();
  bench::PopulationOptions options;
  options.people = 40;
  const auto a = bench::generate_population(catalog, options);
  const auto b = bench::generate_population(catalog, options);
  options.seed = 2;
  const auto c = bench::generate_population(catalog, options);
  ASSERT_EQ(a.size(), 40u);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].name, b[i].name);
    EXPECT_EQ(a[i].text, b[i].text);
  }
  EXPECT_NE(a.front().text, c.front().text);
}

TEST(Population, EveryFileIsReadAndTheRoundsComeInTheIntendedShares) {
  const Catalog catalog = cli::load_content(DL_CONTENT_DIR).value();
  bench::PopulationOptions options;
  options.people = 2000;
  Workspace workspace;
  for (const auto& file : bench::generate_population(catalog, options)) {
    import_result(workspace, file.name, file.text, catalog);
  }
  ASSERT_EQ(workspace.participants.size(), 2000u);
  int rounds[3] = {};
  std::set<std::string> organisations;
  for (const auto& [code, file] : workspace.participants) {
    for (const auto& round : file.rounds) ++rounds[static_cast<int>(round.round)];
    EXPECT_FALSE(file.modules.empty());
    EXPECT_LE(file.modules.size(), 4u);
    if (file.organisation) organisations.insert(*file.organisation);
  }
  EXPECT_NEAR(rounds[0], 1400, 100);  // about 70 % T0
  EXPECT_NEAR(rounds[1], 1000, 100);  // 50 % T1
  EXPECT_NEAR(rounds[2], 500, 80);    // 25 % T2
  EXPECT_EQ(organisations.size(), 20u);
}

}  // namespace
}  // namespace dl
