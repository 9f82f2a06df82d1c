// A person opened a programme link: they choose their organisation from the coordinator's list
// (only its code goes into the result file), then go on to the start page.
#include "ui/strings_coordinator.hpp"
#include "ui/strings.hpp"
#include "ui/views.hpp"

namespace dl::ui {

namespace ct = coordinator_text;

void view_join(Ui& ui, const ViewModel& model, Actions& out) {
  const Lang lang = model.lang();
  draw_top(ui, model, out);
  const std::optional<Programme>& programme = model.progress.programme;
  if (!programme) {
    out.push_back(Navigate{Screen::start, {}});
    return;
  }
  ui.heading(fill(tr(lang, ct::join_heading), {programme->name}), 1);
  ui.paragraph(tr(lang, ct::join_intro));
  ui.radio_group_begin(tr(lang, ct::your_organisation));
  for (const Organisation& org : programme->organisations) {
    if (ui.radio(org.name, model.progress.organisation == org.code)) {
      out.push_back(Change{action::ChooseOrganisation{org.code}});
    }
  }
  ui.radio_group_end();
  ui.space(16);
  if (ui.button(tr(lang, ct::continue_on), ButtonKind::primary, !model.progress.organisation.empty())) {
    out.push_back(Navigate{Screen::start, {}});
  }
}

}  // namespace dl::ui
