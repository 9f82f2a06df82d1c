// Shown instead of a course while its pages are being fetched (the start page has only the
// courses' heads), or when they could not be fetched: try again (the top links to the start page).
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_course_fetch(Ui& ui, const ViewModel& model, bool failed, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  const Module* module = model.catalog.find_module(model.module_id);
  ui.heading(module != nullptr ? module->title.in(lang) : std::string(tr(lang, text::course_fetching)), 1);
  if (!failed) {
    ui.paragraph(tr(lang, text::course_fetching));
    return;
  }
  ui.callout(tr(lang, text::course_fetch_failed), tr(lang, text::course_fetch_failed_text));
  // One next step: the page's top already links back to the start page.
  if (ui.button(tr(lang, text::fetch_again))) out.push_back(FetchCourseAgain{});
}

}  // namespace dl::ui
