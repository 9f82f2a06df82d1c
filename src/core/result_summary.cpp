// The plain-words summary of a result file (result_summary.hpp). It reuses the background
// questions' own words and the rounds' plain names, so the person reads what they answered.
#include "result_summary.hpp"

#include <cmath>

#include "background.hpp"
#include "round.hpp"

namespace dl {
namespace {

// Whole sentences with numbered places ({1}, {2}, …) in both languages: nothing is glued from
// pieces, so each language keeps its own word order.
constexpr Phrase kParticipant{"Deltagarkod: {1} – en slumpad kod, inte ditt namn",
                              "Participant code: {1} – a random code, not your name"};
constexpr Phrase kNoProgramme{"Program: inget", "Programme: none"};
constexpr Phrase kProgramme{"Program: {1}", "Programme: {1}"};
constexpr Phrase kOrganisation{"Organisation: {1}", "Organisation: {1}"};
constexpr Phrase kOrganisationNotChosen{"Organisation: inte vald", "Organisation: not chosen"};
constexpr Phrase kNamedCode{"{1} (kod {2})", "{1} (code {2})"};
constexpr Phrase kCode{"kod {1}", "code {1}"};
constexpr Phrase kBackground{"{1}: {2}", "{1}: {2}"};
constexpr Phrase kNotAnswered{"inte besvarat", "not answered"};
constexpr Phrase kNoCourses{"Kurser: ingen påbörjad", "Courses: none started"};
constexpr Phrase kCourses{"Kurser: {1}, {2}, sammanlagt {3}", "Courses: {1}, {2}, {3} in all"};
constexpr Phrase kStartedOne{"påbörjad", "started"};
constexpr Phrase kStartedMany{"påbörjade", "started"};
constexpr Phrase kCompletedOne{"klar", "completed"};
constexpr Phrase kCompletedMany{"klara", "completed"};
constexpr Phrase kCourseStarted{"Kurs: {1} – påbörjad {2}, {3}", "Course: {1} – started {2}, {3}"};
constexpr Phrase kCourseCompleted{"Kurs: {1} – påbörjad {2}, klar {3}, {4}",
                                  "Course: {1} – started {2}, completed {3}, {4}"};
constexpr Phrase kNoRound{"Självskattning: ingen klar än", "Self-assessment: none finished yet"};
constexpr Phrase kRound{"Självskattning, {1} ({2}): {3}", "Self-assessment, {1} ({2}): {3}"};
constexpr Phrase kAnswerOne{"svar", "answer"};
constexpr Phrase kAnswerMany{"svar", "answers"};
constexpr Phrase kThenAnswers{"{1}, {2} om hur det var före kursen", "{1}, {2} on how it was before the course"};
constexpr Phrase kEvaluationAnswers{"{1}, {2} om kursen", "{1}, {2} about the course"};
constexpr Phrase kManager{"Chefsenkät: besvarad ({1})", "Manager survey: answered ({1})"};
constexpr Phrase kSaved{"Sparad: {1}", "Saved: {1}"};
constexpr Phrase kNeverIncluded{
    "Inte med: ditt namn, namnet på din arbetsplats, fritext, datum eller klockslag.",
    "Not included: your name, the name of your workplace, free text, dates or times of day."};
constexpr Phrase kPeriod{"{1} kvartal {2}", "Q{2} {1}"};
constexpr Phrase kHour{"{1} timme", "{1} hour"};
constexpr Phrase kHours{"{1} timmar", "{1} hours"};
// The file keeps quarter hours: a short course is 0, which "0 timmar" makes look uncounted.
constexpr Phrase kUnderAQuarter{"under en kvart", "under a quarter of an hour"};

// "Före kurserna" -> "före kurserna": the round's name inside a sentence (the names start in ASCII).
std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

// "Kommun A (kod k01)", or "kod k01" when the name is not known.
std::string named_code(const std::string& name, const std::string& code, Lang lang) {
  if (name.empty()) return fill(tr(lang, kCode), {code});
  return fill(tr(lang, kNamedCode), {name, code});
}

// The programme line, and the organisation line when the person is in a programme.
void programme_lines(const ResultFile& file, const ProgrammeNames& names, Lang lang, std::vector<std::string>& out) {
  if (!file.programme) {
    out.push_back(tr(lang, kNoProgramme));
    return;
  }
  out.push_back(fill(tr(lang, kProgramme), {named_code(names.programme, *file.programme, lang)}));
  out.push_back(file.organisation
                    ? fill(tr(lang, kOrganisation), {named_code(names.organisation, *file.organisation, lang)})
                    : std::string(tr(lang, kOrganisationNotChosen)));
}

// "Kön: Kvinna", "Ålder: inte besvarat", … in the order and words of the background questions.
void background_lines(const Background& background, Lang lang, std::vector<std::string>& out) {
  for (const BackgroundQuestion& question : background_questions()) {
    const std::string& answer = *background.field(question.id);
    std::string label = tr(lang, kNotAnswered);
    for (const BackgroundOption& option : question.options) {
      if (answer == option.id) label = tr(lang, option.label);
    }
    out.push_back(fill(tr(lang, kBackground), {tr(lang, question.prompt), label}));
  }
}

std::string module_title(const std::string& module_id, const Catalog& catalog, Lang lang) {
  const Module* module = catalog.find_module(module_id);
  return module != nullptr ? module->title.in(lang) : module_id;
}

// One line for all courses, then one per course.
void module_lines(const ResultFile& file, const Catalog& catalog, Lang lang, std::vector<std::string>& out) {
  if (file.modules.empty()) {
    out.push_back(tr(lang, kNoCourses));
    return;
  }
  std::size_t completed = 0;
  double hours = 0.0;
  for (const ModuleRecord& m : file.modules) {
    if (m.completed) ++completed;
    hours += m.hours;
  }
  out.push_back(fill(tr(lang, kCourses), {count_words(file.modules.size(), lang, kStartedOne, kStartedMany),
                                         count_words(completed, lang, kCompletedOne, kCompletedMany),
                                         hours_text(hours, lang)}));
  for (const ModuleRecord& m : file.modules) {
    const std::string title = module_title(m.module_id, catalog, lang);
    out.push_back(m.completed ? fill(tr(lang, kCourseCompleted), {title, period_text(m.started, lang),
                                                                  period_text(*m.completed, lang), hours_text(m.hours, lang)})
                              : fill(tr(lang, kCourseStarted),
                                     {title, period_text(m.started, lang), hours_text(m.hours, lang)}));
  }
}

// "Självskattning, efter kursen (2026 kvartal 4): 40 svar, 4 om hur det var före kursen, 5 om kursen"
void round_lines(const ResultFile& file, Lang lang, std::vector<std::string>& out) {
  if (file.rounds.empty()) {
    out.push_back(tr(lang, kNoRound));
    return;
  }
  for (const AssessmentRound& round : file.rounds) {
    std::string line = fill(tr(lang, kRound), {lower_first(tr(lang, round_name(round.round))),
                                               period_text(round.period, lang),
                                               count_words(round.answers.size(), lang, kAnswerOne, kAnswerMany)});
    if (!round.then.empty()) line = fill(tr(lang, kThenAnswers), {line, std::to_string(round.then.size())});
    if (!round.evaluation.empty()) {
      line = fill(tr(lang, kEvaluationAnswers), {line, std::to_string(round.evaluation.size())});
    }
    out.push_back(line);
  }
}

}  // namespace

std::string period_text(const Period& period, Lang lang) {
  return fill(tr(lang, kPeriod), {std::to_string(period.year), std::to_string(period.quarter)});
}

std::string hours_text(double hours, Lang lang) {
  const long quarters = std::lround(hours * 4.0);
  if (quarters == 0) return tr(lang, kUnderAQuarter);
  static const char* const kFractions[] = {"", "25", "5", "75"};
  std::string number = std::to_string(quarters / 4);
  if (quarters % 4 != 0) number += (lang == Lang::en ? "." : ",") + std::string(kFractions[quarters % 4]);
  return fill(tr(lang, quarters == 4 ? kHour : kHours), {number});
}

std::vector<std::string> describe_result_file(const ResultFile& file, const Catalog& catalog,
                                              const ProgrammeNames& names, Lang lang) {
  std::vector<std::string> out;
  out.push_back(fill(tr(lang, kParticipant), {file.participant}));
  programme_lines(file, names, lang, out);
  background_lines(file.background, lang, out);
  module_lines(file, catalog, lang, out);
  round_lines(file, lang, out);
  if (file.manager) out.push_back(fill(tr(lang, kManager), {period_text(file.manager->period, lang)}));
  out.push_back(fill(tr(lang, kSaved), {period_text(file.exported, lang)}));
  out.push_back(tr(lang, kNeverIncluded));
  return out;
}

}  // namespace dl
