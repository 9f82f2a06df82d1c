// Tests for the report's tables on a hand-made workspace of known people (five or more in each
// group, so every figure shows): the order and ids of the tables, each table's figures, the
// organisation, occupational group and period filters, the filter choices and the chart.
#include "core/report.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "core/participant_code.hpp"
#include "fixtures.hpp"

namespace dl {
namespace {

AssessmentRound round_of(const Catalog& catalog, Round round, Period period, int level) {
  AssessmentRound r;
  r.instrument_id = catalog.instrument->id;
  r.round = round;
  r.period = period;
  for (const Statement& s : catalog.instrument->statements) r.answers[s.id] = level;
  return r;
}

// Five women (30–54, care, organisation "a"): T0 all 3 in 2026 Q1, T1 all 2 in 2026 Q2 with the
// evaluation 5/4/2, the login course started in Q1 and completed in Q2 (1.5 h). Five men (55+,
// managers, organisation "b"): T0 all 0 in Q1, the login course started in Q1 (1.5 h), the
// manager survey in Q2 answering "ja" to the routine question.
Workspace known_people(const Catalog& catalog) {
  Workspace ws;
  for (int i = 0; i < 10; ++i) {
    const bool woman = i < 5;
    ResultFile f;
    f.participant = make_participant_code(static_cast<std::uint64_t>(i) * 7919u + 3u);
    f.programme = make_participant_code(99u);
    f.organisation = woman ? "a" : "b";
    f.exported = Period{2026, 2};
    f.background.gender = woman ? "kvinna" : "man";
    f.background.age_band = woman ? "30-54" : "55-plus";
    f.background.role_family = woman ? "omsorg" : "chef";
    f.modules = {ModuleRecord{"saker-inloggning", Period{2026, 1},
                              woman ? std::optional<Period>(Period{2026, 2}) : std::nullopt, 1.5}};
    f.rounds.push_back(round_of(catalog, Round::t0, Period{2026, 1}, woman ? 3 : 0));
    if (woman) {
      f.rounds.push_back(round_of(catalog, Round::t1, Period{2026, 2}, 2));
      f.rounds.back().evaluation = {{"forstaelse", 5}, {"anvander-mer", 4}, {"tryggare", 2}};
    } else {
      f.manager = ManagerRecord{"chefsenkat", Period{2026, 2}, {{"rutin-anpassad", {"ja"}}}};
    }
    ws.participants.emplace(f.participant, f);
    ws.log.push_back(ImportEntry{f.participant + ".json", ImportOutcome::added, {}, {}});
  }
  ws.log.push_back(ImportEntry{"trasig.json", ImportOutcome::rejected, {}, {Problem{"result.not_json", "", "", ""}}});
  return ws;
}

const ReportTable& table(const Report& report, const std::string& id) {
  for (const ReportTable& t : report.tables) {
    if (t.id == id) return t;
  }
  ADD_FAILURE() << "no table " << id;
  return report.tables.front();
}

// The texts of one row, as a reader sees them.
std::vector<std::string> row_texts(const Report& report, const std::string& id, std::size_t row) {
  std::vector<std::string> out;
  for (const Cell& cell : table(report, id).rows.at(row).cells) out.push_back(cell_text(cell, report.lang));
  return out;
}

using Texts = std::vector<std::string>;

TEST(Report, TablesInOrderWithTitlesAndNotes) {
  const Catalog catalog = test::fixture_catalog();
  const Report report = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv);
  const Texts ids = {"deltagare-kon-alder", "deltagare-yrkesgrupp", "deltagare-organisation", "kurser", "timmar",
                     "sjalvskattning", "sjalvskattning-forandring", "kursutvardering", "chefsindikatorer", "svarsfrekvens"};
  ASSERT_EQ(report.tables.size(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    EXPECT_EQ(report.tables[i].id, ids[i]);
    EXPECT_FALSE(report.tables[i].title.empty());
    EXPECT_FALSE(report.tables[i].note.empty());
    for (const ReportRow& row : report.tables[i].rows) EXPECT_EQ(row.cells.size() + 1, report.tables[i].columns.size());
  }
  EXPECT_EQ(report.files_read, 10);
  EXPECT_EQ(cell_text(report.participants, Lang::sv), "10");
  const Report english = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::en);
  EXPECT_EQ(english.tables[0].title, "Participants by gender and age");
  EXPECT_EQ(english.tables[0].rows.back().label, "Total");
  EXPECT_EQ(english.tables[0].columns[1], "29 or younger");
}

TEST(Report, Participants) {
  const Catalog catalog = test::fixture_catalog();
  const Report r = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv);
  const ReportTable& gender_age = table(r, "deltagare-kon-alder");
  EXPECT_EQ(gender_age.columns, (Texts{"Kön", "29 år eller yngre", "30–54 år", "55 år eller äldre", "Ej besvarat", "Totalt"}));
  EXPECT_EQ(gender_age.rows[0].label, "Kvinna");
  EXPECT_EQ(row_texts(r, "deltagare-kon-alder", 0), (Texts{"–", "5", "–", "–", "5"}));
  EXPECT_EQ(row_texts(r, "deltagare-kon-alder", 1), (Texts{"–", "–", "5", "–", "5"}));
  EXPECT_EQ(row_texts(r, "deltagare-kon-alder", 3), (Texts{"–", "–", "–", "–", "–"}));
  EXPECT_EQ(row_texts(r, "deltagare-kon-alder", 4), (Texts{"–", "5", "5", "–", "10"}));
  EXPECT_TRUE(gender_age.rows[4].total);
  EXPECT_EQ(gender_age.sums.size(), 10u);  // five rows and five columns add up

  const ReportTable& roles = table(r, "deltagare-yrkesgrupp");
  ASSERT_EQ(roles.rows.size(), 7u);
  EXPECT_EQ(roles.rows[0].label, "Omsorg (undersköterska, vårdbiträde)");
  EXPECT_EQ(row_texts(r, "deltagare-yrkesgrupp", 0), Texts{"5"});
  EXPECT_EQ(row_texts(r, "deltagare-yrkesgrupp", 4), Texts{"5"});
  EXPECT_EQ(roles.rows[5].label, "Ej besvarat");
  EXPECT_EQ(row_texts(r, "deltagare-yrkesgrupp", 6), Texts{"10"});

  const ReportTable& orgs = table(r, "deltagare-organisation");
  ASSERT_EQ(orgs.rows.size(), 4u);
  EXPECT_EQ(orgs.rows[0].label, "a");
  EXPECT_EQ(orgs.rows[2].label, "Ej angiven");
  EXPECT_EQ(row_texts(r, "deltagare-organisation", 1), Texts{"5"});
  EXPECT_EQ(row_texts(r, "deltagare-organisation", 2), Texts{"–"});
  EXPECT_EQ(row_texts(r, "deltagare-organisation", 3), Texts{"10"});
}

TEST(Report, CoursesAndHours) {
  const Catalog catalog = test::fixture_catalog();
  const Report r = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv);
  const ReportTable& courses = table(r, "kurser");
  ASSERT_EQ(courses.rows.size(), 3u);
  EXPECT_EQ(courses.rows[0].label, "Säker inloggning");
  EXPECT_EQ(row_texts(r, "kurser", 0), (Texts{"10", "5", "15,0", "1,5"}));
  EXPECT_EQ(row_texts(r, "kurser", 1), (Texts{"–", "–", "–", "–"}));
  EXPECT_EQ(row_texts(r, "kurser", 2), (Texts{"10", "5", "15,0", "1,5"}));
  EXPECT_EQ(row_texts(r, "timmar", 0), (Texts{"5", "7,5", "1,5"}));
  EXPECT_EQ(row_texts(r, "timmar", 3), (Texts{"10", "15,0", "1,5"}));
}

TEST(Report, SelfAssessmentAndChange) {
  const Catalog catalog = test::fixture_catalog();
  const Report r = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv);
  const ReportTable& sa = table(r, "sjalvskattning");
  ASSERT_EQ(sa.rows.size(), 5u);
  EXPECT_EQ(sa.rows[0].label, "Informations- och datakompetens");
  EXPECT_EQ(sa.columns[1], "T0 antal");
  // T0: five at 100 and five at 0; T1: five at round(2/3 × 100) = 67; no follow-up yet.
  for (std::size_t area = 0; area < 5; ++area) {
    EXPECT_EQ(row_texts(r, "sjalvskattning", area), (Texts{"10", "50,0", "5", "67,0", "–", "–"}));
    EXPECT_EQ(row_texts(r, "sjalvskattning-forandring", area),
              (Texts{"5", "100,0", "67,0", "-33,0", "–", "–", "–", "–"}));
  }
  ASSERT_EQ(r.chart.size(), 15u);
  EXPECT_EQ(r.chart[0].area, "Informations- och datakompetens");
  EXPECT_EQ(r.chart[0].round, Round::t0);
  EXPECT_DOUBLE_EQ(*r.chart[0].score, 50.0);
  EXPECT_DOUBLE_EQ(*r.chart[1].score, 67.0);
  EXPECT_FALSE(r.chart[2].score.has_value());
}

TEST(Report, EvaluationManagersAndResponse) {
  const Catalog catalog = test::fixture_catalog();
  const Report r = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv);
  const ReportTable& evaluation = table(r, "kursutvardering");
  ASSERT_EQ(evaluation.rows.size(), 3u);
  EXPECT_EQ(evaluation.rows[1].label, "Jag använder digitala verktyg mer i mitt arbete nu.");
  EXPECT_EQ(row_texts(r, "kursutvardering", 0), (Texts{"5", "100,0", "–", "–"}));
  EXPECT_EQ(row_texts(r, "kursutvardering", 1), (Texts{"5", "100,0", "–", "–"}));
  EXPECT_EQ(row_texts(r, "kursutvardering", 2), (Texts{"5", "0,0", "–", "–"}));

  const ReportTable& managers = table(r, "chefsindikatorer");
  ASSERT_EQ(managers.rows.size(), 10u);  // 3 + 4 + 3 options
  EXPECT_EQ(managers.rows[0].label, "Har du ändrat en rutin så att den passar ett digitalt arbetssätt?: Ja");
  EXPECT_EQ(row_texts(r, "chefsindikatorer", 0), (Texts{"5", "5", "100,0"}));
  EXPECT_EQ(row_texts(r, "chefsindikatorer", 1), (Texts{"5", "–", "0,0"}));
  EXPECT_EQ(row_texts(r, "chefsindikatorer", 3), (Texts{"–", "–", "–"}));  // nobody answered
  EXPECT_EQ(managers.sums.size(), 1u);  // only the single-choice question adds up

  EXPECT_EQ(row_texts(r, "svarsfrekvens", 0), (Texts{"10", "10", "100,0", "–", "–"}));
  EXPECT_EQ(row_texts(r, "svarsfrekvens", 1), (Texts{"10", "5", "50,0", "5", "50,0"}));
  EXPECT_EQ(row_texts(r, "svarsfrekvens", 2), (Texts{"10", "–", "0,0", "5", "100,0"}));
}

TEST(Report, OrganisationAndRoleFilters) {
  const Catalog catalog = test::fixture_catalog();
  const Workspace ws = known_people(catalog);
  ReportFilter by_org;
  by_org.organisation = "a";
  const Report a = make_report(ws, catalog, by_org, Lang::sv);
  EXPECT_EQ(a.filter, by_org);
  EXPECT_EQ(cell_text(a.participants, Lang::sv), "5");
  EXPECT_EQ(row_texts(a, "deltagare-kon-alder", 4), (Texts{"–", "5", "–", "–", "5"}));
  EXPECT_EQ(row_texts(a, "sjalvskattning", 0), (Texts{"5", "100,0", "5", "67,0", "–", "–"}));
  EXPECT_EQ(row_texts(a, "deltagare-organisation", 1), Texts{"–"});

  ReportFilter by_role;
  by_role.role_family = "chef";
  const Report chefs = make_report(ws, catalog, by_role, Lang::sv);
  EXPECT_EQ(row_texts(chefs, "deltagare-yrkesgrupp", 4), Texts{"5"});
  EXPECT_EQ(row_texts(chefs, "sjalvskattning", 0), (Texts{"5", "0,0", "–", "–", "–", "–"}));
  EXPECT_EQ(row_texts(chefs, "chefsindikatorer", 0), (Texts{"5", "5", "100,0"}));

  ReportFilter nobody = by_org;
  nobody.role_family = "chef";
  const Report none = make_report(ws, catalog, nobody, Lang::sv);
  EXPECT_EQ(cell_text(none.participants, Lang::sv), "–");
  EXPECT_EQ(row_texts(none, "kurser", 0), (Texts{"–", "–", "–", "–"}));
}

TEST(Report, PeriodFilterCountsWhatHappenedInTheQuarter) {
  const Catalog catalog = test::fixture_catalog();
  ReportFilter q2;
  q2.period = Period{2026, 2};
  const Report r = make_report(known_people(catalog), catalog, q2, Lang::sv);
  // Everyone did something in Q2 (T1 and a completion, or the manager survey).
  EXPECT_EQ(cell_text(r.participants, Lang::sv), "10");
  EXPECT_EQ(row_texts(r, "sjalvskattning", 0), (Texts{"–", "–", "5", "67,0", "–", "–"}));
  EXPECT_EQ(row_texts(r, "kurser", 0), (Texts{"–", "5", "–", "–"}));  // started in Q1, completed in Q2
  // Hours of courses started or completed in Q2: the women's.
  EXPECT_EQ(row_texts(r, "timmar", 0), (Texts{"5", "7,5", "1,5"}));
  EXPECT_EQ(row_texts(r, "timmar", 1), (Texts{"5", "0,0", "0,0"}));

  ReportFilter q1;
  q1.period = Period{2026, 1};
  const Report first = make_report(known_people(catalog), catalog, q1, Lang::sv);
  EXPECT_EQ(row_texts(first, "sjalvskattning", 0), (Texts{"10", "50,0", "–", "–", "–", "–"}));
  EXPECT_EQ(row_texts(first, "kurser", 0), (Texts{"10", "–", "15,0", "1,5"}));
  EXPECT_EQ(row_texts(first, "chefsindikatorer", 0), (Texts{"–", "–", "–"}));
}

TEST(Report, SmallGroupsAreHiddenAndAFilterCannotBeSubtracted) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws = known_people(catalog);
  // Two more women in organisation "a": the women's row now has 7, of whom 2 are new.
  const ResultFile woman = std::find_if(ws.participants.begin(), ws.participants.end(), [](const auto& p) {
                             return p.second.background.gender == "kvinna";
                           })->second;
  for (int i = 0; i < 2; ++i) {
    ResultFile f = woman;
    f.participant = make_participant_code(500000u + static_cast<std::uint64_t>(i));
    f.organisation = "c";
    ws.participants.emplace(f.participant, f);
  }
  const Report all = make_report(ws, catalog, ReportFilter{}, Lang::sv);
  EXPECT_EQ(row_texts(all, "deltagare-organisation", 2), Texts{"<5"});
  EXPECT_NE(row_texts(all, "deltagare-organisation", 0), Texts{"5"});  // else 12 - 5 - 5 = 2
  ReportFilter a;
  a.organisation = "a";
  // Organisation "a" has 5 women of the 7: publishing 5 beside the whole table's 7 would show 2.
  const Report only_a = make_report(ws, catalog, a, Lang::sv);
  EXPECT_EQ(row_texts(only_a, "deltagare-kon-alder", 0)[4], "x");
}

TEST(Report, FilterChoices) {
  const Catalog catalog = test::fixture_catalog();
  const FilterChoices choices = filter_choices(known_people(catalog));
  EXPECT_EQ(choices.organisations, (Texts{"a", "b"}));
  EXPECT_EQ(choices.role_families, (Texts{"omsorg", "chef"}));
  EXPECT_EQ(choices.periods, (std::vector<Period>{Period{2026, 1}, Period{2026, 2}}));
  EXPECT_TRUE(filter_choices(Workspace{}).organisations.empty());
  // The report carries them, whatever its filter: a filtered view still offers every choice.
  ReportFilter only_b;
  only_b.organisation = "b";
  const Report report = make_report(known_people(catalog), catalog, only_b, Lang::sv);
  EXPECT_EQ(report.choices.organisations, choices.organisations);
  EXPECT_EQ(report.choices.role_families, choices.role_families);
  EXPECT_EQ(report.choices.periods, choices.periods);
}

TEST(Report, OrganisationsAreShownByTheNamesOfTheCoordinatorsProgramme) {
  EXPECT_EQ(organisation_label("a", {{"a", "Kommun A"}}), "Kommun A (a)");
  EXPECT_EQ(organisation_label("b", {{"a", "Kommun A"}}), "b");
  EXPECT_EQ(organisation_label("a", {{"a", ""}}), "a");
  const Catalog catalog = test::fixture_catalog();
  const OrganisationNames names = {{"a", "Kommun A, hemtjänst"}};
  const Report named = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv, names);
  EXPECT_EQ(table(named, "deltagare-organisation").rows[0].label, "Kommun A, hemtjänst (a)");
  EXPECT_EQ(table(named, "deltagare-organisation").rows[1].label, "b");
  EXPECT_EQ(table(named, "timmar").rows[0].label, "Kommun A, hemtjänst (a)");
  EXPECT_EQ(named.organisation_names, names);
  // Only the labels differ: the figures, and the filters' codes, are the same as without names.
  const Report plain = make_report(known_people(catalog), catalog, ReportFilter{}, Lang::sv);
  EXPECT_EQ(named.choices.organisations, plain.choices.organisations);
  for (std::size_t t = 0; t < plain.tables.size(); ++t) {
    for (std::size_t r = 0; r < plain.tables[t].rows.size(); ++r) {
      EXPECT_EQ(row_texts(named, plain.tables[t].id, r), row_texts(plain, plain.tables[t].id, r));
    }
  }
}

TEST(Report, SameWorkspaceSameReport) {
  const Catalog catalog = test::fixture_catalog();
  const Workspace ws = known_people(catalog);
  const Report one = make_report(ws, catalog, ReportFilter{}, Lang::sv);
  const Report two = make_report(ws, catalog, ReportFilter{}, Lang::sv);
  ASSERT_EQ(one.tables.size(), two.tables.size());
  for (std::size_t t = 0; t < one.tables.size(); ++t) {
    for (std::size_t r = 0; r < one.tables[t].rows.size(); ++r) {
      EXPECT_EQ(row_texts(one, one.tables[t].id, r), row_texts(two, two.tables[t].id, r));
    }
  }
}

}  // namespace
}  // namespace dl
