// Tests for the report's tables on a hand-made workspace of known people (40 in each group, so
// every figure shows): the order and ids of the tables, each figure within the noise's bound of
// the truth, "–" only where a figure cannot exist, the organisation, occupational group, workplace
// and period filters, filtered reports too small to make, the filter choices, the chart, and the
// same group always showing the same figure.
#include "core/report.hpp"

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "core/participant_code.hpp"
#include "fixtures.hpp"
#include "report_fixtures.hpp"

namespace dl {
namespace {

constexpr int kGroup = 40;  // people in each of the two groups
const std::string kProgramme = make_participant_code(99u);

AssessmentRound round_of(const Catalog& catalog, Round round, Period period, int level) {
  AssessmentRound r;
  r.instrument_id = catalog.instrument->id;
  r.round = round;
  r.period = period;
  for (const Statement& s : catalog.instrument->statements) r.answers[s.id] = level;
  return r;
}

// 40 women (30–54, care, home care, organisation "a"): T0 all 3 in 2026 Q1, T1 all 2 in 2026 Q2
// with the evaluation 5/4/2, the login course started in Q1 and completed in Q2 (1.5 h). 40 men
// (55+, managers, residential care, organisation "b"): T0 all 0 in Q1, the login course started in
// Q1 (1.5 h), the manager survey in Q2 answering "ja" to the routine question.
Workspace known_people(const Catalog& catalog) {
  Workspace ws;
  ws.programme = kProgramme;
  for (int i = 0; i < 2 * kGroup; ++i) {
    const bool woman = i < kGroup;
    ResultFile f;
    f.participant = make_participant_code(static_cast<std::uint64_t>(i) * 7919u + 3u);
    f.programme = kProgramme;
    f.organisation = woman ? "a" : "b";
    f.exported = Period{2026, 2};
    f.background.gender = woman ? "kvinna" : "man";
    f.background.age_band = woman ? "30-54" : "55-plus";
    f.background.role_family = woman ? "omsorg" : "chef";
    f.background.work_setting = woman ? "hemtjanst" : "sarskilt-boende";
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
  return ws;
}

struct Fixture {
  Catalog catalog = test::fixture_catalog();
  Workspace ws = known_people(catalog);
  RecordKeys keys = test::keys_for(ws);
  Report report(const ReportFilter& filter = {}, Lang lang = Lang::sv) const {
    return make_report(ws, catalog, filter, lang, test::setup_with(keys));
  }
};

const ReportTable& table(const Report& report, const std::string& id) {
  for (const ReportTable& t : report.tables) {
    if (t.id == id) return t;
  }
  ADD_FAILURE() << "no table " << id;
  static const ReportTable none;
  return none;
}

std::string text_at(const Report& report, const std::string& id, std::size_t row, std::size_t column) {
  return cell_text(table(report, id).rows.at(row).cells.at(column), report.lang);
}

// A count shown as a reader sees it: within the noise of the truth, ".." for 0–2 people.
void expect_count(const std::string& text, int truth, const std::string& where) {
  const auto shown = test::figure_of(text);
  if (truth <= 2) {
    EXPECT_EQ(text, kHiddenSymbol) << where;
    return;
  }
  if (!shown) {
    EXPECT_EQ(text, kHiddenSymbol) << where;
    EXPECT_LE(truth, kSmallestShown - 1 + kNoiseBound) << where << ": " << truth << " hidden";
    return;
  }
  EXPECT_GE(*shown, kSmallestShown) << where;
  EXPECT_LE(std::abs(*shown - truth), kNoiseBound) << where << ": shows " << text << " for " << truth;
}

// A mean, share or hours figure: shown, within `tolerance` of the truth.
void expect_near(const std::string& text, double truth, double tolerance, const std::string& where) {
  const auto shown = test::figure_of(text);
  ASSERT_TRUE(shown.has_value()) << where << ": " << text;
  EXPECT_LE(std::abs(*shown - truth), tolerance) << where << ": shows " << text << " for " << truth;
}

// Mean of 40 scores of at most 100: the sum's noise over the perturbed count, and the rounding.
const double kMeanTolerance = kMagnitudeShare * 100.0 / (kGroup - kNoiseBound) + 0.05;
// A share of counts of about 40 each moved by at most 3.
const double kShareTolerance = 100.0 * (2.0 * kNoiseBound) / (kGroup - kNoiseBound) + 0.05;

TEST(Report, TablesInOrderWithTitlesAndNotes) {
  const Fixture f;
  const Report report = f.report();
  const std::vector<std::string> ids = {
      "deltagare-kon-alder", "deltagare-yrkesgrupp", "deltagare-arbetsplats", "deltagare-organisation",
      "kurser", "timmar", "sjalvskattning", "sjalvskattning-forandring", "kursutvardering", "chefsindikatorer",
      "svarsfrekvens"};
  ASSERT_EQ(report.tables.size(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    EXPECT_EQ(report.tables[i].id, ids[i]);
    EXPECT_FALSE(report.tables[i].title.empty());
    EXPECT_FALSE(report.tables[i].note.empty());
    for (const ReportRow& row : report.tables[i].rows) EXPECT_EQ(row.cells.size() + 1, report.tables[i].columns.size());
  }
  EXPECT_FALSE(report.too_small);
  EXPECT_FALSE(report.keys_missing);
  expect_count(cell_text(report.participants, Lang::sv), 2 * kGroup, "participants");
  const Report english = f.report({}, Lang::en);
  EXPECT_EQ(english.tables[0].title, "Participants by gender and age");
  EXPECT_EQ(english.tables[0].rows.back().label, "Total");
  EXPECT_EQ(english.tables[0].columns[1], "29 or younger");
}

TEST(Report, ParticipantsByGenderAgeRoleWorkplaceAndOrganisation) {
  const Fixture f;
  const Report r = f.report();
  const ReportTable& gender_age = table(r, "deltagare-kon-alder");
  EXPECT_EQ(gender_age.columns,
            (std::vector<std::string>{"Kön", "29 år eller yngre", "30–54 år", "55 år eller äldre", "Ej besvarat", "Totalt"}));
  EXPECT_EQ(gender_age.rows[0].label, "Kvinna");
  // Women are 30–54, men 55+; every other cell is empty and shows "..", as a few people would.
  const int truth[5][5] = {{0, kGroup, 0, 0, kGroup}, {0, 0, kGroup, 0, kGroup}, {0, 0, 0, 0, 0},
                           {0, 0, 0, 0, 0}, {0, kGroup, kGroup, 0, 2 * kGroup}};
  for (std::size_t row = 0; row < 5; ++row) {
    for (std::size_t column = 0; column < 5; ++column) {
      expect_count(text_at(r, "deltagare-kon-alder", row, column), truth[row][column],
                   "gender×age " + std::to_string(row) + "," + std::to_string(column));
    }
  }
  EXPECT_TRUE(gender_age.rows[4].total);
  EXPECT_EQ(gender_age.sums.size(), 10u);  // five rows and five columns add up before the noise

  const ReportTable& roles = table(r, "deltagare-yrkesgrupp");
  ASSERT_EQ(roles.rows.size(), 7u);
  EXPECT_EQ(roles.rows[0].label, "Omsorg (undersköterska, vårdbiträde)");
  expect_count(text_at(r, "deltagare-yrkesgrupp", 0, 0), kGroup, "care");
  expect_count(text_at(r, "deltagare-yrkesgrupp", 1, 0), 0, "disability support");
  expect_count(text_at(r, "deltagare-yrkesgrupp", 4, 0), kGroup, "managers");
  EXPECT_EQ(roles.rows[5].label, "Ej besvarat");
  expect_count(text_at(r, "deltagare-yrkesgrupp", 6, 0), 2 * kGroup, "roles total");
  // The total is the same group as the participants: the same figure.
  EXPECT_EQ(text_at(r, "deltagare-yrkesgrupp", 6, 0), cell_text(r.participants, Lang::sv));

  const ReportTable& settings = table(r, "deltagare-arbetsplats");
  ASSERT_EQ(settings.rows.size(), 8u);  // six kinds, not answered, total
  EXPECT_EQ(settings.rows[0].label, "Hemtjänst");
  expect_count(text_at(r, "deltagare-arbetsplats", 0, 0), kGroup, "home care");
  expect_count(text_at(r, "deltagare-arbetsplats", 1, 0), kGroup, "residential care");
  EXPECT_EQ(text_at(r, "deltagare-arbetsplats", 7, 0), cell_text(r.participants, Lang::sv));

  const ReportTable& orgs = table(r, "deltagare-organisation");
  ASSERT_EQ(orgs.rows.size(), 4u);  // a, b, not given, total (no row for files without a programme)
  EXPECT_EQ(orgs.rows[0].label, "a");
  EXPECT_EQ(orgs.rows[2].label, "Ej angiven");
  expect_count(text_at(r, "deltagare-organisation", 1, 0), kGroup, "b");
  EXPECT_EQ(text_at(r, "deltagare-organisation", 2, 0), kHiddenSymbol);
}

TEST(Report, CoursesAndHours) {
  const Fixture f;
  const Report r = f.report();
  const ReportTable& courses = table(r, "kurser");
  ASSERT_EQ(courses.rows.size(), 3u);
  EXPECT_EQ(courses.rows[0].label, "Säker inloggning");
  EXPECT_EQ(courses.columns[4], "Timmar per påbörjad kurs");
  expect_count(text_at(r, "kurser", 0, 0), 2 * kGroup, "started");
  expect_count(text_at(r, "kurser", 0, 1), kGroup, "completed");
  // Hours in all: 1.5 h each, scaled to the perturbed count, and a noise of at most 0.3 × 1.5 h.
  expect_near(text_at(r, "kurser", 0, 2), 1.5 * 2 * kGroup, 1.5 * kNoiseBound + kMagnitudeShare * kHoursNoiseFloor + 0.05,
              "hours");
  expect_near(text_at(r, "kurser", 0, 3), 1.5, kMagnitudeShare * kHoursNoiseFloor / (2 * kGroup - kNoiseBound) + 0.05,
              "hours per start");
  for (std::size_t c = 0; c < 4; ++c) EXPECT_EQ(text_at(r, "kurser", 1, c), kHiddenSymbol);  // nobody
  expect_count(text_at(r, "kurser", 2, 0), 2 * kGroup, "starts in all");
  const double per_person = kMagnitudeShare * kHoursNoiseFloor / (kGroup - kNoiseBound) + 0.05;
  expect_near(text_at(r, "timmar", 0, 2), 1.5, per_person, "hours per participant in a");
  expect_near(text_at(r, "timmar", 3, 2), 1.5, per_person, "hours per participant");
  // The hours table's participants are the organisation table's: the same groups, the same figures.
  for (std::size_t row = 0; row < 4; ++row) {
    EXPECT_EQ(text_at(r, "timmar", row, 0), text_at(r, "deltagare-organisation", row, 0));
  }
}

TEST(Report, ACourseNotInTheProgrammeIsEmptyByDefinition) {
  const Fixture f;
  ReportSetup setup = test::setup_with(f.keys);
  setup.programme_modules = {"saker-inloggning"};
  const Report r = make_report(f.ws, f.catalog, ReportFilter{}, Lang::sv, setup);
  for (std::size_t c = 0; c < 4; ++c) EXPECT_EQ(text_at(r, "kurser", 1, c), "–");
  expect_count(text_at(r, "kurser", 0, 0), 2 * kGroup, "started");
}

TEST(Report, SelfAssessmentAndChange) {
  const Fixture f;
  const Report r = f.report();
  const ReportTable& sa = table(r, "sjalvskattning");
  ASSERT_EQ(sa.rows.size(), 5u);
  EXPECT_EQ(sa.rows[0].label, "Informations- och datakompetens");
  EXPECT_EQ(sa.columns[1], "T0 antal");
  // T0: 40 at 100 and 40 at 0; T1: 40 at round(2/3 × 100) = 67; no follow-up yet.
  for (std::size_t area = 0; area < 5; ++area) {
    const std::string where = "area " + std::to_string(area);
    expect_count(text_at(r, "sjalvskattning", area, 0), 2 * kGroup, where);
    expect_near(text_at(r, "sjalvskattning", area, 1), 50.0, kMeanTolerance, where);
    expect_count(text_at(r, "sjalvskattning", area, 2), kGroup, where);
    expect_near(text_at(r, "sjalvskattning", area, 3), 67.0, kMeanTolerance, where);
    EXPECT_EQ(text_at(r, "sjalvskattning", area, 4), kHiddenSymbol);
    EXPECT_EQ(text_at(r, "sjalvskattning", area, 5), kHiddenSymbol);
    expect_count(text_at(r, "sjalvskattning-forandring", area, 0), kGroup, where);
    // Before: the women all scored 100. A mean that tells every member's score is not shown, and
    // neither is the change from it.
    EXPECT_EQ(text_at(r, "sjalvskattning-forandring", area, 1), kHiddenSymbol) << where;
    expect_near(text_at(r, "sjalvskattning-forandring", area, 2), 67.0, kMeanTolerance, where);
    EXPECT_EQ(text_at(r, "sjalvskattning-forandring", area, 3), kHiddenSymbol) << where;
    // T0 of the women who also did T1 is a group of its own: the T0 column counts the men too.
    EXPECT_EQ(text_at(r, "sjalvskattning-forandring", area, 4), kHiddenSymbol);
  }
  ASSERT_EQ(r.chart.size(), 15u);
  EXPECT_EQ(r.chart[0].area, "Informations- och datakompetens");
  EXPECT_EQ(r.chart[0].round, Round::t0);
  EXPECT_EQ(cell_text(Cell{Cell::Show::figure, *r.chart[0].score, true, 0}, Lang::sv), text_at(r, "sjalvskattning", 0, 1));
  EXPECT_EQ(cell_text(Cell{Cell::Show::figure, *r.chart[1].score, true, 0}, Lang::sv), text_at(r, "sjalvskattning", 0, 3));
  EXPECT_FALSE(r.chart[2].score.has_value());
}

TEST(Report, EvaluationManagersAndResponse) {
  const Fixture f;
  const Report r = f.report();
  const ReportTable& evaluation = table(r, "kursutvardering");
  ASSERT_EQ(evaluation.rows.size(), 3u);
  EXPECT_EQ(evaluation.rows[1].label, "Jag använder digitala verktyg mer i mitt arbete nu.");
  expect_count(text_at(r, "kursutvardering", 0, 0), kGroup, "evaluation");
  // Every woman answered 5 on the first item: 100 % is hidden, since nobody's answer may be certain.
  EXPECT_EQ(text_at(r, "kursutvardering", 0, 1), kHiddenSymbol);
  EXPECT_EQ(text_at(r, "kursutvardering", 2, 1), kHiddenSymbol);  // 0 % likewise
  // T2 asks only the use items again ("anvander-mer"): the others cannot have a T2 figure.
  EXPECT_EQ(text_at(r, "kursutvardering", 0, 2), "–");
  EXPECT_EQ(text_at(r, "kursutvardering", 0, 3), "–");
  EXPECT_EQ(text_at(r, "kursutvardering", 1, 2), kHiddenSymbol);  // a use item nobody answered yet

  const ReportTable& managers = table(r, "chefsindikatorer");
  ASSERT_EQ(managers.rows.size(), 10u);  // 3 + 4 + 3 options
  EXPECT_EQ(managers.rows[0].label, "Har du ändrat en rutin så att den passar ett digitalt arbetssätt? Ja");
  expect_count(text_at(r, "chefsindikatorer", 0, 0), kGroup, "managers");
  expect_count(text_at(r, "chefsindikatorer", 0, 1), kGroup, "chose ja");
  EXPECT_EQ(text_at(r, "chefsindikatorer", 0, 2), kHiddenSymbol);  // all of them: not shown
  EXPECT_EQ(text_at(r, "chefsindikatorer", 1, 0), text_at(r, "chefsindikatorer", 0, 0));  // the same group
  EXPECT_EQ(text_at(r, "chefsindikatorer", 1, 1), kHiddenSymbol);
  EXPECT_EQ(text_at(r, "chefsindikatorer", 3, 0), kHiddenSymbol);  // nobody answered
  EXPECT_EQ(managers.sums.size(), 1u);  // only the single-choice question adds up

  // Response: T0 everyone; T1 the 40 women, and the 40 who completed a course could have; T2 due
  // for those 40 (T1 in 2026 Q2 + 4 months, the report made in 2027 Q4), and none has answered.
  expect_count(text_at(r, "svarsfrekvens", 0, 1), 2 * kGroup, "T0 answered");
  EXPECT_EQ(text_at(r, "svarsfrekvens", 0, 2), kHiddenSymbol);  // 100 %
  for (std::size_t c = 3; c < 6; ++c) EXPECT_EQ(text_at(r, "svarsfrekvens", 0, c), "–");
  expect_count(text_at(r, "svarsfrekvens", 1, 1), kGroup, "T1 answered");
  expect_near(text_at(r, "svarsfrekvens", 1, 2), 50.0, kShareTolerance, "T1 share");
  expect_count(text_at(r, "svarsfrekvens", 1, 3), kGroup, "T1 could");
  EXPECT_EQ(text_at(r, "svarsfrekvens", 1, 4), kHiddenSymbol);  // nobody who could dropped out
  expect_count(text_at(r, "svarsfrekvens", 2, 3), kGroup, "T2 could");
  expect_count(text_at(r, "svarsfrekvens", 2, 4), kGroup, "T2 drop-out");
  // The men never completed a course: they are no drop-out after the course.
  EXPECT_EQ(table(r, "svarsfrekvens").columns[5], "Bortfall");
}

TEST(Report, AnAnswerToAQuestionTheSurveyDidNotAskIsNotCounted) {
  Fixture f;
  // Every manager answered "ja" to the routine question and, in an app from before
  // "forutsattningar" followed "nej" only, also answered it.
  for (auto& [code, file] : f.ws.participants) {
    if (file.manager) file.manager->answers["forutsattningar"] = {"tid"};
  }
  expect_count(text_at(f.report(), "chefsindikatorer", 4, 0), kGroup, "answered while always asked");
  expect_count(text_at(f.report(), "chefsindikatorer", 4, 1), kGroup, "chose tid while always asked");
  f.catalog.manager_survey->questions[1].asked_if = SurveyCondition{"rutin-anpassad", {"nej"}};
  const Report r = f.report();
  EXPECT_EQ(text_at(r, "chefsindikatorer", 4, 0), kHiddenSymbol);  // nobody was asked it
  EXPECT_EQ(text_at(r, "chefsindikatorer", 4, 1), kHiddenSymbol);
  expect_count(text_at(r, "chefsindikatorer", 0, 0), kGroup, "the question asked of all");
}

TEST(Report, TheFollowUpCountsAsDropOutOnlyOnceItIsDue) {
  const Fixture f;
  // T1 in 2026 Q2 (up to 30 June) + 4 months: due by the end of October, so from 2026 Q4 on.
  const Report early = make_report(f.ws, f.catalog, {}, Lang::sv, test::setup_with(f.keys, Period{2026, 3}));
  EXPECT_EQ(text_at(early, "svarsfrekvens", 2, 3), kHiddenSymbol);
  EXPECT_EQ(text_at(early, "svarsfrekvens", 2, 4), kHiddenSymbol);
  const Report due = make_report(f.ws, f.catalog, {}, Lang::sv, test::setup_with(f.keys, Period{2026, 4}));
  expect_count(text_at(due, "svarsfrekvens", 2, 4), kGroup, "T2 drop-out when due");
  ReportSetup longer = test::setup_with(f.keys, Period{2026, 4});
  longer.t2_interval_months = 7;  // due by the end of January 2027
  const Report not_yet = make_report(f.ws, f.catalog, {}, Lang::sv, longer);
  EXPECT_EQ(text_at(not_yet, "svarsfrekvens", 2, 4), kHiddenSymbol);
}

TEST(Report, OrganisationRoleAndWorkplaceFilters) {
  const Fixture f;
  ReportFilter by_org;
  by_org.organisation = "a";
  const Report a = f.report(by_org);
  EXPECT_EQ(a.filter, by_org);
  expect_count(cell_text(a.participants, Lang::sv), kGroup, "a");
  // Organisation a alone is the same group as row a of the whole report: the same figure.
  EXPECT_EQ(cell_text(a.participants, Lang::sv), text_at(f.report(), "deltagare-organisation", 0, 0));
  EXPECT_EQ(text_at(a, "deltagare-kon-alder", 4, 5 - 1), cell_text(a.participants, Lang::sv));
  EXPECT_EQ(text_at(a, "sjalvskattning", 0, 1), kHiddenSymbol);  // all 100: not shown
  expect_near(text_at(a, "sjalvskattning", 0, 3), 67.0, kMeanTolerance, "a T1");
  // Rows the filter leaves out are empty by definition, not "few".
  EXPECT_EQ(text_at(a, "deltagare-organisation", 1, 0), "–");
  EXPECT_EQ(text_at(a, "deltagare-organisation", 2, 0), "–");
  EXPECT_EQ(text_at(a, "deltagare-organisation", 0, 0), cell_text(a.participants, Lang::sv));
  EXPECT_EQ(text_at(a, "timmar", 1, 1), "–");
  EXPECT_EQ(text_at(a, "deltagare-yrkesgrupp", 4, 0), kHiddenSymbol);  // not filtered: nobody

  ReportFilter by_role;
  by_role.role_family = "chef";
  const Report chefs = f.report(by_role);
  expect_count(text_at(chefs, "deltagare-yrkesgrupp", 4, 0), kGroup, "managers");
  EXPECT_EQ(text_at(chefs, "deltagare-yrkesgrupp", 0, 0), "–");
  EXPECT_EQ(text_at(chefs, "deltagare-yrkesgrupp", 5, 0), "–");
  EXPECT_EQ(text_at(chefs, "sjalvskattning", 0, 1), kHiddenSymbol);  // all 0: not shown
  expect_count(text_at(chefs, "chefsindikatorer", 0, 1), kGroup, "managers chose ja");
  // The managers are organisation b: the same people, the same figure under either filter.
  ReportFilter by_b;
  by_b.organisation = "b";
  EXPECT_EQ(cell_text(f.report(by_b).participants, Lang::sv), cell_text(chefs.participants, Lang::sv));

  ReportFilter by_setting;
  by_setting.work_setting = "hemtjanst";
  const Report home_care = f.report(by_setting);
  EXPECT_EQ(cell_text(home_care.participants, Lang::sv), cell_text(a.participants, Lang::sv));
  expect_near(text_at(home_care, "sjalvskattning", 0, 3), 67.0, kMeanTolerance, "home care T1");
}

TEST(Report, AFilteredReportOfTooFewPeopleIsNotMade) {
  const Fixture f;
  ReportFilter nobody;
  nobody.organisation = "a";
  nobody.role_family = "chef";
  const Report none = f.report(nobody);
  EXPECT_TRUE(none.too_small);
  EXPECT_TRUE(none.tables.empty());
  EXPECT_TRUE(none.chart.empty());
  // A handful of people: the same. Six managers can show as at most 9.
  Fixture few;
  int kept = 0;
  for (auto it = few.ws.participants.begin(); it != few.ws.participants.end();) {
    const bool drop = it->second.background.gender == "man" && ++kept > 6;
    it = drop ? few.ws.participants.erase(it) : std::next(it);
  }
  ReportFilter only_b;
  only_b.organisation = "b";
  const Report b = make_report(few.ws, few.catalog, only_b, Lang::sv, test::setup_with(few.keys));
  EXPECT_TRUE(b.too_small);
  EXPECT_TRUE(b.tables.empty());
  // The whole programme is always reported, however few.
  Workspace two;
  two.participants.insert(*f.ws.participants.begin());
  const Report whole = make_report(two, f.catalog, {}, Lang::sv, test::setup_with(f.keys));
  EXPECT_FALSE(whole.too_small);
  EXPECT_EQ(cell_text(whole.participants, Lang::sv), kHiddenSymbol);
}

TEST(Report, PeriodFilterCountsWhatHappenedInTheQuarter) {
  const Fixture f;
  ReportFilter q2;
  q2.period = Period{2026, 2};
  const Report r = f.report(q2);
  // Everyone did something in Q2 (T1 and a completion, or the manager survey).
  expect_count(cell_text(r.participants, Lang::sv), 2 * kGroup, "Q2");
  EXPECT_EQ(text_at(r, "sjalvskattning", 0, 0), kHiddenSymbol);
  expect_count(text_at(r, "sjalvskattning", 0, 2), kGroup, "T1 in Q2");
  EXPECT_EQ(text_at(r, "kurser", 0, 0), kHiddenSymbol);  // started in Q1
  expect_count(text_at(r, "kurser", 0, 1), kGroup, "completed in Q2");
  // Hours of courses started or completed in Q2: the women's.
  expect_near(text_at(r, "timmar", 0, 2), 1.5, kMagnitudeShare * kHoursNoiseFloor / (kGroup - kNoiseBound) + 0.05, "a in Q2");
  EXPECT_EQ(text_at(r, "timmar", 1, 2), kHiddenSymbol);  // nobody in b logged time in Q2: not shown as 0
  EXPECT_EQ(text_at(r, "timmar", 1, 1), kHiddenSymbol);
  // Drop-out is not counted within one quarter.
  for (std::size_t row = 0; row < 3; ++row) EXPECT_EQ(text_at(r, "svarsfrekvens", row, 4), "–");

  ReportFilter q1;
  q1.period = Period{2026, 1};
  const Report first = f.report(q1);
  expect_count(text_at(first, "sjalvskattning", 0, 0), 2 * kGroup, "T0 in Q1");
  expect_count(text_at(first, "kurser", 0, 0), 2 * kGroup, "started in Q1");
  EXPECT_EQ(text_at(first, "chefsindikatorer", 0, 0), kHiddenSymbol);
}

TEST(Report, WithoutKeysThereAreNoTables) {
  const Fixture f;
  RecordKeys partial = f.keys;
  partial.erase(partial.begin());
  const Report r = make_report(f.ws, f.catalog, {}, Lang::sv, test::setup_with(partial));
  EXPECT_TRUE(r.keys_missing);
  EXPECT_TRUE(r.tables.empty());
  ReportSetup none;
  EXPECT_TRUE(make_report(f.ws, f.catalog, {}, Lang::sv, none).keys_missing);
}

TEST(Report, FilesWithoutAProgrammeFormAGroupOfTheirOwn) {
  Fixture f;
  f.ws.without_programme = true;
  for (int i = 0; i < 12; ++i) {
    ResultFile loose = f.ws.participants.begin()->second;
    loose.participant = make_participant_code(777000u + static_cast<std::uint64_t>(i));
    loose.programme.reset();
    loose.organisation.reset();
    f.ws.participants.emplace(loose.participant, loose);
  }
  f.keys = test::keys_for(f.ws);
  const Report r = f.report();
  const ReportTable& orgs = table(r, "deltagare-organisation");
  ASSERT_EQ(orgs.rows.size(), 5u);
  EXPECT_EQ(orgs.rows[3].label, "Utan program");
  expect_count(text_at(r, "deltagare-organisation", 3, 0), 12, "without a programme");
  EXPECT_EQ(text_at(r, "deltagare-organisation", 2, 0), kHiddenSymbol);
  EXPECT_EQ(table(r, "timmar").rows[3].label, "Utan program");
  ReportFilter a;
  a.organisation = "a";
  expect_count(cell_text(f.report(a).participants, Lang::sv), kGroup, "a without the loose files");
}

TEST(Report, FilterChoices) {
  const Fixture f;
  const FilterChoices choices = filter_choices(f.ws);
  EXPECT_EQ(choices.organisations, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(choices.role_families, (std::vector<std::string>{"omsorg", "chef"}));
  EXPECT_EQ(choices.work_settings, (std::vector<std::string>{"hemtjanst", "sarskilt-boende"}));
  EXPECT_EQ(choices.periods, (std::vector<Period>{Period{2026, 1}, Period{2026, 2}}));
  EXPECT_TRUE(filter_choices(Workspace{}).organisations.empty());
  // The report carries them, whatever its filter: a filtered view still offers every choice.
  ReportFilter only_b;
  only_b.organisation = "b";
  const Report report = f.report(only_b);
  EXPECT_EQ(report.choices.organisations, choices.organisations);
  EXPECT_EQ(report.choices.role_families, choices.role_families);
  EXPECT_EQ(report.choices.periods, choices.periods);
}

TEST(Report, OrganisationsAreShownByTheNamesOfTheCoordinatorsProgramme) {
  EXPECT_EQ(organisation_label("a", {{"a", "Kommun A"}}), "Kommun A (a)");
  EXPECT_EQ(organisation_label("b", {{"a", "Kommun A"}}), "b");
  EXPECT_EQ(organisation_label("a", {{"a", ""}}), "a");
  const Fixture f;
  ReportSetup setup = test::setup_with(f.keys);
  setup.organisation_names = {{"a", "Kommun A, hemtjänst"}, {"c", "Kommun C"}};
  const Report named = make_report(f.ws, f.catalog, ReportFilter{}, Lang::sv, setup);
  const ReportTable& orgs = table(named, "deltagare-organisation");
  EXPECT_EQ(orgs.rows[0].label, "Kommun A, hemtjänst (a)");
  EXPECT_EQ(orgs.rows[1].label, "b");
  // An organisation of the programme without files has its row too, so a row tells nothing.
  EXPECT_EQ(orgs.rows[2].label, "Kommun C (c)");
  EXPECT_EQ(cell_text(orgs.rows[2].cells[0], Lang::sv), kHiddenSymbol);
  EXPECT_EQ(table(named, "timmar").rows[0].label, "Kommun A, hemtjänst (a)");
  EXPECT_EQ(named.organisation_names, setup.organisation_names);
  // Only the labels differ: the figures, and the filters' codes, are the same as without names.
  const Report plain = f.report();
  EXPECT_EQ(named.choices.organisations, plain.choices.organisations);
  EXPECT_EQ(text_at(named, "deltagare-organisation", 0, 0), text_at(plain, "deltagare-organisation", 0, 0));
}

TEST(Report, SameWorkspaceSameReportAndAnotherSecretAnotherNoise) {
  const Fixture f;
  const Report one = f.report();
  const Report two = f.report();
  ASSERT_EQ(one.tables.size(), two.tables.size());
  for (std::size_t t = 0; t < one.tables.size(); ++t) {
    EXPECT_EQ(table_csv(one.tables[t], one), table_csv(two.tables[t], two)) << one.tables[t].id;
  }
  const RecordKeys other = test::keys_for(f.ws, 2);
  const Report three = make_report(f.ws, f.catalog, {}, Lang::sv, test::setup_with(other));
  int differ = 0;
  for (std::size_t t = 0; t < one.tables.size(); ++t) differ += table_csv(one.tables[t], one) != table_csv(three.tables[t], three);
  EXPECT_GT(differ, 0);
}

}  // namespace
}  // namespace dl
