// The start screen: what Digilyft is and ONE next step as its only primary button (an open
// self-assessment round, else the course in progress, else the first suggested course, else
// choosing a course); everything else
// (courses, profile, export, the manager survey, the coordinator's entrance, language) is secondary.
#include <algorithm>
#include <optional>

#include "core/measurement.hpp"
#include "core/participant_code.hpp"
#include "core/recommend.hpp"
#include "ui/strings_coordinator.hpp"
#include "ui/strings_space.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

std::string month_count(int months, Lang lang) {
  return months == 1 ? tr(lang, text::one_month) : fill(tr(lang, text::months), {std::to_string(months)});
}

// The round's call to action: a line on why, then the button.
void draw_round_step(Ui& ui, const ViewModel& model, Round round, Actions& out) {
  const Lang lang = model.lang();
  const RoundProgress* progress = find_round(model.progress, round);
  // Begun: answers given, or moved past the first part (background answers are not the round's).
  const bool begun = progress != nullptr && (progress->started() || progress->current_page > 0);
  const char* label = "";
  std::string why;
  switch (round) {
    case Round::t0:
      label = tr(lang, begun ? text::continue_assessment : text::begin_assessment);
      why = tr(lang, begun ? text::continue_assessment_hint : text::begin_assessment_hint);
      break;
    case Round::t1:
      label = tr(lang, text::after_course);
      why = tr(lang, begun ? text::continue_assessment_hint : text::after_course_hint);
      break;
    case Round::t2:
      label = tr(lang, text::follow_up);
      why = begun ? tr(lang, text::continue_assessment_hint)
                  : fill(tr(lang, text::follow_up_hint),
                         {month_count(months_since_after_course(model.progress, model.today), lang)});
      break;
  }
  ui.paragraph(why);
  if (ui.button(label)) out.push_back(Navigate{Screen::self_assessment, {}});
}

// The first course suggested to the person (their weakest areas, their level and role), if any.
const Module* first_suggestion(const ViewModel& model) {
  for (const Recommendation& r : model.suggestions) {
    if (r.module != nullptr) return r.module;
  }
  return nullptr;
}

// The one primary button, with a line that says why it is the next step. Returns false when the
// step is choosing a course (so the screen does not offer "Kurser" twice).
bool draw_next_step(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  ui.heading(tr(lang, text::next_step), 2);
  ui.card_begin();
  const std::optional<Round> round =
      model.catalog.instrument ? open_round(model.progress, model.catalog, model.today) : std::nullopt;
  bool choose_course = false;
  if (round) {
    draw_round_step(ui, model, *round, out);
  } else if (const Module* module = course_in_progress(model.progress, model.catalog)) {
    ui.paragraph(fill(tr(lang, text::course_in_progress), {module->title.in(lang)}));
    draw_course_button(ui, *module, find_progress(model.progress, module->id), model, out);
  } else if (const Module* suggested = first_suggestion(model)) {
    // The same course the profile puts first under "Ditt nästa steg".
    ui.paragraph(fill(tr(lang, text::suggested_course), {suggested->title.in(lang)}));
    draw_course_button(ui, *suggested, find_progress(model.progress, suggested->id), model, out);
  } else {
    choose_course = true;
    ui.paragraph(tr(lang, text::choose_course_hint));
    if (ui.button(tr(lang, text::choose_course))) out.push_back(Navigate{Screen::courses, {}});
  }
  // The follow-up is the next thing to look forward to once the questions after the course are done.
  if (model.catalog.instrument &&
      round_status(model.progress, model.catalog, Round::t2, model.today) == RoundStatus::not_yet) {
    if (const std::optional<Date> due = t2_due_date(model.progress)) {
      ui.muted(fill(tr(lang, text::follow_up_opens), {date_text(*due, lang)}));
    }
  }
  ui.card_end();
  return !choose_course;
}

void draw_manager_survey(Ui& ui, const ViewModel& model, Actions& out) {
  if (!model.catalog.manager_survey) return;
  const Lang lang = model.lang();
  ui.space(24);
  ui.heading(tr(lang, text::for_managers), 2);
  if (model.progress.manager_survey.finished) {
    ui.paragraph(tr(lang, text::survey_answered));
    if (ui.button(tr(lang, text::show_survey_answers), ButtonKind::secondary)) {
      out.push_back(Navigate{Screen::manager_survey, {}});
    }
    return;
  }
  ui.paragraph(tr(lang, text::managers_hint));
  if (ui.button(tr(lang, text::answer_survey), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::manager_survey, {}});
  }
}

// "Programme: name, organisation" and the way to change the organisation, for someone in a programme.
void draw_programme_line(Ui& ui, const ViewModel& model, Actions& out) {
  const std::optional<Programme>& programme = model.progress.programme;
  if (!programme) return;
  const Lang lang = model.lang();
  std::string line = programme->name;
  for (const Organisation& org : programme->organisations) {
    if (org.code == model.progress.organisation) line += ", " + org.name;
  }
  ui.muted(line);
  if (ui.link(tr(lang, coordinator_text::change_organisation))) out.push_back(Navigate{Screen::join, {}});
}

}  // namespace

void view_start(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_page_settings(ui, lang, model.larger_text, out);
  ui.same_line();
  draw_top(ui, model, out, false);
  if (!model.link_problems.empty()) {
    ui.message(fill(tr(lang, coordinator_text::link_broken), {describe(model.link_problems.front(), lang)}),
               Tone::warning, true);
  }
  ui.heading(tr(lang, text::app_name), 1);
  draw_programme_line(ui, model, out);
  ui.paragraph(tr(lang, text::welcome));
  ui.muted(fill(tr(lang, space_text::code_line), {code_for_people(model.progress.participant_code)}));
  if (ui.link(tr(lang, space_text::show_code))) out.push_back(Navigate{Screen::your_code, {}});
  ui.space(8);
  const bool offer_courses = draw_next_step(ui, model, out);

  const bool offer_profile = latest_finished_round(model.progress).has_value();
  if (offer_courses || offer_profile) {
    ui.space(24);
    ui.heading(tr(lang, text::more_to_do), 2);
  }
  if (offer_courses) {
    if (ui.button(tr(lang, text::courses), ButtonKind::secondary)) {
      out.push_back(Navigate{Screen::courses, {}});
    }
    if (offer_profile) ui.same_line();
  }
  if (offer_profile) {
    if (ui.button(tr(lang, text::my_profile), ButtonKind::secondary)) {
      out.push_back(Navigate{Screen::profile, {}});
    }
  }

  ui.space(24);
  ui.heading(tr(lang, text::your_result), 2);
  ui.paragraph(tr(lang, text::export_hint));
  if (ui.button(tr(lang, text::export_result), ButtonKind::secondary)) out.push_back(Navigate{Screen::export_preview, {}});

  draw_manager_survey(ui, model, out);

  ui.space(24);
  ui.heading(tr(lang, text::for_coordinators), 2);
  ui.paragraph(tr(lang, text::coordinator_hint));
  if (ui.button(tr(lang, text::coordinator), ButtonKind::secondary)) {
    out.push_back(Navigate{Screen::coordinator, {}});
  }
}

}  // namespace dl::ui
