// digilyft-report, run as a coordinator runs it: on a folder of generated result files (with a
// broken file and a copy among them). Its CSV files and report must equal table_csv and report_html
// of make_report on the same files, and its exit codes must say what happened.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "cli/content_files.hpp"
#include "core/aggregate.hpp"
#include "core/programme.hpp"
#include "core/report.hpp"
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
  }

  static void TearDownTestSuite() { fs::remove_all(root_); }

  static fs::path inbox() { return root_ / "filer"; }

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

  // The workspace the page would hold after reading the same files in the same order.
  static Workspace expected_workspace() {
    std::vector<std::string> missing;
    Workspace workspace;
    for (const std::string& path : cli::result_files({inbox().string()}, missing)) {
      import_result(workspace, path, slurp(path), catalog_);
    }
    return workspace;
  }

  static fs::path root_;
  static Catalog catalog_;
};

fs::path ReportTool::root_;
Catalog ReportTool::catalog_;

TEST_F(ReportTool, CsvFilesAndReportEqualTheTables) {
  const fs::path csv = root_ / "csv-alla", html = root_ / "rapport.html";
  ASSERT_EQ(run(content_arg() + "--csv '" + csv.string() + "' --html '" + html.string() + "' --name 'Norr & Co' '" +
                inbox().string() + "'"),
            0);
  const Report report = make_report(expected_workspace(), catalog_, ReportFilter{}, Lang::sv);
  ASSERT_FALSE(report.tables.empty());
  std::size_t written = 0;
  for (const auto& entry : fs::directory_iterator(csv)) written += entry.path().extension() == ".csv" ? 1 : 0;
  EXPECT_EQ(written, report.tables.size());
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / (table.id + ".csv")), table_csv(table, Lang::sv)) << table.id;
  }
  EXPECT_EQ(slurp(html), report_html(report, "Norr & Co"));
}

TEST_F(ReportTool, FiltersAndEnglishEqualTheTables) {
  const fs::path csv = root_ / "csv-org";
  ReportFilter filter;
  filter.organisation = "org-02";
  filter.role_family = "omsorg";
  filter.period = Period{2026, 2};
  ASSERT_EQ(run(content_arg() + "--lang en --org org-02 --role omsorg --period 2026-Q2 --csv '" + csv.string() +
                "' '" + inbox().string() + "'"),
            0);
  const Report report = make_report(expected_workspace(), catalog_, filter, Lang::en);
  ASSERT_FALSE(report.tables.empty());
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / (table.id + ".csv")), table_csv(table, Lang::en)) << table.id;
  }
}

TEST_F(ReportTool, AProgrammeLinkNamesTheOrganisationsAndTheReport) {
  Programme programme;
  programme.id = "H4KD9PQM";
  programme.name = "Omsorgslyftet";
  programme.organisations = {{"org-01", "Norrdals kommun"}, {"org-03", "Söderby kommun"}};
  programme.module_ids = {catalog_.modules.front().id};
  programme.instrument_ids = {catalog_.instrument->id};
  const std::string link = programme_link("https://example.org/digilyft/", programme);
  const fs::path csv = root_ / "csv-namn", html = root_ / "rapport-namn.html";
  ASSERT_EQ(run(content_arg() + "--link '" + link + "' --csv '" + csv.string() + "' --html '" + html.string() +
                "' '" + inbox().string() + "'"),
            0);
  const OrganisationNames names = {{"org-01", "Norrdals kommun"}, {"org-03", "Söderby kommun"}};
  const Report report = make_report(expected_workspace(), catalog_, ReportFilter{}, Lang::sv, names);
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(slurp(csv / (table.id + ".csv")), table_csv(table, Lang::sv)) << table.id;
  }
  const std::string by_org = slurp(csv / "deltagare-organisation.csv");
  EXPECT_TRUE(contains(by_org, "Norrdals kommun (org-01);"));
  EXPECT_TRUE(contains(by_org, "\r\norg-02;"));  // not in the link: the code alone
  EXPECT_EQ(slurp(html), report_html(report, "Omsorgslyftet"));

  std::string err;
  EXPECT_EQ(run(content_arg() + "--link 'https://example.org/#program=1&id=x' '" + inbox().string() + "'", nullptr, &err),
            2);
  EXPECT_TRUE(contains(err, "--link")) << err;
  EXPECT_EQ(run(content_arg() + "--link 'https://example.org/' '" + inbox().string() + "'", nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "no programme")) << err;
}

TEST_F(ReportTool, SaysWhatBecameOfEachFileInThePagesWords) {
  std::string out, err;
  ASSERT_EQ(run(content_arg() + "'" + inbox().string() + "'", &out, &err), 0);  // bad files are no failure
  const Workspace workspace = expected_workspace();
  EXPECT_EQ(workspace.log.size(), 152u);
  std::size_t lines = 0;
  for (const char c : out) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, workspace.log.size());
  const std::string broken = (inbox() / "zz-trasig.json").string();
  ASSERT_EQ(workspace.log.back().file_name, broken);
  EXPECT_TRUE(contains(out, broken + ": Inte inläst. " + describe(workspace.log.back().problems.front(), Lang::sv)));
  EXPECT_TRUE(contains(out, (inbox() / "zz-kopia.json").string() + ": Redan inläst ("));
  EXPECT_FALSE(contains(out, "inte-en-fil.txt"));
  EXPECT_EQ(err, "152 filer lästa. 150 deltagare. 1 fil kunde inte läsas.\n");
}

TEST_F(ReportTool, UsageErrorsExitWithTwo) {
  std::string err;
  EXPECT_EQ(run(content_arg(), nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "usage: digilyft-report"));
  EXPECT_EQ(run(content_arg() + "--lang de '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + "--period 2026-Q5 '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + "--role nobody '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + "--colour blue '" + inbox().string() + "'"), 2);
  EXPECT_EQ(run(content_arg() + "'" + inbox().string() + "' --csv"), 2);
  EXPECT_EQ(run(content_arg() + "'" + (root_ / "finns-inte").string() + "'", nullptr, &err), 2);
  EXPECT_TRUE(contains(err, "finns-inte"));
}

TEST_F(ReportTool, ContentThatCannotBeReadExitsWithOne) {
  std::string err;
  EXPECT_EQ(run("--content '" + (root_ / "inget-innehall").string() + "' '" + inbox().string() + "'", nullptr, &err), 1);
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
