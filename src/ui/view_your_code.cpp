// The person's code, shown when their space is made (and on "Visa min kod"): large, in two groups
// of four, with why to keep it and how. Their answers on this device open only with it.
#include "core/participant_code.hpp"
#include "ui/strings_space.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

void view_your_code(Ui& ui, const ViewModel& model, bool adopted, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out, false);
  ui.heading(tr(lang, space_text::your_code), 1);
  if (adopted) ui.paragraph(tr(lang, space_text::code_adopted));
  ui.paragraph(tr(lang, space_text::code_intro));
  ui.card_begin();
  ui.heading(code_for_people(model.progress.participant_code), 2);
  ui.card_end();
  ui.paragraph(tr(lang, space_text::code_why));
  if (ui.button(tr(lang, space_text::print_card), ButtonKind::secondary)) out.push_back(PrintCodeCard{});
  ui.space(8);
  // Someone who came by a programme's link chooses their organisation next.
  const bool choose_organisation = model.progress.programme && model.progress.organisation.empty();
  if (ui.button(tr(lang, space_text::code_written))) {
    out.push_back(Navigate{choose_organisation ? Screen::join : Screen::start, {}});
  }
}

}  // namespace dl::ui
