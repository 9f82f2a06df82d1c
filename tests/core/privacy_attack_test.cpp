#include <chrono>
#include <cstdio>
#include <gtest/gtest.h>
#include "core/report.hpp"
#include "attack_population.hpp"
#include "report_fixtures.hpp"
namespace dl {
namespace {
TEST(PrivacyAttackScratch, Timing) {
  const Catalog catalog = test::wide_catalog();
  auto t0 = std::chrono::steady_clock::now();
  test::IssuePopulation pop = test::issue_population(catalog);
  const RecordKeys keys = test::keys_for(pop.workspace, 1);
  const FilterChoices choices = filter_choices(pop.workspace);
  std::printf("people %zu orgs %zu roles %zu settings %zu periods %zu\n", pop.workspace.participants.size(), choices.organisations.size(), choices.role_families.size(), choices.work_settings.size(), choices.periods.size());
  std::vector<std::string> orgs = {""}; for (auto& o : choices.organisations) orgs.push_back(o);
  std::vector<std::string> roles = {""}; for (auto& o : choices.role_families) roles.push_back(o);
  std::vector<std::string> sets = {""}; for (auto& o : choices.work_settings) sets.push_back(o);
  std::vector<std::optional<Period>> pers = {std::nullopt}; for (auto& o : choices.periods) pers.push_back(o);
  int made = 0, small = 0; size_t cells = 0;
  for (auto& o : orgs) for (auto& r : roles) for (auto& w : sets) for (auto& p : pers) {
    ReportFilter f; f.organisation = o; f.role_family = r; f.work_setting = w; f.period = p;
    Report rep = make_report(pop.workspace, catalog, f, Lang::sv, test::setup_with(keys));
    if (rep.too_small) ++small; else { ++made; for (auto& t : rep.tables) for (auto& row : t.rows) cells += row.cells.size(); }
  }
  auto t1 = std::chrono::steady_clock::now();
  std::printf("made %d small %d cells %zu time %.2f s\n", made, small, cells, std::chrono::duration<double>(t1 - t0).count());
}
}
}
