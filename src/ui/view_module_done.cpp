// The end of a course: well done, the time it took, and the next step — the questions after the
// course when they are open now, else back to the courses — then the course's sources.
#include <algorithm>

#include "core/activity_clock.hpp"
#include "core/measurement.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_module_done(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::well_done), 1);
  if (const Module* module = model.catalog.find_module(model.module_id)) {
    ui.paragraph(fill(tr(lang, text::course_finished), {module->title.in(lang)}));
    const ModuleProgress* progress = find_progress(model.progress, module->id);
    if (progress != nullptr && progress->active_seconds > 0) {
      ui.paragraph(fill(tr(lang, text::time_spent), {format_duration(progress->active_seconds, lang)}));
    }
  }
  // Right after a course the questions after it are the natural next step (not while the questions
  // before the courses are still open: those come first).
  const bool after_course_open = model.catalog.instrument &&
                                 open_round(model.progress, model.catalog, model.today) == Round::t1;
  if (after_course_open) {
    ui.space(8);
    // About 12 seconds a question: a statement read and one of five answers chosen.
    const int questions = answers_left(RoundProgress{}, Round::t1, *model.catalog.instrument);
    const int minutes = std::max(1, (questions * 12 + 59) / 60);
    ui.callout(tr(lang, text::tell_how),
               fill(tr(lang, text::tell_how_text), {std::to_string(questions), std::to_string(minutes)}));
    if (ui.button(tr(lang, text::after_course))) out.push_back(Navigate{Screen::self_assessment, {}});
    ui.space(8);
  }
  const ButtonKind back = after_course_open ? ButtonKind::secondary : ButtonKind::primary;
  if (ui.button(tr(lang, text::back_to_courses), back)) {
    out.push_back(Navigate{Screen::courses, {}});
  }
  if (const Module* module = model.catalog.find_module(model.module_id)) draw_sources(ui, *module, lang);
}

}  // namespace dl::ui
