// Pieces several screens share: the way home and the storage alert, a course's main button, the
// module a screen shows, the right answers and mastery rule of a module (overview and last page),
// and the background questions ("Om dig" and the self-assessment).
#include "core/background.hpp"
#include "ui/strings.hpp"
#include "ui/strings_space.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void draw_storage_notice(Ui& ui, StorageNotice storage, Lang lang) {
  if (storage == StorageNotice::unavailable) {
    ui.message(tr(lang, text::storage_unavailable), Tone::warning, true);
  } else if (storage == StorageNotice::write_failed) {
    ui.message(tr(lang, text::storage_write_failed), Tone::warning, true);
  }
}

void draw_top(Ui& ui, const ViewModel& model, Actions& out, bool with_home_link) {
  const Lang lang = model.lang();
  // "Lås mina svar" is one tap away on every screen: it saves, locks and leaves the welcome.
  if (ui.button(tr(lang, space_text::done), ButtonKind::secondary)) out.push_back(CloseSpace{});
  if (with_home_link) {
    ui.same_line();
    if (ui.link(tr(lang, text::to_start))) out.push_back(Navigate{Screen::start, {}});
  }
  draw_storage_notice(ui, model.storage, lang);
}

void draw_page_settings(Ui& ui, Lang lang, bool larger_text, Actions& out) {
  if (ui.button(tr(lang, text::other_language), ButtonKind::secondary)) {
    out.push_back(Change{action::SetLanguage{lang == Lang::sv ? Lang::en : Lang::sv}});
  }
  ui.same_line();
  if (ui.button(tr(lang, larger_text ? text::normal_text : text::larger_text), ButtonKind::secondary)) {
    out.push_back(SetLargerText{!larger_text});
  }
}

void draw_listen(Ui& ui, const ViewModel& model, const SpeechText& speech, const std::string& what, Actions& out) {
  if (speech.text.empty() || !model.can_speak(speech.lang)) return;
  const Lang lang = model.lang();
  const bool reading = model.speaking == speech.text;
  const char* label = tr(lang, reading ? text::stop_listening : text::listen);
  if (ui.button(label, ButtonKind::small, true, std::string(label) + ": " + what)) {
    if (reading) out.push_back(StopSpeaking{});
    else out.push_back(Speak{speech.text, speech.lang});
  }
}

void draw_course_button(Ui& ui, const Module& module, const ModuleProgress* progress,
                        const ViewModel& model, Actions& out, ButtonKind kind) {
  const Lang lang = model.lang();
  const bool done = progress != nullptr && progress->completed;
  const bool started = progress != nullptr && !progress->current_page.empty();
  const char* label = done      ? tr(lang, text::redo_course)
                      : started ? tr(lang, text::continue_course)
                                : tr(lang, text::start_course);
  // Twelve cards each have such a button: the name says which course it opens.
  const std::string name = std::string(label) + ": " + module.title.in(lang);
  if (ui.button(label, kind, true, name)) {
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

// "3 av 5 rätt" once something is right ("0 av 5 rätt" on a course not begun reads as a failed
// test), and the module's mastery rule.
void draw_mastery(Ui& ui, const Module& module, const ModuleProgress* progress, Lang lang) {
  const int total = module.question_count();
  if (total == 0) return;
  const int right = progress != nullptr ? correct_answer_count(*progress, module) : 0;
  if (right > 0) ui.paragraph(fill(tr(lang, text::right_of), {std::to_string(right), std::to_string(total)}));
  ui.muted(fill(tr(lang, text::mastery_rule),
                {std::to_string(mastery_needed(module)), std::to_string(total)}));
}

void draw_sources(Ui& ui, const Module& module, Lang lang) {
  if (module.sources.empty()) return;
  ui.space(24);
  ui.heading(tr(lang, text::sources_heading), 2);
  for (const LocalText& source : module.sources) ui.bullet(source.in(lang));
  if (module.checked) ui.muted(fill(tr(lang, text::facts_checked), {date_text(*module.checked, lang)}));
}

void draw_background_questions(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  ui.paragraph(tr(lang, text::about_you_hint));
  for (const BackgroundQuestion& question : background_questions()) {
    ui.push_id(question.id);
    ui.radio_group_begin(tr(lang, question.prompt));
    const std::string* answer = model.progress.background.field(question.id);
    for (const BackgroundOption& option : question.options) {
      const bool selected = answer != nullptr && *answer == option.id;
      if (ui.radio(tr(lang, option.label), selected)) {
        out.push_back(Change{action::SetBackground{question.id, option.id}});
      }
    }
    ui.radio_group_end();
    ui.pop_id();
  }
}

}  // namespace dl::ui
