// The course list: every module with its time, the person's progress, and one button to go on.
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_courses(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::courses), 1);
  ui.paragraph(tr(lang, text::courses_intro));
  if (!model.catalog.problems.empty()) ui.message(tr(lang, text::content_problem), Tone::warning);
  if (model.catalog.modules.empty()) ui.paragraph(tr(lang, text::no_courses));

  for (const Module& module : model.catalog.modules) {
    ui.push_id(module.id);
    ui.space(16);
    ui.heading(module.title.in(lang), 2);
    if (!module.summary.sv.empty()) ui.paragraph(module.summary.in(lang));
    if (lang == Lang::en && !module.title.has(Lang::en)) ui.muted(tr(lang, text::english_missing));
    ui.muted(fill(tr(lang, text::about_minutes), {std::to_string(module.minutes)}));

    const ModuleProgress* progress = find_progress(model.progress, module.id);
    const char* button_label = tr(lang, text::start_course);
    if (progress != nullptr && progress->completed) {
      ui.muted(tr(lang, text::done));
      button_label = tr(lang, text::redo_course);
    } else if (progress != nullptr && !progress->current_page.empty()) {
      const int index = module.page_index(progress->current_page);
      ui.muted(fill(tr(lang, text::page_of), {std::to_string(index < 0 ? 1 : index + 1),
                                              std::to_string(module.pages.size())}));
      button_label = tr(lang, text::continue_course);
    } else {
      ui.muted(tr(lang, text::not_started));
    }
    if (ui.button(button_label)) out.push_back(Navigate{Screen::module, module.id});
    ui.pop_id();
  }
}

}  // namespace dl::ui
