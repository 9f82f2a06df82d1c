// Asked once, when a person opens their first course while the questions before the courses (T0)
// are still open: answer them first (so they can see later what the course gave), or begin the
// course now. Without this the first completed course would close T0 and the baseline be lost.
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_before_round(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  ui.heading(tr(lang, text::before_round_heading), 1);
  ui.paragraph(tr(lang, text::before_round_why));
  ui.paragraph(tr(lang, text::before_round_later));
  ui.space(8);
  if (ui.button(tr(lang, text::before_round_first))) out.push_back(Navigate{Screen::self_assessment, {}});
  ui.space(8);
  if (ui.button(tr(lang, text::before_round_skip), ButtonKind::secondary)) {
    out.push_back(Change{action::DeclineBeforeRound{}});
    out.push_back(Navigate{Screen::module, model.module_id});
  }
}

}  // namespace dl::ui
