// Pieces every screen shares: the way home, the storage alert, the export notice.
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void draw_top(Ui& ui, const ViewModel& model, Actions& out, bool with_home_link) {
  const Lang lang = model.lang();
  if (with_home_link && ui.link(tr(lang, text::to_start))) out.push_back(Navigate{Screen::start, {}});
  if (model.storage == StorageNotice::unavailable) {
    ui.message(tr(lang, text::storage_unavailable), Tone::warning, true);
  } else if (model.storage == StorageNotice::write_failed) {
    ui.message(tr(lang, text::storage_write_failed), Tone::warning, true);
  }
}

void draw_course_button(Ui& ui, const Module& module, const ModuleProgress* progress,
                        const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  const bool done = progress != nullptr && progress->completed;
  const bool started = progress != nullptr && !progress->current_page.empty();
  const char* label = done      ? tr(lang, text::redo_course)
                      : started ? tr(lang, text::continue_course)
                                : tr(lang, text::start_course);
  // Twelve cards each have such a button: the name says which course it opens.
  const std::string name = std::string(label) + ": " + module.title.in(lang);
  if (ui.button(label, ButtonKind::primary, true, name)) {
    if (done) out.push_back(Change{action::OpenPage{module.id, module.pages.front().id, model.now}});
    out.push_back(Navigate{Screen::module, module.id});
  }
}

const Module* open_module_or_explain(Ui& ui, const ViewModel& model, Actions& out) {
  const Module* module = model.catalog.find_module(model.module_id);
  if (module != nullptr && !module->pages.empty()) return module;
  const Lang lang = model.lang();
  ui.message(tr(lang, text::content_problem), Tone::warning);
  if (ui.button(tr(lang, text::back_to_courses))) out.push_back(Navigate{Screen::courses, {}});
  return nullptr;
}

}  // namespace dl::ui
