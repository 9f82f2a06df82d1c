// Tests for the plain-words summary of a result file shown before saving: every part of the file
// has its line in Swedish and English, what is not answered says so, and the closing line says what
// is never in the file.
#include "core/result_summary.hpp"

#include <gtest/gtest.h>

#include "fixtures/course_model.hpp"

namespace dl {
namespace {

// A manager in home care in a programme: T0 and T1 (with then/now and evaluation), one course
// completed and one opened, the manager survey.
ResultFile full_file() {
  ResultFile f;
  f.programme = "H4KD9PQM";
  f.organisation = "k01";
  f.participant = "K7QM4XPD";
  f.exported = Period{2026, 4};
  f.background.gender = "kvinna";
  f.background.role_family = "chef";
  f.background.work_setting = "hemtjanst";
  f.modules = {ModuleRecord{"digital-grund", Period{2026, 3}, Period{2026, 4}, 1.25},
               ModuleRecord{"videosamtal", Period{2026, 4}, std::nullopt, 0.0}};
  AssessmentRound t0;
  t0.instrument_id = "digcomp-omsorg";
  t0.round = Round::t0;
  t0.period = Period{2026, 3};
  t0.answers = {{"comm-1", 2}, {"info-1", 1}, {"safety-1", kNotApplicable}};
  AssessmentRound t1 = t0;
  t1.round = Round::t1;
  t1.period = Period{2026, 4};
  t1.then = {{"info-1", 1}};
  t1.evaluation = {{"eval-nytta", 4}, {"eval-anvander", 5}};
  f.rounds = {t0, t1};
  f.manager = ManagerRecord{"chefsenkat", Period{2026, 4}, {{"rutiner", {"ja"}}}};
  return f;
}

TEST(ResultSummary, SaysWhatTheFileHoldsInSwedish) {
  const std::vector<std::string> expected = {
      "Deltagarkod: K7QM4XPD – en slumpad kod, inte ditt namn",
      "Program: Digilyft Skåne 2026 (kod H4KD9PQM)",
      "Organisation: Kommun A, hemtjänst (kod k01)",
      "Kön: Kvinna",
      "Ålder: inte besvarat",
      "Yrkesgrupp: Chef",
      "Arbetsplats: Hemtjänst",
      "Kurser: 2 påbörjade, 1 klar, sammanlagt 1,25 timmar",
      "Kurs: Digital grund i arbetet – påbörjad 2026 kvartal 3, klar 2026 kvartal 4, 1,25 timmar",
      "Kurs: Videosamtal – påbörjad 2026 kvartal 4, under en kvart",
      "Självskattning, före kurserna (2026 kvartal 3): 3 svar",
      "Självskattning, efter kursen (2026 kvartal 4): 3 svar, 1 om hur det var före kursen, 2 om kursen",
      "Chefsenkät: besvarad (2026 kvartal 4)",
      "Sparad: 2026 kvartal 4",
      "Inte med: ditt namn, namnet på din arbetsplats, fritext, datum eller klockslag.",
  };
  EXPECT_EQ(describe_result_file(full_file(), test::course_catalog(), ProgrammeNames{"Digilyft Skåne 2026", "Kommun A, hemtjänst"}, Lang::sv), expected);
}

TEST(ResultSummary, SaysWhatTheFileHoldsInEnglish) {
  const std::vector<std::string> lines =
      describe_result_file(full_file(), test::course_catalog(), ProgrammeNames{"Digilyft Skåne 2026", "Kommun A, hemtjänst"}, Lang::en);
  const std::vector<std::string> expected = {
      "Participant code: K7QM4XPD – a random code, not your name",
      "Programme: Digilyft Skåne 2026 (code H4KD9PQM)",
      "Organisation: Kommun A, hemtjänst (code k01)",
      "Gender: Woman",
      "Age: not answered",
      "Occupational group: Manager",
      "Workplace: Home care",
      "Courses: 2 started, 1 completed, 1.25 hours in all",
      "Course: Digital basics at work – started Q3 2026, completed Q4 2026, 1.25 hours",
      "Course: Videosamtal – started Q4 2026, under a quarter of an hour",  // no English title: the Swedish one
      "Self-assessment, before the courses (Q3 2026): 3 answers",
      "Self-assessment, after the course (Q4 2026): 3 answers, 1 on how it was before the course, 2 about the "
      "course",
      "Manager survey: answered (Q4 2026)",
      "Saved: Q4 2026",
      "Not included: your name, the name of your workplace, free text, dates or times of day.",
  };
  EXPECT_EQ(lines, expected);
}

TEST(ResultSummary, WithoutProgrammeOrAnswersEachPartSaysSo) {
  ResultFile f;
  f.participant = "K7QM4XPD";
  f.exported = Period{2027, 1};
  const std::vector<std::string> expected = {
      "Deltagarkod: K7QM4XPD – en slumpad kod, inte ditt namn",
      "Program: inget",
      "Kön: inte besvarat",
      "Ålder: inte besvarat",
      "Yrkesgrupp: inte besvarat",
      "Arbetsplats: inte besvarat",
      "Kurser: ingen påbörjad",
      "Självskattning: ingen klar än",
      "Sparad: 2027 kvartal 1",
      "Inte med: ditt namn, namnet på din arbetsplats, fritext, datum eller klockslag.",
  };
  EXPECT_EQ(describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::sv), expected);
  const auto en = describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::en);
  EXPECT_EQ(en[1], "Programme: none");
  EXPECT_EQ(en[6], "Courses: none started");
  EXPECT_EQ(en[7], "Self-assessment: none finished yet");
}

TEST(ResultSummary, OrganisationLineFollowsWhatIsKnown) {
  ResultFile f = full_file();
  EXPECT_EQ(describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::sv)[2], "Organisation: kod k01");
  EXPECT_EQ(describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::en)[2], "Organisation: code k01");
  f.organisation.reset();
  EXPECT_EQ(describe_result_file(f, test::course_catalog(), ProgrammeNames{"", "Kommun A"}, Lang::sv)[2], "Organisation: inte vald");
  EXPECT_EQ(describe_result_file(f, test::course_catalog(), ProgrammeNames{"", "Kommun A"}, Lang::en)[2], "Organisation: not chosen");
}

TEST(ResultSummary, SingularsAndFollowUp) {
  ResultFile f = full_file();
  f.modules = {ModuleRecord{"digital-grund", Period{2026, 3}, std::nullopt, 1.0}};
  AssessmentRound t2 = f.rounds[0];
  t2.round = Round::t2;
  t2.period = Period{2027, 1};
  t2.answers = {{"info-1", 3}};
  t2.evaluation = {{"eval-anvander", 4}};
  f.rounds = {t2};
  const auto sv = describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::sv);
  EXPECT_EQ(sv[7], "Kurser: 1 påbörjad, 0 klara, sammanlagt 1 timme");
  EXPECT_EQ(sv[9], "Självskattning, uppföljning (2027 kvartal 1): 1 svar, 1 om kursen");
  const auto en = describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::en);
  EXPECT_EQ(en[7], "Courses: 1 started, 0 completed, 1 hour in all");
  EXPECT_EQ(en[9], "Self-assessment, follow-up (Q1 2027): 1 answer, 1 about the course");
}

// A file from other content still reads: a course the catalogue does not have shows its id.
TEST(ResultSummary, UnknownCourseShowsItsId) {
  ResultFile f = full_file();
  f.modules = {ModuleRecord{"removed-course", Period{2026, 3}, std::nullopt, 0.25}};
  EXPECT_EQ(describe_result_file(f, test::course_catalog(), ProgrammeNames{}, Lang::sv)[8],
            "Kurs: removed-course – påbörjad 2026 kvartal 3, 0,25 timmar");
}

TEST(ResultSummary, HoursAndPeriods) {
  EXPECT_EQ(hours_text(0.0, Lang::sv), "under en kvart");  // not "0 timmar": the time was counted
  EXPECT_EQ(hours_text(0.25, Lang::sv), "0,25 timmar");
  EXPECT_EQ(hours_text(1.0, Lang::sv), "1 timme");
  EXPECT_EQ(hours_text(1.5, Lang::sv), "1,5 timmar");
  EXPECT_EQ(hours_text(12.75, Lang::sv), "12,75 timmar");
  EXPECT_EQ(hours_text(1000.0, Lang::sv), "1000 timmar");
  EXPECT_EQ(hours_text(1.0, Lang::en), "1 hour");
  EXPECT_EQ(hours_text(2.5, Lang::en), "2.5 hours");
  EXPECT_EQ(period_text(Period{2026, 3}, Lang::sv), "2026 kvartal 3");
  EXPECT_EQ(period_text(Period{2026, 3}, Lang::en), "Q3 2026");
}

}  // namespace
}  // namespace dl
