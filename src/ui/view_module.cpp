// One page of a course module: progress, text, key points, a question with feedback per answer,
// and the way on. The finish screen that follows the last page is here too.
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {
namespace {

void draw_question(Ui& ui, const Module& module, const Question& question,
                   const ModuleProgress* progress, Lang lang, Actions& out) {
  ui.push_id(question.id);
  ui.radio_group_begin(question.prompt.in(lang));
  const Choice* chosen = nullptr;
  if (progress != nullptr) {
    if (auto it = progress->answers.find(question.id); it != progress->answers.end()) {
      chosen = question.find_choice(it->second);
    }
  }
  for (const Choice& choice : question.choices) {
    ui.push_id(choice.id);
    if (ui.radio(choice.text.in(lang), chosen == &choice)) {
      out.push_back(Change{action::AnswerQuestion{module.id, question.id, choice.id}});
    }
    ui.pop_id();
  }
  ui.radio_group_end();
  if (chosen != nullptr) {
    if (chosen->correct) {
      ui.message(std::string(tr(lang, text::right)) + " " + chosen->feedback.in(lang), Tone::success);
    } else {
      ui.message(std::string(tr(lang, text::not_quite)) + " " + chosen->feedback.in(lang) + " " +
                     tr(lang, text::try_again),
                 Tone::warning);
    }
  }
  ui.pop_id();
}

// On the last page: why the module cannot be finished yet, with a way to each open question.
void draw_what_is_left(Ui& ui, const Module& module, const ModuleProgress* progress, Lang lang,
                       Actions& out) {
  ui.paragraph(tr(lang, text::answer_all));
  for (std::size_t i = 0; i < module.pages.size(); ++i) {
    const Page& page = module.pages[i];
    const bool seen = progress != nullptr && progress->pages_seen.count(page.id) > 0;
    const bool open_question = page.question.has_value() &&
                               (progress == nullptr || !is_answered_correctly(*progress, *page.question));
    if (seen && !open_question) continue;
    if (ui.link(fill(tr(lang, text::go_to_page), {std::to_string(i + 1)}))) {
      out.push_back(Change{action::OpenPage{module.id, page.id}});
    }
  }
}

}  // namespace

void view_module(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  const Module* module = model.catalog.find_module(model.module_id);
  if (module == nullptr || module->pages.empty()) {
    ui.message(tr(lang, text::content_problem), Tone::warning);
    if (ui.button(tr(lang, text::back_to_courses))) out.push_back(Navigate{Screen::courses, {}});
    return;
  }
  const ModuleProgress* progress = find_progress(model.progress, module->id);
  int index = progress != nullptr ? module->page_index(progress->current_page) : 0;
  if (index < 0) index = 0;  // the saved page no longer exists: start from the first
  const Page& page = module->pages[static_cast<std::size_t>(index)];
  const int count = static_cast<int>(module->pages.size());

  ui.heading(module->title.in(lang), 1);
  ui.progress(static_cast<float>(index + 1) / static_cast<float>(count),
              fill(tr(lang, text::page_of), {std::to_string(index + 1), std::to_string(count)}));
  ui.space(8);
  ui.heading(page.title.in(lang), 2);
  for (const LocalText& paragraph : page.paragraphs) ui.paragraph(paragraph.in(lang));
  if (!page.key_points.empty()) {
    ui.heading(tr(lang, text::remember), 3);
    for (const LocalText& point : page.key_points) ui.bullet(point.in(lang));
  }
  if (page.question) {
    ui.space(8);
    draw_question(ui, *module, *page.question, progress, lang, out);
  }

  ui.space(16);
  const bool last = index + 1 == count;
  if (index > 0) {
    if (ui.button(tr(lang, text::previous), ButtonKind::secondary)) {
      out.push_back(Change{action::OpenPage{module->id, module->pages[static_cast<std::size_t>(index - 1)].id}});
    }
    ui.same_line();
  }
  if (!last) {
    if (ui.button(tr(lang, text::next))) {
      out.push_back(Change{action::OpenPage{module->id, module->pages[static_cast<std::size_t>(index + 1)].id}});
    }
  } else {
    const bool ready = progress != nullptr && can_complete(*progress, *module);
    if (ui.button(tr(lang, text::finish_course), ButtonKind::primary, ready)) {
      out.push_back(Change{action::CompleteModule{module->id, model.now}});
      out.push_back(Navigate{Screen::module_done, module->id});
    }
    if (!ready) draw_what_is_left(ui, *module, progress, lang, out);
  }
}

void view_module_done(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::well_done), 1);
  if (const Module* module = model.catalog.find_module(model.module_id)) {
    ui.paragraph(fill(tr(lang, text::course_finished), {module->title.in(lang)}));
  }
  if (ui.button(tr(lang, text::back_to_courses))) out.push_back(Navigate{Screen::courses, {}});
}

}  // namespace dl::ui
