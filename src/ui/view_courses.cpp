// The course list: where the person left off, one line saying which courses are shown (the
// person's own occupational group from "Om dig" at first) with a button that opens the filters by
// group and level, and every module with its time, level and progress, with one button to go on
// and a way to its overview.
#include <algorithm>

#include "core/background.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

const BackgroundQuestion& role_question() {
  const auto& questions = background_questions();
  return *std::find_if(questions.begin(), questions.end(),
                       [](const BackgroundQuestion& q) { return std::string(q.id) == "role_family"; });
}

std::string status_text(const Module& module, const ModuleProgress* progress, Lang lang) {
  if (progress != nullptr && progress->completed) return tr(lang, text::done);
  if (progress == nullptr || progress->current_page.empty()) return tr(lang, text::not_started);
  const int index = std::max(0, module.page_index(progress->current_page));
  return fill(tr(lang, text::page_of), {std::to_string(index + 1), std::to_string(module.pages.size())});
}

std::string role_label(const std::string& role, Lang lang) {
  for (const BackgroundOption& option : role_question().options) {
    if (option.id == role) return tr(lang, option.label);
  }
  return tr(lang, text::all_roles_in_summary);
}

std::string level_label(const std::string& level, Lang lang) {
  for (Level l : {Level::foundation, Level::intermediate, Level::advanced}) {
    if (level == level_id(l)) return tr(lang, level_name(l));
  }
  return tr(lang, text::all_levels_in_summary);
}

void draw_filters(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  const CatalogFilter& filter = model.filter;
  if (!filter.open) {  // folded: one line and one button, so the courses come first
    ui.push_id("filters-folded");
    if (ui.item_row(fill(tr(lang, text::filter_summary), {role_label(filter.role, lang), level_label(filter.level, lang)}),
                    {{tr(lang, text::change_filter), true, tr(lang, text::change_filter_name)}}) == 0) {
      out.push_back(SetCatalogFilter{{filter.role, filter.level, true}});
    }
    ui.pop_id();
    return;
  }
  ui.push_id("role-filter");
  ui.radio_group_begin(tr(lang, text::filter_role));
  if (ui.chip(tr(lang, text::all_roles), filter.role.empty())) {
    out.push_back(SetCatalogFilter{{"", filter.level, true}});
  }
  for (const BackgroundOption& option : role_question().options) {
    if (ui.chip(tr(lang, option.label), filter.role == option.id)) {
      out.push_back(SetCatalogFilter{{option.id, filter.level, true}});
    }
  }
  ui.radio_group_end();
  ui.pop_id();
  ui.push_id("level-filter");
  ui.radio_group_begin(tr(lang, text::filter_level));
  if (ui.chip(tr(lang, text::all_levels), filter.level.empty())) {
    out.push_back(SetCatalogFilter{{filter.role, "", true}});
  }
  for (Level level : {Level::foundation, Level::intermediate, Level::advanced}) {
    if (ui.chip(tr(lang, level_name(level)), filter.level == level_id(level))) {
      out.push_back(SetCatalogFilter{{filter.role, level_id(level), true}});
    }
  }
  ui.radio_group_end();
  ui.pop_id();
  if (ui.button(tr(lang, text::close_filter), ButtonKind::secondary)) {
    out.push_back(SetCatalogFilter{{filter.role, filter.level, false}});
  }
}

}  // namespace

void view_courses(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::courses), 1);
  ui.paragraph(tr(lang, text::courses_intro));
  if (!model.catalog.problems.empty()) ui.message(tr(lang, text::content_problem), Tone::warning);
  if (model.catalog.modules.empty()) {
    ui.paragraph(tr(lang, text::no_courses));
    return;
  }

  const Module* last = model.catalog.find_module(model.progress.last_module);
  const ModuleProgress* last_progress = last ? find_progress(model.progress, last->id) : nullptr;
  if (last != nullptr && last_progress != nullptr && !last_progress->completed) {
    ui.push_id("continue");
    ui.heading(tr(lang, text::continue_where), 2);
    ui.paragraph(last->title.in(lang));
    ui.muted(status_text(*last, last_progress, lang));
    draw_course_button(ui, *last, last_progress, model, out);
    ui.pop_id();
    ui.space(16);
  }

  draw_filters(ui, model, out);
  // The course suggested as the next step (start page, profile) says so here too.
  const Module* suggested = model.suggestions.empty() ? nullptr : model.suggestions.front().module;
  bool any = false;
  for (const Module& module : model.catalog.modules) {
    if (!module_fits(module, model.filter.role, model.filter.level)) continue;
    any = true;
    const ModuleProgress* progress = find_progress(model.progress, module.id);
    ui.push_id(module.id);
    ui.space(16);
    ui.heading(module.title.in(lang), 2);
    if (&module == suggested) ui.rich_text(tr(lang, text::suggested_mark));
    if (!module.summary.sv.empty()) ui.paragraph(module.summary.in(lang));
    if (lang == Lang::en && !module.title.has(Lang::en)) ui.muted(tr(lang, text::english_missing));
    ui.muted(fill(tr(lang, text::minutes_and_level),
                  {std::to_string(module.minutes), tr(lang, level_name(module.level))}));
    ui.muted(status_text(module, progress, lang));
    draw_course_button(ui, module, progress, model, out);
    if (ui.link(tr(lang, text::about_course))) out.push_back(Navigate{Screen::module_overview, module.id});
    ui.pop_id();
  }
  if (!any) ui.paragraph(tr(lang, text::no_match));
}

}  // namespace dl::ui
