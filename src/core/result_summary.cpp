// The plain-words summary of a result file (result_summary.hpp). It reuses the background
// questions' own words and the rounds' plain names, so the person reads what they answered.
#include "result_summary.hpp"

#include <cmath>

#include "background.hpp"
#include "round.hpp"

namespace dl {
namespace {

// "Före kurserna" -> "före kurserna": the round's name inside a sentence (the names start in ASCII).
std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

std::string participant_line(const ResultFile& file, Lang lang) {
  return tr(lang, {"Deltagarkod: ", "Participant code: "}) + file.participant +
         tr(lang, {" – en slumpad kod, inte ditt namn", " – a random code, not your name"});
}

// The programme line, and the organisation line when the person is in a programme.
// "Kommun A (kod k01)", or "kod k01" when the name is not known.
std::string named_code(const std::string& name, const std::string& code, Lang lang) {
  if (name.empty()) return tr(lang, {"kod ", "code "}) + code;
  return name + tr(lang, {" (kod ", " (code "}) + code + ")";
}

void programme_lines(const ResultFile& file, const ProgrammeNames& names, Lang lang, std::vector<std::string>& out) {
  if (!file.programme) {
    out.push_back(tr(lang, {"Program: inget", "Programme: none"}));
    return;
  }
  out.push_back(tr(lang, {"Program: ", "Programme: "}) + named_code(names.programme, *file.programme, lang));
  std::string line = "Organisation: ";
  if (!file.organisation) line += tr(lang, {"inte vald", "not chosen"});
  else line += named_code(names.organisation, *file.organisation, lang);
  out.push_back(line);
}

// "Kön: Kvinna", "Ålder: inte besvarat", … in the order and words of the background questions.
void background_lines(const Background& background, Lang lang, std::vector<std::string>& out) {
  for (const BackgroundQuestion& question : background_questions()) {
    const std::string& answer = *background.field(question.id);
    std::string label = tr(lang, {"inte besvarat", "not answered"});
    for (const BackgroundOption& option : question.options) {
      if (answer == option.id) label = tr(lang, option.label);
    }
    out.push_back(std::string(tr(lang, question.prompt)) + ": " + label);
  }
}

std::string module_title(const std::string& module_id, const Catalog& catalog, Lang lang) {
  const Module* module = catalog.find_module(module_id);
  return module != nullptr ? module->title.in(lang) : module_id;
}

// One line for all courses, then one per course.
void module_lines(const ResultFile& file, const Catalog& catalog, Lang lang, std::vector<std::string>& out) {
  if (file.modules.empty()) {
    out.push_back(tr(lang, {"Kurser: ingen påbörjad", "Courses: none started"}));
    return;
  }
  std::size_t completed = 0;
  double hours = 0.0;
  for (const ModuleRecord& m : file.modules) {
    if (m.completed) ++completed;
    hours += m.hours;
  }
  out.push_back(tr(lang, {"Kurser: ", "Courses: "}) +
                count_words(file.modules.size(), lang, {"påbörjad", "started"}, {"påbörjade", "started"}) +
                ", " +
                count_words(completed, lang, {"klar", "completed"}, {"klara", "completed"}) +
                tr(lang, {", sammanlagt ", ", "}) + hours_text(hours, lang) + tr(lang, {"", " in all"}));
  for (const ModuleRecord& m : file.modules) {
    std::string line = tr(lang, {"Kurs: ", "Course: "}) + module_title(m.module_id, catalog, lang) + " – " +
                       tr(lang, {"påbörjad ", "started "}) + period_text(m.started, lang);
    if (m.completed) line += tr(lang, {", klar ", ", completed "}) + period_text(*m.completed, lang);
    out.push_back(line + ", " + hours_text(m.hours, lang));
  }
}

// "Självskattning, efter kursen (2026 kvartal 4): 40 svar, 4 om hur det var före kursen, 5 om kursen"
void round_lines(const ResultFile& file, Lang lang, std::vector<std::string>& out) {
  if (file.rounds.empty()) {
    out.push_back(tr(lang, {"Självskattning: ingen klar än", "Self-assessment: none finished yet"}));
    return;
  }
  for (const AssessmentRound& round : file.rounds) {
    const std::string name = lower_first(tr(lang, round_name(round.round)));
    std::string line = tr(lang, {"Självskattning, ", "Self-assessment, "}) + name + " (" +
                       period_text(round.period, lang) + "): " +
                       count_words(round.answers.size(), lang, {"svar", "answer"}, {"svar", "answers"});
    if (!round.then.empty()) {
      line += ", " + std::to_string(round.then.size()) +
              tr(lang, {" om hur det var före kursen", " on how it was before the course"});
    }
    if (!round.evaluation.empty()) {
      line += ", " + std::to_string(round.evaluation.size()) + tr(lang, {" om kursen", " about the course"});
    }
    out.push_back(line);
  }
}

}  // namespace

std::string period_text(const Period& period, Lang lang) {
  if (lang == Lang::en) return "Q" + std::to_string(period.quarter) + " " + std::to_string(period.year);
  return std::to_string(period.year) + " kvartal " + std::to_string(period.quarter);
}

std::string hours_text(double hours, Lang lang) {
  const long quarters = std::lround(hours * 4.0);
  static const char* const kFractions[] = {"", "25", "5", "75"};
  std::string number = std::to_string(quarters / 4);
  if (quarters % 4 != 0) number += (lang == Lang::en ? "." : ",") + std::string(kFractions[quarters % 4]);
  return number + " " + tr(lang, quarters == 4 ? Phrase{"timme", "hour"} : Phrase{"timmar", "hours"});
}

std::vector<std::string> describe_result_file(const ResultFile& file, const Catalog& catalog,
                                              const ProgrammeNames& names, Lang lang) {
  std::vector<std::string> out;
  out.push_back(participant_line(file, lang));
  programme_lines(file, names, lang, out);
  background_lines(file.background, lang, out);
  module_lines(file, catalog, lang, out);
  round_lines(file, lang, out);
  if (file.manager) {
    out.push_back(tr(lang, {"Chefsenkät: besvarad (", "Manager survey: answered ("}) +
                  period_text(file.manager->period, lang) + ")");
  }
  out.push_back(tr(lang, {"Sparad: ", "Saved: "}) + period_text(file.exported, lang));
  out.push_back(tr(lang, {"Inte med: ditt namn, namnet på din arbetsplats, fritext, datum eller klockslag.",
                          "Not included: your name, the name of your workplace, free text, dates or times "
                          "of day."}));
  return out;
}

}  // namespace dl
