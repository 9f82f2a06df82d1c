// "Om dig": the optional background questions (gender, age band, occupational group, workplace),
// asked in the first self-assessment round and open here at any time, so a person can add, change
// or remove them later (a new job, a skipped question). The questions themselves are drawn by
// draw_background_questions (view_common.cpp), which the self-assessment uses too.
#include "core/background.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_about_you(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::about_you), 1);
  ui.paragraph(tr(lang, text::about_you_why));
  draw_background_questions(ui, model, out);
  ui.space(16);
  if (ui.button(tr(lang, text::about_you_done))) out.push_back(Navigate{Screen::profile, {}});
  const Background& answered = model.progress.background;
  if (!(answered == Background{})) {
    ui.space(16);
    ui.paragraph(tr(lang, text::about_you_clear_hint));
    if (ui.button(tr(lang, text::about_you_clear), ButtonKind::secondary)) {
      for (const BackgroundQuestion& question : background_questions()) {
        out.push_back(Change{action::SetBackground{question.id, ""}});
      }
    }
  }
}

}  // namespace dl::ui
