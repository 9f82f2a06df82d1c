// A module's overview: what it teaches, time and level, the person's time and right answers, every
// page (free movement between them), the sources of its facts, and the discussion guide for the
// digital champion.
#include "core/activity_clock.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_module_overview(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  const Module* module = open_module_or_explain(ui, model, out);
  if (module == nullptr) return;
  const ModuleProgress* progress = find_progress(model.progress, module->id);
  ui.heading(module->title.in(lang), 1);
  if (!module->summary.sv.empty()) ui.paragraph(module->summary.in(lang));
  ui.muted(fill(tr(lang, text::minutes_and_level),
                {std::to_string(module->minutes), tr(lang, level_name(module->level))}));
  if (progress != nullptr && progress->active_seconds > 0) {
    ui.paragraph(fill(tr(lang, text::time_spent), {format_duration(progress->active_seconds, lang)}));
  }
  draw_mastery(ui, *module, progress, lang);

  draw_course_button(ui, *module, progress, model, out);

  if (!module->goals.empty()) {
    ui.space(16);
    ui.heading(tr(lang, text::goals), 2);
    for (const LocalText& goal : module->goals) ui.bullet(goal.in(lang));
  }
  ui.space(16);
  ui.heading(tr(lang, text::pages), 2);
  for (std::size_t i = 0; i < module->pages.size(); ++i) {
    const Page& page = module->pages[i];
    const bool seen = progress != nullptr && progress->pages_seen.count(page.id) > 0;
    ui.push_id(page.id);
    if (ui.link(fill(tr(lang, seen ? text::page_read : text::page_unread),
                     {std::to_string(i + 1), page.title.in(lang)}))) {
      out.push_back(Change{action::OpenPage{module->id, page.id, model.now}});
      out.push_back(Navigate{Screen::module, module->id});
    }
    ui.pop_id();
  }
  // Where the facts come from, here too (walk 4: only the course's end said it).
  draw_sources(ui, *module, lang);
  ui.space(16);
  ui.heading(tr(lang, text::for_champions), 2);
  ui.paragraph(tr(lang, text::guide_hint));
  if (ui.button(tr(lang, text::download_guide), ButtonKind::secondary)) {
    out.push_back(DownloadGuide{module->id});
  }
}

}  // namespace dl::ui
